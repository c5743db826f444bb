#include "ui/annotation/AnnotationDock.h"

#include "annotation/AnnotationStore.h"
#include "ui/annotation/AnnotationDelegate.h"
#include "ui/annotation/AnnotationListModel.h"
#include "ui/annotation/AnnotationUndo.h"
#include "ui/annotation/EditAnnotationCommand.h"
#include "ui/annotation/NoteDialog.h"
#include "ui/annotation/RemoveAnnotationCommand.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace pathak::ui {

QIcon AnnotationDock::swatchIcon(AnnotationColor color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    const QColor c = AnnotationListModel::colorFor(color);
    if (color == AnnotationColor::Underline)
        p.fillRect(QRect(1, 12, 14, 3), c);
    else
        p.fillRect(QRect(1, 1, 14, 14), c);
    return QIcon(pixmap);
}

AnnotationDock::AnnotationDock(AnnotationStore &store, AnnotationUndo &undo, QWidget *parent)
    : QDockWidget(parent), m_store(store), m_undo(undo)
{
    setObjectName(QStringLiteral("annotationDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    m_model = new AnnotationListModel(store, this);
    m_view = new QListView(body);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new AnnotationDelegate(m_view));
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_empty = new QLabel(body);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    m_noteButton = new QToolButton(body);
    m_colorButton = new QToolButton(body);
    m_colorButton->setPopupMode(QToolButton::InstantPopup);
    auto *colorMenu = new QMenu(m_colorButton);
    m_colorGroup = new QActionGroup(colorMenu);
    m_colorGroup->setExclusive(true);
    for (AnnotationColor c : Annotation::colors()) {
        QAction *a = colorMenu->addAction(swatchIcon(c), AnnotationListModel::colorLabel(c));
        a->setData(Annotation::colorName(c));
        a->setCheckable(true);
        m_colorGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, c] { setColor(c); });
    }
    m_colorButton->setMenu(colorMenu);
    m_deleteButton = new QToolButton(body);
    m_undoButton = new QToolButton(body);
    m_redoButton = new QToolButton(body);
    // Fixed labels: "Undo Delete annotation" would widen the panel and
    // re-wrap the article at every edit. What would be undone is in the tooltip.
    QUndoGroup *group = m_undo.group();
    connect(m_undoButton, &QToolButton::clicked, group, &QUndoGroup::undo);
    connect(m_redoButton, &QToolButton::clicked, group, &QUndoGroup::redo);
    connect(group, &QUndoGroup::canUndoChanged, m_undoButton, &QWidget::setEnabled);
    connect(group, &QUndoGroup::canRedoChanged, m_redoButton, &QWidget::setEnabled);
    connect(group, &QUndoGroup::undoTextChanged, this, &AnnotationDock::updateUndoTips);
    connect(group, &QUndoGroup::redoTextChanged, this, &AnnotationDock::updateUndoTips);
    m_undoButton->setEnabled(group->canUndo());
    m_redoButton->setEnabled(group->canRedo());
    for (QToolButton *b : {m_noteButton, m_colorButton, m_deleteButton, m_undoButton, m_redoButton}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
    }
    buttons->addWidget(m_noteButton);
    buttons->addWidget(m_colorButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_noteButton, &QToolButton::clicked, this, qOverload<>(&AnnotationDock::editNote));
    connect(m_deleteButton, &QToolButton::clicked, this, &AnnotationDock::deleteCurrent);
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &AnnotationDock::deleteCurrent);
    m_view->addAction(deleteAction);
    auto *noteAction = new QAction(this);
    noteAction->setShortcut(QKeySequence(Qt::Key_F2));
    noteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(noteAction, &QAction::triggered, this, qOverload<>(&AnnotationDock::editNote));
    m_view->addAction(noteAction);
    noteAction->setObjectName(QStringLiteral("editNoteAction"));
    deleteAction->setObjectName(QStringLiteral("deleteAnnotationAction"));

    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        const Annotation &a = m_model->annotationAt(index.row());
        if (!a.orphaned)
            emit passageActivated(a.articleId, a.start, a.end);
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        const Annotation &a = m_model->annotationAt(index.row());
        if (!a.orphaned)
            emit passageActivated(a.articleId, a.start, a.end);
    });
    // The selection, not the current index: on a click the current index
    // changes before the row is selected.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AnnotationDock::updateButtons);
    m_view->installEventFilter(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationDock::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AnnotationDock::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AnnotationDock::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AnnotationDock::updateButtons);
    retranslate();
    updateButtons();
}

void AnnotationDock::push(qint64 articleId, AnnotationCommand *command)
{
    m_undo.push(articleId, command);
}

void AnnotationDock::setArticle(qint64 articleId)
{
    m_model->setArticle(articleId);
    m_undo.setActiveArticle(articleId);
}

