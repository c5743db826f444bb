// Full-text search on a real library file: the corpus articles plus
// articles written here for the spellings Bengali search must survive.
#include "annotation/AnnotationStore.h"
#include "article/ArticleParser.h"
#include "import/ArticleImporter.h"
#include "library/ImportBatchWriter.h"
#include "library/sqlite/Transaction.h"
#include "search/SearchIndex.h"
#include "search/SearchQuery.h"
#include "search/SearchTokenizer.h"
#include "TestLibrary.h"
#include "text/BengaliText.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace pathak;
using namespace pathak::test;

namespace {

QStringList tokenTexts(const QString &text)
{
    QStringList out;
    for (const SearchTokenizer::Token &t : SearchTokenizer::tokenize(text))
        out.append(t.text);
    return out;
}

QList<qint64> ids(SearchIndex &index, const QString &query, const SearchFilter &filter = {})
{
    Result<QList<SearchHit>> hits = index.search(query, filter, 100);
    EXPECT_TRUE(hits.ok()) << query.toStdString() << ": " << hits.error().toStdString();
    QList<qint64> out;
    if (hits.ok()) {
        for (const SearchHit &h : hits.value())
            out.append(h.id);
    }
    return out;
}

void exec(LibraryDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.prepare(sql)) << sql.toStdString();
    for (const QVariant &v : values)
        q.addBindValue(v);
    ASSERT_TRUE(q.exec()) << sql.toStdString() << ": " << q.lastError().text().toStdString();
}

void expectInStep(LibraryDatabase &db)
{
    Status s = SearchIndex(db).check();
    EXPECT_TRUE(s.ok()) << s.error().toStdString();
}

// Articles for the tricky cases, each with one word to find it by.
struct Fixture : ::testing::Test
{
    TestLibrary lib;
    SearchIndex index{lib.db()};
    QMap<QString, qint64> id;

    void SetUp() override
    {
        ArticleImporter importer(lib.store());
        for (const ImportResult &r : importer.importPaths(corpusFiles())) {
            ASSERT_EQ(r.status, ImportResult::Status::Imported) << r.input.toStdString();
            id.insert(QFileInfo(r.input).completeBaseName(), r.id);
        }
        id[QStringLiteral("bangladesh")] =
            addArticle(lib.store(), QStringLiteral("বাংলাদেশের মানুষ ভোট দিয়েছে।"));
        id[QStringLiteral("bengaliDigits")] =
            addArticle(lib.store(), QStringLiteral("নদীতে ১২ জন মাঝি নৌকা বাইছে।"));
        id[QStringLiteral("asciiDigits")] =
            addArticle(lib.store(), QStringLiteral("পাহাড়ে 2024 সালে 37 টি নতুন পথ খোলা হয়েছে।"));
        // ত + hasanta + ZWJ, the old spelling of ৎ; অ + া typed for আ.
        id[QStringLiteral("khandaTa")] =
            addArticle(lib.store(), QStringLiteral("গ্রামে উত্\u200Dসব চলছে, অামাদের আনন্দ।"));
        id[QStringLiteral("zwnj")] =
            addArticle(lib.store(), QStringLiteral("র\u200C্যাব সদস্যরা মহড়া দিয়েছে৷ BBC জানিয়েছে।"));
        id[QStringLiteral("titleWeight")] =
            addArticle(lib.store(), QStringLiteral("পদ্মা সেতু খুলে দেওয়া হয়েছে।\nশহরে যানজট কমেছে।"));
        id[QStringLiteral("bodyOnce")] = addArticle(
            lib.store(), QStringLiteral("শহরে নতুন বাজার বসেছে।\nব্যবসায়ীরা খুশি।\nদূরে পদ্মা নদী দেখা যায়।"));
    }
};

} // namespace

