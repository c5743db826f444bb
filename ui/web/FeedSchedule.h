#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace pathak::ui {

class WebWorker;
class WindowHost;

// Refreshes every feed on an interval, in the background (a WebWorker), so
// new articles arrive without the feeds dialog. The interval is the setting
// feeds/refreshHours (defaultHours; 0 turns it off). Nothing is downloaded
// while the system says the connection is metered (QNetworkInformation,
// when the platform has a backend that knows). When a refresh has stored
// something, the window reads its list again, and with it the side bar's
// counts.
class FeedSchedule : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultHours = 3;
    static const char *const settingKey;

    explicit FeedSchedule(WindowHost *window);
    ~FeedSchedule() override;

    // The interval in hours from the settings (0: never).
    static int intervalHours();
    // Starts the timer again from the setting (after the settings changed).
    void applySetting();
    // What the timer runs: a refresh of every feed, unless one is running
    // or the connection is metered. True when one started.
    bool refreshNow();
    bool isRefreshing() const { return m_worker != nullptr; }
    // True when the system reports a metered connection.
    static bool onMeteredNetwork();
    const QTimer &timer() const { return m_timer; }

Q_SIGNALS:
    // A refresh ended; imported: the new articles stored.
    void refreshed(int imported);

private:
    WindowHost *m_window;
    QTimer m_timer;
    QPointer<WebWorker> m_worker;
    int m_imported = 0;
};

} // namespace pathak::ui
