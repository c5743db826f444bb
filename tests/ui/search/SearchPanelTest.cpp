#include "ui/search/SearchPanel.h"
#include "annotation/AnnotationStore.h"
#include "article/ArticleParser.h"
#include "import/ArticleImporter.h"
#include "TestLibrary.h"
#include "text/BengaliText.h"
#include "ui/app/ReaderApp.h"
#include "ui/reader/ReaderView.h"
#include "ui/search/SearchResultModel.h"
#include "ui/search/SearchWorker.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowEvents.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMap>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace pathak;
using namespace pathak::ui;

namespace {

// A worker's outcomes as the window receives them: queued into this thread.
// A QSignalSpy on the worker appends in the worker's thread, and its wait()
// misses an outcome that arrived before the wait began, which a quiet
// machine makes likely.
class OutcomeCollector : public QObject
{
public:
    explicit OutcomeCollector(SearchWorker &worker)
    {
        connect(
            &worker, &SearchWorker::searched, this,
            [this](const SearchOutcome &o) {
                m_got.append(o);
                if (m_waiting)
                    m_waiting->quit();
            },
            Qt::QueuedConnection);
    }
    // Runs the event loop until `done` holds, looking again at each
    // outcome that arrives; the time limit only ends a hang.
    bool waitUntil(const std::function<bool(const QList<SearchOutcome> &)> &done, int timeoutMs = 30000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!done(m_got) && !deadline.hasExpired()) {
            QEventLoop loop;
            m_waiting = &loop;
            QTimer::singleShot(deadline.remainingTime(), &loop, &QEventLoop::quit);
            loop.exec();
            m_waiting = nullptr;
        }
        return done(m_got);
    }
    bool waitForOne()
    {
        return waitUntil([](const QList<SearchOutcome> &got) { return !got.isEmpty(); });
    }
    const QList<SearchOutcome> &got() const { return m_got; }

private:
    QList<SearchOutcome> m_got;
    QEventLoop *m_waiting = nullptr;
};

// Makes one more request of worker and waits for its outcome. The worker
// searches one request after another and its outcomes reach this thread
// in the order it sent them, so once this one is here, every outcome the
// worker sent before it has been handled too, by every receiver: what has
// not arrived by then was never sent. Returns false only after a hang.
bool drainWorker(SearchWorker &worker)
{
    OutcomeCollector collector(worker);
    SearchRequest last;
    last.text = QStringLiteral("বাংলাদেশ");
    const quint64 generation = worker.request(last);
    return collector.waitUntil([generation](const QList<SearchOutcome> &got) {
        return !got.isEmpty() && got.last().generation == generation;
    });
}

// A real library file with the test corpus and a few articles made for
// ranking and filters; every test opens its own window on it.
class SearchPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        ArticleImporter importer(m_lib.store());
        for (const ImportResult &r : importer.importPaths(test::corpusFiles())) {
            ASSERT_EQ(r.status, ImportResult::Status::Imported) << r.input.toStdString();
            m_id.insert(QFileInfo(r.input).completeBaseName(), r.id);
        }
        // পদ্মা in the title of one, once in the body of the other: the title ranks first.
        m_id[QStringLiteral("padmaTitle")] =
            test::addArticle(m_lib.store(), QStringLiteral("পদ্মা সেতু খুলে দেওয়া হয়েছে।\nশহরে যানজট কমেছে।"));
        m_id[QStringLiteral("padmaBody")] = test::addArticle(
            m_lib.store(), QStringLiteral("শহরে নতুন বাজার বসেছে।\nব্যবসায়ীরা খুশি।\nদূরে পদ্মা নদী দেখা যায়।"));
        m_id[QStringLiteral("bangladesh")] = test::addArticle(
            m_lib.store(), QStringLiteral("বাংলাদেশের মানুষ ভোট দিয়েছে।\nবাংলাদেশ এগিয়ে চলেছে।"));
        m_lib.close();
    }

    std::unique_ptr<ReaderApp> openWindow()
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(m_lib.path());
        EXPECT_TRUE(db.ok());
        auto w = std::make_unique<ReaderApp>(std::move(db).value());
        w->window().resize(1400, 900);
        return w;
    }

    static SearchPanel *panelOf(ReaderApp &app)
    {
        SearchPanel *panel = app.searchPanel();
        EXPECT_NE(panel, nullptr);
        return panel;
    }

    // Types the query, skips the pause and waits for the outcome.
    static void search(SearchPanel &panel, const QString &text)
    {
        QSignalSpy done(&panel, &SearchPanel::searchFinished);
        panel.searchField()->setText(text);
        panel.searchNow();
        ASSERT_TRUE(done.wait(10000)) << text.toStdString();
    }

    static QList<qint64> resultIds(SearchPanel &panel)
    {
        QList<qint64> ids;
        for (const SearchHit &h : panel.resultModel()->hits())
            ids.append(h.id);
        return ids;
    }

    QTemporaryDir m_settingsDir;
    test::TestLibrary m_lib;
    QMap<QString, qint64> m_id;
};

} // namespace

