// `pathak export`, run as the user would.
#include "PdfTools.h"
#include "TestLibrary.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak::test;

namespace {

// A library with the corpus imported through the command line; returns its path.
QString importedLibrary(const QTemporaryDir &dir)
{
    const QString lib = dir.filePath(QStringLiteral("library.sqlite"));
    ProcessResult r = runPathak({QStringLiteral("--library"), lib, QStringLiteral("import"), dataDir()});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return lib;
}

} // namespace

TEST(ExportCommand, PdfAndMarkdown)
{
    QTemporaryDir dir;
    const QString lib = importedLibrary(dir);
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    ProcessResult r =
        runPathak({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("1"),
                   QStringLiteral("2"), QStringLiteral("--pdf"), pdf, QStringLiteral("--paper"),
                   QStringLiteral("letter"), QStringLiteral("--font"), QStringLiteral("Noto Sans Bengali"),
                   QStringLiteral("--size"), QStringLiteral("12"), QStringLiteral("--comments")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).startsWith(QStringLiteral("exported 2 articles, ")));
    const QMap<QString, QString> info = pdfInfo(pdf);
    EXPECT_TRUE(info.value(QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")));
    bool sans = false;
    const QMap<QString, bool> fonts = pdfFonts(pdf);
    for (auto it = fonts.begin(); it != fonts.end(); ++it)
        sans |= it.key().contains(QStringLiteral("NotoSansBengali"));
    EXPECT_TRUE(sans);

    const QString md = dir.filePath(QStringLiteral("out.md"));
    r = runPathak({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("3"),
                   QStringLiteral("--markdown"), md});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(readAll(md)).startsWith(QStringLiteral("# ")));
}

TEST(ExportCommand, UsageErrorsExitTwo)
{
    QTemporaryDir dir;
    const QString lib = importedLibrary(dir);
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const QString l = QStringLiteral("--library");
    const QString e = QStringLiteral("export");
    EXPECT_EQ(runPathak({l, lib, e, QStringLiteral("--pdf"), pdf}).exitCode, 2);
    EXPECT_EQ(runPathak({l, lib, e, QStringLiteral("1")}).exitCode, 2);
    EXPECT_EQ(runPathak({l, lib, e, QStringLiteral("x"), QStringLiteral("--pdf"), pdf}).exitCode, 2);
    EXPECT_EQ(runPathak({l, lib, e, QStringLiteral("1"), QStringLiteral("--pdf"), pdf,
                         QStringLiteral("--paper"), QStringLiteral("a5")})
                  .exitCode,
              2);
    EXPECT_EQ(runPathak({l, lib, e, QStringLiteral("1"), QStringLiteral("--pdf"), pdf,
                         QStringLiteral("--size"), QStringLiteral("big")})
                  .exitCode,
              2);
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST(ExportCommand, BadInputExitsOneAndWritesNothing)
{
    QTemporaryDir dir;
    const QString lib = importedLibrary(dir);
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    ProcessResult r = runPathak({QStringLiteral("--library"), lib, QStringLiteral("export"),
                                 QStringLiteral("999"), QStringLiteral("--pdf"), pdf});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(r.err).startsWith(QStringLiteral("pathak: 999: ")));
    EXPECT_FALSE(QFileInfo::exists(pdf));

    r = runPathak({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("1"),
                   QStringLiteral("--pdf"), pdf, QStringLiteral("--font"), QStringLiteral("No Such Family")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(r.err).contains(QStringLiteral("No Such Family")));
    EXPECT_FALSE(QFileInfo::exists(pdf));

    // One unknown id among good ones: the others are still exported.
    r = runPathak({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("1"),
                   QStringLiteral("999"), QStringLiteral("--pdf"), pdf});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(QFileInfo::exists(pdf));
}
