#include "ui/app/ReaderApp.h"

#include "library/LibraryDatabase.h"
#include "library/sqlite/ReadStop.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/export/ExportActions.h"
#include "ui/export/LibraryArchiveActions.h"
#include "ui/library/LibraryRecoveryDialog.h"
#include "ui/reader/ReaderFonts.h"
#include "ui/search/SearchPanel.h"
#include "ui/web/WebActions.h"
#include "ui/window/MainWindow.h"
#include "ui/window/UiLanguage.h"

#include <QApplication>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace pathak::ui {

ReaderApp::ReaderApp(std::unique_ptr<LibraryDatabase> db)
    : m_window(std::make_unique<MainWindow>(std::move(db)))
{
    m_annotations = new AnnotationController(*m_window);
    m_exportActions = new ExportActions(m_window.get());
    m_libraryArchive = new LibraryArchiveActions(m_window.get());
    m_webActions = new WebActions(m_window.get());
    m_search = new SearchPanel(*m_window); // docks itself; owned by its dock
    m_window->arrangePanels();
}

ReaderApp::~ReaderApp() = default;

int ReaderApp::run(const QString &libraryPath)
{
    UiLanguage::apply(UiLanguage::setting());
    ReaderFonts::ensureLoaded();
    std::unique_ptr<LibraryDatabase> db = LibraryRecoveryDialog::openForStart(libraryPath);
    if (!db)
        return 1;
    const QString path = db->path();
    ReaderApp app(std::move(db));
    MainWindow &window = app.window();
    window.restoreSettings();
    window.show();
    // The full read starts once the window has been painted and the list
    // filled, so it does not compete with them for the disk.
    // Quitting stops a read still going (on a large library it takes
    // seconds) instead of waiting for it; the next start reads again.
    QPointer<QThread> check;
    const auto stopCheck = std::make_shared<ReadStop>();
    QTimer::singleShot(1000, &window, [&check, &window, path, stopCheck] {
        check = LibraryRecoveryDialog::startCheckAndBackup(
            path, &window, [&window](const QString &reason) { window.libraryDamageFound(reason); },
            stopCheck);
    });
    const int status = QApplication::exec();
    stopCheck->stop();
    if (check)
        check->wait();
    return status;
}

} // namespace pathak::ui
