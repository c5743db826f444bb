// Every input fuzzing ever broke the parser with (tests/data/fuzz-regressions)
// is parsed again here, with the promises tests/fuzz/ArticleParserFuzzer.cpp checks;
// web pages (fuzz-regressions/html) with those of tests/fuzz/HtmlExtractorFuzzer.cpp,
// feeds (fuzz-regressions/feeds) with those of tests/fuzz/FeedParserFuzzer.cpp.
#include "article/ArticleParser.h"
#include "feeds/FeedParser.h"
#include "TestLibrary.h"
#include "text/BengaliText.h"
#include "web/WebPageParser.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

QStringList regressionInputs(const QString &subfolder)
{
    QStringList files;
    QDirIterator it(dataFile(QStringLiteral("fuzz-regressions/") + subfolder), QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

void expectCleanText(const QString &s)
{
    EXPECT_TRUE(s.isValidUtf16());
    EXPECT_EQ(BengaliText::toNfc(s), s);
    EXPECT_FALSE(s.contains(QLatin1Char('\n')));
    EXPECT_FALSE(s.contains(QChar(0)));
}

// The address every web page of the regressions is parsed as coming from.
QUrl regressionPageUrl()
{
    return QUrl(QStringLiteral("https://news.example.com/bn/article/1"));
}

// A page of fuzz-regressions/html, parsed as the fuzz target parses it.
Result<WebArticle> parseRegressionPage(const QString &name)
{
    return WebPageParser::parse(readAll(dataFile(QStringLiteral("fuzz-regressions/html/") + name)),
                                regressionPageUrl(), "text/html");
}

} // namespace

TEST(FuzzRegressions, ArticleParserKeepsItsPromises)
{
    const QStringList inputs = regressionInputs({});
    ASSERT_FALSE(inputs.isEmpty());
    for (const QString &file : inputs) {
        SCOPED_TRACE(file.toStdString());
        const QByteArray bytes = readAll(file);
        const Result<Article> parsed = ArticleParser::parse(bytes);
        if (!parsed) {
            EXPECT_FALSE(parsed.error().isEmpty());
            EXPECT_FALSE(parsed.error().contains(QLatin1Char('\n')));
            continue;
        }
        EXPECT_FALSE(parsed->paragraphs.isEmpty());
        for (const QString &p : parsed->paragraphs) {
            EXPECT_FALSE(p.isEmpty());
            EXPECT_EQ(p, p.trimmed());
        }
        EXPECT_LE(parsed->title.size(), ArticleParser::maxTitleLength + 1);
        EXPECT_EQ(ArticleParser::parse(bytes).value(), parsed.value());
        // `parse --json` and `show --json` print what the reader gets back.
        EXPECT_EQ(
            Article::fromJson(QJsonDocument::fromJson(QJsonDocument(parsed->toJson()).toJson()).object()),
            parsed.value());
    }
}

TEST(FuzzRegressions, FormFeedsAreSpaces)
{
    const Result<Article> a = ArticleParser::parse(
        readAll(dataFile(QStringLiteral("fuzz-regressions/form-feeds-in-paragraph.fuzz"))));
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    EXPECT_EQ(a->paragraphs, QStringList{QStringLiteral("%দ")});
    const Result<Article> b =
        ArticleParser::parse(QStringLiteral("এক\u000Bদুই\u2028তিন\u0085চার\n\u000C\n").toUtf8());
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->paragraphs, QStringList{QStringLiteral("এক দুই তিন চার")});
}

TEST(FuzzRegressions, ByteOrderMarksInsideTextAreDropped)
{
    const Result<Article> a =
        ArticleParser::parse(readAll(dataFile(QStringLiteral("fuzz-regressions/bom-inside-text.fuzz"))));
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    EXPECT_EQ(a->paragraphs, QStringList{QStringLiteral("%দ")});
    // Two files joined end to end.
    const Result<Article> b =
        ArticleParser::parse(QByteArray("\xEF\xBB\xBFprothom\n\xEF\xBB\xBF") + QByteArray("ditiyo\n"));
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->paragraphs, (QStringList{QStringLiteral("prothom"), QStringLiteral("ditiyo")}));
}