TEST(SearchTokenizer, KeepsBengaliWordsWholeAndFolds)
{
    EXPECT_EQ(
        tokenTexts(QStringLiteral("বাংলাদেশের প্রেসিডেন্ট, ক্ষমতা।")),
        (QStringList{QStringLiteral("বাংলাদেশের"), QStringLiteral("প্রেসিডেন্ট"), QStringLiteral("ক্ষমতা")}));
    EXPECT_EQ(tokenTexts(QStringLiteral("১২ ফেব্রুয়ারি ২০২৪")),
              (QStringList{QStringLiteral("12"), QStringLiteral("ফেব্রুয়ারি"), QStringLiteral("2024")}));
    EXPECT_EQ(tokenTexts(QStringLiteral("১২টি")), QStringList{QStringLiteral("12টি")});
    EXPECT_EQ(tokenTexts(QStringLiteral("উত্\u200Dসব")), QStringList{QStringLiteral("উৎসব")});
    EXPECT_EQ(tokenTexts(QStringLiteral("অামার")), QStringList{QStringLiteral("আমার")});
    EXPECT_EQ(tokenTexts(QStringLiteral("র\u200C্যাব")), QStringList{QStringLiteral("র্যাব")});
    EXPECT_EQ(tokenTexts(QStringLiteral("শেষ৷পরে")),
              (QStringList{QStringLiteral("শেষ"), QStringLiteral("পরে")}));
    EXPECT_EQ(tokenTexts(QStringLiteral("Donald TRUMP")),
              (QStringList{QStringLiteral("donald"), QStringLiteral("trump")}));
    // য় precomposed (U+09DF) and decomposed are one word after NFC.
    EXPECT_EQ(tokenTexts(QStringLiteral("\u09DF")), tokenTexts(QStringLiteral("\u09AF\u09BC")));
    EXPECT_TRUE(tokenTexts(QStringLiteral("\u200D \" * - ( ) । ,")).isEmpty());
}

TEST(SearchTokenizer, OffsetsAreUtf16AndCoverTheWord)
{
    const QString text = QStringLiteral("😀 রাশিয়ার (ট্রাম্প)");
    const QList<SearchTokenizer::Token> tokens = SearchTokenizer::tokenize(text);
    ASSERT_EQ(tokens.size(), 2);
    EXPECT_EQ(text.mid(tokens[0].start, tokens[0].end - tokens[0].start), QStringLiteral("রাশিয়ার"));
    EXPECT_EQ(text.mid(tokens[1].start, tokens[1].end - tokens[1].start), QStringLiteral("ট্রাম্প"));
}

TEST(SearchQuery, BuildsQuotedExpressionsFromAnyText)
{
    const QString trump = SearchQuery::parse(QStringLiteral("ট্রাম্প")).ftsExpression();
    EXPECT_TRUE(trump.startsWith(QStringLiteral("(\"ট্রাম্প\" OR \"ট্রাম্পের\" OR "))) << trump.toStdString();
    EXPECT_FALSE(trump.contains(QLatin1Char('*'))); // never an open prefix
    const QString russia = SearchQuery::parse(QStringLiteral("রাশিয়ার")).ftsExpression();
    EXPECT_TRUE(russia.contains(QStringLiteral("\"রাশিয়া\" OR")) &&
                russia.contains(QStringLiteral("\"রাশিয়াকে\"")));
    EXPECT_EQ(SearchQuery::parse(QStringLiteral("১২")).ftsExpression(), QStringLiteral("(\"12\" OR \"১২\")"));
    EXPECT_EQ(SearchQuery::parse(QStringLiteral("\"ডোনাল্ড ট্রাম্প\"")).ftsExpression(),
              QStringLiteral("\"ডোনাল্ড ট্রাম্প\""));
    EXPECT_EQ(SearchQuery::parse(QStringLiteral("NEAR(a b) AND")).ftsExpression(),
              QStringLiteral("\"near a\" AND \"b\" AND (\"and\" OR \"ands\" OR \"andes\")"));
    EXPECT_TRUE(SearchQuery::parse(QStringLiteral(" * - \" ( ")).isEmpty());
    EXPECT_EQ(SearchQuery::stem(QStringLiteral("সাগর")), QStringLiteral("সাগর"));
    EXPECT_EQ(SearchQuery::stem(QStringLiteral("ট্রাম্পের")), QStringLiteral("ট্রাম্প"));
    EXPECT_EQ(SearchQuery::stem(QStringLiteral("দেশে")), QStringLiteral("দেশ"));
}

TEST_F(Fixture, FindsInflectedFormsFromTheStem)
{
    const qint64 seed = id[QStringLiteral("seed-lavrov-rubio")];
    for (const char *word : {"রাশিয়া", "ট্রাম্প", "প্রেসিডেন্ট", "রাশিয়ার", "ট্রাম্পের"})
        EXPECT_TRUE(ids(index, QString::fromUtf8(word)).contains(seed)) << word;
    // Every hit word in a snippet is marked.
    const QList<SearchHit> hits = index.search(QStringLiteral("প্রেসিডেন্ট")).value();
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits.first().id, seed);
    ASSERT_FALSE(hits.first().snippetHits.isEmpty());
    for (const auto &[start, end] : hits.first().snippetHits)
        EXPECT_TRUE(hits.first().snippet.mid(start, end - start).startsWith(QStringLiteral("প্রেসিডেন্ট")));
    EXPECT_TRUE(hits.first()
                    .markedSnippet(QStringLiteral("["), QStringLiteral("]"))
                    .contains(QStringLiteral("[প্রেসিডেন্ট")));
    // The suffixed form is a hit too, marked as the whole word.
    const SearchHit suffixed = index.search(QStringLiteral("ট্রাম্প")).value().first();
    EXPECT_TRUE(suffixed.markedSnippet(QStringLiteral("["), QStringLiteral("]"))
                    .contains(QStringLiteral("[ট্রাম্পের]")))
        << suffixed.snippet.toStdString();
}

