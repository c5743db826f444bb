#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace pathak {

class LibraryDatabase;
struct ArchivedArticle;
class ImportBatchWriter;

struct LibraryArchiveImportSummary
{
    int imported = 0;    // new articles
    int merged = 0;      // already in the library: their tags, marks, position and annotations merged in
    int annotations = 0; // annotations added
    int feeds = 0;       // feeds subscribed that were not
    struct Failure
    {
        QString folder;
        QString error;
    };
    QList<Failure> failures; // articles not stored, each with why
    // Set when the export could not be read on: what came before it stays.
    QString error;
    bool cancelled = false;
};

// Reads a library export (LibraryArchiveExport, from a folder or a ZIP) into
// a library, empty or not. Each article is stored in one transaction with
// its marks, tags, reading position and annotations, so one that fails (bad
// metadata, damaged data) leaves nothing of itself behind and the others go
// in. An article whose text is already in the library (the same body, the
// duplicate rule of the library) is not stored twice: its tags are added,
// read, favourite and archived are kept when either side has them, the
// newer reading position wins, and annotations not there yet are added.
// Feeds already subscribed are skipped. Reads one article at a time.
class LibraryArchiveImport
{
public:
    using ProgressCallback = std::function<void(int done, int total)>;

    explicit LibraryArchiveImport(LibraryDatabase &db) : m_db(db) {}

    void setProgressCallback(ProgressCallback cb) { m_onProgress = std::move(cb); }
    // Checked between articles; what was stored stays.
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }

    // Fails when the export cannot be opened or is not one, before anything is stored.
    Result<LibraryArchiveImportSummary> read(const QString &path);

    // One line of what an import did, as the command line prints it.
    static QString describe(const LibraryArchiveImportSummary &summary);

private:
    // Stores one article and all that goes with it; true when it was merged into one already there.
    Result<bool> storeArticle(ImportBatchWriter &writer, const ArchivedArticle &archived,
                              LibraryArchiveImportSummary &summary);
    Result<int> importFeeds(const QByteArray &opml);

    LibraryDatabase &m_db;
    ProgressCallback m_onProgress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace pathak
