// Figures for export (README "Export"): generated articles, with highlights,
// into one PDF; pages per second; single-article exports; Markdown.
#include "article/ArticleParser.h"
#include "ArticleGenerator.h"
#include "export/MarkdownExporter.h"
#include "export/PdfExporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace pathak;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// CPU time of this process: on a shared, loaded machine wall time overstates the cost.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// Three highlights spread over the text, one with a note, like a reader's marks.
QList<ExportHighlight> highlightsFor(const Article &a)
{
    const int length = int(a.plainText().size());
    QList<ExportHighlight> out;
    const char *colors[] = {"yellow", "green", "blue"};
    for (int i = 0; i < 3; ++i) {
        const int start = length * (2 * i + 1) / 7;
        out.append({start, std::min(start + 40, length), QString::fromLatin1(colors[i]),
                    i == 1 ? QStringLiteral("গুরুত্বপূর্ণ অংশ") : QString()});
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-')) ? args.at(1).toInt() : 100;
    const qsizetype outAt = args.indexOf(QStringLiteral("--out"));
    QTemporaryDir dir;
    const QString out = outAt > 0 && outAt + 1 < args.size() ? args.at(outAt + 1)
                                                             : dir.filePath(QStringLiteral("export.pdf"));

    const bench::ArticleGenerator generator(
        1, bench::ArticleGenerator::loadVocabulary(bench::ArticleGenerator::defaultCorpusFolder()));
    QList<ExportArticle> articles;
    for (int i = 0; i < count; ++i) {
        Result<Article> a = ArticleParser::parseText(generator.article(std::uint64_t(i)));
        if (!a) {
            std::fprintf(stderr, "article %d: %s\n", i, qPrintable(a.error()));
            return 1;
        }
        articles.append({a.value(), highlightsFor(a.value())});
    }

    PdfOptions options;
    options.includeComments = true;
    const PdfExporter exporter(options);

    // All articles into one PDF: best of three runs.
    double best = 1e9, bestCpu = 1e9;
    PdfExportSummary summary;
    for (int pass = 0; pass < 3; ++pass) {
        QElapsedTimer t;
        t.start();
        const double cpu = cpuSeconds();
        Result<PdfExportSummary> r = exporter.writeFile(articles, out);
        const double s = seconds(t);
        bestCpu = std::min(bestCpu, cpuSeconds() - cpu);
        if (!r) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(r.error()));
            return 1;
        }
        summary = r.value();
        best = std::min(best, s);
    }
    std::printf(
        "%d articles -> one PDF: %d pages, %d highlight annotations, %.1f MB in %.2f s wall, %.2f s CPU "
        "(%.0f pages/s wall, %.0f pages/s CPU; target < 10 s)\n",
        count, summary.pages, summary.highlights, double(summary.bytes) / 1e6, best, bestCpu,
        summary.pages / best, summary.pages / bestCpu);

    // One article per PDF, as File → Export PDF… does for a single article.
    const int singles = std::min<int>(count, 20);
    int pages = 0;
    QElapsedTimer t;
    t.start();
    const double cpu = cpuSeconds();
    for (int i = 0; i < singles; ++i) {
        Result<QByteArray> pdf = exporter.toPdf({articles.at(i)}, &summary);
        if (!pdf)
            return 1;
        pages += summary.pages;
    }
    const double singleSeconds = seconds(t);
    const double singleCpu = cpuSeconds() - cpu;
    std::printf(
        "%d single-article PDFs: %d pages in %.2f s wall, %.2f s CPU (%.0f pages/s wall, %.0f pages/s CPU, "
        "%.0f ms per article; target >= 20 pages/s)\n",
        singles, pages, singleSeconds, singleCpu, pages / singleSeconds, pages / singleCpu,
        1000 * singleSeconds / singles);

    t.restart();
    const QString md = MarkdownExporter::toMarkdown(articles, true);
    std::printf("Markdown, %d articles: %.1f KB in %.3f s\n", count, double(md.toUtf8().size()) / 1e3,
                seconds(t));
    if (outAt > 0)
        std::printf("PDF written to %s\n", qPrintable(out));
    return 0;
}
