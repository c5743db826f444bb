// The command-line contract (README.md, "Command line"), run against the built executable.
#include "TestLibrary.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak::test;

namespace {

QJsonObject expectedFor(const QString &file)
{
    return QJsonDocument::fromJson(readAll(dataDir() + QStringLiteral("/expected/") +
                                           QFileInfo(file).completeBaseName() + QStringLiteral(".json")))
        .object();
}

} // namespace

TEST(CommandLine, ParseJsonEqualsExpected)
{
    for (const QString &file : corpusFiles()) {
        SCOPED_TRACE(file.toStdString());
        ProcessResult r = runPathak({QStringLiteral("parse"), file, QStringLiteral("--json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        QJsonObject json = QJsonDocument::fromJson(r.out).object();
        EXPECT_FALSE(json.take(QStringLiteral("title")).toString().isEmpty());
        EXPECT_EQ(json, expectedFor(file));
    }
}

TEST(CommandLine, ParseErrorIsOneLineWithExitOne)
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.txt"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("ok\n\xfe");
    f.close();
    ProcessResult r = runPathak({QStringLiteral("parse"), bad});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(QString::fromUtf8(r.err),
              QStringLiteral("pathak: %1: invalid UTF-8 at byte offset 3\n").arg(bad));
}

TEST(CommandLine, UsageErrorsExitTwo)
{
    EXPECT_EQ(runPathak({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(runPathak({QStringLiteral("parse")}).exitCode, 2);
    EXPECT_EQ(runPathak({QStringLiteral("show"), QStringLiteral("abc")}).exitCode, 2);
}

TEST(CommandLine, EachCommandsUsageIsTheSameEverywhere)
{
    ProcessResult all = runPathak({QStringLiteral("help")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_EQ(runPathak({QStringLiteral("--help")}).out, all.out);
    const QStringList lines = QString::fromUtf8(all.out).split(QLatin1Char('\n'));
    const qsizetype first = lines.indexOf(QStringLiteral("Commands:")) + 1;
    ASSERT_GT(first, 0) << all.out.toStdString();
    int commands = 0;
    for (const QString &line : lines.mid(first)) {
        if (line.isEmpty())
            continue;
        SCOPED_TRACE(line.toStdString());
        ++commands;
        const QString name = line.trimmed().section(QLatin1Char(' '), 0, 0);
        const QByteArray usage =
            (QStringLiteral("usage: pathak ") + line.trimmed() + QLatin1Char('\n')).toUtf8();
        ProcessResult one = runPathak({QStringLiteral("help"), name});
        EXPECT_EQ(one.exitCode, 0);
        EXPECT_EQ(one.out, usage);
        ProcessResult asked = runPathak({name, QStringLiteral("--help")});
        EXPECT_EQ(asked.exitCode, 0);
        EXPECT_EQ(asked.out, usage);
    }
    EXPECT_GE(commands, 16);

    // A usage error prints the same text, on stderr.
    ProcessResult parse = runPathak({QStringLiteral("parse")});
    EXPECT_EQ(parse.exitCode, 2);
    EXPECT_EQ(parse.err,
              runPathak({QStringLiteral("help"), QStringLiteral("parse")}).out.prepend("pathak: parse: "));
    ProcessResult unknown = runPathak({QStringLiteral("help"), QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.startsWith("pathak: frobnicate: unknown command\n")) << unknown.err.toStdString();
}

TEST(CommandLine, IdsAreCheckedAlike)
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("show"), QStringLiteral("abc")},
          QStringList{QStringLiteral("remove"), QStringLiteral("1"), QStringLiteral("abc")},
          QStringList{QStringLiteral("export"), QStringLiteral("abc"), QStringLiteral("--markdown"),
                      QStringLiteral("out.md")},
          QStringList{QStringLiteral("annotate"), QStringLiteral("abc"), QStringLiteral("--quote"),
                      QStringLiteral("x")}}) {
        SCOPED_TRACE(args.join(QLatin1Char(' ')).toStdString());
        ProcessResult r = runPathak(args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_EQ(r.err, QByteArray("pathak: abc: not an article id\n"));
    }
    ProcessResult feed = runPathak({QStringLiteral("feed"), QStringLiteral("remove"), QStringLiteral("0")});
    EXPECT_EQ(feed.exitCode, 2);
    EXPECT_EQ(feed.err, QByteArray("pathak: 0: not a feed id\n"));
}

TEST(CommandLine, ImportListShowRemove)
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib.sqlite"));
    const QString broken = dir.filePath(QStringLiteral("broken.txt"));
    QFile f(broken);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("\0\0", 2);
    f.close();

    ProcessResult imp =
        runPathak({QStringLiteral("--library"), lib, QStringLiteral("import"), dataDir(), broken});
    EXPECT_EQ(imp.exitCode, 1);
    EXPECT_EQ(imp.out, QByteArray("imported 4, duplicates 0, failed 1\n"));
    EXPECT_TRUE(
        QString::fromUtf8(imp.err).startsWith(QStringLiteral("pathak: %1: not a text file").arg(broken)))
        << imp.err.toStdString();

    ProcessResult again = runPathak(
        {QStringLiteral("import"), QStringLiteral("--json"), dataDir(), QStringLiteral("--library"), lib});
    EXPECT_EQ(again.exitCode, 0);
    const QJsonArray results = QJsonDocument::fromJson(again.out).array();
    ASSERT_EQ(results.size(), 4) << again.out.toStdString();
    for (const QJsonValue &v : results)
        EXPECT_EQ(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));

    qputenv("PATHAK_LIBRARY", lib.toUtf8());
    ProcessResult list = runPathak({QStringLiteral("list"), QStringLiteral("--json")});
    qunsetenv("PATHAK_LIBRARY");
    ASSERT_EQ(list.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
    ASSERT_EQ(rows.size(), 4);

    // show --json gives back exactly what parse --json gave.
    for (const QJsonValue &row : rows) {
        const qint64 id = row.toObject().value(QStringLiteral("id")).toInteger();
        ProcessResult show = runPathak({QStringLiteral("--library"), lib, QStringLiteral("show"),
                                        QString::number(id), QStringLiteral("--json")});
        ASSERT_EQ(show.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
        const QString origin = shown.value(QStringLiteral("origin")).toString();
        ProcessResult parse = runPathak({QStringLiteral("parse"), origin, QStringLiteral("--json")});
        const QJsonObject parsed = QJsonDocument::fromJson(parse.out).object();
        for (auto it = parsed.begin(); it != parsed.end(); ++it)
            EXPECT_EQ(shown.value(it.key()), it.value()) << it.key().toStdString();
    }

    const QString firstId = QString::number(rows.at(0).toObject().value(QStringLiteral("id")).toInteger());
    ProcessResult rm = runPathak(
        {QStringLiteral("--library"), lib, QStringLiteral("remove"), firstId, QStringLiteral("9999")});
    EXPECT_EQ(rm.exitCode, 1);
    ProcessResult after =
        runPathak({QStringLiteral("--library"), lib, QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(after.out).array().size(), 3);
}
