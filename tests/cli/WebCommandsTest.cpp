// `pathak import URL…` and `pathak feed …` run as a user would, against the test server.
#include "feeds/Opml.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "TestHttpServer.h"
#include "TestLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

QStringList lines(const QByteArray &text)
{
    QStringList out = QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    out.sort();
    return out;
}

} // namespace

TEST(WebCommands, ImportUrlsMixedWithFiles)
{
    TestHttpServer server;
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib.sqlite"));
    const QString jsonld = server.urlString(QStringLiteral("/news-jsonld.html"));
    const QStringList bad = {
        server.urlString(QStringLiteral("/missing")), server.urlString(QStringLiteral("/error")),
        server.urlString(QStringLiteral("/loop")), server.urlString(QStringLiteral("/not-article.html")),
        server.urlString(QStringLiteral("/huge"))};
    ProcessResult r = runPathak(QStringList{QStringLiteral("--library"), lib, QStringLiteral("import"),
                                            jsonld, dataFile(QStringLiteral("seed-lavrov-rubio.txt")),
                                            server.urlString(QStringLiteral("/article.txt")),
                                            server.urlString(QStringLiteral("/windows-1252.html"))} +
                                bad);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out, QByteArray("imported 4, duplicates 0, failed 5\n")) << r.err.toStdString();
    EXPECT_EQ(
        lines(r.err),
        lines(QStringLiteral("pathak: %1: HTTP 404 Not Found\n"
                             "pathak: %2: HTTP 500 Internal Server Error\n"
                             "pathak: %3: more than 5 redirects\n"
                             "pathak: %4: not an article: no article markup and only 22 characters of text\n"
                             "pathak: %5: larger than 20 MiB\n")
                  .arg(bad.at(0), bad.at(1), bad.at(2), bad.at(3), bad.at(4))
                  .toUtf8()));

    // Stored whole, lead image included, so reading needs no network.
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(lib);
        ASSERT_TRUE(db.ok());
        LibraryStore store(*db.value());
        Result<QList<ArticleSummary>> all = store.summaries();
        ASSERT_TRUE(all.ok());
        ASSERT_EQ(all->size(), 4);
        int withImage = 0;
        for (const ArticleSummary &s : all.value()) {
            Result<QByteArray> image = store.image(s.id);
            if (image.ok() && !image->isEmpty()) {
                ++withImage;
                EXPECT_EQ(image.value(), readAll(dataDir() + QStringLiteral("/web/images/lead.png")));
                EXPECT_EQ(s.title, QStringLiteral("পদ্মা সেতুতে এক দিনে রেকর্ড যান চলাচল"));
            }
        }
        EXPECT_EQ(withImage, 1);
    }

    // Again, as JSON: the page is a duplicate (same source URL); a 404 stays a failure.
    ProcessResult again = runPathak({QStringLiteral("--library"), lib, QStringLiteral("import"),
                                     QStringLiteral("--json"), jsonld, bad.at(0)});
    EXPECT_EQ(again.exitCode, 1);
    const QJsonArray results = QJsonDocument::fromJson(again.out).array();
    ASSERT_EQ(results.size(), 2) << again.out.toStdString();
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("input")).toString() == jsonld) {
            EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
            EXPECT_GT(o.value(QStringLiteral("id")).toInt(), 0);
        } else {
            EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
            EXPECT_EQ(o.value(QStringLiteral("error")).toString(), QStringLiteral("HTTP 404 Not Found"));
        }
    }
}

TEST(WebCommands, SlowServerTimesOut)
{
    TestHttpServer server;
    QTemporaryDir dir;
    qputenv("PATHAK_NETWORK_TIMEOUT", "0.5");
    ProcessResult r = runPathak({QStringLiteral("--library"), dir.filePath(QStringLiteral("lib.sqlite")),
                                 QStringLiteral("import"), server.urlString(QStringLiteral("/slow")),
                                 server.urlString(QStringLiteral("/news-plain.html"))});
    qunsetenv("PATHAK_NETWORK_TIMEOUT");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out, QByteArray("imported 1, duplicates 0, failed 1\n"));
    EXPECT_TRUE(QString::fromUtf8(r.err).startsWith(
        QStringLiteral("pathak: %1: timed out").arg(server.urlString(QStringLiteral("/slow")))))
        << r.err.toStdString();
}

