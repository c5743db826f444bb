// `pathak tag`, `tags`, `archive`, `list --query`, `search` with operators,
// and what `show --json` / `list --json` say about tags, dates and authors.
#include "TestLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak::test;

namespace {

struct OrganiseCommands : ::testing::Test
{
    QTemporaryDir dir;
    QString lib = dir.filePath(QStringLiteral("lib.sqlite"));

    ProcessResult run(const QStringList &args)
    {
        return runPathak(QStringList{QStringLiteral("--library"), lib} + args);
    }
    QJsonArray json(const QStringList &args)
    {
        ProcessResult r = run(args + QStringList{QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out).array();
    }
    QList<qint64> ids(const QJsonArray &rows)
    {
        QList<qint64> out;
        for (const QJsonValue &v : rows)
            out.append(v.toObject().value(QStringLiteral("id")).toInteger());
        return out;
    }
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    void SetUp() override
    {
        // A saved page that states its date and author, and a text article that states neither.
        write(
            QStringLiteral("page.html"),
            QStringLiteral("<html><head><title>পদ্মায় ইলিশ</title>"
                           "<meta property=\"article:published_time\" content=\"2026-03-01T08:30:00+06:00\">"
                           "<meta name=\"author\" content=\"রহিম উদ্দিন\"></head><body><article>"
                           "<h1>পদ্মায় ইলিশ</h1><p>পদ্মা নদীতে এবার প্রচুর ইলিশ ধরা পড়ছে, জেলেরা খুশি। "
                           "বাজারে দামও কিছুটা কমেছে বলে জানিয়েছেন ক্রেতারা।</p></article></body></html>")
                .toUtf8());
        write(QStringLiteral("note.txt"),
              QStringLiteral("সিলেটে বৃষ্টি\n\nআজ সিলেটে ভারী বৃষ্টি হয়েছে।\n").toUtf8());
        ProcessResult imp = run({QStringLiteral("import"), dir.filePath(QStringLiteral("page.html")),
                                 dir.filePath(QStringLiteral("note.txt"))});
        ASSERT_EQ(imp.exitCode, 0) << imp.err.toStdString();
    }
};

} // namespace

TEST_F(OrganiseCommands, ShowAndListCarryTagsPublishedAndAuthor)
{
    ProcessResult r =
        run({QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--add"),
             QStringLiteral("নদী"), QStringLiteral("--add"), QStringLiteral("Bangladesh")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("tagged 2 of 2 articles")) << r.out.toStdString();
    ASSERT_EQ(
        run({QStringLiteral("tag"), QStringLiteral("2"), QStringLiteral("--remove"), QStringLiteral("নদী")})
            .exitCode,
        0);

    ProcessResult show = run({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    const QJsonObject one = QJsonDocument::fromJson(show.out).object();
    EXPECT_EQ(one.value(QStringLiteral("published")).toString(), QStringLiteral("2026-03-01T08:30:00+06:00"));
    EXPECT_EQ(one.value(QStringLiteral("author")).toString(), QStringLiteral("রহিম উদ্দিন"));
    EXPECT_EQ(one.value(QStringLiteral("tags")).toArray(),
              (QJsonArray{QStringLiteral("Bangladesh"), QStringLiteral("নদী")}));
    EXPECT_FALSE(one.value(QStringLiteral("archived")).toBool());

    const QJsonArray rows = json({QStringLiteral("list")});
    ASSERT_EQ(rows.size(), 2);
    const QJsonObject second = rows.at(1).toObject();
    EXPECT_TRUE(second.value(QStringLiteral("published")).isNull());
    EXPECT_TRUE(second.value(QStringLiteral("author")).isNull());
    EXPECT_EQ(second.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("Bangladesh")});

    const QJsonArray tags = json({QStringLiteral("tags")});
    ASSERT_EQ(tags.size(), 2);
    EXPECT_EQ(tags.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Bangladesh"));
    EXPECT_EQ(tags.at(0).toObject().value(QStringLiteral("articles")).toInt(), 2);
    EXPECT_EQ(tags.at(1).toObject().value(QStringLiteral("articles")).toInt(), 1);
}

TEST_F(OrganiseCommands, QueriesNarrowListAndSearch)
{
    ASSERT_EQ(
        run({QStringLiteral("tag"), QStringLiteral("2"), QStringLiteral("--add"), QStringLiteral("আবহাওয়া")})
            .exitCode,
        0);
    EXPECT_EQ(ids(json({QStringLiteral("list"), QStringLiteral("--query"), QStringLiteral("tag:আবহাওয়া")})),
              QList<qint64>{2});
    EXPECT_EQ(
        ids(json({QStringLiteral("list"), QStringLiteral("--query"), QStringLiteral("published:২০২৬-০৩")})),
        QList<qint64>{1});
    EXPECT_EQ(ids(json({QStringLiteral("list"), QStringLiteral("--query=-author:রহিম")})), QList<qint64>{2});
    EXPECT_EQ(ids(json({QStringLiteral("list"), QStringLiteral("--query"), QStringLiteral("ইলিশ OR ((")})),
              QList<qint64>{});

    ASSERT_EQ(run({QStringLiteral("archive"), QStringLiteral("1")}).exitCode, 0);
    EXPECT_EQ(ids(json({QStringLiteral("list"), QStringLiteral("--query"), QStringLiteral("is:archived")})),
              QList<qint64>{1});
    // Archived articles stay searchable; operators narrow a search, or list on their own.
    EXPECT_EQ(ids(json({QStringLiteral("search"), QStringLiteral("ইলিশ")})), QList<qint64>{1});
    EXPECT_EQ(ids(json({QStringLiteral("search"), QStringLiteral("--"), QStringLiteral("ইলিশ"),
                        QStringLiteral("-is:archived")})),
              QList<qint64>{});
    EXPECT_EQ(ids(json({QStringLiteral("search"), QStringLiteral("is:inbox")})), QList<qint64>{2});
    ASSERT_EQ(run({QStringLiteral("unarchive"), QStringLiteral("1")}).exitCode, 0);
    EXPECT_EQ(ids(json({QStringLiteral("search"), QStringLiteral("is:inbox")})), (QList<qint64>{2, 1}));
}

TEST_F(OrganiseCommands, RenameMergeAndErrors)
{
    ASSERT_EQ(
        run({QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("--add"), QStringLiteral("নদী")})
            .exitCode,
        0);
    ASSERT_EQ(
        run({QStringLiteral("tag"), QStringLiteral("2"), QStringLiteral("--add"), QStringLiteral("খাল")})
            .exitCode,
        0);
    ProcessResult merged = run({QStringLiteral("tags"), QStringLiteral("--rename"), QStringLiteral("খাল"),
                                QStringLiteral("--to"), QStringLiteral("নদী")});
    ASSERT_EQ(merged.exitCode, 0) << merged.err.toStdString();
    EXPECT_EQ(merged.out, QStringLiteral("নদী\t2\n").toUtf8());

    // An unknown article changes nothing and says why on one line.
    ProcessResult bad = run({QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("99"),
                             QStringLiteral("--add"), QStringLiteral("নতুন")});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(bad.err.contains("no article with id 99")) << bad.err.toStdString();
    EXPECT_EQ(bad.err.count('\n'), 1);
    EXPECT_EQ(json({QStringLiteral("tags")}).size(), 1);
    EXPECT_NE(run({QStringLiteral("tag"), QStringLiteral("1")}).exitCode, 0); // nothing to do
    EXPECT_NE(run({QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("--add"), QStringLiteral(" ")})
                  .exitCode,
              0);
    EXPECT_NE(run({QStringLiteral("tags"), QStringLiteral("--delete"), QStringLiteral("none")}).exitCode, 0);
    EXPECT_NE(run({QStringLiteral("archive"), QStringLiteral("77")}).exitCode, 0);
}
