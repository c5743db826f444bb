#pragma once

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

namespace pathak {

// A total time several downloads share (one feed's, one refresh's), on top
// of each transfer's own timeout: a hostile feed whose fifty links each
// answer just before the timeout cannot keep a refresh busy for minutes on
// end. The clock is injected, so tests spend a budget by events instead of
// waiting for it. A budget may sit inside another (a feed's inside its
// refresh's): what is left is the smaller of the two.
class DownloadBudget
{
public:
    using Clock = std::function<QDateTime()>;
    enum class Counting {
        // From the first transfer on, whatever happens (a whole refresh).
        WallTime,
        // Only while at least one of its transfers runs: a feed whose pages
        // wait for a free slot behind other feeds' loses nothing meanwhile.
        BusyTime,
    };

    // what names the budget in the refusal: "this feed", "this refresh".
    DownloadBudget(const QString &what, qint64 ms, Counting counting, Clock clock,
                   std::shared_ptr<DownloadBudget> outer = nullptr);

    // Told by the downloader around each transfer that uses the budget.
    void transferStarted();
    void transferFinished();
    // Milliseconds left, never negative.
    qint64 remainingMs() const;
    bool isSpent() const { return remainingMs() <= 0; }
    // The one-line refusal for a download that found the budget spent.
    QString spentReason() const;

    static Clock systemClock();

private:
    qint64 usedMs() const;

    QString m_what;
    qint64 m_ms;
    Counting m_counting;
    Clock m_clock;
    std::shared_ptr<DownloadBudget> m_outer;
    QDateTime m_since;       // wall time: the first transfer; busy time: since transfers run
    qint64 m_usedBefore = 0; // busy time of the transfers that ended
    int m_running = 0;
};

} // namespace pathak
