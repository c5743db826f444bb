#include "import/UrlImporter.h"

#include <QEventLoop>

namespace pathak {

UrlImporter::UrlImporter(LibraryStore &store) : m_importer(store), m_fetcher(m_downloader) {}

QList<ImportResult> UrlImporter::importUrls(const QStringList &urls)
{
    QList<ImportResult> results;
    const int total = int(urls.size());
    QEventLoop loop;
    // Every outcome, an invalid URL's too, arrives from the event loop, so
    // the last one quits a loop that is running.
    QObject::connect(&m_fetcher, &PageFetcher::idle, &loop, &QEventLoop::quit);
    for (const QString &url : urls) {
        m_fetcher.fetch(url, [&](const QString &input, const Result<NewArticle> &article) {
            for (const ImportResult &r : m_importer.importArticles({{input, article}})) {
                results.append(r);
                if (m_onResult)
                    m_onResult(r);
                if (m_onProgress)
                    m_onProgress(int(results.size()), total);
            }
        });
    }
    if (m_fetcher.pending() > 0)
        loop.exec();
    return results;
}

} // namespace pathak
