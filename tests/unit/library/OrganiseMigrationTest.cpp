#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "search/SearchIndex.h"
#include "TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

// A library as schema 6 wrote it, made with SQLite alone from the migration
// scripts of that time: two articles (one with a source, a comment and an
// annotation with a note, both indexed), a feed with an item, a reading position.
void writeSchemaSixLibrary(const QString &path)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QByteArray sql = "PRAGMA foreign_keys = ON; PRAGMA application_id = 1347700811;";
    for (const char *name :
         {"001_initial.sql", "002_search.sql", "003_feeds.sql", "004_annotation_search_triggers.sql",
          "005_search_bulk_import.sql", "006_reading_positions.sql"}) {
        QFile f(QStringLiteral(":/migrations/") + QLatin1String(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << name;
        sql += f.readAll();
    }
    sql +=
        "INSERT INTO articles (id, title, body_hash, comments_declared, saved_at, origin, is_read, "
        "is_favourite) "
        "VALUES (3, 'সুন্দরবনের বাঘ', 'h3', 1, '2026-01-05T10:00:00Z', 'https://example.com/a', 1, 1);"
        "INSERT INTO paragraphs VALUES (3, 0, 'সুন্দরবনে বাঘ দেখা গেছে।');"
        "INSERT INTO sources VALUES (3, 'প্রথম আলো', 'https://example.com/a');"
        "INSERT INTO comments VALUES (3, 0, 'রহিম', 'ভালো খবর');"
        "INSERT INTO originals (article_id, bytes) VALUES (3, x'00');"
        "INSERT INTO articles (id, title, body_hash, saved_at) VALUES (4, 'মেঘনা', 'h4', "
        "'2026-02-01T10:00:00Z');"
        "INSERT INTO paragraphs VALUES (4, 0, 'মেঘনার তীরে নৌকা।');"
        "INSERT INTO originals (article_id, bytes) VALUES (4, x'00');"
        "INSERT INTO annotations (id, article_id, exact, start_pos, end_pos, note, created_at, modified_at) "
        "VALUES (9, 3, 'বাঘ', 0, 3, 'ডোরাকাটা', 'x', 'x');"
        "INSERT INTO feeds (id, url, title, added_at) VALUES (2, 'https://example.com/feed', 'খবর', 'x');"
        "INSERT INTO feed_items VALUES (2, 'guid-1', 'https://example.com/a', 3, 'x');"
        "INSERT INTO reading_positions VALUES (3, 10, 500, 'x');"
        "PRAGMA user_version = 6;";
    EXPECT_EQ(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

int scalar(LibraryDatabase &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

TEST(OrganiseMigration, UpgradesASchemaSixLibraryWithEverythingIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("six.sqlite"));
    writeSchemaSixLibrary(path);
    if (HasFailure())
        return;

    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    LibraryDatabase &lib = *db.value();
    EXPECT_EQ(lib.schemaVersion(), LibraryDatabase::latestSchemaVersion());
    EXPECT_GE(LibraryDatabase::latestSchemaVersion(), 7);
    EXPECT_TRUE(QFile::exists(path + QStringLiteral(".schema6.bak")));

    LibraryStore store(lib);
    Result<StoredArticle> a = store.article(3);
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    EXPECT_EQ(a->article.title, QStringLiteral("সুন্দরবনের বাঘ"));
    EXPECT_EQ(a->article.paragraphs, QStringList{QStringLiteral("সুন্দরবনে বাঘ দেখা গেছে।")});
    ASSERT_TRUE(a->article.comments.has_value());
    EXPECT_EQ(a->article.comments->items.size(), 1);
    EXPECT_TRUE(a->read);
    EXPECT_TRUE(a->favourite);
    // The new fields start empty: nothing is invented for old articles.
    EXPECT_FALSE(a->archived);
    EXPECT_TRUE(a->published.isNull());
    EXPECT_TRUE(a->author.isNull());
    EXPECT_TRUE(a->tags.isEmpty());

    EXPECT_EQ(scalar(lib, QStringLiteral("SELECT count(*) FROM annotations WHERE note = 'ডোরাকাটা'")), 1);
    EXPECT_EQ(scalar(lib, QStringLiteral("SELECT article_id FROM feed_items WHERE item_key = 'guid-1'")), 3);
    EXPECT_EQ(scalar(lib, QStringLiteral("SELECT progress FROM reading_positions WHERE article_id = 3")),
              500);

    // The index still finds body text and notes, and matches the text.
    SearchIndex index(lib);
    EXPECT_TRUE(index.check().ok());
    Result<QList<SearchHit>> hits = index.search(QStringLiteral("ডোরাকাটা"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, 3);
    hits = index.search(QStringLiteral("মেঘনা"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, 4);

    // Deleting an article still cascades (now through tags too) and leaves
    // the feed item, unlinked.
    ASSERT_TRUE(lib.executeScript(QStringLiteral("INSERT INTO tags (id, name, folded) VALUES (1, 'বন', 'বন');"
                                                 "INSERT INTO article_tags VALUES (3, 1);"))
                    .ok());
    Result<int> removed = store.remove({3});
    ASSERT_TRUE(removed.ok()) << removed.error().toStdString();
    EXPECT_EQ(removed.value(), 1);
    EXPECT_EQ(scalar(lib, QStringLiteral("SELECT count(*) FROM article_tags")), 0);
    EXPECT_EQ(scalar(lib, QStringLiteral("SELECT count(*) FROM feed_items WHERE article_id IS NULL")), 1);
    EXPECT_TRUE(index.check().ok());
}

TEST(OrganiseMigration, StillRefusesALibraryFromANewerPathak)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db.value()
                        ->executeScript(QStringLiteral("PRAGMA user_version = %1;")
                                            .arg(LibraryDatabase::latestSchemaVersion() + 1))
                        .ok());
    }
    const QByteArray before = readAll(path);
    Result<std::unique_ptr<LibraryDatabase>> again = LibraryDatabase::open(path);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("newer"))) << again.error().toStdString();
    EXPECT_EQ(readAll(path), before);
}

