// The lead image is judged by its bytes: an SVG (which can name local files
// for the reader to load) or an HTML page sent as image/png is not stored.
#include "web/ImageSniffer.h"
#include "import/ArticleImporter.h"
#include "TestHttpServer.h"
#include "TestLibrary.h"
#include "web/Downloader.h"
#include "web/PageFetcher.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

const QByteArray kSvg =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
    "<image xlink:href=\"file:///etc/passwd\"/></svg>";

std::optional<Result<NewArticle>> fetchPage(const QUrl &url)
{
    Downloader d;
    PageFetcher fetcher(d);
    std::optional<Result<NewArticle>> out;
    QEventLoop loop;
    QObject::connect(&fetcher, &PageFetcher::idle, &loop, &QEventLoop::quit);
    fetcher.fetch(url.toString(), [&](const QString &, const Result<NewArticle> &r) { out = r; });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit); // a hang guard only
    loop.exec();
    return out;
}

} // namespace

TEST(ImageSniffing, RasterFormatsByTheirBytesOnly)
{
    const QByteArray png = readAll(dataDir() + QStringLiteral("/web/images/lead.png"));
    EXPECT_EQ(ImageSniffer::rasterType(png), QByteArray("image/png"));
    EXPECT_EQ(ImageSniffer::rasterType(QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(16, '\0')),
              QByteArray("image/jpeg"));
    EXPECT_EQ(ImageSniffer::rasterType(QByteArray("GIF89a") + QByteArray(16, '\0')), QByteArray("image/gif"));
    EXPECT_EQ(ImageSniffer::rasterType(QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) + QByteArray(16, '\0')),
              QByteArray("image/webp"));
    const QList<QByteArray> others{kSvg,
                                   QByteArray(QByteArray("<?xml version=\"1.0\"?>") + kSvg),
                                   QByteArray("<html><body>not found</body></html>"),
                                   QByteArray(),
                                   QByteArray("\x89PNG"),
                                   QByteArray(QByteArray("BM") + QByteArray(64, '\0'))};
    for (const QByteArray &other : others)
        EXPECT_TRUE(ImageSniffer::rasterType(other).isEmpty()) << other.left(20).toStdString();
}

TEST(ImageSniffing, SvgServedAsPngIsNotStored)
{
    TestHttpServer server;
    server.route(QStringLiteral("/images/lead.png"), 200, "image/png", kSvg);
    const std::optional<Result<NewArticle>> out = fetchPage(server.url(QStringLiteral("/news-jsonld.html")));
    ASSERT_TRUE(out.has_value());
    ASSERT_TRUE(out->ok()) << out->error().toStdString();
    EXPECT_EQ(server.requestCount(QStringLiteral("/images/lead.png")), 1);
    EXPECT_TRUE(out->value().image.isEmpty());
    EXPECT_TRUE(out->value().imageMimeType.isEmpty());
    EXPECT_FALSE(out->value().article.paragraphs.isEmpty()); // the article itself is kept

    // A PNG sent as something else is a PNG.
    server.route(QStringLiteral("/images/lead.png"), 200, "application/octet-stream",
                 readAll(dataDir() + QStringLiteral("/web/images/lead.png")));
    const std::optional<Result<NewArticle>> png = fetchPage(server.url(QStringLiteral("/news-jsonld.html")));
    ASSERT_TRUE(png.has_value() && png->ok());
    EXPECT_EQ(png->value().imageMimeType, QStringLiteral("image/png"));
}

// A saved page next to its "image": an SVG named .png beside it is not
// kept, and an image outside the page's folder is not read.
TEST(ImageSniffing, SavedPageImageIsSniffedAndStaysInItsFolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("page/files"))));
    QByteArray page = readAll(dataDir() + QStringLiteral("/web/news-jsonld.page"));
    page.replace("/images/lead.png", "files/lead.png");
    const QString pagePath = dir.filePath(QStringLiteral("page/saved.html"));
    {
        QFile f(pagePath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(page);
    }
    {
        QFile f(dir.filePath(QStringLiteral("page/files/lead.png")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(kSvg);
    }
    Result<NewArticle> svg = ArticleImporter::readFile(pagePath);
    ASSERT_TRUE(svg.ok()) << svg.error().toStdString();
    EXPECT_TRUE(svg->image.isEmpty());

    QFile::remove(dir.filePath(QStringLiteral("page/files/lead.png")));
    ASSERT_TRUE(QFile::copy(dataDir() + QStringLiteral("/web/images/lead.png"),
                            dir.filePath(QStringLiteral("page/files/lead.png"))));
    Result<NewArticle> png = ArticleImporter::readFile(pagePath);
    ASSERT_TRUE(png.ok());
    EXPECT_EQ(png->imageMimeType, QStringLiteral("image/png"));

    // The same image outside the page's folder is not read.
    ASSERT_TRUE(QFile::copy(dataDir() + QStringLiteral("/web/images/lead.png"),
                            dir.filePath(QStringLiteral("outside.png"))));
    page.replace("files/lead.png", "../outside.png");
    {
        QFile f(pagePath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(page);
    }
    Result<NewArticle> outside = ArticleImporter::readFile(pagePath);
    ASSERT_TRUE(outside.ok());
    EXPECT_TRUE(outside->image.isEmpty());
}
