#pragma once

#include "Annotation.h"
#include "TextAnchor.h"

#include <QUndoCommand>

namespace pathak {
class AnnotationStore;
}

namespace pathak::ui {

// Highlights a passage. Undo removes the annotation; redo puts it back
// under the same id, so later commands on the stack that name it still
// find it.
class AddAnnotationCommand : public QUndoCommand
{
public:
    AddAnnotationCommand(AnnotationStore &store, qint64 articleId, TextRange range, AnnotationColor color,
                         const QString &note = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The stored annotation after the first redo; id 0 if storing failed.
    const Annotation &annotation() const { return m_annotation; }
    const QString &error() const { return m_error; }

private:
    AnnotationStore &m_store;
    qint64 m_articleId;
    TextRange m_range;
    AnnotationColor m_color;
    QString m_note;
    Annotation m_annotation;
    QString m_error;
};

} // namespace pathak::ui
