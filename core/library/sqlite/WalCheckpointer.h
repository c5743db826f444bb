#pragma once

#include <QString>

struct sqlite3;

#include <condition_variable>
#include <mutex>
#include <thread>

namespace pathak {

// Copies a library's write-ahead log into the database file on a thread
// and connection of its own, while a bulk import goes on writing.
//
// SQLite checkpoints on the connection that commits, once the log holds
// 1,000 pages: every batch of an import then waited while the log was read
// back, written into the file and the file was synced (a quarter of the
// storing thread's time, most of it waiting for the disk). While a
// WalCheckpointer lives, the writer's automatic checkpoints are off and the
// importer asks for one here after each commit instead. Checkpoints never
// wait for readers or the writer (PASSIVE); what one cannot copy yet, the
// next copies.
//
// The log starts over from its beginning only if every page in it has been
// copied when a transaction begins. boundLog() gives the importer a point to
// wait for that, so the log of a long import stays bounded.
class WalCheckpointer
{
public:
    // writer: the connection that commits; it must outlive this.
    // writer: the connection that commits; path: the file it writes.
    WalCheckpointer(sqlite3 *writer, const QString &path);
    // Finishes the checkpoint asked for last, closes its own connection and
    // gives the writer its automatic checkpoints back.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // The most pages the log may hold before boundLog() waits.
    static constexpr int maxLogPages = 4096; // 64 MiB of a new library's 16 KiB pages

    // After a commit: checkpoint what is committed, soon.
    void request();
    // Before a transaction: if the log has grown past maxLogPages, waits
    // until the checkpoint asked for last has copied it all, so the
    // transaction starts it over.
    void boundLog();
    // Pages in the log when the last checkpoint ended (0 before one ran).
    int logPages() const;
    // Until the checkpoint asked for last has ended.
    void waitUntilCopied();

private:
    void run(const QString &path);

    sqlite3 *m_writer;
    int m_writerAutoCheckpoint = 1000; // SQLite's default, given back at the end

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_requested = false;
    bool m_running = false;
    bool m_stopping = false;
    int m_logPages = 0;
    std::thread m_thread;
};

} // namespace pathak