std::optional<Annotation> AnnotationDock::current() const
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid() || !m_view->selectionModel()->isSelected(i))
        return std::nullopt;
    return m_model->annotationAt(i.row());
}

void AnnotationDock::select(qint64 annotationId)
{
    const int row = m_model->rowOf(annotationId);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row));
    m_view->scrollTo(m_model->index(row));
}

void AnnotationDock::editNote()
{
    if (const std::optional<Annotation> a = current())
        editNote(a->id);
}

void AnnotationDock::setColor(AnnotationColor color)
{
    if (const std::optional<Annotation> a = current())
        setColor(a->id, color);
}

void AnnotationDock::deleteCurrent()
{
    if (const std::optional<Annotation> a = current())
        remove(a->id);
}

void AnnotationDock::editNote(qint64 annotationId)
{
    const Result<Annotation> a = m_store.annotation(annotationId);
    if (!a)
        return;
    NoteDialog dialog(a->exact, a->note, a->color, m_readingFont, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.note() != a->note || dialog.color() != a->color)
        push(a->articleId, new EditAnnotationCommand(m_store, *a, dialog.color(), dialog.note()));
}

void AnnotationDock::setColor(qint64 annotationId, AnnotationColor color)
{
    const Result<Annotation> a = m_store.annotation(annotationId);
    if (a && a->color != color)
        push(a->articleId, new EditAnnotationCommand(m_store, *a, color, a->note));
}

void AnnotationDock::remove(qint64 annotationId)
{
    if (const Result<Annotation> a = m_store.annotation(annotationId))
        push(a->articleId, new RemoveAnnotationCommand(m_store, *a));
}

bool AnnotationDock::listKey(const QKeyEvent *event, bool act)
{
    if (event->modifiers() & ~(Qt::KeypadModifier))
        return false;
    const QList<AnnotationColor> colors = Annotation::colors();
    const int digit = event->key() - Qt::Key_1;
    if (digit >= 0 && digit < colors.size()) {
        if (act)
            setColor(colors.at(digit));
        return true;
    }
    switch (event->key()) {
    case Qt::Key_Delete:
        if (act)
            deleteCurrent();
        return true;
    case Qt::Key_F2:
        if (act)
            editNote();
        return true;
    default:
        return false;
    }
}

bool AnnotationDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        // Claimed before the shortcut map sees it: the window's Del (delete
        // the article) must not fire, or collide, while the list has focus.
        if (event->type() == QEvent::ShortcutOverride && listKey(static_cast<QKeyEvent *>(event), false)) {
            event->accept();
            return true;
        }
        if (event->type() == QEvent::KeyPress && listKey(static_cast<QKeyEvent *>(event), true))
            return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

void AnnotationDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void AnnotationDock::retranslate()
{
    setWindowTitle(tr("Annotations"));
    m_noteButton->setText(tr("Note…"));
    m_colorButton->setText(tr("Colour"));
    m_deleteButton->setText(tr("Delete"));
    m_undoButton->setText(tr("Undo"));
    m_redoButton->setText(tr("Redo"));
    m_noteButton->setToolTip(tr("Edit the note of the selected annotation"));
    m_colorButton->setToolTip(tr("Change the colour of the selected annotation"));
    m_deleteButton->setToolTip(tr("Delete the selected annotation"));
    m_view->setAccessibleName(tr("Annotations of this article"));
    updateUndoTips();
    m_empty->setText(
        tr("Select text in the article and choose a colour from its context menu to highlight it."));
    for (QAction *a : m_colorButton->menu()->actions()) {
        if (const std::optional<AnnotationColor> c = Annotation::colorFromName(a->data().toString()))
            a->setText(AnnotationListModel::colorLabel(*c));
    }
    const QList<QAction *> actions = m_view->actions();
    for (QAction *a : actions) {
        if (a->objectName() == QLatin1String("editNoteAction"))
            a->setText(tr("Edit note…"));
        else if (a->objectName() == QLatin1String("deleteAnnotationAction"))
            a->setText(tr("Delete"));
    }
}

void AnnotationDock::updateUndoTips()
{
    const QString undo = m_undo.group()->undoText();
    const QString redo = m_undo.group()->redoText();
    m_undoButton->setToolTip(undo.isEmpty() ? tr("Nothing to undo") : tr("Undo: %1").arg(undo));
    m_redoButton->setToolTip(redo.isEmpty() ? tr("Nothing to redo") : tr("Redo: %1").arg(redo));
}

void AnnotationDock::updateButtons()
{
    const std::optional<Annotation> a = current();
    const bool has = a.has_value();
    for (QAction *action : m_colorGroup->actions())
        action->setChecked(has && action->data().toString() == Annotation::colorName(a->color));
    m_noteButton->setEnabled(has);
    m_colorButton->setEnabled(has);
    m_deleteButton->setEnabled(has);
    m_empty->setVisible(m_model->rowCount() == 0);
}

} // namespace pathak::ui
