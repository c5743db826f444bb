// Crash safety: `pathak import` is killed with SIGKILL in the middle of a
// bulk import, at several points it reports, and the library must stay
// whole: the file passes integrity_check, everything the process reported
// as imported is there and equal to the parse of its file, no batch is
// half stored, and a later import finishes the rest.
//
// No kill depends on the machine's speed. Each kill follows a line the
// import printed (a result, or a progress line of --progress), and the
// killed imports cannot end before the kill: their last input is a named
// pipe that nobody writes to, so the import waits at its last file for as
// long as it takes the test to kill it.
#include "article/ArticleParser.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "ReliabilityHelpers.h"
#include "TestLibrary.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

constexpr int batchSize = 500;              // ArticleImporter's
constexpr int articleCount = 4 * batchSize; // four import batches
constexpr int hangGuardMs = 120000;         // only a hang ends a run this way

// Where a run is killed: right after it started, once it printed
// `afterResults` result objects, or once a progress line said
// `afterFilesDone` files were done; or never (it is left to finish).
struct KillPlan
{
    std::string name;
    bool atStart = false;
    int afterResults = 0;
    int afterFilesDone = 0;
    bool kills() const { return atStart || afterResults > 0 || afterFilesDone > 0; }
};

struct RunOutcome
{
    bool killed = false;
    QList<QJsonObject> results; // the complete result objects printed before the end
};

// The output is "[\n{…},\n{…}…": each object is written whole by one
// write(2), so every line that parses is a result the process reported.
QList<QJsonObject> resultObjects(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        QByteArray l = line.trimmed();
        if (l.endsWith(','))
            l.chop(1);
        const QJsonDocument doc = QJsonDocument::fromJson(l);
        if (doc.isObject())
            objects.append(doc.object());
    }
    return objects;
}

RunOutcome runImport(const QString &library, const QStringList &inputs, const KillPlan &plan)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    RunOutcome outcome;
    QByteArray out, err;
    qsizetype outParsed = 0, errParsed = 0; // up to the last full line
    int resultsInFullLines = 0, results = 0, filesDone = 0;
    const auto killWhenDue = [&] {
        if (outcome.killed || p.state() != QProcess::Running)
            return;
        if ((plan.afterResults > 0 && results >= plan.afterResults) ||
            (plan.afterFilesDone > 0 && filesDone >= plan.afterFilesDone)) {
            p.kill(); // SIGKILL: no handler, no flush, no checkpoint
            outcome.killed = true;
        }
    };
    QObject::connect(&p, &QProcess::readyReadStandardOutput, [&] {
        out += p.readAllStandardOutput();
        const qsizetype end = out.lastIndexOf('\n') + 1;
        if (end > outParsed) {
            resultsInFullLines += int(resultObjects(out.mid(outParsed, end - outParsed)).size());
            outParsed = end;
        }
        // The newest object ends its line only when the next one is printed.
        results = resultsInFullLines + int(resultObjects(out.mid(outParsed)).size());
        killWhenDue();
    });
    static const QRegularExpression progress(QStringLiteral("^importing: (\\d+) of \\d+ files done$"));
    QObject::connect(&p, &QProcess::readyReadStandardError, [&] {
        err += p.readAllStandardError();
        const qsizetype end = err.lastIndexOf('\n') + 1;
        for (const QByteArray &line : err.mid(errParsed, end - errParsed).split('\n')) {
            const QRegularExpressionMatch m = progress.match(QString::fromUtf8(line));
            if (m.hasMatch())
                filesDone = m.captured(1).toInt();
        }
        errParsed = std::max(errParsed, end);
        killWhenDue();
    });
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer hangGuard;
    hangGuard.setSingleShot(true);
    QObject::connect(&hangGuard, &QTimer::timeout, [&] {
        ADD_FAILURE() << "the import neither reached its kill point nor ended";
        p.kill();
    });

    p.start(QStringLiteral(PATHAK_EXECUTABLE),
            QStringList{QStringLiteral("--library"), library, QStringLiteral("import"),
                        QStringLiteral("--json"), QStringLiteral("--progress")} +
                inputs);
    if (!p.waitForStarted(10000)) {
        ADD_FAILURE() << "pathak did not start";
        return outcome;
    }
    if (plan.atStart) {
        p.kill();
        outcome.killed = true;
    }
    hangGuard.start(hangGuardMs);
    loop.exec();
    out += p.readAllStandardOutput();
    err += p.readAllStandardError();
    outcome.results = resultObjects(out);
    if (outcome.killed) {
        // The kill ended it, not the import: it was still waiting at the
        // named pipe at the latest, and never printed the closing bracket.
        EXPECT_EQ(p.exitStatus(), QProcess::CrashExit);
        EXPECT_FALSE(out.contains("\n]")) << "the import ended before it was killed";
    } else {
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(p.exitCode(), 0) << err.toStdString();
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

// A point in [low, high], different from run to run, so repeated runs kill
// at many points of the same stage; the trace names the one chosen.
int somewhereIn(int low, int high)
{
    return low + int(QRandomGenerator::global()->bounded(high - low + 1));
}

} // namespace

