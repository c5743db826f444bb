#include "ui/window/MainWindow.h"
#include "annotation/AnnotationStore.h"
#include "EnvironmentOverride.h"
#include "import/ArticleImporter.h"
#include "TestLibrary.h"
#include "ui/app/ReaderApp.h"
#include "ui/export/ExportActions.h"
#include "ui/library/ImportWorker.h"
#include "ui/library/LibraryModel.h"
#include "ui/reader/ReaderView.h"
#include "ui/window/UiLanguage.h"
#include "ui/window/WindowEvents.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::ui;

namespace {

// Every test gets its own QSettings folder, so none reads another's choices
// (or the user's).
class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    std::unique_ptr<ReaderApp> openWindow()
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(m_libraryPath);
        EXPECT_TRUE(db.ok());
        return std::make_unique<ReaderApp>(std::move(db).value());
    }

    ImportSummary importAndWait(MainWindow &w, const QStringList &paths)
    {
        QSignalSpy spy(&w.events(), &WindowEvents::importFinished);
        EXPECT_TRUE(w.startImport(paths));
        EXPECT_TRUE(spy.wait(60000));
        return spy.isEmpty() ? ImportSummary() : spy.first().first().value<ImportSummary>();
    }

    // Stores one article before the window opens; returns its id.
    qint64 storeOneArticle()
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(m_libraryPath);
        EXPECT_TRUE(db.ok());
        if (!db)
            return 0;
        LibraryStore store(*db.value());
        return test::storeArticle(
            store,
            ArticleImporter::readFile(test::dataFile(QStringLiteral("seed-lavrov-rubio.txt"))).value());
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_libraryDir;
    QString m_libraryPath = m_libraryDir.filePath(QStringLiteral("library.sqlite"));
};

bool rowShowsRead(MainWindow &w, qint64 id)
{
    const int row = w.libraryModel()->rowOf(id);
    return row >= 0 && w.libraryModel()->index(row, 0).data(LibraryModel::ReadRole).toBool();
}

// Waits, on the window's signals, until the article's row shows the read flag.
bool waitForReadFlag(MainWindow &w, qint64 id, bool read)
{
    QSignalSpy written(&w, &MainWindow::readFlagWritten);
    while (rowShowsRead(w, id) != read) {
        if (!written.wait(60000))
            return false;
    }
    return true;
}

// Returns once the event loop has run a zero timer: the window is not blocked.
void runEventLoopOnce()
{
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
}

// Sets the busy timeout (milliseconds) of the library connections opened
// until the returned guard goes.
} // namespace

