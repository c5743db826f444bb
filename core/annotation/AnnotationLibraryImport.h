#pragma once

#include "annotation/AnnotationImportReader.h"
#include "base/Result.h"

#include <QStringList>

#include <optional>

namespace pathak {

class AnnotationStore;
class LibraryDatabase;

// What an import did, for the user to read.
struct AnnotationImportReport
{
    QString kind; // the kind of file it was (AnnotationImportFile::kind)
    int added = 0;
    int duplicates = 0; // already there: nothing is stored twice
    int orphaned = 0;   // added, but the quote is not in the article's text: kept, flagged
    int unmatched = 0;  // not added: no article to put them on
    // One line for each annotation or document that could not be placed, and why.
    QStringList problems;
};

// Puts the annotations of an import file on articles of the library: all on
// the article given, or, without one, each document on the article with the
// same web address (http and https, a final slash and case of the host
// aside) or else the same title. Each article's annotations are stored in
// one transaction (AnnotationStore::import), anchored by their quote. What
// `pathak annotations --import` and an Import Annotations… menu call, in
// the thread of the store's LibraryDatabase.
class AnnotationLibraryImport
{
public:
    // The store is the one the views share, so they hear of the additions.
    AnnotationLibraryImport(LibraryDatabase &db, AnnotationStore &store) : m_db(db), m_store(store) {}

    Result<AnnotationImportReport> import(const AnnotationImportFile &file, std::optional<qint64> articleId);
    // Reads the file (AnnotationImportReader::readFile) and imports it.
    Result<AnnotationImportReport> importFile(const QString &path, std::optional<qint64> articleId);

    // The one-line summary and the problems, as the command line prints them.
    static QString describe(const AnnotationImportReport &report);

private:
    LibraryDatabase &m_db;
    AnnotationStore &m_store;
};

} // namespace pathak
