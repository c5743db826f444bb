// Reading and writing local files that anyone may have made: endless
// devices, FIFOs, files past the cap, a full disk.
#include "SmallTmpfs.h"

#include "base/LocalFileReader.h"
#include "base/SafeFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace pathak;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

void writeContents(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

bool isFifo(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

} // namespace

TEST(LocalFileReader, ReadsARegularFileWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    const QByteArray bytes(100000, 'a');
    writeContents(path, bytes);
    Result<QByteArray> r = LocalFileReader::read(path, 100000);
    ASSERT_TRUE(r) << r.error().toStdString();
    EXPECT_EQ(r.value(), bytes);
}

TEST(LocalFileReader, RefusesAFileOverTheCap)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    writeContents(path, QByteArray(1025, 'a'));
    Result<QByteArray> r = LocalFileReader::read(path, 1024);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), QStringLiteral("file is larger than 1024 bytes"));
}

// /dev/zero claims to be empty and never ends: refused as a device before
// one byte is read, however it is reached.
TEST(LocalFileReader, RefusesAnEndlessDeviceAndALinkToIt)
{
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("zero.txt"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), link));
    for (const QString &path : {QStringLiteral("/dev/zero"), link}) {
        Result<QByteArray> r = LocalFileReader::read(path, qint64(20) * 1024 * 1024);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error(), QStringLiteral("not a regular file (a device)"));
    }
}

// Opening a FIFO for reading would wait for a writer that never comes; it is
// refused by its type, and this test returning at all is the check.
TEST(LocalFileReader, RefusesAFifoWithoutWaiting)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.html"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    Result<QByteArray> r = LocalFileReader::read(fifo, 1024);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), QStringLiteral("not a regular file (a FIFO)"));
    Result<QByteArray> folder = LocalFileReader::read(dir.path(), 1024);
    ASSERT_FALSE(folder);
    EXPECT_EQ(folder.error(), QStringLiteral("not a regular file (a folder)"));
}

TEST(SafeFileWriter, ReplacesARegularFileAndWritesANewOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.md"));
    ASSERT_TRUE(SafeFileWriter::write(path, "first"));
    ASSERT_TRUE(SafeFileWriter::write(path, "second"));
    EXPECT_EQ(contents(path), QByteArray("second"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.md")});
}

// A FIFO or a device at the path is refused and stays what it was: the
// export does not put a regular file in its place.
TEST(SafeFileWriter, RefusesAFifoOrADeviceAndLeavesItAlone)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("out.pdf"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    Status s = SafeFileWriter::write(fifo, "x");
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error(), QStringLiteral("not a regular file (a FIFO); not replaced"));
    EXPECT_TRUE(isFifo(fifo));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("out.pdf")});

    // A device node of its own (as root, replacing /dev/null would break
    // the system); mknod needs root, so without it only the FIFO is tried.
    const QString device = dir.filePath(QStringLiteral("null.md"));
    if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 3)) == 0) {
        Status refused = SafeFileWriter::write(device, "x");
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error(), QStringLiteral("not a regular file (a device); not replaced"));
        EXPECT_FALSE(QFileInfo(device).isFile());
    }
}

// On a full disk the write fails and the old file keeps its bytes; no
// temporary file is left behind. Small writes are where QSaveFile alone
// loses the error (they are buffered until commit).
TEST(SafeFileWriter, FullDiskKeepsTheOldFile)
{
    pathak::test::SmallTmpfs disk(64 * 1024);
    if (!disk.isMounted())
        GTEST_SKIP() << "mounting a tmpfs needs root";
    const QString path = disk.filePath(QStringLiteral("notes.md"));
    writeContents(path, "the old notes\n");
    disk.fill();
    for (const QByteArray &bytes : {QByteArray("small"), QByteArray(200 * 1024, 'x')}) {
        Status s = SafeFileWriter::write(path, bytes);
        ASSERT_FALSE(s);
        EXPECT_EQ(s.error(), QStringLiteral("No space left on device"));
        EXPECT_EQ(contents(path), QByteArray("the old notes\n"));
        EXPECT_EQ(QDir(QFileInfo(path).path()).entryList(QDir::Files),
                  (QStringList{QStringLiteral("filler"), QStringLiteral("notes.md")}));
    }
}
