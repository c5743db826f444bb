#pragma once

#include <QObject>
#include <QString>

namespace pathak::ui {

// Where the annotation undo commands report a store write that failed, in
// redo or undo: the window shows it in the status bar. One per undo stack.
class AnnotationCommandErrors : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void failed(const QString &message);
};

} // namespace pathak::ui
