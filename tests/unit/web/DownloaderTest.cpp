// Downloader, PageFetcher and FeedRefresher against the real test server.
#include "web/Downloader.h"
#include "feeds/FeedParser.h"
#include "feeds/FeedRefresher.h"
#include "feeds/FeedStore.h"
#include "feeds/Opml.h"
#include "TestHttpServer.h"
#include "TestLibrary.h"
#include "web/PageFetcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

// Runs the event loop until one download has called back (or 20 s passed).
Result<Download> fetch(Downloader &d, const QUrl &url)
{
    std::optional<Result<Download>> out;
    QEventLoop loop;
    d.get(url, [&](const Result<Download> &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    if (!out)
        return Result<Download>::failure(QStringLiteral("test gave up waiting"));
    return *out;
}

} // namespace

TEST(Downloader, ServesPagesAndReportsHttpErrors)
{
    TestHttpServer server;
    ASSERT_TRUE(server.isListening());
    Downloader d;
    Result<Download> ok = fetch(d, server.url(QStringLiteral("/news-plain.html")));
    ASSERT_TRUE(ok.ok()) << ok.error().toStdString();
    EXPECT_EQ(ok->httpStatus, 200);
    EXPECT_EQ(ok->contentType, QByteArray("text/html; charset=utf-8"));
    EXPECT_FALSE(ok->body.isEmpty());

    Result<Download> missing = fetch(d, server.url(QStringLiteral("/missing")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error(), QStringLiteral("HTTP 404 Not Found"));
    Result<Download> error = fetch(d, server.url(QStringLiteral("/error")));
    ASSERT_FALSE(error.ok());
    EXPECT_EQ(error.error(), QStringLiteral("HTTP 500 Internal Server Error"));
}

TEST(Downloader, RedirectsAreBoundedAndHttpOnly)
{
    TestHttpServer server;
    Downloader d;
    Result<Download> five = fetch(d, server.url(QStringLiteral("/chain/5")));
    ASSERT_TRUE(five.ok()) << five.error().toStdString();
    EXPECT_EQ(five->finalUrl, server.url(QStringLiteral("/chain/0")));

    Result<Download> six = fetch(d, server.url(QStringLiteral("/chain/6")));
    ASSERT_FALSE(six.ok());
    EXPECT_EQ(six.error(), QStringLiteral("more than 5 redirects"));

    Result<Download> loop = fetch(d, server.url(QStringLiteral("/loop")));
    ASSERT_FALSE(loop.ok());
    EXPECT_EQ(loop.error(), QStringLiteral("more than 5 redirects"));
    // Qt may resend a request whose connection the server closed; still bounded.
    EXPECT_LE(server.requestCount(QStringLiteral("/loop")), 12);

    Result<Download> toFile = fetch(d, server.url(QStringLiteral("/to-file")));
    ASSERT_FALSE(toFile.ok());
    EXPECT_TRUE(toFile.error().contains(QStringLiteral("not an http or https URL")))
        << toFile.error().toStdString();

    Result<Download> ftp = fetch(d, QUrl(QStringLiteral("ftp://127.0.0.1/file")));
    ASSERT_FALSE(ftp.ok());
    EXPECT_EQ(ftp.error(), QStringLiteral("only http and https URLs can be downloaded"));
}

TEST(Downloader, TimeoutsAndSizeCap)
{
    TestHttpServer server;
    Downloader d;
    DownloadLimits limits;
    // /slow never answers, so only the downloader's own timer can end these
    // fetches: the message says which timer it was. (The test's 20 s limit
    // in fetch() only ends a hang, with a different message.)
    limits.totalTimeoutMs = 400;
    d.setLimits(limits);
    Result<Download> slow = fetch(d, server.url(QStringLiteral("/slow")));
    ASSERT_FALSE(slow.ok());
    EXPECT_EQ(slow.error(), QStringLiteral("timed out: download not finished within 0.4 s"));

    limits.totalTimeoutMs = 10000;
    limits.connectTimeoutMs = 300;
    d.setLimits(limits);
    Result<Download> noAnswer = fetch(d, server.url(QStringLiteral("/slow")));
    ASSERT_FALSE(noAnswer.ok());
    EXPECT_TRUE(noAnswer.error().startsWith(QStringLiteral("timed out: no answer")))
        << noAnswer.error().toStdString();

    d.setLimits(DownloadLimits{});
    Result<Download> huge = fetch(d, server.url(QStringLiteral("/huge")));
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error(), QStringLiteral("larger than 20 MiB"));
    Result<Download> declared = fetch(d, server.url(QStringLiteral("/huge-declared")));
    ASSERT_FALSE(declared.ok());
    EXPECT_TRUE(
        declared.error().startsWith(QStringLiteral("larger than 20 MiB (the server announced 21 MiB)")))
        << declared.error().toStdString();
}

TEST(Downloader, TlsErrorsAreReportedNotIgnored)
{
    TestHttpServer server;
    Downloader d;
    Result<Download> selfSigned = fetch(d, server.tlsUrl(QStringLiteral("/news-plain.html")));
    ASSERT_FALSE(selfSigned.ok());
    EXPECT_TRUE(selfSigned.error().startsWith(QStringLiteral("TLS error: ")))
        << selfSigned.error().toStdString();
    EXPECT_TRUE(selfSigned.error().contains(QStringLiteral("self-signed"), Qt::CaseInsensitive))
        << selfSigned.error().toStdString();
    EXPECT_EQ(server.requestCount(QStringLiteral("/news-plain.html")),
              0); // nothing was sent over the untrusted link
}

TEST(Downloader, ParallelTransfersAreBounded)
{
    TestHttpServer server;
    Downloader d;
    d.setMaxParallel(2);
    int done = 0;
    int maxPending = 0;
    QEventLoop loop;
    QObject::connect(&d, &Downloader::idle, &loop, &QEventLoop::quit);
    for (int i = 0; i < 6; ++i) {
        d.get(server.url(QStringLiteral("/news-plain.html")), [&](const Result<Download> &r) {
            EXPECT_TRUE(r.ok());
            ++done;
        });
        maxPending = std::max(maxPending, d.pending());
    }
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(done, 6);
    EXPECT_EQ(maxPending, 6);
    EXPECT_EQ(server.requestCount(QStringLiteral("/news-plain.html")), 6);
}

// Refused URLs (not http or https) are reported, but take no transfer slot:
// four of them ahead of a real one once left it waiting for ever.
TEST(Downloader, RefusedUrlsDoNotHoldUpTheQueue)
{
    TestHttpServer server;
    Downloader d;
    d.setMaxParallel(2);
    QStringList refused;
    for (const char *url : {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "mailto:a@b.c"})
        d.get(QUrl(QString::fromLatin1(url)), [&](const Result<Download> &r) { refused.append(r.error()); });
    std::optional<Result<Download>> page;
    d.get(server.url(QStringLiteral("/news-plain.html")), [&](const Result<Download> &r) { page = r; });
    // Started at once: nothing waits for a slot.
    EXPECT_EQ(d.waiting(), 0);
    EXPECT_EQ(d.pending(), 5);
    QEventLoop loop;
    QObject::connect(&d, &Downloader::idle, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(refused, QStringList(4, QStringLiteral("only http and https URLs can be downloaded")));
    ASSERT_TRUE(page.has_value());
    EXPECT_TRUE(page->ok()) << page->error().toStdString();
}

TEST(Downloader, CancelAllReportsCancelledToRunningAndWaitingTransfers)
{
    TestHttpServer server;
    Downloader d;
    d.setMaxParallel(1);
    QStringList outcomes;
    for (int i = 0; i < 2; ++i)
        d.get(server.url(QStringLiteral("/slow")),
              [&](const Result<Download> &r) { outcomes.append(r.ok() ? QStringLiteral("ok") : r.error()); });
    // The first transfer is under way once the server has its request (/slow holds the answer back).
    QElapsedTimer safety;
    safety.start();
    while (server.requestCount(QStringLiteral("/slow")) == 0 && safety.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ASSERT_EQ(server.requestCount(QStringLiteral("/slow")), 1);
    ASSERT_EQ(d.pending(), 2);

    QEventLoop loop;
    QObject::connect(&d, &Downloader::idle, &loop, &QEventLoop::quit);
    d.cancelAll();
    if (d.pending() > 0) {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    // The waiting one is told first, then the running one is aborted.
    EXPECT_EQ(outcomes, (QStringList{QStringLiteral("cancelled"), QStringLiteral("cancelled")}));
    EXPECT_EQ(d.pending(), 0);
    EXPECT_EQ(server.requestCount(QStringLiteral("/slow")), 1); // the waiting one never started
}

TEST(PageFetcher, SavesArticleWithItsLeadImage)
{
    TestHttpServer server;
    Downloader d;
    PageFetcher fetcher(d);
    std::optional<Result<NewArticle>> out;
    QEventLoop loop;
    QObject::connect(&fetcher, &PageFetcher::idle, &loop, &QEventLoop::quit);
    fetcher.fetch(server.urlString(QStringLiteral("/news-jsonld.html")),
                  [&](const QString &, const Result<NewArticle> &r) { out = r; });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_TRUE(out.has_value());
    ASSERT_TRUE(out->ok()) << out->error().toStdString();
    EXPECT_EQ(out->value().image, readAll(dataDir() + QStringLiteral("/web/images/lead.png")));
    EXPECT_EQ(out->value().imageMimeType, QStringLiteral("image/png"));
    EXPECT_EQ(out->value().origin, server.urlString(QStringLiteral("/news-jsonld.html")));
    EXPECT_TRUE(
        out->value().original.contains("application/ld+json")); // the page as downloaded, for re-parsing
    // The tracker image and scripts were never requested: only the page and its lead image.
    EXPECT_EQ(server.totalRequests(), 2);
}

TEST(FeedParser, Rss2AndAtom1)
{
    const QUrl base(QStringLiteral("http://127.0.0.1:9/feed.rss"));
    Result<Feed> rss = FeedParser::parse(readAll(dataDir() + QStringLiteral("/web/feed.rss")), base);
    ASSERT_TRUE(rss.ok()) << rss.error().toStdString();
    EXPECT_EQ(rss->title, QStringLiteral("দৈনিক উদাহরণ — সর্বশেষ"));
    ASSERT_EQ(rss->items.size(), 2);
    EXPECT_EQ(rss->items.at(0).key, QStringLiteral("urn:example:1"));
    EXPECT_EQ(rss->items.at(0).link, QUrl(QStringLiteral("http://127.0.0.1:9/news-jsonld.html")));
    EXPECT_EQ(rss->items.at(1).title, QStringLiteral("চট্টগ্রাম বন্দরে কনটেইনার জট কমেছে"));
    EXPECT_TRUE(rss->items.at(0).published.isValid());

    Result<Feed> atom = FeedParser::parse(readAll(dataDir() + QStringLiteral("/web/feed.atom")), base);
    ASSERT_TRUE(atom.ok()) << atom.error().toStdString();
    EXPECT_EQ(atom->title, QStringLiteral("Example Atom feed"));
    EXPECT_EQ(atom->siteUrl, QUrl(QStringLiteral("http://127.0.0.1:9/")));
    ASSERT_EQ(atom->items.size(), 2);
    EXPECT_EQ(atom->items.at(0).link, QUrl(QStringLiteral("http://127.0.0.1:9/article.txt")));
    EXPECT_EQ(atom->items.at(1).key, QStringLiteral("urn:example:atom:cafe"));

    Result<Feed> broken = FeedParser::parse(readAll(dataDir() + QStringLiteral("/web/malformed.xml")), base);
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().startsWith(QStringLiteral("malformed feed XML at line 5")))
        << broken.error().toStdString();
    Result<Feed> html = FeedParser::parse("<html><body></body></html>", base);
    ASSERT_FALSE(html.ok());
    EXPECT_EQ(html.error(), QStringLiteral("not an RSS 2.0 or Atom 1.0 feed (root element <html>)"));
}

TEST(Opml, ReadsNestedOutlinesAndWritesThemBack)
{
    Result<QList<OpmlFeed>> list = Opml::parse(readAll(dataDir() + QStringLiteral("/web/feeds.opml")));
    ASSERT_TRUE(list.ok()) << list.error().toStdString();
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).title, QStringLiteral("দৈনিক উদাহরণ"));
    EXPECT_EQ(list->at(1).xmlUrl, QStringLiteral("http://127.0.0.1:PORT/feed.atom"));
    Result<QList<OpmlFeed>> again = Opml::parse(Opml::write(list.value(), QStringLiteral("t")));
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->size(), 2);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(again->at(i).title, list->at(i).title);
        EXPECT_EQ(again->at(i).xmlUrl, list->at(i).xmlUrl);
        EXPECT_EQ(again->at(i).htmlUrl, list->at(i).htmlUrl);
    }
    EXPECT_FALSE(Opml::parse("<opml><body><outline").ok());
    EXPECT_FALSE(Opml::parse("<rss/>").ok());
    // The reader's reason quotes the file (here an encoding name with a line
    // break); the error stays one line, as feeds' errors do.
    Result<QList<OpmlFeed>> quoted = Opml::parse("<?xml version=\"1.0\" encoding=\"U>\nTF-8\"?>\n<opml/>");
    ASSERT_FALSE(quoted.ok());
    EXPECT_EQ(quoted.error(),
              QStringLiteral("malformed OPML at line 2, column 7: U> TF-8 is an invalid encoding name."));
}

