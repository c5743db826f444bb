#include "library/ArticleTrash.h"

#include "library/ArticleSnapshot.h"
#include "library/LibraryDatabase.h"
#include "library/sqlite/SqlErrorText.h"
#include "library/sqlite/Transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace pathak {

ArticleTrash::ArticleTrash(LibraryDatabase &db) : m_db(db) {}

Result<int> ArticleTrash::moveIn(const QList<qint64> &articleIds)
{
    using R = Result<int>;
    QSqlDatabase &db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(QStringLiteral("cannot start a transaction"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery keep(db);
    keep.prepare(
        QStringLiteral("INSERT INTO trash (article_id, title, deleted_at, annotation_count, snapshot) "
                       "VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    int annotations = 0;
    for (qint64 id : articleIds) {
        Result<ArticleSnapshot> snapshot = ArticleSnapshot::capture(db, id);
        if (!snapshot)
            return R::failure(snapshot.error());
        keep.addBindValue(id);
        keep.addBindValue(snapshot->title());
        keep.addBindValue(now);
        keep.addBindValue(snapshot->annotationCount());
        keep.addBindValue(snapshot->encode());
        if (!keep.exec())
            return R::failure(SqlErrorText::of(keep));
        del.addBindValue(id);
        if (!del.exec())
            return R::failure(SqlErrorText::of(del));
        annotations += snapshot->annotationCount();
    }
    if (!tx.commit())
        return R::failure(QStringLiteral("could not commit the deletion"));
    return R(annotations);
}

Result<QList<TrashEntry>> ArticleTrash::entries()
{
    using R = Result<QList<TrashEntry>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, article_id, title, deleted_at, annotation_count FROM trash "
                               "ORDER BY deleted_at DESC, id DESC")))
        return R::failure(SqlErrorText::of(q));
    QList<TrashEntry> list;
    while (q.next()) {
        TrashEntry e;
        e.id = q.value(0).toLongLong();
        e.articleId = q.value(1).toLongLong();
        e.title = q.value(2).toString();
        e.deletedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        e.deletedAt.setTimeSpec(Qt::UTC);
        e.annotations = q.value(4).toInt();
        list.append(e);
    }
    return R(list);
}

Result<QList<qint64>> ArticleTrash::entriesOfArticles(const QList<qint64> &articleIds)
{
    using R = Result<QList<qint64>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id FROM trash WHERE article_id = ? ORDER BY deleted_at DESC, id DESC LIMIT 1"));
    QList<qint64> entryIds;
    for (qint64 id : articleIds) {
        q.addBindValue(id);
        if (!q.exec())
            return R::failure(SqlErrorText::of(q));
        if (!q.next())
            return R::failure(QStringLiteral("article %1 is not in the trash").arg(id));
        entryIds.append(q.value(0).toLongLong());
        q.finish();
    }
    return R(entryIds);
}

Status ArticleTrash::restoreOne(qint64 entryId, qint64 &articleId)
{
    QSqlDatabase &db = m_db.connection();
    QSqlQuery get(db);
    get.prepare(QStringLiteral("SELECT snapshot FROM trash WHERE id = ?"));
    get.addBindValue(entryId);
    if (!get.exec())
        return Status::failure(SqlErrorText::of(get));
    if (!get.next())
        return Status::failure(QStringLiteral("no entry %1 in the trash").arg(entryId));
    Result<ArticleSnapshot> snapshot = ArticleSnapshot::decode(get.value(0).toByteArray());
    get.finish();
    if (!snapshot)
        return Status::failure(snapshot.error());
    // A savepoint of its own: an entry that fails leaves no row behind, and
    // the others still come back.
    QSqlQuery sp(db);
    if (!sp.exec(QStringLiteral("SAVEPOINT restore_entry")))
        return Status::failure(SqlErrorText::of(sp));
    Status st = snapshot->restore(db, articleId);
    if (st) {
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM trash WHERE id = ?"));
        del.addBindValue(entryId);
        if (!del.exec())
            st = Status::failure(SqlErrorText::of(del));
    }
    QSqlQuery end(db);
    if (!st) {
        end.exec(QStringLiteral("ROLLBACK TO restore_entry"));
        end.exec(QStringLiteral("RELEASE restore_entry"));
        return st;
    }
    if (!end.exec(QStringLiteral("RELEASE restore_entry")))
        return Status::failure(SqlErrorText::of(end));
    return {};
}

Result<TrashRestore> ArticleTrash::restore(const QList<qint64> &entryIds)
{
    using R = Result<TrashRestore>;
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return R::failure(QStringLiteral("cannot start a transaction"));
    TrashRestore result;
    for (qint64 entry : entryIds) {
        qint64 articleId = 0;
        Status st = restoreOne(entry, articleId);
        if (st)
            result.articleIds.append(articleId);
        else
            result.errors.append(st.error());
    }
    if (!tx.commit())
        return R::failure(QStringLiteral("could not commit the restore"));
    return R(result);
}

Result<int> ArticleTrash::purge(const QList<qint64> &entryIds)
{
    using R = Result<int>;
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return R::failure(QStringLiteral("cannot start a transaction"));
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM trash WHERE id = ?"));
    int removed = 0;
    for (qint64 id : entryIds) {
        del.addBindValue(id);
        if (!del.exec())
            return R::failure(SqlErrorText::of(del));
        removed += del.numRowsAffected();
    }
    if (!tx.commit())
        return R::failure(QStringLiteral("could not commit the change"));
    return R(removed);
}

Result<int> ArticleTrash::empty()
{
    QSqlQuery del(m_db.connection());
    if (!del.exec(QStringLiteral("DELETE FROM trash")))
        return Result<int>::failure(SqlErrorText::of(del));
    return Result<int>(del.numRowsAffected());
}

Result<int> ArticleTrash::emptyExpired(const QDateTime &now)
{
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM trash WHERE deleted_at < ?"));
    del.addBindValue(now.toUTC().addDays(-keepDays).toString(Qt::ISODate));
    if (!del.exec())
        return Result<int>::failure(SqlErrorText::of(del));
    return Result<int>(del.numRowsAffected());
}

} // namespace pathak
