// Files nobody should hand to a reader, given to the pathak executable as a
// user would: endless devices, FIFOs, links to them, a full disk. Each is
// refused with one line, at once, and nothing stored or on disk changes.
#include "SmallTmpfs.h"
#include "TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

using namespace pathak::test;

namespace {

class HostileFiles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_lib = m_dir.filePath(QStringLiteral("lib.sqlite"));
        ProcessResult r = run({QStringLiteral("import"), dataFile(QStringLiteral("seed-lavrov-rubio.txt"))});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        m_listed = run({QStringLiteral("list")}).out;
    }
    ProcessResult run(QStringList args)
    {
        args.prepend(m_lib);
        args.prepend(QStringLiteral("--library"));
        return runPathak(args);
    }
    QString fifo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        EXPECT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        return path;
    }
    void expectLibraryUnchanged()
    {
        EXPECT_EQ(run({QStringLiteral("list")}).out, m_listed);
        ProcessResult notes = run({QStringLiteral("annotations"), QStringLiteral("1")});
        EXPECT_TRUE(notes.out.contains("\"total\": 0,")) << notes.out.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_lib;
    QByteArray m_listed;
};

bool isFifo(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

} // namespace

// /dev/zero claims to be empty and never ends; a FIFO blocks the reader
// until a writer comes. Both are refused by their type, named on their own
// or found in a folder (a link named like an article).
TEST_F(HostileFiles, ImportRefusesEndlessAndNonRegularFiles)
{
    ProcessResult zero = run({QStringLiteral("import"), QStringLiteral("/dev/zero")});
    EXPECT_EQ(zero.exitCode, 1);
    EXPECT_EQ(zero.err, QByteArray("pathak: /dev/zero: not a regular file (a device)\n"));

    const QString pipe = fifo(QStringLiteral("pipe.txt"));
    ProcessResult fromFifo = run({QStringLiteral("import"), pipe});
    EXPECT_EQ(fromFifo.exitCode, 1);
    EXPECT_EQ(fromFifo.err, QStringLiteral("pathak: %1: not a regular file (a FIFO)\n").arg(pipe).toUtf8());

    const QString folder = m_dir.filePath(QStringLiteral("folder"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), folder + QStringLiteral("/zero.html")));
    ASSERT_EQ(::mkfifo(QFile::encodeName(folder + QStringLiteral("/pipe.txt")).constData(), 0600), 0);
    ProcessResult fromFolder = run({QStringLiteral("import"), folder});
    EXPECT_EQ(fromFolder.exitCode, 1);
    EXPECT_EQ(fromFolder.out, QByteArray("imported 0, duplicates 0, failed 2\n"));
    // The link points outside the folder, so it is not even opened.
    EXPECT_EQ(fromFolder.err,
              QStringLiteral(
                  "pathak: %1/zero.html: not followed: a link to /dev/zero, outside the imported folder\n"
                  "pathak: %1/pipe.txt: not a regular file (a FIFO)\n")
                  .arg(folder)
                  .toUtf8());
    expectLibraryUnchanged();
}

