// pathak-generate N OUTDIR [--seed S] [--words W]: writes N synthetic articles
// as OUTDIR/article-00001.txt … for imports, benchmarks and manual testing.
#include "ArticleGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes synthetic Bengali articles in the Pathak text format."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("N"), QStringLiteral("How many articles."));
    parser.addPositionalArgument(QStringLiteral("OUTDIR"), QStringLiteral("Folder to write them to."));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption wordsOption(QStringLiteral("words"),
                                         QStringLiteral("Body length in words (0: news-sized)."),
                                         QStringLiteral("W"), QStringLiteral("0"));
    parser.addOption(seedOption);
    parser.addOption(wordsOption);
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const int count = args.value(0).toInt(&ok);
    if (args.size() != 2 || !ok || count < 0) {
        std::fputs("usage: pathak-generate N OUTDIR [--seed S] [--words W]\n", stderr);
        return 2;
    }
    const QDir out(args.at(1));
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "pathak-generate: cannot create %s\n", qPrintable(out.path()));
        return 1;
    }
    const pathak::bench::ArticleGenerator generator(
        parser.value(seedOption).toULongLong(), pathak::bench::ArticleGenerator::loadVocabulary(
                                                    pathak::bench::ArticleGenerator::defaultCorpusFolder()));
    const int words = parser.value(wordsOption).toInt();
    for (int i = 0; i < count; ++i) {
        QFile f(out.filePath(QStringLiteral("article-%1.txt").arg(i + 1, 6, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(generator.article(std::uint64_t(i), words).toUtf8()) < 0) {
            std::fprintf(stderr, "pathak-generate: cannot write %s\n", qPrintable(f.fileName()));
            return 1;
        }
    }
    return 0;
}
