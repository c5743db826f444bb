#pragma once

#include "base/Result.h"

#include <QString>

struct sqlite3;

namespace pathak {

// The checks a library file gets before SQLite touches it, so that a
// damaged file is never made worse by opening it.
class LibraryFile
{
public:
    // Before opening: creates a missing library file whole (so a crash
    // while creating never leaves an empty file behind), and refuses an
    // existing file that is empty or not SQLite at all.
    static Status prepare(const QString &path);
    // The checks that need no SQLite: an existing file must at least look
    // like an SQLite database of the size its header claims.
    static Status checkHeader(const QString &path);

    // While a file is being checked, closing it must not write to it:
    // SQLite checkpoints the WAL into the main file when the last connection
    // closes.
    static void setCheckpointOnClose(sqlite3 *db, bool enabled);
};

} // namespace pathak
