#include "library/CollectionCounter.h"

#include "library/sqlite/SqlErrorText.h"

#include "library/LibraryDatabase.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace pathak {

CollectionCounter::CollectionCounter(LibraryDatabase &db) : m_db(db) {}

Result<CollectionCounts> CollectionCounter::counts()
{
    using R = Result<CollectionCounts>;
    CollectionCounts c;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Both tables are kept by triggers on every write (migration 010): at
    // most eight rows for the states and one a feed, whatever the library's size.
    if (!q.exec(
            QStringLiteral("SELECT is_archived, is_read, is_favourite, articles FROM article_state_counts")))
        return R::failure(SqlErrorText::of(q));
    while (q.next()) {
        const bool archived = q.value(0).toBool();
        const bool read = q.value(1).toBool();
        const bool favourite = q.value(2).toBool();
        const int n = q.value(3).toInt();
        c.all += n;
        if (archived)
            c.archive += n;
        else if (!read)
            c.inbox += n;
        if (favourite)
            c.favourites += n;
    }
    q.finish();
    if (!q.exec(QStringLiteral("SELECT id, CASE WHEN title <> '' THEN title ELSE url END FROM feeds "
                               "ORDER BY 2 COLLATE NOCASE, id")))
        return R::failure(SqlErrorText::of(q));
    QHash<qint64, qsizetype> feedAt;
    while (q.next()) {
        feedAt.insert(q.value(0).toLongLong(), c.feeds.size());
        c.feeds.append({q.value(0).toLongLong(), q.value(1).toString(), 0});
    }
    q.finish();
    if (!q.exec(QStringLiteral("SELECT feed_id, unread FROM feed_unread_counts")))
        return R::failure(SqlErrorText::of(q));
    while (q.next()) {
        if (const auto it = feedAt.constFind(q.value(0).toLongLong()); it != feedAt.cend())
            c.feeds[*it].unread = q.value(1).toInt();
    }
    q.finish();
    Result<QList<TagCount>> tags = TagStore(m_db).tags();
    if (!tags)
        return R::failure(tags.error());
    c.tags = std::move(tags).value();
    return R(std::move(c));
}

} // namespace pathak
