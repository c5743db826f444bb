#pragma once

#include "annotation/Annotation.h"

#include <QDockWidget>
#include <QFont>

class QActionGroup;
class QLabel;
class QListView;
class QToolButton;

namespace pathak {
class AnnotationStore;
}

namespace pathak::ui {

class AnnotationCommand;
class AnnotationListModel;
class AnnotationUndo;

// The annotations of the open article, beside the reader: quote, note,
// colour and date of each. Clicking one asks the reader to show its
// passage; the note and colour can be edited and annotations deleted,
// every change through the open article's undo stack. Keys in the list:
// Del deletes, F2 edits the note, 1–6 set the colour; they take precedence
// over the window's shortcuts while the list has the focus.
class AnnotationDock : public QDockWidget
{
    Q_OBJECT
public:
    AnnotationDock(AnnotationStore &store, AnnotationUndo &undo, QWidget *parent = nullptr);

    // Shows the article's annotations and makes its undo stack the active one.
    void setArticle(qint64 articleId);
    // The font notes are written in (the reader's).
    void setReadingFont(const QFont &font) { m_readingFont = font; }
    AnnotationListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

    // The selected annotation, if one is.
    std::optional<Annotation> current() const;
    // Selects the row of an annotation (when the reader's one is clicked).
    void select(qint64 annotationId);

    // A small square in the colour (a line for underline), for menus.
    static QIcon swatchIcon(AnnotationColor color);

    // On the selected annotation.
    void editNote();
    void setColor(AnnotationColor color);
    void deleteCurrent();
    // On any annotation of the article (the reader's popover).
    void editNote(qint64 annotationId);
    void setColor(qint64 annotationId, AnnotationColor color);
    void remove(qint64 annotationId);

signals:
    // The reader should show [start, end) (code points over plainText()).
    void passageActivated(qint64 articleId, int start, int end);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void push(qint64 articleId, AnnotationCommand *command);
    void updateButtons();
    void updateUndoTips();
    // Handles the list's own keys; true when the key was one of them.
    bool listKey(const QKeyEvent *event, bool act);

    AnnotationStore &m_store;
    AnnotationUndo &m_undo;
    QFont m_readingFont;
    QActionGroup *m_colorGroup = nullptr;
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
