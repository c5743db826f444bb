#pragma once

#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace pathak::ui {

// Exports the whole library to a ZIP or folder, or reads such an export
// into it (core/archive), on its own thread with its own connection to the
// library file, so the window stays usable. Signals arrive in the
// receiver's thread.
class LibraryArchiveWorker : public QThread
{
    Q_OBJECT
public:
    enum class Task { Export, Import };

    LibraryArchiveWorker(Task task, QString libraryPath, QString archivePath, QObject *parent = nullptr);
    ~LibraryArchiveWorker() override;

    Task task() const { return m_task; }
    // Stops after the article in hand: an export leaves nothing behind, an
    // import keeps what it stored.
    void cancel() { m_cancel.store(true); }

signals:
    void progress(int done, int total);
    // ok: all of it went; summary: one line of what was done (or why not);
    // problems: one line for each article that could not be imported.
    void done(bool ok, const QString &summary, const QStringList &problems);

protected:
    void run() override;

private:
    Task m_task;
    QString m_libraryPath;
    QString m_archivePath;
    std::atomic<bool> m_cancel{false};
};

} // namespace pathak::ui