TEST_F(MainWindowTest, ImportsOnAWorkerThreadAndReportsFailures)
{
    auto w = openWindow();
    QTemporaryDir inputs;
    for (const QString &f : test::corpusFiles())
        QFile::copy(f, inputs.filePath(QFileInfo(f).fileName()));
    QFile bad(inputs.filePath(QStringLiteral("broken.txt")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("\xff\xfe not utf-8");
    bad.close();

    const ImportSummary summary = importAndWait(w->window(), {inputs.path()});
    EXPECT_EQ(summary.imported, test::corpusFiles().size());
    ASSERT_EQ(summary.failures.size(), 1);
    EXPECT_TRUE(summary.failures.first().first.endsWith(QStringLiteral("broken.txt")));
    EXPECT_FALSE(w->window().importRunning());
    // The list shows the new articles and the first one is open.
    EXPECT_EQ(w->window().libraryModel()->totalCount(), test::corpusFiles().size());
    EXPECT_NE(w->window().currentArticleId(), 0);

    const ImportSummary again = importAndWait(w->window(), {inputs.path()});
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.duplicates, test::corpusFiles().size());
}

TEST_F(MainWindowTest, ImportWorkerUsesItsOwnConnectionAndCanBeCancelled)
{
    {
        auto w = openWindow(); // the window's connection stays open meanwhile
        ImportWorker worker(m_libraryPath, test::corpusFiles());
        QSignalSpy progress(&worker, &ImportWorker::progress);
        QSignalSpy done(&worker, &ImportWorker::importFinished);
        worker.start();
        ASSERT_TRUE(!done.isEmpty() || done.wait(60000)); // the thread may have finished already
        EXPECT_EQ(worker.summary().imported, test::corpusFiles().size());
        EXPECT_FALSE(progress.isEmpty());
        EXPECT_EQ(progress.last().at(0).toInt(), progress.last().at(1).toInt());
    }
    // Enough files for several batches; a cancelled import stops after the
    // batch in hand, and keeps what it committed.
    QTemporaryDir other;
    const QStringList corpus = test::corpusFiles();
    for (int i = 0; i < 160; ++i)
        QFile::copy(corpus.at(i % corpus.size()),
                    other.filePath(QStringLiteral("a%1.txt").arg(i, 3, 10, QLatin1Char('0'))));
    ImportWorker cancelled(other.filePath(QStringLiteral("lib.sqlite")), {other.path()});
    QSignalSpy done(&cancelled, &ImportWorker::importFinished);
    cancelled.cancel();
    cancelled.start();
    ASSERT_TRUE(!done.isEmpty() || done.wait(60000)); // the thread may have finished already
    const ImportSummary &s = cancelled.summary();
    EXPECT_TRUE(s.cancelled);
    EXPECT_LT(s.imported + s.duplicates + s.failures.size(), 160);
}

TEST_F(MainWindowTest, ImportWorkerReportsALibraryItCannotOpen)
{
    ImportWorker worker(QStringLiteral("/proc/no-such-dir/library.sqlite"), test::corpusFiles());
    QSignalSpy done(&worker, &ImportWorker::importFinished);
    worker.start();
    ASSERT_TRUE(!done.isEmpty() || done.wait(60000)); // the thread may have finished already
    EXPECT_FALSE(worker.summary().error.isEmpty());
}

TEST_F(MainWindowTest, RemembersReaderSettingsSortAndLastArticle)
{
    qint64 shown = 0;
    {
        auto w = openWindow();
        importAndWait(w->window(), test::corpusFiles());
        w->window().restoreSettings();
        ReaderSettings s;
        s.fontSize = 18;
        s.lineSpacing = 190;
        s.theme = ReaderTheme::Sepia;
        s.columnWidth = 640;
        s.fontFamily = QStringLiteral("Noto Serif Bengali");
        w->window().changeReaderSettings(s);
        w->window().libraryView()->sortByColumn(LibraryModel::TitleColumn, Qt::AscendingOrder);
        w->window().libraryView()->setCurrentIndex(w->window().libraryModel()->index(2, 0));
        shown = w->window().currentArticleId();
        ASSERT_NE(shown, 0);
        // Within the offscreen platform's screen (800×600): a larger window
        // is made to fit the screen when restored.
        w->window().resize(720, 540);
        w->window().close();
    }
    auto w = openWindow();
    w->window().restoreSettings();
    EXPECT_EQ(w->window().readerSettings().fontSize, 18);
    EXPECT_EQ(w->window().readerSettings().lineSpacing, 190);
    EXPECT_EQ(w->window().readerSettings().theme, ReaderTheme::Sepia);
    EXPECT_EQ(w->window().readerSettings().columnWidth, 640);
    EXPECT_EQ(w->window().readerSettings().fontFamily, QStringLiteral("Noto Serif Bengali"));
    EXPECT_EQ(w->window().readerView()->readerSettings(), w->window().readerSettings());
    EXPECT_EQ(w->window().currentArticleId(), shown);
    EXPECT_EQ(w->window().size(), QSize(720, 540));
    EXPECT_EQ(w->window().libraryView()->horizontalHeader()->sortIndicatorSection(),
              int(LibraryModel::TitleColumn));
}

TEST_F(MainWindowTest, ArticleActionsChangeTheLibrary)
{
    auto w = openWindow();
    importAndWait(w->window(), test::corpusFiles());
    QTableView *list = w->window().libraryView();
    list->setCurrentIndex(w->window().libraryModel()->index(0, 0));
    const qint64 first = w->window().currentArticleId();
    // Reading an article marks it read; the action toggles it back (both
    // written in the background, in the order asked for).
    w->window().readingTracker()->markRead();
    ASSERT_TRUE(waitForReadFlag(w->window(), first, true));
    QAction *read = w->window().articleMenu()->actions().at(0);
    read->trigger();
    ASSERT_TRUE(waitForReadFlag(w->window(), first, false));
    QAction *favourite = w->window().articleMenu()->actions().at(1);
    favourite->trigger();
    Result<StoredArticle> stored = w->window().store().article(first);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->favourite);
    EXPECT_FALSE(stored->read);
    // Next and previous follow the list.
    QAction *next = nullptr;
    for (QAction *a : w->window().articleMenu()->actions()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_PageDown))
            next = a;
    }
    ASSERT_NE(next, nullptr);
    next->trigger();
    EXPECT_EQ(list->currentIndex().row(), 1);
    EXPECT_NE(w->window().currentArticleId(), first);
}