TEST_F(Fixture, NoMatchByFragments)
{
    // The cricket article and one written here have বাংলাদেশ; neither has বিলাদেশ.
    EXPECT_TRUE(ids(index, QStringLiteral("বিলাদেশ")).isEmpty());
    const QList<qint64> found = ids(index, QStringLiteral("বাংলাদেশ"));
    EXPECT_TRUE(found.contains(id[QStringLiteral("bangladesh")]));
    EXPECT_TRUE(found.contains(id[QStringLiteral("cricket-crlf-bom")]));
    // Pieces of a word are not words: not its end, not a vowel sign with a letter.
    EXPECT_TRUE(ids(index, QStringLiteral("লাদেশ")).isEmpty());
    EXPECT_TRUE(ids(index, QStringLiteral("ের")).isEmpty());
    EXPECT_TRUE(ids(index, QStringLiteral("ং")).isEmpty());
}

TEST_F(Fixture, DigitsFoldBothWays)
{
    // ১২ is written in Bengali digits here and in the seed article.
    const QList<qint64> twelve = ids(index, QStringLiteral("12"));
    EXPECT_TRUE(twelve.contains(id[QStringLiteral("bengaliDigits")]));
    EXPECT_TRUE(twelve.contains(id[QStringLiteral("seed-lavrov-rubio")]));
    EXPECT_EQ(ids(index, QStringLiteral("১২ জন")), QList<qint64>{id[QStringLiteral("bengaliDigits")]});
    EXPECT_EQ(ids(index, QStringLiteral("২০২৪")), QList<qint64>{id[QStringLiteral("asciiDigits")]});
    EXPECT_EQ(ids(index, QStringLiteral("2024")), QList<qint64>{id[QStringLiteral("asciiDigits")]});
    // Numbers match whole: 3 is not 37.
    EXPECT_FALSE(ids(index, QStringLiteral("৩")).contains(id[QStringLiteral("asciiDigits")]));
    EXPECT_EQ(ids(index, QStringLiteral("৩৭")), QList<qint64>{id[QStringLiteral("asciiDigits")]});
}

TEST_F(Fixture, SpellingsFoldTogether)
{
    EXPECT_EQ(ids(index, QStringLiteral("উৎসব")), QList<qint64>{id[QStringLiteral("khandaTa")]});
    EXPECT_EQ(ids(index, QStringLiteral("উত্\u200Dসব")), QList<qint64>{id[QStringLiteral("khandaTa")]});
    EXPECT_EQ(ids(index, QStringLiteral("আমাদের")), QList<qint64>{id[QStringLiteral("khandaTa")]});
    // র‌্যাব (ZWNJ) here, র‍্যাবের (ZWJ) in the nukta article: one word.
    EXPECT_EQ(ids(index, QStringLiteral("র্যাব")).size(), 2);
    EXPECT_TRUE(ids(index, QStringLiteral("র্যাব")).contains(id[QStringLiteral("zwnj")]));
    EXPECT_TRUE(ids(index, QStringLiteral("র্যাব")).contains(id[QStringLiteral("mixed-script-nukta")]));
    EXPECT_EQ(ids(index, QStringLiteral("মহড়া দিয়েছে")), QList<qint64>{id[QStringLiteral("zwnj")]});
    EXPECT_EQ(ids(index, QStringLiteral("bbc")), QList<qint64>{id[QStringLiteral("zwnj")]});
    // The precomposed nukta letter finds the decomposed one the parser stored.
    EXPECT_EQ(ids(index, QStringLiteral("মহ\u09DDা")), QList<qint64>());
    EXPECT_EQ(ids(index, QStringLiteral("মহ\u09DCা")), QList<qint64>{id[QStringLiteral("zwnj")]});
}

