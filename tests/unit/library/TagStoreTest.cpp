// Tags, archive, published date and author, and the side bar's counts, on a
// real library file.
#include "library/TagStore.h"
#include "library/Collection.h"
#include "library/CollectionCounter.h"
#include "library/LibraryListQuery.h"
#include "library/PublicationText.h"
#include "TestLibrary.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

QList<qint64> threeArticles(TestLibrary &lib)
{
    QList<NewArticle> articles;
    for (int i = 0; i < 3; ++i) {
        NewArticle a;
        a.article.title = QStringLiteral("শিরোনাম %1").arg(i);
        a.article.paragraphs = {QStringLiteral("অনুচ্ছেদ নম্বর %1").arg(i)};
        articles.append(a);
    }
    return storeArticles(lib.store(), articles);
}

} // namespace

TEST(TagStore, FoldingMakesSpellingsOfOneTagOne)
{
    EXPECT_EQ(TagStore::fold(QStringLiteral("  Cricket  World ")), QStringLiteral("cricket world"));
    // A joiner typed or not, composed or not: the same Bengali tag.
    EXPECT_EQ(TagStore::fold(QStringLiteral("উত্\u200Dসব")), TagStore::fold(QStringLiteral("উত্সব")));
    EXPECT_EQ(TagStore::fold(QStringLiteral("\u09A1\u09BC")), TagStore::fold(QStringLiteral("\u09DC")));
    EXPECT_TRUE(TagStore::cleanName(QStringLiteral(" \n\t ")).isEmpty());
    EXPECT_EQ(TagStore::cleanName(QString(500, QLatin1Char('x'))).size(), TagStore::maxNameLength);
}

TEST(TagStore, AddRemoveRenameMergeAndCount)
{
    TestLibrary lib;
    const QList<qint64> ids = threeArticles(lib);
    ASSERT_EQ(ids.size(), 3);
    TagStore tags(lib.db());

    EXPECT_EQ(tags.add(ids, QStringLiteral("খেলা")).value(), 3);
    EXPECT_EQ(tags.add({ids[0]}, QStringLiteral("Cricket")).value(), 1);
    // Another spelling of the same tag adds nothing new and keeps the first name.
    EXPECT_EQ(tags.add({ids[0], ids[1]}, QStringLiteral("  cricket ")).value(), 1);
    EXPECT_EQ(tags.tags().value(),
              (QList<TagCount>{{2, QStringLiteral("Cricket"), 2}, {1, QStringLiteral("খেলা"), 3}}));
    EXPECT_EQ(tags.tagsOf(ids[0]).value(), (QStringList{QStringLiteral("Cricket"), QStringLiteral("খেলা")}));
    EXPECT_EQ(lib.store().article(ids[0])->tags, tags.tagsOf(ids[0]).value());

    EXPECT_EQ(tags.remove({ids[1], ids[2]}, QStringLiteral("CRICKET")).value(), 1);
    EXPECT_EQ(tags.remove({ids[1]}, QStringLiteral("no such tag")).value(), 0);

    // Renaming onto an existing tag merges the two.
    ASSERT_TRUE(tags.rename(QStringLiteral("cricket"), QStringLiteral("ক্রিকেট")).ok());
    ASSERT_TRUE(tags.rename(QStringLiteral("ক্রিকেট"), QStringLiteral("খেলা")).ok());
    EXPECT_EQ(tags.tags().value(), (QList<TagCount>{{1, QStringLiteral("খেলা"), 3}}));
    EXPECT_FALSE(tags.rename(QStringLiteral("nothing"), QStringLiteral("x")).ok());
    EXPECT_FALSE(tags.rename(QStringLiteral("খেলা"), QStringLiteral("   ")).ok());

    ASSERT_TRUE(tags.add({ids[2]}, QStringLiteral("রাজনীতি")).ok());
    ASSERT_TRUE(tags.merge(QStringLiteral("রাজনীতি"), QStringLiteral("নির্বাচন")).ok());
    EXPECT_EQ(tags.tagsOf(ids[2]).value(), (QStringList{QStringLiteral("খেলা"), QStringLiteral("নির্বাচন")}));

    ASSERT_TRUE(tags.deleteTag(QStringLiteral("খেলা")).ok());
    EXPECT_EQ(tags.tagsOf(ids[0]).value(), QStringList{});
}

