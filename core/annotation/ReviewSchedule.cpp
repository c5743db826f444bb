#include "annotation/ReviewSchedule.h"

#include "library/LibraryDatabase.h"
#include "library/sqlite/SqlErrorText.h"

#include <QSqlQuery>
#include <QVariant>

namespace pathak {

namespace {

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

ReviewSchedule::ReviewSchedule(LibraryDatabase &db) : m_db(db) {}

Result<QList<qint64>> ReviewSchedule::due(const QDate &today, int count)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Due ones first (the longest waiting first), then the never reviewed.
    q.prepare(QStringLiteral("SELECT a.id FROM annotations a "
                             "LEFT JOIN annotation_reviews r ON r.annotation_id = a.id "
                             "WHERE a.orphaned = 0 AND (r.due IS NULL OR r.due <= ?) "
                             "ORDER BY r.due IS NULL, r.due, a.created_at, a.id LIMIT ?"));
    q.addBindValue(day(today));
    q.addBindValue(std::max(0, count));
    if (!q.exec())
        return Result<QList<qint64>>::failure(SqlErrorText::of(q));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Status ReviewSchedule::keep(qint64 annotationId, const QDate &today)
{
    return reschedule(annotationId, today, true);
}

Status ReviewSchedule::skip(qint64 annotationId, const QDate &today)
{
    return reschedule(annotationId, today, false);
}

Status ReviewSchedule::reschedule(qint64 annotationId, const QDate &today, bool kept)
{
    QSqlQuery read(m_db.connection());
    read.prepare(
        QStringLiteral("SELECT interval_days, reviews FROM annotation_reviews WHERE annotation_id = ?"));
    read.addBindValue(annotationId);
    if (!read.exec())
        return Status::failure(SqlErrorText::of(read));
    int interval = 0;
    int reviews = 0;
    if (read.next()) {
        interval = read.value(0).toInt();
        reviews = read.value(1).toInt();
    }
    read.finish();
    int next = 1;
    if (kept) {
        interval = interval <= 0 || reviews == 0 ? firstInterval : std::min(maxInterval, interval * 2);
        next = interval;
    } else {
        interval = std::max(1, interval);
    }
    QSqlQuery write(m_db.connection());
    write.prepare(
        QStringLiteral("INSERT INTO annotation_reviews (annotation_id, due, interval_days, reviews) "
                       "SELECT id, ?, ?, ? FROM annotations WHERE id = ? "
                       "ON CONFLICT (annotation_id) DO UPDATE SET due = excluded.due, "
                       "interval_days = excluded.interval_days, reviews = excluded.reviews"));
    write.addBindValue(day(today.addDays(next)));
    write.addBindValue(interval);
    write.addBindValue(reviews + (kept ? 1 : 0));
    write.addBindValue(annotationId);
    if (!write.exec())
        return Status::failure(SqlErrorText::of(write));
    if (write.numRowsAffected() == 0)
        return Status::failure(QStringLiteral("no annotation with id %1").arg(annotationId));
    return {};
}

Result<QDate> ReviewSchedule::nextDue(qint64 annotationId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT due FROM annotation_reviews WHERE annotation_id = ?"));
    q.addBindValue(annotationId);
    if (!q.exec())
        return Result<QDate>::failure(SqlErrorText::of(q));
    if (!q.next())
        return QDate();
    return QDate::fromString(q.value(0).toString(), Qt::ISODate);
}

} // namespace pathak