// The web page fixtures (the fuzzer's seeds) and every page that once broke
// the extractor.
TEST(FuzzRegressions, HtmlExtractorKeepsItsPromises)
{
    QStringList inputs = regressionInputs(QStringLiteral("html"));
    QDirIterator pages(dataFile(QStringLiteral("web")), {QStringLiteral("*.page")}, QDir::Files);
    while (pages.hasNext())
        inputs.append(pages.next());
    ASSERT_GE(inputs.size(), 4);
    const QUrl pageUrl = regressionPageUrl();
    for (const QString &file : std::as_const(inputs)) {
        SCOPED_TRACE(file.toStdString());
        const QByteArray bytes = readAll(file);
        const Result<WebArticle> parsed = WebPageParser::parse(bytes, pageUrl, "text/html");
        if (!parsed) {
            EXPECT_FALSE(parsed.error().isEmpty());
            EXPECT_FALSE(parsed.error().contains(QLatin1Char('\n')));
            continue;
        }
        const Article &a = parsed->article;
        EXPECT_FALSE(a.paragraphs.isEmpty());
        for (const QString &p : a.paragraphs) {
            EXPECT_FALSE(p.isEmpty());
            EXPECT_EQ(p, p.trimmed());
            expectCleanText(p);
        }
        expectCleanText(a.title);
        if (a.caption) {
            expectCleanText(a.caption->text);
            expectCleanText(a.caption->credit);
        }
        if (!parsed->imageUrl.isEmpty()) {
            EXPECT_TRUE(parsed->imageUrl.scheme().startsWith(QLatin1String("http")));
        }
        const Result<WebArticle> again = WebPageParser::parse(bytes, pageUrl, "text/html");
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again->article, a);
        EXPECT_EQ(again->imageUrl, parsed->imageUrl);
    }
}

// Found by fuzz_html_extractor: a JSON-LD headline with the escape "\ud800"
// gave a title holding a lone surrogate, which no store, font or PDF can take.
TEST(FuzzRegressions, JsonLdLoneSurrogatesBecomeReplacementCharacters)
{
    const Result<WebArticle> found = parseRegressionPage(QStringLiteral("jsonld-lone-surrogate.page"));
    ASSERT_TRUE(found.ok()) << found.error().toStdString();
    EXPECT_TRUE(found->article.title.isValidUtf16());
    EXPECT_TRUE(found->article.title.contains(QChar::ReplacementCharacter));
    EXPECT_TRUE(found->article.title.endsWith(QStringLiteral("সেতুতে এক দিনে রেকর্ড যান চলাচল")));

    // A lone high and a lone low surrogate are replaced; a real pair is kept.
    const QByteArray page = "<html><head><script type=\"application/ld+json\">"
                            "{\"@type\":\"NewsArticle\",\"headline\":\"\\u098f\\u0995\\ud800 "
                            "\\udc00\\u09a6\\u09c1\\u0987 \\ud83d\\ude00\"}"
                            "</script></head><body><article><p>\xE0\xA6\x8F\xE0\xA6\x95 "
                            "\xE0\xA6\xA6\xE0\xA7\x81\xE0\xA6\x87</p></article></body></html>";
    const Result<WebArticle> inline_ = WebPageParser::parse(page, regressionPageUrl(), "text/html");
    ASSERT_TRUE(inline_.ok()) << inline_.error().toStdString();
    EXPECT_EQ(inline_->article.title,
              QStringLiteral("এক\uFFFD \uFFFDদুই ") + QString::fromUcs4(U"\U0001F600"));
}

