// Damaged library files: every command says clearly what is wrong (exit 1,
// `pathak: FILE: reason`), nothing crashes, and the damaged file is never
// written to. The backup brings the articles back; the damaged file is kept.
#include "library/LibraryDatabase.h"

#include "library/LibraryRecovery.h"
#include "library/LibraryStore.h"
#include "library/sqlite/LibraryFile.h"
#include "library/sqlite/ReadStop.h"
#include "ReliabilityHelpers.h"
#include "TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <chrono>
#include <thread>

using namespace pathak;
using namespace pathak::test;

namespace {

struct Damage
{
    const char *name;
    QByteArray (*apply)(const QByteArray &good);
    const char *reason; // the start of the message every command prints
};

const Damage damages[] = {
    {"truncated to half", [](const QByteArray &g) -> QByteArray { return g.left(g.size() / 2); },
     "library file is damaged: it is cut short"},
    {"truncated inside a page", [](const QByteArray &g) -> QByteArray { return g.left(g.size() / 2 + 123); },
     "library file is damaged: it is cut short"},
    {"truncated to its first page", [](const QByteArray &g) -> QByteArray { return g.left(4096); },
     "library file is damaged: it is cut short"},
    {"truncated inside the header", [](const QByteArray &g) -> QByteArray { return g.left(50); },
     "not a Pathak library: not an SQLite database"},
    {"header overwritten",
     [](const QByteArray &g) -> QByteArray { return QByteArray(100, '\x5a') + g.mid(100); },
     "not a Pathak library: not an SQLite database"},
    {"magic zeroed", [](const QByteArray &g) -> QByteArray { return QByteArray(16, '\0') + g.mid(16); },
     "not a Pathak library: not an SQLite database"},
    {"page size overwritten",
     [](const QByteArray &g) -> QByteArray { return g.left(16) + QByteArray("\x03\x00", 2) + g.mid(18); },
     "library file is damaged (its header names no valid page size)"},
    {"not SQLite at all",
     [](const QByteArray &) -> QByteArray {
         return QStringLiteral("এটি একটি লেখা, লাইব্রেরি নয়।\n").toUtf8().repeated(50);
     },
     "not a Pathak library: not an SQLite database"},
    {"zero-length", [](const QByteArray &) -> QByteArray { return QByteArray(); },
     "library file is empty (0 bytes)"},
};

// A healthy library with a few articles, as bytes, checkpointed so the
// main file holds everything.
QByteArray goodLibrary(const QString &dir)
{
    const QString folder = dir + QStringLiteral("/articles");
    EXPECT_TRUE(writeGeneratedArticles(folder, 300));
    const QString path = dir + QStringLiteral("/good.sqlite");
    ProcessResult r = runPathak({QStringLiteral("--library"), path, QStringLiteral("import"), folder});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    return readAll(path);
}

QStringList everyCommand(const QString &articleFile)
{
    return {QStringLiteral("list"),     QStringLiteral("show 1 --json"),
            QStringLiteral("remove 1"), QStringLiteral("import ") + articleFile,
            QStringLiteral("check"),    QStringLiteral("backup")};
}

} // namespace

TEST(DamagedLibrary, EveryCommandExplainsAndLeavesTheFileAlone)
{
    QTemporaryDir dir;
    const QByteArray good = goodLibrary(dir.path());
    ASSERT_GT(good.size(), 100000);
    const QString articleFile = dataFile(QStringLiteral("rain-with-comments.txt"));
    for (const Damage &damage : damages) {
        SCOPED_TRACE(damage.name);
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        const QByteArray bytes = damage.apply(good);
        ASSERT_TRUE(writeFile(path, bytes));

        EXPECT_FALSE(LibraryRecovery::diagnose(path).ok());
        EXPECT_FALSE(LibraryDatabase::open(path).ok());
        for (const QString &command : everyCommand(articleFile)) {
            SCOPED_TRACE(command.toStdString());
            ProcessResult r =
                runPathak(QStringList{QStringLiteral("--library"), path} + command.split(QLatin1Char(' ')));
            EXPECT_EQ(r.exitCode, 1); // not -1: no crash, no abort
            const QString err = QString::fromUtf8(r.err);
            EXPECT_TRUE(err.startsWith(
                QStringLiteral("pathak: %1: %2").arg(path, QString::fromLatin1(damage.reason))))
                << err.toStdString();
            EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << "one line: " << err.toStdString();
            EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
        }
        EXPECT_EQ(readAll(path), bytes) << "the damaged file was written to";
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
        EXPECT_FALSE(QFileInfo::exists(LibraryRecovery::backupPath(path)))
            << "a damaged library was backed up";
    }
}