TEST(OrganiseMigration, CountsAndTagListsUseIndexes)
{
    TestLibrary lib;
    const auto plan = [&lib](const QString &sql) {
        QSqlQuery q(lib.db().connection());
        EXPECT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        QString out;
        while (q.next())
            out += q.value(3).toString() + QLatin1Char('\n');
        return out;
    };
    // The state counts read the state index alone, never the table.
    EXPECT_TRUE(plan(QStringLiteral("SELECT is_archived, is_read, is_favourite, count(*) FROM articles "
                                    "GROUP BY is_archived, is_read, is_favourite"))
                    .contains(QStringLiteral("COVERING INDEX articles_state")));
    EXPECT_TRUE(plan(QStringLiteral("SELECT tag_id, count(*) FROM article_tags GROUP BY tag_id"))
                    .contains(QStringLiteral("article_tags_tag")));
    EXPECT_TRUE(plan(QStringLiteral("SELECT article_id FROM feed_items WHERE feed_id = 1"))
                    .contains(QStringLiteral("feed_items_feed_article")));
    // The feeds' unread counts (CollectionCounter): index reads only.
    const QString feeds =
        plan(QStringLiteral("SELECT fi.feed_id, count(*) FROM articles a CROSS JOIN feed_items fi "
                            "ON fi.article_id = a.id WHERE a.is_archived = 0 AND a.is_read = 0 "
                            "GROUP BY fi.feed_id"));
    EXPECT_TRUE(feeds.contains(QStringLiteral("COVERING INDEX articles_"))) << feeds.toStdString();
    EXPECT_TRUE(feeds.contains(QStringLiteral("COVERING INDEX feed_items_article"))) << feeds.toStdString();
    // The inbox and the archive, newest first, come in index order: no sort.
    for (const char *where : {"a.is_archived = 0 AND a.is_read = 0", "a.is_archived = 1"}) {
        const QString list = plan(QStringLiteral("SELECT a.id, a.title FROM articles a WHERE %1 "
                                                 "ORDER BY a.saved_at DESC, a.id DESC LIMIT 200")
                                      .arg(QLatin1String(where)));
        EXPECT_FALSE(list.contains(QStringLiteral("TEMP B-TREE"))) << list.toStdString();
    }
    // An index on the state (articles_state or articles_archive), never the table.
    const QString archived = plan(QStringLiteral("SELECT id FROM articles WHERE is_archived = 1"));
    EXPECT_TRUE(archived.contains(QStringLiteral("INDEX articles_state")) ||
                archived.contains(QStringLiteral("INDEX articles_archive")))
        << archived.toStdString();
}
