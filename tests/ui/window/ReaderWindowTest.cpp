// The window as a reader uses it: the reading column first, panels one key
// away, where you left off, when an article counts as read, themes over the
// whole window, the keyboard, the first start.
#include "ui/window/MainWindow.h"

#include "import/ArticleImporter.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "TestLibrary.h"
#include "ui/app/ReaderApp.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryPane.h"
#include "ui/reader/ReaderView.h"
#include "ui/reader/ThemePalette.h"
#include "ui/search/SearchPanel.h"
#include "ui/window/ShortcutsDialog.h"
#include "ui/window/SidePanels.h"
#include "ui/window/WindowEvents.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::ui;

namespace {

class ReaderWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }
    void TearDown() override { ThemePalette::apply(ReaderTheme::Light); }

    std::unique_ptr<ReaderApp> openWindow()
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(m_libraryPath);
        EXPECT_TRUE(db.ok());
        return std::make_unique<ReaderApp>(std::move(db).value());
    }

    // Stores the test articles before the window opens; returns their ids.
    QList<qint64> storeCorpus()
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(m_libraryPath);
        EXPECT_TRUE(db.ok());
        if (!db)
            return {};
        LibraryStore store(*db.value());
        QList<NewArticle> articles;
        for (const QString &file : test::corpusFiles())
            articles.append(ArticleImporter::readFile(file).value());
        return test::storeArticles(store, articles);
    }

    qint64 seedId(const QList<qint64> &ids) const
    {
        const QStringList files = test::corpusFiles();
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (files.at(i).endsWith(QLatin1String("seed-lavrov-rubio.txt")))
                return ids.value(i);
        }
        return 0;
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_libraryDir;
    QString m_libraryPath = m_libraryDir.filePath(QStringLiteral("library.sqlite"));
};

// Lets the window lay itself out (posted layout and resize events).
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

void showAt(MainWindow &w, int width, int height)
{
    w.resize(width, height);
    w.show();
    settle();
}

double readerShare(MainWindow &w)
{
    return double(w.readerView()->width()) / w.width();
}

QList<QDockWidget *> visibleDocks(MainWindow &w)
{
    return w.sidePanels()->visibleDocks();
}

bool waitForReadFlag(MainWindow &w, qint64 id)
{
    QSignalSpy written(&w, &MainWindow::readFlagWritten);
    for (;;) {
        const int row = w.libraryModel()->rowOf(id);
        if (row >= 0 && w.libraryModel()->index(row, 0).data(LibraryModel::ReadRole).toBool())
            return true;
        if (!written.wait(60000))
            return false;
    }
}

} // namespace

TEST_F(ReaderWindowTest, TheReadingColumnGetsMostOfTheWindowOnAFirstStart)
{
    const QList<qint64> ids = storeCorpus();
    ASSERT_FALSE(ids.isEmpty());
    {
        auto app = openWindow();
        MainWindow &w = app->window();
        w.restoreSettings();
        ASSERT_TRUE(w.openArticle(seedId(ids)));
        showAt(w, 1200, 800);
        EXPECT_GE(readerShare(w), 0.55) << w.readerView()->width();
        // The side bar: the library and search share it; the annotations start hidden.
        EXPECT_TRUE(w.libraryDock()->isVisible());
        for (QDockWidget *d : visibleDocks(w))
            EXPECT_EQ(w.dockWidgetArea(d), Qt::LeftDockWidgetArea) << d->objectName().toStdString();
        // The list gives the title the free width and scrolls only down.
        QTableView *list = w.libraryView();
        EXPECT_GE(list->horizontalHeader()->sectionSize(LibraryModel::TitleColumn),
                  list->viewport()->width() * 55 / 100);
        EXPECT_FALSE(list->horizontalScrollBar()->isVisible());

        showAt(w, 1024, 740);
        EXPECT_GE(readerShare(w), 0.55);
        // Narrow: the panels give way to the article…
        showAt(w, 800, 600);
        EXPECT_GE(readerShare(w), 0.60);
        EXPECT_TRUE(visibleDocks(w).isEmpty());
        // …and come back when there is room again.
        showAt(w, 1200, 800);
        EXPECT_TRUE(w.libraryDock()->isVisible());
        w.close();
    }
}

