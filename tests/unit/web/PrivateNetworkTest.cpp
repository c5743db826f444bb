// Links in remote content may not reach this computer or its local network
// (server-side request forgery), unless the user entered that host
// themself. The feed the user adds is on 127.0.0.1 (trusted); its links
// point at 127.0.0.2, at 127.0.0.1 through another name, at private and
// link-local addresses; a second real server listens on 127.0.0.2 and must
// get no request at all.
#include "web/PrivateNetwork.h"
#include "feeds/FeedRefresher.h"
#include "TestHttpServer.h"
#include "TestLibrary.h"
#include "web/Downloader.h"
#include "web/PageFetcher.h"

#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

const QString kRefused = QStringLiteral("which a link from a page or feed may not reach");

Result<Download> fetch(Downloader &d, const DownloadRequest &request)
{
    std::optional<Result<Download>> out;
    QEventLoop loop;
    d.get(request, [&](const Result<Download> &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit); // a hang guard only
    if (!out)
        loop.exec();
    return out ? *out : Result<Download>::failure(QStringLiteral("test gave up waiting"));
}

QByteArray rss(const QStringList &links)
{
    QByteArray items;
    for (const QString &link : links)
        items += "<item><title>t</title><link>" + link.toUtf8() + "</link><guid>" + link.toUtf8() +
                 "</guid></item>";
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>local</title><link>/</link>" + items +
           "</channel></rss>";
}

} // namespace