TEST_F(SearchPanelTest, WorkerReturnsRankedResultsFromItsOwnConnection)
{
    SearchWorker worker(m_lib.path());
    OutcomeCollector outcomes(worker);
    SearchRequest request;
    request.text = QStringLiteral("পদ্মা");
    const quint64 generation = worker.request(request);
    ASSERT_TRUE(outcomes.waitForOne());
    const SearchOutcome outcome = outcomes.got().first();
    EXPECT_EQ(outcome.generation, generation);
    EXPECT_TRUE(outcome.error.isEmpty()) << outcome.error.toStdString();
    ASSERT_EQ(outcome.hits.size(), 2);
    EXPECT_EQ(outcome.hits.at(0).id, m_id[QStringLiteral("padmaTitle")]);
    EXPECT_EQ(outcome.hits.at(1).id, m_id[QStringLiteral("padmaBody")]);
    EXPECT_GT(outcome.hits.at(0).score, outcome.hits.at(1).score);
    // The worker thread did the work, not this one.
    EXPECT_NE(worker.thread(), nullptr);
    EXPECT_TRUE(worker.isRunning());
}

TEST_F(SearchPanelTest, NewerRequestSupersedesOlderOnes)
{
    SearchWorker worker(m_lib.path());
    OutcomeCollector outcomes(worker);
    QList<quint64> generations;
    for (const QString &text : {QStringLiteral("রাশিয়া"), QStringLiteral("ট্রাম্প"), QStringLiteral("পদ্মা"),
                                QStringLiteral("বাংলাদেশ")}) {
        SearchRequest r;
        r.text = text;
        generations.append(worker.request(r));
    }
    ASSERT_TRUE(outcomes.waitUntil([&](const QList<SearchOutcome> &got) {
        return !got.isEmpty() && got.last().generation == generations.last();
    }));
    // Nothing stale arrives later either: the next outcome is that of the
    // next request.
    const qsizetype newest = outcomes.got().size();
    ASSERT_TRUE(drainWorker(worker));
    ASSERT_EQ(outcomes.got().size(), newest + 1);
    EXPECT_GT(outcomes.got().last().generation, generations.last());
    const QList<SearchOutcome> got = outcomes.got().first(newest);
    ASSERT_FALSE(got.isEmpty());
    EXPECT_EQ(got.last().generation, generations.last());
    EXPECT_EQ(got.last().text, QStringLiteral("বাংলাদেশ"));
    EXPECT_TRUE(got.last().hits.first().id == m_id[QStringLiteral("bangladesh")]);
    for (qsizetype i = 1; i < got.size(); ++i)
        EXPECT_LT(got.at(i - 1).generation, got.at(i).generation);
    EXPECT_LE(got.size(), generations.size());
}

TEST_F(SearchPanelTest, ClearingTheFieldDropsASearchUnderWay)
{
    auto w = openWindow();
    SearchPanel *panel = panelOf(*w);
    QSignalSpy done(panel, &SearchPanel::searchFinished);
    panel->searchFor(QStringLiteral("পদ্মা"));
    panel->searchField()->clear();
    EXPECT_EQ(panel->state(), SearchPanel::State::Idle);
    // Whatever the worker still sends for the dropped search has reached
    // the panel once a later request's outcome is here.
    ASSERT_TRUE(drainWorker(*panel->worker()));
    EXPECT_TRUE(done.isEmpty());
    EXPECT_EQ(panel->state(), SearchPanel::State::Idle);
    EXPECT_EQ(panel->resultModel()->rowCount(), 0);
}

