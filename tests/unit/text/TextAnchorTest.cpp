#include "text/TextAnchor.h"
#include "import/ArticleImporter.h"
#include "TestLibrary.h"
#include "text/BengaliText.h"

#include <QTextBoundaryFinder>

#include <gtest/gtest.h>

#include <random>

using namespace pathak;
using namespace pathak::test;

TEST(TextAnchor, SelectionEndingInsideConjunctTakesWholeCluster)
{
    // ক্ষমতা: ক ্ ষ ম তা. A selection that ends after ক্ must not split ক্ষ.
    const TextAnchor anchor(QStringLiteral("ক্ষমতা"));
    const std::optional<TextRange> r = anchor.snap(0, 2);
    ASSERT_TRUE(r);
    EXPECT_EQ(anchor.slice(*r), QStringLiteral("ক্ষ"));

    // কি: the pre-base vowel sign belongs to its consonant.
    const TextAnchor ki(QStringLiteral("কিছু"));
    EXPECT_EQ(ki.slice(*ki.snap(0, 1)), QStringLiteral("কি"));

    // ষ্ট্র in রাষ্ট্রপতি: starting in the middle widens backwards too.
    const TextAnchor rashtra(QStringLiteral("রাষ্ট্রপতি"));
    EXPECT_EQ(rashtra.slice(*rashtra.snap(4, 5)), QStringLiteral("ষ্ট্র"));
}

TEST(TextAnchor, SnapTrimsWhiteSpaceAndRejectsEmptySelections)
{
    const TextAnchor anchor(QStringLiteral("এক  দুই\n\nতিন"));
    EXPECT_EQ(anchor.slice(*anchor.snap(2, 7)), QStringLiteral("দুই"));
    EXPECT_FALSE(anchor.snap(7, 9));
    EXPECT_FALSE(anchor.snap(3, 3));
}

TEST(TextAnchor, OffsetsAreCodePoints)
{
    // 😀 is two UTF-16 units but one code point.
    const TextAnchor anchor(QStringLiteral("ক😀 খবর"));
    EXPECT_EQ(anchor.length(), 6);
    EXPECT_EQ(anchor.toUtf16(2), 3);
    EXPECT_EQ(anchor.toCodePoint(3), 2);
    const QList<TextRange> found = anchor.occurrences(QStringLiteral("খবর"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first(), (TextRange{3, 6}));
    EXPECT_EQ(anchor.quote(found.first()).prefix, QStringLiteral("ক😀 "));
}

TEST(TextAnchor, GraphemeRuleHoldsOnEveryTestArticle)
{
    std::mt19937 random(4);
    for (const QString &file : corpusFiles()) {
        SCOPED_TRACE(file.toStdString());
        Result<NewArticle> in = ArticleImporter::readFile(file);
        ASSERT_TRUE(in.ok());
        const QString text = in->article.plainText();
        const TextAnchor anchor(text);
        const QList<int> boundaries = BengaliText::graphemeBoundaries(text);
        std::uniform_int_distribution<int> pos(0, anchor.length());
        for (int i = 0; i < 2000; ++i) {
            int a = pos(random);
            int b = pos(random);
            if (a > b)
                std::swap(a, b);
            const std::optional<TextRange> r = anchor.snap(a, b);
            if (!r)
                continue;
            ASSERT_TRUE(boundaries.contains(anchor.toUtf16(r->start))) << a << "-" << b;
            ASSERT_TRUE(boundaries.contains(anchor.toUtf16(r->end))) << a << "-" << b;
            ASSERT_LT(r->start, r->end);
            // Widening never loses what was selected, apart from white space at the ends.
            const QString selected = anchor.slice({a, b}).trimmed();
            ASSERT_TRUE(anchor.slice(*r).contains(selected));
        }
        // Every conjunct (consonant + hasanta + consonant) in the article:
        // a selection ending after the hasanta takes the whole cluster.
        const auto consonant = [](QChar c) { return c.unicode() >= 0x0995 && c.unicode() <= 0x09B9; };
        int conjuncts = 0;
        for (qsizetype i = 1; i + 1 < text.size(); ++i) {
            if (text.at(i) != QChar(0x09CD) || !consonant(text.at(i - 1)) || !consonant(text.at(i + 1)))
                continue;
            const int hasanta = anchor.toCodePoint(int(i));
            const std::optional<TextRange> r = anchor.snap(hasanta - 1, hasanta + 1);
            ASSERT_TRUE(r);
            EXPECT_GT(r->end, hasanta + 1) << "conjunct at " << hasanta << " split";
            ++conjuncts;
        }
        EXPECT_GT(conjuncts, 0);
    }
}

TEST(TextAnchor, LocatesPassageAfterTextIsEdited)
{
    const QString before =
        QStringLiteral("রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ ফোনে কথা বলেছেন। পরে তিনি আবার কথা বলেছেন।");
    const TextAnchor old(before);
    const TextRange range = old.occurrences(QStringLiteral("সের্গেই ল্যাভরভ")).first();
    const TextQuote quote = old.quote(range);

    // Text inserted before the passage moves it.
    const QString inserted = QStringLiteral("নতুন বাক্য। ") + before;
    const TextAnchor edited(inserted);
    const std::optional<TextRange> moved = edited.locate(quote, range.start);
    ASSERT_TRUE(moved);
    EXPECT_EQ(moved->start, range.start + 12);
    EXPECT_EQ(edited.slice(*moved), quote.exact);

    // The passage gone: not found, so the caller keeps it as orphaned.
    QString removed = before;
    removed.remove(QStringLiteral("সের্গেই ল্যাভরভ "));
    EXPECT_FALSE(TextAnchor(removed).locate(quote, range.start));
}

TEST(TextAnchor, ContextChoosesAmongRepeatedQuotes)
{
    const QString text =
        QStringLiteral("প্রথমে তিনি কথা বলেছেন। তারপর মন্ত্রী কথা বলেছেন। শেষে সবাই কথা বলেছেন।");
    const TextAnchor anchor(text);
    const QList<TextRange> all = anchor.occurrences(QStringLiteral("কথা বলেছেন"));
    ASSERT_EQ(all.size(), 3);
    const TextQuote second = anchor.quote(all.at(1));

    // Everything before shifts and the first sentence now ends the same way.
    const QString edited = QStringLiteral("আজ ") + text;
    const TextAnchor after(edited);
    const std::optional<TextRange> found = after.locate(second, all.at(1).start);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->start, all.at(1).start + 3);
    // With the context gone the nearest to the old position wins.
    const std::optional<TextRange> nearest = after.locate({second.exact, {}, {}}, all.at(2).start + 3);
    ASSERT_TRUE(nearest);
    EXPECT_EQ(nearest->start, all.at(2).start + 3);
}

