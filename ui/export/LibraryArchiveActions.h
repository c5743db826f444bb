#pragma once

#include "ui/export/LibraryArchiveWorker.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

class QAction;

namespace pathak::ui {

class WindowHost;

// File → Export Library… and Import Library…: the whole library to a ZIP
// archive another program can read (core/archive), and back, merged into
// the library without duplicates. The work runs on a LibraryArchiveWorker;
// a progress dialog with Cancel follows it.
class LibraryArchiveActions : public QObject
{
    Q_OBJECT
public:
    explicit LibraryArchiveActions(WindowHost *window);

    QAction *exportAction() const { return m_exportAction; }
    QAction *importAction() const { return m_importAction; }
    bool running() const { return m_worker != nullptr; }

    // Without asking for the file (the dialogs end here); false while one runs.
    bool startExport(const QString &archivePath);
    bool startImport(const QString &archivePath);

signals:
    void finished(bool ok, const QString &summary);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool start(bool exporting, const QString &archivePath);
    void onDone(bool ok, const QString &summary, const QStringList &problems);
    void retranslate();

    WindowHost *m_window;
    QAction *m_exportAction;
    QAction *m_importAction;
    QPointer<LibraryArchiveWorker> m_worker;
    QPointer<QProgressDialog> m_progress;
};

} // namespace pathak::ui
