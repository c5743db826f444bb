#include "web/DownloadBudget.h"

#include <algorithm>

namespace pathak {

namespace {

QString duration(qint64 ms)
{
    if (ms % 60000 == 0)
        return QStringLiteral("%1 min").arg(ms / 60000);
    return QStringLiteral("%1 s").arg(QString::number(double(ms) / 1000.0, 'g', 3));
}

} // namespace

DownloadBudget::DownloadBudget(const QString &what, qint64 ms, Counting counting, Clock clock,
                               std::shared_ptr<DownloadBudget> outer)
    : m_what(what), m_ms(std::max<qint64>(0, ms)), m_counting(counting),
      m_clock(clock ? std::move(clock) : systemClock()), m_outer(std::move(outer))
{
}

DownloadBudget::Clock DownloadBudget::systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

void DownloadBudget::transferStarted()
{
    if (m_running++ == 0 && (m_counting == Counting::BusyTime || !m_since.isValid()))
        m_since = m_clock();
    if (m_outer)
        m_outer->transferStarted();
}

void DownloadBudget::transferFinished()
{
    if (m_running > 0 && --m_running == 0 && m_counting == Counting::BusyTime) {
        m_usedBefore += std::max<qint64>(0, m_since.msecsTo(m_clock()));
        m_since = QDateTime();
    }
    if (m_outer)
        m_outer->transferFinished();
}

qint64 DownloadBudget::usedMs() const
{
    if (m_counting == Counting::WallTime)
        return m_since.isValid() ? std::max<qint64>(0, m_since.msecsTo(m_clock())) : 0;
    return m_usedBefore + (m_running > 0 ? std::max<qint64>(0, m_since.msecsTo(m_clock())) : 0);
}

qint64 DownloadBudget::remainingMs() const
{
    qint64 left = std::max<qint64>(0, m_ms - usedMs());
    if (m_outer)
        left = std::min(left, m_outer->remainingMs());
    return left;
}

QString DownloadBudget::spentReason() const
{
    if (m_outer && m_outer->isSpent())
        return m_outer->spentReason();
    return QStringLiteral("not downloaded: the time allowed for %1 (%2) is used up")
        .arg(m_what, duration(m_ms));
}

} // namespace pathak