TEST(TextAnchor, QuoteInsideAConjunctIsNotTheSamePassage)
{
    // "ক" was a word; after the edit the only ক is inside ক্ষ.
    const TextAnchor anchor(QStringLiteral("ক্ষমতা"));
    EXPECT_FALSE(anchor.locate({QStringLiteral("ক"), {}, {}}, 0));
}

TEST(TextAnchor, MouseSelectionsSnapToWholeWords)
{
    const QString text = QStringLiteral("প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেন।");
    // From inside প্রেসি|ডেন্ট to inside ভ্লাদি|মির, as a drag often ends.
    const int from = int(text.indexOf(QStringLiteral("ডেন্ট")));
    const int to = int(text.indexOf(QStringLiteral("মির")));
    const auto [s, e] = BengaliText::snapToWords(text, from, to);
    EXPECT_EQ(text.mid(s, e - s), QStringLiteral("প্রেসিডেন্ট ভ্লাদিমির"));
    // The spaces a drag picks up at its ends are dropped; the full stop kept.
    const int space = int(text.indexOf(QStringLiteral(" পুতিন")));
    const auto [s2, e2] = BengaliText::snapToWords(text, space, int(text.size()));
    EXPECT_EQ(text.mid(s2, e2 - s2), QStringLiteral("পুতিন বলেন।"));
    // Nothing but a space: only snapped to clusters.
    const auto [s3, e3] = BengaliText::snapToWords(text, space, space + 1);
    EXPECT_EQ(e3 - s3, 1);
}

TEST(TextAnchor, WordSnapHoldsOnEveryTestArticle)
{
    std::mt19937 random(16);
    for (const QString &file : corpusFiles()) {
        SCOPED_TRACE(file.toStdString());
        Result<NewArticle> in = ArticleImporter::readFile(file);
        ASSERT_TRUE(in.ok());
        const QString text = in->article.plainText();
        const QList<int> clusters = BengaliText::graphemeBoundaries(text);
        // Qt's own word breaks (UAX #29, not ICU) as the independent judge.
        QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
        std::uniform_int_distribution<int> pos(0, int(text.size()));
        std::uniform_int_distribution<int> span(1, 120);
        for (int i = 0; i < 2000; ++i) {
            const int a = pos(random);
            const int b = std::min(int(text.size()), a + span(random));
            const auto [s, e] = BengaliText::snapToWords(text, a, b);
            ASSERT_LE(s, e);
            ASSERT_TRUE(clusters.contains(s)) << a << "-" << b;
            ASSERT_TRUE(clusters.contains(e)) << a << "-" << b;
            const QString selected = text.mid(a, b - a).trimmed();
            if (selected.isEmpty())
                continue;
            words.setPosition(s);
            ASSERT_TRUE(words.isAtBoundary()) << "starts mid-word at " << s;
            words.setPosition(e);
            ASSERT_TRUE(words.isAtBoundary()) << "ends mid-word at " << e;
            ASSERT_TRUE(text.mid(s, e - s).contains(selected)) << a << "-" << b;
        }
    }
}
