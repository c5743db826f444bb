// Migration 010: the list's orders by title and by source read an index, and
// the side bar's counts come from tables the writers keep. These tests
// upgrade a library of schema 8 with everything in it, check the kept counts
// against counts made from the rows after every kind of change, and check
// that no list order sorts the library for a page.
#include "library/Collection.h"
#include "library/CollectionCounter.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryListQuery.h"
#include "library/LibraryStore.h"
#include "search/SearchIndex.h"
#include "TestLibrary.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

// A library as schema 8 wrote it, made with SQLite alone from the migration
// scripts of that time: three articles (two with a source, one read and a
// favourite, one archived), a comment, an annotation with a note, a feed
// with two items, a tag, a reading position and an annotation review.
void writeSchemaEightLibrary(const QString &path)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QByteArray sql = "PRAGMA foreign_keys = ON; PRAGMA application_id = 1347700811;";
    for (const char *name : {"001_initial.sql", "002_search.sql", "003_feeds.sql",
                             "004_annotation_search_triggers.sql", "005_search_bulk_import.sql",
                             "006_reading_positions.sql", "007_organise.sql", "008_annotation_reviews.sql"}) {
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
        "INSERT INTO articles (id, title, body_hash, saved_at, is_archived) VALUES (5, 'পদ্মা', 'h5', "
        "'2026-02-02T10:00:00Z', 1);"
        "INSERT INTO paragraphs VALUES (5, 0, 'পদ্মার ইলিশ।');"
        "INSERT INTO sources VALUES (5, 'BBC Bangla', 'https://example.com/b');"
        "INSERT INTO originals (article_id, bytes) VALUES (5, x'00');"
        "INSERT INTO annotations (id, article_id, exact, start_pos, end_pos, note, created_at, modified_at) "
        "VALUES (9, 3, 'বাঘ', 0, 3, 'ডোরাকাটা', 'x', 'x');"
        "INSERT INTO annotation_reviews (annotation_id, due, interval_days, reviews) VALUES (9, 'x', 1, 0);"
        "INSERT INTO feeds (id, url, title, added_at) VALUES (2, 'https://example.com/feed', 'খবর', 'x');"
        "INSERT INTO feed_items VALUES (2, 'guid-1', 'https://example.com/a', 3, 'x');"
        "INSERT INTO feed_items VALUES (2, 'guid-2', 'https://example.com/c', 4, 'x');"
        "INSERT INTO tags (id, name, folded) VALUES (1, 'বন', 'বন');"
        "INSERT INTO article_tags VALUES (3, 1);"
        "INSERT INTO reading_positions VALUES (3, 10, 500, 'x');"
        "PRAGMA user_version = 8;";
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

void exec(LibraryDatabase &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
}

// The counts made from the rows themselves, as the side bar made them before.
CollectionCounts countedFromRows(LibraryDatabase &db)
{
    CollectionCounts c;
    c.all = scalar(db, QStringLiteral("SELECT count(*) FROM articles"));
    c.inbox =
        scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE is_archived = 0 AND is_read = 0"));
    c.favourites = scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE is_favourite = 1"));
    c.archive = scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE is_archived = 1"));
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT f.id, (SELECT count(*) FROM feed_items fi JOIN articles a ON a.id = fi.article_id "
        "WHERE fi.feed_id = f.id AND a.is_archived = 0 AND a.is_read = 0) FROM feeds f ORDER BY f.id")));
    while (q.next())
        c.feeds.append({q.value(0).toLongLong(), QString(), q.value(1).toInt()});
    return c;
}

void expectKeptCountsRight(LibraryDatabase &db, const char *after)
{
    SCOPED_TRACE(after);
    Result<CollectionCounts> kept = CollectionCounter(db).counts();
    ASSERT_TRUE(kept.ok()) << kept.error().toStdString();
    const CollectionCounts rows = countedFromRows(db);
    EXPECT_EQ(kept->all, rows.all);
    EXPECT_EQ(kept->inbox, rows.inbox);
    EXPECT_EQ(kept->favourites, rows.favourites);
    EXPECT_EQ(kept->archive, rows.archive);
    ASSERT_EQ(kept->feeds.size(), rows.feeds.size());
    QList<FeedCount> feeds = kept->feeds;
    std::sort(feeds.begin(), feeds.end(), [](const FeedCount &a, const FeedCount &b) { return a.id < b.id; });
    for (qsizetype i = 0; i < feeds.size(); ++i) {
        EXPECT_EQ(feeds.at(i).id, rows.feeds.at(i).id);
        EXPECT_EQ(feeds.at(i).unread, rows.feeds.at(i).unread) << "feed " << feeds.at(i).id;
    }
    // The list's count of a state collection reads the same table.
    LibraryListQuery list(db);
    for (const auto &[condition, expected] :
         {std::pair{Collection::all(), rows.all}, std::pair{Collection::inbox(), rows.inbox},
          std::pair{Collection::favourites(), rows.favourites},
          std::pair{Collection::archive(), rows.archive}}) {
        list.setCondition(condition);
        EXPECT_EQ(list.count().value(), expected) << condition.sql.toStdString();
    }
    // A feed's count reads its items alone; it counts each article once, as the list shows it.
    for (const FeedCount &f : rows.feeds) {
        list.setCondition(Collection::feed(f.id));
        EXPECT_EQ(list.count().value(),
                  scalar(db, QStringLiteral("SELECT count(*) FROM articles a WHERE a.id IN "
                                            "(SELECT article_id FROM feed_items WHERE feed_id = %1)")
                                 .arg(f.id)))
            << "feed " << f.id;
    }
    EXPECT_EQ(
        scalar(db, QStringLiteral("SELECT count(*) FROM articles a LEFT JOIN sources s "
                                  "ON s.article_id = a.id WHERE a.source_label <> coalesce(s.label, '')")),
        0);
}

