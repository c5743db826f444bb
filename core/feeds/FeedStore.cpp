#include "feeds/FeedStore.h"

#include "library/sqlite/SqlErrorText.h"

#include "library/LibraryDatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace pathak {

namespace {

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QString isoNow()
{
    return iso(QDateTime::currentDateTimeUtc());
}

QString nonNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

const char *kSelect =
    "SELECT f.id, f.url, f.title, f.site_url, f.etag, f.last_modified, f.added_at, f.last_checked_at, "
    "f.last_error, (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id) FROM feeds f";

FeedInfo rowOf(const QSqlQuery &q)
{
    FeedInfo f;
    f.id = q.value(0).toLongLong();
    f.url = q.value(1).toString();
    f.title = q.value(2).toString();
    f.siteUrl = q.value(3).toString();
    f.etag = q.value(4).toString().toUtf8();
    f.lastModified = q.value(5).toString().toUtf8();
    f.addedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    if (!q.value(7).isNull())
        f.lastCheckedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    f.lastError = q.value(8).toString();
    f.savedItems = q.value(9).toInt();
    f.failuresInARow = FeedStore::failuresIn(f.lastError);
    f.nextAttemptAt = FeedStore::nextAttempt(f.failuresInARow, f.lastCheckedAt);
    return f;
}

} // namespace

Result<qint64> FeedStore::add(const QString &url, const QString &title)
{
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT id FROM feeds WHERE url = ?"));
    find.addBindValue(url);
    if (!find.exec())
        return Result<qint64>::failure(SqlErrorText::of(find));
    if (find.next())
        return Result<qint64>::failure(
            QStringLiteral("already subscribed (feed %1)").arg(find.value(0).toLongLong()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO feeds (url, title, added_at) VALUES (?, ?, ?)"));
    q.addBindValue(url);
    q.addBindValue(nonNull(title));
    q.addBindValue(isoNow());
    if (!q.exec())
        return Result<qint64>::failure(SqlErrorText::of(q));
    return q.lastInsertId().toLongLong();
}

Result<QList<FeedInfo>> FeedStore::feeds()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY f.id")))
        return Result<QList<FeedInfo>>::failure(SqlErrorText::of(q));
    QList<FeedInfo> out;
    while (q.next())
        out.append(rowOf(q));
    return out;
}

Result<FeedInfo> FeedStore::feed(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE f.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<FeedInfo>::failure(SqlErrorText::of(q));
    if (!q.next())
        return Result<FeedInfo>::failure(QStringLiteral("no feed with id %1").arg(id));
    return rowOf(q);
}

Status FeedStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM feeds WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    if (q.numRowsAffected() == 0)
        return Status::failure(QStringLiteral("no feed with id %1").arg(id));
    return {};
}

Result<bool> FeedStore::hasItem(qint64 feedId, const QString &key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM feed_items WHERE feed_id = ? AND item_key = ?"));
    q.addBindValue(feedId);
    q.addBindValue(key);
    if (!q.exec())
        return Result<bool>::failure(SqlErrorText::of(q));
    return q.next();
}

Status FeedStore::addItem(qint64 feedId, const QString &key, const QString &link, qint64 articleId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO feed_items (feed_id, item_key, link, article_id, saved_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(feedId);
    q.addBindValue(key);
    q.addBindValue(nonNull(link));
    q.addBindValue(articleId > 0 ? QVariant(articleId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(isoNow());
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    return {};
}

Status FeedStore::recordRefresh(qint64 id, const QString &title, const QString &siteUrl,
                                const QByteArray &etag, const QByteArray &lastModified, const QString &error,
                                const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    // A feed that stops sending its title keeps the one it had.
    q.prepare(
        QStringLiteral("UPDATE feeds SET title = CASE WHEN ? <> '' THEN ? ELSE title END, "
                       "site_url = CASE WHEN ? <> '' THEN ? ELSE site_url END, etag = ?, last_modified = ?, "
                       "last_checked_at = ?, last_error = ? WHERE id = ?"));
    q.addBindValue(nonNull(title));
    q.addBindValue(nonNull(title));
    q.addBindValue(nonNull(siteUrl));
    q.addBindValue(nonNull(siteUrl));
    q.addBindValue(nonNull(QString::fromUtf8(etag)));
    q.addBindValue(nonNull(QString::fromUtf8(lastModified)));
    q.addBindValue(iso(at));
    q.addBindValue(nonNull(error));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    return {};
}

Status FeedStore::recordError(qint64 id, const QString &error, const QDateTime &at)
{
    Result<FeedInfo> before = feed(id);
    if (!before)
        return Status::failure(before.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE feeds SET last_checked_at = ?, last_error = ? WHERE id = ?"));
    q.addBindValue(iso(at));
    q.addBindValue(failureText(before->failuresInARow + 1, error));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    return {};
}

namespace {

// The count is kept in the error text itself: the feeds table has no
// column for it, and the text is what `feed list` shows anyway.
const QRegularExpression &failurePrefix()
{
    static const QRegularExpression re(QStringLiteral("^could not read the feed (\\d+) times? in a row: "));
    return re;
}

} // namespace

QString FeedStore::failureText(int failuresInARow, const QString &error)
{
    return QStringLiteral("could not read the feed %1 %2 in a row: %3")
        .arg(failuresInARow)
        .arg(failuresInARow == 1 ? QStringLiteral("time") : QStringLiteral("times"), error);
}

int FeedStore::failuresIn(const QString &lastError)
{
    const QRegularExpressionMatch m = failurePrefix().match(lastError);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QDateTime FeedStore::nextAttempt(int failuresInARow, const QDateTime &lastCheckedAt)
{
    if (failuresInARow < 2 || !lastCheckedAt.isValid())
        return {};
    const int doublings = std::min(failuresInARow - 2, 5); // 1, 2, 4, 8, 16 hours, then a day
    const qint64 hours = std::min<qint64>(qint64(1) << doublings, 24);
    return lastCheckedAt.addSecs(hours * 3600);
}

} // namespace pathak