TEST(DamagedLibrary, DamageInsideIsFoundByCheck)
{
    QTemporaryDir dir;
    const QByteArray good = goodLibrary(dir.path());
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    // Overwrite pages in the middle: the header is fine and `list` need not
    // read them, but a full read finds the damage.
    QByteArray bytes = good;
    for (qsizetype i = good.size() / 2; i < good.size() / 2 + 16384; ++i)
        bytes[i] = char(0xA5 ^ (i * 31));
    ASSERT_TRUE(writeFile(path, bytes));
    ProcessResult r = runPathak({QStringLiteral("--library"), path, QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("pathak: %1: library file is damaged (").arg(path).toUtf8()))
        << r.err.toStdString();
    EXPECT_FALSE(LibraryRecovery::diagnose(path).ok());
    EXPECT_FALSE(LibraryRecovery::refreshBackup(path, 0).ok());
    EXPECT_FALSE(QFileInfo::exists(LibraryRecovery::backupPath(path)));
    EXPECT_EQ(readAll(path), bytes);
}

TEST(DamagedLibrary, AnotherProgramsDatabaseIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        Result<std::unique_ptr<LibraryDatabase>> seed =
            LibraryDatabase::open(dir.filePath(QStringLiteral("seed.sqlite")));
        ASSERT_TRUE(seed.ok());
        ASSERT_TRUE(
            seed.value()->executeScript(QStringLiteral("ATTACH '%1' AS other; CREATE TABLE other.notes (x); "
                                                       "INSERT INTO other.notes VALUES (1); DETACH other;")
                                            .arg(path)));
    }
    const QByteArray before = readAll(path);
    ProcessResult r = runPathak({QStringLiteral("--library"), path, QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(QString::fromUtf8(r.err), QStringLiteral("pathak: %1: not a Pathak library: an SQLite database "
                                                       "of another program; it was left untouched\n")
                                            .arg(path));
    EXPECT_EQ(readAll(path), before);
}

TEST(DamagedLibrary, BackupIsRestoredAndTheDamagedFileKept)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    ASSERT_TRUE(writeGeneratedArticles(dir.filePath(QStringLiteral("articles")), 50));
    ASSERT_EQ(runPathak({QStringLiteral("--library"), path, QStringLiteral("import"),
                         dir.filePath(QStringLiteral("articles"))})
                  .exitCode,
              0);

    ProcessResult b = runPathak({QStringLiteral("--library"), path, QStringLiteral("backup")});
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    ASSERT_TRUE(QFileInfo::exists(LibraryRecovery::backupPath(path)));
    // A fresh backup is not redone within the day.
    const QDateTime made = LibraryRecovery::backupTime(path);
    ASSERT_TRUE(LibraryRecovery::refreshBackup(path, 24 * 3600).ok());
    EXPECT_EQ(LibraryRecovery::backupTime(path), made);

    const QByteArray damaged = readAll(path).left(8192);
    ASSERT_TRUE(writeFile(path, damaged));
    ProcessResult r = runPathak({QStringLiteral("--library"), path, QStringLiteral("restore-backup")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    // The damaged file was moved aside, byte for byte.
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("library.sqlite.damaged-*")}, QDir::Files);
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(readAll(dir.filePath(aside.first())), damaged);
    // And the library works again, with its articles.
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    EXPECT_TRUE(LibraryRecovery::quickCheck(*db.value()).ok());
    EXPECT_EQ(LibraryStore(*db.value()).count().value(), 50);
    EXPECT_TRUE(QFileInfo::exists(LibraryRecovery::backupPath(path)));
}

