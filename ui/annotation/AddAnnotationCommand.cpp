#include "ui/annotation/AddAnnotationCommand.h"

#include "annotation/AnnotationStore.h"

#include <QCoreApplication>

namespace pathak::ui {

AddAnnotationCommand::AddAnnotationCommand(AnnotationStore &store, qint64 articleId, TextRange range,
                                           AnnotationColor color, const QString &note, QUndoCommand *parent)
    : AnnotationCommand(parent), m_store(store), m_articleId(articleId), m_range(range), m_color(color),
      m_note(note)
{
    setText(note.isEmpty() ? QCoreApplication::translate("AddAnnotationCommand", "Highlight")
                           : QCoreApplication::translate("AddAnnotationCommand", "Add note"));
}

void AddAnnotationCommand::redo()
{
    m_outcome->error.clear();
    Result<Annotation> stored = m_outcome->annotation.id == 0
                                    ? m_store.create(m_articleId, m_range, m_color, m_note)
                                    : m_store.insert(m_outcome->annotation);
    if (!stored) {
        m_outcome->error = stored.error();
        // Nothing happened, so there is nothing to undo either.
        setObsolete(true);
        return;
    }
    m_outcome->annotation = stored.value();
}

void AddAnnotationCommand::undo()
{
    if (m_outcome->annotation.id == 0)
        return;
    if (Status removed = m_store.remove(m_outcome->annotation.id); !removed)
        failed(Step::Undo, removed.error());
}

} // namespace pathak::ui
