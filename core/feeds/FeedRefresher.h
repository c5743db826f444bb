#pragma once

#include "feeds/FeedParser.h"
#include "feeds/FeedStore.h"
#include "import/ArticleImporter.h"
#include "library/LibraryStore.h"
#include "web/Downloader.h"
#include "web/PageFetcher.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace pathak {

class LibraryDatabase;

struct FeedRefreshResult
{
    qint64 feedId = 0;
    QString url;
    QString title;
    QString error; // empty when the feed and all its new items were saved
    bool notModified = false;
    int imported = 0;   // new articles
    int duplicates = 0; // items whose article was already in the library
    int failed = 0;     // items that could not be saved (tried again next time)
    // Not tried: the feed failed again and again and waits (FeedStore::nextAttempt).
    bool backedOff = false;
    QDateTime nextAttemptAt;
    bool ok() const { return error.isEmpty(); }
};

// The total time a refresh may take, on top of each transfer's timeout: one
// feed (the feed and all its items' pages and images) and the whole
// refresh. Downloads that find their budget spent are not started, and
// their items are tried again next time.
struct RefreshBudget
{
    qint64 feedMs = qint64(3) * 60 * 1000;
    qint64 refreshMs = qint64(15) * 60 * 1000;
};

// Refreshes feeds: a conditional GET per feed (ETag, Last-Modified), the
// new items' pages downloaded and saved as articles, per-feed errors
// recorded. Feeds and pages are fetched in parallel, each bounded. All
// asynchronous in the thread the object lives in (the library connection's
// thread): a GUI runs it in a worker thread, the command line in its own
// event loop.
class FeedRefresher : public QObject
{
    Q_OBJECT
public:
    // Items taken from one feed per refresh, in the feed's (newest first) order.
    static constexpr int maxItemsPerRefresh = 50;

    explicit FeedRefresher(LibraryDatabase &db, QObject *parent = nullptr);
    ~FeedRefresher() override;

    void setLimits(const DownloadLimits &limits);
    void setMaxParallel(int feeds, int pages);
    void setBudget(const RefreshBudget &budget) { m_budget = budget; }
    // The clock of the budgets and the back-off (tests move it by events).
    void setClock(DownloadBudget::Clock clock) { m_clock = std::move(clock); }

    // Refreshes the given feeds, or all when ids is empty; all but those
    // backed off after failing again and again (a feed named by its id is
    // tried whatever its back-off).
    void refresh(const QList<qint64> &ids = {});
    // Downloads a feed and, when it is a feed, subscribes and saves its
    // items. A URL that is not a feed is not subscribed.
    void subscribe(const QUrl &url);

    bool isRunning() const { return m_running > 0; }
    void cancel();

Q_SIGNALS:
    void itemResult(qint64 feedId, const pathak::ImportResult &result);
    void feedFinished(const pathak::FeedRefreshResult &result);
    void progress(int feedsDone, int feedsTotal);
    void finished();

private:
    struct FeedJob;
    void fetchFeed(const std::shared_ptr<FeedJob> &job);
    void onFeed(const std::shared_ptr<FeedJob> &job, const Result<Download> &download);
    void onItem(const std::shared_ptr<FeedJob> &job, const FeedItem &item, const Result<NewArticle> &page);
    void finishFeed(const std::shared_ptr<FeedJob> &job, const QString &feedError);
    void startRefreshBudget();

    LibraryDatabase &m_db;
    LibraryStore m_store;
    FeedStore m_feeds;
    ArticleImporter m_importer;
    Downloader m_feedDownloader;
    Downloader m_pageDownloader;
    PageFetcher m_pages;
    RefreshBudget m_budget;
    DownloadBudget::Clock m_clock = DownloadBudget::systemClock();
    std::shared_ptr<DownloadBudget> m_refreshBudget; // of the refresh under way
    int m_running = 0;
    int m_done = 0;
    int m_total = 0;
};

} // namespace pathak

Q_DECLARE_METATYPE(pathak::FeedRefreshResult)
Q_DECLARE_METATYPE(pathak::ImportResult)
