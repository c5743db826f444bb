#pragma once

#include "annotation/Annotation.h"
#include "ui/annotation/AnnotationCommand.h"

namespace pathak {
class AnnotationStore;
}

namespace pathak::ui {

// Deletes an annotation; undo stores it again, id, note and dates intact.
class RemoveAnnotationCommand : public AnnotationCommand
{
public:
    RemoveAnnotationCommand(AnnotationStore &store, const Annotation &annotation,
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    AnnotationStore &m_store;
    Annotation m_annotation;
};

} // namespace pathak::ui