TEST_F(ReaderWindowTest, PanelsToggleWithAKeyAndFocusModeHidesThemAll)
{
    storeCorpus();
    auto app = openWindow();
    MainWindow &w = app->window();
    w.restoreSettings();
    showAt(w, 1200, 800);
    ASSERT_TRUE(w.libraryDock()->isVisible());
    QTest::keyClick(&w, Qt::Key_F9);
    settle();
    EXPECT_FALSE(w.libraryDock()->isVisible());
    QTest::keyClick(&w, Qt::Key_F9);
    settle();
    EXPECT_TRUE(w.libraryDock()->isVisible());

    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    EXPECT_TRUE(w.sidePanels()->focusMode());
    EXPECT_TRUE(visibleDocks(w).isEmpty());
    EXPECT_GE(readerShare(w), 0.95);
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    EXPECT_FALSE(w.sidePanels()->focusMode());
    EXPECT_TRUE(w.libraryDock()->isVisible());
}

TEST_F(ReaderWindowTest, TheReadingPositionIsRestoredAfterARestart)
{
    const QList<qint64> ids = storeCorpus();
    const qint64 seed = seedId(ids);
    ASSERT_NE(seed, 0);
    int savedOffset = 0;
    {
        auto app = openWindow();
        MainWindow &w = app->window();
        w.restoreSettings();
        showAt(w, 800, 600);
        ASSERT_TRUE(w.openArticle(seed));
        settle();
        QScrollBar *bar = w.readerView()->verticalScrollBar();
        ASSERT_GT(bar->maximum(), 0) << "the seed article fills more than one screen";
        bar->setValue(bar->maximum() / 2);
        savedOffset = w.readingTracker()->position().offset;
        EXPECT_GT(savedOffset, 0);
        EXPECT_GT(w.readingTracker()->progressPerMille(), 0);
        EXPECT_LT(w.readingTracker()->progressPerMille(), 1000);
        QSignalSpy stored(&w, &MainWindow::readingPositionWritten);
        w.close(); // writes where the reader was
        ASSERT_TRUE(stored.wait(60000));
    }
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(m_libraryPath);
        ASSERT_TRUE(db.ok());
        const std::optional<ReadingPosition> p = LibraryStore(*db.value()).readingPosition(seed).value();
        ASSERT_TRUE(p.has_value());
        EXPECT_EQ(p->offset, savedOffset);
    }
    auto app = openWindow();
    MainWindow &w = app->window();
    w.restoreSettings(); // opens the last article
    showAt(w, 800, 600);
    ASSERT_EQ(w.currentArticleId(), seed);
    EXPECT_GT(w.readerView()->verticalScrollBar()->value(), 0);
    // The text at the top is where the reader was (same window size).
    EXPECT_NEAR(w.readingTracker()->position().offset, savedOffset, 200);
    // The status bar says how far, and how long is left, in words read.
    EXPECT_FALSE(w.progressLabel()->text().isEmpty());
    EXPECT_GT(w.readingTracker()->wordCount(), 100);
}

TEST_F(ReaderWindowTest, AnArticleIsReadWhenReadNotWhenOpenedByTheWindow)
{
    const QList<qint64> ids = storeCorpus();
    const qint64 seed = seedId(ids);
    auto app = openWindow();
    MainWindow &w = app->window();
    showAt(w, 800, 600);
    // Opened by the window itself (as after an import): not read, even
    // after the time that would count for an article the user opened.
    ASSERT_TRUE(w.openArticle(seed, ReadingTracker::Opening::Automatic));
    w.readingTracker()->setDwellMs(1);
    QSignalSpy read(w.readingTracker(), &ReadingTracker::articleRead);
    settle();
    EXPECT_FALSE(read.wait(200)); // nothing to wait for: no dwell was started
    EXPECT_FALSE(w.readingTracker()->read());
    EXPECT_FALSE(w.store().article(seed)->read);

    // Scrolled to the end by the reader: read, and the row shows it.
    QScrollBar *bar = w.readerView()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    QTest::keyClick(w.readerView(), Qt::Key_End, Qt::ControlModifier);
    while (bar->value() < bar->maximum())
        QTest::keyClick(w.readerView(), Qt::Key_Space);
    EXPECT_TRUE(w.readingTracker()->read());
    ASSERT_TRUE(waitForReadFlag(w, seed));
    EXPECT_TRUE(w.store().article(seed)->read);
}

