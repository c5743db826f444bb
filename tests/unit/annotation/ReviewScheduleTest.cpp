#include "annotation/ReviewSchedule.h"
#include "annotation/AnnotationStore.h"
#include "AnnotationFixtures.h"
#include "TestLibrary.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

TEST(ReviewSchedule, KeptHighlightsComeBackLaterAndLater)
{
    TestLibrary lib;
    const qint64 id = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    AnnotationStore store(lib.db());
    const Annotation first = store.create(id, find(lib, id, QStringLiteral("ক্রেমলিনের মতে"))).value();
    const Annotation second = store.create(id, find(lib, id, QStringLiteral("শান্তি আলোচনার"))).value();
    ReviewSchedule schedule(lib.db());
    const QDate day(2026, 12, 4);

    // Never reviewed: both are due, the older first.
    EXPECT_EQ(schedule.due(day).value(), (QList<qint64>{first.id, second.id}));
    EXPECT_EQ(schedule.due(day, 1).value(), QList<qint64>{first.id});
    EXPECT_FALSE(schedule.nextDue(first.id).value().isValid());

    // Kept: 3 days, then 6, then 12.
    ASSERT_TRUE(schedule.keep(first.id, day).ok());
    EXPECT_EQ(schedule.nextDue(first.id).value(), day.addDays(3));
    EXPECT_EQ(schedule.due(day).value(), QList<qint64>{second.id});
    ASSERT_TRUE(schedule.keep(first.id, day.addDays(3)).ok());
    EXPECT_EQ(schedule.nextDue(first.id).value(), day.addDays(9));
    ASSERT_TRUE(schedule.keep(first.id, day.addDays(9)).ok());
    EXPECT_EQ(schedule.nextDue(first.id).value(), day.addDays(21));

    // Skipped: tomorrow, and the interval is kept for the next keep.
    ASSERT_TRUE(schedule.skip(first.id, day.addDays(21)).ok());
    EXPECT_EQ(schedule.nextDue(first.id).value(), day.addDays(22));
    ASSERT_TRUE(schedule.keep(first.id, day.addDays(22)).ok());
    EXPECT_EQ(schedule.nextDue(first.id).value(), day.addDays(22 + 24));

    // Due ones come before the never reviewed.
    EXPECT_EQ(schedule.due(day.addDays(46)).value(), (QList<qint64>{first.id, second.id}));

    // Deleting a highlight deletes its schedule; an unknown one is an error.
    ASSERT_TRUE(store.remove(first.id).ok());
    QSqlQuery q(lib.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM annotation_reviews")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    EXPECT_FALSE(schedule.keep(first.id, day).ok());
}

TEST(ReviewSchedule, IntervalStopsAtAYear)
{
    TestLibrary lib;
    const qint64 id = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    AnnotationStore store(lib.db());
    const Annotation a = store.create(id, find(lib, id, QStringLiteral("ক্রেমলিনের মতে"))).value();
    ReviewSchedule schedule(lib.db());
    QDate day(2026, 1, 1);
    for (int i = 0; i < 12; ++i) {
        ASSERT_TRUE(schedule.keep(a.id, day).ok());
        day = schedule.nextDue(a.id).value();
    }
    ASSERT_TRUE(schedule.keep(a.id, day).ok());
    EXPECT_EQ(schedule.nextDue(a.id).value(), day.addDays(ReviewSchedule::maxInterval));
}
