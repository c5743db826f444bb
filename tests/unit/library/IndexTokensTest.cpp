// The tokens made ahead of indexing (IndexTokens) are exactly unicode61's,
// and an index made from them (IndexTokenizer) is the index FTS5 makes.
#include "library/fts/IndexTokens.h"
#include "article/ArticleParser.h"
#include "library/fts/IndexTokenizer.h"
#include "library/ImportBatchWriter.h"
#include "search/SearchIndex.h"
#include "TestLibrary.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace pathak;
using namespace pathak::test;

namespace {

QByteArray utf8Of(char32_t c)
{
    return QString::fromUcs4(&c, 1).toUtf8();
}

void expectSameAsSqlite(const QByteArray &text)
{
    EXPECT_TRUE(IndexTokens::of(text) == IndexTokens::bySqlite(text)) << text.toStdString();
}

// Every term of the index with where it occurs: the index's content,
// whatever its segments look like.
QStringList indexInstances(LibraryDatabase &db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms "
                                      "USING fts5vocab(main, search, instance)")));
    EXPECT_TRUE(
        q.exec(QStringLiteral("SELECT term, doc, col, offset FROM temp.search_terms ORDER BY 1, 2, 3, 4")));
    QStringList out;
    while (q.next())
        out.append(QStringLiteral("%1 %2 %3 %4")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()));
    return out;
}

} // namespace

TEST(IndexTokens, TheTableTokenizesEveryCharacterItCoversAsUnicode61Does)
{
    // Each character alone, starting a word, inside one, ending one and
    // after a space, in runs of 64 characters per text.
    for (char32_t first = 1; first < 0x3000; first += 64) {
        QByteArray text;
        for (char32_t c = first; c < first + 64 && c < 0x3000; ++c) {
            const QByteArray ch = utf8Of(c);
            text += ch + "\xE0\xA6\x95" + ch + "a" + ch + " " + ch + ch + " \xE0\xA6\xB2" + ch + "\n";
        }
        ASSERT_TRUE(IndexTokens::tableCovers(text)) << int(first);
        expectSameAsSqlite(text);
    }
}

TEST(IndexTokens, NewsTextAndRandomMixturesAreTokenizedAsUnicode61Does)
{
    for (const QString &file : corpusFiles()) {
        Result<Article> a = ArticleParser::parse(readAll(file));
        ASSERT_TRUE(a.ok()) << file.toStdString();
        const ImportBatchWriter::Rows rows = ImportBatchWriter::encode({a.value(), {}, {}, {}, {}, {}, {}});
        EXPECT_TRUE(IndexTokens::tableCovers(rows.foldedBody)) << file.toStdString();
        expectSameAsSqlite(rows.foldedBody);
        expectSameAsSqlite(rows.foldedTitle);
    }
    // Bengali letters, vowel signs, hasanta, nukta, digits, dandas, ZWJ and
    // ZWNJ, Latin with capitals and accents, quotes, dashes and spaces.
    const QList<char32_t> alphabet{0x0995, 0x09B7, 0x09CD, 0x09BF, 0x09C7, 0x09BC, 0x09E6, 0x09EF,
                                   0x0964, 0x09F7, 0x200C, 0x200D, 'A',    'z',    '0',    0x00C9,
                                   0x00E9, 0x2019, 0x201C, 0x2014, ' ',    '\n',   '-',    0x00A0,
                                   0x0981, 0x0985, 0x09BE, 0x0130, 0x023A};
    QRandomGenerator random(7);
    for (int i = 0; i < 500; ++i) {
        QString text;
        const int length = int(random.bounded(1, 40));
        for (int k = 0; k < length; ++k) {
            const char32_t c = alphabet.at(int(random.bounded(qsizetype(alphabet.size()))));
            text += QString::fromUcs4(&c, 1);
        }
        expectSameAsSqlite(text.toUtf8());
    }
}

TEST(IndexTokens, TextBeyondTheTableIsTokenizedByUnicode61)
{
    for (const char *text :
         {"বাংলা \xE3\x81\x82 ভাষা", "emoji \xF0\x9F\x98\x80 বাংলা", "broken \xE0\xA6 byte", ""}) {
        const QByteArray bytes(text);
        EXPECT_EQ(IndexTokens::tableCovers(bytes), bytes.isEmpty()) << text;
        expectSameAsSqlite(bytes);
    }
    const IndexTokens tokens = IndexTokens::of("বাংলাদেশের মানুষ");
    EXPECT_EQ(tokens.size(), 2); // vowel signs and hasanta stay inside words
    EXPECT_TRUE(tokens.isFor("বাংলাদেশের মানুষ"));
    EXPECT_FALSE(tokens.isFor("বাংলাদেশের মানুষও"));
}

TEST(IndexTokenizer, AnImportIndexesFromOfferedTokensExactlyAsFts5Would)
{
    TestLibrary lib;
    const int imported = importCorpus(lib.store(), 2);
    ASSERT_GE(imported, 3);
    // The import indexed every text from the tokens made while parsing.
    EXPECT_GE(IndexTokenizer(lib.db().handle()).replayedTexts(), imported * 2);
    EXPECT_TRUE(SearchIndex(lib.db()).check().ok());

    const QStringList offered = indexInstances(lib.db());
    ASSERT_FALSE(offered.isEmpty());
    // Made again by FTS5 from the library's text through unicode61.
    ASSERT_TRUE(SearchIndex(lib.db()).rebuild().ok());
    EXPECT_EQ(indexInstances(lib.db()), offered);
}

TEST(IndexTokenizer, ATableWithOtherArgumentsIsNeverGivenOfferedTokens)
{
    TestLibrary lib;
    sqlite3 *db = lib.db().handle();
    ASSERT_EQ(sqlite3_exec(db, "CREATE VIRTUAL TABLE temp.plain USING fts5(body, tokenize = 'unicode61')",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    const QByteArray text = "বাংলাদেশ";
    const IndexTokens tokens = IndexTokens::of(text);
    IndexTokenizer tokenizer(db);
    ASSERT_TRUE(tokenizer.isInstalled());
    tokenizer.offer({&tokens});
    sqlite3_stmt *insert = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "INSERT INTO temp.plain (body) VALUES (?)", -1, &insert, nullptr),
              SQLITE_OK);
    sqlite3_bind_text(insert, 1, text.constData(), int(text.size()), SQLITE_STATIC);
    EXPECT_EQ(sqlite3_step(insert), SQLITE_DONE);
    sqlite3_finalize(insert);
    tokenizer.withdraw();
    EXPECT_EQ(tokenizer.replayedTexts(), 0);
    // Plain unicode61 splits the word at its vowel signs and hasanta.
    QSqlQuery q(lib.db().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.plain_terms USING fts5vocab(temp, plain, row)")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM temp.plain_terms")));
    ASSERT_TRUE(q.next());
    EXPECT_GT(q.value(0).toInt(), 1);
}
