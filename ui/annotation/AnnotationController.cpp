#include "ui/annotation/AnnotationController.h"

#include "ui/annotation/AnnotationCommandErrors.h"

#include "annotation/AnnotationStore.h"
#include "library/LibraryDatabase.h"
#include "text/TextAnchor.h"
#include "ui/annotation/AddAnnotationCommand.h"
#include "ui/annotation/AnnotationDock.h"
#include "ui/annotation/AnnotationListModel.h"
#include "ui/annotation/LibraryAnnotationsDock.h"
#include "ui/library/LibraryWriter.h"
#include "ui/reader/ReaderView.h"
#include "ui/window/WindowEvents.h"
#include "ui/window/WindowHost.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

namespace pathak::ui {

AnnotationController::AnnotationController(WindowHost &window)
    : QObject(&window.widget()), m_window(window), m_reader(window.readerView()),
      m_store(std::make_unique<AnnotationStore>(window.database())),
      m_writer(std::make_unique<LibraryWriter>(window.database().path()))
{
    m_undoStack = new QUndoStack(this);
    m_commandErrors = new AnnotationCommandErrors(this);
    connect(m_commandErrors, &AnnotationCommandErrors::failed, this,
            [this](const QString &message) { m_window.widget().statusBar()->showMessage(message, 8000); });
    m_dock = new AnnotationDock(*m_store, *m_undoStack, &window.widget());
    m_dock->reportCommandFailuresTo(m_commandErrors);
    window.widget().addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_libraryDock = new LibraryAnnotationsDock(*m_store, &window.widget());
    window.widget().addDockWidget(Qt::RightDockWidgetArea, m_libraryDock);
    window.widget().tabifyDockWidget(m_dock, m_libraryDock);
    m_dock->raise();
    createActions();

    connect(m_reader, &ReaderView::articleShown, this, &AnnotationController::onArticleShown);
    connect(m_writer.get(), &LibraryWriter::reanchored, this, &AnnotationController::onReanchored);
    connect(m_writer.get(), &LibraryWriter::reanchorFailed, this, &AnnotationController::onReanchorFailed);
    connect(m_reader, &QTextEdit::selectionChanged, this, &AnnotationController::updateActions);
    connect(m_store.get(), &AnnotationStore::added, this,
            [this](const Annotation &a) { repaintIfShown(a.articleId); });
    connect(m_store.get(), &AnnotationStore::changed, this,
            [this](const Annotation &a) { repaintIfShown(a.articleId); });
    connect(m_store.get(), &AnnotationStore::removed, this,
            [this](qint64, qint64 articleId) { repaintIfShown(articleId); });
    connect(m_store.get(), &AnnotationStore::articleReanchored, this, &AnnotationController::repaintIfShown);
    // The library's annotation counts follow every change.
    auto refreshCount = [this](qint64 articleId) { m_window.refreshArticle(articleId); };
    connect(m_store.get(), &AnnotationStore::added, this,
            [refreshCount](const Annotation &a) { refreshCount(a.articleId); });
    connect(m_store.get(), &AnnotationStore::removed, this,
            [refreshCount](qint64, qint64 articleId) { refreshCount(articleId); });
    connect(m_dock, &AnnotationDock::passageActivated, this, &AnnotationController::showPassage);
    connect(m_libraryDock, &LibraryAnnotationsDock::openRequested, this, &AnnotationController::showPassage);
    auto reloadLibraryDock = [this] {
        Result<QHash<qint64, QString>> titles = m_store->annotatedArticleTitles();
        m_libraryDock->reload(titles ? titles.value() : QHash<qint64, QString>{});
    };
    connect(m_libraryDock, &QDockWidget::visibilityChanged, this, [reloadLibraryDock](bool visible) {
        if (visible)
            reloadLibraryDock();
    });
    // The dock knows only the titles of articles annotated when it was
    // filled: an article annotated for the first time brings its title in.
    connect(m_store.get(), &AnnotationStore::added, this, [this, reloadLibraryDock](const Annotation &a) {
        if (m_libraryDock->isVisible() && !m_libraryDock->model()->hasTitle(a.articleId))
            reloadLibraryDock();
    });
    m_reader->installEventFilter(this);
    m_reader->viewport()->installEventFilter(this);
    if (m_reader->articleId() != 0)
        onArticleShown(m_reader->articleId());
    updateActions();
}

AnnotationController::~AnnotationController() = default;

void AnnotationController::createActions()
{
    m_menu = new QMenu(&m_window.widget());
    m_window.widget().menuBar()->insertMenu(m_window.toolsMenu()->menuAction(), m_menu);
    const QList<AnnotationColor> colors = Annotation::colors();
    for (int i = 0; i < colors.size(); ++i) {
        const AnnotationColor c = colors.at(i);
        auto *a = new QAction(AnnotationDock::swatchIcon(c), QString(), this);
        a->setShortcut(c == AnnotationColor::Underline ? QKeySequence(Qt::CTRL | Qt::Key_U)
                                                       : QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, c] { annotateSelection(c); });
        m_colorActions.append(a);
        m_menu->addAction(a);
    }
    m_noteAction = new QAction(this);
    m_noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_noteAction, &QAction::triggered, this, &AnnotationController::annotateWithNote);
    m_menu->addAction(m_noteAction);
    m_menu->addSeparator();
    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_menu->addAction(m_undoAction);
    m_menu->addAction(m_redoAction);
    m_menu->addSeparator();
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_menu->addAction(m_dock->toggleViewAction());
    m_libraryAction = m_libraryDock->toggleViewAction();
    m_menu->addAction(m_libraryAction);
    retranslate();
}