TEST(TagStore, AnUnknownArticleChangesNothing)
{
    TestLibrary lib;
    const QList<qint64> ids = threeArticles(lib);
    TagStore tags(lib.db());
    Result<int> r = tags.add({ids[0], 999}, QStringLiteral("খেলা"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("999")));
    EXPECT_TRUE(tags.tags().value().isEmpty()); // not even the tag was made
    EXPECT_FALSE(tags.add(ids, QStringLiteral(" ")).ok());
}

TEST(TagStore, DeletingAnArticleTakesItsTagsOff)
{
    TestLibrary lib;
    const QList<qint64> ids = threeArticles(lib);
    TagStore tags(lib.db());
    ASSERT_TRUE(tags.add(ids, QStringLiteral("খেলা")).ok());
    ASSERT_TRUE(lib.store().remove({ids[1]}).ok());
    EXPECT_EQ(tags.tags().value().first().articles, 2);
}

TEST(LibraryStore, ArchiveAndBulkFlags)
{
    TestLibrary lib;
    const QList<qint64> ids = threeArticles(lib);
    LibraryStore &store = lib.store();
    ASSERT_TRUE(store.setArchived(ids[0], true).ok());
    EXPECT_TRUE(store.article(ids[0])->archived);
    ASSERT_TRUE(store.setFlag({ids[1], ids[2]}, LibraryStore::Flag::Favourite, true).ok());
    EXPECT_TRUE(store.article(ids[2])->favourite);
    // All or nothing: one unknown id and no article changes.
    EXPECT_FALSE(store.setFlag({ids[0], ids[1], 777}, LibraryStore::Flag::Read, true).ok());
    EXPECT_FALSE(store.article(ids[0])->read);
    EXPECT_FALSE(store.article(ids[1])->read);
}

TEST(LibraryStore, ImportKeepsPublishedAndAuthorAsTheSourceGaveThem)
{
    TestLibrary lib;
    NewArticle a;
    a.article.title = QStringLiteral("বাজেট");
    a.article.paragraphs = {QStringLiteral("বাজেট ঘোষণা হয়েছে।")};
    a.published = QStringLiteral("2026-03-01T08:30:00+06:00");
    a.author = QStringLiteral("  রহিম   উদ্দিন \n");
    NewArticle b;
    b.article.title = QStringLiteral("বৃষ্টি");
    b.article.paragraphs = {QStringLiteral("আজ বৃষ্টি হবে।")};
    b.published = QStringLiteral("last Tuesday"); // not a date: nothing is stored
    const QList<qint64> ids = storeArticles(lib.store(), {a, b});
    ASSERT_EQ(ids.size(), 2);
    Result<StoredArticle> first = lib.store().article(ids[0]);
    EXPECT_EQ(first->published, QStringLiteral("2026-03-01T08:30:00+06:00"));
    EXPECT_EQ(first->author, QStringLiteral("রহিম উদ্দিন"));
    Result<StoredArticle> second = lib.store().article(ids[1]);
    EXPECT_TRUE(second->published.isNull());
    EXPECT_TRUE(second->author.isNull());

    ASSERT_TRUE(
        lib.store().setPublication(ids[1], QStringLiteral("2026-02-28"), QStringLiteral("করিম")).ok());
    EXPECT_EQ(lib.store().article(ids[1])->published, QStringLiteral("2026-02-28"));
    const QList<ArticleSummary> rows = lib.store().summaries().value();
    EXPECT_EQ(rows.at(1).author, QStringLiteral("করিম"));
}

