#include "library/LibraryRecovery.h"

#include "library/LibraryDatabase.h"
#include "library/PersonalBackup.h"
#include "library/sqlite/LibraryFile.h"
#include "library/sqlite/ReadStop.h"
#include "library/sqlite/SqlErrorText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

// Quiet by default: the command line reports through its own messages.
Q_LOGGING_CATEGORY(lcRecovery, "pathak.recovery", QtWarningMsg)

namespace pathak {

namespace {

// quick_check reports a heading and one problem per line; a message is one line.
QString firstProblem(const QString &report)
{
    QStringList lines;
    for (const QString &line : report.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("***")))
            lines.append(line.trimmed());
    }
    return QStringLiteral("library file is damaged (%1)").arg(lines.join(QStringLiteral("; "))) +
           SqlErrorText::leftUntouched();
}

} // namespace

Status LibraryRecovery::quickCheck(LibraryDatabase &db, ReadStop *stop)
{
    Status stopped = Status::failure(QStringLiteral("the check of the library was stopped"));
    sqlite3 *handle = db.handle();
    if (stop && !stop->attach(handle))
        return stopped;
    // SQLite forgets an interrupt that comes before the statement starts; a
    // progress handler, asked before each step of the check's program,
    // catches such a stop at the first step instead.
    if (stop && handle) {
        sqlite3_progress_handler(
            handle, 1,
            [](void *request) { return static_cast<const ReadStop *>(request)->isStopped() ? 1 : 0; }, stop);
    }
    QSqlQuery q(db.connection());
    // The whole check runs in the statement's first step, inside exec().
    const bool ran = q.exec(QStringLiteral("PRAGMA quick_check(1)"));
    const QString first = ran && q.next() ? q.value(0).toString() : QString();
    const QSqlError e = q.lastError();
    q.finish();
    if (stop) {
        if (handle)
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        stop->detach();
    }
    if (!ran) {
        const int code = e.nativeErrorCode().toInt();
        if (stop && (code & 0xff) == SQLITE_INTERRUPT)
            return stopped;
        return Status::failure(SqlErrorText::describe(code, e.databaseText()));
    }
    if (first == QLatin1String("ok"))
        return {};
    return Status::failure(firstProblem(first));
}

Status LibraryRecovery::diagnose(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    if (Status s = LibraryFile::checkHeader(path); !s)
        return s;
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    Status result;
    if (rc == SQLITE_OK) {
        LibraryFile::setCheckpointOnClose(db, false);
        sqlite3_busy_timeout(db, 5000);
        sqlite3_stmt *stmt = nullptr;
        rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &stmt, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(stmt);
            if (rc == SQLITE_ROW) {
                const QString first =
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
                if (first != QLatin1String("ok"))
                    result = Status::failure(firstProblem(first));
                rc = SQLITE_OK;
            }
        }
        sqlite3_finalize(stmt);
    }
    if (rc != SQLITE_OK && result.ok()) {
        const int code = db ? sqlite3_errcode(db) : rc;
        if ((code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT)
            result = Status::failure(SqlErrorText::describe(code, QString::fromUtf8(sqlite3_errmsg(db))));
    }
    sqlite3_close(db);
    return result;
}

QString LibraryRecovery::backupPath(const QString &path)
{
    return path + QStringLiteral(".bak");
}

QDateTime LibraryRecovery::backupTime(const QString &path)
{
    const QFileInfo info(backupPath(path));
    return info.exists() ? info.lastModified() : QDateTime();
}

Status LibraryRecovery::refreshBackup(const QString &path, qint64 maxAgeSeconds)
{
    const QDateTime last = backupTime(path);
    if (last.isValid() && last.secsTo(QDateTime::currentDateTime()) < maxAgeSeconds)
        return {};
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    if (!db)
        return Status::failure(db.error());
    // Never let a damaged library replace a good backup.
    if (Status s = quickCheck(*db.value()); !s)
        return s;
    const QString backup = backupPath(path);
    const QString temp = backup + QStringLiteral(".new");
    QFile::remove(temp);
    QSqlQuery vacuum(db.value()->connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(temp);
    if (!vacuum.exec()) {
        QFile::remove(temp);
        return Status::failure(QStringLiteral("cannot back up library: %1").arg(vacuum.lastError().text()));
    }
    // rename(2) replaces the old backup in one step: a crash leaves either.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(backup).constData()) != 0) {
        QFile::remove(temp);
        return Status::failure(QStringLiteral("cannot replace the backup %1").arg(backup));
    }
    qCDebug(lcRecovery) << "backed up" << path << "to" << backup;
    return {};
}

