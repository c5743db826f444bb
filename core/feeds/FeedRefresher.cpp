#include "feeds/FeedRefresher.h"

#include "library/LibraryDatabase.h"

#include <QSet>

namespace pathak {

struct FeedRefresher::FeedJob
{
    FeedInfo info; // id 0 while subscribing
    Feed feed;
    QByteArray etag;
    QByteArray lastModified;
    FeedRefreshResult result;
    int itemsLeft = 0;
    QString firstItemError;
    bool feedRead = false;
};

FeedRefresher::FeedRefresher(LibraryDatabase &db, QObject *parent)
    : QObject(parent), m_db(db), m_store(db), m_feeds(db), m_importer(m_store), m_pages(m_pageDownloader)
{
    qRegisterMetaType<pathak::FeedRefreshResult>();
    qRegisterMetaType<pathak::ImportResult>();
    setMaxParallel(4, 4);
}

FeedRefresher::~FeedRefresher()
{
    cancel();
}

void FeedRefresher::setLimits(const DownloadLimits &limits)
{
    m_feedDownloader.setLimits(limits);
    m_pageDownloader.setLimits(limits);
}

void FeedRefresher::setMaxParallel(int feeds, int pages)
{
    m_feedDownloader.setMaxParallel(feeds);
    m_pageDownloader.setMaxParallel(pages);
}

void FeedRefresher::cancel()
{
    m_feedDownloader.cancelAll();
    m_pageDownloader.cancelAll();
}

void FeedRefresher::refresh(const QList<qint64> &ids)
{
    QList<FeedInfo> infos;
    QStringList missing;
    if (ids.isEmpty()) {
        Result<QList<FeedInfo>> all = m_feeds.feeds();
        if (all)
            infos = all.value();
        else
            missing.append(all.error());
    } else {
        for (qint64 id : ids) {
            Result<FeedInfo> f = m_feeds.feed(id);
            if (f)
                infos.append(f.value());
            else
                missing.append(f.error());
        }
    }
    if (m_running == 0)
        m_done = m_total = 0;
    m_total += int(infos.size() + missing.size());
    ++m_running; // held until every feed has been queued
    for (const QString &why : missing) {
        FeedRefreshResult r;
        r.error = why;
        ++m_done;
        Q_EMIT feedFinished(r);
        Q_EMIT progress(m_done, m_total);
    }
    for (const FeedInfo &info : infos) {
        auto job = std::make_shared<FeedJob>();
        job->info = info;
        job->result.feedId = info.id;
        job->result.url = info.url;
        job->result.title = info.title;
        fetchFeed(job);
    }
    if (--m_running == 0)
        Q_EMIT finished();
}

void FeedRefresher::subscribe(const QUrl &url)
{
    auto job = std::make_shared<FeedJob>();
    job->info.url = url.toString(QUrl::FullyEncoded);
    job->result.url = job->info.url;
    if (m_running == 0)
        m_done = m_total = 0;
    ++m_total;
    fetchFeed(job);
}

void FeedRefresher::fetchFeed(const std::shared_ptr<FeedJob> &job)
{
    ++m_running;
    DownloadRequest request{QUrl(job->info.url, QUrl::StrictMode), job->info.etag, job->info.lastModified};
    m_feedDownloader.get(request, [this, job](const Result<Download> &d) { onFeed(job, d); });
}

void FeedRefresher::onFeed(const std::shared_ptr<FeedJob> &job, const Result<Download> &download)
{
    if (!download) {
        finishFeed(job, download.error());
        return;
    }
    if (download->notModified) {
        job->result.notModified = true;
        job->etag = job->info.etag;
        job->lastModified = job->info.lastModified;
        finishFeed(job, {});
        return;
    }
    Result<Feed> feed = FeedParser::parse(download->body, download->finalUrl);
    if (!feed) {
        finishFeed(job, feed.error());
        return;
    }
    job->feed = std::move(feed).value();
    job->feedRead = true;
    job->etag = download->etag;
    job->lastModified = download->lastModified;
    if (!job->feed.title.isEmpty())
        job->result.title = job->feed.title;

    if (job->info.id == 0) {
        Result<qint64> id = m_feeds.add(job->info.url, job->feed.title);
        if (!id) {
            finishFeed(job, id.error());
            return;
        }
        job->info.id = id.value();
        job->result.feedId = id.value();
    }

    QList<FeedItem> fresh;
    QSet<QString> seen;
    for (const FeedItem &item : std::as_const(job->feed.items)) {
        if (fresh.size() >= maxItemsPerRefresh)
            break;
        if (seen.contains(item.key))
            continue;
        seen.insert(item.key);
        Result<bool> has = m_feeds.hasItem(job->info.id, item.key);
        if (!has) {
            finishFeed(job, has.error());
            return;
        }
        if (!has.value())
            fresh.append(item);
    }
    if (fresh.isEmpty()) {
        finishFeed(job, {});
        return;
    }
    job->itemsLeft = int(fresh.size());
    for (const FeedItem &item : std::as_const(fresh)) {
        m_pages.fetch(
            item.link.toString(QUrl::FullyEncoded),
            [this, job, item](const QString &, const Result<NewArticle> &page) { onItem(job, item, page); });
    }
}

void FeedRefresher::onItem(const std::shared_ptr<FeedJob> &job, const FeedItem &item,
                           const Result<NewArticle> &page)
{
    const QString input = item.link.toString(QUrl::FullyEncoded);
    // The page's own date and byline come first; the feed's stand in for them.
    Result<NewArticle> article = page;
    if (article) {
        if (article->published.isEmpty() && item.published.isValid())
            article->published = item.published.toString(Qt::ISODate);
        if (article->author.isEmpty())
            article->author = item.author;
    }
    const QList<ImportResult> stored = m_importer.importArticles({{input, article}});
    for (const ImportResult &r : stored) {
        switch (r.status) {
        case ImportResult::Status::Imported:
            ++job->result.imported;
            break;
        case ImportResult::Status::Duplicate:
            ++job->result.duplicates;
            break;
        case ImportResult::Status::Failed:
            ++job->result.failed;
            if (job->firstItemError.isEmpty())
                job->firstItemError = r.input + QStringLiteral(": ") + r.error;
            break;
        }
        if (r.status != ImportResult::Status::Failed) {
            if (Status s = m_feeds.addItem(job->info.id, item.key, input, r.id); !s) {
                ++job->result.failed;
                if (job->firstItemError.isEmpty())
                    job->firstItemError = s.error();
            }
        }
        Q_EMIT itemResult(job->info.id, r);
    }
    if (--job->itemsLeft == 0) {
        const QString error =
            job->result.failed == 0
                ? QString()
                : QStringLiteral("%1 of %2 new items failed; first: %3")
                      .arg(job->result.failed)
                      .arg(job->result.failed + job->result.imported + job->result.duplicates)
                      .arg(job->firstItemError);
        finishFeed(job, error);
    }
}

void FeedRefresher::finishFeed(const std::shared_ptr<FeedJob> &job, const QString &feedError)
{
    job->result.error = feedError;
    if (job->info.id > 0) {
        Status s;
        if (!job->feedRead && !job->result.notModified) {
            // The feed itself could not be read: keep its validators and title.
            s = m_feeds.recordError(job->info.id, feedError);
        } else {
            // Validators only when every item was saved: a 304 next time must
            // not hide an item that failed this time.
            const bool complete = job->result.failed == 0;
            s = m_feeds.recordRefresh(
                job->info.id, job->feed.title, job->feed.siteUrl.toString(QUrl::FullyEncoded),
                complete ? job->etag : QByteArray(), complete ? job->lastModified : QByteArray(), feedError);
        }
        if (!s && job->result.error.isEmpty())
            job->result.error = s.error();
    }
    ++m_done;
    Q_EMIT feedFinished(job->result);
    Q_EMIT progress(m_done, m_total);
    if (--m_running == 0)
        Q_EMIT finished();
}

} // namespace pathak
