#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pathak {

class LibraryDatabase;

struct TrashEntry
{
    qint64 id = 0;        // the entry's own id
    qint64 articleId = 0; // the id the article had before it was deleted
    QString title;
    QDateTime deletedAt; // UTC
    int annotations = 0;
};

struct TrashRestore
{
    // The ids the restored articles have now: the old one where it is still
    // free, a new one where an import has taken it meanwhile.
    QList<qint64> articleIds;
    // One line for each entry that could not come back (it stays in the trash).
    QStringList errors;
};

// Deleted articles wait here before they go for good (migration 012), since a
// delete takes the article's annotations, tags and reading position with it.
// Moving an article in copies every row that hangs off it into one snapshot
// and deletes the article, in one transaction; restoring writes the rows back
// in an import's order (parts, original, annotations), so the search index,
// lists and counts follow through their triggers. Entries older than
// keepDays are emptied by emptyExpired(). Uses the connection of the
// LibraryDatabase it was made with.
class ArticleTrash
{
public:
    static constexpr int keepDays = 30;

    explicit ArticleTrash(LibraryDatabase &db);

    // Moves the articles into the trash; returns how many annotations went
    // with them. All or nothing: an id that is not in the library fails the call.
    Result<int> moveIn(const QList<qint64> &articleIds);
    // Newest first.
    Result<QList<TrashEntry>> entries();
    // Brings entries back; an entry that cannot come back (its text is in the
    // library again, its snapshot is damaged) is reported and stays.
    Result<TrashRestore> restore(const QList<qint64> &entryIds);
    // The newest entry of each of these former article ids: how the command
    // line names what it restores.
    Result<QList<qint64>> entriesOfArticles(const QList<qint64> &articleIds);
    // Deletes entries for good; returns how many went.
    Result<int> purge(const QList<qint64> &entryIds);
    Result<int> empty();
    // Deletes the entries deleted more than keepDays before now.
    Result<int> emptyExpired(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    Status restoreOne(qint64 entryId, qint64 &articleId);

    LibraryDatabase &m_db;
};

} // namespace pathak
