#pragma once

#include "feeds/FeedRefresher.h"
#include "import/ArticleImporter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>

namespace pathak::ui {

// Network work for the window on its own thread: saving pages from URLs,
// subscribing to a feed, refreshing feeds. Like ImportWorker, the thread
// opens its own connection to the library (a connection serves only the
// thread that opened it) and runs UrlImporter or FeedRefresher in its own
// event loop, so the window never waits on the network, the parser or the
// disk.
// Signals arrive queued in the receiver's thread.
class WebWorker : public QThread
{
    Q_OBJECT
public:
    enum class Task { SaveUrls, Subscribe, Refresh };

    WebWorker(QString libraryPath, Task task, QStringList inputs, QList<qint64> feedIds = {},
              QObject *parent = nullptr);
    ~WebWorker() override;

    // Stops the transfers in hand; what was stored stays.
    void cancel() { requestInterruption(); }

Q_SIGNALS:
    void progress(int done, int total);
    void urlSaved(const pathak::ImportResult &result);
    void feedFinished(const pathak::FeedRefreshResult &result);
    void failed(const QString &error); // the library could not be opened

protected:
    void run() override;

private:
    QString m_libraryPath;
    Task m_task;
    QStringList m_inputs;
    QList<qint64> m_feedIds;
};

} // namespace pathak::ui
