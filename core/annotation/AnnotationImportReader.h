#pragma once

#include "annotation/Annotation.h"
#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pathak {

// The annotations one document of an import file holds, with what the
// file says about that document, to find its article by.
struct ImportedDocument
{
    QString url;   // its web address, when the file gives one
    QString title; // its title, when the file gives one
    QList<Annotation> annotations;
    // Entries of the document that carry no passage to place (a page note,
    // a bookmark): each as "what: why", for the report.
    QStringList skipped;
};

struct AnnotationImportFile
{
    QString kind; // "W3C Web Annotation", "Hypothesis" or "KOReader"
    QList<ImportedDocument> documents;
};

// Reads an annotation file of any kind Pathak imports, told apart by its
// shape, not its name:
// - W3C Web Annotation JSON (what Pathak exports): a collection, a page,
//   one annotation, an array of them, or an array of collections (the
//   library export), the target's source telling documents apart;
// - Hypothesis's API JSON: a search result ({"rows": […]}), one
//   annotation or an array of them, each with uri, text, tags and
//   target[].selector with a TextQuoteSelector; tags are kept at the end
//   of the note as #tags;
// - KOReader's JSON highlight export: one document ({"title", "author",
//   "entries": [{"text", "note", "chapter", "page", "time"}]}) or several
//   ({"documents": […]}); KOReader's underline style becomes Underline.
// Text is made NFC with single spaces, as the articles are, so a quote
// typed or copied elsewhere is still found. Ids and offsets that are not
// Pathak's are not trusted: offsets are kept only from W3C files, as a hint.
class AnnotationImportReader
{
public:
    // An export of a whole library is far smaller; a larger file is refused unread.
    static constexpr qint64 maxFileSize = qint64(16) * 1024 * 1024;

    static Result<AnnotationImportFile> parse(const QByteArray &json);
    // Reads the file (LocalFileReader, size-capped) and parses it.
    static Result<AnnotationImportFile> readFile(const QString &path);
};

} // namespace pathak