TEST(PrivateNetwork, KindsOfAddresses)
{
    const auto kind = [](const char *a) {
        return PrivateNetwork::kindOf(QHostAddress(QString::fromLatin1(a)));
    };
    for (const char *loopback : {"127.0.0.1", "127.0.0.2", "127.255.255.254", "::1", "::ffff:127.0.0.1"})
        EXPECT_EQ(kind(loopback), QStringLiteral("a loopback address")) << loopback;
    for (const char *priv : {"10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "fc00::1", "fd12::1",
                             "::ffff:10.1.2.3", "::ffff:192.168.0.1", "64:ff9b::a00:1", "2002:c0a8:101::1"})
        EXPECT_EQ(kind(priv), QStringLiteral("a private address")) << priv;
    for (const char *local : {"169.254.169.254", "fe80::1", "::ffff:169.254.1.1"})
        EXPECT_EQ(kind(local), QStringLiteral("a link-local address")) << local;
    for (const char *unspecified : {"0.0.0.0", "0.1.2.3", "::"})
        EXPECT_EQ(kind(unspecified), QStringLiteral("an unspecified address")) << unspecified;
    for (const char *pub :
         {"1.1.1.1", "8.8.8.8", "172.32.0.1", "192.169.0.1", "2606:4700::1111", "::ffff:1.1.1.1"})
        EXPECT_TRUE(kind(pub).isEmpty()) << pub;

    EXPECT_TRUE(PrivateNetwork::isSameHost(QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(PrivateNetwork::isSameHost(QStringLiteral("Example.ORG"), QStringLiteral("example.org")));
    EXPECT_FALSE(PrivateNetwork::isSameHost(QStringLiteral("localhost"), QStringLiteral("127.0.0.1")));
    EXPECT_FALSE(PrivateNetwork::isSameHost(QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.1")));
    EXPECT_FALSE(PrivateNetwork::isSameHost(QStringLiteral("127.0.0.1"), QString()));
}

// The connection goes to the address that was checked, and the server still
// sees the name from the URL.
TEST(PrivateNetwork, TheUsersOwnHostIsTrustedAndKeepsItsName)
{
    TestHttpServer server;
    Downloader d;
    QUrl viaName = server.url(QStringLiteral("/news-plain.html"));
    viaName.setHost(QStringLiteral("localhost"));
    Result<Download> typed = fetch(d, DownloadRequest::fromUser(viaName));
    ASSERT_TRUE(typed.ok()) << typed.error().toStdString();
    EXPECT_EQ(typed->finalUrl, viaName);
    EXPECT_EQ(server.lastHost(QStringLiteral("/news-plain.html")),
              QStringLiteral("localhost:%1").arg(viaName.port()).toUtf8());

    // The same link, found in a page from 127.0.0.1, is refused: another name is another host.
    Result<Download> linked = fetch(d, DownloadRequest::linkFrom(viaName, QStringLiteral("127.0.0.1")));
    ASSERT_FALSE(linked.ok());
    EXPECT_EQ(linked.error(),
              QStringLiteral("not downloaded: localhost (127.0.0.1) is a loopback address, ") + kRefused +
                  QStringLiteral(" (only a host you entered yourself may be)"));
    EXPECT_EQ(server.requestCount(QStringLiteral("/news-plain.html")), 1);

    // With no trusted host at all (a public page's link), the test server itself is out of reach.
    Result<Download> direct =
        fetch(d, DownloadRequest::linkFrom(server.url(QStringLiteral("/news-plain.html")), QString()));
    ASSERT_FALSE(direct.ok());
    EXPECT_TRUE(direct.error().startsWith(QStringLiteral("not downloaded: 127.0.0.1 is a loopback address")))
        << direct.error().toStdString();
    // The other spellings of the loopback address are loopback too.
    for (const char *host : {"127.1", "2130706433", "0x7f.0.0.1", "[::ffff:127.0.0.1]", "[::1]", "0.0.0.0"}) {
        const QUrl spelt(QStringLiteral("http://%1:%2/news-plain.html")
                             .arg(QString::fromLatin1(host))
                             .arg(viaName.port()));
        Result<Download> r = fetch(d, DownloadRequest::linkFrom(spelt, QString()));
        ASSERT_FALSE(r.ok()) << host;
        EXPECT_TRUE(r.error().startsWith(QStringLiteral("not downloaded: ")) && r.error().contains(kRefused))
            << host << ": " << r.error().toStdString();
    }
    EXPECT_EQ(server.requestCount(QStringLiteral("/news-plain.html")), 1);
}

TEST(PrivateNetwork, FeedLinksDoNotReachPrivateAddresses)
{
    TestHttpServer server;
    TestHttpServer other(QStringLiteral("127.0.0.2"));
    ASSERT_TRUE(server.isListening());
    ASSERT_TRUE(other.isListening()) << "127.0.0.2 is a loopback address on Linux";
    other.route(QStringLiteral("/secret"), 200, "text/html; charset=utf-8",
                "<html><head><title>router admin</title></head><body><article><p>" +
                    QByteArray("secret local answer. ").repeated(40) + "</p></article></body></html>");
    const QString secret = other.urlString(QStringLiteral("/secret"));
    // A redirect from the trusted host to the other is refused at the hop.
    server.route(QStringLiteral("/redirect-out"), 302, {}, {}, {{"Location", secret.toUtf8()}});
    QUrl alias = server.url(QStringLiteral("/news-jsonld.html"));
    alias.setHost(QStringLiteral("localhost"));
    const QStringList refusedLinks{
        secret,
        alias.toString(),
        server.urlString(QStringLiteral("/redirect-out")),
        QStringLiteral("http://10.0.0.1/router"),
        QStringLiteral("http://169.254.169.254/latest/meta-data/"),
        QStringLiteral("http://[::1]:%1/news-jsonld.html").arg(alias.port()),
        QStringLiteral("http://[::ffff:127.0.0.2]:%1/secret").arg(other.url({}).port())};
    server.route(QStringLiteral("/local.rss"), 200, "application/rss+xml",
                 rss(QStringList{server.urlString(QStringLiteral("/news-plain.html"))} + refusedLinks));

    TestLibrary lib;
    QList<FeedRefreshResult> results;
    QList<ImportResult> items;
    {
        FeedRefresher refresher(lib.db());
        QObject::connect(&refresher, &FeedRefresher::feedFinished,
                         [&](const FeedRefreshResult &r) { results.append(r); });
        QObject::connect(&refresher, &FeedRefresher::itemResult,
                         [&](qint64, const ImportResult &r) { items.append(r); });
        QEventLoop loop;
        QObject::connect(&refresher, &FeedRefresher::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit); // a hang guard only
        refresher.subscribe(server.url(QStringLiteral("/local.rss")));
        loop.exec();
    }
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.at(0).imported, 1); // the item on the feed's own host
    EXPECT_EQ(results.at(0).failed, refusedLinks.size());
    ASSERT_EQ(items.size(), refusedLinks.size() + 1);
    for (const ImportResult &r : std::as_const(items)) {
        if (r.status == ImportResult::Status::Imported)
            continue;
        EXPECT_EQ(r.status, ImportResult::Status::Failed) << r.input.toStdString();
        EXPECT_TRUE(r.error.startsWith(QStringLiteral("not downloaded: ")) && r.error.contains(kRefused))
            << r.input.toStdString() << ": " << r.error.toStdString();
        EXPECT_FALSE(r.error.contains(QLatin1Char('\n')));
    }
    EXPECT_EQ(other.totalRequests(), 0);
    EXPECT_EQ(server.requestCount(QStringLiteral("/news-jsonld.html")), 0);
    EXPECT_EQ(server.requestCount(QStringLiteral("/redirect-out")), 1);
    EXPECT_EQ(lib.store().count().value(), 1);
}

// A page the user saves from 127.0.0.1 whose lead image is on 127.0.0.2:
// the article is kept, the image is not fetched.
TEST(PrivateNetwork, LeadImageOnAnotherLocalHostIsNotFetched)
{
    TestHttpServer server;
    TestHttpServer other(QStringLiteral("127.0.0.2"));
    other.route(QStringLiteral("/lead.png"), 200, "image/png",
                readAll(dataDir() + QStringLiteral("/web/images/lead.png")));
    QByteArray page = readAll(dataDir() + QStringLiteral("/web/news-jsonld.page"));
    page.replace("/images/lead.png", other.urlString(QStringLiteral("/lead.png")).toUtf8());
    server.route(QStringLiteral("/page.html"), 200, "text/html; charset=utf-8", page);

    Downloader d;
    PageFetcher fetcher(d);
    std::optional<Result<NewArticle>> out;
    QEventLoop loop;
    QObject::connect(&fetcher, &PageFetcher::idle, &loop, &QEventLoop::quit);
    fetcher.fetch(server.urlString(QStringLiteral("/page.html")),
                  [&](const QString &, const Result<NewArticle> &r) { out = r; });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit); // a hang guard only
    loop.exec();
    ASSERT_TRUE(out.has_value());
    ASSERT_TRUE(out->ok()) << out->error().toStdString();
    EXPECT_TRUE(out->value().image.isEmpty());
    EXPECT_EQ(other.totalRequests(), 0);
}
