// `pathak export --epub`, run as the user would: what it prints, what it refuses.
#include "TestLibrary.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak::test;

namespace {

QString importedLibrary(const QTemporaryDir &dir)
{
    QString lib = dir.filePath(QStringLiteral("library.sqlite"));
    ProcessResult r = runPathak({QStringLiteral("--library"), lib, QStringLiteral("import"), dataDir()});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return lib;
}

} // namespace

TEST(EpubExportCommand, WritesTheBookAndSaysWhatIsInIt)
{
    QTemporaryDir dir;
    const QString lib = importedLibrary(dir);
    const QString epub = dir.filePath(QStringLiteral("digest.epub"));
    ProcessResult r =
        runPathak({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("1"),
                   QStringLiteral("2"), QStringLiteral("--epub"), epub, QStringLiteral("--embed-fonts")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(r.out),
              QStringLiteral("exported 2 articles, 0 images, 0 notes, 3 fonts to %1\n").arg(epub));
    QFile f(epub);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(58).endsWith(QByteArrayLiteral("mimetypeapplication/epub+zip")));
}

TEST(EpubExportCommand, RefusesWhatItCannotWrite)
{
    QTemporaryDir dir;
    const QString lib = importedLibrary(dir);
    const QString path = dir.filePath(QStringLiteral("out"));
    ProcessResult same =
        runPathak({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("1"),
                   QStringLiteral("--pdf"), path, QStringLiteral("--epub"), path});
    EXPECT_EQ(same.exitCode, 2);
    EXPECT_EQ(same.err,
              QStringLiteral("pathak: %1: --pdf and --epub name the same file\n").arg(path).toUtf8());
    EXPECT_FALSE(QFileInfo::exists(path));

    ProcessResult fontsAlone =
        runPathak({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("1"),
                   QStringLiteral("--pdf"), path, QStringLiteral("--embed-fonts")});
    EXPECT_EQ(fontsAlone.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(path));

    // A device is refused, not replaced; a folder too.
    ProcessResult device =
        runPathak({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("1"),
                   QStringLiteral("--epub"), QStringLiteral("/dev/null")});
    EXPECT_EQ(device.exitCode, 1);
    EXPECT_TRUE(device.err.contains("not a regular file")) << device.err.toStdString();
    EXPECT_TRUE(QFileInfo(QStringLiteral("/dev/null")).exists());
    ProcessResult folder = runPathak({QStringLiteral("--library"), lib, QStringLiteral("export"),
                                      QStringLiteral("1"), QStringLiteral("--epub"), dir.path()});
    EXPECT_EQ(folder.exitCode, 1);
    EXPECT_TRUE(QFileInfo(dir.path()).isDir());

    // An unknown id is reported; the others are still exported (exit 1).
    const QString epub = dir.filePath(QStringLiteral("some.epub"));
    ProcessResult unknown =
        runPathak({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("1"),
                   QStringLiteral("999"), QStringLiteral("--epub"), epub});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.startsWith("pathak: 999: ")) << unknown.err.toStdString();
    EXPECT_TRUE(QFileInfo(epub).isFile());
}