TEST(DamagedLibrary, AFullReadStopsWhenAsked)
{
    TestLibrary lib;
    ASSERT_EQ(importCorpus(lib.store(), 2), int(corpusFiles().size()));
    // 64 MiB more to read, so the check is still reading when it is stopped.
    ASSERT_TRUE(lib.db()
                    .executeScript(
                        QStringLiteral("CREATE TABLE filler (b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION "
                                       "ALL SELECT i + 1 FROM n "
                                       "WHERE i < 64) INSERT INTO filler SELECT randomblob(1048576) FROM n;"))
                    .ok());
    const QString path = lib.path();
    lib.close();
    // Pages the check's connection had to read: a fresh connection reads them all.
    const auto pagesRead = [](LibraryDatabase &db) {
        int current = 0, highest = 0;
        sqlite3_db_status(db.handle(), SQLITE_DBSTATUS_CACHE_MISS, &current, &highest, 0);
        return current;
    };
    int fullRead = 0;
    {
        auto db = LibraryDatabase::open(path);
        ASSERT_TRUE(db.ok());
        ReadStop notStopped;
        EXPECT_TRUE(LibraryRecovery::quickCheck(*db.value(), &notStopped).ok());
        EXPECT_FALSE(notStopped.isAttached());
        fullRead = pagesRead(*db.value());
        ASSERT_GT(fullRead, 4000); // 16 KiB pages
    }
    {
        // Stopped before it starts: nothing is read.
        auto db = LibraryDatabase::open(path);
        ASSERT_TRUE(db.ok());
        ReadStop stop;
        stop.stop();
        const int before = pagesRead(*db.value());
        const Status stopped = LibraryRecovery::quickCheck(*db.value(), &stop);
        ASSERT_FALSE(stopped.ok());
        EXPECT_EQ(stopped.error(), QStringLiteral("the check of the library was stopped"));
        EXPECT_EQ(pagesRead(*db.value()), before);
    }
    // Stopped from another thread while it reads: it ends early, says so,
    // and the connection goes on working. (On a file this small the stop
    // lands before the step that reads most pages, so the progress handler
    // ends it; the interrupt inside that step shows on a large library,
    // README "Reliability".) A stopping thread the machine lets run only
    // after the whole read is done stops nothing, so a few tries are
    // allowed; a read that never stops early fails.
    int stoppedEarly = 0;
    for (int attempt = 0; attempt < 5 && stoppedEarly == 0; ++attempt) {
        auto db = LibraryDatabase::open(path);
        ASSERT_TRUE(db.ok());
        ReadStop stop;
        std::thread stopper([&stop] {
            while (!stop.isAttached())
                std::this_thread::yield();
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            stop.stop();
        });
        const Status result = LibraryRecovery::quickCheck(*db.value(), &stop);
        stopper.join();
        const int read = pagesRead(*db.value());
        if (result.ok()) {
            EXPECT_EQ(read, fullRead); // the stop came too late: a whole read
            continue;
        }
        EXPECT_EQ(result.error(), QStringLiteral("the check of the library was stopped"));
        EXPECT_LT(read, fullRead);
        ++stoppedEarly;
        EXPECT_EQ(LibraryStore(*db.value()).count().value(), int(corpusFiles().size()));
        EXPECT_TRUE(LibraryRecovery::quickCheck(*db.value()).ok());
    }
    EXPECT_EQ(stoppedEarly, 1);
}

TEST(DamagedLibrary, MovingAsideTakesTheWalAlong)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    ASSERT_TRUE(writeFile(path, QByteArray("damaged")));
    ASSERT_TRUE(writeFile(path + QStringLiteral("-wal"), QByteArray("its wal")));
    Result<QString> moved = LibraryRecovery::moveAside(path);
    ASSERT_TRUE(moved.ok()) << moved.error().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    EXPECT_EQ(readAll(moved.value()), QByteArray("damaged"));
    EXPECT_EQ(readAll(moved.value() + QStringLiteral("-wal")), QByteArray("its wal"));
    // A fresh library can now take the name.
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    EXPECT_EQ(LibraryStore(*db.value()).count().value(), 0);
}

TEST(DamagedLibrary, NewLibraryFileIsNeverEmpty)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/new.sqlite"));
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
    ASSERT_TRUE(LibraryFile::prepare(path).ok());
    EXPECT_GE(QFileInfo(path).size(), 512);
    EXPECT_TRUE(QDir(dir.filePath(QStringLiteral("sub")))
                    .entryList({QStringLiteral("*.new-*")}, QDir::Files)
                    .isEmpty());
}
