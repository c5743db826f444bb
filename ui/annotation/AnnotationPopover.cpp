#include "ui/annotation/AnnotationPopover.h"

#include "ui/annotation/AnnotationDock.h"
#include "ui/annotation/AnnotationListModel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QScreen>
#include <QToolButton>

#include <functional>

namespace pathak::ui {

AnnotationPopover::AnnotationPopover(QWidget *parent) : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("annotationPopover"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    m_colors = new QButtonGroup(this);
    m_colors->setExclusive(true);
    for (AnnotationColor c : Annotation::colors()) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setIcon(AnnotationDock::swatchIcon(c));
        m_colors->addButton(b, static_cast<int>(c));
        layout->addWidget(b);
        connect(b, &QToolButton::clicked, this, [this, c] {
            const qint64 id = m_annotationId;
            choose([this, id, c] { emit colorChosen(id, c); });
        });
    }
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    layout->addWidget(line);
    m_note = new QToolButton(this);
    m_copy = new QToolButton(this);
    m_delete = new QToolButton(this);
    for (QToolButton *b : {m_note, m_copy, m_delete}) {
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(b);
    }
    connect(m_note, &QToolButton::clicked, this, [this] {
        const qint64 id = m_annotationId;
        choose([this, id] { emit noteRequested(id); });
    });
    connect(m_copy, &QToolButton::clicked, this, [this] {
        const qint64 id = m_annotationId;
        choose([this, id] { emit copyRequested(id); });
    });
    connect(m_delete, &QToolButton::clicked, this, [this] {
        const qint64 id = m_annotationId;
        choose([this, id] { emit deleteRequested(id); });
    });
    retranslate();
}

void AnnotationPopover::popup(const Annotation &annotation, const QPoint &globalPos)
{
    m_annotationId = annotation.id;
    if (QAbstractButton *b = m_colors->button(static_cast<int>(annotation.color)))
        b->setChecked(true);
    adjustSize();
    // Below the click, kept on the screen: above it when there is no room.
    QPoint at = globalPos + QPoint(-width() / 2, 12);
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        if (at.y() + height() > area.bottom())
            at.setY(globalPos.y() - height() - 12);
        at.setX(qBound(area.left(), at.x(), area.right() - width()));
        at.setY(qMax(area.top(), at.y()));
    }
    move(at);
    show();
    if (QAbstractButton *b = m_colors->checkedButton())
        b->setFocus();
}

QToolButton *AnnotationPopover::colorButton(AnnotationColor color) const
{
    return qobject_cast<QToolButton *>(m_colors->button(static_cast<int>(color)));
}

void AnnotationPopover::choose(const std::function<void()> &emitChoice)
{
    // Closed first: what the choice opens (the note dialog) must not sit
    // under a popup that still grabs the mouse.
    hide();
    emitChoice();
}

void AnnotationPopover::keyPressEvent(QKeyEvent *event)
{
    const QList<AnnotationColor> colors = Annotation::colors();
    const int digit = event->key() - Qt::Key_1;
    const qint64 id = m_annotationId;
    if (event->modifiers() == Qt::NoModifier && digit >= 0 && digit < colors.size()) {
        const AnnotationColor c = colors.at(digit);
        choose([this, id, c] { emit colorChosen(id, c); });
        return;
    }
    switch (event->key()) {
    case Qt::Key_N:
    case Qt::Key_F2:
        choose([this, id] { emit noteRequested(id); });
        return;
    case Qt::Key_C:
        choose([this, id] { emit copyRequested(id); });
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        choose([this, id] { emit deleteRequested(id); });
        return;
    default:
        break;
    }
    if (event->matches(QKeySequence::Copy)) {
        choose([this, id] { emit copyRequested(id); });
        return;
    }
    QFrame::keyPressEvent(event);
}

void AnnotationPopover::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void AnnotationPopover::retranslate()
{
    setAccessibleName(tr("Highlight"));
    const QList<AnnotationColor> colors = Annotation::colors();
    for (int i = 0; i < colors.size(); ++i) {
        QAbstractButton *b = m_colors->button(static_cast<int>(colors.at(i)));
        const QString label = AnnotationListModel::colorLabel(colors.at(i));
        b->setAccessibleName(label);
        b->setToolTip(tr("%1 (%2)").arg(label, QLocale().toString(i + 1)));
    }
    m_note->setText(tr("Note…"));
    m_note->setToolTip(tr("Write or edit the note (N)"));
    m_copy->setText(tr("Copy quote"));
    m_copy->setToolTip(tr("Copy the highlighted passage (C)"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete this highlight (Del)"));
}

} // namespace pathak::ui