TEST_F(Fixture, QuotedPhrasesAreExact)
{
    const qint64 seed = id[QStringLiteral("seed-lavrov-rubio")];
    EXPECT_TRUE(ids(index, QStringLiteral("\"ডোনাল্ড ট্রাম্প\"")).contains(seed));
    EXPECT_TRUE(ids(index, QStringLiteral("\"ট্রাম্প ডোনাল্ড\"")).isEmpty());
    // Exact: the phrase's words are not prefixes.
    EXPECT_TRUE(ids(index, QStringLiteral("\"মার্কিন প্রেসিডেন্ট\"")).contains(seed));
    EXPECT_TRUE(ids(index, QStringLiteral("\"রাশিয়া প্রেসিডেন্ট\"")).isEmpty());
    // Unquoted, the same words need not be adjacent.
    EXPECT_TRUE(ids(index, QStringLiteral("ট্রাম্প ডোনাল্ড")).contains(seed));
}

TEST_F(Fixture, TitleRanksAboveBody)
{
    const QList<qint64> found = ids(index, QStringLiteral("পদ্মা"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.first(), id[QStringLiteral("titleWeight")]);
    const QList<SearchHit> hits = index.search(QStringLiteral("পদ্মা")).value();
    EXPECT_GT(hits.at(0).score, hits.at(1).score);
    EXPECT_GT(hits.at(1).score, 0);
}

TEST_F(Fixture, AnyTextIsAValidQuery)
{
    const QStringList nasty = {
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("\"\"\""),
        QStringLiteral("*"),
        QStringLiteral("**"),
        QStringLiteral("-"),
        QStringLiteral("-রাশিয়া"),
        QStringLiteral("AND("),
        QStringLiteral("AND"),
        QStringLiteral("OR"),
        QStringLiteral("NOT"),
        QStringLiteral("NEAR"),
        QStringLiteral("NEAR(রাশিয়া ট্রাম্প, 2)"),
        QStringLiteral("রাশিয়া OR"),
        QStringLiteral("OR রাশিয়া"),
        QStringLiteral("title:রাশিয়া"),
        QStringLiteral("{title body}: x"),
        QStringLiteral("^রাশিয়া"),
        QStringLiteral("রাশিয়া*"),
        QStringLiteral("(("),
        QStringLiteral(")"),
        QStringLiteral("'"),
        QStringLiteral("'; DROP TABLE articles; --"),
        QStringLiteral("।"),
        QStringLiteral("৷"),
        QStringLiteral("\u200D"),
        QStringLiteral("\u200C\u200D"),
        QStringLiteral(" "),
        QString(),
        QStringLiteral("\t\n"),
        QStringLiteral("+"),
        QStringLiteral(":"),
        QStringLiteral("\"ট্রাম্প"),
        QStringLiteral("ট্রাম্প\""),
        QStringLiteral("“ট্রাম্প”"),
        QStringLiteral("\\"),
        QStringLiteral("%_"),
        QStringLiteral("\u09CD"),
        QStringLiteral("ি"),
        QString(1000, QLatin1Char('a')),
        QStringLiteral("\U0001F600"),
        QStringLiteral("ক*খ-গ\"ঘ(ঙ)"),
    };
    for (const QString &q : nasty) {
        Result<QList<SearchHit>> r = index.search(q);
        EXPECT_TRUE(r.ok()) << q.toStdString() << ": " << r.error().toStdString();
    }
    // The syntax-looking words are searched as words.
    EXPECT_TRUE(ids(index, QStringLiteral("NEAR(রাশিয়া ট্রাম্প, 2)")).isEmpty());
    EXPECT_TRUE(ids(index, QStringLiteral("-রাশিয়া")).contains(id[QStringLiteral("seed-lavrov-rubio")]));
    EXPECT_TRUE(ids(index, QStringLiteral("\"ট্রাম্প")).contains(id[QStringLiteral("seed-lavrov-rubio")]));
    EXPECT_EQ(lib.store().count().value(), 4 + 7); // nothing was dropped by the "injection"
}

TEST_F(Fixture, SearchesCaptionSourceAndComments)
{
    const qint64 forest =
        addArticle(lib.store(), QStringLiteral("নদীর ধারে হরিণের দল। (ছবি: বনবিভাগ) |\n"
                                               "বনে অনেক গাছ আছে।\n"
                                               "সূত্র: বনবার্তা https://forest.example/news/1\n"
                                               "মন্তব্য (১)\n"
                                               "করিম: বাঘ কোথায় থাকে?"));
    for (const char *word : {"হরিণ", "বনবিভাগ", "বনবার্তা", "forest", "বাঘ", "করিম"})
        EXPECT_EQ(ids(index, QString::fromUtf8(word)), QList<qint64>{forest}) << word;
}

TEST_F(Fixture, AnnotationNotesAreIndexedInStep)
{
    const qint64 a = id[QStringLiteral("bangladesh")];
    const QString now = QStringLiteral("2026-01-01T00:00:00Z");
    exec(lib.db(),
         QStringLiteral(
             "INSERT INTO annotations (article_id, exact, start_pos, end_pos, note, created_at, modified_at) "
             "VALUES (?, 'মানুষ', 0, 5, 'জরুরি নির্বাচন', ?, ?)"),
         {a, now, now});
    expectInStep(lib.db());
    EXPECT_EQ(ids(index, QStringLiteral("নির্বাচন")), QList<qint64>{a});
    SearchFilter annotated;
    annotated.annotatedOnly = true;
    EXPECT_EQ(ids(index, QStringLiteral("মানুষ"), annotated), QList<qint64>{a});

    exec(lib.db(), QStringLiteral("UPDATE annotations SET note = 'পুরনো খবর' WHERE article_id = ?"), {a});
    expectInStep(lib.db());
    EXPECT_TRUE(ids(index, QStringLiteral("নির্বাচন")).isEmpty());
    EXPECT_EQ(ids(index, QStringLiteral("পুরনো")), QList<qint64>{a});
    // A colour change leaves the index alone and in step.
    exec(lib.db(), QStringLiteral("UPDATE annotations SET color = 'green' WHERE article_id = ?"), {a});
    expectInStep(lib.db());

    exec(lib.db(), QStringLiteral("DELETE FROM annotations WHERE article_id = ?"), {a});
    expectInStep(lib.db());
    EXPECT_TRUE(ids(index, QStringLiteral("পুরনো")).isEmpty());
    EXPECT_TRUE(ids(index, QStringLiteral("বাংলাদেশ")).contains(a));
}

TEST_F(Fixture, RemoveRenameAndRollbackKeepTheIndexInStep)
{
    const qint64 a = id[QStringLiteral("bangladesh")];
    exec(lib.db(),
         QStringLiteral(
             "INSERT INTO annotations (article_id, exact, start_pos, end_pos, note, created_at, modified_at) "
             "VALUES (?, 'মানুষ', 0, 5, 'নোট', 'x', 'x')"),
         {a});
    ASSERT_TRUE(lib.store().rename(a, QStringLiteral("খুলনার নির্বাচন")).ok());
    expectInStep(lib.db());
    EXPECT_EQ(ids(index, QStringLiteral("খুলনা")), QList<qint64>{a});

    ASSERT_TRUE(lib.store().remove({a}).ok());
    expectInStep(lib.db());
    EXPECT_TRUE(ids(index, QStringLiteral("খুলনা")).isEmpty());
    EXPECT_FALSE(ids(index, QStringLiteral("বাংলাদেশ")).contains(a));

    // An article written row by row with plain SQL, as the sqlite3 shell or
    // any other SQLite program would (its parts first, its original bytes
    // last), is indexed by the triggers; rolled back, it leaves nothing in
    // the index either.
    {
        Transaction tx(lib.db().connection());
        exec(lib.db(), QStringLiteral("INSERT INTO articles (id, title, body_hash, saved_at, origin) "
                                      "VALUES (900, 'চট্টগ্রাম', 'h', '2026-12-01T10:00:00Z', '')"));
        exec(lib.db(), QStringLiteral("INSERT INTO paragraphs (article_id, position, text) VALUES (900, 0, "
                                      "'চট্টগ্রামে বৃষ্টি হয়েছে।')"));
        exec(lib.db(),
             QStringLiteral("INSERT INTO originals (article_id, file_name, bytes) VALUES (900, '', X'')"));
        EXPECT_EQ(ids(index, QStringLiteral("চট্টগ্রাম")),
                  QList<qint64>{900}); // visible inside the transaction
        EXPECT_TRUE(ids(index, QStringLiteral("বৃষ্টি")).contains(900));
    }
    EXPECT_TRUE(ids(index, QStringLiteral("চট্টগ্রাম")).isEmpty());
    EXPECT_FALSE(ids(index, QStringLiteral("বৃষ্টি")).contains(900));
    expectInStep(lib.db());

    // Parts edited after import are re-indexed too.
    const qint64 b = id[QStringLiteral("bodyOnce")];
    EXPECT_TRUE(ids(index, QStringLiteral("ব্যবসায়ী")).contains(b));
    exec(lib.db(),
         QStringLiteral(
             "UPDATE paragraphs SET text = 'পাহাড়ি চা বাগান।' WHERE article_id = ? AND position = 1"),
         {b});
    exec(lib.db(),
         QStringLiteral("INSERT INTO sources (article_id, label, url) VALUES (?, 'স্থানীয় পত্রিকা', '')"), {b});
    expectInStep(lib.db());
    EXPECT_EQ(ids(index, QStringLiteral("পাহাড়ি চা")), QList<qint64>{b});
    EXPECT_FALSE(ids(index, QStringLiteral("ব্যবসায়ী")).contains(b));
    EXPECT_EQ(ids(index, QStringLiteral("পত্রিকা")), QList<qint64>{b});
}

TEST_F(Fixture, Filters)
{
    const qint64 seed = id[QStringLiteral("seed-lavrov-rubio")];
    const qint64 titled = id[QStringLiteral("titleWeight")];
    const qint64 body = id[QStringLiteral("bodyOnce")];
    SearchFilter bySource;
    bySource.source = QStringLiteral("BAODAKNONG");
    EXPECT_EQ(ids(index, QStringLiteral("রাশিয়া"), bySource), QList<qint64>{seed});
    bySource.source = QStringLiteral("nowhere.example");
    EXPECT_TRUE(ids(index, QStringLiteral("রাশিয়া"), bySource).isEmpty());

    ASSERT_TRUE(lib.store().setFavourite(body, true).ok());
    SearchFilter favourites;
    favourites.favouritesOnly = true;
    EXPECT_EQ(ids(index, QStringLiteral("পদ্মা"), favourites), QList<qint64>{body});

    exec(lib.db(), QStringLiteral("UPDATE articles SET saved_at = '2025-03-10T12:00:00Z' WHERE id = ?"),
         {titled});
    exec(lib.db(), QStringLiteral("UPDATE articles SET saved_at = '2025-05-20T12:00:00Z' WHERE id = ?"),
         {body});
    SearchFilter range;
    range.savedFrom = QDate(2025, 3, 1);
    range.savedTo = QDate(2025, 3, 31);
    EXPECT_EQ(ids(index, QStringLiteral("পদ্মা"), range), QList<qint64>{titled});
    range.savedFrom = QDate(2025, 4, 1);
    range.savedTo = QDate();
    EXPECT_EQ(ids(index, QStringLiteral("পদ্মা"), range), QList<qint64>{body});
}

TEST_F(Fixture, HitRangesAreWholeWordsOnGraphemeBoundaries)
{
    const StoredArticle seed = lib.store().article(id[QStringLiteral("seed-lavrov-rubio")]).value();
    const QString text = seed.article.plainText();
    const SearchQuery query = SearchQuery::parse(QStringLiteral("ট্রাম্প রাশিয়া \"মার্কিন প্রেসিডেন্ট\""));
    const QList<std::pair<int, int>> ranges = query.hitRanges(text);
    ASSERT_GE(ranges.size(), 5);
    int phrases = 0;
    for (const auto &[start, end] : ranges) {
        EXPECT_EQ(BengaliText::snapToGraphemes(text, start, end), std::make_pair(start, end));
        const QString hit = text.mid(start, end - start);
        EXPECT_TRUE(hit.startsWith(QStringLiteral("ট্রাম্প")) || hit.startsWith(QStringLiteral("রাশিয়া")) ||
                    hit == QStringLiteral("মার্কিন প্রেসিডেন্ট"))
            << hit.toStdString();
        phrases += hit == QStringLiteral("মার্কিন প্রেসিডেন্ট");
    }
    EXPECT_GE(phrases, 1);
}

TEST_F(Fixture, RebuildRepairsADamagedIndex)
{
    // Damage: forget one article behind the triggers' back.
    exec(lib.db(),
         QStringLiteral("INSERT INTO search (search, rowid, title, caption, body, source, comments, notes) "
                        "SELECT 'delete', id, title, caption, body, source, comments, notes "
                        "FROM search_source WHERE id = ?"),
         {id[QStringLiteral("bangladesh")]});
    EXPECT_FALSE(ids(index, QStringLiteral("বাংলাদেশ")).contains(id[QStringLiteral("bangladesh")]));
    EXPECT_FALSE(index.check().ok());
    ASSERT_TRUE(index.rebuild().ok());
    expectInStep(lib.db());
    EXPECT_TRUE(ids(index, QStringLiteral("বাংলাদেশ")).contains(id[QStringLiteral("bangladesh")]));
}

TEST(SearchMigration, IndexesArticlesOfASchemaOneLibrary)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // A library as the first release wrote it, made without Pathak's code.
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QFile schema(QStringLiteral(":/migrations/001_initial.sql"));
        ASSERT_TRUE(schema.open(QIODevice::ReadOnly));
        const QByteArray sql =
            schema.readAll() +
            "INSERT INTO articles (id, title, body_hash, saved_at) VALUES (7, 'পুরনো লেখা', 'h', 'x');"
            "INSERT INTO paragraphs VALUES (7, 0, 'সুন্দরবনে বাঘ দেখা গেছে।');"
            "PRAGMA user_version = 1;";
        EXPECT_EQ(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK)
            << sqlite3_errmsg(db);
        sqlite3_close(db);
    }
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    SearchIndex index(*db.value());
    EXPECT_EQ(ids(index, QStringLiteral("সুন্দরবন")), QList<qint64>{7});
    EXPECT_TRUE(index.check().ok());
}

