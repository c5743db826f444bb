#pragma once

#include "article/NewArticle.h"
#include "base/Result.h"
#include "library/fts/IndexTokenizer.h"
#include "library/fts/IndexTokens.h"
#include "library/sqlite/SqliteStatement.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace pathak {

class LibraryDatabase;

// Writes the rows of imported articles through the SQLite C API on the
// library's own connection (see SqliteStatement), inside the transaction
// the importer opened, at a fraction of Qt SQL's per-row cost. It is the
// one writer of an article's rows: files, web pages and feeds all come in
// through ArticleImporter. Statements are prepared on first use
// and finalized with the writer, so it must not outlive one import run.
//
// While the writer lives, its connection runs no triggers. The search
// triggers (migrations 002, 004, 005) keep the index in step when a part of
// an indexed article changes, and do nothing for the parts of a new
// article, yet SQLite set up two trigger programs for every row stored (a
// fifth of the storing thread's time). The writer indexes what it stored
// itself (indexStored), once per batch, from text folded the way the
// index's view search_source folds it (migration 002) and tokenized on the
// parsing thread (IndexTokens).
class ImportBatchWriter
{
public:
    // An article's text as UTF-8, its body hash and its folded search text:
    // everything the rows need that is not the database's business. Made
    // by encode() on the thread that parses, so the storing thread only
    // binds and steps.
    struct Rows
    {
        QByteArray title, bodyHash, origin;
        QString published, author; // PublicationText's; null when unknown
        QList<QByteArray> paragraphs;
        QByteArray captionText, captionCredit;
        QList<QByteArray> adLabels;
        QByteArray sourceLabel, sourceUrl;
        QList<std::optional<QByteArray>> commentAuthors;
        QList<QByteArray> commentTexts;
        // The columns of search_source (no notes: a new article has none).
        QByteArray foldedTitle, foldedBody;
        std::optional<QByteArray> foldedCaption, foldedSource, foldedComments;
        // Their tokens, made here rather than on the storing thread (IndexTokens).
        IndexTokens titleTokens, captionTokens, bodyTokens, sourceTokens, commentsTokens;
    };
    static Rows encode(const NewArticle &input);

    // Make it outside a transaction: it keeps the connection's temporary
    // storage in memory, its triggers off and its commits from waiting for
    // the disk while it lives (see the constructor).
    explicit ImportBatchWriter(LibraryDatabase &db);
    ~ImportBatchWriter();
    ImportBatchWriter(const ImportBatchWriter &) = delete;
    ImportBatchWriter &operator=(const ImportBatchWriter &) = delete;

    // The article stored with the same source URL or the same body hash
    // (LibraryStore::bodyHashOfUtf8), also earlier in this transaction.
    Result<std::optional<qint64>> findDuplicate(const Rows &rows);
    // Stores one article inside a savepoint of its own: one that fails
    // leaves no rows behind and the others in the batch stand. The rows
    // are indexed from until indexStored(): they must live until then.
    Result<qint64> store(const NewArticle &input, const Rows &rows);
    // Before the last transaction of an import (outside a transaction): its
    // commit waits until the disk holds it, and with it every earlier one.
    void commitDurably();

    // Indexes for search the articles stored since the last call, inside
    // the batch's transaction but outside the articles' savepoints: FTS5
    // writes what it holds as a segment at every savepoint.
    Status indexStored();

private:
    Result<qint64> insertRows(const NewArticle &input, const Rows &rows);
    SqliteStatement *statement(int slot, const char *sql, QString *error);

    LibraryDatabase &m_db;
    IndexTokenizer m_tokenizer;
    std::vector<SqliteStatement> m_statements;
    QList<std::pair<qint64, const Rows *>> m_toIndex;
    int m_previousTempStore = -1; // restored when the writer goes
    int m_previousTriggers = 1;   // likewise
    int m_previousSynchronous = -1;
};

} // namespace pathak