// The read mark of an opened article is written off the GUI thread: while
// another connection (an import's batch) holds the write lock, the article
// opens at once and the mark follows when the lock is released.
TEST_F(MainWindowTest, OpeningAnArticleDoesNotWaitForTheWriteLock)
{
    // The writer waits for the lock as long as the test holds it.
    const test::EnvironmentOverride busy("PATHAK_BUSY_TIMEOUT", "120000");
    const qint64 id = storeOneArticle();
    ASSERT_NE(id, 0);
    auto w = openWindow();
    MainWindow &window = w->window();
    Result<std::unique_ptr<LibraryDatabase>> other = LibraryDatabase::open(m_libraryPath);
    ASSERT_TRUE(other.ok()) << other.error().toStdString();
    QSqlQuery lock(other.value()->connection());
    ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

    QSignalSpy written(&window, &MainWindow::readFlagWritten);
    ASSERT_TRUE(window.openArticle(id));
    window.readingTracker()->markRead(); // as reading to its end would
    EXPECT_EQ(window.currentArticleId(), id);
    EXPECT_FALSE(window.readerView()->toPlainText().isEmpty());
    runEventLoopOnce();
    // The writer still waits for the lock; the window does not.
    EXPECT_TRUE(written.isEmpty());
    EXPECT_FALSE(window.store().article(id)->read);
    EXPECT_FALSE(rowShowsRead(window, id));

    ASSERT_TRUE(lock.exec(QStringLiteral("COMMIT")));
    ASSERT_TRUE(written.wait(60000));
    EXPECT_EQ(written.first().first().toLongLong(), id);
    EXPECT_TRUE(window.store().article(id)->read);
    EXPECT_TRUE(rowShowsRead(window, id));
}

// Closing waits for the writer, which writes what it was asked for first.
TEST_F(MainWindowTest, AReadMarkAskedForBeforeClosingIsWritten)
{
    const test::EnvironmentOverride busy("PATHAK_BUSY_TIMEOUT", "120000");
    const qint64 id = storeOneArticle();
    ASSERT_NE(id, 0);
    auto w = openWindow();
    Result<std::unique_ptr<LibraryDatabase>> other = LibraryDatabase::open(m_libraryPath);
    ASSERT_TRUE(other.ok()) << other.error().toStdString();
    QSqlQuery lock(other.value()->connection());
    ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(w->window().openArticle(id));
    w->window().readingTracker()->markRead();
    ASSERT_TRUE(lock.exec(QStringLiteral("COMMIT")));
    w->window().close();
    w.reset();
    EXPECT_TRUE(LibraryStore(*other.value()).article(id)->read);
}

TEST_F(MainWindowTest, AReadMarkThatCannotBeWrittenIsReported)
{
    // The writer gives up on the lock at once.
    const test::EnvironmentOverride busy("PATHAK_BUSY_TIMEOUT", "1");
    const qint64 id = storeOneArticle();
    ASSERT_NE(id, 0);
    auto w = openWindow();
    MainWindow &window = w->window();
    Result<std::unique_ptr<LibraryDatabase>> other = LibraryDatabase::open(m_libraryPath);
    ASSERT_TRUE(other.ok()) << other.error().toStdString();
    QSqlQuery lock(other.value()->connection());
    ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

    QSignalSpy written(&window, &MainWindow::readFlagWritten);
    ASSERT_TRUE(window.openArticle(id));
    window.readingTracker()->markRead();
    ASSERT_TRUE(written.wait(60000));
    const QString message = window.statusBar()->currentMessage();
    EXPECT_TRUE(message.startsWith(QStringLiteral("Cannot mark article %1 as read: ").arg(id)))
        << message.toStdString();
    EXPECT_FALSE(rowShowsRead(window, id));
    ASSERT_TRUE(lock.exec(QStringLiteral("COMMIT")));
    EXPECT_FALSE(window.store().article(id)->read);
}

