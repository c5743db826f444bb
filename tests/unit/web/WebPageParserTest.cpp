// The HTML extractor and page parser on the fixture pages, without a network.
#include "web/WebPageParser.h"
#include "article/ArticleParser.h"
#include "import/ArticleImporter.h"
#include "TestLibrary.h"
#include "web/HtmlExtractor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

QByteArray page(const QString &name)
{
    return readAll(dataDir() + QStringLiteral("/web/") + name);
}

const QUrl kBase(QStringLiteral("http://127.0.0.1:8080/bn/news/padma.html"));

} // namespace

TEST(WebPageParser, JsonLdArticleInGraphComesFirst)
{
    Result<WebArticle> r =
        WebPageParser::parse(page(QStringLiteral("news-jsonld.page")), kBase, "text/html; charset=utf-8");
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    const Article &a = r->article;
    // headline from JSON-LD (not og:title), its double space collapsed
    EXPECT_EQ(a.title, QStringLiteral("পদ্মা সেতুতে এক দিনে রেকর্ড যান চলাচল"));
    ASSERT_TRUE(a.caption.has_value());
    EXPECT_EQ(a.caption->text, QStringLiteral("পদ্মা সেতুর টোল প্লাজায় গাড়ির দীর্ঘ সারি।"));
    EXPECT_EQ(a.caption->credit, QStringLiteral("তানভীর আহমেদ"));
    // The image referenced by @id, resolved against the page.
    EXPECT_EQ(r->imageUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/images/lead.png")));
    ASSERT_EQ(a.paragraphs.size(), 4) << a.paragraphs.join(QLatin1Char('\n')).toStdString();
    // NBSP and runs of spaces become one space, as in the text format.
    EXPECT_TRUE(a.paragraphs.at(0).startsWith(
        QStringLiteral("ঈদের ছুটির আগের দিন পদ্মা সেতু দিয়ে রেকর্ড সংখ্যক যানবাহন পার হয়েছে।")));
    EXPECT_EQ(a.paragraphs.at(2), QStringLiteral("মাওয়া প্রান্তের যাত্রী মো. কামাল বলেন, “আগে ফেরিঘাটে সারা দিন "
                                                 "লেগে যেত, এখন আধা ঘণ্টায় পার হয়েছি।”"));
    ASSERT_TRUE(a.source.has_value());
    EXPECT_EQ(a.source->label, QStringLiteral("দৈনিক উদাহরণ"));
    EXPECT_EQ(a.source->url, QStringLiteral("http://127.0.0.1:8080/bn/national/padma-bridge-record"));
    ASSERT_TRUE(a.comments.has_value());
    EXPECT_EQ(a.comments->declared, 3);
    ASSERT_EQ(a.comments->items.size(), 2);
    EXPECT_EQ(a.comments->items.at(0).author, std::optional<QString>(QStringLiteral("রহিম উদ্দিন")));
    EXPECT_EQ(a.comments->items.at(1).author, std::optional<QString>(QStringLiteral("Farhana K.")));
    EXPECT_EQ(a.comments->items.at(1).text, QStringLiteral("টোলের হার কমানো দরকার।"));

    // Scripts, iframes, navigation, asides and footers leave nothing behind.
    const QString text = a.plainText();
    for (const QString &gone :
         {QStringLiteral("script text"), QStringLiteral("dataLayer"), QStringLiteral("বিজ্ঞাপনের ফ্রেম"),
          QStringLiteral("নেভিগেশনের"), QStringLiteral("আরও পড়ুন"), QStringLiteral("সর্বস্বত্ব"),
          QStringLiteral("tracker")})
        EXPECT_FALSE(text.contains(gone)) << gone.toStdString();
}

TEST(WebPageParser, PlainMarkupArticleFigureAndMicrodataComments)
{
    const QUrl url(QStringLiteral("http://127.0.0.1:8080/port/news-plain.html"));
    Result<WebArticle> r = WebPageParser::parse(page(QStringLiteral("news-plain.page")), url, "text/html");
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    const Article &a = r->article;
    EXPECT_EQ(a.title, QStringLiteral("চট্টগ্রাম বন্দরে কনটেইনার জট কমেছে"));
    ASSERT_TRUE(a.caption.has_value());
    EXPECT_EQ(a.caption->text, QStringLiteral("বন্দরের জেটিতে কনটেইনার ওঠানামা চলছে।"));
    EXPECT_EQ(a.caption->credit, QStringLiteral("Reuters"));
    // The lazy-loading attribute wins over a data: placeholder; relative to the page.
    EXPECT_EQ(r->imageUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/port/images/lead.png")));
    ASSERT_EQ(a.paragraphs.size(), 3) << a.paragraphs.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(
        a.paragraphs.at(1),
        QStringLiteral("বর্তমানে জেটিতে অপেক্ষমাণ জাহাজের সংখ্যা ১২টি, যা আগের সপ্তাহে ছিল ৩০টির বেশি। "
                       "বন্দরের একজন কর্মকর্তা বলেন, রাতের পালায় বাড়তি শ্রমিক নিয়োগ করায় কাজের গতি বেড়েছে।"));
    ASSERT_TRUE(a.source.has_value());
    EXPECT_EQ(a.source->label, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(a.source->url, url.toString());
    ASSERT_TRUE(a.comments.has_value());
    EXPECT_EQ(a.comments->declared, 3); // "মন্তব্য (৩)": Bengali digits
    ASSERT_EQ(a.comments->items.size(), 2);
    EXPECT_EQ(a.comments->items.at(0).author, std::optional<QString>(QStringLiteral("সুমন")));
    EXPECT_EQ(a.comments->items.at(0).text, QStringLiteral("ভালো খবর। আশা করি এভাবেই চলবে।"));
    const QString text = a.plainText();
    EXPECT_FALSE(text.contains(QStringLiteral("trackRead")));
    EXPECT_FALSE(text.contains(QStringLiteral("নিউজলেটারে")));
    EXPECT_FALSE(text.contains(QStringLiteral("color: red")));
}

TEST(WebPageParser, TextIsNormalisedLikeTheParser)
{
    // Precomposed য় (U+09DF) becomes য + nukta (NFC); tabs and NBSP collapse; ZWJ stays.
    const QString html =
        QStringLiteral("<article><p>  নতুন\u00a0\u00a0বছরে\tসমি\u09DFতি র\u200D্যাব  </p>"
                       "<p>দ্বিতীয় অনুচ্ছেদ, যথেষ্ট লম্বা যাতে এটি নিবন্ধ বলে গণ্য হয়।</p></article>");
    Result<WebArticle> r = HtmlExtractor::extract(html, kBase);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    Result<Article> same =
        ArticleParser::parseText(QStringLiteral("  নতুন\u00a0\u00a0বছরে\tসমি\u09DFতি র\u200D্যাব  \n"
                                                "দ্বিতীয় অনুচ্ছেদ, যথেষ্ট লম্বা যাতে এটি নিবন্ধ বলে গণ্য হয়।"));
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(r->article.paragraphs, same->paragraphs);
    EXPECT_TRUE(r->article.paragraphs.first().contains(QStringLiteral("য\u09BC")));
    EXPECT_TRUE(r->article.paragraphs.first().contains(QChar(0x200D)));
}

TEST(WebPageParser, PageWithoutAnArticleIsAnError)
{
    Result<WebArticle> r = WebPageParser::parse(page(QStringLiteral("not-article.page")), kBase, "text/html");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().startsWith(QStringLiteral("not an article"))) << r.error().toStdString();
    EXPECT_FALSE(WebPageParser::parse(QByteArray("   "), kBase, "text/html").ok());
    EXPECT_FALSE(WebPageParser::parse(QByteArray("\x89PNG\r\n\x1a\n\0\0", 10), kBase, "image/png").ok());
    Result<WebArticle> binary = WebPageParser::parse(QByteArray("<p>a\0b</p>", 10), kBase, "text/html");
    ASSERT_FALSE(binary.ok());
}

TEST(WebPageParser, CharsetFromPageOrServer)
{
    const QByteArray bytes = page(QStringLiteral("windows-1252.page"));
    // Declared only by <meta http-equiv>: the server said text/html.
    Result<WebArticle> fromMeta = WebPageParser::parse(bytes, kBase, "text/html");
    ASSERT_TRUE(fromMeta.ok()) << fromMeta.error().toStdString();
    EXPECT_EQ(fromMeta->article.title, QStringLiteral("Café “Le Naïf” opens on the riverside"));
    EXPECT_EQ(fromMeta->article.source->label, QStringLiteral("Café Gazette"));
    EXPECT_TRUE(fromMeta->article.paragraphs.at(1).contains(QStringLiteral("Renée Dupré")));
    EXPECT_TRUE(fromMeta->article.paragraphs.at(1).contains(QStringLiteral("£10")));
    // The server's charset wins over the page's; ISO-8859-1 is read as windows-1252, as browsers do.
    QByteArray withoutMeta = bytes;
    withoutMeta.replace("charset=windows-1252", "charset=utf-8");
    Result<WebArticle> fromHeader = WebPageParser::parse(withoutMeta, kBase, "text/html; charset=ISO-8859-1");
    ASSERT_TRUE(fromHeader.ok());
    EXPECT_EQ(fromHeader->article.title, fromMeta->article.title);
    // An unknown charset is named in the error.
    Result<WebArticle> unknown = WebPageParser::parse(bytes, kBase, "text/html; charset=x-no-such-charset");
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("x-no-such-charset")))
        << unknown.error().toStdString();
}

