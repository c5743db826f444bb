#pragma once

#include "feeds/FeedRefresher.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace pathak::ui {

class WindowHost;
class WebWorker;

// Feeds: the subscriptions with their last refresh and error, and the
// buttons to add, refresh (one or all), remove, import and export OPML.
// Refreshing runs on a WebWorker: the dialog and the window stay responsive
// and show progress; closing the dialog does not stop a refresh.
class FeedsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FeedsDialog(WindowHost *window);
    ~FeedsDialog() override;

    void reload();
    // The same as the buttons, for callers that already know what to do.
    bool subscribe(const QString &url);
    bool refresh(const QList<qint64> &ids);
    bool isBusy() const { return m_worker != nullptr; }
    int feedCount() const;

Q_SIGNALS:
    void workFinished();

private:
    void addFeed();
    void refreshSelected();
    void removeSelected();
    void importOpml();
    void exportOpml();
    bool start(WebWorker *worker, const QString &what);
    void onFeedFinished(const FeedRefreshResult &result);
    void onWorkerDone();
    void updateButtons();
    QList<qint64> selectedIds() const;

    WindowHost *m_window;
    QTreeWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_refreshButton;
    QPushButton *m_refreshAllButton;
    QPushButton *m_removeButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QPushButton *m_stopButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPointer<WebWorker> m_worker;
    int m_imported = 0;
    int m_failedFeeds = 0;
};

} // namespace pathak::ui
