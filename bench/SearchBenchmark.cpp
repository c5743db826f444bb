// Figures for search (README "Search"): what indexing costs an import, the
// index size next to the text size, and query times over a library of
// generated articles (default 100,000).
//
//   pathak-bench-search [COUNT] [--keep FILE]
//   pathak-bench-search --queries FILE   (only the queries, on a kept library)
#include "article/ArticleParser.h"
#include "ArticleGenerator.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "search/SearchIndex.h"
#include "search/SearchQuery.h"
#include "StoreArticles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>

using namespace pathak;

namespace {

constexpr int BatchSize = 500;

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// CPU time of this process: the machine is shared, so wall time alone says
// as much about the neighbours as about the code.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

qint64 scalar(LibraryDatabase &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        std::fprintf(stderr, "%s failed\n", qPrintable(sql));
        return -1;
    }
    return q.value(0).toLongLong();
}

// Stores articles [from, to) as `pathak import` stores them.
bool store(LibraryStore &store, const QList<NewArticle> &articles, qsizetype from, qsizetype to)
{
    return bench::storeArticles(store, articles.mid(from, to - from), BatchSize);
}

std::unique_ptr<LibraryDatabase> openOrDie(const QString &path)
{
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        std::exit(1);
    }
    return std::move(db).value();
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5)));
}

