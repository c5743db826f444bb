#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace pathak {

// Writes a whole file or nothing: the bytes go to a temporary file beside
// the target, which replaces it only when every write, the flush to disk and
// the rename succeeded. On any failure the old file is left as it was and
// the message says why (a full disk, no permission).
//
// Only a regular file or a new path is written: a FIFO, a device node, a
// socket or a folder at the path is refused, not replaced (as root,
// replacing /dev/null would break the system).
class SafeFileWriter
{
public:
    static Status write(const QString &path, const QByteArray &bytes);
};

} // namespace pathak