TEST(SearchIndex, StaysInStepWhenAnySqliteProgramWritesTheLibrary)
{
    TestLibrary lib;
    const QString path = lib.path();
    {
        // No Pathak code on this connection: only SQLite and the library's own triggers.
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        const char *sql =
            "PRAGMA foreign_keys = ON;"
            "BEGIN;"
            "INSERT INTO articles (id, title, body_hash, saved_at) VALUES (3, 'মেঘনা', 'h3', 'x');"
            "INSERT INTO paragraphs VALUES (3, 0, 'মেঘনার তীরে ১২টি নৌকা।');"
            "INSERT INTO originals (article_id, bytes) VALUES (3, x'00');"
            "INSERT INTO articles (id, title, body_hash, saved_at) VALUES (4, 'যমুনা', 'h4', 'x');"
            "INSERT INTO paragraphs VALUES (4, 0, 'যমুনা সেতু।');"
            "INSERT INTO originals (article_id, bytes) VALUES (4, x'00');"
            "COMMIT;"
            "DELETE FROM articles WHERE id = 4;";
        EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
        sqlite3_close(db);
    }
    SearchIndex index(lib.db());
    expectInStep(lib.db());
    EXPECT_EQ(ids(index, QStringLiteral("মেঘনা")), QList<qint64>{3});
    EXPECT_EQ(ids(index, QStringLiteral("১২টি")), QList<qint64>{3});
    EXPECT_TRUE(ids(index, QStringLiteral("যমুনা")).isEmpty());
}

