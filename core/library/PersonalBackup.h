#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QString>

namespace pathak {

class LibraryDatabase;

// The part of a library only its user could make again: annotations and
// their reviews, tags, read, favourite and archive marks, reading positions
// and feeds. It is small (megabytes at a million articles) beside the
// articles and their original files (gigabytes), which can be imported
// again, so it is backed up every day into a file of its own — path +
// ".personal.bak", a small SQLite file — while the whole library is copied
// only when it is small or when asked (LibraryRecovery::refreshBackup).
//
// Articles are named in it by their body hash (LibraryStore::bodyHash), not
// by id, so it can be laid over any copy of the library: the whole backup
// of last month, once the damaged file has been moved aside, gets today's
// annotations and marks on every article it holds.
class PersonalBackup
{
public:
    static QString path(const QString &libraryPath);
    static QDateTime time(const QString &libraryPath);

    // Writes the personal part of the library at libraryPath if its backup
    // is older than maxAgeSeconds (or missing). Opens its own connection,
    // so it may run on any thread. The old file is replaced only once the
    // new one is whole. The tables it reads are checked first (a damaged
    // library never replaces a good backup).
    static Status refresh(const QString &libraryPath, qint64 maxAgeSeconds);
    // Reads the pages of the personal tables and their indexes only (PRAGMA
    // quick_check of each table): what a start-up checks of a library too
    // large to read whole each time. Fails saying the file is damaged.
    static Status check(LibraryDatabase &db);

    struct Restored
    {
        int annotations = 0;
        int annotationsLeftOut = 0; // their article is not in the library
        int articlesMarked = 0;     // read, favourite or archived
        int tags = 0;
        int feeds = 0;
    };
    // Replaces the personal part of db with the backup's (in one
    // transaction: all of it or nothing), on the articles db holds.
    static Result<Restored> restoreInto(LibraryDatabase &db, const QString &backupFile);
};

} // namespace pathak