TEST_F(MainWindowTest, MenusListTheirShortcuts)
{
    auto w = openWindow();
    int withShortcut = 0;
    for (QMenu *m : {w->window().fileMenu(), w->window().articleMenu(), w->window().viewMenu()}) {
        for (QAction *a : m->actions()) {
            if (!a->isSeparator() && !a->menu()) {
                EXPECT_FALSE(a->text().isEmpty());
                withShortcut += a->shortcut().isEmpty() ? 0 : 1;
            }
        }
    }
    EXPECT_GE(withShortcut, 12);
}

TEST_F(MainWindowTest, ExportMenuWritesTheStoredHighlights)
{
    auto w = openWindow();
    importAndWait(w->window(), test::corpusFiles());
    QAction *exportPdf = nullptr;
    for (QAction *a : w->window().fileMenu()->actions()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
            exportPdf = a;
    }
    ASSERT_NE(exportPdf, nullptr);

    w->window().libraryView()->setCurrentIndex(w->window().libraryModel()->index(0, 0));
    const qint64 id = w->window().currentArticleId();
    EXPECT_TRUE(exportPdf->isEnabled());
    AnnotationStore annotations(w->window().database());
    ASSERT_TRUE(annotations.create(id, {0, 12}, AnnotationColor::Green, QStringLiteral("টীকা")).ok());
    ASSERT_TRUE(annotations.create(id, {20, 30}, AnnotationColor::Underline).ok());

    QTemporaryDir out;
    ExportRequest request;
    request.path = out.filePath(QStringLiteral("digest.pdf"));
    QSignalSpy spy(w->exportActions(), &ExportActions::exportFinished);
    ASSERT_TRUE(w->exportActions()->startExport({id}, request));
    EXPECT_FALSE(exportPdf->isEnabled()); // one export at a time
    ASSERT_TRUE(spy.wait(60000));
    const auto outcome = spy.first().first().value<ExportOutcome>();
    EXPECT_TRUE(outcome.ok) << outcome.error.toStdString();
    EXPECT_EQ(outcome.highlights, 2);
    EXPECT_GE(outcome.pages, 1);
    EXPECT_TRUE(test::readAll(request.path).startsWith("%PDF-"));
    EXPECT_TRUE(exportPdf->isEnabled());
}

TEST_F(MainWindowTest, InterfaceInBengaliAndEnglish)
{
    EXPECT_EQ(UiLanguage::apply(QStringLiteral("bn")), QStringLiteral("bn"));
    {
        auto w = openWindow();
        EXPECT_EQ(w->window().fileMenu()->title(), QStringLiteral("ফাইল(&F)"));
        EXPECT_EQ(QCoreApplication::translate("pathak::ui::ExportActions", "Export &PDF…"),
                  QStringLiteral("PDF রপ্তানি(&P)…"));
    }
    UiLanguage::apply(QStringLiteral("en"));
    auto w = openWindow();
    EXPECT_EQ(w->window().fileMenu()->title(), QStringLiteral("&File"));
    // English plural forms come from its own translation file.
    EXPECT_EQ(
        QCoreApplication::translate("pathak::ui::ExportActions", "Exporting %n article(s)…", nullptr, 1),
        QStringLiteral("Exporting 1 article…"));
    EXPECT_EQ(
        QCoreApplication::translate("pathak::ui::ExportActions", "Exporting %n article(s)…", nullptr, 3),
        QStringLiteral("Exporting 3 articles…"));
}

// Every string of the interface has its Bengali translation.
TEST(Translations, BengaliIsComplete)
{
    QFile ts(test::dataDir() + QStringLiteral("/../../resources/translations/pathak_bn.ts"));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("message"))
            ++messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") &&
                 (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished") ||
                  xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished")))
            unfinished.append(source);
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 200);
    EXPECT_TRUE(unfinished.isEmpty()) << unfinished.join(QStringLiteral(" | ")).toStdString();
}
