#pragma once

#include "ImportWorker.h"
#include "ReaderSettings.h"

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
class QSplitter;
class QTableView;
class QToolButton;

namespace pathak {
class LibraryDatabase;
class LibraryStore;
}

namespace pathak::ui {

class AnnotationController;
class ExportActions;
class LibraryModel;
class WebActions;
class ReaderView;

// The reader's main window: the library list beside the reading view.
//
// Adding to it: features hook in from outside with small additive edits.
// - Menus: fileMenu(), articleMenu(), viewMenu(), toolsMenu(), helpMenu()
//   are public; add actions to them (File has an "import" section and an
//   "export" section; insert before exportSeparator() to keep the order).
// - Panels: addDockWidget(Qt::RightDockWidgetArea, …) — dock state is saved
//   with the window, so give each dock an objectName.
// - The list's own toolbar row (search field…): listToolBarLayout().
// - currentArticleChanged(id) says which article the reader shows;
//   readerView() gives the highlights API (see ReaderView.h); store() and
//   database() are the window's connection, for this (the GUI) thread only.
// - After changing the library behind the window's back, call
//   reloadLibrary() (whole list) or refreshArticle(id) (one row).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<LibraryDatabase> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the library at path and runs the event loop; returns the exit code.
    static int runApplication(const QString &libraryPath);
    // What runApplication() opens the library with (also the benchmark's start).
    static std::unique_ptr<LibraryDatabase> openLibraryForStart(const QString &libraryPath);
    // The background read of the library file found damage.
    void libraryDamageFound(const QString &reason);

    LibraryDatabase &database() { return *m_db; }
    LibraryStore &store() { return *m_store; }
    LibraryModel *libraryModel() const { return m_model; }
    QTableView *libraryView() const { return m_listView; }
    ReaderView *readerView() const { return m_reader; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *articleMenu() const { return m_articleMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QAction *exportSeparator() const { return m_exportSeparator; }
    QHBoxLayout *listToolBarLayout() const { return m_listToolBar; }
    AnnotationController *annotations() const { return m_annotations; }
    ExportActions *exportActions() const { return m_exportActions; }
    WebActions *webActions() const { return m_webActions; }

    qint64 currentArticleId() const;
    // Shows the article and selects its row when the row is loaded.
    bool openArticle(qint64 id);
    void reloadLibrary();
    void refreshArticle(qint64 id);

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
    void currentArticleChanged(qint64 id);
    void importFinished(const pathak::ui::ImportSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createStatusBar();
    void retranslate();
    void updateActions();
    void updateCount();

    void onCurrentRowChanged(const QModelIndex &current);
    void importFilesDialog();
    void importFolderDialog();
    void onImportFinished(const ImportSummary &summary);
    void toggleRead();
    void toggleFavourite();
    void renameArticle();
    void deleteArticle();
    void moveBy(int delta);
    void zoomBy(qreal steps);
    void openSettingsDialog();

    std::unique_ptr<LibraryDatabase> m_db;
    std::unique_ptr<LibraryStore> m_store;
    LibraryModel *m_model = nullptr;
    QTableView *m_listView = nullptr;
    ReaderView *m_reader = nullptr;
    QSplitter *m_splitter = nullptr;
    QHBoxLayout *m_listToolBar = nullptr;
    QComboBox *m_readFilter = nullptr;
    QCheckBox *m_favouritesOnly = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QToolButton *m_importCancel = nullptr;
    QPointer<ImportWorker> m_import;
    AnnotationController *m_annotations = nullptr;
    ExportActions *m_exportActions = nullptr;
    WebActions *m_webActions = nullptr;
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
};

} // namespace pathak::ui
