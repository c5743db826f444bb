#pragma once

#include "annotation/Annotation.h"

#include <QDockWidget>

class QLabel;
class QListView;
class QToolButton;
class QUndoStack;

namespace pathak {
class AnnotationStore;
}

namespace pathak::ui {

class AnnotationCommand;
class AnnotationCommandErrors;

class AnnotationListModel;

// The annotations of the open article, beside the reader: quote, note,
// colour and date of each. Clicking one asks the reader to show its
// passage; the note and colour can be edited and annotations deleted,
// every change through the undo stack.
class AnnotationDock : public QDockWidget
{
    Q_OBJECT
public:
    AnnotationDock(AnnotationStore &store, QUndoStack &undoStack, QWidget *parent = nullptr);
    // Where the commands the dock pushes report a failed store write.
    void reportCommandFailuresTo(AnnotationCommandErrors *errors) { m_commandErrors = errors; }

    void setArticle(qint64 articleId);
    AnnotationListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

    // The selected annotation, if one is.
    std::optional<Annotation> current() const;
    // Selects the row of an annotation (when the reader's one is clicked).
    void select(qint64 annotationId);

    // A small square in the colour (a line for underline), for menus.
    static QIcon swatchIcon(AnnotationColor color);

    void editNote();
    void setColor(AnnotationColor color);
    void deleteCurrent();

signals:
    // The reader should show [start, end) (code points over plainText()).
    void passageActivated(qint64 articleId, int start, int end);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void push(AnnotationCommand *command);
    void updateButtons();
    void updateUndoTips();

    AnnotationStore &m_store;
    QUndoStack &m_undoStack;
    AnnotationCommandErrors *m_commandErrors = nullptr;
    AnnotationListModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QToolButton *m_noteButton = nullptr;
    QToolButton *m_colorButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
};

} // namespace pathak::ui
