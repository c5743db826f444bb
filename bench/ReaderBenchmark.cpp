// Figures for the reader (README "Reader benchmark"): with a library of
// 100,000 generated articles, how long a fresh process takes to show the
// window with the list filled, its peak memory, how many rows scrolling
// loads, and how long a 5,000-word article takes to lay out.
//
//   pathak-bench-reader [--articles N] [--library FILE]
//   pathak-bench-reader --child-layout   (the layout figures alone)
//
// The library is built once (it takes a few minutes) and reused while it
// holds N articles. Each measurement runs in a child process started for it,
// so start-up and peak memory are those of a fresh process.
#include "article/ArticleParser.h"
#include "ArticleGenerator.h"
#include "CpuTimer.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryListQuery.h"
#include "library/LibraryStore.h"
#include "library/sqlite/Transaction.h"
#include "library/TagStore.h"
#include "StoreArticles.h"
#include "ui/app/ReaderApp.h"
#include "ui/library/CollectionBar.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryPane.h"
#include "ui/library/LibraryRecoveryDialog.h"
#include "ui/reader/ReaderFonts.h"
#include "ui/reader/ReaderView.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

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
    const bench::ArticleGenerator generator(
        20261128, bench::ArticleGenerator::loadVocabulary(bench::ArticleGenerator::defaultCorpusFolder()));
    QElapsedTimer timer;
    timer.start();
    for (int i = have ? have.value() : 0; i < count;) {
        QList<NewArticle> chunk;
        for (int n = 0; n < 2000 && i < count; ++n, ++i) {
            NewArticle a;
            a.original = generator.article(std::uint64_t(i)).toUtf8();
            Result<Article> parsed = ArticleParser::parse(a.original);
            if (!parsed)
                continue;
            a.article = std::move(parsed).value();
            a.origin = QStringLiteral("generated/%1.txt").arg(i);
            chunk.append(std::move(a));
        }
        if (!bench::storeArticles(store, chunk, 2000))
            return -1;
        std::fprintf(stderr, "\rbuilding library: %d/%d", i, count);
    }
    std::fprintf(stderr, "\n");
    print(QStringLiteral("library built: %1 articles in %2 s")
              .arg(count)
              .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    Result<int> total = store.count();
    return total ? total.value() : -1;
}

// Gives the generated library what the side bar counts, once: every third
// article read, every seventh archived, every eleventh a favourite, ten
// feeds sharing every other article, twenty tags on one article in ten.
bool prepareCollections(LibraryDatabase &db)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM tags")) && q.next() && q.value(0).toInt() > 0)
        return true;
    q.finish();
    Transaction tx(db.connection());
    for (const char *sql :
         {"UPDATE articles SET is_read = (id % 3 = 0), is_archived = (id % 7 = 0), is_favourite = (id % 11 = "
          "0)",
          "WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 10) "
          "INSERT INTO feeds (id, url, title, added_at) "
          "SELECT value, 'https://feed' || value || '.example/rss', 'ফিড ' || value, '2026-01-01T00:00:00Z' "
          "FROM n",
          "INSERT INTO feed_items (feed_id, item_key, link, article_id, saved_at) "
          "SELECT 1 + (id / 2) % 10, 'item' || id, '', id, saved_at FROM articles WHERE id % 2 = 0",
          "WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 20) "
          "INSERT INTO tags (id, name, folded) SELECT value, 'ট্যাগ ' || value, 'ট্যাগ ' || value FROM n",
          "INSERT INTO article_tags (article_id, tag_id) SELECT id, 1 + (id / 10) % 20 FROM articles "
          "WHERE id % 10 = 0"}) {
        if (!q.exec(QString::fromUtf8(sql))) {
            std::fprintf(stderr, "cannot prepare the collections: %s\n", qPrintable(q.lastError().text()));
            return false;
        }
    }
    return tx.commit();
}

