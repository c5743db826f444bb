#include "LibraryRecovery.h"

#include "LibraryDatabase.h"
#include "ReadStop.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstdio>

// Quiet by default: the command line reports through its own messages.
Q_LOGGING_CATEGORY(lcRecovery, "pathak.recovery", QtWarningMsg)

namespace pathak {

namespace {

constexpr qint64 headerSize = 100;
constexpr qint64 walHeaderSize = 32;

const QString untouched = QStringLiteral("; it was left untouched");

QString notSqlite()
{
    return QStringLiteral("not a Pathak library: not an SQLite database (its header is damaged, or it is another kind of "
                          "file)") +
           untouched;
}

// quick_check reports a heading and one problem per line; a message is one line.
QString firstProblem(const QString &report)
{
    QStringList lines;
    for (const QString &line : report.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("***")))
            lines.append(line.trimmed());
    }
    return QStringLiteral("library file is damaged (%1)").arg(lines.join(QStringLiteral("; "))) + untouched;
}

quint32 bigEndian(const QByteArray &b, int offset, int size)
{
    quint32 v = 0;
    for (int i = 0; i < size; ++i)
        v = (v << 8) | quint8(b.at(offset + i));
    return v;
}

// A WAL with frames in it holds committed pages the main file lacks; SQLite
// recovers them, so the main file alone does not tell the whole story.
bool walHasFrames(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() > walHeaderSize;
}

// The checks that need no SQLite: an existing file must at least look like
// an SQLite database of the size its header claims.
Status checkHeader(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Status::failure(QStringLiteral("is a folder, not a library file"));
    const qint64 size = info.size();
    if (size == 0) {
        if (walHasFrames(path))
            return {};
        return Status::failure(QStringLiteral("library file is empty (0 bytes): it was cut short, perhaps by a full disk "
                                              "or a copy that did not finish") +
                               untouched);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("cannot read library: %1").arg(file.errorString()));
    const QByteArray header = file.read(headerSize);
    if (header.size() < headerSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Status::failure(notSqlite());
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return Status::failure(QStringLiteral("library file is damaged (its header names no valid page size)") + untouched);
    // The page count in the header is valid when its "version valid for"
    // matches the change counter (SQLite file format, §1.3.9).
    const quint32 pageCount = bigEndian(header, 28, 4);
    const bool countValid = bigEndian(header, 92, 4) == bigEndian(header, 24, 4);
    if (countValid && pageCount > 0 && !walHasFrames(path) && size < qint64(pageCount) * pageSize) {
        return Status::failure(QStringLiteral("library file is damaged: it is cut short (%1 of %2 bytes)")
                                   .arg(size)
                                   .arg(qint64(pageCount) * pageSize) +
                               untouched);
    }
    return {};
}

// A new library is made under a temporary name and renamed into place, so
// no reader ever sees, and no crash ever leaves, an empty library file.
Status createLibraryFile(const QString &path)
{
    const QString temp = path + QStringLiteral(".new-%1-%2")
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temp).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    // 16 KiB pages: an article's original bytes (5 to 10 KiB of news text)
    // fit in one page instead of running onto overflow pages, and the log
    // takes a quarter of the writes. A 10,000-article import got 15-20%
    // faster. It must be set before the first write; a library made
    // earlier keeps its 4 KiB pages.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "PRAGMA page_size = 16384", nullptr, nullptr, nullptr);
    // Switching to WAL writes the database header: the file is a valid, empty library.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    const QString why = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_close(db);
    if (rc != SQLITE_OK) {
        QFile::remove(temp);
        return Status::failure(QStringLiteral("cannot create library: %1").arg(why));
    }
    // QFile::rename never replaces: if another process created the library
    // meanwhile, use theirs.
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        if (!QFileInfo::exists(path))
            return Status::failure(QStringLiteral("cannot create library file"));
    }
    return {};
}

} // namespace

Status LibraryRecovery::prepareFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        return createLibraryFile(path);
    return checkHeader(path);
}

QString LibraryRecovery::describeSqliteError(int sqliteCode, const QString &text)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_NOTADB: return notSqlite();
    case SQLITE_CORRUPT: return QStringLiteral("library file is damaged (%1)").arg(text) + untouched;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("library is busy: another program has been writing to it for too long; try again when it "
                              "is done");
    default: return text;
    }
}

Status LibraryRecovery::quickCheck(LibraryDatabase &db, ReadStop *stop)
{
    const Status stopped = Status::failure(QStringLiteral("the check of the library was stopped"));
    sqlite3 *handle = db.handle();
    if (stop && !stop->attach(handle))
        return stopped;
    // SQLite forgets an interrupt that comes before the statement starts; a
    // progress handler, asked before each step of the check's program,
    // catches such a stop at the first step instead.
    if (stop && handle) {
        sqlite3_progress_handler(
            handle, 1, [](void *request) { return static_cast<const ReadStop *>(request)->isStopped() ? 1 : 0; },
            stop);
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
        return Status::failure(describeSqliteError(code, e.databaseText()));
    }
    if (first == QLatin1String("ok"))
        return {};
    return Status::failure(firstProblem(first));
}

Status LibraryRecovery::diagnose(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    if (Status s = checkHeader(path); !s)
        return s;
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    Status result;
    if (rc == SQLITE_OK) {
        setCheckpointOnClose(db, false);
        sqlite3_busy_timeout(db, 5000);
        sqlite3_stmt *stmt = nullptr;
        rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &stmt, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(stmt);
            if (rc == SQLITE_ROW) {
                const QString first = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
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
            result = Status::failure(describeSqliteError(code, QString::fromUtf8(sqlite3_errmsg(db))));
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

Status LibraryRecovery::restoreBackup(const QString &path)
{
    const QString backup = backupPath(path);
    if (!QFileInfo::exists(backup))
        return Status::failure(QStringLiteral("there is no backup %1").arg(backup));
    if (Status s = diagnose(backup); !s)
        return Status::failure(QStringLiteral("the backup is damaged too: %1").arg(s.error()));
    if (QFileInfo::exists(path)) {
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
    return {};
}

void LibraryRecovery::setCheckpointOnClose(sqlite3 *db, bool enabled)
{
    if (db)
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, enabled ? 0 : 1, nullptr);
}

} // namespace pathak
