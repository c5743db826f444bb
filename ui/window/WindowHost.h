#pragma once

#include <QMainWindow>

class QAction;
class QMenu;
class QTableView;

namespace pathak {
class LibraryDatabase;
class LibraryStore;
} // namespace pathak

namespace pathak::ui {

class LibraryModel;
class ReaderView;
class WindowEvents;

// What a feature (annotations, search, export, web) may use of the window
// it is installed in. Features include this, never MainWindow.h, so the
// shell can change without touching them and no feature reaches another
// through the window.
//
// - widget(): the QMainWindow, as the parent of dialogs and docks, for the
//   menu bar and the status bar.
// - Menus: add actions to them (File has an "import" section and an
//   "export" section; insert before exportSeparator() to keep the order).
// - database() and store(): the window's connection, for the GUI thread
//   only. Work that takes long opens its own connection on a worker.
// - events(): what happens in the window (the article shown, an import).
// - After changing the library behind the window's back, call
//   reloadLibrary() (whole list) or refreshArticle(id) (one row).
class WindowHost
{
public:
    virtual ~WindowHost() = default;

    virtual QMainWindow &widget() = 0;
    virtual WindowEvents &events() = 0;
    virtual LibraryDatabase &database() = 0;
    virtual LibraryStore &store() = 0;
    virtual ReaderView *readerView() const = 0;
    virtual LibraryModel *libraryModel() const = 0;
    virtual QTableView *libraryView() const = 0;

    virtual QMenu *fileMenu() const = 0;
    virtual QMenu *articleMenu() const = 0;
    virtual QMenu *viewMenu() const = 0;
    virtual QMenu *toolsMenu() const = 0;
    virtual QMenu *helpMenu() const = 0;
    virtual QAction *exportSeparator() const = 0;

    // The article the reader shows, 0 when none.
    virtual qint64 currentArticleId() const = 0;
    // Shows the article and selects its row; false when it is not in the library.
    virtual bool openArticle(qint64 id) = 0;
    virtual void reloadLibrary() = 0;
    virtual void refreshArticle(qint64 id) = 0;
    // Offers the action on the page an empty library shows (what to do
    // first: import, save a web page, add a feed).
    virtual void addStartAction(QAction *action) = 0;
};

} // namespace pathak::ui
