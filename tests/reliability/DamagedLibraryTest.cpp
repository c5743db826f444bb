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
#include <condition_variable>
#include <mutex>
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

// The default VFS with one addition: it can hold the thread that reads a
// main library file at one of its reads until another thread lets it go
// on. A stop made while the reader is held lands in the middle of the
// read whatever the machine's speed; a stopping thread that slept for a
// guessed time might wake before the read began or after it ended.
// Registered as the default for its lifetime, so the connections opened
// meanwhile use it; they must be closed before it goes.
class PausingVfs
{
public:
    PausingVfs() : m_real(sqlite3_vfs_find(nullptr))
    {
        active = this;
        m_vfs = *m_real;
        m_vfs.pNext = nullptr;
        m_vfs.zName = "pathak-test-pausing";
        m_vfs.szOsFile = int(sizeof(File)) + m_real->szOsFile;
        m_vfs.xOpen = &PausingVfs::open;
        sqlite3_vfs_register(&m_vfs, 1);
    }
    ~PausingVfs()
    {
        sqlite3_vfs_unregister(&m_vfs);
        sqlite3_vfs_register(m_real, 1); // the default again, not an arbitrary other
        active = nullptr;
    }
    PausingVfs(const PausingVfs &) = delete;
    PausingVfs &operator=(const PausingVfs &) = delete;

    // Holds the reader at its n-th read of a main database file from now on.
    void pauseAtRead(int n)
    {
        const std::lock_guard lock(m_mutex);
        m_reads = 0;
        m_pauseAt = n;
    }
    // For another thread: true once the reader is held; false when it was
    // not held within the time, which only a hang takes.
    bool waitUntilHeld(std::chrono::seconds limit)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, limit, [this] { return m_held; });
    }
    void release()
    {
        const std::lock_guard lock(m_mutex);
        m_pauseAt = 0;
        m_changed.notify_all();
    }
    bool wasHeld() const
    {
        const std::lock_guard lock(m_mutex);
        return m_wasHeld;
    }

private:
    struct File
    {
        sqlite3_file base;
        sqlite3_file *real; // in the same allocation, after this
        bool mainDatabase;
    };
    static sqlite3_file *real(sqlite3_file *f) { return reinterpret_cast<File *>(f)->real; }
    static inline PausingVfs *active = nullptr; // the one registered: SQLite's callbacks find it here

    void reading()
    {
        std::unique_lock lock(m_mutex);
        if (m_pauseAt == 0 || ++m_reads != m_pauseAt)
            return;
        m_held = m_wasHeld = true;
        m_changed.notify_all();
        // Released by the other thread; the limit only ends a hang.
        m_changed.wait_for(lock, std::chrono::seconds(60), [this] { return m_pauseAt == 0; });
        m_held = false;
    }

    static int open(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
    {
        auto *f = reinterpret_cast<File *>(file);
        f->real = reinterpret_cast<sqlite3_file *>(f + 1);
        f->mainDatabase = (flags & SQLITE_OPEN_MAIN_DB) != 0;
        const int rc = active->m_real->xOpen(active->m_real, name, f->real, flags, outFlags);
        // SQLite closes a file whose methods are set, even after a failed open.
        file->pMethods = f->real->pMethods ? &methods : nullptr;
        return rc;
    }

    static inline const sqlite3_io_methods methods = {
        3,
        [](sqlite3_file *f) {
            sqlite3_file *r = real(f);
            return r->pMethods->xClose(r);
        },
        [](sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset) {
            if (reinterpret_cast<File *>(f)->mainDatabase)
                active->reading();
            sqlite3_file *r = real(f);
            return r->pMethods->xRead(r, buffer, amount, offset);
        },
        [](sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset) {
            sqlite3_file *r = real(f);
            return r->pMethods->xWrite(r, buffer, amount, offset);
        },
        [](sqlite3_file *f, sqlite3_int64 size) {
            sqlite3_file *r = real(f);
            return r->pMethods->xTruncate(r, size);
        },
        [](sqlite3_file *f, int flags) {
            sqlite3_file *r = real(f);
            return r->pMethods->xSync(r, flags);
        },
        [](sqlite3_file *f, sqlite3_int64 *size) {
            sqlite3_file *r = real(f);
            return r->pMethods->xFileSize(r, size);
        },
        [](sqlite3_file *f, int lock) {
            sqlite3_file *r = real(f);
            return r->pMethods->xLock(r, lock);
        },
        [](sqlite3_file *f, int lock) {
            sqlite3_file *r = real(f);
            return r->pMethods->xUnlock(r, lock);
        },
        [](sqlite3_file *f, int *reserved) {
            sqlite3_file *r = real(f);
            return r->pMethods->xCheckReservedLock(r, reserved);
        },
        [](sqlite3_file *f, int op, void *arg) {
            sqlite3_file *r = real(f);
            return r->pMethods->xFileControl(r, op, arg);
        },
        [](sqlite3_file *f) {
            sqlite3_file *r = real(f);
            return r->pMethods->xSectorSize(r);
        },
        [](sqlite3_file *f) {
            sqlite3_file *r = real(f);
            return r->pMethods->xDeviceCharacteristics(r);
        },
        [](sqlite3_file *f, int region, int size, int extend, void volatile **out) {
            sqlite3_file *r = real(f);
            return r->pMethods->xShmMap(r, region, size, extend, out);
        },
        [](sqlite3_file *f, int offset, int n, int flags) {
            sqlite3_file *r = real(f);
            return r->pMethods->xShmLock(r, offset, n, flags);
        },
        [](sqlite3_file *f) {
            sqlite3_file *r = real(f);
            r->pMethods->xShmBarrier(r);
        },
        [](sqlite3_file *f, int deleteFlag) {
            sqlite3_file *r = real(f);
            return r->pMethods->xShmUnmap(r, deleteFlag);
        },
        [](sqlite3_file *f, sqlite3_int64 offset, int amount, void **out) {
            sqlite3_file *r = real(f);
            return r->pMethods->xFetch(r, offset, amount, out);
        },
        [](sqlite3_file *f, sqlite3_int64 offset, void *page) {
            sqlite3_file *r = real(f);
            return r->pMethods->xUnfetch(r, offset, page);
        },
    };

    sqlite3_vfs *m_real;
    sqlite3_vfs m_vfs{};
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_pauseAt = 0;
    int m_reads = 0;
    bool m_held = false;
    bool m_wasHeld = false;
};
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

