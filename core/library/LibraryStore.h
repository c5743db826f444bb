#pragma once

#include "base/Result.h"
#include "library/ArticleCondition.h"
#include "library/ArticleSummary.h"
#include "library/ReadingPosition.h"
#include "library/StoredArticle.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace pathak {

class LibraryDatabase;

// Reads and changes the articles of one library. Uses the connection of
// the LibraryDatabase it was made with, so it lives in that thread. Articles
// are stored by ArticleImporter alone (files, web pages, feeds), through
// ImportBatchWriter: one writer of an article's rows.
class LibraryStore
{
public:
    explicit LibraryStore(LibraryDatabase &db);

    LibraryDatabase &database() { return m_db; }

    Result<StoredArticle> article(qint64 id);
    // Every article, by id: for small libraries and the command line (the
    // list view pages through LibraryListQuery instead).
    Result<QList<ArticleSummary>> summaries();
    // Those that meet a condition (a collection, a parsed query), by id.
    Result<QList<ArticleSummary>> summaries(const ArticleCondition &condition);
    // The same rows one at a time, by id, without holding them: each goes to
    // visit as it is read, so listing a million articles takes the memory of
    // one. visit returns false to stop early.
    Status eachSummary(const ArticleCondition &condition,
                       const std::function<bool(const ArticleSummary &)> &visit);
    Result<int> count();
    Result<QByteArray> originalBytes(qint64 id);
    Result<QByteArray> image(qint64 id);

    // Removes articles; returns how many annotations went with them.
    Result<int> remove(const QList<qint64> &ids);
    Status setRead(qint64 id, bool read);
    Status setFavourite(qint64 id, bool favourite);
    // An archived article leaves the inbox and stays in the library and in search.
    Status setArchived(qint64 id, bool archived);
    // The same for many articles at once, in one transaction: all change or
    // none (an id that is not in the library fails the whole call).
    enum class Flag { Read, Favourite, Archived };
    Status setFlag(const QList<qint64> &ids, Flag flag, bool value);
    // Sets what the article says about itself (PublicationText cleans both;
    // an empty value clears it).
    Status setPublication(qint64 id, const QString &published, const QString &author);
    Status rename(qint64 id, const QString &title);

    // Where the reader left off; nullopt when the article was never scrolled.
    Result<std::optional<ReadingPosition>> readingPosition(qint64 id);
    // Stores the position (updatedAt: now when invalid).
    Status setReadingPosition(qint64 id, const ReadingPosition &position);
    // The article read most recently that was left before its end, for
    // "Continue reading"; 0 when there is none.
    Result<qint64> lastUnfinishedArticle();

    // The hash duplicates are found by: the body paragraphs, NFC, spaces collapsed.
    static QString bodyHash(const QStringList &paragraphs);
    // The same from the paragraphs as UTF-8 (an import has them so already):
    // SHA-1 of each paragraph and a line feed, in hex.
    static QByteArray bodyHashOfUtf8(const QList<QByteArray> &paragraphs);

private:
    static const char *column(Flag flag);

    LibraryDatabase &m_db;
};

} // namespace pathak
