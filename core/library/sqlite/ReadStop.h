#pragma once

#include <atomic>
#include <mutex>

struct sqlite3;

namespace pathak {

// A request, made from one thread, to end a long read of a library that
// another thread runs on its own connection (LibraryRecovery::quickCheck
// while the reader quits). The reading thread attaches its connection for
// the read; stop() then interrupts it through sqlite3_interrupt, the one
// SQLite call meant for another thread. A progress handler alone would not
// do: SQLite calls it between the steps of a statement's program, and
// quick_check reads most of the file inside one step.
class ReadStop
{
public:
    // Safe from any thread, before, during or after the read.
    void stop();
    bool isStopped() const;

    // For the reading thread, around one read: attach() returns false when
    // the read is stopped already (then do not start it), and the
    // connection must stay open until detach().
    bool attach(sqlite3 *db);
    void detach();
    bool isAttached() const;

private:
    mutable std::mutex m_mutex; // guards m_db
    sqlite3 *m_db = nullptr;
    std::atomic<bool> m_stopped{false};
};

} // namespace pathak
