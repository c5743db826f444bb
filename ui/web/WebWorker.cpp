#include "ui/web/WebWorker.h"

#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "web/Downloader.h"
#include "web/PageFetcher.h"

#include <QEventLoop>
#include <QTimer>

namespace pathak::ui {

WebWorker::WebWorker(QString libraryPath, Task task, QStringList inputs, QList<qint64> feedIds,
                     QObject *parent)
    : QThread(parent), m_libraryPath(std::move(libraryPath)), m_task(task), m_inputs(std::move(inputs)),
      m_feedIds(std::move(feedIds))
{
}

WebWorker::~WebWorker()
{
    requestInterruption();
    wait();
}

void WebWorker::run()
{
    Result<std::unique_ptr<LibraryDatabase>> opened = LibraryDatabase::open(m_libraryPath);
    if (!opened) {
        Q_EMIT failed(opened.error());
        return;
    }
    std::unique_ptr<LibraryDatabase> db = std::move(opened).value();
    QEventLoop loop;
    // Cancelling is asked from the GUI thread; the transfers belong to this one.
    QTimer poll;
    poll.setInterval(100);

    if (m_task == Task::SaveUrls) {
        LibraryStore store(*db);
        ArticleImporter importer(store);
        Downloader downloader;
        downloader.setLimits(DownloadLimits::fromEnvironment());
        PageFetcher fetcher(downloader);
        int done = 0;
        const int total = int(m_inputs.size());
        importer.setResultCallback([&](const ImportResult &r) {
            Q_EMIT urlSaved(r);
            Q_EMIT progress(++done, total);
        });
        QObject::connect(&fetcher, &PageFetcher::idle, &loop, &QEventLoop::quit);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (isInterruptionRequested())
                downloader.cancelAll();
        });
        Q_EMIT progress(0, total);
        for (const QString &url : std::as_const(m_inputs))
            fetcher.fetch(url, [&importer](const QString &input, const Result<NewArticle> &a) {
                importer.importArticles({{input, a}});
            });
        poll.start();
        if (fetcher.pending() > 0)
            loop.exec();
        return;
    }

    FeedRefresher refresher(*db);
    refresher.setLimits(DownloadLimits::fromEnvironment());
    connect(&refresher, &FeedRefresher::feedFinished, this, &WebWorker::feedFinished, Qt::DirectConnection);
    connect(&refresher, &FeedRefresher::progress, this, &WebWorker::progress, Qt::DirectConnection);
    QObject::connect(&refresher, &FeedRefresher::finished, &loop, &QEventLoop::quit);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (isInterruptionRequested())
            refresher.cancel();
    });
    if (m_task == Task::Subscribe)
        refresher.subscribe(QUrl(m_inputs.value(0), QUrl::StrictMode));
    else
        refresher.refresh(m_feedIds);
    poll.start();
    if (refresher.isRunning())
        loop.exec();
}

} // namespace pathak::ui
