// `pathak remove` moves articles to the trash; `pathak trash` lists them,
// brings them back (with their annotations) and empties it;
// `remove --permanently` deletes for good.
#include "TestLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak::test;

namespace {

struct TrashCommand : ::testing::Test
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

    void SetUp() override
    {
        ProcessResult imported =
            run({QStringLiteral("import"), dataFile(QStringLiteral("seed-lavrov-rubio.txt")),
                 dataFile(QStringLiteral("rain-with-comments.txt"))});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        ProcessResult note =
            run({QStringLiteral("annotate"), QStringLiteral("2"), QStringLiteral("--quote"),
                 QStringLiteral("পাহাড়ি ঢলের"), QStringLiteral("--note"), QStringLiteral("ঢল")});
        ASSERT_EQ(note.exitCode, 0) << note.err.toStdString();
    }
};

} // namespace

TEST_F(TrashCommand, RemovedArticlesWaitInTheTrashAndComeBack)
{
    ProcessResult rm = run({QStringLiteral("remove"), QStringLiteral("2")});
    ASSERT_EQ(rm.exitCode, 0) << rm.err.toStdString();
    EXPECT_EQ(rm.out, QByteArray("removed 2 and its 1 annotations\n"));
    EXPECT_TRUE(rm.err.contains("pathak trash --restore"));
    EXPECT_EQ(json({QStringLiteral("list")}).size(), 1);

    const QJsonArray trash = json({QStringLiteral("trash")});
    ASSERT_EQ(trash.size(), 1);
    EXPECT_EQ(trash[0].toObject().value(QStringLiteral("id")).toInteger(), 2);
    EXPECT_EQ(trash[0].toObject().value(QStringLiteral("annotations")).toInt(), 1);

    ProcessResult back = run({QStringLiteral("trash"), QStringLiteral("--restore"), QStringLiteral("2")});
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();
    EXPECT_EQ(back.out, QByteArray("restored 2\n"));
    EXPECT_EQ(json({QStringLiteral("list")}).size(), 2);
    EXPECT_TRUE(json({QStringLiteral("trash")}).isEmpty());
    ProcessResult found = run({QStringLiteral("search"), QStringLiteral("ঢল")});
    EXPECT_TRUE(found.out.startsWith("2\t")) << found.out.toStdString();

    // An id that is not in the trash says so and fails.
    ProcessResult missing = run({QStringLiteral("trash"), QStringLiteral("--restore"), QStringLiteral("9")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("not in the trash")) << missing.err.toStdString();
}

TEST_F(TrashCommand, PermanentlyAndEmptyDeleteForGood)
{
    ASSERT_EQ(run({QStringLiteral("remove"), QStringLiteral("--permanently"), QStringLiteral("1")}).exitCode,
              0);
    EXPECT_TRUE(json({QStringLiteral("trash")}).isEmpty());
    ASSERT_EQ(run({QStringLiteral("remove"), QStringLiteral("2")}).exitCode, 0);
    ProcessResult emptied = run({QStringLiteral("trash"), QStringLiteral("--empty")});
    EXPECT_EQ(emptied.out, QByteArray("deleted 1 for good\n"));
    EXPECT_TRUE(json({QStringLiteral("trash")}).isEmpty());
    EXPECT_TRUE(json({QStringLiteral("list")}).isEmpty());
    // Nothing to choose between: a usage error.
    EXPECT_EQ(run({QStringLiteral("trash"), QStringLiteral("7")}).exitCode, 2);
}