QString plan(LibraryDatabase &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) << sql.toStdString();
    QString out;
    while (q.next())
        out += q.value(3).toString() + QLatin1Char('\n');
    return out;
}

} // namespace

TEST(ListIndexesMigration, UpgradesASchemaEightLibraryWithEverythingIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("eight.sqlite"));
    writeSchemaEightLibrary(path);
    if (HasFailure())
        return;

    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    LibraryDatabase &lib = *db.value();
    EXPECT_EQ(lib.schemaVersion(), LibraryDatabase::latestSchemaVersion());
    EXPECT_GE(lib.schemaVersion(), 10);

    // The kept counts start from what the library held.
    Result<CollectionCounts> counts = CollectionCounter(lib).counts();
    ASSERT_TRUE(counts.ok()) << counts.error().toStdString();
    EXPECT_EQ(counts->all, 3);
    EXPECT_EQ(counts->inbox, 1);
    EXPECT_EQ(counts->favourites, 1);
    EXPECT_EQ(counts->archive, 1);
    ASSERT_EQ(counts->feeds.size(), 1);
    EXPECT_EQ(counts->feeds.first().unread, 1);
    ASSERT_EQ(counts->tags.size(), 1);
    EXPECT_EQ(counts->tags.first().articles, 1);
    expectKeptCountsRight(lib, "the upgrade");

    // The source order and the filter box's sources.
    LibraryListQuery list(lib);
    list.setSort(LibraryListQuery::SortKey::Source, true);
    Result<LibraryListQuery::Page> page = list.page(std::nullopt, 10);
    ASSERT_TRUE(page.ok()) << page.error().toStdString();
    ASSERT_EQ(page->rows.size(), 3);
    EXPECT_EQ(page->rows.at(0).id, 4); // no source: ''
    EXPECT_EQ(page->rows.at(1).sourceLabel, QStringLiteral("BBC Bangla"));
    EXPECT_EQ(page->rows.at(2).sourceLabel, QStringLiteral("প্রথম আলো"));
    SearchIndex index(lib);
    EXPECT_EQ(index.sourceLabels().value(),
              (QStringList{QStringLiteral("BBC Bangla"), QStringLiteral("প্রথম আলো")}));

    // Annotations, their review, the feed, the position and the index are as they were.
    EXPECT_EQ(scalar(lib, QStringLiteral("SELECT count(*) FROM annotations WHERE note = 'ডোরাকাটা'")), 1);
    EXPECT_EQ(scalar(lib, QStringLiteral("SELECT count(*) FROM annotation_reviews WHERE annotation_id = 9")),
              1);
    EXPECT_EQ(scalar(lib, QStringLiteral("SELECT article_id FROM feed_items WHERE item_key = 'guid-2'")), 4);
    EXPECT_EQ(scalar(lib, QStringLiteral("SELECT progress FROM reading_positions WHERE article_id = 3")),
              500);
    EXPECT_TRUE(index.check().ok());
    Result<QList<SearchHit>> hits = index.search(QStringLiteral("ডোরাকাটা"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, 3);
    hits = index.search(QStringLiteral("ইলিশ"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, 5);
}

TEST(ListIndexesMigration, KeptCountsFollowEveryChange)
{
    TestLibrary lib;
    LibraryDatabase &db = lib.db();
    QList<NewArticle> articles;
    for (int i = 0; i < 12; ++i) {
        NewArticle a;
        a.article.title = QStringLiteral("খবর %1").arg(i);
        a.article.paragraphs = {QStringLiteral("অনুচ্ছেদ %1").arg(i)};
        if (i % 3 != 0)
            a.article.source =
                Source{QStringLiteral("উৎস %1").arg(i % 2), QStringLiteral("https://example.com/%1").arg(i)};
        articles.append(a);
    }
    ASSERT_EQ(storeArticles(lib.store(), articles).size(), 12);
    expectKeptCountsRight(db, "the import");

    exec(db, QStringLiteral(
                 "INSERT INTO feeds (id, url, title, added_at) VALUES (1, 'https://a.example/f', 'ক', 'x'), "
                 "(2, 'https://b.example/f', 'খ', 'x')"));
    // Feed 1 holds articles 1–6 (article 6 twice), feed 2 articles 5–10 and one item without an article.
    for (int id = 1; id <= 6; ++id)
        exec(db, QStringLiteral("INSERT INTO feed_items VALUES (1, 'k%1', '', %1, 'x')").arg(id));
    exec(db, QStringLiteral("INSERT INTO feed_items VALUES (1, 'again', '', 6, 'x')"));
    for (int id = 5; id <= 10; ++id)
        exec(db, QStringLiteral("INSERT INTO feed_items VALUES (2, 'k%1', '', %1, 'x')").arg(id));
    exec(db, QStringLiteral("INSERT INTO feed_items VALUES (2, 'none', '', NULL, 'x')"));
    expectKeptCountsRight(db, "adding feed items");

    ASSERT_TRUE(lib.store().setRead(2, true).ok());
    ASSERT_TRUE(lib.store().setFavourite(3, true).ok());
    expectKeptCountsRight(db, "a read mark and a favourite");
    exec(db, QStringLiteral("UPDATE articles SET is_archived = 1 WHERE id IN (5, 6, 7)"));
    exec(db, QStringLiteral("UPDATE articles SET is_read = 1 WHERE id IN (6, 8)"));
    expectKeptCountsRight(db, "archiving and reading several");
    exec(db, QStringLiteral("UPDATE articles SET is_read = 0, is_archived = 0 WHERE id = 6"));
    expectKeptCountsRight(db, "back to the inbox");
    exec(db, QStringLiteral("UPDATE feed_items SET article_id = 11 WHERE feed_id = 2 AND item_key = 'none'"));
    exec(db, QStringLiteral("UPDATE feed_items SET feed_id = 2 WHERE feed_id = 1 AND item_key = 'k1'"));
    expectKeptCountsRight(db, "items moved");

    Result<int> removed = lib.store().remove({6, 9, 2});
    ASSERT_TRUE(removed.ok()) << removed.error().toStdString();
    expectKeptCountsRight(db, "deleting articles, one of them in a feed twice");
    exec(db, QStringLiteral("DELETE FROM feed_items WHERE feed_id = 2 AND item_key = 'k10'"));
    expectKeptCountsRight(db, "deleting a feed item");
    exec(db, QStringLiteral("DELETE FROM feeds WHERE id = 1"));
    expectKeptCountsRight(db, "deleting a feed");
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM feed_unread_counts WHERE feed_id = 1")), 0);

    exec(db, QStringLiteral("UPDATE sources SET label = 'নতুন' WHERE article_id = 4"));
    exec(db, QStringLiteral("DELETE FROM sources WHERE article_id = 5"));
    expectKeptCountsRight(db, "a source renamed and one removed");
}

TEST(ListIndexesMigration, NoListOrderSortsTheLibraryForAPage)
{
    TestLibrary lib;
    LibraryDatabase &db = lib.db();
    for (const char *key : {"a.title", "a.source_label"}) {
        for (const char *dir : {"ASC", "DESC"}) {
            const QString beyond =
                QLatin1String(dir) == QLatin1String("ASC") ? QStringLiteral(">") : QStringLiteral("<");
            const QString sql =
                LibraryListQuery::selectSummaries() +
                QStringLiteral(
                    ", %1 FROM articles a LEFT JOIN sources s ON s.article_id = a.id "
                    "WHERE %1 %3= 'ক' AND (%1 %3 'ক' OR a.id %3 5) ORDER BY %1 %2, a.id %2 LIMIT 200")
                    .arg(QLatin1String(key), QLatin1String(dir), beyond);
            const QString p = plan(db, sql);
            // One sort only: of a row's few tags by name, inside its subquery.
            EXPECT_EQ(p.count(QStringLiteral("TEMP B-TREE")), 1) << key << ' ' << dir << '\n'
                                                                 << p.toStdString();
            EXPECT_TRUE(p.contains(QStringLiteral("USING INDEX articles_"))) << p.toStdString();
        }
    }
    // The filter box's sources: a seek per label, never a scan of sources.
    const QString labels = plan(db, QStringLiteral("SELECT min(s.label) FROM sources s WHERE s.label > 'ক'"));
    EXPECT_TRUE(labels.contains(QStringLiteral("COVERING INDEX sources_label"))) << labels.toStdString();
}
