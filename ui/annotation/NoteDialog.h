#pragma once

#include "annotation/Annotation.h"

#include <QDialog>
#include <QFont>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;

namespace pathak::ui {

// The note of a highlight and its colour, written in the reading font (an
// upright face: Bengali has no italic, and a slanted one is synthesized),
// with the passage above it so the note is written against what it is about.
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const QString &quote, const QString &note, AnnotationColor color, const QFont &readingFont,
               QWidget *parent = nullptr);

    QString note() const;
    AnnotationColor color() const;
    QPlainTextEdit *editor() const { return m_editor; }
    QButtonGroup *colors() const { return m_colors; }

private:
    QLabel *m_quote = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QButtonGroup *m_colors = nullptr;
};

} // namespace pathak::ui
