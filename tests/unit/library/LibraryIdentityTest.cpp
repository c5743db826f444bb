// Only Pathak's own libraries are opened and written: another program's
// SQLite file (by its application id or its tables) and a library from a
// newer Pathak are refused with their bytes untouched.
#include "library/LibraryDatabase.h"
#include "TestLibrary.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace pathak;
using namespace pathak::test;

namespace {

// Makes an SQLite file with plain SQLite, as another program would.
void makeDatabase(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

qint64 applicationIdOf(const QString &path)
{
    sqlite3 *db = nullptr;
    EXPECT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &st, nullptr);
    const qint64 id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return id;
}

} // namespace

TEST(LibraryIdentity, AnotherProgramsDatabaseIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString foreignVersion = dir.filePath(QStringLiteral("versioned.sqlite"));
    makeDatabase(foreignVersion, "CREATE TABLE notes (x); PRAGMA user_version = 3;");
    const QString foreignId = dir.filePath(QStringLiteral("marked.sqlite"));
    makeDatabase(foreignId, "PRAGMA application_id = 42;");
    for (const QString &path : {foreignVersion, foreignId}) {
        const QByteArray before = readAll(path);
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
        ASSERT_FALSE(db) << path.toStdString();
        EXPECT_EQ(db.error().toStdString(),
                  "not a Pathak library: an SQLite database of another program; it was left untouched");
        EXPECT_EQ(readAll(path), before);
        EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
}

TEST(LibraryIdentity, NewerLibraryIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
        ASSERT_TRUE(db) << db.error().toStdString();
    }
    // A newer Pathak's library, in rollback-journal mode so that switching
    // to WAL would show in its header.
    makeDatabase(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
    const QByteArray before = readAll(path);
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.error().startsWith(QStringLiteral("library was written by a newer Pathak (schema 99;")))
        << db.error().toStdString();
    EXPECT_EQ(readAll(path), before);
}

TEST(LibraryIdentity, LibrariesCarryPathaksApplicationId)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
        ASSERT_TRUE(db) << db.error().toStdString();
    }
    EXPECT_EQ(applicationIdOf(path), LibraryDatabase::applicationId);
    // A library from before the id is adopted.
    makeDatabase(path, "PRAGMA application_id = 0;");
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
        ASSERT_TRUE(db) << db.error().toStdString();
    }
    EXPECT_EQ(applicationIdOf(path), LibraryDatabase::applicationId);
}
