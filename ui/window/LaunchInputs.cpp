#include "ui/window/LaunchInputs.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace pathak::ui {

namespace {

bool isWebAddress(const QUrl &url)
{
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
           !url.host().isEmpty();
}

bool hasScheme(const QString &argument, const char *scheme)
{
    return argument.startsWith(QLatin1String(scheme) + QLatin1Char(':'), Qt::CaseInsensitive);
}

} // namespace

QString LaunchInputs::savedUrl(const QString &link)
{
    const QUrl url(link);
    if (!url.isValid() || url.scheme().compare(QLatin1String("pathak"), Qt::CaseInsensitive) != 0 ||
        url.host().compare(QLatin1String("save"), Qt::CaseInsensitive) != 0)
        return {};
    // The bookmarklet percent-encodes the page's address into the query.
    const QString page = QUrlQuery(url).queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded);
    const QUrl pageUrl(page, QUrl::StrictMode);
    return isWebAddress(pageUrl) ? pageUrl.toString() : QString();
}

bool LaunchInputs::isReaderInput(const QString &argument)
{
    return QFileInfo::exists(argument) || hasScheme(argument, "http") || hasScheme(argument, "https") ||
           hasScheme(argument, "pathak") || hasScheme(argument, "file");
}

LaunchInputs LaunchInputs::split(const QStringList &arguments)
{
    LaunchInputs out;
    for (const QString &a : arguments) {
        if (hasScheme(a, "pathak")) {
            const QString page = savedUrl(a);
            if (page.isEmpty())
                out.refused.append(a + QStringLiteral(": not a pathak://save?url=… link to an http(s) page"));
            else
                out.urls.append(page);
        } else if (hasScheme(a, "file")) {
            const QUrl url(a);
            if (url.isLocalFile())
                out.files.append(url.toLocalFile());
            else
                out.refused.append(a + QStringLiteral(": not a file on this computer"));
        } else if (hasScheme(a, "http") || hasScheme(a, "https")) {
            if (isWebAddress(QUrl(a, QUrl::StrictMode)))
                out.urls.append(a);
            else
                out.refused.append(a + QStringLiteral(": not a web address"));
        } else {
            out.files.append(a);
        }
    }
    return out;
}

} // namespace pathak::ui
