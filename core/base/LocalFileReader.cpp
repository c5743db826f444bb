#include "base/LocalFileReader.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pathak {

namespace {

QString kindOf(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return QStringLiteral("a folder");
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    return QStringLiteral("not a file");
}

QString notRegular(const QString &kind)
{
    return QStringLiteral("not a regular file (%1)").arg(kind);
}

// Closes the descriptor on every way out.
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

QString LocalFileReader::sizeText(qint64 bytes)
{
    constexpr qint64 mebibyte = qint64(1024) * 1024;
    if (bytes >= mebibyte && bytes % mebibyte == 0)
        return QStringLiteral("%1 MiB").arg(bytes / mebibyte);
    return QStringLiteral("%1 bytes").arg(bytes);
}

QString LocalFileReader::nonRegularKind(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return kindOf(info.st_mode);
}

Result<QByteArray> LocalFileReader::read(const QString &path, qint64 maxBytes)
{
    using R = Result<QByteArray>;
    const QByteArray native = QFile::encodeName(path);
    // The type is checked before the file is opened (opening some devices
    // does something) and again on what was opened (the path may have been
    // replaced in between). O_NONBLOCK: opening a FIFO does not wait.
    struct stat info = {};
    if (::stat(native.constData(), &info) != 0)
        return R::failure(qt_error_string(errno));
    if (!S_ISREG(info.st_mode))
        return R::failure(notRegular(kindOf(info.st_mode)));
    const FileDescriptor fd(::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (fd.get() < 0)
        return R::failure(qt_error_string(errno));
    if (::fstat(fd.get(), &info) != 0)
        return R::failure(qt_error_string(errno));
    if (!S_ISREG(info.st_mode))
        return R::failure(notRegular(kindOf(info.st_mode)));
    const QString tooLarge = QStringLiteral("file is larger than %1").arg(sizeText(maxBytes));
    if (info.st_size > maxBytes)
        return R::failure(tooLarge);

    // The buffer is sized by what the file claims (a buffer of the cap for
    // every small file would be kept with it); reading stops one byte past
    // the cap whatever it claimed.
    QByteArray bytes;
    bytes.resize(qsizetype(info.st_size) + 1);
    qint64 used = 0;
    for (;;) {
        if (used == bytes.size()) {
            if (used > maxBytes)
                return R::failure(tooLarge);
            bytes.resize(qsizetype(std::min(maxBytes + 1, std::max<qint64>(used * 2, qint64(64) * 1024))));
        }
        const ssize_t n = ::read(fd.get(), bytes.data() + used, size_t(bytes.size() - used));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return R::failure(qt_error_string(errno));
        if (n == 0)
            break;
        used += n;
    }
    if (used > maxBytes)
        return R::failure(tooLarge);
    bytes.resize(qsizetype(used));
    return bytes;
}

} // namespace pathak
