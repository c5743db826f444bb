#pragma once

#include "ui/library/ImportWorker.h"

#include <QObject>
#include <QStringList>

namespace pathak::ui {

// The window's signals, for the features installed in it (see WindowHost):
// a QObject of its own, because WindowHost is an interface and not one.
class WindowEvents : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    // The reader now shows this article (0: none).
    void currentArticleChanged(qint64 id);
    // An import of files or folders ended (done, cancelled or failed).
    void importFinished(const pathak::ui::ImportSummary &summary);
    // A launch asked for web pages to be saved (`pathak URL…`, a
    // pathak://save link): the web feature saves them.
    void urlsToSave(const QStringList &urls);
    // The settings dialog was accepted: settings may have changed.
    void settingsChanged();
};

} // namespace pathak::ui
