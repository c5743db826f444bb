#pragma once

#include <QDateTime>
#include <QMessageBox>

#include <functional>
#include <memory>

class QThread;

namespace pathak {
class LibraryDatabase;
class ReadStop;
} // namespace pathak

namespace pathak::ui {

// Shown when the library file is damaged: says what is wrong and offers to
// restore the automatic backup or to start a fresh library. Either way the
// damaged file is moved aside, never deleted or written to.
class LibraryRecoveryDialog : public QMessageBox
{
    Q_OBJECT
public:
    enum class Choice { RestoreBackup, StartFresh, Quit };

    LibraryRecoveryDialog(const QString &libraryPath, const QString &reason, const QDateTime &backupTime,
                          QWidget *parent = nullptr);
    Choice choice() const;

    using Asker =
        std::function<Choice(const QString &libraryPath, const QString &reason, const QDateTime &backupTime)>;

    // Opens the library for the reader: when the file is damaged (found on
    // opening, or by a full read of it), asks, acts, and opens what the user
    // chose. Returns null when the user quits or the library cannot be opened
    // for another reason (that reason is shown). ask defaults to the dialog.
    // read: AtOpen reads the whole file before returning (PRAGMA
    // quick_check); Later leaves that to startCheckAndBackup(), for a fast
    // start: on a library of 100,000 articles (1.7 GB) the full read takes
    // 2.5 s from the page cache and 13 s from disk.
    enum class FullRead { AtOpen, Later };
    static std::unique_ptr<LibraryDatabase> openLibrary(const QString &libraryPath, QWidget *parent = nullptr,
                                                        const Asker &ask = {},
                                                        FullRead read = FullRead::AtOpen);

    // The full read openLibrary(…, FullRead::Later) left out, on a thread of
    // its own connection at low priority, then the daily backup if the file
    // is sound (a damaged library never replaces a good backup). On damage,
    // onDamage(reason) runs in context's thread. The backup is refreshed
    // only when it is a day old or missing. The thread deletes itself when
    // done; it is returned so the caller can wait for it before exiting.
    // stop->stop() ends the read early (quitting need not wait for it); a
    // stopped read reports nothing and leaves the backup alone.
    static QThread *startCheckAndBackup(const QString &libraryPath, QObject *context,
                                        const std::function<void(const QString &reason)> &onDamage,
                                        const std::shared_ptr<ReadStop> &stop = {});

    // How the reader opens its library at start: the full read waits for
    // startCheckAndBackup(), unless the last background read of this file
    // found damage (readFullyAtNextOpen), in which case it is read before
    // opening, which offers the backup or a fresh library.
    static std::unique_ptr<LibraryDatabase> openForStart(const QString &libraryPath);
    // Remembers (in QSettings) that the next start reads this library fully
    // before opening it.
    static void readFullyAtNextOpen(const QString &libraryPath);

private:
    QAbstractButton *m_restore = nullptr;
    QAbstractButton *m_fresh = nullptr;
};

} // namespace pathak::ui