Result<QString> LibraryRecovery::moveAside(const QString &path)
{
    using R = Result<QString>;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, target))
        return R::failure(QStringLiteral("cannot move the damaged library aside to %1").arg(target));
    // The WAL belongs to the damaged file: left behind, SQLite would apply
    // it to whatever library is created next under the old name.
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            return R::failure(QStringLiteral("cannot move %1 aside").arg(path + suffix));
    }
    qCDebug(lcRecovery) << "moved damaged library" << path << "to" << target;
    return R(target);
}

bool LibraryRecovery::isReadWholeAtStart(const QString &path)
{
    return QFileInfo(path).size() <= wholeFileLimit;
}

Status LibraryRecovery::restoreBackup(const QString &path, QString *note)
{
    const QString backup = backupPath(path);
    if (!QFileInfo::exists(backup))
        return Status::failure(QStringLiteral("there is no backup %1").arg(backup));
    if (Status s = diagnose(backup); !s)
        return Status::failure(QStringLiteral("the backup is damaged too: %1").arg(s.error()));
    if (QFileInfo::exists(path)) {
        if (Status s = checkNotInUse(path); !s)
            return s;
        if (diagnose(path))
            return Status::failure(QStringLiteral("the library is not damaged, so it was left as it is "
                                                  "(restore-backup replaces only a damaged library)"));
        if (Result<QString> moved = moveAside(path); !moved)
            return Status::failure(moved.error());
    }
    // Copy, then rename into place: the backup stays for another time, and
    // no half-copied library is ever opened.
    const QString temp = path + QStringLiteral(".restoring");
    QFile::remove(temp);
    if (!QFile::copy(backup, temp))
        return Status::failure(QStringLiteral("cannot copy the backup %1").arg(backup));
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return Status::failure(QStringLiteral("cannot put the backup in place of %1").arg(path));
    }
    const QString personal = PersonalBackup::path(path);
    if (!QFileInfo::exists(personal))
        return {};
    // The copy stands either way; what the personal backup adds is said.
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    Result<PersonalBackup::Restored> laid = db ? PersonalBackup::restoreInto(*db.value(), personal)
                                               : Result<PersonalBackup::Restored>::failure(db.error());
    if (note) {
        if (!laid) {
            *note = QStringLiteral("the personal backup was not laid over it: %1").arg(laid.error());
        } else {
            *note = QStringLiteral("annotations, marks, tags and feeds of %1 laid over it: %2 annotations, "
                                   "%3 articles marked, %4 tags, %5 feeds")
                        .arg(PersonalBackup::time(path).toString(Qt::ISODate))
                        .arg(laid->annotations)
                        .arg(laid->articlesMarked)
                        .arg(laid->tags)
                        .arg(laid->feeds);
            if (laid->annotationsLeftOut > 0)
                *note += QStringLiteral("; %1 annotations left out: their articles were saved after the "
                                        "whole backup")
                             .arg(laid->annotationsLeftOut);
        }
    }
    return {};
}

namespace {

// Whether another process holds a lock on bytes [start, start + length) of
// the file: F_GETLK reports a lock that would conflict with a write lock,
// and never this process's own.
bool lockedByOthers(const QString &path, off_t start, off_t length)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    struct flock lock
    {
    };
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = start;
    lock.l_len = length;
    const bool locked = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}

} // namespace

Status LibraryRecovery::checkNotInUse(const QString &path)
{
    // SQLite's unix locks: the database file's lock bytes start at 1 GiB
    // (the pending byte, the reserved byte, then 510 shared bytes); every
    // connection with the write-ahead log open holds a read lock on byte
    // 128 of the -shm file for as long as it is open.
    constexpr off_t pendingByte = 0x40000000;
    constexpr off_t lockBytes = 512;
    constexpr off_t shmDmsByte = 128;
    const QString shm = path + QStringLiteral("-shm");
    if (lockedByOthers(path, pendingByte, lockBytes) ||
        (QFileInfo::exists(shm) && lockedByOthers(shm, shmDmsByte, 1)))
        return Status::failure(
            QStringLiteral("the library is in use by another program (a reader or an import); "
                           "close it and try again; it was left as it is"));
    return {};
}

} // namespace pathak
