#include "base/SafeFileWriter.h"

#include "base/LocalFileReader.h"

#include <QSaveFile>

#include <cerrno>
#include <unistd.h>

namespace pathak {

Status SafeFileWriter::write(const QString &path, const QByteArray &bytes)
{
    if (const QString kind = LocalFileReader::nonRegularKind(path); !kind.isEmpty())
        return Status::failure(QStringLiteral("not a regular file (%1); not replaced").arg(kind));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(file.errorString());
    // QSaveFile buffers small writes and only writes them out in commit(),
    // where a failure (ENOSPC) is not remembered: the short file would still
    // replace the old one. So each step is checked here, before the commit.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return Status::failure(error);
    }
    // commit() ignores a failed fsync too; a file that is not on the disk
    // must not replace one that is.
    if (::fsync(file.handle()) != 0) {
        const QString error = qt_error_string(errno);
        file.cancelWriting();
        return Status::failure(error);
    }
    if (!file.commit())
        return Status::failure(file.errorString());
    return {};
}

} // namespace pathak