TEST(PublicationText, KeepsWellFormedDatesAndNothingElse)
{
    EXPECT_EQ(PublicationText::published(QStringLiteral("2026-03-01")), QStringLiteral("2026-03-01"));
    EXPECT_EQ(PublicationText::published(QStringLiteral("2026-03-01T08:30:00Z")),
              QStringLiteral("2026-03-01T08:30:00Z"));
    EXPECT_EQ(PublicationText::published(QStringLiteral("2026-03-01 08:30:00.123456+00:00")),
              QStringLiteral("2026-03-01T08:30:00Z"));
    EXPECT_EQ(PublicationText::published(QStringLiteral("2026-03-01T08:30+05:30")),
              QStringLiteral("2026-03-01T08:30:00+05:30"));
    EXPECT_TRUE(PublicationText::published(QStringLiteral("2026-02-30")).isNull());
    EXPECT_TRUE(PublicationText::published(QStringLiteral("০১ মার্চ ২০২৬")).isNull());
    EXPECT_TRUE(PublicationText::published(QStringLiteral("9999-01-01")).isNull());
    EXPECT_TRUE(PublicationText::published(QString()).isNull());
    EXPECT_EQ(
        PublicationText::authors({QStringLiteral("রহিম"), QStringLiteral(" রহিম "), QStringLiteral("Karim")}),
        QStringLiteral("রহিম, Karim"));
    EXPECT_EQ(PublicationText::author(QString(1000, QChar(0x0995))).size(), PublicationText::maxAuthorLength);
}

TEST(CollectionCounter, CountsWhatEachCollectionLists)
{
    TestLibrary lib;
    const QList<qint64> ids = threeArticles(lib);
    LibraryStore &store = lib.store();
    ASSERT_TRUE(store.setRead(ids[0], true).ok());
    ASSERT_TRUE(store.setArchived(ids[1], true).ok());
    ASSERT_TRUE(store.setFavourite(ids[1], true).ok());
    ASSERT_TRUE(TagStore(lib.db()).add({ids[0], ids[2]}, QStringLiteral("খেলা")).ok());
    ASSERT_TRUE(
        lib.db()
            .executeScript(
                QStringLiteral(
                    "INSERT INTO feeds (id, url, title, added_at) VALUES (5, 'https://e.com/f', '', 'x');"
                    "INSERT INTO feed_items VALUES (5, 'a', '', %1, 'x'), (5, 'b', '', %2, 'x'), "
                    "(5, 'c', '', %3, 'x');")
                    .arg(ids[0])
                    .arg(ids[1])
                    .arg(ids[2]))
            .ok());

    const CollectionCounts c = CollectionCounter(lib.db()).counts().value();
    EXPECT_EQ(c.all, 3);
    EXPECT_EQ(c.inbox, 1); // ids[2]: unread, not archived
    EXPECT_EQ(c.archive, 1);
    EXPECT_EQ(c.favourites, 1);
    ASSERT_EQ(c.feeds.size(), 1);
    EXPECT_EQ(c.feeds[0].title, QStringLiteral("https://e.com/f"));
    EXPECT_EQ(c.feeds[0].unread, 1);
    ASSERT_EQ(c.tags.size(), 1);
    EXPECT_EQ(c.tags[0].articles, 2);

    // Each count is what the list shows for that collection.
    const auto listed = [&lib](const ArticleCondition &condition) {
        LibraryListQuery q(lib.db());
        q.setCondition(condition);
        return q.count().value();
    };
    EXPECT_EQ(listed(Collection::inbox()), c.inbox);
    EXPECT_EQ(listed(Collection::all()), c.all);
    EXPECT_EQ(listed(Collection::archive()), c.archive);
    EXPECT_EQ(listed(Collection::favourites()), c.favourites);
    EXPECT_EQ(listed(Collection::tag(c.tags[0].id)), 2);
    EXPECT_EQ(listed(Collection::feed(5) && Collection::inbox()), c.feeds[0].unread);
}