// Found by fuzz_html_extractor: a JSON-LD image caption with the escape
// "\u0000" gave a caption holding a NUL. Escaped controls other than line
// breaks and tabs become U+FFFD, as the HTML parser makes a NUL in markup.
TEST(FuzzRegressions, JsonLdEscapedControlsBecomeReplacementCharacters)
{
    const Result<WebArticle> found = parseRegressionPage(QStringLiteral("jsonld-escaped-nul.page"));
    ASSERT_TRUE(found.ok()) << found.error().toStdString();
    ASSERT_TRUE(found->article.caption.has_value());
    EXPECT_FALSE(found->article.caption->text.contains(QChar(0)));
    EXPECT_TRUE(found->article.caption->text.contains(QChar::ReplacementCharacter));

    const QByteArray page =
        "<html><head><script type=\"application/ld+json\">"
        "{\"@type\":\"NewsArticle\",\"headline\":\"\\u098f\\u0000\\u0995\\u0007 \\t\\u0995\\u007f\"}"
        "</script></head><body><article><p>\xE0\xA6\x8F\xE0\xA6\x95 "
        "\xE0\xA6\xA6\xE0\xA7\x81\xE0\xA6\x87</p></article></body></html>";
    const Result<WebArticle> inline_ = WebPageParser::parse(page, regressionPageUrl(), "text/html");
    ASSERT_TRUE(inline_.ok()) << inline_.error().toStdString();
    EXPECT_EQ(inline_->article.title, QStringLiteral("এ\uFFFDক\uFFFD ক\uFFFD"));
}

// The feed fixtures (the fuzzer's seeds) and every feed that once broke the
// parser: errors are one line; every item can be downloaded and told apart.
TEST(FuzzRegressions, FeedParserKeepsItsPromises)
{
    QStringList inputs = regressionInputs(QStringLiteral("feeds"));
    QDirIterator feeds(dataFile(QStringLiteral("web")),
                       {QStringLiteral("*.rss"), QStringLiteral("*.atom"), QStringLiteral("*.xml")},
                       QDir::Files);
    while (feeds.hasNext())
        inputs.append(feeds.next());
    ASSERT_GE(inputs.size(), 4);
    const QUrl feedUrl(QStringLiteral("https://news.example.com/bn/feed.xml"));
    for (const QString &file : std::as_const(inputs)) {
        SCOPED_TRACE(file.toStdString());
        const Result<Feed> parsed = FeedParser::parse(readAll(file), feedUrl);
        if (!parsed) {
            EXPECT_FALSE(parsed.error().isEmpty());
            EXPECT_FALSE(parsed.error().contains(QLatin1Char('\n')));
            continue;
        }
        expectCleanText(parsed->title);
        for (const FeedItem &item : parsed->items) {
            EXPECT_FALSE(item.key.isEmpty());
            EXPECT_TRUE(item.link.isValid() && !item.link.isEmpty());
            expectCleanText(item.title);
        }
    }
}

// Found by fuzz_feed_parser: an XML encoding name holding a line break was
// quoted as it was in QXmlStreamReader's error, which is one line in the
// feeds dialog, in the library and on the command line. What an error
// quotes from the feed is now one line; the version and the root element
// name, which a feed can make of any length, at most 40 characters.
TEST(FuzzRegressions, FeedErrorsQuoteTheFeedOnOneShortLine)
{
    const QUrl feedUrl(QStringLiteral("https://news.example.com/bn/feed.xml"));
    const Result<Feed> found = FeedParser::parse(
        readAll(dataFile(QStringLiteral("fuzz-regressions/feeds/version-with-line-break.feed"))), feedUrl);
    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error(),
              QStringLiteral("malformed feed XML at line 2, column 7: U> TF-8 is an invalid encoding name."));

    const QByteArray longVersion = "<rss version=\"" + QByteArray(200, '9') + "\"><channel/></rss>";
    const Result<Feed> version = FeedParser::parse(longVersion, feedUrl);
    ASSERT_FALSE(version.ok());
    EXPECT_EQ(version.error(),
              QStringLiteral("unsupported RSS version ") + QString(40, QLatin1Char('9')) + QChar(0x2026));

    const QByteArray longRoot = "<" + QByteArray(100, 'x') + "\n/>";
    const Result<Feed> root = FeedParser::parse(longRoot, feedUrl);
    ASSERT_FALSE(root.ok());
    EXPECT_EQ(root.error(), QStringLiteral("not an RSS 2.0 or Atom 1.0 feed (root element <") +
                                QString(40, QLatin1Char('x')) + QChar(0x2026) + QStringLiteral(">)"));
}