// An OPML title is made one line: a line break in it would break every list
// that shows the feed.
TEST(Opml, TitlesAreOneLine)
{
    Result<QList<OpmlFeed>> list = Opml::parse("<opml><body><outline type=\"rss\" text=\"a&#10;# b&#13;\tc\" "
                                               "xmlUrl=\"http://127.0.0.1/f\"/></body></opml>");
    ASSERT_TRUE(list.ok()) << list.error().toStdString();
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->at(0).title, QStringLiteral("a # b c"));
}

TEST(FeedRefresher, ConditionalGetSkipsUnchangedFeeds)
{
    TestHttpServer server;
    TestLibrary lib;
    QList<FeedRefreshResult> results;
    auto run = [&](const std::function<void(FeedRefresher &)> &start) {
        FeedRefresher refresher(lib.db());
        QObject::connect(&refresher, &FeedRefresher::feedFinished,
                         [&](const FeedRefreshResult &r) { results.append(r); });
        QEventLoop loop;
        QObject::connect(&refresher, &FeedRefresher::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        start(refresher);
        loop.exec();
    };
    run([&](FeedRefresher &r) { r.subscribe(server.url(QStringLiteral("/feed.rss"))); });
    ASSERT_EQ(results.size(), 1);
    EXPECT_TRUE(results.at(0).ok()) << results.at(0).error.toStdString();
    EXPECT_EQ(results.at(0).imported, 2);
    EXPECT_EQ(lib.store().count().value(), 2);

    results.clear();
    run([&](FeedRefresher &r) { r.refresh(); });
    ASSERT_EQ(results.size(), 1);
    EXPECT_TRUE(results.at(0).notModified);
    EXPECT_EQ(server.lastIfNoneMatch(QStringLiteral("/feed.rss")), QByteArray("\"rss-v1\""));
    EXPECT_EQ(server.requestCount(QStringLiteral("/news-jsonld.html")), 1);
    EXPECT_EQ(server.requestCount(QStringLiteral("/news-plain.html")), 1);

    FeedStore feeds(lib.db());
    Result<QList<FeedInfo>> list = feeds.feeds();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->at(0).title, QStringLiteral("দৈনিক উদাহরণ — সর্বশেষ"));
    EXPECT_EQ(list->at(0).etag, QByteArray("\"rss-v1\""));
    EXPECT_EQ(list->at(0).savedItems, 2);
    EXPECT_TRUE(list->at(0).lastError.isEmpty());
}