// Child: start-up to a shown window with the list filled, as
// ReaderApp::run() starts (the library opened the way it opens
// it, settings restored, window shown and painted), then scrolling.
int measureStartup(const QString &path, qint64 launchedAtMs)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    ui::ReaderFonts::ensureLoaded();
    std::unique_ptr<LibraryDatabase> db = ui::LibraryRecoveryDialog::openForStart(path);
    if (!db)
        return 1;
    ui::ReaderApp app(std::move(db));
    ui::MainWindow &window = app.window();
    window.restoreSettings();
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    window.repaint(); // the first picture, list rows included
    const qint64 shownMs = sinceMain.elapsed();
    const qint64 wallMs = QDateTime::currentMSecsSinceEpoch() - launchedAtMs;
    const double cpuMs = bench::CpuTimer::processCpuSeconds() * 1e3;
    ui::LibraryModel *model = window.libraryModel();
    print(QStringLiteral("startup: window shown and painted with %1 rows of %2 listed: %3 ms from launch "
                         "(%4 ms in main), %5 ms CPU")
              .arg(model->rowCount())
              .arg(model->totalCount())
              .arg(wallMs)
              .arg(shownMs)
              .arg(cpuMs, 0, 'f', 0));
    print(QStringLiteral("startup: peak RSS %1 MiB").arg(peakRssKiB() / 1024.0, 0, 'f', 1));

    // The side bar: every count again (what each change to the list
    // costs), and switching collections as a click does (the list's count
    // and first page, then the counts it refreshes).
    ui::CollectionBar *collections = window.libraryPane()->collections();
    {
        bench::CpuTimer t;
        constexpr int rounds = 10;
        for (int i = 0; i < rounds; ++i)
            collections->refresh();
        print(QStringLiteral("side bar: all counts (4 states, %1 feeds, %2 tags) in %3 ms wall, %4 ms CPU")
                  .arg(collections->count(ui::CollectionBar::Kind::Feed, qint64(1)) >= 0 ? 10 : 0)
                  .arg(collections->tagNames().size())
                  .arg(t.wallSeconds() * 1e3 / rounds, 0, 'f', 1)
                  .arg(t.cpuSeconds() * 1e3 / rounds, 0, 'f', 1));
    }
    using Kind = ui::CollectionBar::Kind;
    const std::pair<Kind, QVariant> switches[] = {{Kind::Inbox, {}},      {Kind::Archive, {}},
                                                  {Kind::Favourites, {}}, {Kind::Feed, qint64(3)},
                                                  {Kind::Tag, qint64(7)}, {Kind::All, {}}};
    const char *names[] = {"inbox", "archive", "favourites", "a feed", "a tag", "all"};
    for (size_t i = 0; i < std::size(switches); ++i) {
        bench::CpuTimer t;
        if (!collections->select(switches[i].first, switches[i].second)) {
            std::fprintf(stderr, "no collection %s in the side bar\n", names[i]);
            return 1;
        }
        QApplication::processEvents();
        print(QStringLiteral("side bar: switch to %1 (%2 articles, count and first page listed) in %3 ms "
                             "wall, %4 ms CPU")
                  .arg(QLatin1String(names[i]))
                  .arg(model->totalCount())
                  .arg(t.wallSeconds() * 1e3, 0, 'f', 1)
                  .arg(t.cpuSeconds() * 1e3, 0, 'f', 1));
    }

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

    // A page deep in the list (200 rows after row 90,000) against the first
    // page, in each order the list offers; keyset paging makes them cost the same.
    struct Order
    {
        LibraryListQuery::SortKey key;
        bool ascending;
        const char *name;
        const char *expression;
    };
    const Order orders[] = {{LibraryListQuery::SortKey::SavedAt, false, "saved, newest first", "a.saved_at"},
                            {LibraryListQuery::SortKey::Title, true, "title", "a.title"},
                            {LibraryListQuery::SortKey::Source, true, "source", "a.source_label"}};
    // Nine tenths down the list: row 90,000 of 100,000, row 900,000 of a million.
    const int deep = std::max(1, model->totalCount() / 10 * 9);
    for (const Order &o : orders) {
        LibraryListQuery query(window.database());
        query.setSort(o.key, o.ascending);
        // Where row `deep` is, found once (not timed) as the model would have it from the page before.
        QSqlQuery locate(window.database().connection());
        const QString dir = o.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
        locate.exec(
            QStringLiteral("SELECT %1, a.id FROM articles a LEFT JOIN sources s ON s.article_id = a.id "
                           "ORDER BY %1 %2, a.id %2 LIMIT 1 OFFSET %3")
                .arg(QLatin1String(o.expression), dir)
                .arg(deep - 1));
        if (!locate.next())
            return 1;
        const LibraryListQuery::Position at{locate.value(0), locate.value(1).toLongLong()};
        locate.finish();
        bench::CpuTimer first;
        Result<LibraryListQuery::Page> firstPage = query.page(std::nullopt, 200);
        const double firstWall = first.wallSeconds() * 1e3, firstCpu = first.cpuSeconds() * 1e3;
        bench::CpuTimer t;
        Result<LibraryListQuery::Page> page = query.page(at, 200);
        if (!firstPage || !page || page->rows.size() != 200)
            return 1;
        print(QStringLiteral("paging (%1): 200 rows after row %2 in %3 ms wall, %4 ms CPU (first page %5 ms "
                             "wall, %6 ms CPU)")
                  .arg(QLatin1String(o.name))
                  .arg(deep)
                  .arg(t.wallSeconds() * 1e3, 0, 'f', 1)
                  .arg(t.cpuSeconds() * 1e3, 0, 'f', 1)
                  .arg(firstWall, 0, 'f', 1)
                  .arg(firstCpu, 0, 'f', 1));
    }
    return 0;
}