void AnnotationController::retranslate()
{
    m_menu->setTitle(tr("&Annotations"));
    const QList<AnnotationColor> colors = Annotation::colors();
    for (int i = 0; i < colors.size(); ++i) {
        m_colorActions.at(i)->setText(
            colors.at(i) == AnnotationColor::Underline
                ? tr("Underline")
                : tr("Highlight %1").arg(AnnotationListModel::colorLabel(colors.at(i))));
    }
    m_noteAction->setText(tr("Highlight with Note…"));
}

void AnnotationController::updateActions()
{
    const bool selection = m_reader->articleId() != 0 && m_reader->selectedPlainRange().has_value();
    for (QAction *a : std::as_const(m_colorActions))
        a->setEnabled(selection);
    m_noteAction->setEnabled(selection);
}

int AnnotationController::toUtf16(int codePoint) const
{
    return TextAnchor(m_reader->readerDocument().plainText()).toUtf16(codePoint);
}

bool AnnotationController::annotateSelection(AnnotationColor color, const QString &note)
{
    const std::optional<std::pair<int, int>> range = m_reader->selectedPlainRange();
    if (m_reader->articleId() == 0 || !range)
        return false;
    // The reader speaks UTF-16; the store, like the W3C selectors, code points.
    const TextAnchor anchor(m_reader->readerDocument().plainText());
    const TextRange points{anchor.toCodePoint(range->first), anchor.toCodePoint(range->second)};
    auto *command = new AddAnnotationCommand(*m_store, m_reader->articleId(), points, color, note);
    const std::shared_ptr<const AddAnnotationCommand::Outcome> outcome = command->outcome();
    command->reportFailuresTo(m_commandErrors);
    m_undoStack->push(command); // deletes the command if storing failed
    if (!outcome->error.isEmpty()) {
        m_window.widget().statusBar()->showMessage(tr("Cannot highlight: %1").arg(outcome->error), 5000);
        return false;
    }
    m_dock->select(outcome->annotation.id);
    return true;
}

void AnnotationController::annotateWithNote()
{
    if (!m_reader->selectedPlainRange())
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        &m_window.widget(), tr("Note"), tr("Note for the highlighted passage:"), QString(), &ok);
    if (ok)
        annotateSelection(AnnotationColor::Yellow, note);
}

void AnnotationController::onArticleShown(qint64 articleId)
{
    // The text may have changed since the annotations were made (a re-parse,
    // a new title): the writer finds each passage again. Until it is done the
    // highlights show where they were stored, which is where they are unless
    // the text changed.
    if (articleId != 0)
        m_writer->reanchor(articleId);
    m_dock->setArticle(articleId);
    repaint();
    updateActions();
}

void AnnotationController::onReanchored(qint64 articleId, const ReanchorSummary &summary)
{
    // Written through the writer's connection, so this store has not told
    // its listeners (the highlights, the panel, the library-wide list).
    if (summary.moved > 0 || summary.orphaned > 0)
        m_store->announceReanchored(articleId);
    emit reanchorFinished(articleId);
}

void AnnotationController::onReanchorFailed(qint64 articleId, const QString &error)
{
    if (articleId == m_reader->articleId())
        m_window.widget().statusBar()->showMessage(
            tr("The highlights of this article could not be placed: %1").arg(error), 8000);
    else
        m_window.widget().statusBar()->showMessage(
            tr("The highlights of article %1 could not be placed: %2").arg(QString::number(articleId), error),
            8000);
    emit reanchorFinished(articleId);
}

void AnnotationController::repaintIfShown(qint64 articleId)
{
    if (articleId == m_reader->articleId())
        repaint();
}

QList<ReaderHighlight> AnnotationController::readerHighlights(const QList<Annotation> &annotations,
                                                              const QString &plainText)
{
    QList<ReaderHighlight> highlights;
    const TextAnchor anchor(plainText);
    for (const Annotation &a : annotations) {
        if (a.orphaned) // its passage is no longer in the text
            continue;
        ReaderHighlight h;
        h.start = anchor.toUtf16(a.start);
        h.end = anchor.toUtf16(a.end);
        h.color = AnnotationListModel::colorFor(a.color);
        h.underline = a.color == AnnotationColor::Underline;
        highlights.append(h);
    }
    return highlights;
}

void AnnotationController::repaint()
{
    const qint64 id = m_reader->articleId();
    QList<ReaderHighlight> highlights;
    if (id != 0) {
        if (Result<QList<Annotation>> list = m_store->forArticle(id))
            highlights = readerHighlights(list.value(), m_reader->readerDocument().plainText());
    }
    m_reader->setHighlights(layerName(), highlights);
}

void AnnotationController::showPassage(qint64 articleId, int start, int end)
{
    Q_UNUSED(end);
    if (m_reader->articleId() != articleId && !m_window.openArticle(articleId))
        return;
    m_reader->scrollToPlainOffset(toUtf16(start));
}

bool AnnotationController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu && (watched == m_reader || watched == m_reader->viewport())) {
        auto *e = static_cast<QContextMenuEvent *>(event);
        std::unique_ptr<QMenu> menu(m_reader->createStandardContextMenu(e->pos()));
        updateActions();
        if (m_reader->selectedPlainRange()) {
            menu->addSeparator();
            for (QAction *a : std::as_const(m_colorActions))
                menu->addAction(a);
            menu->addAction(m_noteAction);
        }
        menu->exec(e->globalPos());
        return true;
    }
    if (event->type() == QEvent::LanguageChange && watched == m_reader)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace pathak::ui
