#include "ui/annotation/AnnotationCommand.h"

#include "ui/annotation/AnnotationCommandErrors.h"

#include <QCoreApplication>

namespace pathak::ui {

void AnnotationCommand::failed(Step step, const QString &error)
{
    setObsolete(true);
    if (!m_errors)
        return;
    const QString message =
        step == Step::Redo
            ? QCoreApplication::translate("AnnotationCommand", "Could not redo “%1”: %2").arg(text(), error)
            : QCoreApplication::translate("AnnotationCommand", "Could not undo “%1”: %2").arg(text(), error);
    emit m_errors->failed(message);
}

} // namespace pathak::ui
