#pragma once

#include "import/ArticleImporter.h"
#include "ui/web/WebWorker.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace pathak::ui {

class FeedSchedule;
class FeedsDialog;
class WindowHost;

// The window's web features: File → Save from URL… and File → Feeds….
// Installed by ReaderApp; owned by the window.
class WebActions : public QObject
{
    Q_OBJECT
public:
    explicit WebActions(WindowHost *window);
    ~WebActions() override; // out of line: QPointer<FeedsDialog> needs the full type

    QAction *saveUrlAction() const { return m_saveUrlAction; }
    QAction *feedsAction() const { return m_feedsAction; }
    FeedsDialog *feedsDialog();
    // Refreshes the feeds on an interval, in the background.
    FeedSchedule *feedSchedule() const { return m_schedule; }

    // Saves the pages on a worker thread; false while a save is running.
    bool saveUrls(const QStringList &urls);
    bool isSaving() const { return m_worker != nullptr; }
    // Saves them now, or after the save that is running.
    void queueUrls(const QStringList &urls);

Q_SIGNALS:
    void urlSaved(const pathak::ImportResult &result);
    void savingFinished();

private:
    void askForUrl();
    void retranslate();
    void onSaved(const ImportResult &result);

    WindowHost *m_window;
    QAction *m_saveUrlAction;
    QAction *m_feedsAction;
    QPointer<FeedsDialog> m_feeds;
    QPointer<WebWorker> m_worker;
    FeedSchedule *m_schedule = nullptr;
    QList<std::pair<QString, QString>> m_failures;
    QStringList m_queued; // what a launch asked for while a save was running
};

} // namespace pathak::ui
