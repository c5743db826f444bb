#include "export/EpubXml.h"

#include <QUrl>

namespace pathak {

QString EpubXml::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || u == 0xfffe || u == 0xffff || (u < 0x20 && u != '\t' && u != '\n'))
            continue;
        switch (u) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

QString EpubXml::httpHref(const QString &url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || u.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return escape(QString::fromLatin1(u.toEncoded(QUrl::FullyEncoded)));
}

} // namespace pathak