TEST(SearchIndex, ABatchImportIndexesEachStoredArticleAndNothingElse)
{
    TestLibrary lib;
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("a.txt"), QStringLiteral("পদ্মার ইলিশ বাজারে উঠেছে।").toUtf8());
    write(QStringLiteral("b.txt"), QStringLiteral("গ্রামে উত্\u200Dসব চলছে, অামাদের আনন্দ।").toUtf8());
    write(QStringLiteral("c.txt"), QByteArray("\xff\xfe broken"));
    write(QStringLiteral("d.txt"), QStringLiteral("পদ্মার ইলিশ বাজারে উঠেছে।").toUtf8()); // duplicate of a
    write(QStringLiteral("e.txt"), QStringLiteral("সিলেটে চা বাগানে নতুন পাতা।").toUtf8());
    ArticleImporter importer(lib.store());
    importer.setBatchSize(3); // two batches, the broken file and the duplicate in the first
    const QList<ImportResult> results = importer.importPaths({dir.path()});
    ASSERT_EQ(results.size(), 5);
    EXPECT_EQ(results.at(2).status, ImportResult::Status::Failed);
    EXPECT_EQ(results.at(3).status, ImportResult::Status::Duplicate);

    SearchIndex index(lib.db());
    expectInStep(lib.db());
    EXPECT_EQ(ids(index, QStringLiteral("ইলিশ")), QList<qint64>{results.at(0).id});
    EXPECT_EQ(ids(index, QStringLiteral("উৎসব")),
              QList<qint64>{results.at(1).id}); // folded as the view folds
    EXPECT_EQ(ids(index, QStringLiteral("আমাদের")), QList<qint64>{results.at(1).id});
    EXPECT_EQ(ids(index, QStringLiteral("সিলেট")), QList<qint64>{results.at(4).id});
    QSqlQuery q(lib.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM search_bulk) + (SELECT count(*) FROM search_bulk_articles), "
        "(SELECT count(*) FROM search_docsize)")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0); // nothing left half-done for the next writer
    EXPECT_EQ(q.value(1).toInt(), 3);
}

