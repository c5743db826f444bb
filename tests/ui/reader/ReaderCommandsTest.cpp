#include "TestLibrary.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak::test;

TEST(ReaderCommands, ShapingPrintsOneGlyphListPerBlock)
{
    const ProcessResult r =
        runPathak({QStringLiteral("shaping"), dataFile(QStringLiteral("rain-with-comments.txt"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QRegularExpression form(QStringLiteral("^[a-z-]+( \\d+)?\\t\\[\\d+(\\|\\d+)*\\]$"));
    ASSERT_GE(lines.size(), 8);
    for (const QString &line : lines) {
        EXPECT_TRUE(form.match(line).hasMatch()) << line.toStdString();
        EXPECT_FALSE(line.contains(QStringLiteral("[0|")) || line.contains(QStringLiteral("|0|")) ||
                     line.contains(QStringLiteral("|0]")))
            << line.toStdString();
    }
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("title\t")));
    EXPECT_EQ(lines.filter(QRegularExpression(QStringLiteral("^comment \\d+\\t"))).size(), 3);
}

TEST(ReaderCommands, ShapingByIdMatchesShapingTheFile)
{
    TestLibrary lib;
    const QString file = dataFile(QStringLiteral("seed-lavrov-rubio.txt"));
    lib.close();
    ASSERT_EQ(runPathak({QStringLiteral("--library"), lib.path(), QStringLiteral("import"), file}).exitCode,
              0);
    const ProcessResult byId =
        runPathak({QStringLiteral("--library"), lib.path(), QStringLiteral("shaping"), QStringLiteral("1")});
    const ProcessResult byFile = runPathak({QStringLiteral("shaping"), file});
    ASSERT_EQ(byId.exitCode, 0) << byId.err.toStdString();
    EXPECT_EQ(byId.out, byFile.out);
    const ProcessResult missing =
        runPathak({QStringLiteral("--library"), lib.path(), QStringLiteral("shaping"), QStringLiteral("99")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("pathak: 99: ")) << missing.err.toStdString();
}

TEST(ReaderCommands, ScreenshotWritesAPngOfTheWindow)
{
    TestLibrary lib;
    lib.close();
    ASSERT_EQ(
        runPathak({QStringLiteral("--library"), lib.path(), QStringLiteral("import"), dataDir()}).exitCode,
        0);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("shot.png"));
    const ProcessResult r =
        runPathak({QStringLiteral("--library"), lib.path(), QStringLiteral("screenshot"), out,
                   QStringLiteral("--article"), QStringLiteral("2"), QStringLiteral("--theme"),
                   QStringLiteral("dark"), QStringLiteral("--size"), QStringLiteral("1000x700")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(out);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1000, 700));
    // The dark theme paints the reading pane (the middle of the window, between
    // the list and the annotation panel) dark: mostly dark pixels there.
    int dark = 0, all = 0;
    for (int y = image.height() / 2; y < image.height() - 60; y += 3) {
        for (int x = image.width() * 45 / 100; x < image.width() * 70 / 100; x += 3, ++all)
            dark += qGray(image.pixel(x, y)) < 80 ? 1 : 0;
    }
    EXPECT_GT(dark, all * 7 / 10);

    EXPECT_EQ(runPathak({QStringLiteral("--library"), lib.path(), QStringLiteral("screenshot"), out,
                         QStringLiteral("--theme"), QStringLiteral("purple")})
                  .exitCode,
              2);
    EXPECT_EQ(runPathak({QStringLiteral("--library"), lib.path(), QStringLiteral("screenshot"), out,
                         QStringLiteral("--article"), QStringLiteral("42")})
                  .exitCode,
              1);
}
