#include "ui/window/MainWindow.h"

#include "article/ArticleLabels.h"

#include "library/ArticleTrash.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryPane.h"
#include "ui/library/LibraryRecoveryDialog.h"
#include "ui/library/LibraryWriter.h"
#include "ui/library/TrashDialog.h"
#include "ui/reader/ReaderFonts.h"
#include "ui/reader/ReaderView.h"
#include "ui/reader/ThemePalette.h"
#include "ui/window/SettingsDialog.h"
#include "ui/window/ShortcutsDialog.h"
#include "ui/window/SidePanels.h"
#include "ui/window/UiLanguage.h"
#include "ui/window/WelcomePage.h"
#include "ui/window/WindowEvents.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pathak::ui {

namespace {
constexpr int importFailuresShown = 20;
// The layout of the panels changed with the side bar: a state saved by an
// older window (a splitter beside the list) is not restored into it.
constexpr int stateVersion = 2;
} // namespace

MainWindow::MainWindow(std::unique_ptr<LibraryDatabase> db, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_store(std::make_unique<LibraryStore>(*m_db)),
      m_writer(std::make_unique<LibraryWriter>(m_db->path())), m_events(new WindowEvents(this))
{
    ReaderFonts::ensureLoaded();
    ThemePalette::rememberDesktopPalette();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/pathak.svg")));
    setAcceptDrops(true);
    // Deleted articles past the trash's keeping time go for good now; a
    // library that cannot be written keeps them until one that can.
    if (!m_db->isReadOnly())
        (void)ArticleTrash(*m_db).emptyExpired();
    createActions();
    createCentralArea();
    createMenus();
    createStatusBar();
    // Features (annotations, search, export, web) are installed by
    // ReaderApp through WindowHost; they hook into the menus, docks and
    // events made above.
    retranslate();
    m_reader->setReaderSettings(m_readerSettings);
    updateCount();
    updateActions();
    resize(1200, 800);
    connect(m_writer.get(), &LibraryWriter::readStored, this, [this](qint64 id) {
        refreshArticle(id);
        emit readFlagWritten(id);
    });
    connect(m_writer.get(), &LibraryWriter::readFailed, this, &MainWindow::onReadFailed);
    connect(m_writer.get(), &LibraryWriter::readingPositionStored, this, &MainWindow::readingPositionWritten);
    connect(m_writer.get(), &LibraryWriter::readingPositionFailed, this,
            [this](qint64 id, const QString &error) {
                statusBar()->showMessage(tr("Cannot store the reading position: %1").arg(error), 8000);
                emit readingPositionWritten(id);
            });
    m_tracker = new ReadingTracker(m_reader, this);
    connect(m_tracker, &ReadingTracker::articleRead, this, [this](qint64 id) {
        const int row = m_model->rowOf(id);
        if (row < 0 || !m_model->index(row, 0).data(LibraryModel::ReadRole).toBool())
            m_writer->setRead(id, true);
    });
    connect(
        m_tracker, &ReadingTracker::positionChanged, this,
        [this](qint64 id, const ReadingPosition &position) { m_writer->setReadingPosition(id, position); });
    connect(m_tracker, &ReadingTracker::progressChanged, this, &MainWindow::updateProgress);
    updateCentralPage();
}

MainWindow::~MainWindow()
{
    if (m_import) {
        m_import->cancel();
        m_import->wait();
    }
    // After the import: what the writer was asked for no longer waits behind it.
    m_writer->stop();
    m_writer->wait();
}

void MainWindow::createActions()
{
    auto make = [this](const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(this);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_importFilesAction = make(QKeySequence::Open, &MainWindow::importFilesDialog);
    m_importFolderAction =
        make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &MainWindow::importFolderDialog);
    m_quitAction = make(QKeySequence::Quit, &MainWindow::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_readAction = make(QKeySequence(Qt::CTRL | Qt::Key_M), &MainWindow::toggleRead);
    m_favouriteAction = make(QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::toggleFavourite);
    m_renameAction = make(QKeySequence(Qt::Key_F2), &MainWindow::renameArticle);
    m_deleteAction = make(QKeySequence::Delete, &MainWindow::deleteArticle);
    m_undoDeleteAction = make(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z), &MainWindow::undoDelete);
    m_undoDeleteAction->setEnabled(false);
    m_trashAction = make(QKeySequence(), &MainWindow::showTrash);
    m_nextAction = make(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { moveBy(1); });
    m_previousAction = make(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { moveBy(-1); });
    // The list keeps arrows for itself; these also work while reading.
    m_nextAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Down)});
    m_previousAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Up)});

    m_zoomInAction = make(QKeySequence::ZoomIn, [this] { zoomBy(1); });
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOutAction = make(QKeySequence::ZoomOut, [this] { zoomBy(-1); });
    m_zoomResetAction = make(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { zoomBy(0); });
    m_widerAction = make(QKeySequence(Qt::CTRL | Qt::Key_BracketRight), [this] {
        ReaderSettings s = m_readerSettings;
        s.columnWidth = std::min(2000, s.columnWidth + 60);
        changeReaderSettings(s);
    });
    m_narrowerAction = make(QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), [this] {
        ReaderSettings s = m_readerSettings;
        s.columnWidth = std::max(300, s.columnWidth - 60);
        changeReaderSettings(s);
    });
    m_spacingMoreAction = make(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Equal), [this] {
        ReaderSettings s = m_readerSettings;
        s.lineSpacing = std::min(300, s.lineSpacing + 10);
        changeReaderSettings(s);
    });
    m_spacingLessAction = make(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Minus), [this] {
        ReaderSettings s = m_readerSettings;
        s.lineSpacing = std::max(100, s.lineSpacing - 10);
        changeReaderSettings(s);
    });

    m_themeGroup = new QActionGroup(this);
    auto themeAction = [this](ReaderTheme theme) {
        auto *a = new QAction(m_themeGroup);
        a->setCheckable(true);
        a->setData(ReaderSettings::themeName(theme));
        connect(a, &QAction::triggered, this, [this, theme] {
            ReaderSettings s = m_readerSettings;
            s.theme = theme;
            changeReaderSettings(s);
        });
        return a;
    };
    m_lightAction = themeAction(ReaderTheme::Light);
    m_darkAction = themeAction(ReaderTheme::Dark);
    m_sepiaAction = themeAction(ReaderTheme::Sepia);

    m_continueAction = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &MainWindow::continueReading);
    m_focusAction =
        make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this](bool on) { m_panels->setFocusMode(on); });
    m_focusAction->setCheckable(true);
    m_fullScreenAction = make(QKeySequence(Qt::Key_F11), &MainWindow::toggleFullScreen);
    m_fullScreenAction->setCheckable(true);
    m_caretAction = make(QKeySequence(Qt::Key_F7), [this](bool on) { m_reader->setCaretBrowsing(on); });
    m_caretAction->setCheckable(true);
    m_shortcutsAction = make(QKeySequence(Qt::CTRL | Qt::Key_Slash), &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::Key_F1)});

    m_settingsAction = make(QKeySequence::Preferences, &MainWindow::openSettingsDialog);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_aboutAction = make(QKeySequence(), [this] {
        QMessageBox::about(this, tr("About Pathak"),
                           tr("<h3>Pathak %1</h3><p>An offline reader for Bengali news articles.</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_importFilesAction);
    m_fileMenu->addAction(m_importFolderAction);
    m_exportSeparator = m_fileMenu->addSeparator();
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_articleMenu = menuBar()->addMenu(QString());
    m_articleMenu->addAction(m_readAction);
    m_articleMenu->addAction(m_favouriteAction);
    m_articleMenu->addAction(m_renameAction);
    m_articleMenu->addAction(m_deleteAction);
    m_articleMenu->addAction(m_undoDeleteAction);
    m_articleMenu->addAction(m_trashAction);
    m_articleMenu->addSeparator();
    m_articleMenu->addAction(m_nextAction);
    m_articleMenu->addAction(m_previousAction);
    m_articleMenu->addAction(m_continueAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_libraryDock->toggleViewAction());
    m_viewMenu->addAction(m_focusAction);
    m_viewMenu->addAction(m_fullScreenAction);
    m_viewMenu->addAction(m_caretAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_spacingMoreAction);
    m_viewMenu->addAction(m_spacingLessAction);
    m_viewMenu->addAction(m_widerAction);
    m_viewMenu->addAction(m_narrowerAction);
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(m_themeGroup->actions());

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_settingsAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createCentralArea()
{
    m_model = new LibraryModel(*m_db, this);
    m_libraryDock = new QDockWidget(this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_libraryDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_libraryPane = new LibraryPane(m_model, m_libraryDock);
    m_libraryDock->setWidget(m_libraryPane);
    m_libraryDock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F9));
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    m_listView = m_libraryPane->listView();
    m_panels = new SidePanels(this);
    connect(m_panels, &SidePanels::focusModeChanged, this, [this](bool on) {
        m_focusAction->setChecked(on);
        if (on)
            m_reader->setFocus(Qt::OtherFocusReason);
    });

    m_central = new QStackedWidget(this);
    m_reader = new ReaderView(m_central);
    m_reader->setObjectName(QStringLiteral("readerView"));
    m_reader->setAcceptDrops(false); // drops go to the window: they are imports
    m_reader->viewport()->setAcceptDrops(false);
    m_welcome = new WelcomePage(m_central);
    m_welcome->addAction(m_importFilesAction);
    m_welcome->addAction(m_importFolderAction);
    m_central->addWidget(m_reader);
    m_central->addWidget(m_welcome);
    setCentralWidget(m_central);
    setTabOrder(m_listView, m_reader);

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(m_libraryPane, &LibraryPane::filtersChanged, this, [this] {
        updateCount();
        updateCentralPage();
    });
    connect(m_libraryPane, &LibraryPane::articlesDeleted, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_reader->articleId())) {
            m_tracker->articleClosed();
            m_reader->clearArticle();
            updateWindowTitle();
        }
        updateCentralPage();
        offerUndoDelete(ids, tr("Moved %Ln article(s) to the Trash", nullptr, int(ids.size())));
    });
    connect(m_model, &LibraryModel::modelReset, this, [this] {
        // Keep the article being read selected when the list is re-read.
        const qint64 id = m_reader->articleId();
        const int row = id ? m_model->rowOf(id) : -1;
        if (row >= 0) {
            QSignalBlocker block(m_listView->selectionModel());
            m_listView->selectionModel()->setCurrentIndex(
                m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        updateCount();
        updateActions();
        updateCentralPage();
    });
    connect(m_model, &LibraryModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Cannot read the library: %1").arg(message));
    });
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setTextFormat(Qt::PlainText);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("readingProgress"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_importProgress = new QProgressBar(this);
    m_importProgress->setMaximumWidth(220);
    m_importProgress->setTextVisible(true);
    m_importProgress->hide();
    m_importCancel = new QToolButton(this);
    m_importCancel->setAutoRaise(true);
    m_importCancel->hide();
    connect(m_importCancel, &QToolButton::clicked, this, &MainWindow::cancelImport);
    m_undoDeleteButton = new QToolButton(this);
    m_undoDeleteButton->setObjectName(QStringLiteral("undoDelete"));
    m_undoDeleteButton->setAutoRaise(true);
    m_undoDeleteButton->setDefaultAction(m_undoDeleteAction);
    m_undoDeleteButton->hide();
    statusBar()->addPermanentWidget(m_undoDeleteButton);
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_importCancel);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_articleMenu->setTitle(tr("&Article"));
    m_viewMenu->setTitle(tr("&View"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_importFilesAction->setText(tr("&Import Files…"));
    m_importFolderAction->setText(tr("Import &Folder…"));
    m_quitAction->setText(tr("&Quit"));
    m_readAction->setText(tr("Mark as &Read"));
    m_favouriteAction->setText(tr("&Favourite"));
    m_renameAction->setText(tr("Re&name…"));
    m_deleteAction->setText(tr("&Delete…"));
    m_undoDeleteAction->setText(tr("&Undo Delete"));
    m_undoDeleteAction->setToolTip(tr("Bring back the articles just deleted, with their annotations"));
    m_trashAction->setText(tr("&Trash…"));
    m_nextAction->setText(tr("&Next Article"));
    m_previousAction->setText(tr("&Previous Article"));
    m_zoomInAction->setText(tr("&Larger Text"));
    m_zoomOutAction->setText(tr("&Smaller Text"));
    m_zoomResetAction->setText(tr("&Default Text Size"));
    m_spacingMoreAction->setText(tr("More Line Spacing"));
    m_spacingLessAction->setText(tr("Less Line Spacing"));
    m_widerAction->setText(tr("&Wider Column"));
    m_narrowerAction->setText(tr("Na&rrower Column"));
    m_lightAction->setText(tr("&Light"));
    m_darkAction->setText(tr("&Dark"));
    m_sepiaAction->setText(tr("&Sepia"));
    m_settingsAction->setText(tr("&Settings…"));
    m_aboutAction->setText(tr("&About Pathak"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_continueAction->setText(tr("&Continue Reading"));
    m_continueAction->setToolTip(tr("Open the article you were reading where you left off"));
    m_focusAction->setText(tr("&Focus Mode (Hide Panels)"));
    m_fullScreenAction->setText(tr("F&ull Screen"));
    m_caretAction->setText(tr("&Caret Browsing"));
    m_caretAction->setToolTip(tr("Move a text cursor with the keys to select and highlight without a mouse"));
    m_libraryDock->setWindowTitle(tr("Library"));
    m_libraryDock->toggleViewAction()->setText(tr("&Library Panel"));
    m_libraryPane->retranslate();
    m_welcome->retranslate();
    m_reader->setAccessibleName(tr("Article"));
    m_reader->setAccessibleDescription(tr("The text of the article being read"));
    m_countLabel->setToolTip(tr("Articles in the list"));
    m_progressLabel->setToolTip(tr("How far you have read, and the reading time left"));
    m_importProgress->setAccessibleName(tr("Import progress"));
    m_importCancel->setToolTip(tr("Stop the import (what is already imported stays)"));
    updateWindowTitle();
    if (m_tracker)
        updateProgress(m_tracker->progressPerMille(), m_tracker->minutesLeft());
    m_importCancel->setText(tr("Cancel"));
    m_model->retranslate();
    updateCount();
    updateActions();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_clampWhenShown)
        return;
    m_clampWhenShown = false;
    // Once the window has its frame, the frame is what must fit the screen.
    QTimer::singleShot(0, this, &MainWindow::clampToScreen);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_reader->setReaderSettings(m_readerSettings); // the reader's own labels (Source, Comments)
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateActions()
{
    const QModelIndex current = m_listView->currentIndex();
    const bool has = current.isValid();
    const bool read = has && current.data(LibraryModel::ReadRole).toBool();
    for (QAction *a : {m_readAction, m_favouriteAction, m_renameAction, m_deleteAction})
        a->setEnabled(has);
    m_readAction->setText(read ? tr("Mark as &Unread") : tr("Mark as &Read"));
    m_favouriteAction->setCheckable(true);
    m_favouriteAction->setChecked(has && current.data(LibraryModel::FavouriteRole).toBool());
    m_nextAction->setEnabled(m_model->rowCount() > 0);
    m_previousAction->setEnabled(m_model->rowCount() > 0);
    const QString themeName = ReaderSettings::themeName(m_readerSettings.theme);
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == themeName);
}

void MainWindow::updateCount()
{
    if (m_countLabel)
        m_countLabel->setText(tr("%Ln article(s)", nullptr, m_model->totalCount()));
}

qint64 MainWindow::currentArticleId() const
{
    return m_reader->articleId();
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
    if (current.isValid())
        openArticle(current.data(LibraryModel::IdRole).toLongLong());
    updateActions();
}

bool MainWindow::openArticle(qint64 id)
{
    return openArticle(id, m_openingAutomatically ? ReadingTracker::Opening::Automatic
                                                  : ReadingTracker::Opening::ByUser);
}

bool MainWindow::openArticle(qint64 id, ReadingTracker::Opening how)
{
    Result<StoredArticle> stored = m_store->article(id);
    if (!stored) {
        statusBar()->showMessage(tr("Cannot open article %1: %2").arg(id).arg(stored.error()));
        return false;
    }
    Result<QByteArray> photo = m_store->image(id);
    // Where the article left behind was is written before it goes.
    m_tracker->flush();
    m_reader->showArticle(id, stored->article, photo ? photo.value() : QByteArray(),
                          ArticleLabels::byline(stored->author, stored->published));
    Result<std::optional<ReadingPosition>> position = m_store->readingPosition(id);
    // Reading it marks it read (ReadingTracker: to its end, or for a while);
    // the row shows it once the writer has stored it.
    m_tracker->articleOpened(how, position ? position.value() : std::nullopt);
    updateWindowTitle();
    updateCentralPage();
    const int row = m_model->rowOf(id);
    if (row >= 0 && m_listView->currentIndex().row() != row) {
        QSignalBlocker block(m_listView->selectionModel());
        m_listView->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_listView->scrollTo(m_model->index(row, 0));
    }
    updateActions();
    emit m_events->currentArticleChanged(id);
    return true;
}

void MainWindow::reloadLibrary()
{
    m_model->reload();
}

void MainWindow::addStartAction(QAction *action)
{
    m_welcome->addAction(action);
}

QHBoxLayout *MainWindow::listToolBarLayout() const
{
    return m_libraryPane->toolBarLayout();
}

void MainWindow::arrangePanels()
{
    m_panels->arrange();
    m_panels->applyFirstStartSizes();
}

void MainWindow::updateCentralPage()
{
    // The welcome page only for a library with nothing in it: a filter that
    // leaves no article says so in the list instead.
    const bool empty = m_model->totalCount() == 0 && !m_libraryPane->filtered() && m_reader->articleId() == 0;
    m_central->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_reader);
}

void MainWindow::updateWindowTitle()
{
    const QString title = m_reader->articleId() != 0 ? m_reader->readerDocument().article().title : QString();
    setWindowTitle(title.isEmpty() ? tr("Pathak") : tr("%1 — Pathak").arg(title));
}

void MainWindow::updateProgress(int perMille, int minutesLeft)
{
    if (m_reader->articleId() == 0) {
        m_progressLabel->clear();
        return;
    }
    const QLocale locale;
    const QString percent = locale.toString(perMille / 10) + locale.percent();
    // At the end (or when the article fits on the screen) the whole reading
    // time, which says what the article is worth; before it, what is left.
    const int total = std::max(1, (m_tracker->wordCount() + ReadingTracker::wordsPerMinute - 1) /
                                      ReadingTracker::wordsPerMinute);
    m_progressLabel->setText(minutesLeft > 0 ? tr("%1 · %Ln min left", nullptr, minutesLeft).arg(percent)
                                             : tr("%1 · %Ln min read", nullptr, total).arg(percent));
}

void MainWindow::continueReading()
{
    Result<qint64> last = m_store->lastUnfinishedArticle();
    if (!last) {
        statusBar()->showMessage(last.error(), 8000);
        return;
    }
    if (last.value() == 0) {
        statusBar()->showMessage(tr("No article is waiting to be finished."), 5000);
        return;
    }
    m_model->fetchUntil(last.value());
    openArticle(last.value(), ReadingTracker::Opening::ByUser);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::toggleFullScreen(bool on)
{
    if (on)
        showFullScreen();
    else
        showNormal();
}

// A window saved on a larger screen (or at another scale factor) comes
// back no larger than the screen it opens on, and on it.
void MainWindow::clampToScreen()
{
    QScreen *screen = this->screen();
    if (!screen || isFullScreen() || isMaximized())
        return;
    const QRect available = screen->availableGeometry();
    QRect frame = frameGeometry();
    const QSize margins = frame.size() - geometry().size();
    const QSize fits(std::min(width(), available.width() - margins.width()),
                     std::min(height(), available.height() - margins.height()));
    if (fits != size())
        resize(fits);
    frame = frameGeometry();
    QPoint topLeft = frame.topLeft();
    topLeft.setX(std::clamp(topLeft.x(), available.left(),
                            std::max(available.left(), available.right() - frame.width() + 1)));
    topLeft.setY(std::clamp(topLeft.y(), available.top(),
                            std::max(available.top(), available.bottom() - frame.height() + 1)));
    if (topLeft != frame.topLeft())
        move(topLeft);
}

void MainWindow::refreshArticle(qint64 id)
{
    m_model->refreshArticle(id);
    updateActions();
}

void MainWindow::setReaderSettings(const ReaderSettings &settings)
{
    if (settings.theme != m_readerSettings.theme || !m_themeApplied)
        ThemePalette::apply(settings.theme);
    m_themeApplied = true;
    m_readerSettings = settings;
    m_reader->setReaderSettings(settings);
    updateActions();
}

void MainWindow::changeReaderSettings(const ReaderSettings &settings)
{
    setReaderSettings(settings);
    QSettings qs;
    settings.save(qs);
}

void MainWindow::zoomBy(qreal steps)
{
    ReaderSettings s = m_readerSettings;
    s.fontSize =
        steps == 0 ? ReaderSettings::defaultFontSize
                   : std::clamp(s.fontSize + steps, ReaderSettings::minFontSize, ReaderSettings::maxFontSize);
    changeReaderSettings(s);
}

void MainWindow::toggleRead()
{
    const QModelIndex current = m_listView->currentIndex();
    if (!current.isValid())
        return;
    // Through the writer that stores the read mark of an opened article, so
    // the two are written in the order they were asked for.
    m_writer->setRead(current.data(LibraryModel::IdRole).toLongLong(),
                      !current.data(LibraryModel::ReadRole).toBool());
}

void MainWindow::onReadFailed(qint64 id, bool read, const QString &error)
{
    const QString article = QString::number(id);
    statusBar()->showMessage(read ? tr("Cannot mark article %1 as read: %2").arg(article, error)
                                  : tr("Cannot mark article %1 as unread: %2").arg(article, error));
    emit readFlagWritten(id);
}

void MainWindow::toggleFavourite()
{
    const QModelIndex current = m_listView->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(LibraryModel::IdRole).toLongLong();
    const Status st = m_store->setFavourite(id, !current.data(LibraryModel::FavouriteRole).toBool());
    if (!st)
        statusBar()->showMessage(st.error());
    refreshArticle(id);
}

void MainWindow::renameArticle()
{
    const QModelIndex current = m_listView->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(LibraryModel::IdRole).toLongLong();
    const QString old = m_model->index(current.row(), LibraryModel::TitleColumn).data().toString();
    bool ok = false;
    const QString title =
        QInputDialog::getText(this, tr("Rename Article"), tr("Title:"), QLineEdit::Normal, old, &ok);
    if (!ok || title.simplified() == old)
        return;
    const Status st = m_store->rename(id, title);
    if (!st) {
        QMessageBox::warning(this, tr("Rename Article"), st.error());
        return;
    }
    refreshArticle(id);
    if (m_reader->articleId() == id)
        openArticle(id);
}

void MainWindow::deleteArticle()
{
    // Several rows selected: the list's bulk delete, with its one question.
    if (m_listView->selectionModel()->selectedRows().size() > 1) {
        m_libraryPane->deleteSelection();
        return;
    }
    const QModelIndex current = m_listView->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(LibraryModel::IdRole).toLongLong();
    const QString title = m_model->index(current.row(), LibraryModel::TitleColumn).data().toString();
    const int notes = m_model->index(current.row(), LibraryModel::AnnotationsColumn).data().toInt();
    QString question = tr("Move “%1” to the Trash?").arg(title);
    if (notes > 0)
        question += QLatin1Char('\n') + tr("Its %Ln annotation(s) go with it.", nullptr, notes);
    question += QLatin1Char('\n') + tr("The Trash keeps it for %Ln day(s).", nullptr, ArticleTrash::keepDays);
    // The title is the page's: shown as text, never as markup.
    QMessageBox confirm(QMessageBox::Question, tr("Delete Article"), question,
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setTextFormat(Qt::PlainText);
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    const int row = current.row();
    Result<int> removed = ArticleTrash(*m_db).moveIn({id});
    if (!removed) {
        QMessageBox::warning(this, tr("Delete Article"), removed.error());
        return;
    }
    if (m_reader->articleId() == id) {
        m_tracker->articleClosed();
        m_reader->clearArticle();
        updateWindowTitle();
    }
    m_model->reload();
    const int next = std::min(row, m_model->rowCount() - 1);
    if (next >= 0) {
        m_openingAutomatically = true;
        m_listView->setCurrentIndex(m_model->index(next, 0));
        m_openingAutomatically = false;
    }
    updateCentralPage();
    offerUndoDelete({id}, tr("Moved “%1” to the Trash").arg(title));
}

void MainWindow::offerUndoDelete(const QList<qint64> &ids, const QString &message)
{
    m_lastDeleted = ids;
    m_undoDeleteAction->setEnabled(true);
    m_undoDeleteButton->show();
    statusBar()->showMessage(message, 15000);
}

void MainWindow::undoDelete()
{
    if (m_lastDeleted.isEmpty())
        return;
    ArticleTrash trash(*m_db);
    Result<QList<qint64>> entries = trash.entriesOfArticles(m_lastDeleted);
    Result<TrashRestore> restored =
        entries ? trash.restore(entries.value()) : Result<TrashRestore>::failure(entries.error());
    m_lastDeleted.clear();
    m_undoDeleteAction->setEnabled(false);
    m_undoDeleteButton->hide();
    if (!restored) {
        QMessageBox::warning(this, tr("Undo Delete"), restored.error());
        return;
    }
    if (!restored->errors.isEmpty())
        QMessageBox::warning(this, tr("Undo Delete"), restored->errors.join(QLatin1Char('\n')));
    articlesRestored(restored->articleIds);
}

void MainWindow::articlesRestored(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    m_model->reload();
    m_libraryPane->updatePlaceholder();
    updateCentralPage();
    const int row = m_model->rowOf(ids.first());
    if (row >= 0)
        m_listView->setCurrentIndex(m_model->index(row, 0));
    statusBar()->showMessage(tr("Restored %Ln article(s)", nullptr, int(ids.size())), 5000);
}

void MainWindow::showTrash()
{
    // What the trash shows may be brought back from there instead.
    m_lastDeleted.clear();
    m_undoDeleteAction->setEnabled(false);
    m_undoDeleteButton->hide();
    TrashDialog dialog(*m_db, this);
    connect(&dialog, &TrashDialog::restored, this, &MainWindow::articlesRestored);
    dialog.exec();
}

void MainWindow::moveBy(int delta)
{
    const int rows = m_model->rowCount();
    int row = m_listView->currentIndex().isValid() ? m_listView->currentIndex().row() + delta : 0;
    if (row >= rows && m_model->canFetchMore({}))
        m_model->fetchMore({});
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    if (row >= 0)
        m_listView->setCurrentIndex(m_model->index(row, 0));
}

void MainWindow::importFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), QString(), tr("Articles (*.txt *.html *.htm);;All files (*)"));
    if (!files.isEmpty())
        startImport(files);
}

void MainWindow::importFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Articles"));
    if (!dir.isEmpty())
        startImport({dir});
}

bool MainWindow::startImport(const QStringList &paths)
{
    if (m_import) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return false;
    }
    auto *worker = new ImportWorker(m_db->path(), paths, this);
    m_import = worker;
    m_importProgress->setRange(0, 0);
    m_importProgress->show();
    m_importCancel->show();
    statusBar()->showMessage(tr("Importing…"));
    connect(worker, &ImportWorker::progress, this, [this](int done, int total) {
        m_importProgress->setRange(0, std::max(1, total));
        m_importProgress->setValue(done);
    });
    connect(worker, &ImportWorker::importFinished, this, &MainWindow::onImportFinished);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
    return true;
}

