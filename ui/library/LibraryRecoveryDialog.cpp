#include "ui/library/LibraryRecoveryDialog.h"

#include "library/LibraryDatabase.h"
#include "library/LibraryRecovery.h"
#include "library/PersonalBackup.h"
#include "library/sqlite/ReadStop.h"

#include <QAbstractButton>
#include <QDebug>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QThread>

namespace pathak::ui {

namespace {

constexpr qint64 backupInterval = qint64(24) * 3600;

} // namespace

LibraryRecoveryDialog::LibraryRecoveryDialog(const QString &libraryPath, const QString &reason,
                                             const QDateTime &backupTime, QWidget *parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Critical);
    setWindowTitle(tr("Pathak: the library is damaged"));
    setTextFormat(Qt::PlainText); // a path and a reason, never markup
    setText(tr("The library file cannot be used:\n%1").arg(libraryPath));
    QString info = reason;
    info += QStringLiteral("\n\n");
    info += backupTime.isValid() ? tr("A backup from %1 can take its place.")
                                       .arg(QLocale().toString(backupTime, QLocale::LongFormat))
                                 : tr("There is no backup of this library.");
    info += QLatin1Char(' ') + tr("The damaged file is kept beside it, renamed, whatever you choose.");
    setInformativeText(info);
    if (backupTime.isValid())
        m_restore = addButton(tr("Restore the backup"), QMessageBox::AcceptRole);
    m_fresh = addButton(tr("Start a new library"),
                        backupTime.isValid() ? QMessageBox::ActionRole : QMessageBox::AcceptRole);
    QAbstractButton *quit = addButton(tr("Quit"), QMessageBox::RejectRole);
    setDefaultButton(qobject_cast<QPushButton *>(m_restore ? m_restore : quit));
    setEscapeButton(quit);
}

LibraryRecoveryDialog::Choice LibraryRecoveryDialog::choice() const
{
    if (m_restore && clickedButton() == m_restore)
        return Choice::RestoreBackup;
    if (clickedButton() == m_fresh)
        return Choice::StartFresh;
    return Choice::Quit;
}

std::unique_ptr<LibraryDatabase> LibraryRecoveryDialog::openLibrary(const QString &libraryPath,
                                                                    QWidget *parent, const Asker &ask,
                                                                    FullRead read)
{
    const Asker asker =
        ask ? ask : [parent](const QString &path, const QString &reason, const QDateTime &backup) {
            LibraryRecoveryDialog dialog(path, reason, backup, parent);
            dialog.exec();
            return dialog.choice();
        };
    // Each round either opens the library, gives up, or moves the damaged
    // file aside, so the next round meets a different file.
    for (int round = 0; round < 3; ++round) {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(libraryPath);
        QString damage;
        if (db) {
            // A full read finds damage no query has met yet; cheap next to
            // losing more of the library to it.
            const Status check =
                read == FullRead::AtOpen ? LibraryRecovery::quickCheck(*db.value()) : Status();
            if (check)
                return std::move(db).value();
            damage = check.error();
            db = Result<std::unique_ptr<LibraryDatabase>>::failure(damage); // close it before moving it
        } else {
            const Status diagnosis = LibraryRecovery::diagnose(libraryPath);
            if (diagnosis) {
                // Not damage (a newer schema, a folder that cannot be made…): nothing to recover.
                QMessageBox::critical(parent, tr("Pathak"),
                                      tr("Cannot open the library %1:\n%2").arg(libraryPath, db.error()));
                return nullptr;
            }
            damage = diagnosis.error();
        }
        const QDateTime backup = LibraryRecovery::backupTime(libraryPath);
        Status acted;
        switch (asker(libraryPath, damage, backup)) {
        case Choice::Quit:
            return nullptr;
        case Choice::RestoreBackup:
            acted = LibraryRecovery::restoreBackup(libraryPath);
            break;
        case Choice::StartFresh:
            if (Result<QString> moved = LibraryRecovery::moveAside(libraryPath); !moved)
                acted = Status::failure(moved.error());
            break;
        }
        if (!acted) {
            QMessageBox::critical(parent, tr("Pathak"), acted.error());
            return nullptr;
        }
    }
    return nullptr;
}

QThread *LibraryRecoveryDialog::startCheckAndBackup(const QString &libraryPath, QObject *context,
                                                    const std::function<void(const QString &)> &onDamage,
                                                    const std::shared_ptr<ReadStop> &stop)
{
    QThread *thread = QThread::create([libraryPath, context = QPointer<QObject>(context), onDamage, stop] {
        Status check;
        // A library too large to read whole at every start has its personal
        // tables read instead (PersonalBackup::check); pathak check reads it all.
        const bool whole = LibraryRecovery::isReadWholeAtStart(libraryPath);
        {
            Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(libraryPath);
            if (!db)
                check = Status::failure(db.error());
            else
                check = whole ? LibraryRecovery::quickCheck(*db.value(), stop.get())
                              : PersonalBackup::check(*db.value());
        }
        // A stopped read found nothing either way, and vouches for nothing.
        if (stop && stop->isStopped())
            return;
        if (!check) {
            if (context)
                QMetaObject::invokeMethod(
                    context, [onDamage, reason = check.error()] { onDamage(reason); }, Qt::QueuedConnection);
            return;
        }
        // The library is sound either way; the old backup stays until a
        // new one is whole, and the next start tries again.
        if (whole) {
            if (Status backedUp = LibraryRecovery::refreshBackup(libraryPath, backupInterval); !backedUp)
                qWarning().noquote() << "daily backup not refreshed:" << backedUp.error();
        }
        if (Status backedUp = PersonalBackup::refresh(libraryPath, backupInterval); !backedUp)
            qWarning().noquote() << "daily personal backup not refreshed:" << backedUp.error();
    });
    thread->setObjectName(QStringLiteral("pathak-check"));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
    return thread;
}

// The libraries whose last background read found damage: the next start
// reads them fully before opening, which offers the recovery dialog.
namespace {
const QString fullReadAtOpenKey = QStringLiteral("library/fullReadAtOpen");
}

void LibraryRecoveryDialog::readFullyAtNextOpen(const QString &libraryPath)
{
    QSettings s;
    QStringList paths = s.value(fullReadAtOpenKey).toStringList();
    if (!paths.contains(libraryPath))
        paths.append(libraryPath);
    s.setValue(fullReadAtOpenKey, paths);
}

std::unique_ptr<LibraryDatabase> LibraryRecoveryDialog::openForStart(const QString &libraryPath)
{
    QSettings s;
    QStringList recheck = s.value(fullReadAtOpenKey).toStringList();
    const QString absolute = QFileInfo(libraryPath).absoluteFilePath();
    const bool readNow = recheck.contains(absolute);
    // A damaged library is explained, and the backup or a fresh library
    // offered. The full read that finds damage no query has met yet waits
    // until the window is up (startCheckAndBackup), unless the last one
    // found some.
    std::unique_ptr<LibraryDatabase> db =
        openLibrary(libraryPath, nullptr, {}, readNow ? FullRead::AtOpen : FullRead::Later);
    if (db && readNow) {
        recheck.removeAll(absolute);
        s.setValue(fullReadAtOpenKey, recheck);
    }
    return db;
}

} // namespace pathak::ui
