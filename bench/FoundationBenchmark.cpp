// Figures for the foundation (README "Benchmarks"): parse throughput, and
// import throughput into a file library next to the sqlite3 shell inserting
// the same rows in one transaction.
#include "article/ArticleParser.h"
#include "ArticleGenerator.h"
#include "CpuTimer.h"
#include "import/ArticleImporter.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace pathak;

namespace {

QString sqlText(const QString &s)
{
    QString escaped = s;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString sqlNullable(const std::optional<QString> &s)
{
    return s ? sqlText(*s) : QStringLiteral("NULL");
}

// The rows an import writes (ImportBatchWriter), as one SQL script for the shell.
QByteArray shellScript(const QList<NewArticle> &articles)
{
    QByteArray out = "PRAGMA foreign_keys=ON;\nPRAGMA synchronous=FULL;\nBEGIN;\n";
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    qint64 id = 0;
    for (const NewArticle &n : articles) {
        const Article &a = n.article;
        ++id;
        QString s =
            QStringLiteral("INSERT INTO articles (id, title, body_hash, comments_declared, saved_at, origin) "
                           "VALUES (%1, %2, %3, %4, %5, %6);\n")
                .arg(id)
                .arg(sqlText(a.title), sqlText(LibraryStore::bodyHash(a.paragraphs)),
                     a.comments ? QString::number(a.comments->declared) : QStringLiteral("NULL"),
                     sqlText(now), sqlText(n.origin));
        for (int i = 0; i < a.paragraphs.size(); ++i)
            s += QStringLiteral("INSERT INTO paragraphs VALUES (%1, %2, %3);\n")
                     .arg(id)
                     .arg(i)
                     .arg(sqlText(a.paragraphs.at(i)));
        if (a.caption)
            s += QStringLiteral("INSERT INTO captions VALUES (%1, %2, %3);\n")
                     .arg(id)
                     .arg(sqlText(a.caption->text), sqlText(a.caption->credit));
        for (int i = 0; i < a.ads.size(); ++i)
            s += QStringLiteral("INSERT INTO ads VALUES (%1, %2, %3, %4, %5);\n")
                     .arg(id)
                     .arg(i)
                     .arg(sqlText(a.ads.at(i).label))
                     .arg(a.ads.at(i).number)
                     .arg(a.ads.at(i).afterParagraph);
        if (a.source)
            s += QStringLiteral("INSERT INTO sources VALUES (%1, %2, %3);\n")
                     .arg(id)
                     .arg(sqlText(a.source->label), sqlText(a.source->url));
        if (a.comments) {
            for (int i = 0; i < a.comments->items.size(); ++i)
                s += QStringLiteral("INSERT INTO comments VALUES (%1, %2, %3, %4);\n")
                         .arg(id)
                         .arg(i)
                         .arg(sqlNullable(a.comments->items.at(i).author),
                              sqlText(a.comments->items.at(i).text));
        }
        s += QStringLiteral("INSERT INTO originals VALUES (%1, %2, X'%3');\n")
                 .arg(id)
                 .arg(sqlText(n.origin), QString::fromLatin1(n.original.toHex()));
        out += s.toUtf8();
    }
    out += "COMMIT;\n";
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const QString articleDir = dir.filePath(QStringLiteral("articles"));
    QDir().mkpath(articleDir);

    const bench::ArticleGenerator generator(
        1, bench::ArticleGenerator::loadVocabulary(bench::ArticleGenerator::defaultCorpusFolder()));
    QList<QByteArray> files;
    qint64 totalBytes = 0;
    for (int i = 0; i < count; ++i) {
        files.append(generator.article(std::uint64_t(i)).toUtf8());
        totalBytes += files.last().size();
        QFile f(articleDir + QStringLiteral("/a%1.txt").arg(i, 6, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(files.last());
    }
    std::printf("articles: %d, %.1f MB of text (%.1f KB each)\n", count, double(totalBytes) / 1e6,
                double(totalBytes) / count / 1e3);

    // Parse throughput on one thread: best of three passes over the same
    // bytes, by CPU time (the machine is shared; wall time is printed too).
    double best = 1e9;
    double bestWall = 1e9;
    for (int pass = 0; pass < 3; ++pass) {
        bench::CpuTimer t;
        int parsed = 0;
        for (const QByteArray &bytes : files)
            parsed += ArticleParser::parse(bytes).ok();
        best = std::min(best, t.cpuSeconds());
        bestWall = std::min(bestWall, t.wallSeconds());
        if (parsed != count) {
            std::fprintf(stderr, "parse failed for %d articles\n", count - parsed);
            return 1;
        }
    }
    std::printf("parse:  %.1f MB/s by CPU time (%.0f articles/s; %.1f MB/s by wall time)\n",
                double(totalBytes) / 1e6 / best, count / best, double(totalBytes) / 1e6 / bestWall);
    std::fflush(stdout);

    // Import through the same path as `pathak import FOLDER`: read, parse, store.
    const QString libraryPath = dir.filePath(QStringLiteral("library.sqlite"));
    double importSeconds = 0;
    QList<NewArticle> stored;
    {
        auto db = LibraryDatabase::open(libraryPath);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 1;
        }
        LibraryStore store(*db.value());
        ArticleImporter importer(store);
        bench::CpuTimer t;
        const QList<ImportResult> results = importer.importPaths({articleDir});
        importSeconds = t.cpuSeconds();
        const double importWall = t.wallSeconds();
        int imported = 0;
        for (const ImportResult &r : results)
            imported += r.status == ImportResult::Status::Imported;
        // CPU time of both threads (reading and parsing runs beside storing).
        std::printf(
            "import: %.0f articles/s by CPU time (%d imported in %.2f s CPU, %.2f s wall = %.0f articles/s; "
            "file library, search index on, WAL; synchronous=NORMAL but FULL for the last commit)\n",
            imported / importSeconds, imported, importSeconds, importWall, imported / importWall);
        std::fflush(stdout);
        const QStringList names =
            QDir(articleDir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            stored.append(ArticleImporter::readFile(articleDir + QLatin1Char('/') + name).value());
    }

    // The sqlite3 shell inserting the same rows in one transaction, into an
    // empty library of the same schema (its triggers index each article as
    // it is stored), and into one whose search triggers are dropped: the
    // rows alone, the floor of what storing them can cost.
    const QString scriptPath = dir.filePath(QStringLiteral("rows.sql"));
    {
        QFile script(scriptPath);
        if (!script.open(QIODevice::WriteOnly))
            return 1;
        script.write(shellScript(stored));
    }
    struct ShellRun
    {
        double cpu = 0, wall = 0;
    };
    const auto runShell = [&](const QString &name, bool withTriggers) -> std::optional<ShellRun> {
        const QString library = dir.filePath(name);
        {
            auto db = LibraryDatabase::open(library); // creates the schema, WAL
            if (!db)
                return std::nullopt;
            QSqlQuery q(db.value()->connection());
            QStringList triggers;
            if (!withTriggers &&
                q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger'"))) {
                while (q.next())
                    triggers.append(q.value(0).toString());
            }
            for (const QString &t : std::as_const(triggers))
                q.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(t));
        }
        QProcess shell;
        shell.setStandardInputFile(scriptPath);
        bench::CpuTimer t;
        shell.start(QStringLiteral("sqlite3"), {library});
        shell.waitForFinished(-1);
        const ShellRun run{t.childSeconds(), t.wallSeconds()};
        const QByteArray errors = shell.readAllStandardError();
        if (shell.exitCode() != 0 || !errors.isEmpty()) {
            std::fprintf(stderr, "sqlite3 shell failed: %s\n", errors.constData());
            return std::nullopt;
        }
        return run;
    };
    const std::optional<ShellRun> indexed = runShell(QStringLiteral("shell.sqlite"), true);
    const std::optional<ShellRun> rowsOnly = runShell(QStringLiteral("shell-rows.sqlite"), false);
    if (!indexed || !rowsOnly)
        return 1;
    std::printf(
        "sqlite3 shell, same rows, one transaction: %.0f articles/s by CPU time (%.2f s CPU, %.2f s wall)\n",
        count / indexed->cpu, indexed->cpu, indexed->wall);
    std::printf("sqlite3 shell, same rows, one transaction, no search triggers (rows only, unindexed): "
                "%.0f articles/s by CPU time (%.2f s CPU, %.2f s wall)\n",
                count / rowsOnly->cpu, rowsOnly->cpu, rowsOnly->wall);
    std::printf("pathak import / sqlite3 shell CPU time: %.2fx (target: within 3x); "
                "against the unindexed rows: %.2fx\n",
                importSeconds / indexed->cpu, importSeconds / rowsOnly->cpu);
    return 0;
}
