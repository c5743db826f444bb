// Every input fuzzing ever broke the parser with (tests/data/fuzz-regressions)
// is parsed again here, with the promises fuzz/ArticleParserFuzzer.cpp checks.
#include "ArticleParser.h"
#include "TestLibrary.h"

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
        EXPECT_EQ(Article::fromJson(QJsonDocument::fromJson(QJsonDocument(parsed->toJson()).toJson()).object()), parsed.value());
    }
}

TEST(FuzzRegressions, FormFeedsAreSpaces)
{
    const Result<Article> a = ArticleParser::parse(readAll(dataFile(QStringLiteral("fuzz-regressions/form-feeds-in-paragraph.fuzz"))));
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    EXPECT_EQ(a->paragraphs, QStringList{QStringLiteral("%দ")});
    const Result<Article> b = ArticleParser::parse(QStringLiteral("এক\u000Bদুই\u2028তিন\u0085চার\n\u000C\n").toUtf8());
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->paragraphs, QStringList{QStringLiteral("এক দুই তিন চার")});
}

TEST(FuzzRegressions, ByteOrderMarksInsideTextAreDropped)
{
    const Result<Article> a = ArticleParser::parse(readAll(dataFile(QStringLiteral("fuzz-regressions/bom-inside-text.fuzz"))));
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    EXPECT_EQ(a->paragraphs, QStringList{QStringLiteral("%দ")});
    // Two files joined end to end.
    const Result<Article> b = ArticleParser::parse(QByteArray("\xEF\xBB\xBFprothom\n\xEF\xBB\xBF") + QByteArray("ditiyo\n"));
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->paragraphs, (QStringList{QStringLiteral("prothom"), QStringLiteral("ditiyo")}));
}
