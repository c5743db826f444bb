#pragma once

#include "article/NewArticle.h"
#include "base/Result.h"
#include "web/Downloader.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace pathak {

// Saves a web page as an article ready to store: downloads it, extracts
// the article (WebPageParser) and downloads its lead image, so reading it
// later needs no network. Knows nothing of the library; several pages are
// fetched in parallel through one bounded Downloader.
class PageFetcher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QString &input, const Result<NewArticle> &)>;

    explicit PageFetcher(Downloader &downloader, QObject *parent = nullptr);

    // A page the user asked for: its host is trusted (DownloadRequest::fromUser).
    void fetch(const QString &input, const Callback &done);
    // A page linked from remote content the user reached from trustedHost
    // (a feed item): only that host may be a private address. The page's
    // lead image is fetched under the same trust.
    // The page and its image share the budget, when one is given.
    void fetchLink(const QString &input, const QString &trustedHost,
                   const std::shared_ptr<DownloadBudget> &budget, const Callback &done);
    int pending() const { return m_pending; }

    static bool isUrl(const QString &input);

Q_SIGNALS:
    void idle();

private:
    void fetchPage(const QString &input, const DownloadRequest &request, const Callback &done);
    void finish(const QString &input, const Result<NewArticle> &result, const Callback &done);

    Downloader &m_downloader;
    int m_pending = 0;
};

} // namespace pathak