TEST(WebPageParser, PlainTextIsTheArticleFormat)
{
    const QByteArray text = readAll(dataFile(QStringLiteral("rain-with-comments.txt")));
    Result<WebArticle> r = WebPageParser::parse(text, kBase, "text/plain; charset=utf-8");
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    Result<Article> expected = ArticleParser::parse(text);
    ASSERT_TRUE(expected.ok());
    EXPECT_EQ(r->article, expected.value());
    // Strict UTF-8, as for files.
    Result<WebArticle> bad = WebPageParser::parse(QByteArray("ok\n\xfe"), kBase, "text/plain");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error(), QStringLiteral("invalid UTF-8 at byte offset 3"));
}

TEST(WebPageParser, HostileMarkupDoesNotCrash)
{
    QString deep = QStringLiteral("<article>");
    for (int i = 0; i < 2000; ++i)
        deep += QStringLiteral("<div><br><img src=x>");
    deep += QStringLiteral("<p>গভীরে লুকানো অনুচ্ছেদ।</p>");
    Result<WebArticle> r = HtmlExtractor::extract(deep, kBase);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->article.paragraphs, QStringList{QStringLiteral("গভীরে লুকানো অনুচ্ছেদ।")});
    // Far deeper is refused at once rather than parsed for minutes.
    QString deeper = QStringLiteral("<article>");
    for (int i = 0; i < 200000; ++i)
        deeper += QStringLiteral("<div>");
    Result<WebArticle> refused = HtmlExtractor::extract(deeper, kBase);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error(), QStringLiteral("not an article: elements nested more than 3000 deep"));

    // Broken JSON-LD falls back to the markup; raw line breaks in strings are repaired.
    const QString ld = QStringLiteral(
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"শিরোনাম\","
        "\"articleBody\":\"প্রথম অনুচ্ছেদ।\n\nদ্বিতীয় অনুচ্ছেদ।\"}</script>"
        "<script type=\"application/ld+json\">{broken</script><p>x</p>");
    Result<WebArticle> repaired = HtmlExtractor::extract(ld, kBase);
    ASSERT_TRUE(repaired.ok()) << repaired.error().toStdString();
    EXPECT_EQ(repaired->article.title, QStringLiteral("শিরোনাম"));
    EXPECT_EQ(repaired->article.paragraphs,
              (QStringList{QStringLiteral("প্রথম অনুচ্ছেদ।"), QStringLiteral("দ্বিতীয় অনুচ্ছেদ।")}));

    EXPECT_FALSE(HtmlExtractor::extract(QStringLiteral("<<<>>></p></article><!--"), kBase).ok());
}

