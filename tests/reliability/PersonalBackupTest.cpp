// The daily backup of a large library is its personal part (PersonalBackup):
// annotations, marks, tags, positions and feeds, laid over the last whole
// copy when a damaged library is restored. End to end, through the pathak
// executable: what was done after the whole copy comes back too.
#include "library/PersonalBackup.h"
#include "library/CollectionCounter.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryRecovery.h"
#include "library/LibraryStore.h"
#include "ReliabilityHelpers.h"
#include "search/SearchIndex.h"
#include "TestLibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

int scalar(LibraryDatabase &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Some words of an article's first paragraph, to annotate.
QString quoteOf(const QString &library, qint64 id)
{
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(library);
    if (!db)
        return {};
    Result<StoredArticle> a = LibraryStore(*db.value()).article(id);
    if (!a || a->article.paragraphs.isEmpty())
        return {};
    return a->article.paragraphs.first().section(QLatin1Char(' '), 0, 2);
}

} // namespace

TEST(PersonalBackup, RestoringADamagedLibraryBringsBackWhatWasDoneAfterTheWholeCopy)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const QString l = QStringLiteral("--library");
    ASSERT_TRUE(writeGeneratedArticles(dir.filePath(QStringLiteral("articles")), 40));
    ASSERT_EQ(
        runPathak({l, path, QStringLiteral("import"), dir.filePath(QStringLiteral("articles"))}).exitCode, 0);
    ProcessResult b = runPathak({l, path, QStringLiteral("backup")});
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    ASSERT_TRUE(QFileInfo::exists(LibraryRecovery::backupPath(path)));
    ASSERT_TRUE(QFileInfo::exists(PersonalBackup::path(path)));

    // After the whole copy: an annotation with a note, a tag, an archived
    // article, a read mark and a favourite, and five more articles, one of
    // them annotated (it is not in the whole copy).
    const QString quote = quoteOf(path, 3);
    ASSERT_FALSE(quote.isEmpty());
    ProcessResult a =
        runPathak({l, path, QStringLiteral("annotate"), QStringLiteral("3"), QStringLiteral("--occurrence"),
                   QStringLiteral("1"), QStringLiteral("--quote"), quote, QStringLiteral("--note"),
                   QStringLiteral("জোয়ারের খবর")});
    ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
    ASSERT_EQ(runPathak({l, path, QStringLiteral("tag"), QStringLiteral("4"), QStringLiteral("--add"),
                         QStringLiteral("বন্যা")})
                  .exitCode,
              0);
    ASSERT_EQ(runPathak({l, path, QStringLiteral("archive"), QStringLiteral("7")}).exitCode, 0);
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
        ASSERT_TRUE(db.ok());
        LibraryStore store(*db.value());
        ASSERT_TRUE(store.setRead(5, true).ok());
        ASSERT_TRUE(store.setFavourite(6, true).ok());
    }
    ASSERT_TRUE(writeGeneratedArticles(dir.filePath(QStringLiteral("later")), 5, 100));
    ASSERT_EQ(runPathak({l, path, QStringLiteral("import"), dir.filePath(QStringLiteral("later"))}).exitCode,
              0);
    const QString laterQuote = quoteOf(path, 41);
    ASSERT_EQ(
        runPathak({l, path, QStringLiteral("annotate"), QStringLiteral("41"), QStringLiteral("--occurrence"),
                   QStringLiteral("1"), QStringLiteral("--quote"), laterQuote})
            .exitCode,
        0);
    // The day's backup, as the reader makes it once a day.
    ASSERT_TRUE(PersonalBackup::refresh(path, 0).ok());
    // Within the day it is not made again.
    const QDateTime made = PersonalBackup::time(path);
    ASSERT_TRUE(PersonalBackup::refresh(path, 24 * 3600).ok());
    EXPECT_EQ(PersonalBackup::time(path), made);

    // The library file is damaged; restore-backup brings both back.
    const QByteArray damaged = readAll(path).left(8192);
    ASSERT_TRUE(writeFile(path, damaged));
    ProcessResult r = runPathak({l, path, QStringLiteral("restore-backup")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("laid over it: 1 annotations")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("1 annotations left out")) << r.out.toStdString();
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("library.sqlite.damaged-*")}, QDir::Files);
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(readAll(dir.filePath(aside.first())), damaged);

    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    LibraryDatabase &lib = *db.value();
    EXPECT_TRUE(LibraryRecovery::quickCheck(lib).ok());
    LibraryStore store(lib);
    EXPECT_EQ(store.count().value(), 40); // the whole copy's articles
    Result<StoredArticle> three = store.article(3);
    ASSERT_TRUE(three.ok());
    EXPECT_EQ(
        scalar(lib, QStringLiteral(
                        "SELECT count(*) FROM annotations WHERE article_id = 3 AND note = 'জোয়ারের খবর'")),
        1);
    EXPECT_EQ(store.article(4)->tags, QStringList{QStringLiteral("বন্যা")});
    EXPECT_TRUE(store.article(7)->archived);
    EXPECT_TRUE(store.article(5)->read);
    EXPECT_TRUE(store.article(6)->favourite);
    EXPECT_FALSE(store.article(8)->read);
    // The note is found by search again, and the side bar counts what is there.
    SearchIndex index(lib);
    EXPECT_TRUE(index.check().ok());
    Result<QList<SearchHit>> hits = index.search(QStringLiteral("জোয়ারের"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, 3);
    Result<CollectionCounts> counts = CollectionCounter(lib).counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->all, 40);
    EXPECT_EQ(counts->archive, 1);
    EXPECT_EQ(counts->favourites, 1);
    EXPECT_EQ(counts->inbox, 38);
    ASSERT_EQ(counts->tags.size(), 1);
    EXPECT_EQ(counts->tags.first().articles, 1);
}

TEST(PersonalBackup, ADamagedPersonalTableIsFoundAtStartAndNeverBackedUp)
{
    TestLibrary lib;
    ASSERT_GT(addArticle(lib.store(), QStringLiteral("শিরোনাম\n\nএকটি অনুচ্ছেদ।\n")), 0);
    ASSERT_TRUE(PersonalBackup::check(lib.db()).ok());
    ASSERT_TRUE(PersonalBackup::refresh(lib.path(), 0).ok());
    const QByteArray good = readAll(PersonalBackup::path(lib.path()));
    lib.close();
    // The annotations' table page overwritten with noise: the check of the
    // personal tables finds it, and the good backup stays as it was.
    int page = 0, pageSize = 0;
    {
        Result<std::unique_ptr<LibraryDatabase>> probe = LibraryDatabase::open(lib.path());
        ASSERT_TRUE(probe.ok());
        // Everything in the file itself, none of it in the log.
        QSqlQuery(probe.value()->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        page = scalar(*probe.value(),
                      QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'annotations'"));
        pageSize = scalar(*probe.value(), QStringLiteral("PRAGMA page_size"));
    }
    ASSERT_GT(page, 1);
    ASSERT_GT(pageSize, 0);
    QByteArray bytes = readAll(lib.path());
    for (qsizetype i = qsizetype(page - 1) * pageSize; i < qsizetype(page) * pageSize && i < bytes.size();
         ++i)
        bytes[i] = char(0x5a);
    ASSERT_TRUE(writeFile(lib.path(), bytes));
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(lib.path());
    if (db.ok()) {
        EXPECT_FALSE(PersonalBackup::check(*db.value()).ok());
    }
    EXPECT_FALSE(PersonalBackup::refresh(lib.path(), 0).ok());
    EXPECT_EQ(readAll(PersonalBackup::path(lib.path())), good);
}