TEST(WebCommands, FeedsAddRefreshListOpml)
{
    TestHttpServer server;
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib.sqlite"));
    const QStringList l{QStringLiteral("--library"), lib, QStringLiteral("feed")};

    ProcessResult rss =
        runPathak(l + QStringList{QStringLiteral("add"), server.urlString(QStringLiteral("/feed.rss"))});
    EXPECT_EQ(rss.exitCode, 0) << rss.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(rss.out),
              QStringLiteral("feed 1 দৈনিক উদাহরণ — সর্বশেষ: imported 2, duplicates 0, failed 0\n"));

    ProcessResult atom =
        runPathak(l + QStringList{QStringLiteral("add"), server.urlString(QStringLiteral("/feed.atom"))});
    EXPECT_EQ(atom.exitCode, 0) << atom.err.toStdString();
    EXPECT_EQ(atom.out, QByteArray("feed 2 Example Atom feed: imported 2, duplicates 0, failed 0\n"));

    // Not feeds: nothing subscribed, a clear error each.
    ProcessResult malformed =
        runPathak(l + QStringList{QStringLiteral("add"), server.urlString(QStringLiteral("/malformed.xml"))});
    EXPECT_EQ(malformed.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(malformed.err).contains(QStringLiteral("malformed feed XML at line 5")))
        << malformed.err.toStdString();
    ProcessResult missing =
        runPathak(l + QStringList{QStringLiteral("add"), server.urlString(QStringLiteral("/missing"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err, QStringLiteral("pathak: %1: HTTP 404 Not Found\n")
                               .arg(server.urlString(QStringLiteral("/missing")))
                               .toUtf8());
    ProcessResult page = runPathak(
        l + QStringList{QStringLiteral("add"), server.urlString(QStringLiteral("/news-plain.html"))});
    EXPECT_EQ(page.exitCode, 1);
    EXPECT_EQ(
        runPathak(l + QStringList{QStringLiteral("add"), QStringLiteral("file:///etc/passwd")}).exitCode, 2);

    // A feed with a dead item: the good one is saved, the error recorded, the dead one retried later.
    ProcessResult broken = runPathak(
        l + QStringList{QStringLiteral("add"), server.urlString(QStringLiteral("/broken-items.rss"))});
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_EQ(broken.out, QByteArray("feed 3 A feed with a dead link: imported 0, duplicates 1, failed 1\n"));
    EXPECT_EQ(broken.err, QStringLiteral("pathak: %1: HTTP 404 Not Found\n")
                              .arg(server.urlString(QStringLiteral("/missing")))
                              .toUtf8());

    ProcessResult list = runPathak(l + QStringList{QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(list.exitCode, 0);
    const QJsonArray feeds = QJsonDocument::fromJson(list.out).array();
    ASSERT_EQ(feeds.size(), 3) << list.out.toStdString();
    EXPECT_EQ(feeds.at(0).toObject().value(QStringLiteral("saved_items")).toInt(), 2);
    EXPECT_TRUE(feeds.at(0).toObject().value(QStringLiteral("error")).isNull());
    EXPECT_TRUE(feeds.at(2)
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("HTTP 404 Not Found")));

    // Refresh all: RSS answers 304 to its ETag; the dead item is tried again, the saved one not.
    const int plainBefore = server.requestCount(QStringLiteral("/news-plain.html"));
    ProcessResult refresh = runPathak(l + QStringList{QStringLiteral("refresh")});
    EXPECT_EQ(refresh.exitCode, 1);
    EXPECT_EQ(
        lines(refresh.out),
        (QStringList{QStringLiteral("feed 1 দৈনিক উদাহরণ — সর্বশেষ: not modified"),
                     QStringLiteral("feed 2 Example Atom feed: imported 0, duplicates 0, failed 0"),
                     QStringLiteral("feed 3 A feed with a dead link: imported 0, duplicates 0, failed 1")}));
    EXPECT_EQ(server.requestCount(QStringLiteral("/feed.rss")), 2);
    EXPECT_EQ(server.requestCount(QStringLiteral("/missing")), 3);
    EXPECT_EQ(server.requestCount(QStringLiteral("/news-plain.html")), plainBefore);

    // OPML out and in.
    const QString opml = dir.filePath(QStringLiteral("feeds.opml"));
    ProcessResult out = runPathak(l + QStringList{QStringLiteral("export-opml"), opml});
    EXPECT_EQ(out.exitCode, 0) << out.err.toStdString();
    Result<QList<OpmlFeed>> exported = Opml::parse(readAll(opml));
    ASSERT_TRUE(exported.ok());
    ASSERT_EQ(exported->size(), 3);
    EXPECT_EQ(exported->at(1).xmlUrl, server.urlString(QStringLiteral("/feed.atom")));

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    QByteArray fixture = readAll(dataDir() + QStringLiteral("/web/feeds.opml"));
    fixture.replace("PORT", QByteArray::number(server.url({}).port()));
    const QString opmlIn = dir.filePath(QStringLiteral("in.opml"));
    QFile f(opmlIn);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(fixture);
    f.close();
    const QStringList o{QStringLiteral("--library"), other, QStringLiteral("feed")};
    ProcessResult in = runPathak(o + QStringList{QStringLiteral("import-opml"), opmlIn});
    EXPECT_EQ(in.exitCode, 0) << in.err.toStdString();
    EXPECT_EQ(in.out, QByteArray("added 2, already subscribed 0, failed 0\n"));
    ProcessResult all = runPathak(o + QStringList{QStringLiteral("refresh"), QStringLiteral("--json")});
    EXPECT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QJsonArray refreshed = QJsonDocument::fromJson(all.out).array();
    ASSERT_EQ(refreshed.size(), 2);
    int imported = 0;
    for (const QJsonValue &v : refreshed)
        imported += v.toObject().value(QStringLiteral("imported")).toInt();
    EXPECT_EQ(imported, 4);
    EXPECT_EQ(runPathak(o + QStringList{QStringLiteral("import-opml"),
                                        dataFile(QStringLiteral("web/malformed.xml"))})
                  .exitCode,
              1);
}

// Item links that are not web pages (javascript:, file:, data:, mailto:)
// at the head of a feed are refused one by one; the real article behind
// them is still saved and the command ends.
TEST(WebCommands, FeedWithNonWebLinksFinishes)
{
    TestHttpServer server;
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib.sqlite"));
    ProcessResult r =
        runPathak({QStringLiteral("--library"), lib, QStringLiteral("feed"), QStringLiteral("add"),
                   server.urlString(QStringLiteral("/hostile-links.rss"))});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(r.out),
              QStringLiteral("feed 1 Links that are not web pages: imported 1, duplicates 0, failed 4\n"));
    EXPECT_EQ(server.requestCount(QStringLiteral("/news-plain.html")), 1);
}
