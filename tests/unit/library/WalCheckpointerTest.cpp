// Checkpoints on a thread of their own while an import writes (WalCheckpointer).
#include "library/sqlite/WalCheckpointer.h"
#include "TestLibrary.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace pathak;
using namespace pathak::test;

namespace {

int autoCheckpoint(LibraryDatabase &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next() ? q.value(0).toInt() : -1;
}

// Articles in the database file itself, not counting the log: -1 while
// even the schema is only in the log.
int articlesInFile(const QString &path)
{
    const QByteArray uri = "file:" + QFile::encodeName(path) + "?immutable=1";
    sqlite3 *db = nullptr;
    int count = -1;
    sqlite3_stmt *q = nullptr;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) == SQLITE_OK &&
        sqlite3_prepare_v2(db, "SELECT count(*) FROM articles", -1, &q, nullptr) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW)
        count = sqlite3_column_int(q, 0);
    sqlite3_finalize(q);
    sqlite3_close(db);
    return count;
}

} // namespace

TEST(WalCheckpointer, CopiesWhatTheWriterCommittedIntoTheFile)
{
    TestLibrary lib;
    const int before = articlesInFile(lib.path());
    {
        WalCheckpointer checkpointer(lib.db().handle(), lib.db().path());
        EXPECT_EQ(autoCheckpoint(lib.db()), 0); // the writer no longer checkpoints itself
        for (const QString &word : {QStringLiteral("প্রথম"), QStringLiteral("দ্বিতীয়"), QStringLiteral("তৃতীয়")})
            ASSERT_NE(
                addArticle(lib.store(), QStringLiteral("%1 খবরের শিরোনাম।\n\n%1 খবরের কথা।\n").arg(word)), 0);
        EXPECT_EQ(articlesInFile(lib.path()), before); // all three only in the log
        checkpointer.request();
        checkpointer.waitUntilCopied();
        EXPECT_EQ(articlesInFile(lib.path()), 3);
        EXPECT_GT(checkpointer.logPages(), 0);
        checkpointer.boundLog(); // a short log: returns at once
    }
    EXPECT_EQ(autoCheckpoint(lib.db()), 1000);
}

TEST(WalCheckpointer, AnImportOfManyBatchesLeavesItsArticlesInTheFile)
{
    TestLibrary lib;
    const int imported = importCorpus(lib.store(), 1);
    ASSERT_GE(imported, 3);
    // The last checkpoint ran before the import returned.
    EXPECT_EQ(articlesInFile(lib.path()), imported);
    EXPECT_EQ(autoCheckpoint(lib.db()), 1000);
}