// A folder import reads what is in the folder: a link to a file or folder
// outside it (/etc/passwd named like an article) is reported and not
// followed; a name that is not UTF-8 and a folder that cannot be read are
// reported, not skipped without a word. A link inside the folder is read.
TEST_F(HostileFiles, FolderImportDoesNotLeaveTheFolder)
{
    const QString folder = m_dir.filePath(QStringLiteral("articles"));
    const QString outside = m_dir.filePath(QStringLiteral("outside"));
    ASSERT_TRUE(QDir().mkpath(folder + QStringLiteral("/inner")));
    ASSERT_TRUE(QDir().mkpath(outside));
    ASSERT_TRUE(QFile::copy(dataFile(QStringLiteral("rain-with-comments.txt")),
                            outside + QStringLiteral("/secret.txt")));
    ASSERT_TRUE(QFile::copy(dataFile(QStringLiteral("cricket-crlf-bom.txt")),
                            folder + QStringLiteral("/inner/real.txt")));
    ASSERT_TRUE(QFile::link(QStringLiteral("/etc/passwd"), folder + QStringLiteral("/passwd.txt")));
    ASSERT_TRUE(QFile::link(outside, folder + QStringLiteral("/elsewhere")));
    ASSERT_TRUE(
        QFile::link(outside + QStringLiteral("/secret.txt"), folder + QStringLiteral("/inner/secret.txt")));
    ASSERT_TRUE(
        QFile::link(folder + QStringLiteral("/inner/real.txt"), folder + QStringLiteral("/alias.txt")));
    // A Latin-1 name: not UTF-8.
    const QByteArray badName = QFile::encodeName(folder) + "/caf\xe9.txt";
    {
        QFile bad;
        ASSERT_TRUE(
            bad.open(::fopen(badName.constData(), "w"), QIODevice::WriteOnly, QFileDevice::AutoCloseHandle));
        bad.write("শিরোনাম\n\nএকটি অনুচ্ছেদ।\n");
    }

    ProcessResult r = run({QStringLiteral("import"), folder});
    EXPECT_EQ(r.exitCode, 1);
    // The link inside the folder is the same article as the file: a duplicate.
    EXPECT_EQ(r.out, QByteArray("imported 1, duplicates 1, failed 4\n"));
    const QString err = QString::fromUtf8(r.err);
    EXPECT_TRUE(
        err.contains(QStringLiteral("pathak: %1/passwd.txt: not followed: a link to /etc/passwd, outside "
                                    "the imported folder\n")
                         .arg(folder)))
        << r.err.toStdString();
    EXPECT_TRUE(
        err.contains(QStringLiteral("pathak: %1/elsewhere: not followed: a link to %2, outside the imported "
                                    "folder\n")
                         .arg(folder, outside)))
        << r.err.toStdString();
    EXPECT_TRUE(
        err.contains(QStringLiteral("pathak: %1/inner/secret.txt: not followed: a link to %2/secret.txt, "
                                    "outside the imported folder\n")
                         .arg(folder, outside)))
        << r.err.toStdString();
    EXPECT_TRUE(
        err.contains(QStringLiteral(": the name is not UTF-8, so the file cannot be opened; rename it to "
                                    "import it\n")))
        << r.err.toStdString();
    EXPECT_EQ(err.count(QLatin1Char('\n')), 4);
    EXPECT_FALSE(err.contains(QStringLiteral("root:")));
    ::unlink(badName.constData()); // the temporary folder cannot remove what Qt cannot list

    // Unreadable folders (root reads every folder, so only as another user).
    if (::geteuid() != 0) {
        const QString locked = folder + QStringLiteral("/locked");
        ASSERT_TRUE(QDir().mkpath(locked));
        ASSERT_TRUE(QFile::setPermissions(locked, QFileDevice::Permissions()));
        ProcessResult again = run({QStringLiteral("import"), folder});
        QFile::setPermissions(locked,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        EXPECT_TRUE(QString::fromUtf8(again.err).contains(
            QStringLiteral(
                "pathak: %1: cannot read this folder (permission denied); its files were not imported\n")
                .arg(locked)))
            << again.err.toStdString();
    }
}

TEST_F(HostileFiles, AnnotationAndFeedImportsRefuseEndlessFiles)
{
    ProcessResult zero = run({QStringLiteral("annotations"), QStringLiteral("1"), QStringLiteral("--import"),
                              QStringLiteral("/dev/zero")});
    EXPECT_EQ(zero.exitCode, 1);
    EXPECT_EQ(zero.err, QByteArray("pathak: /dev/zero: not a regular file (a device)\n"));

    const QString pipe = fifo(QStringLiteral("feeds.opml"));
    ProcessResult opml = run({QStringLiteral("feed"), QStringLiteral("import-opml"), pipe});
    EXPECT_EQ(opml.exitCode, 1);
    EXPECT_EQ(opml.err, QStringLiteral("pathak: %1: not a regular file (a FIFO)\n").arg(pipe).toUtf8());

    // Past the cap: refused unread, whatever the file is.
    const QString big = m_dir.filePath(QStringLiteral("big.json"));
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(qint64(16) * 1024 * 1024 + 1));
    }
    ProcessResult tooBig =
        run({QStringLiteral("annotations"), QStringLiteral("1"), QStringLiteral("--import"), big});
    EXPECT_EQ(tooBig.exitCode, 1);
    EXPECT_EQ(tooBig.err, QStringLiteral("pathak: %1: file is larger than 16 MiB\n").arg(big).toUtf8());
    expectLibraryUnchanged();
}