// The one summary line, from the figures the cold start-up child printed:
// start-up from a library file out of the page cache, a page nine tenths
// down the list by title and by source (wall), the side bar's counts, the
// slowest switch of collection, and the peak memory after scrolling.
QString summaryLine(int articles, const QString &cold)
{
    const auto figure = [&cold](const QString &pattern) {
        const QRegularExpressionMatch m = QRegularExpression(pattern).match(cold);
        return m.hasMatch() ? m.captured(1) : QStringLiteral("?");
    };
    double slowestSwitch = -1;
    QRegularExpressionMatchIterator it =
        QRegularExpression(QStringLiteral("side bar: switch to .* in ([0-9.]+) ms wall")).globalMatch(cold);
    while (it.hasNext())
        slowestSwitch = std::max(slowestSwitch, it.next().captured(1).toDouble());
    return QStringLiteral("reader: articles=%1 cold_start_ms=%2 title_page_ms=%3 source_page_ms=%4 "
                          "sidebar_counts_ms=%5 sidebar_switch_max_ms=%6 peak_rss_mib=%7")
        .arg(articles)
        .arg(figure(QStringLiteral("startup: .*: ([0-9]+) ms from launch")),
             figure(QStringLiteral("paging \\(title\\): 200 rows after row [0-9]+ in ([0-9.]+) ms wall")),
             figure(QStringLiteral("paging \\(source\\): 200 rows after row [0-9]+ in ([0-9.]+) ms wall")),
             figure(QStringLiteral("side bar: all counts .* in ([0-9.]+) ms wall")),
             slowestSwitch < 0 ? QStringLiteral("?") : QString::number(slowestSwitch, 'f', 1),
             figure(QStringLiteral("scrolling: peak RSS ([0-9.]+) MiB")));
}

int lines(const QTextDocument &doc)
{
    int n = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        n += b.layout() ? b.layout()->lineCount() : 0;
    return n;
}

