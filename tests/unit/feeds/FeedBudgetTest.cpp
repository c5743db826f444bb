// A feed and a refresh have a total time, on top of each transfer's
// timeout, and a feed that cannot be read again and again is backed off.
// The clock is the test's: it moves by events (an item saved, a refresh
// done), never by waiting.
#include "feeds/FeedRefresher.h"
#include "feeds/FeedStore.h"
#include "TestHttpServer.h"
#include "TestLibrary.h"
#include "web/DownloadBudget.h"

#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

const QDateTime kStart(QDate(2026, 12, 4), QTime(1, 0), Qt::UTC);

QByteArray page(int n)
{
    QByteArray body;
    for (int i = 0; i < 12; ++i)
        body += "<p>পদ্মা সেতুতে আজ " + QByteArray::number(n) + " নম্বর খবরের অনুচ্ছেদ " + QByteArray::number(i) +
                "। নদীর ওপারে মানুষ অপেক্ষা করছে, আর সেতুর কাজ এগিয়ে চলছে দিনরাত।</p>";
    return "<html><head><meta charset=\"utf-8\"><title>খবর " + QByteArray::number(n) +
           "</title></head><body><article><h1>খবর " + QByteArray::number(n) + "</h1>" + body +
           "</article></body></html>";
}

QByteArray rss(const TestHttpServer &server, int items)
{
    QByteArray out =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>budget</title><link>/</link>";
    for (int i = 1; i <= items; ++i) {
        const QByteArray link = server.urlString(QStringLiteral("/p%1.html").arg(i)).toUtf8();
        out += "<item><title>খবর</title><link>" + link + "</link><guid>" + link + "</guid></item>";
    }
    return out + "</channel></rss>";
}

struct RefreshOutcome
{
    QList<FeedRefreshResult> feeds;
    QList<ImportResult> items;
};

RefreshOutcome run(FeedRefresher &refresher, const std::function<void()> &start)
{
    RefreshOutcome out;
    QObject::connect(&refresher, &FeedRefresher::feedFinished,
                     [&](const FeedRefreshResult &r) { out.feeds.append(r); });
    QObject::connect(&refresher, &FeedRefresher::itemResult,
                     [&](qint64, const ImportResult &r) { out.items.append(r); });
    QEventLoop loop;
    QObject::connect(&refresher, &FeedRefresher::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit); // a hang guard only
    start();
    if (refresher.isRunning())
        loop.exec();
    QObject::disconnect(&refresher, nullptr, nullptr, nullptr);
    return out;
}

} // namespace

TEST(FeedBudget, BusyTimeCountsOnlyWhileTransfersRun)
{
    QDateTime now = kStart;
    DownloadBudget feed(QStringLiteral("this feed"), 60000, DownloadBudget::Counting::BusyTime,
                        [&now] { return now; });
    EXPECT_EQ(feed.remainingMs(), 60000);
    feed.transferStarted();
    feed.transferStarted(); // two at once count once
    now = now.addSecs(30);
    feed.transferFinished();
    feed.transferFinished();
    EXPECT_EQ(feed.remainingMs(), 30000);
    now = now.addSecs(600); // waiting for a slot behind other feeds: free
    EXPECT_EQ(feed.remainingMs(), 30000);
    feed.transferStarted();
    now = now.addSecs(30);
    EXPECT_TRUE(feed.isSpent());
    EXPECT_EQ(feed.spentReason(),
              QStringLiteral("not downloaded: the time allowed for this feed (1 min) is used up"));
}

TEST(FeedBudget, TheRefreshBudgetBoundsEveryFeedInIt)
{
    QDateTime now = kStart;
    const DownloadBudget::Clock clock = [&now] { return now; };
    auto refresh = std::make_shared<DownloadBudget>(QStringLiteral("this refresh"), 90000,
                                                    DownloadBudget::Counting::WallTime, clock);
    DownloadBudget first(QStringLiteral("this feed"), 60000, DownloadBudget::Counting::BusyTime, clock,
                         refresh);
    first.transferStarted();
    now = now.addSecs(60);
    first.transferFinished();
    EXPECT_TRUE(first.isSpent());

    DownloadBudget second(QStringLiteral("this feed"), 60000, DownloadBudget::Counting::BusyTime, clock,
                          refresh);
    EXPECT_EQ(second.remainingMs(), 30000); // what the refresh has left
    second.transferStarted();
    now = now.addSecs(30);
    EXPECT_TRUE(second.isSpent());
    EXPECT_EQ(second.spentReason(),
              QStringLiteral("not downloaded: the time allowed for this refresh (90 s) is used up"));
}

