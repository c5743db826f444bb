#include "annotation/AnnotationLibraryImport.h"

#include "annotation/AnnotationStore.h"
#include "library/LibraryStore.h"
#include "text/BengaliText.h"

#include <QUrl>

namespace pathak {

namespace {

// A page's address as compared: http and https, the host's case, a final
// slash and a #fragment do not make another page.
QString comparableUrl(const QString &url)
{
    QUrl u(url.trimmed(), QUrl::TolerantMode);
    if (!u.isValid() || u.host().isEmpty())
        return {};
    u.setScheme(QStringLiteral("https"));
    u.setHost(u.host().toLower());
    u.setFragment(QString());
    QString s = u.toString(QUrl::NormalizePathSegments);
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s; // the path keeps its case: a server may tell /A from /a
}

QString comparableTitle(const QString &title)
{
    return BengaliText::collapseSpaces(BengaliText::toNfc(title)).toCaseFolded();
}

QString shortQuote(const QString &text)
{
    QString flat = BengaliText::collapseSpaces(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    if (flat.size() > 40)
        flat = flat.left(40) + QChar(0x2026);
    return QChar(0x201C) + flat + QChar(0x201D);
}

QString nameOf(const ImportedDocument &d)
{
    if (!d.title.isEmpty())
        return d.title;
    return d.url.isEmpty() ? QStringLiteral("(untitled document)") : d.url;
}

} // namespace

Result<AnnotationImportReport> AnnotationLibraryImport::import(const AnnotationImportFile &file,
                                                               std::optional<qint64> articleId)
{
    using R = Result<AnnotationImportReport>;
    AnnotationImportReport report;
    report.kind = file.kind;
    QList<ArticleSummary> articles;
    if (!articleId) {
        Result<QList<ArticleSummary>> s = LibraryStore(m_db).summaries();
        if (!s)
            return R::failure(s.error());
        articles = std::move(s).value();
    }
    for (const ImportedDocument &doc : file.documents) {
        for (const QString &skipped : doc.skipped)
            report.problems.append(nameOf(doc) + QStringLiteral(": ") + skipped);
        if (doc.annotations.isEmpty())
            continue;
        std::optional<qint64> target = articleId;
        if (!target) {
            const QString url = comparableUrl(doc.url);
            const QString title = comparableTitle(doc.title);
            for (const ArticleSummary &a : std::as_const(articles)) {
                if (!url.isEmpty() && comparableUrl(a.sourceUrl) == url) {
                    target = a.id;
                    break;
                }
            }
            for (qsizetype i = 0; !target && !title.isEmpty() && i < articles.size(); ++i) {
                if (comparableTitle(articles.at(i).title) == title)
                    target = articles.at(i).id;
            }
        }
        if (!target) {
            report.unmatched += int(doc.annotations.size());
            report.problems.append(
                QStringLiteral("%1: %2 annotation(s) not imported: no article in the library has this %3")
                    .arg(nameOf(doc))
                    .arg(doc.annotations.size())
                    .arg(doc.url.isEmpty() ? QStringLiteral("title") : QStringLiteral("address or title")));
            continue;
        }
        Result<AnnotationImportSummary> summary = m_store.import(*target, doc.annotations);
        if (!summary)
            return R::failure(QStringLiteral("article %1: %2").arg(*target).arg(summary.error()));
        report.added += summary->added;
        report.duplicates += summary->duplicates;
        report.orphaned += summary->orphaned;
        for (const QString &quote : summary->orphanedQuotes)
            report.problems.append(QStringLiteral("article %1: %2 is not in its text; kept, marked orphaned")
                                       .arg(*target)
                                       .arg(shortQuote(quote)));
    }
    return R(std::move(report));
}

Result<AnnotationImportReport> AnnotationLibraryImport::importFile(const QString &path,
                                                                   std::optional<qint64> articleId)
{
    Result<AnnotationImportFile> file = AnnotationImportReader::readFile(path);
    if (!file)
        return Result<AnnotationImportReport>::failure(file.error());
    return import(file.value(), articleId);
}

QString AnnotationLibraryImport::describe(const AnnotationImportReport &r)
{
    QString out = QStringLiteral("imported %1, duplicates %2, orphaned %3")
                      .arg(r.added)
                      .arg(r.duplicates)
                      .arg(r.orphaned);
    if (r.unmatched > 0)
        out += QStringLiteral(", without an article %1").arg(r.unmatched);
    out += QStringLiteral(" (%1)\n").arg(r.kind);
    for (const QString &p : r.problems)
        out += p + QLatin1Char('\n');
    return out;
}

} // namespace pathak
