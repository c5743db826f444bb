#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QTextBrowser;

namespace pathak {
class LibraryDatabase;
class LibraryStore;
}

namespace pathak::ui {

// The reader's main window: the library list beside the reading view.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<LibraryDatabase> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the library at path and runs the event loop; returns the exit code.
    static int runApplication(const QString &libraryPath);

private:
    void reloadList();
    void showArticle(qint64 id);

    std::unique_ptr<LibraryDatabase> m_db;
    std::unique_ptr<LibraryStore> m_store;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_reader = nullptr;
};

} // namespace pathak::ui