// An export onto a FIFO is refused and the FIFO stays a FIFO.
TEST_F(HostileFiles, ExportRefusesWhatIsNotARegularFile)
{
    for (const QString &option : {QStringLiteral("--pdf"), QStringLiteral("--markdown")}) {
        const QString pipe = fifo(QStringLiteral("out") + option);
        ProcessResult r = run({QStringLiteral("export"), QStringLiteral("1"), option, pipe});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_EQ(
            r.err,
            QStringLiteral("pathak: %1: not a regular file (a FIFO); not replaced\n").arg(pipe).toUtf8());
        EXPECT_TRUE(isFifo(pipe));
    }
    ProcessResult opml = run({QStringLiteral("feed"), QStringLiteral("export-opml"), m_dir.path()});
    EXPECT_EQ(opml.exitCode, 1);
    EXPECT_EQ(opml.err, QStringLiteral("pathak: %1: not a regular file (a folder); not replaced\n")
                            .arg(m_dir.path())
                            .toUtf8());
}

// On a full disk each writer fails with the reason, exits 1 and leaves the
// old file as it was.
TEST_F(HostileFiles, ExportOntoAFullDiskKeepsTheOldFile)
{
    SmallTmpfs disk(64 * 1024);
    if (!disk.isMounted())
        GTEST_SKIP() << "mounting a tmpfs needs root";
    const QStringList targets{disk.filePath(QStringLiteral("a.md")), disk.filePath(QStringLiteral("a.pdf")),
                              disk.filePath(QStringLiteral("feeds.opml"))};
    for (const QString &t : targets) {
        QFile f(t);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_EQ(f.write("old"), 3);
    }
    disk.fill();
    const QList<QStringList> commands{
        {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--markdown"), targets[0]},
        {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--pdf"), targets[1]},
        {QStringLiteral("feed"), QStringLiteral("export-opml"), targets[2]}};
    for (qsizetype i = 0; i < commands.size(); ++i) {
        ProcessResult r = run(commands[i]);
        EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
        EXPECT_EQ(r.err, QStringLiteral("pathak: %1: No space left on device\n").arg(targets[i]).toUtf8());
        EXPECT_EQ(contents(targets[i]), QByteArray("old"));
    }
    EXPECT_EQ(QDir(QFileInfo(targets[0]).path()).entryList(QDir::Files),
              (QStringList{QStringLiteral("a.md"), QStringLiteral("a.pdf"), QStringLiteral("feeds.opml"),
                           QStringLiteral("filler")}));
}

// A UTF-16 file is named as such (its byte order mark), not by its first
// NUL byte; nothing is stored.
TEST_F(HostileFiles, Utf16FileIsNamedAsSuch)
{
    const QString path = m_dir.filePath(QStringLiteral("utf16.txt"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        const QByteArray bytes("\xFF\xFE"
                               "a\0b\0",
                               6);
        ASSERT_EQ(f.write(bytes), bytes.size());
    }
    ProcessResult r = run({QStringLiteral("import"), path});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, QStringLiteral("pathak: %1: UTF-16 text (a byte order mark at the start); only UTF-8 is "
                                    "read: save the file as UTF-8\n")
                         .arg(path)
                         .toUtf8());
    expectLibraryUnchanged();
}

// --pdf and --markdown onto one file: refused, not one silently overwriting
// the other.
TEST_F(HostileFiles, ExportRefusesOneFileForBothFormats)
{
    const QString path = m_dir.filePath(QStringLiteral("out"));
    const QString spelledOtherwise = m_dir.path() + QStringLiteral("/./out");
    ProcessResult same = run({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--pdf"), path,
                              QStringLiteral("--markdown"), spelledOtherwise});
    EXPECT_EQ(same.exitCode, 2);
    EXPECT_EQ(same.err, QStringLiteral("pathak: %1: --pdf and --markdown name the same file\n")
                            .arg(spelledOtherwise)
                            .toUtf8());
    EXPECT_FALSE(QFileInfo::exists(path));
}
