#include "library/sqlite/LibraryFile.h"

#include "library/sqlite/SqlErrorText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sqlite3.h>

namespace pathak {

namespace {

constexpr qint64 headerSize = 100;
constexpr qint64 walHeaderSize = 32;

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

// A new library is made under a temporary name and renamed into place, so
// no reader ever sees, and no crash ever leaves, an empty library file.
Status createLibraryFile(const QString &path)
{
    const QString temp = path + QStringLiteral(".new-%1-%2")
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temp).constData(), &db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
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

// The checks that need no SQLite: an existing file must at least look like
// an SQLite database of the size its header claims.
Status LibraryFile::checkHeader(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Status::failure(QStringLiteral("is a folder, not a library file"));
    const qint64 size = info.size();
    if (size == 0) {
        if (walHasFrames(path))
            return {};
        return Status::failure(
            QStringLiteral("library file is empty (0 bytes): it was cut short, perhaps by a full disk "
                           "or a copy that did not finish") +
            SqlErrorText::leftUntouched());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("cannot read library: %1").arg(file.errorString()));
    const QByteArray header = file.read(headerSize);
    if (header.size() < headerSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Status::failure(SqlErrorText::notALibrary());
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return Status::failure(
            QStringLiteral("library file is damaged (its header names no valid page size)") +
            SqlErrorText::leftUntouched());
    // The page count in the header is valid when its "version valid for"
    // matches the change counter (SQLite file format, §1.3.9).
    const quint32 pageCount = bigEndian(header, 28, 4);
    const bool countValid = bigEndian(header, 92, 4) == bigEndian(header, 24, 4);
    if (countValid && pageCount > 0 && !walHasFrames(path) && size < qint64(pageCount) * pageSize) {
        return Status::failure(QStringLiteral("library file is damaged: it is cut short (%1 of %2 bytes)")
                                   .arg(size)
                                   .arg(qint64(pageCount) * pageSize) +
                               SqlErrorText::leftUntouched());
    }
    return {};
}

Status LibraryFile::prepare(const QString &path)
{
    if (!QFileInfo::exists(path))
        return createLibraryFile(path);
    return checkHeader(path);
}

void LibraryFile::setCheckpointOnClose(sqlite3 *db, bool enabled)
{
    if (db)
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, enabled ? 0 : 1, nullptr);
}

} // namespace pathak
