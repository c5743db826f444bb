// `pathak search`, run against the built executable on a library of the test articles.
#include "TestLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak::test;

namespace {

struct SearchCommand : ::testing::Test
{
    QTemporaryDir dir;
    QString lib = dir.filePath(QStringLiteral("lib.sqlite"));

    void SetUp() override
    {
        ProcessResult imp =
            runPathak({QStringLiteral("--library"), lib, QStringLiteral("import"), dataDir()});
        ASSERT_EQ(imp.exitCode, 0) << imp.err.toStdString();
    }

    ProcessResult search(const QStringList &args)
    {
        return runPathak(QStringList{QStringLiteral("--library"), lib, QStringLiteral("search")} + args);
    }
};

} // namespace

TEST_F(SearchCommand, JsonHitsWithMarkedSnippets)
{
    ProcessResult r = search({QStringLiteral("ট্রাম্প"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(hits.size(), 1) << r.out.toStdString();
    const QJsonObject hit = hits.first().toObject();
    EXPECT_EQ(hit.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("score"),
                                       QStringLiteral("snippet"), QStringLiteral("title")}));
    EXPECT_GT(hit.value(QStringLiteral("id")).toInteger(), 0);
    EXPECT_GT(hit.value(QStringLiteral("score")).toDouble(), 0);
    EXPECT_FALSE(hit.value(QStringLiteral("title")).toString().isEmpty());
    EXPECT_TRUE(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("[ট্রাম্প")))
        << hit.value(QStringLiteral("snippet")).toString().toStdString();
}

TEST_F(SearchCommand, WordsNeedNoQuotingAndLimitCuts)
{
    // Both words must occur; only the seed article has both.
    ProcessResult both = search({QStringLiteral("ডোনাল্ড"), QStringLiteral("১২"), QStringLiteral("--json")});
    ASSERT_EQ(both.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(both.out).array().size(), 1);

    ProcessResult all = search({QStringLiteral("এবং"), QStringLiteral("--json")});
    ASSERT_EQ(all.exitCode, 0);
    const int many = int(QJsonDocument::fromJson(all.out).array().size());
    ASSERT_GE(many, 2);
    ProcessResult one = search(
        {QStringLiteral("এবং"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")});
    EXPECT_EQ(QJsonDocument::fromJson(one.out).array().size(), 1);

    ProcessResult text = search({QStringLiteral("রাশিয়া")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(text.out).contains(QStringLiteral("[রাশিয়ার]"))) << text.out.toStdString();
}

TEST_F(SearchCommand, NastyQueriesAreSearchedAsText)
{
    for (const QString &q :
         {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("AND("), QStringLiteral("NEAR"),
          QStringLiteral("a OR b"), QStringLiteral("।"), QStringLiteral("'--"), QStringLiteral("(")}) {
        ProcessResult r = search({q, QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << q.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(QJsonDocument::fromJson(r.out).isArray()) << q.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    }
    // After --, even text that looks like an option is a query: "-word"
    // finds the articles without the word.
    ProcessResult with = search({QStringLiteral("--json"), QStringLiteral("রাশিয়া")});
    ProcessResult dash = search({QStringLiteral("--json"), QStringLiteral("--"), QStringLiteral("-রাশিয়া")});
    EXPECT_EQ(dash.exitCode, 0) << dash.err.toStdString();
    const QJsonArray without = QJsonDocument::fromJson(dash.out).array();
    const QJsonArray having = QJsonDocument::fromJson(with.out).array();
    ASSERT_EQ(having.size(), 1);
    EXPECT_FALSE(without.isEmpty());
    for (const QJsonValue &hit : without)
        EXPECT_NE(hit.toObject().value(QStringLiteral("id")),
                  having.first().toObject().value(QStringLiteral("id")));
}

TEST_F(SearchCommand, UsageErrorsAndRebuild)
{
    EXPECT_EQ(search({}).exitCode, 2);
    EXPECT_EQ(search({QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("zero")}).exitCode, 2);
    EXPECT_EQ(search({QStringLiteral("x"), QStringLiteral("--from"), QStringLiteral("yesterday")}).exitCode,
              2);

    ProcessResult rebuild = search({QStringLiteral("--rebuild")});
    ASSERT_EQ(rebuild.exitCode, 0) << rebuild.err.toStdString();
    EXPECT_EQ(rebuild.out, QByteArray("rebuilt the search index of 4 articles\n"));
    ProcessResult check = search({QStringLiteral("--check")});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(search({QStringLiteral("রাশিয়া"), QStringLiteral("--json")}).out)
                  .array()
                  .size(),
              1);
}

TEST_F(SearchCommand, FiltersFromTheCommandLine)
{
    EXPECT_EQ(QJsonDocument::fromJson(search({QStringLiteral("রাশিয়া"), QStringLiteral("--json"),
                                              QStringLiteral("--source"), QStringLiteral("baodaknong")})
                                          .out)
                  .array()
                  .size(),
              1);
    EXPECT_EQ(
        QJsonDocument::fromJson(
            search({QStringLiteral("রাশিয়া"), QStringLiteral("--json"), QStringLiteral("--favourites")}).out)
            .array()
            .size(),
        0);
    EXPECT_EQ(QJsonDocument::fromJson(search({QStringLiteral("রাশিয়া"), QStringLiteral("--json"),
                                              QStringLiteral("--to"), QStringLiteral("2000-01-01")})
                                          .out)
                  .array()
                  .size(),
              0);
}
