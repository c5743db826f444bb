// A library whose schema another program changed (a trigger that deletes
// every article on the next annotation, a view, a changed index, a missing
// trigger) is refused when it is opened, before any of it can run, with
// its bytes untouched; `pathak check` says so too. The expected schema is
// what the migrations make.
#include "library/LibraryDatabase.h"
#include "SmallTmpfs.h"
#include "TestLibrary.h"

#include <QFile>

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace pathak;
using namespace pathak::test;

namespace {

// Changes a closed library with plain SQLite, as another program would.
void tamper(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

struct Tampering
{
    const char *sql;
    const char *what;
};

} // namespace

TEST(TamperedLibrary, ForeignSchemaIsRefusedUntouched)
{
    const Tampering cases[] = {
        {"CREATE TRIGGER wipe AFTER INSERT ON annotations BEGIN DELETE FROM articles; END;",
         "a trigger \"wipe\" that Pathak does not make"},
        {"CREATE VIEW everything AS SELECT * FROM articles;",
         "a view \"everything\" that Pathak does not make"},
        {"CREATE TABLE stash (x);", "a table \"stash\" that Pathak does not make"},
        {"DROP INDEX articles_saved_at; CREATE INDEX articles_saved_at ON articles (title);",
         "the index \"articles_saved_at\" is not as Pathak makes it"},
        {"DROP TRIGGER search_article_delete;", "the trigger \"search_article_delete\" is missing"},
    };
    for (const Tampering &t : cases) {
        SCOPED_TRACE(t.sql);
        TestLibrary lib;
        const qint64 id = addArticle(lib.store(), QStringLiteral("শিরোনাম\n\nপদ্মা সেতুতে রেকর্ড যান চলাচল।\n"));
        ASSERT_GT(id, 0);
        const QString path = lib.path();
        lib.close();
        tamper(path, t.sql);
        const QByteArray before = readAll(path);

        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
        ASSERT_FALSE(db.ok());
        const QString expected =
            QStringLiteral("the library's schema was changed by another program (%1); it was left untouched")
                .arg(QString::fromUtf8(t.what));
        EXPECT_EQ(db.error(), expected);
        EXPECT_EQ(readAll(path), before);

        const ProcessResult check = runPathak({QStringLiteral("--library"), path, QStringLiteral("check")});
        EXPECT_EQ(check.exitCode, 1);
        EXPECT_EQ(QString::fromUtf8(check.err), QStringLiteral("pathak: %1: %2\n").arg(path, expected));
        EXPECT_EQ(readAll(path), before);
    }
}

// An untouched library, reopened, passes: the comparison does not refuse
// what the migrations themselves made.
TEST(TamperedLibrary, UntouchedLibraryOpens)
{
    TestLibrary lib;
    ASSERT_GT(addArticle(lib.store(), QStringLiteral("শিরোনাম\n\nপদ্মা সেতুতে রেকর্ড যান চলাচল।\n")), 0);
    const QString path = lib.path();
    lib.close();
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), LibraryDatabase::latestSchemaVersion());
}

// A library on a disk that cannot be written is read: `list` works, and
// the file is not changed. (A read-only mount: root writes any folder.)
TEST(ReadOnlyLibrary, ReadingCommandsWorkWhereNothingCanBeWritten)
{
    SmallTmpfs disk(8 * 1024 * 1024);
    if (!disk.isMounted())
        GTEST_SKIP() << "mounting a tmpfs needs root";
    const QString path = disk.filePath(QStringLiteral("library.sqlite"));
    ProcessResult imported = runPathak({QStringLiteral("--library"), path, QStringLiteral("import"),
                                        dataFile(QStringLiteral("seed-lavrov-rubio.txt"))});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const ProcessResult before = runPathak({QStringLiteral("--library"), path, QStringLiteral("list")});
    ASSERT_EQ(before.exitCode, 0);
    const QByteArray bytes = readAll(path);
    ASSERT_TRUE(disk.makeReadOnly());

    const ProcessResult list = runPathak({QStringLiteral("--library"), path, QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.out, before.out);
    const ProcessResult show =
        runPathak({QStringLiteral("--library"), path, QStringLiteral("show"), QStringLiteral("1")});
    EXPECT_EQ(show.exitCode, 0) << show.err.toStdString();
    // A write says why it cannot, on one line.
    const ProcessResult write = runPathak({QStringLiteral("--library"), path, QStringLiteral("import"),
                                           dataFile(QStringLiteral("rain-with-comments.txt"))});
    EXPECT_EQ(write.exitCode, 1);
    EXPECT_EQ(write.err.count('\n'), 1) << write.err.toStdString();
    EXPECT_EQ(readAll(path), bytes);
}