void MainWindow::cancelImport()
{
    if (m_import)
        m_import->cancel();
}

void MainWindow::onImportFinished(const ImportSummary &summary)
{
    m_import = nullptr;
    m_importProgress->hide();
    m_importCancel->hide();
    m_model->reload();
    if (!summary.error.isEmpty()) {
        statusBar()->showMessage(tr("Import failed: %1").arg(summary.error));
    } else {
        QString message = tr("Imported %1, duplicates %2, failed %3")
                              .arg(summary.imported)
                              .arg(summary.duplicates)
                              .arg(summary.failures.size());
        if (summary.cancelled)
            message += QStringLiteral(" — ") + tr("cancelled");
        statusBar()->showMessage(message);
        if (m_reader->articleId() == 0 && !summary.importedIds.isEmpty())
            openArticle(summary.importedIds.first(), ReadingTracker::Opening::Automatic);
        if (!summary.failures.isEmpty()) {
            // Not modal: the summary must never stop the window from working.
            auto *box = new QMessageBox(
                QMessageBox::Warning, tr("Import"),
                tr("%n file(s) could not be imported.", nullptr, int(summary.failures.size())),
                QMessageBox::Ok, this);
            box->setTextFormat(Qt::PlainText);
            QStringList lines;
            for (qsizetype i = 0; i < summary.failures.size() && i < importFailuresShown; ++i)
                lines.append(summary.failures.at(i).first + QStringLiteral(": ") +
                             summary.failures.at(i).second);
            if (summary.failures.size() > importFailuresShown)
                lines.append(
                    tr("… and %n more", nullptr, int(summary.failures.size() - importFailuresShown)));
            box->setInformativeText(lines.mid(0, 5).join(QLatin1Char('\n')));
            // File names and reasons, never markup: setTextFormat() reaches
            // only the main text, so the informative label is set too.
            if (auto *informative = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
                informative->setTextFormat(Qt::PlainText);
            box->setDetailedText(lines.join(QLatin1Char('\n')));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setObjectName(QStringLiteral("importFailures"));
            box->open();
        }
    }
    emit m_events->importFinished(summary);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    startImport(paths);
}

void MainWindow::openSettingsDialog()
{
    SettingsDialog dialog(m_readerSettings, UiLanguage::setting(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changeReaderSettings(dialog.readerSettings());
    if (dialog.language() != UiLanguage::setting()) {
        UiLanguage::setSetting(dialog.language());
        UiLanguage::apply(dialog.language());
    }
    QSettings().setValue(QLatin1String(SettingsDialog::feedRefreshKey), dialog.feedRefreshHours());
    emit m_events->settingsChanged();
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        clampToScreen();
        m_clampWhenShown = true;
    }
    if (!restoreState(s.value(QStringLiteral("window/state")).toByteArray(), stateVersion))
        m_panels->applyFirstStartSizes();
    m_panels->restore(s);
    const int sortColumn =
        s.value(QStringLiteral("library/sortColumn"), int(LibraryModel::SavedColumn)).toInt();
    const auto sortOrder =
        Qt::SortOrder(s.value(QStringLiteral("library/sortOrder"), int(Qt::DescendingOrder)).toInt());
    m_listView->sortByColumn(sortColumn, sortOrder);
    m_libraryPane->readFilter()->setCurrentIndex(
        std::clamp(s.value(QStringLiteral("library/readFilter"), 0).toInt(), 0, 2));
    m_libraryPane->favouritesOnly()->setChecked(
        s.value(QStringLiteral("library/favouritesOnly"), false).toBool());
    setReaderSettings(ReaderSettings::load(s));
    updateActions();
    // Continue reading: the article open at the last quit, where it was left.
    const qint64 last = s.value(QStringLiteral("library/lastArticle"), 0).toLongLong();
    if (last > 0) {
        m_model->fetchUntil(last);
        openArticle(last, ReadingTracker::Opening::Automatic);
    }
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState(stateVersion));
    m_panels->save(s);
    s.setValue(QStringLiteral("library/sortColumn"), m_listView->horizontalHeader()->sortIndicatorSection());
    s.setValue(QStringLiteral("library/sortOrder"),
               int(m_listView->horizontalHeader()->sortIndicatorOrder()));
    s.setValue(QStringLiteral("library/readFilter"), m_libraryPane->readFilter()->currentIndex());
    s.setValue(QStringLiteral("library/favouritesOnly"), m_libraryPane->favouritesOnly()->isChecked());
    s.setValue(QStringLiteral("library/lastArticle"), m_reader->articleId());
    m_readerSettings.save(s);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import) {
        m_import->cancel();
        m_import->wait();
    }
    m_tracker->flush();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::libraryDamageFound(const QString &reason)
{
    LibraryRecoveryDialog::readFullyAtNextOpen(m_db->path());
    // Not modal: what is on screen stays readable; the next start offers the backup.
    auto *box =
        new QMessageBox(QMessageBox::Critical, tr("Pathak: the library is damaged"),
                        tr("The library file is damaged:\n%1").arg(m_db->path()), QMessageBox::Ok, this);
    box->setInformativeText(reason + QStringLiteral("\n\n") +
                            tr("Quit Pathak and start it again to restore the backup or start a new library. "
                               "Changes made until then may be lost."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("libraryDamaged"));
    box->open();
    statusBar()->showMessage(tr("The library file is damaged: %1").arg(reason));
}

} // namespace pathak::ui
