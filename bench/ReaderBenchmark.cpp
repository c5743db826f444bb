// Figures for the reader (README "Reader benchmark"): with a library of
// 100,000 generated articles, how long a fresh process takes to show the
// window with the list filled, its peak memory, how many rows scrolling
// loads, and how long a 5,000-word article takes to lay out.
//
//   pathak-bench-reader [--articles N] [--library FILE]
//
// The library is built once (it takes a few minutes) and reused while it
// holds N articles. Each measurement runs in a child process started for it,
// so start-up and peak memory are those of a fresh process.
#include "ArticleGenerator.h"
#include "ArticleParser.h"
#include "LibraryDatabase.h"
#include "LibraryModel.h"
#include "LibraryStore.h"
#include "MainWindow.h"
#include "ReaderFonts.h"
#include "ReaderView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>

#include <cstdio>

using namespace pathak;

namespace {

void print(const QString &line)
{
    const QByteArray utf8 = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

// Peak resident memory of this process so far, from the kernel.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int buildLibrary(const QString &path, int count)
{
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(db.error()));
        return -1;
    }
    LibraryStore store(*db.value());
    Result<int> have = store.count();
    if (have && have.value() >= count)
        return have.value();
    const bench::ArticleGenerator generator(20261128, bench::ArticleGenerator::loadVocabulary(
                                                          bench::ArticleGenerator::defaultCorpusFolder()));
    QSqlDatabase &connection = db.value()->connection();
    QElapsedTimer timer;
    timer.start();
    for (int i = have ? have.value() : 0; i < count;) {
        connection.transaction();
        for (int n = 0; n < 2000 && i < count; ++n, ++i) {
            NewArticle a;
            a.original = generator.article(std::uint64_t(i)).toUtf8();
            Result<Article> parsed = ArticleParser::parse(a.original);
            if (!parsed)
                continue;
            a.article = std::move(parsed).value();
            a.origin = QStringLiteral("generated/%1.txt").arg(i);
            store.insert(a);
        }
        connection.commit();
        std::fprintf(stderr, "\rbuilding library: %d/%d", i, count);
    }
    std::fprintf(stderr, "\n");
    print(QStringLiteral("library built: %1 articles in %2 s").arg(count).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    Result<int> total = store.count();
    return total ? total.value() : -1;
}

// Child: start-up to a shown window with the list filled, then scrolling.
int measureStartup(const QString &path, qint64 launchedAtMs)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    if (!db)
        return 1;
    ui::MainWindow window(std::move(db).value());
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    const qint64 shownMs = sinceMain.elapsed();
    const qint64 wallMs = QDateTime::currentMSecsSinceEpoch() - launchedAtMs;
    ui::LibraryModel *model = window.libraryModel();
    print(QStringLiteral("startup: window shown with %1 rows of %2 listed: %3 ms in main, %4 ms from launch")
              .arg(model->rowCount())
              .arg(model->totalCount())
              .arg(shownMs)
              .arg(wallMs));
    print(QStringLiteral("startup: peak RSS %1 MiB").arg(peakRssKiB() / 1024.0, 0, 'f', 1));

    // Scroll to the end of the list fifty times, as a user dragging the scroll bar would.
    QScrollBar *bar = window.libraryView()->verticalScrollBar();
    QElapsedTimer scroll;
    scroll.start();
    for (int i = 0; i < 50; ++i) {
        bar->setValue(bar->maximum());
        QApplication::processEvents();
    }
    print(QStringLiteral("scrolling: 50 scrolls to the end loaded %1 of %2 rows in %3 ms (%4 ms per page)")
              .arg(model->rowCount())
              .arg(model->totalCount())
              .arg(scroll.elapsed())
              .arg(scroll.elapsed() / 50.0, 0, 'f', 1));
    print(QStringLiteral("scrolling: peak RSS %1 MiB").arg(peakRssKiB() / 1024.0, 0, 'f', 1));
    return 0;
}

// Child: lay out a 5,000-word article in the reading view.
int measureLayout()
{
    ui::ReaderFonts::ensureLoaded();
    const bench::ArticleGenerator generator(7, bench::ArticleGenerator::loadVocabulary(
                                                   bench::ArticleGenerator::defaultCorpusFolder()));
    Result<Article> article = ArticleParser::parse(generator.article(1, 5000).toUtf8());
    if (!article)
        return 1;
    int words = 0;
    for (const QString &p : article->paragraphs)
        words += int(p.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    ui::ReaderView view;
    view.resize(900, 800);
    view.show();
    QApplication::processEvents();
    QList<double> runs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        view.showArticle(i + 1, article.value());
        view.document()->size(); // forces the layout of every block
        runs.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    print(QStringLiteral("layout: %1-word article (%2 paragraphs, %3 lines) laid out in %4 ms (first %5 ms, median of 5)")
              .arg(words)
              .arg(article->paragraphs.size())
              .arg(view.document()->lineCount())
              .arg(runs.at(2), 0, 'f', 1)
              .arg(runs.first(), 0, 'f', 1));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pathak"));
    QApplication::setApplicationName(QStringLiteral("pathak-bench-reader"));
    const QStringList args = QApplication::arguments();
    auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    if (args.contains(QStringLiteral("--child-startup")))
        return measureStartup(option(QStringLiteral("--library"), QString()),
                              option(QStringLiteral("--launched"), QStringLiteral("0")).toLongLong());
    if (args.contains(QStringLiteral("--child-layout")))
        return measureLayout();

    const int count = option(QStringLiteral("--articles"), QStringLiteral("100000")).toInt();
    const QString path = option(QStringLiteral("--library"),
                                QDir::tempPath() + QStringLiteral("/pathak-bench-reader-%1.sqlite").arg(count));
    print(QStringLiteral("library: %1").arg(path));
    const int have = buildLibrary(path, count);
    if (have < 0)
        return 1;
    print(QStringLiteral("library: %1 articles").arg(have));

    auto child = [&](const QStringList &childArgs) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QApplication::applicationFilePath(), childArgs);
        p.waitForFinished(600000);
        std::fputs(p.readAllStandardOutput().constData(), stdout);
        return p.exitCode();
    };
    int failed = 0;
    failed += child({QStringLiteral("--child-startup"), QStringLiteral("--library"), path, QStringLiteral("--launched"),
                     QString::number(QDateTime::currentMSecsSinceEpoch())});
    failed += child({QStringLiteral("--child-layout")});
    return failed ? 1 : 0;
}
