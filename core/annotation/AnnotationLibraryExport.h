#pragma once

#include "annotation/AnnotatedArticle.h"
#include "annotation/AnnotationExporter.h"
#include "base/Result.h"

#include <optional>

namespace pathak {

class LibraryDatabase;

// Reads annotations and the facts of their articles out of a library, as
// AnnotationExporter takes them, and writes the export file: what both
// `pathak annotations` and File → Export Annotations… call. Use it in the
// thread of its LibraryDatabase (a worker's own connection for a large
// library: it only reads).
class AnnotationLibraryExport
{
public:
    explicit AnnotationLibraryExport(LibraryDatabase &db) : m_db(db) {}

    // One article and its annotations (none is not an error).
    Result<AnnotatedArticle> article(qint64 articleId);
    // Every article that has annotations, in library order, each with its annotations.
    Result<QList<AnnotatedArticle>> library();

    // Writes the annotations of one article, or of the whole library when
    // articleId is nullopt, to path in the format, whole or not at all.
    Status writeFile(const QString &path, AnnotationExportFormat format, std::optional<qint64> articleId,
                     AnnotationExportOptions options = {});

private:
    LibraryDatabase &m_db;
};

} // namespace pathak
