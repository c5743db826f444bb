#pragma once

#include "annotation/Annotation.h"
#include "ui/annotation/AnnotationCommand.h"

namespace pathak {
class AnnotationStore;
}

namespace pathak::ui {

// Changes the note or colour of an annotation; undo restores both and
// the old modification time.
class EditAnnotationCommand : public AnnotationCommand
{
public:
    EditAnnotationCommand(AnnotationStore &store, const Annotation &before, AnnotationColor color,
                          const QString &note, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return 0x414e4e; }
    // Typing a note in several goes is one change to undo.
    bool mergeWith(const QUndoCommand *other) override;

private:
    AnnotationStore &m_store;
    Annotation m_before;
    Annotation m_after;
};

} // namespace pathak::ui
