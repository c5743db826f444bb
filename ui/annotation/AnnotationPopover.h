#pragma once

#include "annotation/Annotation.h"

#include <QFrame>

class QButtonGroup;
class QToolButton;

namespace pathak::ui {

// What can be done to a highlight, where it is: a small popup beside the
// clicked highlight with its colours (the current one checked, underline
// among them), Note…, Copy quote and Delete. Each choice closes it and is
// emitted; the controller turns it into an undoable command. Keys: 1–6
// choose a colour, N the note, C copies, Del deletes, Esc closes.
class AnnotationPopover : public QFrame
{
    Q_OBJECT
public:
    explicit AnnotationPopover(QWidget *parent = nullptr);

    // Shows the choices for an annotation next to a point on the screen.
    void popup(const Annotation &annotation, const QPoint &globalPos);
    qint64 annotationId() const { return m_annotationId; }

    QToolButton *colorButton(AnnotationColor color) const;
    QToolButton *noteButton() const { return m_note; }
    QToolButton *copyButton() const { return m_copy; }
    QToolButton *deleteButton() const { return m_delete; }

signals:
    void colorChosen(qint64 annotationId, AnnotationColor color);
    void noteRequested(qint64 annotationId);
    void copyRequested(qint64 annotationId);
    void deleteRequested(qint64 annotationId);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void choose(const std::function<void()> &emitChoice);

    qint64 m_annotationId = 0;
    QButtonGroup *m_colors = nullptr;
    QToolButton *m_note = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_delete = nullptr;
};

} // namespace pathak::ui