// Six items, one at a time; each page the server is asked for moves the
// clock a minute (the request is recorded before it is answered, so each
// transfer ends a minute after it started). With 100 s for the feed, two
// are saved and four are not even requested.
TEST(FeedBudget, FeedItemsStopWhenTheFeedsTimeIsUsedUp)
{
    TestHttpServer server;
    for (int i = 1; i <= 6; ++i)
        server.route(QStringLiteral("/p%1.html").arg(i), 200, "text/html; charset=utf-8", page(i));
    server.route(QStringLiteral("/budget.rss"), 200, "application/rss+xml", rss(server, 6));
    TestLibrary lib;
    FeedRefresher refresher(lib.db());
    refresher.setMaxParallel(1, 1);
    refresher.setClock([&server] {
        return kStart.addSecs(60 *
                              (server.totalRequests() - server.requestCount(QStringLiteral("/budget.rss"))));
    });
    refresher.setBudget(RefreshBudget{100000, 3600000});
    const RefreshOutcome r =
        run(refresher, [&] { refresher.subscribe(server.url(QStringLiteral("/budget.rss"))); });

    ASSERT_EQ(r.feeds.size(), 1);
    EXPECT_EQ(r.feeds.at(0).imported, 2);
    EXPECT_EQ(r.feeds.at(0).failed, 4);
    ASSERT_EQ(r.items.size(), 6);
    for (const ImportResult &item : r.items.mid(2)) {
        EXPECT_EQ(item.status, ImportResult::Status::Failed);
        EXPECT_EQ(item.error,
                  QStringLiteral("not downloaded: the time allowed for this feed (100 s) is used up"));
    }
    for (int i = 3; i <= 6; ++i)
        EXPECT_EQ(server.requestCount(QStringLiteral("/p%1.html").arg(i)), 0) << i;
    EXPECT_EQ(lib.store().count().value(), 2);
    // The feed's validators are not kept: the next refresh tries the four again.
    FeedStore feeds(lib.db());
    const Result<QList<FeedInfo>> list = feeds.feeds();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_TRUE(list->at(0).etag.isEmpty());
    EXPECT_EQ(list->at(0).savedItems, 2);
    EXPECT_EQ(list->at(0).failuresInARow, 0); // the feed itself was read
}

TEST(FeedBudget, FailingFeedIsBackedOffAndSaysUntilWhen)
{
    TestHttpServer server;
    TestLibrary lib;
    FeedStore feeds(lib.db());
    const Result<qint64> id =
        feeds.add(server.urlString(QStringLiteral("/flaky.rss")), QStringLiteral("flaky"));
    ASSERT_TRUE(id.ok());
    server.route(QStringLiteral("/flaky.rss"), 500, "text/html", "<h1>down</h1>");
    QDateTime now = kStart;
    FeedRefresher refresher(lib.db());
    refresher.setClock([&now] { return now; });

    RefreshOutcome first = run(refresher, [&] { refresher.refresh(); });
    ASSERT_EQ(first.feeds.size(), 1);
    EXPECT_EQ(first.feeds.at(0).error, QStringLiteral("HTTP 500 Internal Server Error"));
    Result<FeedInfo> info = feeds.feed(id.value());
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->failuresInARow, 1);
    EXPECT_FALSE(info->nextAttemptAt.isValid()); // one failure may be passing: tried next time

    now = now.addSecs(600);
    run(refresher, [&] { refresher.refresh(); });
    info = feeds.feed(id.value());
    EXPECT_EQ(info->failuresInARow, 2);
    EXPECT_EQ(info->lastError,
              QStringLiteral("could not read the feed 2 times in a row: HTTP 500 Internal Server Error"));
    EXPECT_EQ(info->nextAttemptAt, now.addSecs(3600));
    EXPECT_EQ(server.requestCount(QStringLiteral("/flaky.rss")), 2);

    // A refresh of all feeds within the hour leaves it alone and says until when.
    now = now.addSecs(1800);
    RefreshOutcome waiting = run(refresher, [&] { refresher.refresh(); });
    ASSERT_EQ(waiting.feeds.size(), 1);
    EXPECT_TRUE(waiting.feeds.at(0).backedOff);
    EXPECT_TRUE(waiting.feeds.at(0).ok());
    EXPECT_EQ(waiting.feeds.at(0).nextAttemptAt, now.addSecs(1800));
    EXPECT_EQ(server.requestCount(QStringLiteral("/flaky.rss")), 2);

    // Named by its id, it is tried; a third failure doubles the wait.
    run(refresher, [&] { refresher.refresh({id.value()}); });
    EXPECT_EQ(server.requestCount(QStringLiteral("/flaky.rss")), 3);
    info = feeds.feed(id.value());
    EXPECT_EQ(info->failuresInARow, 3);
    EXPECT_EQ(info->nextAttemptAt, now.addSecs(2 * 3600));

    // Once it reads again, the count and the wait are gone.
    server.route(QStringLiteral("/flaky.rss"), 200, "application/rss+xml", rss(server, 0));
    now = now.addSecs(3 * 3600);
    RefreshOutcome back = run(refresher, [&] { refresher.refresh(); });
    ASSERT_EQ(back.feeds.size(), 1);
    EXPECT_TRUE(back.feeds.at(0).ok()) << back.feeds.at(0).error.toStdString();
    info = feeds.feed(id.value());
    EXPECT_EQ(info->failuresInARow, 0);
    EXPECT_FALSE(info->nextAttemptAt.isValid());
    EXPECT_TRUE(info->lastError.isEmpty());
}
