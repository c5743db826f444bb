#pragma once

#include "ui/library/ImportWorker.h"
#include "ui/reader/ReaderSettings.h"
#include "ui/reader/ReadingTracker.h"
#include "ui/window/WindowHost.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QMenu;
class QProgressBar;
class QDockWidget;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace pathak {
class LibraryDatabase;
class LibraryStore;
} // namespace pathak

namespace pathak::ui {

class LibraryModel;
class LibraryPane;
class LibraryWriter;
class ReaderView;
class SidePanels;
class WelcomePage;
class WindowEvents;

// The reader's main window, the shell: the library list beside the reading
// view, the menus, the status bar and the import of files. The features
// (annotations, search, export, web) are installed in it by ReaderApp and
// see it only as a WindowHost.
class MainWindow : public QMainWindow, public WindowHost
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<LibraryDatabase> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The background read of the library file found damage.
    void libraryDamageFound(const QString &reason);

    // WindowHost
    QMainWindow &widget() override { return *this; }
    WindowEvents &events() override { return *m_events; }
    LibraryDatabase &database() override { return *m_db; }
    LibraryStore &store() override { return *m_store; }
    LibraryModel *libraryModel() const override { return m_model; }
    QTableView *libraryView() const override { return m_listView; }
    ReaderView *readerView() const override { return m_reader; }
    QMenu *fileMenu() const override { return m_fileMenu; }
    QMenu *articleMenu() const override { return m_articleMenu; }
    QMenu *viewMenu() const override { return m_viewMenu; }
    QMenu *toolsMenu() const override { return m_toolsMenu; }
    QMenu *helpMenu() const override { return m_helpMenu; }
    QAction *exportSeparator() const override { return m_exportSeparator; }
    qint64 currentArticleId() const override;
    bool openArticle(qint64 id) override;
    void reloadLibrary() override;
    void refreshArticle(qint64 id) override;
    void addStartAction(QAction *action) override;

    // Opens an article; an Automatic opening (after an import, a delete)
    // does not count as reading it (see ReadingTracker).
    bool openArticle(qint64 id, ReadingTracker::Opening how);

    QHBoxLayout *listToolBarLayout() const;
    LibraryPane *libraryPane() const { return m_libraryPane; }
    QDockWidget *libraryDock() const { return m_libraryDock; }
    SidePanels *sidePanels() const { return m_panels; }
    ReadingTracker *readingTracker() const { return m_tracker; }
    QLabel *progressLabel() const { return m_progressLabel; }
    // Call once the features have added their panels: arranges them for
    // reading (see SidePanels).
    void arrangePanels();

    const ReaderSettings &readerSettings() const { return m_readerSettings; }
    // Applies settings for this window only (screenshots, tests)…
    void setReaderSettings(const ReaderSettings &settings);
    // …and as the user's choice, remembered in QSettings.
    void changeReaderSettings(const ReaderSettings &settings);

    // Imports on a worker thread; false when an import is already running.
    bool startImport(const QStringList &paths);
    bool importRunning() const { return m_import != nullptr; }
    void cancelImport();

    // Restores / saves geometry, reader settings, sort, filters, last article.
    void restoreSettings();
    void saveSettings() const;

signals:
    // An article's read flag (set by reading it or by Mark as Read/Unread)
    // was written by the background writer and its row shows it, or the
    // write failed and the status bar says why.
    void readFlagWritten(qint64 articleId);
    // The reading position of an article was stored (or could not be).
    void readingPositionWritten(qint64 articleId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createStatusBar();
    void retranslate();
    void updateActions();
    void updateCount();
    void updateCentralPage();
    void updateWindowTitle();
    void updateProgress(int perMille, int minutesLeft);
    void clampToScreen();
    void continueReading();
    void showShortcuts();
    void toggleFullScreen(bool on);

    void onCurrentRowChanged(const QModelIndex &current);
    void importFilesDialog();
    void importFolderDialog();
    void onImportFinished(const ImportSummary &summary);
    void onReadFailed(qint64 id, bool read, const QString &error);
    void toggleRead();
    void toggleFavourite();
    void renameArticle();
    void deleteArticle();
    // After a delete: the status bar offers to take it back.
    void offerUndoDelete(const QList<qint64> &ids, const QString &message);
    void undoDelete();
    void showTrash();
    // Shows articles that came back from the trash.
    void articlesRestored(const QList<qint64> &ids);
    void moveBy(int delta);
    void zoomBy(qreal steps);
    void openSettingsDialog();

    std::unique_ptr<LibraryDatabase> m_db;
    std::unique_ptr<LibraryStore> m_store;
    // The read flags, written off the GUI thread: opening an article must not
    // wait for an import's write lock.
    std::unique_ptr<LibraryWriter> m_writer;
    LibraryModel *m_model = nullptr;
    QTableView *m_listView = nullptr;
    LibraryPane *m_libraryPane = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    SidePanels *m_panels = nullptr;
    QStackedWidget *m_central = nullptr;
    ReaderView *m_reader = nullptr;
    WelcomePage *m_welcome = nullptr;
    ReadingTracker *m_tracker = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QToolButton *m_importCancel = nullptr;
    QPointer<ImportWorker> m_import;
    WindowEvents *m_events = nullptr;
    ReaderSettings m_readerSettings;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_articleMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_exportSeparator = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_readAction = nullptr;
    QAction *m_favouriteAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_undoDeleteAction = nullptr;
    QAction *m_trashAction = nullptr;
    QToolButton *m_undoDeleteButton = nullptr;
    QList<qint64> m_lastDeleted; // what Undo Delete brings back
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_widerAction = nullptr;
    QAction *m_narrowerAction = nullptr;
    QAction *m_spacingMoreAction = nullptr;
    QAction *m_spacingLessAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_lightAction = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_sepiaAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_continueAction = nullptr;
    QAction *m_focusAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_caretAction = nullptr;
    // Set while the window itself changes the list's current row (after a
    // delete): the article it opens is not one the user chose.
    bool m_openingAutomatically = false;
    bool m_themeApplied = false;
    bool m_clampWhenShown = false; // a restored geometry, checked again with the frame
};

} // namespace pathak::ui
