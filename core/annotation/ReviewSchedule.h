#pragma once

#include "base/Result.h"

#include <QDate>
#include <QList>

namespace pathak {

class LibraryDatabase;

// Which highlights the daily review brings back, and when they come again
// (the annotation_reviews table, schema 8). Spaced: a highlight kept in the
// review returns after 3 days, then 6, 12, … up to a year; one skipped
// returns tomorrow with its interval unchanged. Highlights never reviewed
// come after the ones due, oldest first. Orphaned highlights (their passage
// is gone from the text) are left out.
class ReviewSchedule
{
public:
    static constexpr int firstInterval = 3; // days after the first keep
    static constexpr int maxInterval = 365;
    static constexpr int dailyCount = 5; // what a day's review holds by default

    explicit ReviewSchedule(LibraryDatabase &db);

    // The annotation ids to show on a day, at most count of them.
    Result<QList<qint64>> due(const QDate &today, int count = dailyCount);
    // Kept: comes back after twice the last interval.
    Status keep(qint64 annotationId, const QDate &today);
    // Skipped: comes back the next day.
    Status skip(qint64 annotationId, const QDate &today);
    // The day an annotation is next due, or an invalid date when it was
    // never reviewed.
    Result<QDate> nextDue(qint64 annotationId);

private:
    Status reschedule(qint64 annotationId, const QDate &today, bool kept);

    LibraryDatabase &m_db;
};

} // namespace pathak