TEST(CrashSafety, KilledImportsLoseNothingAndResume)
{
    QTemporaryDir dir;
    const std::unique_ptr<QTemporaryDir> articles = fastTemporaryDir();
    const QString folder = articles->filePath(QStringLiteral("articles"));
    ASSERT_TRUE(writeGeneratedArticles(folder, articleCount));
    QStringList files = QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = QDir(folder).absoluteFilePath(f);
    ASSERT_EQ(files.size(), articleCount);
    // Named last, so it is read last: the import stores every batch before
    // it and then waits there, and a killed import cannot have ended.
    const QString gate = articles->filePath(QStringLiteral("never-written.txt"));
    ASSERT_TRUE(makeNamedPipe(gate));
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));

    // One library through all the kills, so later runs also die while they
    // report duplicates and while the file already has a WAL to recover.
    // The kills follow what the import printed, from before its first
    // commit to after its last one; between a result line and the kill the
    // import goes on for a moment, so they land at many stages on the way.
    const KillPlan plans[] = {
        {"while starting", true},
        {"after the first result", false, 1},
        {"while reporting the first batch", false, somewhereIn(2, batchSize - 1)},
        {"after the second batch's progress line", false, 0, 2 * batchSize},
        {"while reporting a later batch", false, somewhereIn(2 * batchSize + 1, articleCount - 1)},
        {"after the last batch, at the last file", false, 0, articleCount},
    };
    QSet<QString> reportedImported;
    QSet<qint64> checked;
    for (const KillPlan &plan : plans) {
        SCOPED_TRACE(plan.name + " (results " + std::to_string(plan.afterResults) + ", files done " +
                     std::to_string(plan.afterFilesDone) + ")");
        const RunOutcome run = runImport(library, {folder, gate}, plan);
        EXPECT_TRUE(run.killed);
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
        // A batch is one transaction, and the batches go in file order: what
        // is stored is the first few whole batches, never part of one.
        EXPECT_EQ(stored % batchSize, 0) << stored << " articles stored";
        for (int i = 0; i < stored && i < articleCount; ++i)
            EXPECT_TRUE(origins.contains(files.at(i))) << files.at(i).toStdString() << " is missing";
    }

    // A last import, without the named pipe and left to finish, completes
    // the library: what was in already is reported duplicate, the rest imported.
    Result<std::unique_ptr<LibraryDatabase>> before = LibraryDatabase::open(library);
    ASSERT_TRUE(before.ok());
    const int storedBefore = LibraryStore(*before.value()).count().value();
    before = Result<std::unique_ptr<LibraryDatabase>>::failure({});
    const RunOutcome last = runImport(library, {folder}, {"to the end"});
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