TEST_F(ReaderWindowTest, AnArticleTheUserOpenedIsReadAfterItWasShownForAWhile)
{
    const QList<qint64> ids = storeCorpus();
    auto app = openWindow();
    MainWindow &w = app->window();
    showAt(w, 1200, 800);
    w.readingTracker()->setDwellMs(1);
    QSignalSpy read(w.readingTracker(), &ReadingTracker::articleRead);
    ASSERT_TRUE(w.openArticle(ids.first()));
    ASSERT_TRUE(read.wait(60000)); // the dwell's end is an event of its own
    EXPECT_EQ(read.first().first().toLongLong(), ids.first());
    ASSERT_TRUE(waitForReadFlag(w, ids.first()));
}

TEST_F(ReaderWindowTest, ThemesColourTheWholeWindow)
{
    storeCorpus();
    auto app = openWindow();
    MainWindow &w = app->window();
    showAt(w, 1200, 800);
    for (ReaderTheme theme : {ReaderTheme::Dark, ReaderTheme::Sepia, ReaderTheme::Light}) {
        ReaderSettings s = w.readerSettings();
        s.theme = theme;
        w.setReaderSettings(s);
        settle();
        const QColor page = ReaderSettings::colorsOf(theme).background;
        const QPalette expected = ThemePalette::paletteFor(theme);
        for (QWidget *top : QApplication::topLevelWidgets()) {
            EXPECT_EQ(top->palette().color(QPalette::Window), expected.color(QPalette::Window))
                << top->metaObject()->className();
        }
        // The list, the menus, the status bar follow: not only the page.
        EXPECT_EQ(w.libraryView()->palette().color(QPalette::Base), expected.color(QPalette::Base));
        EXPECT_EQ(w.menuBar()->palette().color(QPalette::Window), expected.color(QPalette::Window));
        EXPECT_EQ(w.readerView()->palette().color(QPalette::Base), page);
        if (theme == ReaderTheme::Dark) {
            EXPECT_LT(w.palette().color(QPalette::Window).lightness(), 80);
        }
    }
}

TEST_F(ReaderWindowTest, TheDesktopsDarkPreferenceIsTheDefaultTheme)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    const QPalette before = ThemePalette::desktopPalette();
    ThemePalette::setDesktopPalette(dark);
    QSettings settings;
    settings.clear();
    EXPECT_EQ(ReaderSettings::load(settings).theme, ReaderTheme::Dark);
    settings.setValue(QStringLiteral("reader/theme"), QStringLiteral("sepia"));
    EXPECT_EQ(ReaderSettings::load(settings).theme, ReaderTheme::Sepia); // a choice wins
    ThemePalette::setDesktopPalette(before);
    settings.clear();
    EXPECT_EQ(ReaderSettings::load(settings).theme,
              ThemePalette::desktopPrefersDark() ? ReaderTheme::Dark : ReaderTheme::Light);
}

TEST_F(ReaderWindowTest, TabMovesBetweenPanesNotThroughTheListsCells)
{
    const QList<qint64> ids = storeCorpus();
    auto app = openWindow();
    MainWindow &w = app->window();
    w.restoreSettings();
    showAt(w, 1200, 800);
    QApplication::setActiveWindow(&w);
    QTableView *list = w.libraryView();
    list->setFocus();
    list->setCurrentIndex(w.libraryModel()->index(0, 0));
    const qint64 shown = w.currentArticleId();
    QTest::keyClick(list, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), w.readerView());
    // The list's current row did not move.
    EXPECT_EQ(list->currentIndex().row(), 0);
    EXPECT_EQ(w.currentArticleId(), shown);
}

