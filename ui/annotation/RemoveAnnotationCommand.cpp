#include "ui/annotation/RemoveAnnotationCommand.h"

#include "annotation/AnnotationStore.h"

#include <QCoreApplication>

namespace pathak::ui {

RemoveAnnotationCommand::RemoveAnnotationCommand(AnnotationStore &store, const Annotation &annotation,
                                                 QUndoCommand *parent)
    : AnnotationCommand(parent), m_store(store), m_annotation(annotation)
{
    setText(QCoreApplication::translate("RemoveAnnotationCommand", "Delete annotation"));
}

void RemoveAnnotationCommand::redo()
{
    // Keep what is stored now, so undo brings back the latest note and colour.
    if (Result<Annotation> current = m_store.annotation(m_annotation.id))
        m_annotation = current.value();
    if (Status removed = m_store.remove(m_annotation.id); !removed)
        failed(Step::Redo, removed.error());
}

void RemoveAnnotationCommand::undo()
{
    if (Result<Annotation> restored = m_store.insert(m_annotation); !restored)
        failed(Step::Undo, restored.error());
}

} // namespace pathak::ui
