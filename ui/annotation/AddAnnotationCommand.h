#pragma once

#include "annotation/Annotation.h"
#include "text/TextAnchor.h"
#include "ui/annotation/AnnotationCommand.h"

#include <memory>

namespace pathak {
class AnnotationStore;
}

namespace pathak::ui {

// Highlights a passage. Undo removes the annotation; redo puts it back
// under the same id, so later commands on the stack that name it still
// find it.
class AddAnnotationCommand : public AnnotationCommand
{
public:
    AddAnnotationCommand(AnnotationStore &store, qint64 articleId, TextRange range, AnnotationColor color,
                         const QString &note = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // What the last redo did: the stored annotation (id 0 if storing
    // failed) and the error. Shared, because QUndoStack::push() deletes a
    // command that failed (it made itself obsolete) before returning: take
    // the outcome before pushing to read it after.
    struct Outcome
    {
        Annotation annotation;
        QString error;
    };
    std::shared_ptr<const Outcome> outcome() const { return m_outcome; }
    const Annotation &annotation() const { return m_outcome->annotation; }
    const QString &error() const { return m_outcome->error; }

private:
    AnnotationStore &m_store;
    qint64 m_articleId;
    TextRange m_range;
    AnnotationColor m_color;
    QString m_note;
    std::shared_ptr<Outcome> m_outcome = std::make_shared<Outcome>();
};

} // namespace pathak::ui
