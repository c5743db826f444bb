// Articles carrying terminal escapes and bidirectional controls, printed by
// list, show and search: what reaches the terminal is text, the stored
// article is unchanged.
#include "TestLibrary.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak::test;

namespace {

// ESC sequences that retitle the window, clear the screen and colour text;
// BEL; a backspace; a right-to-left override that reverses what follows.
const QByteArray kHostile =
    "\xe0\xa6\xb6\xe0\xa6\xbf\xe0\xa6\xb0\xe0\xa7\x8b\xe0\xa6\xa8\xe0\xa6\xbe\xe0\xa6\xae "
    "\x1b]0;owned\x07 \x1b[2J\xe2\x80\xae"
    "exe.txt\x08\n\n"
    "\xe0\xa6\xaa\xe0\xa7\x8d\xe0\xa6\xb0\xe0\xa6\xa5\xe0\xa6\xae "
    "\x1b[31m\xe0\xa6\xb2\xe0\xa6\xbe\xe0\xa6\xb2\x1b[0m \xe0\xa6\xb2\xe0\xa7\x87\xe0\xa6\x96"
    "\xe0\xa6\xbe\xe0\xa5\xa4\n";

void expectPrintable(const QByteArray &out)
{
    for (const char *bad : {"\x1b", "\x07", "\x08", "\xe2\x80\xae"})
        EXPECT_FALSE(out.contains(bad)) << out.toStdString();
    EXPECT_TRUE(out.contains("\xef\xbf\xbd")) << out.toStdString(); // U+FFFD where they were
}

} // namespace

TEST(TerminalOutput, EscapesAndBidiControlsAreNotPrinted)
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib.sqlite"));
    const QString file = dir.filePath(QStringLiteral("escapes.txt"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_EQ(f.write(kHostile), kHostile.size());
    }
    const QStringList l{QStringLiteral("--library"), lib};
    ProcessResult imported = runPathak(l + QStringList{QStringLiteral("import"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    ProcessResult list = runPathak(l + QStringList{QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0);
    expectPrintable(list.out);
    EXPECT_EQ(list.out.count('\n'), 1); // one article, one line
    ProcessResult show = runPathak(l + QStringList{QStringLiteral("show"), QStringLiteral("1")});
    EXPECT_EQ(show.exitCode, 0);
    expectPrintable(show.out);
    ProcessResult search =
        runPathak(l + QStringList{QStringLiteral("search"),
                                  QString::fromUtf8("\xe0\xa6\xb2\xe0\xa7\x87\xe0\xa6\x96\xe0\xa6\xbe")});
    EXPECT_EQ(search.exitCode, 0) << search.err.toStdString();
    expectPrintable(search.out);
    EXPECT_TRUE(search.out.startsWith("1\t")) << search.out.toStdString();
    ProcessResult parse = runPathak({QStringLiteral("parse"), file});
    expectPrintable(parse.out);

    // Stored as it came: the JSON output (escaped by JSON) still has them.
    ProcessResult json =
        runPathak(l + QStringList{QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
    EXPECT_TRUE(json.out.contains("\\u001b]0;owned\\u0007")) << json.out.toStdString();
}