// Messages are whole sentences: a redirect without a target, or to one that
// is not a web address, and an answer whose compression is broken (Qt says
// "Decompression failed: " with nothing after it).
TEST(Downloader, BrokenAnswersAreSaidInWholeSentences)
{
    TestHttpServer server;
    server.route(QStringLiteral("/no-location"), 302, {}, {});
    server.route(QStringLiteral("/to-script"), 302, {}, {}, {{"Location", "javascript:alert(1)"}});
    server.route(QStringLiteral("/bad-gzip"), 200, "text/html", "this is not gzip at all, only text",
                 {{"Content-Encoding", "gzip"}});
    Downloader d;
    Result<Download> none = fetch(d, server.url(QStringLiteral("/no-location")));
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error(), QStringLiteral("HTTP 302 without a usable redirect (no Location header)"));
    Result<Download> script = fetch(d, server.url(QStringLiteral("/to-script")));
    ASSERT_FALSE(script.ok());
    EXPECT_EQ(script.error(),
              QStringLiteral("redirected to javascript:alert(1), which is not an http or https URL"));
    Result<Download> gzip = fetch(d, server.url(QStringLiteral("/bad-gzip")));
    ASSERT_FALSE(gzip.ok());
    EXPECT_EQ(gzip.error(),
              QStringLiteral("the server's compressed answer is broken and cannot be unpacked"));
}
