#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QUndoGroup;
class QUndoStack;

namespace pathak::ui {

class AnnotationCommand;
class AnnotationCommandErrors;

// Undo that acts on what the reader shows: one stack of annotation changes
// per article, and the stack of the open article is the one Undo and Redo
// use. Ctrl+Z in one article never takes back a highlight made in another
// that is out of sight.
class AnnotationUndo : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationUndo(QObject *parent = nullptr);

    // Where the commands report a failed store write (the status bar).
    void reportFailuresTo(AnnotationCommandErrors *errors);

    // Makes the article's stack the active one (0: none, nothing to undo).
    void setActiveArticle(qint64 articleId);
    qint64 activeArticle() const { return m_active; }

    // Runs the command (QUndoStack::push) on its article's stack.
    void push(qint64 articleId, AnnotationCommand *command);

    QUndoGroup *group() const { return m_group; }
    // The article's stack, made when first asked for.
    QUndoStack *stackFor(qint64 articleId);
    // Drops an article's stack (the article was deleted: its commands would
    // only fail).
    void forget(qint64 articleId);

private:
    QUndoGroup *m_group = nullptr;
    QHash<qint64, QUndoStack *> m_stacks;
    QPointer<AnnotationCommandErrors> m_errors;
    qint64 m_active = 0;
};

} // namespace pathak::ui