TEST(SearchIndex, AnImportIndexesEveryPartFoldedAsTheViewFoldsIt)
{
    // The importer indexes from text it folded itself (ImportBatchWriter);
    // the index must get exactly what the view search_source gives, or a
    // later delete through the view would leave words behind.
    TestLibrary lib;
    NewArticle in;
    in.article.title = QStringLiteral("উত্\u200Dসবের অাগে র\u200C্যাব");
    in.article.caption =
        Caption{QStringLiteral("নদীর ধারে উত্\u200Dসব"), QStringLiteral("অালোকচিত্রী র\u200D্যাব")};
    in.article.paragraphs = {QStringLiteral("প্রথম অনুচ্ছেদে অামাদের কথা।"),
                             QStringLiteral("দ্বিতীয় অনুচ্ছেদে উত্\u200D\u200Cসব।")};
    in.article.source = Source{QStringLiteral("অামাদের খবর"), QStringLiteral("https://example.com/bn/1")};
    in.article.comments =
        CommentSection{2,
                       {Comment{QStringLiteral("র\u200C্যাব সদস্য"), QStringLiteral("অাশা করি")},
                        Comment{std::nullopt, QStringLiteral("উত্\u200Dসব ভালো")}}};
    in.original = QStringLiteral("উত্\u200Dসবের অাগে").toUtf8();
    in.origin = QStringLiteral("test:fold");
    ArticleImporter importer(lib.store());
    const QList<ImportResult> results = importer.importArticles({{in.origin, Result<NewArticle>(in)}});
    ASSERT_EQ(results.size(), 1);
    ASSERT_EQ(results.first().status, ImportResult::Status::Imported) << results.first().error.toStdString();
    const qint64 id = results.first().id;

    const ImportBatchWriter::Rows rows = ImportBatchWriter::encode(in);
    QSqlQuery q(lib.db().connection());
    ASSERT_TRUE(q.prepare(QStringLiteral(
        "SELECT title, caption, body, source, comments, notes FROM search_source WHERE id = ?")));
    q.addBindValue(id);
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_EQ(q.value(0).toString().toUtf8(), rows.foldedTitle);
    EXPECT_EQ(q.value(1).toString().toUtf8(), rows.foldedCaption.value_or(QByteArray()));
    EXPECT_EQ(q.value(2).toString().toUtf8(), rows.foldedBody);
    EXPECT_EQ(q.value(3).toString().toUtf8(), rows.foldedSource.value_or(QByteArray()));
    EXPECT_EQ(q.value(4).toString().toUtf8(), rows.foldedComments.value_or(QByteArray()));
    EXPECT_TRUE(q.value(5).isNull());
    q.finish();
    EXPECT_EQ(rows.foldedTitle, QStringLiteral("উৎসবের আগে র্যাব").toUtf8());
    expectInStep(lib.db());

    SearchIndex index(lib.db());
    for (const QString &word :
         {QStringLiteral("উৎসবের"), QStringLiteral("আলোকচিত্রী"), QStringLiteral("আমাদের"),
          QStringLiteral("র্যাব"), QStringLiteral("আশা"), QStringLiteral("example")})
        EXPECT_EQ(ids(index, word), QList<qint64>{id}) << word.toStdString();

    // Removing takes the words out through the view again.
    ASSERT_TRUE(lib.store().remove({id}).ok());
    expectInStep(lib.db());
    EXPECT_TRUE(ids(index, QStringLiteral("আলোকচিত্রী")).isEmpty());
}

