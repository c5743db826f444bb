#pragma once

#include <QString>

#include <memory>

namespace pathak {
class LibraryDatabase;
}

namespace pathak::ui {

class AnnotationController;
class ExportActions;
class LibraryArchiveActions;
class MainWindow;
class SearchPanel;
class WebActions;

// The composition root: makes the window and installs every feature in it.
// Nothing else knows the whole set; the window knows none of them and each
// feature knows only WindowHost. The app, the screenshot command, the tests
// and the benchmark all build the reader through here.
class ReaderApp
{
public:
    explicit ReaderApp(std::unique_ptr<LibraryDatabase> db);
    ~ReaderApp();
    ReaderApp(const ReaderApp &) = delete;
    ReaderApp &operator=(const ReaderApp &) = delete;

    MainWindow &window() { return *m_window; }
    AnnotationController *annotations() const { return m_annotations; }
    ExportActions *exportActions() const { return m_exportActions; }
    WebActions *webActions() const { return m_webActions; }
    LibraryArchiveActions *libraryArchiveActions() const { return m_libraryArchive; }
    SearchPanel *searchPanel() const { return m_search; }

    // Opens the library at path (offering recovery when it is damaged), shows
    // the window, and runs the event loop; returns the exit code.
    static int run(const QString &libraryPath);

private:
    std::unique_ptr<MainWindow> m_window;
    // Owned by the window (as its children), like every widget in it.
    AnnotationController *m_annotations = nullptr;
    ExportActions *m_exportActions = nullptr;
    WebActions *m_webActions = nullptr;
    LibraryArchiveActions *m_libraryArchive = nullptr;
    SearchPanel *m_search = nullptr;
};

} // namespace pathak::ui
