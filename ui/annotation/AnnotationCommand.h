#pragma once

#include "ui/annotation/AnnotationCommandErrors.h"

#include <QPointer>
#include <QUndoCommand>

namespace pathak::ui {

// What the annotation undo commands share: a store write that fails in
// redo or undo is reported, never dropped. The library then kept its state
// while the stack would move on, so the command makes itself obsolete and
// QUndoStack removes it: what the stack offers to undo stays what the
// library holds.
class AnnotationCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;

    // Where failures go (the window's status bar); without one they only
    // make the command obsolete.
    void reportFailuresTo(AnnotationCommandErrors *errors) { m_errors = errors; }

protected:
    enum class Step { Redo, Undo };
    void failed(Step step, const QString &error);

private:
    QPointer<AnnotationCommandErrors> m_errors;
};

} // namespace pathak::ui