TEST_F(ReaderWindowTest, SpacePagesAndCaretBrowsingSelectsWithTheKeys)
{
    const QList<qint64> ids = storeCorpus();
    auto app = openWindow();
    MainWindow &w = app->window();
    showAt(w, 800, 600);
    ASSERT_TRUE(w.openArticle(seedId(ids)));
    settle();
    ReaderView *reader = w.readerView();
    QScrollBar *bar = reader->verticalScrollBar();
    ASSERT_GT(bar->maximum(), bar->pageStep());
    QTest::keyClick(reader, Qt::Key_Space);
    const int afterOne = bar->value();
    EXPECT_GT(afterOne, bar->pageStep() / 2);
    QTest::keyClick(reader, Qt::Key_Space, Qt::ShiftModifier);
    EXPECT_EQ(bar->value(), 0);

    QTest::keyClick(&w, Qt::Key_F7);
    EXPECT_TRUE(reader->caretBrowsing());
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(reader, Qt::Key_Right, Qt::ShiftModifier);
    const std::optional<std::pair<int, int>> selected = reader->selectedPlainRange();
    ASSERT_TRUE(selected.has_value());
    EXPECT_GT(selected->second - selected->first, 0);
}

TEST_F(ReaderWindowTest, TheShortcutsDialogListsEveryShortcutOfTheMenus)
{
    auto app = openWindow();
    MainWindow &w = app->window();
    ShortcutsDialog dialog(w.menuBar(), &w);
    QStringList listed;
    for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = dialog.list()->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            listed.append(group->child(j)->text(1));
    }
    int withShortcut = 0;
    std::function<void(const QMenu *)> walk = [&](const QMenu *m) {
        for (QAction *a : m->actions()) {
            if (a->menu()) {
                walk(a->menu());
            } else if (!a->shortcut().isEmpty()) {
                ++withShortcut;
                EXPECT_TRUE(
                    listed.join(QLatin1Char('|')).contains(a->shortcut().toString(QKeySequence::NativeText)))
                    << a->text().toStdString();
            }
        }
    };
    for (QAction *top : w.menuBar()->actions()) {
        if (top->menu())
            walk(top->menu());
    }
    EXPECT_GE(withShortcut, 25);
    // No two actions of the window answer to the same key.
    QHash<QString, QString> owners;
    for (QAction *a : w.findChildren<QAction *>()) {
        for (const QKeySequence &k : a->shortcuts()) {
            const QString key = k.toString();
            if (owners.contains(key) && a->shortcutContext() != Qt::WidgetShortcut)
                ADD_FAILURE() << key.toStdString() << ": " << owners.value(key).toStdString() << " and "
                              << a->text().toStdString();
            if (a->shortcutContext() != Qt::WidgetShortcut)
                owners.insert(key, a->text());
        }
    }
}

