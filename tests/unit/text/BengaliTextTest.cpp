#include "text/BengaliText.h"

#include <gtest/gtest.h>

using namespace pathak;

TEST(BengaliText, DigitsInEitherScript)
{
    EXPECT_EQ(BengaliText::parseDigits(QStringLiteral("১২")), 12);
    EXPECT_EQ(BengaliText::parseDigits(QStringLiteral("12")), 12);
    EXPECT_FALSE(BengaliText::parseDigits(QStringLiteral("১a")).has_value());
    EXPECT_FALSE(BengaliText::parseDigits(QString()).has_value());
    EXPECT_EQ(BengaliText::foldDigitsToAscii(QStringLiteral("৪৯.৩ ওভার")), QStringLiteral("49.3 ওভার"));
}

TEST(BengaliText, GraphemeClustersKeepConjunctsWhole)
{
    const QString ksha = QStringLiteral("ক্ষমতা");
    const QList<int> b = BengaliText::graphemeBoundaries(ksha);
    // ক্ষ (3 code units) is one cluster; no boundary after ক্.
    EXPECT_FALSE(b.contains(1));
    EXPECT_FALSE(b.contains(2));
    EXPECT_TRUE(b.contains(3));
    // A selection that ends after ক্ widens to the whole conjunct.
    EXPECT_EQ(BengaliText::snapToGraphemes(ksha, 0, 2), std::make_pair(0, 3));
    const QString rashtra = QStringLiteral("রাষ্ট্রপতি");
    const auto snapped = BengaliText::snapToGraphemes(rashtra, 3, 4);
    EXPECT_EQ(snapped.first, 2);
    EXPECT_EQ(rashtra.mid(snapped.first, snapped.second - snapped.first), QStringLiteral("ষ্ট্র"));
}

TEST(BengaliText, FirstSentenceEndsAtDanda)
{
    EXPECT_EQ(BengaliText::firstSentence(QStringLiteral("প্রথম বাক্য। দ্বিতীয় বাক্য।")),
              QStringLiteral("প্রথম বাক্য।"));
}

TEST(BengaliText, CutAtWordBoundary)
{
    const QString text = QStringLiteral("এক দুই তিন চার পাঁচ");
    EXPECT_EQ(BengaliText::cutAtWordBoundary(text, 100), text);
    const QString cut = BengaliText::cutAtWordBoundary(text, 10);
    EXPECT_LE(cut.size(), 10);
    EXPECT_EQ(cut, QStringLiteral("এক দুই…"));
}

TEST(BengaliText, CollapseSpaces)
{
    EXPECT_EQ(BengaliText::collapseSpaces(QStringLiteral(" a \t\u00a0 b\u2009c ")), QStringLiteral("a b c"));
}

TEST(BengaliText, LoneSurrogatesAreReplaced)
{
    const QString pair = QString::fromUcs4(U"\U0001F600");
    EXPECT_EQ(BengaliText::replaceLoneSurrogates(QStringLiteral("বাংলা") + pair),
              QStringLiteral("বাংলা") + pair);
    const QString high(QChar(0xD800)), low(QChar(0xDC00));
    EXPECT_EQ(BengaliText::replaceLoneSurrogates(high + QStringLiteral("ক") + low + low + high),
              QStringLiteral("\uFFFDক\uFFFD\uFFFD\uFFFD"));
    EXPECT_EQ(BengaliText::replaceLoneSurrogates(low + pair + high),
              QStringLiteral("\uFFFD") + pair + QStringLiteral("\uFFFD"));
}

// Reading time counts words by ICU's breaks: vowel signs, virama and
// conjuncts stay inside their word, punctuation and digits are not split off
// as words of their own.
TEST(BengaliText, WordCountFollowsIcuWordBreaks)
{
    EXPECT_EQ(BengaliText::wordCount(QString()), 0);
    EXPECT_EQ(BengaliText::wordCount(QStringLiteral("বাংলাদেশ জাতীয় ক্রিকেট দল")), 4);
    // কি, কেন? — two words, not four pieces at the vowel signs or the comma.
    EXPECT_EQ(BengaliText::wordCount(QStringLiteral("কি, কেন?")), 2);
    EXPECT_EQ(BengaliText::wordCount(QStringLiteral("সম্পর্কের উন্নতি।  কৃষি ও ট্রুথ")), 5);
    EXPECT_EQ(BengaliText::wordCount(QStringLiteral("৪৯.৩ ওভারে ২৪৭ রানে")), 4);
    EXPECT_EQ(BengaliText::wordCount(QStringLiteral("Putin এবং Trump")), 3);
}