TEST_F(SearchPanelTest, PanelShowsOnlyTheNewestQuery)
{
    auto w = openWindow();
    SearchPanel *panel = panelOf(*w);
    QSignalSpy done(panel, &SearchPanel::searchFinished);
    panel->searchField()->setText(QStringLiteral("রাশিয়া"));
    panel->searchNow();
    panel->searchField()->setText(QStringLiteral("পদ্মা"));
    panel->searchNow();
    ASSERT_TRUE(done.wait(10000));
    ASSERT_TRUE(drainWorker(*panel->worker())); // the older query's outcome, if sent, is handled by now
    EXPECT_EQ(done.size(), 1);
    EXPECT_EQ(resultIds(*panel),
              (QList<qint64>{m_id[QStringLiteral("padmaTitle")], m_id[QStringLiteral("padmaBody")]}));
    EXPECT_EQ(panel->state(), SearchPanel::State::Results);
    EXPECT_EQ(panel->statusText(), QStringLiteral("2 results"));
}

TEST_F(SearchPanelTest, TypingWaitsForAPauseThenSearchesOnce)
{
    auto w = openWindow();
    SearchPanel *panel = panelOf(*w);
    QSignalSpy started(panel, &SearchPanel::searchStarted);
    QSignalSpy done(panel, &SearchPanel::searchFinished);
    // Key by key, as typed (QTest::keyClicks takes ASCII only): no search
    // after a key, only the pause waiting.
    for (const QChar c : QStringLiteral("পদ্মা")) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(panel->searchField(), &press);
        EXPECT_TRUE(started.isEmpty());
        EXPECT_TRUE(panel->isWaitingForPause());
    }
    EXPECT_EQ(panel->searchField()->text(), QStringLiteral("পদ্মা"));
    // The pause ends in one search for the whole word, and nothing waits
    // after it: no other search can start without more typing.
    ASSERT_TRUE(started.wait(10000));
    ASSERT_EQ(started.size(), 1);
    EXPECT_EQ(started.first().first().toString(), QStringLiteral("পদ্মা"));
    EXPECT_FALSE(panel->isWaitingForPause());
    // The outcome comes through the event loop, after the start.
    ASSERT_TRUE(!done.isEmpty() || done.wait(10000));
    EXPECT_EQ(done.size(), 1);
    EXPECT_EQ(started.size(), 1);
    EXPECT_EQ(panel->resultModel()->rowCount(), 2);

    // Clearing the field clears the results at once.
    panel->searchField()->clear();
    EXPECT_EQ(panel->state(), SearchPanel::State::Idle);
    EXPECT_EQ(panel->resultModel()->rowCount(), 0);
    EXPECT_TRUE(panel->statusText().isEmpty());
}

TEST_F(SearchPanelTest, HostileInputIsSearchedAsText)
{
    auto w = openWindow();
    SearchPanel *panel = panelOf(*w);
    for (const QString &text :
         {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("AND("), QStringLiteral("-"),
          QStringLiteral("\"পদ্মা"), QStringLiteral("NEAR(পদ্মা সেতু)"), QStringLiteral("title:পদ্মা"),
          QStringLiteral("পদ্মা*"), QStringLiteral("-পদ্মা"), QStringLiteral("'); DROP TABLE articles; --"),
          QStringLiteral("^ ( ) { } : + ।")}) {
        search(*panel, text);
        EXPECT_NE(panel->state(), SearchPanel::State::Error)
            << text.toStdString() << ": " << panel->statusText().toStdString();
    }
    // The words inside the syntax are still found.
    search(*panel, QStringLiteral("পদ্মা* (-সেতু"));
    EXPECT_EQ(resultIds(*panel), QList<qint64>{m_id[QStringLiteral("padmaTitle")]});
    search(*panel, QStringLiteral("AND("));
    EXPECT_EQ(panel->state(), SearchPanel::State::NoResults);
    EXPECT_TRUE(panel->statusText().contains(QStringLiteral("AND("))) << panel->statusText().toStdString();
}

