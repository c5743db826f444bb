#pragma once

#include "import/ArticleImporter.h"
#include "web/Downloader.h"
#include "web/PageFetcher.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace pathak {

// Saves web pages into a library: downloads each URL with its lead image
// (PageFetcher), extracts the article and stores it (ArticleImporter), with
// one outcome per URL: imported, a duplicate of the article it names, or
// failed and why. The pages download in parallel; each is stored as it
// arrives, in a transaction of its own, so what was reported imported stays
// in the library whatever happens to the others. Lives in the thread that
// made it; importUrls runs that thread's event loop until every URL is done.
class UrlImporter
{
public:
    using ResultCallback = ArticleImporter::ResultCallback;
    using ProgressCallback = ArticleImporter::ProgressCallback;

    explicit UrlImporter(LibraryStore &store);

    void setLimits(const DownloadLimits &limits) { m_downloader.setLimits(limits); }
    // Called once per URL, as soon as its outcome is committed.
    void setResultCallback(ResultCallback cb) { m_onResult = std::move(cb); }
    // Called after each outcome, with how many of the URLs are done.
    void setProgressCallback(ProgressCallback cb) { m_onProgress = std::move(cb); }

    // Returns when every URL has its outcome: in the order they finished,
    // one per URL (a URL given twice is saved once and then a duplicate).
    // One import at a time.
    QList<ImportResult> importUrls(const QStringList &urls);

    // Stops the downloads in hand: each reports "cancelled". What was
    // stored stays. Call it from this object's thread while importUrls
    // runs (from a timer or a callback); it is a no-op otherwise.
    void cancel() { m_downloader.cancelAll(); }

private:
    ArticleImporter m_importer;
    Downloader m_downloader;
    PageFetcher m_fetcher;
    ResultCallback m_onResult;
    ProgressCallback m_onProgress;
};

} // namespace pathak
