#include "annotation/AnnotationExporter.h"

#include "annotation/AnnotationMarkdown.h"
#include "annotation/WebAnnotationJson.h"
#include "base/SafeFileWriter.h"
#include "text/CsvText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pathak {

namespace {

// A field a spreadsheet would run as a formula (=, +, -, @ first) is
// prefixed with an apostrophe, which the spreadsheet shows as text: a
// note or an article is not a place for formulas.
QString cell(const QString &text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QByteArray readwiseCsv(const QList<AnnotatedArticle> &articles)
{
    QList<QStringList> rows{AnnotationExporter::readwiseColumns()};
    for (const AnnotatedArticle &article : articles) {
        for (const Annotation &a : article.annotations) {
            // Location orders the highlights of an article: the passage's
            // place in the text.
            rows.append({a.exact, article.title, article.author,
                         article.link() == article.sourceUrl ? article.sourceUrl : QString(), a.note,
                         QString::number(a.start), AnnotationExporter::readwiseDate(a.created)});
        }
    }
    // No byte-order mark: Readwise reads UTF-8, and a BOM would become part
    // of the first column's name there.
    return CsvText::write(rows, false);
}

QByteArray plainCsv(const QList<AnnotatedArticle> &articles)
{
    QList<QStringList> rows{AnnotationExporter::csvColumns()};
    for (const AnnotatedArticle &article : articles) {
        for (const Annotation &a : article.annotations) {
            rows.append({QString::number(article.articleId), cell(article.title), cell(article.sourceUrl),
                         isoUtc(article.savedAt), cell(a.exact), cell(a.note), Annotation::colorName(a.color),
                         isoUtc(a.created), isoUtc(a.modified), QString::number(a.start),
                         QString::number(a.end), a.orphaned ? QStringLiteral("yes") : QStringLiteral("no")});
        }
    }
    // With a BOM: without it Excel takes the file for the local 8-bit code
    // page and shows Bengali as Latin letters; LibreOffice, Numbers and
    // Python's utf-8-sig read it either way.
    return CsvText::write(rows, true);
}

QByteArray webAnnotationJson(const QList<AnnotatedArticle> &articles, bool library)
{
    const auto collection = [](const AnnotatedArticle &a) {
        return WebAnnotationJson::toCollection({a.articleId, a.title, a.sourceUrl}, a.annotations);
    };
    if (!library && articles.size() == 1)
        return QJsonDocument(collection(articles.first())).toJson();
    QJsonArray all;
    for (const AnnotatedArticle &a : articles)
        all.append(collection(a));
    return QJsonDocument(all).toJson();
}

} // namespace

QList<AnnotationExportFormatInfo> AnnotationExporter::formats()
{
    return {
        {AnnotationExportFormat::Markdown, QStringLiteral("md"),
         QStringLiteral("Markdown (Obsidian, Logseq)"), QStringLiteral("md")},
        {AnnotationExportFormat::WebAnnotationJson, QStringLiteral("json"),
         QStringLiteral("W3C Web Annotation JSON"), QStringLiteral("json")},
        {AnnotationExportFormat::ReadwiseCsv, QStringLiteral("readwise"), QStringLiteral("Readwise CSV"),
         QStringLiteral("csv")},
        {AnnotationExportFormat::Csv, QStringLiteral("csv"), QStringLiteral("CSV (spreadsheet)"),
         QStringLiteral("csv")},
    };
}

std::optional<AnnotationExportFormat> AnnotationExporter::formatNamed(const QString &name)
{
    for (const AnnotationExportFormatInfo &f : formats()) {
        if (f.name == name.trimmed().toLower())
            return f.format;
    }
    return std::nullopt;
}

AnnotationExportFormatInfo AnnotationExporter::info(AnnotationExportFormat format)
{
    for (const AnnotationExportFormatInfo &f : formats()) {
        if (f.format == format)
            return f;
    }
    return formats().first();
}

QStringList AnnotationExporter::readwiseColumns()
{
    return {QStringLiteral("Highlight"), QStringLiteral("Title"), QStringLiteral("Author"),
            QStringLiteral("URL"),       QStringLiteral("Note"),  QStringLiteral("Location"),
            QStringLiteral("Date")};
}

QStringList AnnotationExporter::csvColumns()
{
    return {QStringLiteral("Article"), QStringLiteral("Title"),   QStringLiteral("URL"),
            QStringLiteral("Saved"),   QStringLiteral("Quote"),   QStringLiteral("Note"),
            QStringLiteral("Colour"),  QStringLiteral("Created"), QStringLiteral("Modified"),
            QStringLiteral("Start"),   QStringLiteral("End"),     QStringLiteral("Orphaned")};
}

QString AnnotationExporter::readwiseDate(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QByteArray AnnotationExporter::render(AnnotationExportFormat format, const QList<AnnotatedArticle> &articles,
                                      const AnnotationExportOptions &options)
{
    switch (format) {
    case AnnotationExportFormat::Markdown: {
        const AnnotationMarkdownTemplate tmpl = options.markdownTemplate.isEmpty()
                                                    ? AnnotationMarkdownTemplate()
                                                    : AnnotationMarkdownTemplate(options.markdownTemplate);
        if (!options.library && articles.size() == 1)
            return AnnotationMarkdown::document(articles.first(), tmpl).toUtf8();
        const QDateTime at = options.exportedAt.isValid() ? options.exportedAt : Annotation::now();
        return AnnotationMarkdown::library(articles, at, tmpl).toUtf8();
    }
    case AnnotationExportFormat::WebAnnotationJson:
        return webAnnotationJson(articles, options.library);
    case AnnotationExportFormat::ReadwiseCsv:
        return readwiseCsv(articles);
    case AnnotationExportFormat::Csv:
        return plainCsv(articles);
    }
    return {};
}

Status AnnotationExporter::writeFile(const QString &path, AnnotationExportFormat format,
                                     const QList<AnnotatedArticle> &articles,
                                     const AnnotationExportOptions &options)
{
    return SafeFileWriter::write(path, render(format, articles, options));
}

} // namespace pathak
