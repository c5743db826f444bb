#include "article/ArticleParser.h"
#include "TestLibrary.h"
#include "text/BengaliText.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

QJsonObject expectedFor(const QString &file)
{
    const QString name = QFileInfo(file).completeBaseName();
    return QJsonDocument::fromJson(
               readAll(dataDir() + QStringLiteral("/expected/") + name + QStringLiteral(".json")))
        .object();
}

Result<Article> parseString(const char *utf8)
{
    return ArticleParser::parse(QByteArray(utf8));
}

} // namespace

TEST(ArticleParser, CorpusMatchesExpectedJson)
{
    const QStringList files = corpusFiles();
    ASSERT_GE(files.size(), 4);
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        Result<Article> a = ArticleParser::parse(readAll(file));
        ASSERT_TRUE(a.ok()) << a.error().toStdString();
        QJsonObject json = a->toJson();
        EXPECT_FALSE(json.take(QStringLiteral("title")).toString().isEmpty());
        EXPECT_EQ(json, expectedFor(file)) << QJsonDocument(json).toJson().toStdString();
    }
}

TEST(ArticleParser, JsonRoundTrip)
{
    for (const QString &file : corpusFiles()) {
        Result<Article> a = ArticleParser::parse(readAll(file));
        ASSERT_TRUE(a.ok());
        EXPECT_EQ(Article::fromJson(a->toJson()), a.value());
    }
}

TEST(ArticleParser, TitleIsFirstSentenceCutAtWordBoundary)
{
    Result<Article> a = ArticleParser::parse(readAll(dataFile(QStringLiteral("cricket-crlf-bom.txt"))));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(
        a->title,
        QStringLiteral("বাংলাদেশ জাতীয় ক্রিকেট দল তিন ম্যাচের ওয়ানডে সিরিজের প্রথম ম্যাচে ৫ উইকেটে জয় পেয়েছে"));

    Result<Article> seed = ArticleParser::parse(readAll(dataFile(QStringLiteral("seed-lavrov-rubio.txt"))));
    ASSERT_TRUE(seed.ok());
    EXPECT_LE(seed->title.size(), 90);
    EXPECT_TRUE(seed->title.endsWith(QChar(0x2026)));
    const QString withoutEllipsis = seed->title.chopped(1);
    EXPECT_TRUE(seed->paragraphs.first().startsWith(withoutEllipsis));
    // Cut at a word boundary: the next character of the paragraph is a space.
    EXPECT_EQ(seed->paragraphs.first().at(withoutEllipsis.size()), QLatin1Char(' '));
}

TEST(ArticleParser, InvalidUtf8NamesTheByteOffset)
{
    Result<Article> a = ArticleParser::parse(QByteArray("ভালো\xff খবর"));
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error(), QStringLiteral("invalid UTF-8 at byte offset 12"));
    Result<Article> truncated = ArticleParser::parse(QByteArray("abc\xe0\xa6"));
    ASSERT_FALSE(truncated.ok());
    EXPECT_EQ(truncated.error(), QStringLiteral("invalid UTF-8 at byte offset 3"));
}

TEST(ArticleParser, NulByteIsNotText)
{
    Result<Article> a = ArticleParser::parse(QByteArray("text\0more", 9));
    ASSERT_FALSE(a.ok());
    EXPECT_TRUE(a.error().startsWith(QStringLiteral("not a text file")));
}

TEST(ArticleParser, EmptyAndWhitespaceOnlyFail)
{
    EXPECT_FALSE(parseString("").ok());
    Result<Article> ws = ArticleParser::parse(QByteArray("  \n\t\r\n\xc2\xa0\n"));
    ASSERT_FALSE(ws.ok());
    EXPECT_TRUE(ws.error().contains(QStringLiteral("empty")));
}

TEST(ArticleParser, NoBodyParagraphsFails)
{
    Result<Article> a =
        parseString("ছবির ক্যাপশন |\n[বিজ্ঞাপন_১]\nসূত্র: https://example.com/a\nমন্তব্য (2)\nক: খ");
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error(), QStringLiteral("no body paragraphs"));
}

TEST(ArticleParser, OversizedInputFails)
{
    QByteArray big(21 * 1024 * 1024, 'a');
    Result<Article> a = ArticleParser::parse(big);
    ASSERT_FALSE(a.ok());
    EXPECT_TRUE(a.error().contains(QStringLiteral("20 MiB")));
}

TEST(ArticleParser, SpacesCollapseButZwjStays)
{
    Result<Article> a = parseString("  এক\t\tদুই\xc2\xa0\xe2\x80\x83তিন  \nর\xe2\x80\x8d্যাব");
    ASSERT_TRUE(a.ok());
    ASSERT_EQ(a->paragraphs.size(), 2);
    EXPECT_EQ(a->paragraphs.at(0), QStringLiteral("এক দুই তিন"));
    EXPECT_TRUE(a->paragraphs.at(1).contains(QChar(0x200D)));
}

TEST(ArticleParser, CaptionWithoutCreditAndOtherParenthesesStay)
{
    Result<Article> a = parseString("ল্যাভরভ (বামে) ও রুবিও |\nদেহ।");
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(a->caption.has_value());
    EXPECT_EQ(a->caption->text, QStringLiteral("ল্যাভরভ (বামে) ও রুবিও"));
    EXPECT_TRUE(a->caption->credit.isEmpty());
    Result<Article> b = parseString("Caption text (PHOTO: AP) |\nBody.");
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->caption->credit, QStringLiteral("AP"));
    EXPECT_EQ(b->caption->text, QStringLiteral("Caption text"));
}

