#pragma once

#include "base/Result.h"
#include "library/ImportBatchWriter.h"
#include "library/LibraryStore.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace pathak {

class WalCheckpointer;

struct ImportResult
{
    enum class Status { Imported, Duplicate, Failed };
    QString input;
    Status status = Status::Failed;
    qint64 id = 0; // the new article, or the one it duplicates
    QString error;
    QString note; // what an import that went well should still say (one line)

    static QString statusName(Status s);
};

// Imports article files into a library: folders are walked recursively,
// files are parsed off the transaction, then stored one batch per
// transaction. A file that fails is reported and skipped; the others go on.
// Results are reported only once their batch is committed, so whatever was
// reported as imported survives the program crashing; when the import
// returns, all of it is on the disk (ImportBatchWriter::commitDurably).
class ArticleImporter
{
public:
    using ResultCallback = std::function<void(const ImportResult &)>;
    using ProgressCallback = std::function<void(int done, int total)>;
    using NoticeCallback = std::function<void()>;

    explicit ArticleImporter(LibraryStore &store);
    ~ArticleImporter();

    void setBatchSize(int size) { m_batchSize = std::max(1, size); }
    void setResultCallback(ResultCallback cb) { m_onResult = std::move(cb); }
    void setProgressCallback(ProgressCallback cb) { m_onProgress = std::move(cb); }
    // Told once a batch's results were all reported (done of total), so a
    // front end can show progress per batch rather than per file.
    void setBatchCallback(ProgressCallback cb) { m_onBatch = std::move(cb); }
    // Told when storing a batch must first wait for another program that is
    // writing to the library (the wait is the busy timeout), before it waits.
    void setWaitingCallback(NoticeCallback cb) { m_onWaiting = std::move(cb); }
    // Checked between files; a cancelled import keeps what was committed.
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }

    // What a folder walk will not import, and why (one line).
    struct Refusal
    {
        QString path;
        QString reason;
    };
    // Expands folders into the article files under them (.txt, .html, .htm),
    // in a stable order. What is not taken is returned in refused, each with
    // its reason: paths that do not exist, links (to files or folders) that
    // point outside the folder being imported, folders that cannot be read,
    // names that are not UTF-8. A link inside the folder is not followed for
    // a folder (its contents are walked where they are), and read for a file.
    static QStringList collectFiles(const QStringList &paths, QList<Refusal> *refused = nullptr);
    static bool isArticleFile(const QString &path);

    // Reads and parses one file without touching the library.
    static Result<NewArticle> readFile(const QString &path);

    // Longer paragraphs are stored split (the reader lays a paragraph out
    // whole, and its time grows faster than the paragraph: 1 MB took most
    // of a second, 2 MB minutes).
    static constexpr int maxParagraphLength = 20000;
    // The paragraph in pieces of at most maxParagraphLength, cut after a
    // sentence end or at a space near the limit (else between two grapheme
    // clusters); only the spaces at the cuts are dropped.
    static QStringList splitLongParagraph(const QString &paragraph);

    QList<ImportResult> importPaths(const QStringList &paths);
    // Stores articles that were parsed elsewhere (web pages, feeds) the same way.
    QList<ImportResult> importArticles(const QList<std::pair<QString, Result<NewArticle>>> &items);

private:
    // One input of a batch: its parse, and the rows to store made from it
    // (on the reading thread, for files).
    struct Item
    {
        QString input;
        Result<NewArticle> parsed;
        std::optional<ImportBatchWriter::Rows> rows;
    };
    static Item item(const QString &input, Result<NewArticle> parsed);

    // Stores and indexes a batch in one transaction; the caller frees it.
    // The last batch of an import commits durably (ImportBatchWriter).
    void storeBatch(const QList<Item> &batch, QList<ImportResult> &results, bool last);
    void report(const ImportResult &r, QList<ImportResult> &results);
    // BEGIN IMMEDIATE, announcing a wait for another writer before it starts.
    Status beginWriting();

    LibraryStore &m_store;
    // Made for one import run and gone at its end: its statements must be
    // finalized before the connection can close.
    std::unique_ptr<ImportBatchWriter> m_writer;
    // For an import of more than one batch: checkpoints off the storing thread.
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    int m_batchSize = 500;
    ResultCallback m_onResult;
    ProgressCallback m_onProgress;
    ProgressCallback m_onBatch;
    NoticeCallback m_onWaiting;
    const std::atomic<bool> *m_cancel = nullptr;
    int m_done = 0;
    int m_total = 0;
};

} // namespace pathak
