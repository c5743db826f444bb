#include "ui/annotation/EditAnnotationCommand.h"

#include "annotation/AnnotationStore.h"

#include <QCoreApplication>

namespace pathak::ui {

EditAnnotationCommand::EditAnnotationCommand(AnnotationStore &store, const Annotation &before,
                                             AnnotationColor color, const QString &note, QUndoCommand *parent)
    : AnnotationCommand(parent), m_store(store), m_before(before), m_after(before)
{
    m_after.color = color;
    m_after.note = note;
    m_after.modified = Annotation::now();
    setText(color != before.color && note == before.note
                ? QCoreApplication::translate("EditAnnotationCommand", "Change colour")
                : QCoreApplication::translate("EditAnnotationCommand", "Edit note"));
}

void EditAnnotationCommand::redo()
{
    if (Status updated = m_store.update(m_after); !updated)
        failed(Step::Redo, updated.error());
}

void EditAnnotationCommand::undo()
{
    if (Status updated = m_store.update(m_before); !updated)
        failed(Step::Undo, updated.error());
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditAnnotationCommand *>(other);
    if (next->m_after.id != m_after.id || next->m_after.color != m_after.color ||
        m_after.color != m_before.color)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace pathak::ui
