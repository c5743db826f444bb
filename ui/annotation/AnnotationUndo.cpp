#include "ui/annotation/AnnotationUndo.h"

#include "ui/annotation/AnnotationCommand.h"
#include "ui/annotation/AnnotationCommandErrors.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace pathak::ui {

AnnotationUndo::AnnotationUndo(QObject *parent) : QObject(parent), m_group(new QUndoGroup(this)) {}

void AnnotationUndo::reportFailuresTo(AnnotationCommandErrors *errors)
{
    m_errors = errors;
}

QUndoStack *AnnotationUndo::stackFor(qint64 articleId)
{
    QUndoStack *&stack = m_stacks[articleId];
    if (!stack)
        stack = new QUndoStack(m_group); // joins the group
    return stack;
}

void AnnotationUndo::setActiveArticle(qint64 articleId)
{
    m_active = articleId;
    m_group->setActiveStack(articleId != 0 ? stackFor(articleId) : nullptr);
}

void AnnotationUndo::push(qint64 articleId, AnnotationCommand *command)
{
    command->reportFailuresTo(m_errors);
    stackFor(articleId)->push(command);
}

void AnnotationUndo::forget(qint64 articleId)
{
    QUndoStack *stack = m_stacks.take(articleId);
    if (!stack)
        return;
    if (m_group->activeStack() == stack)
        m_group->setActiveStack(nullptr);
    delete stack;
}

} // namespace pathak::ui
