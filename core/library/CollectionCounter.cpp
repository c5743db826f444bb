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
    if (!q.exec(QStringLiteral("SELECT is_archived, is_read, is_favourite, count(*) FROM articles "
                               "GROUP BY is_archived, is_read, is_favourite")))
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
    // From the inbox's side: its entries in articles_state, each looked up
    // in feed_items_article, which holds the feed id too. Both are index
    // reads only; going from the feed items instead reads an articles row
    // for each (146 ms against 21 ms at 100,000 articles). CROSS JOIN
    // keeps SQLite to this order.
    if (!q.exec(QStringLiteral("SELECT fi.feed_id, count(*) FROM articles a CROSS JOIN feed_items fi "
                               "ON fi.article_id = a.id WHERE a.is_archived = 0 AND a.is_read = 0 "
                               "GROUP BY fi.feed_id")))
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