TEST_F(Fixture, ImportedAndReanchoredAnnotationsKeepTheIndexInStep)
{
    const qint64 a = id[QStringLiteral("titleWeight")];
    AnnotationStore annotations(lib.db());
    QList<Annotation> batch;
    for (const char *note : {"টীকা ঝালমুড়ি", "", "টীকা বকুলফুল"}) {
        Annotation n;
        n.exact = QStringLiteral("যানজট");
        n.start = 0;
        n.end = 5;
        n.note = QString::fromUtf8(note);
        n.color = note[0] ? AnnotationColor::Green : AnnotationColor::Yellow;
        batch.append(n);
    }
    Result<AnnotationImportSummary> imported = annotations.import(a, batch);
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_EQ(imported->added, 3);
    expectInStep(lib.db());
    EXPECT_EQ(ids(index, QStringLiteral("বকুলফুল")), QList<qint64>{a});
    EXPECT_EQ(ids(index, QStringLiteral("ঝালমুড়ি")), QList<qint64>{a});

    exec(lib.db(),
         QStringLiteral("UPDATE paragraphs SET text = 'আজ ' || text WHERE article_id = ? AND position = 1"),
         {a});
    Result<ReanchorSummary> moved = annotations.reanchor(a);
    ASSERT_TRUE(moved.ok()) << moved.error().toStdString();
    EXPECT_EQ(moved->moved, 3);
    expectInStep(lib.db());
    EXPECT_EQ(ids(index, QStringLiteral("বকুলফুল")), QList<qint64>{a});
}
