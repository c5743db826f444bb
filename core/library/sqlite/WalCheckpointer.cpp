#include "library/sqlite/WalCheckpointer.h"

#include <QFile>

#include <sqlite3.h>

namespace pathak {

WalCheckpointer::WalCheckpointer(sqlite3 *writer, const QString &path) : m_writer(writer)
{
    sqlite3 *handle = m_writer;
    sqlite3_stmt *read = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA wal_autocheckpoint", -1, &read, nullptr) == SQLITE_OK &&
        sqlite3_step(read) == SQLITE_ROW)
        m_writerAutoCheckpoint = sqlite3_column_int(read, 0);
    sqlite3_finalize(read);
    sqlite3_wal_autocheckpoint(handle, 0);
    m_thread = std::thread([this, path] { run(path); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
    sqlite3_wal_autocheckpoint(m_writer, m_writerAutoCheckpoint);
}

void WalCheckpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_changed.notify_all();
}

void WalCheckpointer::boundLog()
{
    if (logPages() > maxLogPages)
        waitUntilCopied();
}

int WalCheckpointer::logPages() const
{
    const std::lock_guard lock(m_mutex);
    return m_logPages;
}

void WalCheckpointer::waitUntilCopied()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_requested && !m_running; });
}

void WalCheckpointer::run(const QString &path)
{
    // A connection of this thread's own: a checkpoint on the importer's
    // connection would hold up its next statement.
    sqlite3 *db = nullptr;
    // SQLite sees that a file is in WAL mode when it first reads it.
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK ||
        sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        db = nullptr;
    }
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_requested || m_stopping; });
        if (!m_requested)
            break;
        m_requested = false;
        m_running = true;
        lock.unlock();
        int logPages = 0;
        int copied = 0;
        // Without a connection the importer's own commits were never
        // checkpointed either: its log is checkpointed when it closes.
        if (db)
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copied);
        lock.lock();
        m_running = false;
        m_logPages = logPages;
        m_changed.notify_all();
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace pathak