TEST_F(SearchPanelTest, NoResultsAndErrorStatesAreShown)
{
    auto w = openWindow();
    SearchPanel *panel = panelOf(*w);
    search(*panel, QStringLiteral("বিলাদেশ")); // not by fragments of বাংলাদেশ
    EXPECT_EQ(panel->state(), SearchPanel::State::NoResults);
    EXPECT_EQ(panel->statusText(), QStringLiteral("No results for “বিলাদেশ”"));
    EXPECT_EQ(panel->resultModel()->rowCount(), 0);

    // A library that cannot be opened is an error outcome, not a crash.
    QTemporaryDir dir;
    QFile damaged(dir.filePath(QStringLiteral("library.sqlite")));
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(8192, 'x'));
    damaged.close();
    SearchWorker worker(damaged.fileName());
    OutcomeCollector outcomes(worker);
    SearchRequest r;
    r.text = QStringLiteral("পদ্মা");
    worker.request(r);
    ASSERT_TRUE(outcomes.waitForOne());
    const SearchOutcome outcome = outcomes.got().first();
    EXPECT_FALSE(outcome.error.isEmpty());
    EXPECT_TRUE(outcome.hits.isEmpty());
}

TEST_F(SearchPanelTest, SnippetsMarkTheHits)
{
    auto w = openWindow();
    SearchPanel *panel = panelOf(*w);
    search(*panel, QStringLiteral("বাংলাদেশ"));
    const int row = int(resultIds(*panel).indexOf(m_id[QStringLiteral("bangladesh")]));
    ASSERT_GE(row, 0);
    const QModelIndex first = panel->resultModel()->index(row, 0);
    EXPECT_EQ(first.data(SearchResultModel::IdRole).toLongLong(), m_id[QStringLiteral("bangladesh")]);
    const QString snippet = first.data(SearchResultModel::SnippetRole).toString();
    EXPECT_TRUE(snippet.contains(QStringLiteral("বাংলাদেশের মানুষ"))) << snippet.toStdString();
    // The inflected form is marked as a whole word; the markup escapes the rest.
    const QString html = first.data(SearchResultModel::MarkedSnippetRole).toString();
    EXPECT_TRUE(html.contains(QStringLiteral("<b class=\"hit\">বাংলাদেশের</b> মানুষ"))) << html.toStdString();
    EXPECT_GE(first.data(SearchResultModel::HitCountRole).toInt(), 1);

    SearchHit hostile;
    hostile.snippet = QStringLiteral("<i>x</i> & পদ্মা");
    hostile.snippetHits = {{11, 16}};
    EXPECT_EQ(SearchResultModel::markedSnippetHtml(hostile, {}),
              QStringLiteral("&lt;i&gt;x&lt;/i&gt; &amp; <b class=\"hit\">পদ্মা</b>"));
}

TEST_F(SearchPanelTest, OpeningAHitMarksEveryHitOnGraphemeBoundaries)
{
    auto w = openWindow();
    SearchPanel *panel = panelOf(*w);
    const qint64 seed = m_id[QStringLiteral("seed-lavrov-rubio")];
    // Character formats per block as the reader lays the article out unmarked.
    auto formatsPerBlock = [&w] {
        QList<int> counts;
        for (QTextBlock b = w->window().readerView()->document()->begin(); b.isValid(); b = b.next()) {
            int formats = 0;
            for (auto it = b.begin(); !it.atEnd(); ++it)
                ++formats;
            counts.append(formats);
        }
        return counts;
    };
    ASSERT_TRUE(w->window().openArticle(seed));
    const QList<int> unmarked = formatsPerBlock();
    search(*panel, QStringLiteral("ট্রাম্প রাশিয়া"));
    const int row = int(resultIds(*panel).indexOf(seed));
    ASSERT_GE(row, 0);
    ASSERT_TRUE(panel->openResult(row));
    ReaderView *reader = w->window().readerView();
    EXPECT_EQ(reader->articleId(), seed);

    const QString plain = reader->readerDocument().plainText();
    const QList<ReaderHighlight> marks = reader->highlights(SearchPanel::HitLayer);
    ASSERT_GE(marks.size(), 4);
    EXPECT_EQ(marks.size(), panel->articleHits().size());
    const QList<int> boundaries = BengaliText::graphemeBoundaries(plain);
    int previousEnd = -1;
    for (const ReaderHighlight &m : marks) {
        EXPECT_TRUE(boundaries.contains(m.start)) << m.start;
        EXPECT_TRUE(boundaries.contains(m.end)) << m.end;
        EXPECT_GT(m.start, previousEnd);
        previousEnd = m.end;
        const QString hit = plain.mid(m.start, m.end - m.start);
        EXPECT_TRUE(hit.startsWith(QStringLiteral("ট্রাম্প")) || hit.startsWith(QStringLiteral("রাশিয়া")))
            << hit.toStdString();
    }
    // The first hit is current; F3 and Shift+F3 step through them and wrap.
    EXPECT_EQ(panel->currentArticleHit(), 0);
    auto current = [&] { return reader->highlights(SearchPanel::CurrentHitLayer); };
    ASSERT_EQ(current().size(), 1);
    EXPECT_EQ(current().first().start, marks.first().start);
    panel->nextHit();
    EXPECT_EQ(panel->currentArticleHit(), 1);
    EXPECT_EQ(current().first().start, marks.at(1).start);
    panel->previousHit();
    panel->previousHit();
    EXPECT_EQ(panel->currentArticleHit(), int(marks.size()) - 1);
    // The F3 actions are the window's, so they work while reading.
    QAction *next = nullptr;
    for (QAction *a : w->window().articleMenu()->actions()) {
        if (a->shortcuts().contains(QKeySequence(Qt::Key_F3)))
            next = a;
    }
    ASSERT_NE(next, nullptr);
    next->trigger();
    EXPECT_EQ(panel->currentArticleHit(), 0);

    // The marks are highlight layers, never character formats: no block
    // gains a format boundary, so no conjunct is split.
    EXPECT_EQ(formatsPerBlock(), unmarked);
    EXPECT_FALSE(reader->extraSelections().isEmpty());

    // Another article drops the marks.
    ASSERT_TRUE(w->window().openArticle(m_id[QStringLiteral("padmaBody")]));
    EXPECT_TRUE(reader->highlights(SearchPanel::HitLayer).isEmpty());
    EXPECT_TRUE(panel->articleHits().isEmpty());
}

