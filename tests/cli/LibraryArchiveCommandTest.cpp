// `pathak export-library` and `import-library` as a user runs them: what
// they print, their exit statuses, and a damaged export named on stderr.
#include "TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak::test;

namespace {

struct LibraryArchiveCommands : ::testing::Test
{
    QTemporaryDir dir;
    QString lib = dir.filePath(QStringLiteral("lib.sqlite"));

    ProcessResult run(const QString &library, const QStringList &args)
    {
        return runPathak(QStringList{QStringLiteral("--library"), library} + args);
    }
};

} // namespace

TEST_F(LibraryArchiveCommands, ExportAndImportSayWhatTheyDid)
{
    ProcessResult imported =
        run(lib, {QStringLiteral("import"), dataFile(QStringLiteral("seed-lavrov-rubio.txt")),
                  dataFile(QStringLiteral("rain-with-comments.txt"))});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    ASSERT_EQ(run(lib, {QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"),
                        QStringLiteral("রাষ্ট্রপতি পুতিন"), QStringLiteral("--note"), QStringLiteral("মূল বক্তা")})
                  .exitCode,
              0);
    const QString zip = dir.filePath(QStringLiteral("out.zip"));
    ProcessResult exported = run(lib, {QStringLiteral("export-library"), zip, QStringLiteral("--progress")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.out,
              QStringLiteral("exported 2 articles, 1 annotations and 0 feeds to %1\n").arg(zip).toUtf8());
    EXPECT_TRUE(exported.err.contains("exporting: 2/2")) << exported.err.toStdString();

    // Again to the same file: refused, the file kept.
    const QByteArray before = readAll(zip);
    ProcessResult again = run(lib, {QStringLiteral("export-library"), zip});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.err, QStringLiteral("pathak: %1: already exists\n").arg(zip).toUtf8());
    EXPECT_EQ(readAll(zip), before);

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    ProcessResult read = run(other, {QStringLiteral("import-library"), zip});
    EXPECT_EQ(read.exitCode, 0) << read.err.toStdString();
    EXPECT_EQ(read.out,
              QByteArray("imported 2 articles, merged 0 already in the library, 1 annotations and 0 feeds "
                         "added, failed 0\n"));
    ProcessResult merged = run(other, {QStringLiteral("import-library"), zip, QStringLiteral("--json")});
    EXPECT_EQ(merged.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(merged.out).object();
    EXPECT_EQ(o.value(QStringLiteral("imported")).toInt(), 0);
    EXPECT_EQ(o.value(QStringLiteral("merged")).toInt(), 2);
    EXPECT_TRUE(o.value(QStringLiteral("failures")).toArray().isEmpty());
    ProcessResult search = run(other, {QStringLiteral("search"), QStringLiteral("বক্তা")});
    EXPECT_TRUE(search.out.startsWith("1\t")) << search.out.toStdString();
}

TEST_F(LibraryArchiveCommands, DamagedExportsAreNamedAndStoreNothingHalf)
{
    ASSERT_EQ(run(lib, {QStringLiteral("import"), dataFile(QStringLiteral("seed-lavrov-rubio.txt")),
                        dataFile(QStringLiteral("rain-with-comments.txt"))})
                  .exitCode,
              0);
    const QString zip = dir.filePath(QStringLiteral("out.zip"));
    ASSERT_EQ(run(lib, {QStringLiteral("export-library"), zip}).exitCode, 0);
    const QString cut = dir.filePath(QStringLiteral("cut.zip"));
    QFile f(cut);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(readAll(zip).left(readAll(zip).size() / 2));
    f.close();
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    ProcessResult r = run(other, {QStringLiteral("import-library"), cut});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(
        QStringLiteral("pathak: %1: not a readable ZIP archive (damaged or cut short?)").arg(cut).toUtf8()))
        << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1);
    EXPECT_TRUE(run(other, {QStringLiteral("list")}).out.isEmpty());

    // A folder export with one article's metadata broken: that one is named, the other goes in.
    const QString folder = dir.filePath(QStringLiteral("folder"));
    ASSERT_EQ(run(lib, {QStringLiteral("export-library"), folder}).exitCode, 0);
    QFile meta(folder + QStringLiteral("/articles/000001/metadata.json"));
    ASSERT_TRUE(meta.open(QIODevice::WriteOnly | QIODevice::Truncate));
    meta.write("{\"saved\": \"yesterday\"}");
    meta.close();
    const QString third = dir.filePath(QStringLiteral("third.sqlite"));
    ProcessResult partial = run(third, {QStringLiteral("import-library"), folder});
    EXPECT_EQ(partial.exitCode, 1);
    EXPECT_EQ(partial.out,
              QByteArray("imported 1 articles, merged 0 already in the library, 0 annotations and 0 "
                         "feeds added, failed 1\n"));
    EXPECT_EQ(partial.err,
              QStringLiteral("pathak: %1/articles/000001: metadata.json: \"saved\" is not a date and "
                             "time: yesterday\n")
                  .arg(folder)
                  .toUtf8());
    EXPECT_EQ(run(third, {QStringLiteral("list")}).out.count('\n'), 1);

    ProcessResult usage = run(lib, {QStringLiteral("export-library")});
    EXPECT_EQ(usage.exitCode, 2);
}
