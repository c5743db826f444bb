#include "library/CollectionCounter.h"

#include "library/sqlite/SqlErrorText.h"

#include "library/LibraryDatabase.h"

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
    if (!q.exec(QStringLiteral("SELECT f.id, CASE WHEN f.title <> '' THEN f.title ELSE f.url END, "
                               "(SELECT count(*) FROM feed_items fi JOIN articles a ON a.id = fi.article_id "
                               " WHERE fi.feed_id = f.id AND a.is_archived = 0 AND a.is_read = 0) "
                               "FROM feeds f ORDER BY 2 COLLATE NOCASE, f.id")))
        return R::failure(SqlErrorText::of(q));
    while (q.next())
        c.feeds.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    q.finish();
    Result<QList<TagCount>> tags = TagStore(m_db).tags();
    if (!tags)
        return R::failure(tags.error());
    c.tags = std::move(tags).value();
    return R(std::move(c));
}

} // namespace pathak
