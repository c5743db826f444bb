#pragma once

#include "annotation/AnnotatedArticle.h"
#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pathak {

// The files annotations can be taken out as.
enum class AnnotationExportFormat {
    Markdown,          // front matter and coloured quotes, for Obsidian and Logseq
    WebAnnotationJson, // W3C Web Annotation Data Model, which Pathak reads back
    ReadwiseCsv,       // the columns of Readwise's CSV import
    Csv,               // every field, for a spreadsheet
};

struct AnnotationExportFormatInfo
{
    AnnotationExportFormat format;
    QString name;   // as `--format` takes it: md, json, readwise, csv
    QString label;  // what a file dialog shows (English; the interface translates it)
    QString suffix; // without the dot
};

struct AnnotationExportOptions
{
    // The Markdown template (AnnotationMarkdownTemplate); empty: the default.
    QString markdownTemplate;
    // The whole library rather than one article: one note with a section
    // per article, a JSON array of one collection per article.
    bool library = false;
    QDateTime exportedAt; // for the library note; invalid: now
};

// The one entry point of the annotation exports: articles with their
// annotations in, the file's bytes out.
class AnnotationExporter
{
public:
    static QList<AnnotationExportFormatInfo> formats();
    static std::optional<AnnotationExportFormat> formatNamed(const QString &name);
    static AnnotationExportFormatInfo info(AnnotationExportFormat format);

    static QByteArray render(AnnotationExportFormat format, const QList<AnnotatedArticle> &articles,
                             const AnnotationExportOptions &options = {});
    // Writes the file whole or not at all (SafeFileWriter).
    static Status writeFile(const QString &path, AnnotationExportFormat format,
                            const QList<AnnotatedArticle> &articles,
                            const AnnotationExportOptions &options = {});

    // The header rows of the two CSV formats.
    static QStringList readwiseColumns();
    static QStringList csvColumns();
    // How the Date column of Readwise's import is written: UTC.
    static QString readwiseDate(const QDateTime &t);
};

} // namespace pathak
