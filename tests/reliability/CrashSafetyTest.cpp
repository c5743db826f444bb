// Crash safety: `pathak import` is killed with SIGKILL in the middle of a
// bulk import, at several moments, and the library must stay whole: the file
// passes integrity_check, everything the process reported as imported is there
// and equal to the parse of its file, and a later import finishes the rest.
#include "article/ArticleParser.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "ReliabilityHelpers.h"
#include "TestLibrary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

constexpr int articleCount = 2000; // four import batches of 500

// How a run ends: killed once `imported` result lines were printed, or
// killed after a fixed delay (which can land anywhere: opening, parsing,
// inside a commit), or left to finish.
struct KillPlan
{
    const char *name;
    int afterResultLines = -1;
    int afterMs = -1;
};

struct RunOutcome
{
    bool killed = false;
    QList<QJsonObject> results; // the complete result objects printed before the end
};

RunOutcome runImport(const QString &library, const QString &folder, const KillPlan &plan)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(PATHAK_EXECUTABLE), {QStringLiteral("--library"), library,
                                                QStringLiteral("import"), QStringLiteral("--json"), folder});
    RunOutcome outcome;
    if (!p.waitForStarted(10000)) {
        ADD_FAILURE() << "pathak did not start";
        return outcome;
    }
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    auto completeLines = [&out] { return int(out.count("}")); };
    while (p.state() == QProcess::Running) {
        if (plan.afterMs >= 0 && clock.elapsed() >= plan.afterMs)
            break;
        if (plan.afterResultLines >= 0 && completeLines() >= plan.afterResultLines)
            break;
        const int wait = plan.afterMs >= 0 ? std::max(1, int(plan.afterMs - clock.elapsed())) : 50;
        p.waitForReadyRead(wait);
        out += p.readAllStandardOutput();
        if (clock.elapsed() > 60000) {
            ADD_FAILURE() << "import did not finish";
            break;
        }
    }
    if (p.state() == QProcess::Running) {
        p.kill(); // SIGKILL: no handler, no flush, no checkpoint
        outcome.killed = true;
    }
    p.waitForFinished(10000);
    out += p.readAllStandardOutput();
    // The output is "[\n{…},\n{…}…": each object is written whole by one
    // write(2), so every line that parses is a result the process reported.
    for (const QByteArray &line : out.split('\n')) {
        QByteArray l = line.trimmed();
        if (l.endsWith(','))
            l.chop(1);
        const QJsonDocument doc = QJsonDocument::fromJson(l);
        if (doc.isObject())
            outcome.results.append(doc.object());
    }
    if (!outcome.killed) {
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    }
    return outcome;
}

// Every article not checked before is whole: it equals the parse of the
// file it came from, and its original bytes are the file's bytes. Returns
// the origins of all stored articles.
QSet<QString> expectLibraryWhole(LibraryDatabase &db, QSet<qint64> &checked)
{
    LibraryStore store(db);
    QSet<QString> origins;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT id, origin FROM articles")));
    QList<qint64> fresh;
    while (q.next()) {
        origins.insert(q.value(1).toString());
        if (!checked.contains(q.value(0).toLongLong()))
            fresh.append(q.value(0).toLongLong());
    }
    for (qint64 id : fresh) {
        Result<StoredArticle> stored = store.article(id);
        EXPECT_TRUE(stored.ok()) << stored.error().toStdString();
        if (!stored)
            continue;
        const QByteArray bytes = readAll(stored->origin);
        Result<Article> parsed = ArticleParser::parse(bytes);
        EXPECT_TRUE(parsed.ok()) << stored->origin.toStdString();
        EXPECT_TRUE(parsed && stored->article == parsed.value()) << "article " << id << " is not whole";
        EXPECT_EQ(store.originalBytes(id).value(), bytes);
        checked.insert(id);
    }
    return origins;
}

} // namespace

TEST(CrashSafety, KilledImportsLoseNothingAndResume)
{
    QTemporaryDir dir;
    const std::unique_ptr<QTemporaryDir> articles = fastTemporaryDir();
    const QString folder = articles->filePath(QStringLiteral("articles"));
    ASSERT_TRUE(writeGeneratedArticles(folder, articleCount));
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));

    // One library through all the kills, so later runs also die while they
    // report duplicates and while the file already has a WAL to recover.
    const KillPlan plans[] = {
        {"while starting", -1, 5},        {"after the first batch", 1, -1}, {"at 150 ms", -1, 150},
        {"after a later batch", 600, -1}, {"at 400 ms", -1, 400},
    };
    QSet<QString> reportedImported;
    QSet<qint64> checked;
    int kills = 0;
    for (const KillPlan &plan : plans) {
        SCOPED_TRACE(plan.name);
        const RunOutcome run = runImport(library, folder, plan);
        kills += run.killed ? 1 : 0;
        for (const QJsonObject &r : run.results) {
            if (r.value(QStringLiteral("status")).toString() == QLatin1String("imported"))
                reportedImported.insert(r.value(QStringLiteral("input")).toString());
        }

        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(library);
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        QSqlQuery q(db.value()->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        EXPECT_FALSE(q.next()) << "orphaned rows";
        q.finish();

        const QSet<QString> origins = expectLibraryWhole(*db.value(), checked);
        const int stored = int(origins.size());
        // Every file reported as imported so far is in the library.
        for (const QString &input : reportedImported)
            EXPECT_TRUE(origins.contains(QFileInfo(input).absoluteFilePath())) << input.toStdString();
        EXPECT_GE(stored, int(reportedImported.size()));
    }
    EXPECT_GE(kills, 4) << "the kills came too late to test anything";

    // A last import, left to finish, completes the library: what was in
    // already is reported duplicate, the rest imported.
    Result<std::unique_ptr<LibraryDatabase>> before = LibraryDatabase::open(library);
    ASSERT_TRUE(before.ok());
    const int storedBefore = LibraryStore(*before.value()).count().value();
    before = Result<std::unique_ptr<LibraryDatabase>>::failure({});
    const RunOutcome last = runImport(library, folder, {"to the end"});
    ASSERT_FALSE(last.killed);
    int imported = 0, duplicates = 0;
    for (const QJsonObject &r : last.results) {
        const QString status = r.value(QStringLiteral("status")).toString();
        imported += status == QLatin1String("imported");
        duplicates += status == QLatin1String("duplicate");
    }
    EXPECT_EQ(duplicates, storedBefore);
    EXPECT_EQ(imported + duplicates, articleCount);

    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(library);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(expectLibraryWhole(*db.value(), checked).size(), articleCount);
}
