#include "ui/web/WebWorker.h"

#include "import/UrlImporter.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "web/Downloader.h"

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
    // Cancelling is asked from the GUI thread; the transfers belong to this one.
    QTimer poll;
    poll.setInterval(100);

    if (m_task == Task::SaveUrls) {
        LibraryStore store(*db);
        UrlImporter importer(store);
        importer.setLimits(DownloadLimits::fromEnvironment());
        importer.setResultCallback([this](const ImportResult &r) { Q_EMIT urlSaved(r); });
        importer.setProgressCallback([this](int done, int total) { Q_EMIT progress(done, total); });
        QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
            if (isInterruptionRequested())
                importer.cancel();
        });
        Q_EMIT progress(0, int(m_inputs.size()));
        poll.start();
        importer.importUrls(m_inputs);
        return;
    }

    QEventLoop loop;
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
