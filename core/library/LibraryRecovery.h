#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QString>

struct sqlite3;

namespace pathak {

class LibraryDatabase;
class ReadStop;

// Keeps a damaged library file from being made worse, and gets the user
// back to a working library: checks a file before SQLite touches it, tells
// damage apart from other failures, keeps a rolling backup copy, and moves a
// damaged file aside (never deleting or overwriting it) for a fresh library
// or the backup to take its place.
class LibraryRecovery
{
public:
    // PRAGMA quick_check: reads every page, so it finds damage a query has
    // not met yet. Fails with the first problem SQLite reports. On a large
    // library it reads for seconds; stop (see ReadStop) ends it early, from
    // any thread, and it then fails saying it was stopped.
    static Status quickCheck(LibraryDatabase &db, ReadStop *stop = nullptr);

    // Whether opening path failed because the file is damaged (as opposed
    // to, say, a newer schema or a missing folder): checks the file without
    // writing to it. Fails with the reason when it is damaged.
    static Status diagnose(const QString &path);

    // The rolling backup: path + ".bak".
    static QString backupPath(const QString &path);
    static QDateTime backupTime(const QString &path);
    // Copies a healthy library to its backup if the backup is older than
    // maxAgeSeconds (or missing). Opens its own connection, so it may run on
    // any thread. The old backup is replaced only once the new one is whole.
    static Status refreshBackup(const QString &path, qint64 maxAgeSeconds);

    // Renames a damaged library (and its -wal and -shm files) to
    // path.damaged-YYYYMMDD-HHMMSS; returns the new name.
    static Result<QString> moveAside(const QString &path);
    // Moves the damaged file aside and puts a copy of the backup in its place.
    // Refused, with the file left as it is, when the library is not damaged
    // (there is nothing to restore, and what was added since the backup
    // would be moved aside) or when another process has it open (a reader,
    // an import that is writing): its writes would go to the moved file.
    // When a personal backup (PersonalBackup) is there too, it is laid over
    // the restored copy, which then has the annotations, marks, tags and
    // feeds of the day the personal backup was made; note says so.
    static Status restoreBackup(const QString &path, QString *note = nullptr);

    // The largest library read whole and copied whole every day. Above it
    // (at 1,000,000 articles a library is 15 GB: two minutes of disk and
    // half a core for the read, a 15 GB copy a day) a start reads only the
    // personal tables, and the day's backup is the personal one; the whole
    // read and the whole copy are made when asked (pathak check, pathak backup).
    static constexpr qint64 wholeFileLimit = qint64(1) << 30;
    static bool isReadWholeAtStart(const QString &path);

    // Fails, naming the reason, when another process has the library open:
    // SQLite's own locks on the file and its shared-memory index are tested,
    // without taking any.
    static Status checkNotInUse(const QString &path);
};

} // namespace pathak