TEST(ArticleParser, SourceWithoutUrlAndWithLabel)
{
    Result<Article> a = parseString("দেহ।\nসূত্র: প্রথম আলো");
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(a->source.has_value());
    EXPECT_EQ(a->source->label, QStringLiteral("প্রথম আলো"));
    EXPECT_TRUE(a->source->url.isEmpty());
    Result<Article> b = parseString("দেহ।\nSource: Daily Star https://thedailystar.net/x");
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->source->label, QStringLiteral("Daily Star"));
    EXPECT_EQ(b->source->url, QStringLiteral("https://thedailystar.net/x"));
}

TEST(ArticleParser, CommentAuthorRules)
{
    Result<Article> a = parseString("দেহ।\nComments (৩)\nকেউ বলল। তারপর: কিছু\nনাম: লেখা: আরও\nশুধু লেখা");
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(a->comments.has_value());
    EXPECT_EQ(a->comments->declared, 3);
    ASSERT_EQ(a->comments->items.size(), 3);
    EXPECT_FALSE(a->comments->items.at(0).author.has_value());
    EXPECT_EQ(a->comments->items.at(0).text, QStringLiteral("কেউ বলল। তারপর: কিছু"));
    EXPECT_EQ(a->comments->items.at(1).author.value(), QStringLiteral("নাম"));
    EXPECT_EQ(a->comments->items.at(1).text, QStringLiteral("লেখা: আরও"));
    EXPECT_FALSE(a->comments->items.at(2).author.has_value());
}

TEST(ArticleParser, PrecomposedNuktaEqualsDecomposed)
{
    Result<Article> pre = parseString("\xe0\xa7\x9c\xe0\xa6\xbe\xe0\xa6\x87"); // U+09DC ড়াই
    Result<Article> dec = parseString("\xe0\xa6\xa1\xe0\xa6\xbc\xe0\xa6\xbe\xe0\xa6\x87"); // ড + ় + াই
    ASSERT_TRUE(pre.ok());
    ASSERT_TRUE(dec.ok());
    EXPECT_EQ(pre->paragraphs, dec->paragraphs);
}

// A derived title repeats the first sentence: views show it once.
TEST(ArticleParser, RepeatedLeadIsTheSentenceADerivedTitleRepeats)
{
    Result<Article> cricket = ArticleParser::parse(readAll(dataFile(QStringLiteral("cricket-crlf-bom.txt"))));
    ASSERT_TRUE(cricket.ok());
    const int lead = ArticleParser::repeatedLeadLength(cricket.value());
    ASSERT_GT(lead, 0);
    EXPECT_EQ(cricket->paragraphs.first().left(lead),
              BengaliText::firstSentence(cricket->paragraphs.first()));
    EXPECT_TRUE(cricket->paragraphs.first().left(lead).startsWith(cricket->title));

    // The seed's title is cut from a long first sentence: the lead is that
    // whole sentence, which ends at the danda.
    Result<Article> seed = ArticleParser::parse(readAll(dataFile(QStringLiteral("seed-lavrov-rubio.txt"))));
    ASSERT_TRUE(seed.ok());
    const int seedLead = ArticleParser::repeatedLeadLength(seed.value());
    ASSERT_GT(seedLead, 0);
    EXPECT_EQ(seed->paragraphs.first().at(seedLead - 1), QChar(0x0964));

    // A title of the article's own is not a repetition.
    Article own = seed.value();
    own.title = QStringLiteral("লাভরভ ও রুবিওর ফোনালাপ");
    EXPECT_EQ(ArticleParser::repeatedLeadLength(own), 0);
    Article empty;
    EXPECT_EQ(ArticleParser::repeatedLeadLength(empty), 0);
}

// A long first sentence gives a title cut at a clause when one ends late
// enough, else at a word; never inside a word.
TEST(ArticleParser, LongDerivedTitlesEndAtAClauseOrAWord)
{
    const QString clause =
        QStringLiteral("ঢাকার যানজট নিরসনে সরকার নতুন মেট্রোরেল লাইনের কাজ শুরু করেছে এবং আগামী বছর তা চালু হবে");
    const QString sentence =
        clause + QStringLiteral(", বলে জানিয়েছেন যোগাযোগমন্ত্রী বৃহস্পতিবার সচিবালয়ে এক সংবাদ সম্মেলনে।");
    ASSERT_GT(clause.size(), ArticleParser::maxTitleLength * 2 / 3);
    ASSERT_LT(clause.size(), ArticleParser::maxTitleLength);
    EXPECT_EQ(ArticleParser::deriveTitle({sentence}), clause + QChar(0x2026));

    // A comma early in the sentence is no place to end a headline.
    const QString early =
        QStringLiteral("সরকারের মতে, ঢাকার যানজট নিরসনে নতুন মেট্রোরেল লাইনের কাজ শুরু হয়েছে এবং আগামী বছর তা "
                       "চালু হবে বলে জানিয়েছেন যোগাযোগমন্ত্রী বৃহস্পতিবার।");
    const QString title = ArticleParser::deriveTitle({early});
    ASSERT_TRUE(title.endsWith(QChar(0x2026)));
    EXPECT_GT(title.size(), ArticleParser::maxTitleLength / 2);
    EXPECT_LE(title.size(), ArticleParser::maxTitleLength);
    EXPECT_EQ(early.at(title.size() - 1), QLatin1Char(' ')); // cut where a word ends
}