TEST_F(SearchPanelTest, FiltersNarrowResultsAndAreRemembered)
{
    {
        auto w = openWindow();
        SearchPanel *panel = panelOf(*w);
        search(*panel, QStringLiteral("পদ্মা"));
        ASSERT_EQ(panel->resultModel()->rowCount(), 2);

        ASSERT_TRUE(w->window().store().setFavourite(m_id[QStringLiteral("padmaBody")], true).ok());
        SearchFilter favourites;
        favourites.favouritesOnly = true;
        QSignalSpy done(panel, &SearchPanel::searchFinished);
        panel->setFilter(favourites); // searches again by itself
        ASSERT_TRUE(done.wait(10000));
        EXPECT_EQ(resultIds(*panel), QList<qint64>{m_id[QStringLiteral("padmaBody")]});

        SearchFilter annotated;
        annotated.annotatedOnly = true;
        panel->setFilter(annotated);
        ASSERT_TRUE(done.wait(10000));
        EXPECT_EQ(panel->state(), SearchPanel::State::NoResults);
        EXPECT_TRUE(panel->statusText().contains(QStringLiteral("filters")));

        // An annotation's note is searched, and makes its article "annotated".
        AnnotationStore notes(w->window().database());
        Annotation a;
        a.articleId = m_id[QStringLiteral("padmaTitle")];
        a.start = 0;
        a.end = 5;
        a.exact = QStringLiteral("পদ্মা");
        a.note = QStringLiteral("ইলিশের মৌসুম");
        ASSERT_TRUE(notes.insert(a).ok());
        search(*panel, QStringLiteral("ইলিশের"));
        EXPECT_EQ(resultIds(*panel), QList<qint64>{m_id[QStringLiteral("padmaTitle")]});
        search(*panel, QStringLiteral("পদ্মা"));
        EXPECT_EQ(resultIds(*panel), QList<qint64>{m_id[QStringLiteral("padmaTitle")]});

        SearchFilter bySource;
        bySource.source = QStringLiteral("baodaknong");
        bySource.savedFrom = QDate(2000, 1, 1);
        bySource.savedTo = QDate::currentDate().addDays(1);
        panel->setFilter(bySource);
        ASSERT_TRUE(done.wait(10000));
        EXPECT_EQ(panel->state(), SearchPanel::State::NoResults);
        search(*panel, QStringLiteral("রাশিয়া"));
        EXPECT_EQ(resultIds(*panel), QList<qint64>{m_id[QStringLiteral("seed-lavrov-rubio")]});
        bySource.savedFrom = QDate::currentDate().addDays(2);
        bySource.savedTo = QDate();
        panel->setFilter(bySource);
        ASSERT_TRUE(done.wait(10000));
        EXPECT_EQ(panel->state(), SearchPanel::State::NoResults);
    }
    // A new window starts with the last filters.
    auto w = openWindow();
    const SearchFilter f = panelOf(*w)->filter();
    EXPECT_EQ(f.source, QStringLiteral("baodaknong"));
    EXPECT_EQ(f.savedFrom, QDate::currentDate().addDays(2));
    EXPECT_FALSE(f.savedTo.isValid());
    EXPECT_FALSE(f.favouritesOnly);
    EXPECT_FALSE(f.annotatedOnly);
}