int runQueries(LibraryDatabase &db, const bench::ArticleGenerator &generator)
{
    SearchIndex index(db);
    // Queries: the issue's own examples, then words, word pairs, stems and
    // quoted phrases drawn from the same vocabulary with a fixed seed.
    const QStringList vocabulary =
        bench::ArticleGenerator::loadVocabulary(bench::ArticleGenerator::defaultCorpusFolder());
    std::mt19937_64 rng(42);
    auto word = [&] {
        return vocabulary.at(std::uniform_int_distribution<int>(0, int(vocabulary.size()) - 1)(rng));
    };
    QStringList queries = {QStringLiteral("রাশিয়া"), QStringLiteral("ট্রাম্প"),    QStringLiteral("প্রেসিডেন্ট"),
                           QStringLiteral("১২"),     QStringLiteral("বাংলাদেশ"), QStringLiteral("বিলাদেশ")};
    for (int i = 0; i < 100; ++i)
        queries.append(word());
    for (int i = 0; i < 60; ++i)
        queries.append(word() + QLatin1Char(' ') + word());
    for (int i = 0; i < 20; ++i)
        queries.append(SearchQuery::stem(word()));
    for (int i = 0; i < 20; ++i) {
        const QString article = generator.article(std::uint64_t(i * 997));
        const QStringList words = article.section(QLatin1Char('\n'), 2, 2).split(QLatin1Char(' '));
        const int at = std::uniform_int_distribution<int>(0, std::max(0, int(words.size()) - 3))(rng);
        queries.append(QLatin1Char('"') + words.mid(at, 2).join(QLatin1Char(' ')) + QLatin1Char('"'));
    }

    std::vector<double> ms;
    std::vector<double> cpuMs;
    qint64 hits = 0;
    for (int pass = 0; pass < 2; ++pass) { // the first pass warms the page cache
        ms.clear();
        cpuMs.clear();
        hits = 0;
        for (const QString &q : std::as_const(queries)) {
            QElapsedTimer qt;
            qt.start();
            const double cpu = cpuSeconds();
            Result<QList<SearchHit>> r = index.search(q);
            cpuMs.push_back((cpuSeconds() - cpu) * 1e3);
            ms.push_back(double(qt.nsecsElapsed()) / 1e6);
            if (!r) {
                std::fprintf(stderr, "query %s: %s\n", qPrintable(q), qPrintable(r.error()));
                return 1;
            }
            hits += r->size();
        }
    }
    std::printf("%zu queries (top %d with snippets): median %.2f ms, p95 %.2f ms, max %.2f ms, %.1f hits "
                "each on average\n",
                ms.size(), SearchIndex::DefaultLimit, percentile(ms, 0.5), percentile(ms, 0.95),
                *std::max_element(ms.begin(), ms.end()), double(hits) / double(ms.size()));
    std::printf("  CPU time per query: median %.2f ms, p95 %.2f ms\n", percentile(cpuMs, 0.5),
                percentile(cpuMs, 0.95));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int count = 100000;
    QString keep;
    QString queriesOnly;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QStringLiteral("--keep") && i + 1 < argc)
            keep = QString::fromLocal8Bit(argv[++i]);
        else if (arg == QStringLiteral("--queries") && i + 1 < argc)
            queriesOnly = QString::fromLocal8Bit(argv[++i]);
        else
            count = arg.toInt();
    }
    if (count < BatchSize) {
        std::fprintf(stderr, "usage: pathak-bench-search [COUNT >= %d] [--keep FILE]\n", BatchSize);
        return 2;
    }

    const bench::ArticleGenerator generator(
        1, bench::ArticleGenerator::loadVocabulary(bench::ArticleGenerator::defaultCorpusFolder()));
    if (!queriesOnly.isEmpty()) {
        auto db = openOrDie(queriesOnly);
        return runQueries(*db, generator);
    }
    QList<NewArticle> articles;
    articles.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QByteArray bytes = generator.article(std::uint64_t(i)).toUtf8();
        Result<Article> parsed = ArticleParser::parse(bytes);
        if (!parsed) {
            std::fprintf(stderr, "article %d: %s\n", i, qPrintable(parsed.error()));
            return 1;
        }
        NewArticle n;
        n.article = std::move(parsed).value();
        n.original = bytes;
        n.origin = QStringLiteral("generated/%1.txt").arg(i);
        articles.append(std::move(n));
    }

    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("library.sqlite")) : keep;
    QFile::remove(path);

    // Indexing cost on import: the same first articles stored into a library
    // whose search index is a plain table of the same columns (the import
    // writes the same folded text there, unindexed), and into a normal one.
    // Both fold and tokenize the text (ImportBatchWriter::encode): what the
    // difference shows is FTS5 writing the index.
    const qsizetype sample = std::min<qsizetype>(count, 10000);
    double plainSeconds = 0;
    double plainCpu = 0;
    {
        auto db = openOrDie(dir.filePath(QStringLiteral("unindexed.sqlite")));
        if (Status s = db->executeScript(QStringLiteral(
                "DROP TABLE search; CREATE TABLE search (title, caption, body, source, comments, notes);"));
            !s) {
            std::fprintf(stderr, "cannot replace the search index: %s\n", qPrintable(s.error()));
            return 1;
        }
        LibraryStore s(*db);
        QElapsedTimer t;
        t.start();
        const double cpu = cpuSeconds();
        if (!store(s, articles, 0, sample))
            return 1;
        plainSeconds = seconds(t);
        plainCpu = cpuSeconds() - cpu;
    }
    auto db = openOrDie(path);
    LibraryStore libraryStore(*db);
    QElapsedTimer t;
    t.start();
    const double cpu = cpuSeconds();
    if (!store(libraryStore, articles, 0, sample))
        return 1;
    const double indexedSeconds = seconds(t);
    const double indexedCpu = cpuSeconds() - cpu;
    std::printf("store %lld articles (parsed, batches of %d, WAL, synchronous=NORMAL but FULL for the last "
                "commit):\n",
                qlonglong(sample), BatchSize);
    std::printf("  without search index (its text in a plain table; tokens still made): %.0f articles/s\n",
                double(sample) / plainSeconds);
    std::printf("  with search index:    %.0f articles/s (indexing adds %.3f ms per article, %.0f%%)\n",
                double(sample) / indexedSeconds, (indexedSeconds - plainSeconds) * 1000.0 / double(sample),
                (indexedSeconds / plainSeconds - 1.0) * 100.0);
    std::printf("  CPU time: %.3f ms per article without index, %.3f ms with (%.0f and %.0f articles per CPU "
                "second)\n",
                plainCpu * 1000.0 / double(sample), indexedCpu * 1000.0 / double(sample),
                double(sample) / plainCpu, double(sample) / indexedCpu);

    t.restart();
    if (!store(libraryStore, articles, sample, count))
        return 1;
    const double restSeconds = seconds(t);
    std::printf("library: %d articles stored with index in %.1f s (%.0f articles/s)\n", count,
                indexedSeconds + restSeconds, double(count) / (indexedSeconds + restSeconds));
    articles.clear();

    const qint64 textBytes = scalar(
        *db, QStringLiteral("SELECT (SELECT sum(length(CAST(title AS BLOB))) FROM articles)"
                            " + (SELECT sum(length(CAST(text AS BLOB))) FROM paragraphs)"
                            " + (SELECT coalesce(sum(length(CAST(text || credit AS BLOB))), 0) FROM captions)"
                            " + (SELECT coalesce(sum(length(CAST(label || url AS BLOB))), 0) FROM sources)"
                            " + (SELECT coalesce(sum(length(CAST(coalesce(author, '') || text AS BLOB))), 0) "
                            "FROM comments)"));
    const qint64 indexBytes =
        scalar(*db, QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'"));
    const qint64 fileBytes =
        scalar(*db, QStringLiteral("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size"));
    std::printf("text (UTF-8, searchable fields): %.1f MB; search index: %.1f MB (%.0f%% of the text); "
                "library file: %.1f MB\n",
                double(textBytes) / 1e6, double(indexBytes) / 1e6,
                100.0 * double(indexBytes) / double(textBytes), double(fileBytes) / 1e6);

    t.restart();
    SearchIndex index(*db);
    if (Status s = index.rebuild(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    std::printf("rebuild of the whole index: %.1f s\n", seconds(t));

    return runQueries(*db, generator);
}
