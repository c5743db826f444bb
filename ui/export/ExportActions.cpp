#include "ui/export/ExportActions.h"

#include "export/ExportArticleLoader.h"
#include "library/LibraryStore.h"
#include "ui/export/ExportDialog.h"
#include "ui/library/LibraryModel.h"
#include "ui/window/WindowEvents.h"
#include "ui/window/WindowHost.h"

#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>

namespace pathak::ui {

ExportActions::ExportActions(WindowHost *window) : QObject(&window->widget()), m_window(window)
{
    m_pdfAction = new QAction(this);
    m_pdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_markdownAction = new QAction(this);
    m_epubAction = new QAction(this);
    connect(m_pdfAction, &QAction::triggered, this, [this] { exportWithDialog(ExportRequest::Format::Pdf); });
    connect(m_markdownAction, &QAction::triggered, this,
            [this] { exportWithDialog(ExportRequest::Format::Markdown); });
    connect(m_epubAction, &QAction::triggered, this,
            [this] { exportWithDialog(ExportRequest::Format::Epub); });

    // The File menu's export section: after its separator, before the next one.
    QMenu *menu = window->fileMenu();
    const QList<QAction *> actions = menu->actions();
    const qsizetype at = actions.indexOf(window->exportSeparator());
    QAction *before = at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr;
    menu->insertAction(before, m_pdfAction);
    menu->insertAction(before, m_markdownAction);
    menu->insertAction(before, m_epubAction);
    // And the list's context menu (LibraryPane shows the list's own
    // actions there): the selected articles to one file.
    window->libraryView()->addActions({m_pdfAction, m_markdownAction, m_epubAction});

    connect(&window->events(), &WindowEvents::currentArticleChanged, this, &ExportActions::updateActions);
    if (QItemSelectionModel *selection = window->libraryView()->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this, &ExportActions::updateActions);
    window->widget().installEventFilter(this);
    retranslate();
    updateActions();
}

QList<qint64> ExportActions::articlesToExport() const
{
    QList<qint64> ids;
    if (QItemSelectionModel *selection = m_window->libraryView()->selectionModel()) {
        QModelIndexList rows = selection->selectedRows();
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &row : rows) {
            const qint64 id = m_window->libraryModel()->idAt(row.row());
            if (id > 0 && !ids.contains(id))
                ids.append(id);
        }
    }
    if (ids.isEmpty() && m_window->currentArticleId() > 0)
        ids.append(m_window->currentArticleId());
    return ids;
}

void ExportActions::exportWithDialog(ExportRequest::Format format)
{
    const QList<qint64> ids = articlesToExport();
    if (ids.isEmpty() || running())
        return;
    QStringList titles;
    for (qint64 id : ids) {
        Result<StoredArticle> a = m_window->store().article(id);
        if (a)
            titles.append(a->article.title);
    }
    ExportDialog dialog(format, titles, &m_window->widget());
    if (dialog.exec() == QDialog::Accepted)
        startExport(ids, dialog.request());
}

bool ExportActions::startExport(const QList<qint64> &ids, const ExportRequest &request)
{
    if (running())
        return false;
    // Loading is quick and needs the window's connection, so it happens
    // here; the worker only lays out and writes.
    QList<ExportArticle> articles;
    QList<QByteArray> leadImages;
    ExportArticleLoader loader(m_window->database());
    for (qint64 id : ids) {
        Result<ExportArticle> loaded = loader.load(id);
        if (!loaded) {
            m_window->widget().statusBar()->showMessage(
                tr("Cannot export article %1: %2").arg(id).arg(loaded.error()));
            return false;
        }
        articles.append(loaded.value());
        // Only the EPUB shows the lead photo; one that cannot be read leaves the article without it.
        if (request.format == ExportRequest::Format::Epub) {
            Result<QByteArray> image = loader.leadImage(id);
            leadImages.append(image ? image.value() : QByteArray());
        }
    }
    m_worker = new ExportWorker(articles, request, this);
    m_worker->setLeadImages(leadImages);
    connect(m_worker, &ExportWorker::exportFinished, this, &ExportActions::onFinished);
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_window->widget().statusBar()->showMessage(
        tr("Exporting %n article(s)…", nullptr, int(articles.size())));
    m_worker->start();
    updateActions();
    return true;
}

void ExportActions::onFinished(const ExportOutcome &outcome)
{
    m_worker = nullptr;
    updateActions();
    if (outcome.ok) {
        m_window->widget().statusBar()->showMessage(
            outcome.pages > 0 ? tr("Exported %n page(s) to %1", nullptr, outcome.pages).arg(outcome.path)
                              : tr("Exported to %1").arg(outcome.path),
            10000);
    } else {
        m_window->widget().statusBar()->clearMessage();
        QMessageBox::warning(&m_window->widget(), tr("Export failed"),
                             tr("Could not write %1:\n%2").arg(outcome.path, outcome.error));
    }
    emit exportFinished(outcome);
}

bool ExportActions::eventFilter(QObject *watched, QEvent *event)
{
    // parent() is the window: the filter also sees the events of its
    // teardown, when WindowHost must no longer be called.
    if (event->type() == QEvent::LanguageChange && watched == parent())
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ExportActions::retranslate()
{
    m_pdfAction->setText(tr("Export &PDF…"));
    m_pdfAction->setStatusTip(
        tr("Export the selected articles, with their highlights and notes, to one PDF"));
    m_markdownAction->setText(tr("Export &Markdown…"));
    m_markdownAction->setStatusTip(tr("Export the selected articles to a Markdown file"));
    m_epubAction->setText(tr("Export &EPUB…"));
    m_epubAction->setStatusTip(
        tr("Export the selected articles, with their highlights and notes, to an EPUB book for e-readers"));
}

void ExportActions::updateActions()
{
    const bool enabled = !running() && !articlesToExport().isEmpty();
    m_pdfAction->setEnabled(enabled);
    m_markdownAction->setEnabled(enabled);
    m_epubAction->setEnabled(enabled);
}

} // namespace pathak::ui
