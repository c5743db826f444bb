#include "article/ArticleParser.h"
#include "import/ArticleImporter.h"
#include "TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

int rowCount(LibraryDatabase &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    q.next();
    return q.value(0).toInt();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST(LibraryStore, SchemaIsCurrentWithWalAndForeignKeys)
{
    TestLibrary lib;
    EXPECT_EQ(lib.db().schemaVersion(), LibraryDatabase::latestSchemaVersion());
    QSqlQuery q(lib.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(LibraryStore, StoredArticleEqualsParse)
{
    TestLibrary lib;
    for (const QString &file : corpusFiles()) {
        SCOPED_TRACE(file.toStdString());
        Result<NewArticle> in = ArticleImporter::readFile(file);
        ASSERT_TRUE(in.ok());
        const qint64 id = storeArticle(lib.store(), in.value());
        ASSERT_NE(id, 0);
        Result<StoredArticle> back = lib.store().article(id);
        ASSERT_TRUE(back.ok());
        EXPECT_EQ(back->article, in->article);
        EXPECT_EQ(back->origin, file);
        EXPECT_EQ(lib.store().originalBytes(id).value(), readAll(file));
    }
}

TEST(LibraryStore, ImportSkipsBrokenFilesAndFindsDuplicates)
{
    TestLibrary lib;
    const QString folder = lib.dir() + QStringLiteral("/in");
    QDir().mkpath(folder + QStringLiteral("/nested"));
    for (const QString &file : corpusFiles())
        QFile::copy(file, folder + QStringLiteral("/nested/") + QFileInfo(file).fileName());
    writeFile(folder + QStringLiteral("/broken.txt"), QByteArray("bad \xc3\x28 utf8"));
    writeFile(folder + QStringLiteral("/empty.txt"), QByteArray("   \n"));
    writeFile(folder + QStringLiteral("/ignored.pdf"), QByteArray("%PDF"));

    ArticleImporter importer(lib.store());
    importer.setBatchSize(2);
    const QList<ImportResult> results = importer.importPaths({folder});
    int imported = 0, failed = 0;
    for (const ImportResult &r : results) {
        imported += r.status == ImportResult::Status::Imported;
        failed += r.status == ImportResult::Status::Failed;
    }
    EXPECT_EQ(imported, 4);
    EXPECT_EQ(failed, 2);
    EXPECT_EQ(lib.store().count().value(), 4);

    // Same files again: all duplicates, nothing new stored.
    const QList<ImportResult> again = importer.importPaths({folder + QStringLiteral("/nested")});
    for (const ImportResult &r : again)
        EXPECT_EQ(r.status, ImportResult::Status::Duplicate) << r.input.toStdString();
    EXPECT_EQ(lib.store().count().value(), 4);
    EXPECT_EQ(rowCount(lib.db(), QStringLiteral("originals")), 4);
}

// A duplicate is the same text: another body under the same source URL is
// an article of its own (a page cannot take a stored article's URL over),
// and the import says so.
TEST(LibraryStore, SameSourceUrlWithDifferentBodyIsNotADuplicate)
{
    TestLibrary lib;
    ArticleImporter importer(lib.store());
    writeFile(lib.dir() + QStringLiteral("/a.txt"), "প্রথম লেখা।\nসূত্র: https://example.com/x");
    writeFile(lib.dir() + QStringLiteral("/b.txt"), "সংশোধিত লেখা।\nসূত্র: https://example.com/x");
    const QList<ImportResult> r =
        importer.importPaths({lib.dir() + QStringLiteral("/a.txt"), lib.dir() + QStringLiteral("/b.txt")});
    ASSERT_EQ(r.size(), 2);
    EXPECT_EQ(r.at(0).status, ImportResult::Status::Imported);
    EXPECT_EQ(r.at(1).status, ImportResult::Status::Imported);
    EXPECT_NE(r.at(1).id, r.at(0).id);
    EXPECT_TRUE(
        r.at(1).note.startsWith(QStringLiteral("stored as a new article: article %1 ").arg(r.at(0).id)))
        << r.at(1).note.toStdString();
    EXPECT_EQ(lib.store().count().value(), 2);
}

TEST(LibraryStore, ASavedPageAndAFileWithTheSameBodyAreOneArticle)
{
    // A web page is stored from its parse (importArticles), a file from its
    // bytes (importPaths): both hash the body alike, or neither finds the other.
    TestLibrary lib;
    const QByteArray text = "শিরোনাম\n\nপ্রথম অনুচ্ছেদ, ক্ষমতা ও রাষ্ট্রপতি।\n\nদ্বিতীয় অনুচ্ছেদ।\n";
    NewArticle saved;
    saved.article = ArticleParser::parse(text).value();
    saved.original = "<html>" + text + "</html>";
    saved.origin = QStringLiteral("https://example.com/page");
    QList<QByteArray> utf8;
    for (const QString &p : saved.article.paragraphs)
        utf8.append(p.toUtf8());
    ASSERT_GE(utf8.size(), 2);
    EXPECT_EQ(LibraryStore::bodyHash(saved.article.paragraphs).toLatin1(),
              LibraryStore::bodyHashOfUtf8(utf8));
    const qint64 id = storeArticle(lib.store(), saved);
    ASSERT_NE(id, 0);
    writeFile(lib.dir() + QStringLiteral("/same.txt"), text);
    ArticleImporter importer(lib.store());
    const QList<ImportResult> r = importer.importPaths({lib.dir() + QStringLiteral("/same.txt")});
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r.at(0).status, ImportResult::Status::Duplicate);
    EXPECT_EQ(r.at(0).id, id);
}

TEST(LibraryStore, RemoveCascadesToEveryPart)
{
    TestLibrary lib;
    Result<NewArticle> in = ArticleImporter::readFile(dataFile(QStringLiteral("rain-with-comments.txt")));
    ASSERT_TRUE(in.ok());
    const qint64 id = storeArticle(lib.store(), in.value());
    EXPECT_GT(rowCount(lib.db(), QStringLiteral("comments")), 0);
    Result<int> removed = lib.store().remove({id});
    ASSERT_TRUE(removed.ok());
    for (const char *table :
         {"articles", "paragraphs", "captions", "ads", "sources", "comments", "originals"})
        EXPECT_EQ(rowCount(lib.db(), QString::fromLatin1(table)), 0) << table;
    EXPECT_FALSE(lib.store().remove({id}).ok());
}

TEST(LibraryStore, FlagsAndRename)
{
    TestLibrary lib;
    const qint64 id = storeArticle(
        lib.store(), ArticleImporter::readFile(dataFile(QStringLiteral("seed-lavrov-rubio.txt"))).value());
    ASSERT_TRUE(lib.store().setRead(id, true).ok());
    ASSERT_TRUE(lib.store().setFavourite(id, true).ok());
    ASSERT_TRUE(lib.store().rename(id, QStringLiteral("  নতুন   শিরোনাম ")).ok());
    EXPECT_FALSE(lib.store().rename(id, QStringLiteral("   ")).ok());
    const ArticleSummary s = lib.store().summaries().value().first();
    EXPECT_TRUE(s.read);
    EXPECT_TRUE(s.favourite);
    EXPECT_EQ(s.title, QStringLiteral("নতুন শিরোনাম"));
}

TEST(LibraryDatabase, RefusesNewerSchemaAndLeavesFileAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db.value()->executeScript(QStringLiteral("PRAGMA user_version = 999;")).ok());
    }
    const QByteArray before = readAll(path);
    Result<std::unique_ptr<LibraryDatabase>> again = LibraryDatabase::open(path);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("newer"))) << again.error().toStdString();
    EXPECT_EQ(readAll(path), before);
}

TEST(LibraryDatabase, NewLibrariesHaveSixteenKibPages)
{
    TestLibrary lib;
    QSqlQuery q(lib.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 16384);
}

TEST(LibraryDatabase, NotSqliteIsAClearError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
    writeFile(path, QByteArray(8192, 'x'));
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(readAll(path), QByteArray(8192, 'x'));
}
