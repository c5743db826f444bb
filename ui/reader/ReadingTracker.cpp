#include "ui/reader/ReadingTracker.h"

#include "text/BengaliText.h"
#include "ui/reader/ReaderView.h"

#include <QEvent>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace pathak::ui {

namespace {
// A position is written once scrolling has paused this long: often enough
// that a crash loses little, rarely enough that a scroll is not a write.
constexpr int settleMs = 1500;
} // namespace

ReadingTracker::ReadingTracker(ReaderView *view, QObject *parent) : QObject(parent), m_view(view)
{
    // PATHAK_READ_DWELL_MS sets the time an article must be shown to count
    // as read; 0 leaves only reading to the end.
    bool custom = false;
    const int dwell = qEnvironmentVariableIntValue("PATHAK_READ_DWELL_MS", &custom);
    if (custom && dwell >= 0)
        m_dwellMs = dwell;
    m_dwell = new QTimer(this);
    m_dwell->setSingleShot(true);
    m_dwell->setInterval(m_dwellMs);
    connect(m_dwell, &QTimer::timeout, this, &ReadingTracker::markRead);
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_settle, &QTimer::timeout, this, &ReadingTracker::flush);
    QScrollBar *bar = view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &ReadingTracker::onScrolled);
    // The lazy layout grows the range after the article is shown.
    connect(bar, &QScrollBar::rangeChanged, this, &ReadingTracker::updateProgress);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

void ReadingTracker::articleOpened(Opening how, const std::optional<ReadingPosition> &saved)
{
    flush();
    m_dwell->stop();
    m_settle->stop();
    m_articleId = m_view ? m_view->articleId() : 0;
    m_words = m_view ? BengaliText::wordCount(m_view->readerDocument().plainText()) : 0;
    m_userActed = how == Opening::ByUser;
    m_readEmitted = false;
    m_lastEmitted = saved;
    if (m_view && saved && saved->offset > 0) {
        m_restoring = true;
        m_view->scrollToPlainOffsetAtTop(saved->offset);
        m_restoring = false;
    }
    updateProgress();
    if (m_userActed && m_dwellMs > 0)
        m_dwell->start();
}

void ReadingTracker::articleClosed()
{
    flush();
    m_dwell->stop();
    m_settle->stop();
    m_articleId = 0;
    m_words = 0;
    m_progress = 0;
    m_lastEmitted.reset();
    emit progressChanged(0, 0);
}

void ReadingTracker::flush()
{
    m_settle->stop();
    if (m_articleId == 0 || !m_view || m_view->articleId() != m_articleId)
        return;
    const ReadingPosition now = position();
    if (m_lastEmitted && m_lastEmitted->offset == now.offset && m_lastEmitted->progress == now.progress)
        return;
    m_lastEmitted = now;
    emit positionChanged(m_articleId, now);
}

ReadingPosition ReadingTracker::position() const
{
    ReadingPosition p;
    p.progress = m_progress;
    if (m_view)
        p.offset = std::max(0, m_view->topPlainOffset());
    return p;
}

int ReadingTracker::minutesLeft() const
{
    const double left = m_words * (1000 - m_progress) / 1000.0;
    return left <= 0 ? 0 : std::max(1, int(std::ceil(left / wordsPerMinute)));
}

void ReadingTracker::setDwellMs(int ms)
{
    m_dwellMs = ms;
    m_dwell->setInterval(ms);
}

void ReadingTracker::onScrolled()
{
    updateProgress();
    if (m_restoring || m_articleId == 0)
        return;
    m_settle->start();
    const QScrollBar *bar = m_view->verticalScrollBar();
    // Scrolled to the end: read, whoever opened it.
    if (bar->maximum() > 0 && bar->value() >= bar->maximum())
        markRead();
}

void ReadingTracker::updateProgress()
{
    if (!m_view || m_articleId == 0)
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    const int total = bar->maximum() + bar->pageStep();
    const int progress =
        bar->maximum() <= 0 ? 1000 : int(qint64(bar->value() + bar->pageStep()) * 1000 / total);
    if (progress == m_progress)
        return;
    m_progress = std::clamp(progress, 0, 1000);
    emit progressChanged(m_progress, minutesLeft());
}

bool ReadingTracker::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::MouseButtonPress:
        userActed();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ReadingTracker::userActed()
{
    if (m_userActed || m_articleId == 0)
        return;
    m_userActed = true;
    if (m_dwellMs > 0)
        m_dwell->start();
}

void ReadingTracker::markRead()
{
    if (m_readEmitted || m_articleId == 0)
        return;
    m_readEmitted = true;
    m_dwell->stop();
    emit articleRead(m_articleId);
}

} // namespace pathak::ui