TEST_F(SearchPanelTest, KeyboardDrivesTheSearch)
{
    auto w = openWindow();
    SearchPanel *panel = panelOf(*w);
    w->window().show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w->window()));
    w->window().activateWindow();
    w->window().readerView()->setFocus();

    // Ctrl+F: the Search action focuses the field.
    QAction *find = nullptr;
    for (QAction *a : w->window().articleMenu()->actions()) {
        if (a->shortcuts().contains(QKeySequence(QKeySequence::Find)))
            find = a;
    }
    ASSERT_NE(find, nullptr);
    find->trigger();
    EXPECT_TRUE(panel->searchField()->hasFocus());

    search(*panel, QStringLiteral("পদ্মা"));
    ASSERT_EQ(panel->resultModel()->rowCount(), 2);
    EXPECT_EQ(panel->resultView()->currentIndex().row(), 0);
    QTest::keyClick(panel->searchField(), Qt::Key_Down);
    EXPECT_EQ(panel->resultView()->currentIndex().row(), 1);
    QTest::keyClick(panel->searchField(), Qt::Key_Down);
    EXPECT_EQ(panel->resultView()->currentIndex().row(), 1);
    QTest::keyClick(panel->searchField(), Qt::Key_Up);
    EXPECT_EQ(panel->resultView()->currentIndex().row(), 0);
    // Enter opens the current result.
    QTest::keyClick(panel->searchField(), Qt::Key_Return);
    EXPECT_EQ(w->window().currentArticleId(), m_id[QStringLiteral("padmaTitle")]);
    EXPECT_FALSE(panel->articleHits().isEmpty());
    // Esc clears.
    QTest::keyClick(panel->searchField(), Qt::Key_Escape);
    EXPECT_TRUE(panel->searchField()->text().isEmpty());
    EXPECT_EQ(panel->resultModel()->rowCount(), 0);
}

TEST_F(SearchPanelTest, ResultModelPassesTheModelTester)
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<SearchHit> hits;
    for (int i = 0; i < 5; ++i) {
        SearchHit h;
        h.id = i + 1;
        h.title = QStringLiteral("শিরোনাম %1").arg(i);
        h.snippet = QStringLiteral("পদ্মা নদী");
        h.snippetHits = {{0, 5}};
        h.score = 10 - i;
        hits.append(h);
    }
    model.setHits(hits);
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.index(2, 0).data().toString(), QStringLiteral("শিরোনাম 2"));
    EXPECT_EQ(model.index(2, 0).data(SearchResultModel::IdRole).toLongLong(), 3);
    EXPECT_FALSE(model.index(5, 0).isValid());
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);

    // And the model of a live panel, through a real search.
    auto w = openWindow();
    SearchPanel *panel = panelOf(*w);
    QAbstractItemModelTester live(panel->resultModel(),
                                  QAbstractItemModelTester::FailureReportingMode::Fatal);
    search(*panel, QStringLiteral("পদ্মা"));
    search(*panel, QStringLiteral("বিলাদেশ"));
    search(*panel, QStringLiteral("রাশিয়া"));
    EXPECT_GE(panel->resultModel()->rowCount(), 1);
}

TEST_F(SearchPanelTest, ScreenshotShowsTheResultsAndTheMarkedHit)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("search.png"));
    const test::ProcessResult r =
        test::runPathak({QStringLiteral("--library"), m_lib.path(), QStringLiteral("screenshot"), out,
                         QStringLiteral("--search"), QStringLiteral("রাশিয়া"), QStringLiteral("--size"),
                         QStringLiteral("1400x800")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(out);
    ASSERT_FALSE(image.isNull());
    // The words found are marked in yellow in the result list (in the reader
    // a search mark is a blue-grey tint, unlike any annotation colour).
    int marked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            marked += c.red() > 200 && c.green() > 120 && c.blue() < 150 ? 1 : 0;
        }
    }
    EXPECT_GT(marked, 200);
}
