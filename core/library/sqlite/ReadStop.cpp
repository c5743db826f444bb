#include "library/sqlite/ReadStop.h"

#include <sqlite3.h>

namespace pathak {

void ReadStop::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    // The mutex keeps the connection attached, so open, while it is interrupted.
    if (m_db)
        sqlite3_interrupt(m_db);
}

bool ReadStop::isStopped() const
{
    return m_stopped.load();
}

bool ReadStop::attach(sqlite3 *db)
{
    const std::lock_guard lock(m_mutex);
    if (m_stopped)
        return false;
    m_db = db;
    return true;
}

void ReadStop::detach()
{
    const std::lock_guard lock(m_mutex);
    m_db = nullptr;
}

bool ReadStop::isAttached() const
{
    const std::lock_guard lock(m_mutex);
    return m_db != nullptr;
}

} // namespace pathak