// restore-backup replaces only a damaged library that nobody has open: a
// healthy one, or one another process is reading or importing into, is
// refused and left byte for byte as it was.
TEST(DamagedLibrary, RestoreRefusesAHealthyOrBusyLibrary)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    ASSERT_TRUE(writeGeneratedArticles(dir.filePath(QStringLiteral("articles")), 20));
    ASSERT_EQ(runPathak({QStringLiteral("--library"), path, QStringLiteral("import"),
                         dir.filePath(QStringLiteral("articles"))})
                  .exitCode,
              0);
    ASSERT_EQ(runPathak({QStringLiteral("--library"), path, QStringLiteral("backup")}).exitCode, 0);
    const QStringList asideFilter{QStringLiteral("library.sqlite.damaged-*")};

    const QByteArray healthy = readAll(path);
    ProcessResult r = runPathak({QStringLiteral("--library"), path, QStringLiteral("restore-backup")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(
        QString::fromUtf8(r.err),
        QStringLiteral("pathak: %1: the library is not damaged, so it was left as it is (restore-backup "
                       "replaces only a damaged library)\n")
            .arg(path));
    EXPECT_EQ(readAll(path), healthy);
    EXPECT_TRUE(QDir(dir.path()).entryList(asideFilter, QDir::Files).isEmpty());

    // Open in this process (another process, to the command): refused
    // before anything is checked or moved.
    {
        Result<std::unique_ptr<LibraryDatabase>> open = LibraryDatabase::open(path);
        ASSERT_TRUE(open.ok()) << open.error().toStdString();
        ASSERT_EQ(LibraryStore(*open.value()).count().value(), 20);
        r = runPathak({QStringLiteral("--library"), path, QStringLiteral("restore-backup")});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_EQ(QString::fromUtf8(r.err),
                  QStringLiteral("pathak: %1: the library is in use by another program (a reader or an "
                                 "import); close it and try again; it was left as it is\n")
                      .arg(path));
        EXPECT_TRUE(QDir(dir.path()).entryList(asideFilter, QDir::Files).isEmpty());
        EXPECT_EQ(LibraryStore(*open.value()).count().value(), 20); // still the same file
    }

    // Damaged and closed: restored.
    ASSERT_TRUE(writeFile(path, healthy.left(8192)));
    r = runPathak({QStringLiteral("--library"), path, QStringLiteral("restore-backup")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(asideFilter, QDir::Files).size(), 1);
}

TEST(DamagedLibrary, AFullReadStopsWhenAsked)
{
    TestLibrary lib;
    ASSERT_EQ(importCorpus(lib.store(), 2), int(corpusFiles().size()));
    // 64 MiB more to read, so the check is still reading when it is stopped:
    // as the articles' images, since a table of its own would be refused as
    // a change to the schema.
    ASSERT_TRUE(lib.db()
                    .executeScript(QStringLiteral(
                        "INSERT OR REPLACE INTO images SELECT id, 'image/png', "
                        "randomblob(67108864 / (SELECT count(*) FROM articles)) FROM articles;"))
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
    {
        // Stopped from another thread while it reads: it ends early, says
        // so, and the connection goes on working. The read is held at its
        // hundredth page until the other thread has asked it to stop, so
        // the stop comes inside the step that reads the file, where only
        // the interrupt can end it.
        PausingVfs vfs;
        auto db = LibraryDatabase::open(path);
        ASSERT_TRUE(db.ok());
        ReadStop stop;
        vfs.pauseAtRead(100);
        std::thread stopper([&] {
            if (vfs.waitUntilHeld(std::chrono::seconds(60)))
                stop.stop();
            vfs.release();
        });
        const Status result = LibraryRecovery::quickCheck(*db.value(), &stop);
        stopper.join();
        EXPECT_TRUE(vfs.wasHeld()) << "the check read fewer than 100 pages";
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error(), QStringLiteral("the check of the library was stopped"));
        EXPECT_LT(pagesRead(*db.value()), fullRead);
        EXPECT_EQ(LibraryStore(*db.value()).count().value(), int(corpusFiles().size()));
        EXPECT_TRUE(LibraryRecovery::quickCheck(*db.value()).ok());
    }
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
