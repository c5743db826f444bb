#include "ui/export/LibraryArchiveActions.h"

#include "library/LibraryDatabase.h"
#include "ui/export/LibraryArchiveWorker.h"
#include "ui/window/WindowHost.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace pathak::ui {

LibraryArchiveActions::LibraryArchiveActions(WindowHost *window)
    : QObject(&window->widget()), m_window(window), m_exportAction(new QAction(this)),
      m_importAction(new QAction(this))
{
    m_exportAction->setObjectName(QStringLiteral("exportLibraryAction"));
    m_importAction->setObjectName(QStringLiteral("importLibraryAction"));
    QMenu *menu = window->fileMenu();
    // Import Library… closes the import section; Export Library… ends the export section.
    menu->insertAction(window->exportSeparator(), m_importAction);
    const QList<QAction *> actions = menu->actions();
    const qsizetype at = actions.indexOf(window->exportSeparator());
    QAction *next = nullptr;
    for (qsizetype i = at + 1; i < actions.size(); ++i) {
        if (actions.at(i)->isSeparator()) {
            next = actions.at(i);
            break;
        }
    }
    menu->insertAction(next, m_exportAction);

    connect(m_exportAction, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(&m_window->widget(), tr("Export the Whole Library"),
                                         tr("pathak-library.zip"), tr("ZIP archives (*.zip)"));
        if (!path.isEmpty())
            startExport(path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)
                            ? path
                            : path + QStringLiteral(".zip"));
    });
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(&m_window->widget(), tr("Import a Library Export"),
                                                          {}, tr("ZIP archives (*.zip)"));
        if (!path.isEmpty())
            startImport(path);
    });
    window->widget().installEventFilter(this);
    retranslate();
}

bool LibraryArchiveActions::startExport(const QString &archivePath)
{
    return start(true, archivePath);
}

bool LibraryArchiveActions::startImport(const QString &archivePath)
{
    return start(false, archivePath);
}

bool LibraryArchiveActions::start(bool exporting, const QString &archivePath)
{
    if (m_worker) {
        m_window->widget().statusBar()->showMessage(tr("A library export or import is already running."),
                                                    5000);
        return false;
    }
    m_worker = new LibraryArchiveWorker(exporting ? LibraryArchiveWorker::Task::Export
                                                  : LibraryArchiveWorker::Task::Import,
                                        m_window->database().path(), archivePath, this);
    m_exportAction->setEnabled(false);
    m_importAction->setEnabled(false);
    m_progress = new QProgressDialog(exporting ? tr("Exporting the library…") : tr("Importing the library…"),
                                     tr("Cancel"), 0, 0, &m_window->widget());
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_worker, &LibraryArchiveWorker::cancel);
    connect(m_worker, &LibraryArchiveWorker::progress, m_progress, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_worker, &LibraryArchiveWorker::done, this, &LibraryArchiveActions::onDone);
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_window->widget().statusBar()->showMessage(m_progress->labelText());
    m_worker->start();
    return true;
}

void LibraryArchiveActions::onDone(bool ok, const QString &summary, const QStringList &problems)
{
    const bool imported = m_worker && m_worker->task() == LibraryArchiveWorker::Task::Import;
    // The thread ends a moment later and deletes itself; the next may start now.
    m_worker = nullptr;
    if (m_progress)
        m_progress->deleteLater();
    m_exportAction->setEnabled(true);
    m_importAction->setEnabled(true);
    if (imported)
        m_window->reloadLibrary();
    m_window->widget().statusBar()->showMessage(summary, 10000);
    if (!ok && (!problems.isEmpty() || !imported)) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, imported ? tr("Import Library") : tr("Export Library"),
            problems.isEmpty() ? summary
                               : summary + QStringLiteral("\n\n") + problems.join(QLatin1Char('\n')),
            QMessageBox::Ok, &m_window->widget());
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit finished(ok, summary);
}

bool LibraryArchiveActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == parent())
        retranslate();
    return QObject::eventFilter(watched, event);
}

void LibraryArchiveActions::retranslate()
{
    m_exportAction->setText(tr("Export &Library…"));
    m_exportAction->setStatusTip(
        tr("Export every article, its original, annotations, tags and the feeds to one ZIP archive"));
    m_importAction->setText(tr("Import L&ibrary…"));
    m_importAction->setStatusTip(
        tr("Read a library export into this library, without storing anything twice"));
}

} // namespace pathak::ui