TEST_F(ReaderWindowTest, AnEmptyLibraryShowsWhatToDoAndAnEmptyFilterSaysSo)
{
    {
        auto app = openWindow();
        MainWindow &w = app->window();
        showAt(w, 1200, 800);
        auto *central = qobject_cast<QStackedWidget *>(w.centralWidget());
        ASSERT_NE(central, nullptr);
        EXPECT_EQ(central->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QStringList buttons;
        for (QPushButton *b : central->currentWidget()->findChildren<QPushButton *>())
            buttons.append(b->text());
        EXPECT_GE(buttons.size(), 4) << buttons.join(QStringLiteral(", ")).toStdString();
        EXPECT_TRUE(buttons.join(QLatin1Char('|')).contains(QStringLiteral("Ctrl+O")));
        // An import fills it: the reader takes over.
        QSignalSpy done(&w.events(), &WindowEvents::importFinished);
        ASSERT_TRUE(w.startImport(test::corpusFiles()));
        ASSERT_TRUE(done.wait(60000));
        EXPECT_EQ(central->currentWidget(), w.readerView());
        // Opened by the window after the import: not read.
        EXPECT_NE(w.currentArticleId(), 0);
        EXPECT_FALSE(w.store().article(w.currentArticleId())->read);
        w.close();
    }
    auto app = openWindow();
    MainWindow &w = app->window();
    showAt(w, 1200, 800);
    LibraryPane *pane = w.libraryPane();
    pane->favouritesOnly()->setChecked(true); // nothing is a favourite yet
    settle();
    auto *label = pane->findChild<QLabel *>(QStringLiteral("emptyListLabel"));
    auto *clear = pane->findChild<QPushButton *>(QStringLiteral("clearFilters"));
    ASSERT_NE(label, nullptr);
    ASSERT_NE(clear, nullptr);
    EXPECT_TRUE(label->isVisible());
    EXPECT_FALSE(w.libraryView()->isVisible());
    clear->click();
    settle();
    EXPECT_FALSE(pane->favouritesOnly()->isChecked());
    EXPECT_TRUE(w.libraryView()->isVisible());
    EXPECT_GT(w.libraryModel()->rowCount(), 0);
}

TEST_F(ReaderWindowTest, TheWindowTitleNamesTheArticle)
{
    const QList<qint64> ids = storeCorpus();
    auto app = openWindow();
    MainWindow &w = app->window();
    EXPECT_EQ(w.windowTitle(), QStringLiteral("Pathak"));
    ASSERT_TRUE(w.openArticle(ids.first()));
    const QString title = w.store().article(ids.first())->article.title;
    EXPECT_TRUE(w.windowTitle().startsWith(title)) << w.windowTitle().toStdString();
    EXPECT_TRUE(w.windowTitle().endsWith(QStringLiteral("Pathak")));
}

TEST_F(ReaderWindowTest, ASavedWindowLargerThanTheScreenComesBackInsideIt)
{
    {
        auto app = openWindow();
        MainWindow &w = app->window();
        w.setGeometry(QRect(50, 50, 3000, 2200));
        w.show();
        settle();
        w.close();
    }
    auto app = openWindow();
    MainWindow &w = app->window();
    w.restoreSettings();
    w.show();
    settle();
    const QRect screen = w.screen()->availableGeometry();
    EXPECT_LE(w.frameGeometry().width(), screen.width());
    EXPECT_LE(w.frameGeometry().height(), screen.height());
    EXPECT_TRUE(screen.contains(w.frameGeometry().topLeft()));
}

TEST_F(ReaderWindowTest, EveryControlHasANameForScreenReaders)
{
    storeCorpus();
    auto app = openWindow();
    MainWindow &w = app->window();
    w.restoreSettings();
    showAt(w, 1920, 1080);
    QStringList nameless;
    for (QWidget *c : w.findChildren<QWidget *>()) {
        if (!c->isVisible() || c->focusPolicy() == Qt::NoFocus)
            continue;
        QString name = c->accessibleName();
        if (auto *b = qobject_cast<QAbstractButton *>(c); b && name.isEmpty())
            name = b->text();
        if (auto *e = qobject_cast<QLineEdit *>(c); e && name.isEmpty())
            name = e->placeholderText();
        // The side bar's tabs: a screen reader reads each tab's text (a bar
        // with no tab is one QMainWindow keeps for later).
        if (auto *t = qobject_cast<QTabBar *>(c); t && name.isEmpty())
            name = t->count() > 0 ? t->tabText(0) : QStringLiteral("(no tabs)");
        if (name.isEmpty() && c->toolTip().isEmpty())
            nameless.append(QString::fromLatin1(c->metaObject()->className()) + QLatin1Char(' ') +
                            c->objectName());
    }
    EXPECT_TRUE(nameless.isEmpty()) << nameless.join(QStringLiteral(", ")).toStdString();
    EXPECT_FALSE(w.readerView()->accessibleName().isEmpty());
}

TEST_F(ReaderWindowTest, SearchMarksAreNotHighlightsAndLeaveWithTheSearch)
{
    const QList<qint64> ids = storeCorpus();
    auto app = openWindow();
    MainWindow &w = app->window();
    showAt(w, 1200, 800);
    SearchPanel *panel = app->searchPanel();
    QSignalSpy finished(panel, &SearchPanel::searchFinished);
    panel->searchFor(QStringLiteral("রাশিয়া"));
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(panel->openResult(0));
    bool anyMark = false;
    for (const QString &layer : {QStringLiteral("search"), QStringLiteral("search-current")}) {
        for (const ReaderHighlight &h : w.readerView()->highlights(layer)) {
            anyMark = true;
            EXPECT_TRUE(h.searchMark);
        }
    }
    EXPECT_TRUE(anyMark);
    panel->searchFor(QString());
    for (const QString &layer : {QStringLiteral("search"), QStringLiteral("search-current")})
        EXPECT_TRUE(w.readerView()->highlights(layer).isEmpty());
}
