#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace pathak {

// Reads a whole local file that anyone may have made: only a regular file,
// and never more than a cap, whatever its size claims. /dev/zero says it is
// empty and never ends; a FIFO says nothing and blocks until a writer comes;
// a file may grow while it is read. Each is refused with one line instead.
class LocalFileReader
{
public:
    static Result<QByteArray> read(const QString &path, qint64 maxBytes);

    // What a path that is not a regular file is, for the messages: "a
    // folder", "a FIFO", "a device", "a socket"; empty for a regular file
    // or a path that does not exist.
    static QString nonRegularKind(const QString &path);

    // "20 MiB" for the messages about the cap.
    static QString sizeText(qint64 bytes);
};

} // namespace pathak