TEST(WebPageParser, LocalHtmlFileIsImportedWithItsImage)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("images")));
    ASSERT_TRUE(QFile::copy(dataDir() + QStringLiteral("/web/news-plain.page"),
                            dir.filePath(QStringLiteral("saved.html"))));
    ASSERT_TRUE(QFile::copy(dataDir() + QStringLiteral("/web/images/lead.png"),
                            dir.filePath(QStringLiteral("images/lead.png"))));
    Result<NewArticle> r = ArticleImporter::readFile(dir.filePath(QStringLiteral("saved.html")));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->article.title, QStringLiteral("চট্টগ্রাম বন্দরে কনটেইনার জট কমেছে"));
    EXPECT_EQ(r->article.paragraphs.size(), 3);
    EXPECT_FALSE(r->article.source.has_value()); // a local file has no web address
    EXPECT_EQ(r->image, readAll(dataDir() + QStringLiteral("/web/images/lead.png")));
    EXPECT_EQ(r->imageMimeType, QStringLiteral("image/png"));
}

TEST(WebPageParser, WebPageNeverNamesALocalImage)
{
    const QByteArray html =
        "<html><head><meta property=\"og:image\" content=\"file:///etc/passwd\"></head><body><article>"
        "<h1>শিরোনাম</h1><p>প্রথম অনুচ্ছেদ।</p></article></body></html>";
    const Result<WebArticle> web = WebPageParser::parse(html, kBase, "text/html");
    ASSERT_TRUE(web.ok()) << web.error().toStdString();
    EXPECT_TRUE(web->imageUrl.isEmpty()) << web->imageUrl.toString().toStdString();
    // A saved page may name an image next to it.
    const Result<WebArticle> saved =
        WebPageParser::parse(html, QUrl::fromLocalFile(QStringLiteral("/tmp/page.html")), "text/html");
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_EQ(saved->imageUrl, QUrl(QStringLiteral("file:///etc/passwd")));
}