// Child: open a 5,000-word article in the reading view. What the user waits
// for is the window's first picture of the article: the document built, the
// visible page laid out and painted (a synchronous repaint of the viewport).
// The rest of the document is laid out afterwards in idle steps, as QTextEdit
// does; the time to lay out every block (what `pathak shaping` forces) is
// printed beside it.
int measureLayout()
{
    ui::ReaderFonts::ensureLoaded();
    const bench::ArticleGenerator generator(
        7, bench::ArticleGenerator::loadVocabulary(bench::ArticleGenerator::defaultCorpusFolder()));
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
    struct Run
    {
        double shownWall, shownCpu, paintedWall, paintedCpu, fullWall, fullCpu;
    };
    QList<Run> runs;
    for (int i = 0; i < 7; ++i) {
        Run r{};
        bench::CpuTimer t;
        view.showArticle(i + 1, article.value());
        r.shownWall = t.wallSeconds() * 1e3;
        r.shownCpu = t.cpuSeconds() * 1e3;
        view.viewport()->repaint(); // paints the first page now, laying out what it shows
        r.paintedWall = t.wallSeconds() * 1e3;
        r.paintedCpu = t.cpuSeconds() * 1e3;
        view.document()->size(); // forces the layout of every block
        r.fullWall = t.wallSeconds() * 1e3;
        r.fullCpu = t.cpuSeconds() * 1e3;
        runs.append(r);
    }
    auto median = [&runs](double Run::*field) {
        QList<double> v;
        for (const Run &r : std::as_const(runs))
            v.append(r.*field);
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    print(QStringLiteral("layout: %1-word article (%2 paragraphs, %3 lines at 900 px), median of %4 opens:")
              .arg(words)
              .arg(article->paragraphs.size())
              .arg(lines(*view.document()))
              .arg(runs.size()));
    print(QStringLiteral("layout: open -> document built: %1 ms wall, %2 ms CPU")
              .arg(median(&Run::shownWall), 0, 'f', 1)
              .arg(median(&Run::shownCpu), 0, 'f', 1));
    print(
        QStringLiteral(
            "layout: open -> first page laid out and painted: %1 ms wall, %2 ms CPU (first open %3 ms wall)")
            .arg(median(&Run::paintedWall), 0, 'f', 1)
            .arg(median(&Run::paintedCpu), 0, 'f', 1)
            .arg(runs.first().paintedWall, 0, 'f', 1));
    print(QStringLiteral("layout: open -> every block laid out: %1 ms wall, %2 ms CPU")
              .arg(median(&Run::fullWall), 0, 'f', 1)
              .arg(median(&Run::fullCpu), 0, 'f', 1));
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
    const QString path =
        option(QStringLiteral("--library"),
               QDir::tempPath() + QStringLiteral("/pathak-bench-reader-%1.sqlite").arg(count));
    print(QStringLiteral("library: %1").arg(path));
    const int have = buildLibrary(path, count);
    if (have < 0)
        return 1;
    print(QStringLiteral("library: %1 articles").arg(have));
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
        if (!db || !prepareCollections(*db.value()))
            return 1;
    }

    QString coldOutput;
    auto child = [&](const QStringList &childArgs, QString *output = nullptr) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QApplication::applicationFilePath(), childArgs);
        p.waitForFinished(600000);
        const QByteArray out = p.readAllStandardOutput();
        std::fputs(out.constData(), stdout);
        if (output)
            *output = QString::fromUtf8(out);
        return p.exitCode();
    };
    int failed = 0;
    // Cold: the library file out of the page cache (this file only; the
    // program and Qt's libraries stay cached, as after any recent start).
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd >= 0) {
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ::close(fd);
        }
    }
    print(QStringLiteral("startup, library file not in the page cache:"));
    failed += child({QStringLiteral("--child-startup"), QStringLiteral("--library"), path,
                     QStringLiteral("--launched"), QString::number(QDateTime::currentMSecsSinceEpoch())},
                    &coldOutput);
    print(QStringLiteral("startup again, file cached:"));
    failed += child({QStringLiteral("--child-startup"), QStringLiteral("--library"), path,
                     QStringLiteral("--launched"), QString::number(QDateTime::currentMSecsSinceEpoch())});
    failed += child({QStringLiteral("--child-layout")});
    print(summaryLine(have, coldOutput));
    return failed ? 1 : 0;
}
