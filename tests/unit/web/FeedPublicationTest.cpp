// Published dates and authors from feeds and pages, through to the library.
#include "feeds/FeedParser.h"
#include "feeds/FeedRefresher.h"
#include "TestHttpServer.h"
#include "TestLibrary.h"

#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

TEST(FeedParser, ReadsItemAuthors)
{
    const QUrl base(QStringLiteral("https://example.com/feed"));
    Result<Feed> rss = FeedParser::parse(readAll(dataDir() + QStringLiteral("/web/feed.rss")), base);
    ASSERT_TRUE(rss.ok());
    EXPECT_EQ(rss->items.at(0).author, QStringLiteral("প্রতিবেদক"));
    EXPECT_TRUE(rss->items.at(1).author.isEmpty());

    Result<Feed> more = FeedParser::parse(
        "<rss version=\"2.0\"><channel><item><link>/a</link><author>desk@example.com (সুমন দাস)</author>"
        "</item><item><link>/b</link><author>desk@example.com</author></item></channel></rss>",
        base);
    ASSERT_TRUE(more.ok());
    EXPECT_EQ(more->items.at(0).author, QStringLiteral("সুমন দাস"));
    EXPECT_TRUE(more->items.at(1).author.isEmpty()); // an address alone is no name

    Result<Feed> atom = FeedParser::parse(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>x</id><link href=\"/a\"/>"
        "<author><name>নাদিয়া</name><email>n@example.com</email></author><author><name>Karim</name></author>"
        "<published>2026-11-27T09:00:00Z</published></entry></feed>",
        base);
    ASSERT_TRUE(atom.ok());
    ASSERT_EQ(atom->items.size(), 1);
    EXPECT_EQ(atom->items.at(0).author, QStringLiteral("নাদিয়া, Karim"));
    EXPECT_EQ(atom->items.at(0).published, QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
}

TEST(FeedRefresher, StoresTheFeedsDateAndAuthorWhenThePageGivesNone)
{
    TestHttpServer server;
    TestLibrary lib;
    {
        FeedRefresher refresher(lib.db());
        QEventLoop loop;
        QObject::connect(&refresher, &FeedRefresher::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        refresher.subscribe(server.url(QStringLiteral("/feed.rss")));
        loop.exec();
    }
    const QList<ArticleSummary> rows = lib.store().summaries().value();
    ASSERT_EQ(rows.size(), 2);
    const auto byOrigin = [&](const QString &path) -> StoredArticle {
        for (const ArticleSummary &s : rows) {
            StoredArticle a = lib.store().article(s.id).value();
            if (a.origin.endsWith(path))
                return a;
        }
        ADD_FAILURE() << "no article from " << path.toStdString();
        return {};
    };
    const StoredArticle jsonld = byOrigin(QStringLiteral("/news-jsonld.html"));
    EXPECT_EQ(jsonld.published, QStringLiteral("2026-11-28T09:00:00+06:00"));
    EXPECT_EQ(jsonld.author, QStringLiteral("প্রতিবেদক"));
    const StoredArticle plain = byOrigin(QStringLiteral("/news-plain.html"));
    EXPECT_EQ(plain.published, QStringLiteral("2026-11-28T08:00:00+06:00"));
}
