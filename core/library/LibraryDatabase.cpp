#include "library/LibraryDatabase.h"

#include "library/sqlite/LibraryFile.h"
#include "library/sqlite/SqlErrorText.h"

#include "library/fts/IndexTokenizer.h"
#include "library/LibraryRecovery.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <mutex>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcLibrary, "pathak.library")

namespace pathak {

namespace {

struct Migration
{
    int version;
    QString resource;
};

// Migration scripts live in resources/migrations as NNN_name.sql and are
// compiled in; their numbers are the schema versions.
QList<Migration> migrations()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            list.append({version, dir.filePath(name)});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

// The library files this process has open, with their connection counts.
// SQLite locks files with POSIX advisory locks, which belong to the process:
// closing any descriptor of the file drops all of them, also those of
// another connection (another thread) to it. Then another process no longer
// sees this one as a reader, may rebuild the shared WAL index under it, and
// both get "disk I/O error". So the header check, which reads the file with
// a descriptor of its own, runs only while no connection here has it open;
// a file open here was checked when it was first opened.
std::mutex openFilesMutex;
QHash<QString, int> openFiles;

// One object of the schema (sqlite_master), its SQL without comments and
// with its white space collapsed: a comment edited in a migration is no change.
struct SchemaObject
{
    QString type;
    QString name;
    QString sql;
};
using Schema = QMap<QString, SchemaObject>; // by type and name

QString normalisedSql(const QString &sql)
{
    QString out;
    out.reserve(sql.size());
    bool space = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') ||
            c == QLatin1Char('[')) {
            // A quoted name or literal is kept as it is.
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            const qsizetype end = sql.indexOf(close, i + 1);
            const qsizetype stop = end < 0 ? sql.size() : end + 1;
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += sql.mid(i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == QLatin1Char('-') && sql.mid(i, 2) == QLatin1String("--")) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? sql.size() : end;
            space = true;
            continue;
        }
        if (c == QLatin1Char('/') && sql.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? sql.size() : end + 1;
            space = true;
            continue;
        }
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

Result<Schema> readSchema(sqlite3 *db)
{
    Schema schema;
    sqlite3_stmt *stmt = nullptr;
    // SQLite's own objects (sqlite_sequence, sqlite_stat1, automatic
    // indexes) come and go with its work; they are not the schema's.
    int rc = sqlite3_prepare_v2(db,
                                "SELECT type, name, sql FROM sqlite_master "
                                "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                                -1, &stmt, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto text = [stmt](int column) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)));
        };
        SchemaObject o{text(0), text(1), normalisedSql(text(2))};
        schema.insert(o.type + QLatin1Char(' ') + o.name, o);
        rc = SQLITE_OK;
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_OK)
        return Result<Schema>::failure(QStringLiteral("cannot read the library's schema: %1").arg(error));
    return schema;
}

// The schema the migrations up to version make, built once per version.
Result<Schema> expectedSchema(int version)
{
    static std::mutex mutex;
    static QHash<int, Schema> built;
    const std::lock_guard lock(mutex);
    if (const auto it = built.constFind(version); it != built.constEnd())
        return *it;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return Result<Schema>::failure(QStringLiteral("cannot build the expected schema"));
    }
    const auto fail = [db](const QString &why) {
        sqlite3_close(db);
        return Result<Schema>::failure(QStringLiteral("cannot build the expected schema: %1").arg(why));
    };
    // The search table names Pathak's tokenizer.
    if (Status s = IndexTokenizer::install(db); !s)
        return fail(s.error());
    for (const Migration &m : migrations()) {
        if (m.version > version)
            break;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("missing migration %1").arg(m.resource));
        char *message = nullptr;
        if (sqlite3_exec(db, file.readAll().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString why = QString::fromUtf8(message ? message : "unknown error");
            sqlite3_free(message);
            return fail(why);
        }
    }
    Result<Schema> schema = readSchema(db);
    sqlite3_close(db);
    if (schema)
        built.insert(version, schema.value());
    return schema;
}

} // namespace

LibraryDatabase::~LibraryDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_registered) {
        const std::lock_guard lock(openFilesMutex);
        if (--openFiles[m_path] <= 0)
            openFiles.remove(m_path);
    }
}

QString LibraryDatabase::defaultPath()
{
    QString env = qEnvironmentVariable("PATHAK_LIBRARY");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/library.sqlite");
}

int LibraryDatabase::latestSchemaVersion()
{
    const QList<Migration> list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<std::unique_ptr<LibraryDatabase>> LibraryDatabase::open(const QString &path)
{
    using R = Result<std::unique_ptr<LibraryDatabase>>;
    static QAtomicInteger<quint64> counter;

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return R::failure(QStringLiteral("cannot create folder %1").arg(info.absolutePath()));

    std::unique_ptr<LibraryDatabase> lib(new LibraryDatabase);
    lib->m_path = info.absoluteFilePath();
    {
        const std::lock_guard lock(openFilesMutex);
        // A damaged file is refused before SQLite can write to it (see openFiles).
        if (!openFiles.contains(lib->m_path)) {
            if (Status s = LibraryFile::prepare(lib->m_path); !s)
                return R::failure(s.error());
        }
        ++openFiles[lib->m_path];
        lib->m_registered = true;
    }
    lib->m_connectionName = QStringLiteral("pathak-%1").arg(counter.fetchAndAddRelaxed(1));
    lib->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lib->m_connectionName);
    lib->m_db.setDatabaseName(lib->m_path);
    // Another process (the GUI, a second import) may hold the write lock for a
    // moment: wait for it rather than fail with "database is locked".
    // PATHAK_BUSY_TIMEOUT (milliseconds) shortens or lengthens the wait.
    bool customTimeout = false;
    const int busyTimeout = qEnvironmentVariableIntValue("PATHAK_BUSY_TIMEOUT", &customTimeout);
    // A library in a folder (or on a disk) that cannot be written is opened
    // read-only: reading it (list, show, search, export) still works, and
    // what would write says why it cannot.
    lib->m_readOnly = ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0 ||
                      ::access(QFile::encodeName(lib->m_path).constData(), W_OK) != 0;
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(customTimeout ? busyTimeout : 15000);
    if (lib->m_readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        // Without a log beside it, nothing can change the file while the
        // folder stays unwritable, and SQLite could not make the index it
        // wants for a log: it reads the file as it is.
        if (!QFileInfo::exists(lib->m_path + QStringLiteral("-wal"))) {
            options += QStringLiteral(";QSQLITE_OPEN_URI");
            lib->m_db.setDatabaseName(QUrl::fromLocalFile(lib->m_path).toString(QUrl::FullyEncoded) +
                                      QStringLiteral("?immutable=1"));
        }
    }
    lib->m_db.setConnectOptions(options);
    if (!lib->m_db.open())
        return R::failure(
            QStringLiteral("cannot open library: %1").arg(SqlErrorText::of(lib->m_db.lastError())));
    // Until the file proves sound, closing must not checkpoint into it.
    LibraryFile::setCheckpointOnClose(lib->handle(), false);
    // Before anything opens the search table. Without it an import only
    // tokenizes on its storing thread, as any SQLite program does.
    // Without it the library works the same, only imports are slower.
    if (Status installed = IndexTokenizer::install(lib->handle()); !installed)
        qCWarning(lcLibrary) << "search tokenizer not installed:" << installed.error();

    QSqlQuery q(lib->m_db);
    // Reading the schema first tells a damaged or foreign file apart before anything is written.
    if (!q.exec(QStringLiteral("PRAGMA schema_version")))
        return R::failure(
            SqlErrorText::describe(q.lastError().nativeErrorCode().toInt(), SqlErrorText::of(q.lastError())));
    q.finish();
    // Whose file it is, before the pragmas below change its header.
    if (Status ours = lib->checkIdentity(); !ours)
        return R::failure(ours.error());
    // And before anything runs a foreign trigger.
    if (Status same = lib->checkSchema(); !same)
        return R::failure(same.error());
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return R::failure(
                QStringLiteral("cannot configure library: %1").arg(SqlErrorText::of(q.lastError())));
    }
    if (!lib->m_readOnly && !q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return R::failure(
            QStringLiteral("cannot configure library: %1").arg(SqlErrorText::of(q.lastError())));
    q.finish(); // an unfinished statement would keep the migrations from committing

    if (Status s = lib->migrate(); !s)
        return R::failure(s.error());
    // New libraries, and those from before the id, are marked as Pathak's.
    if (lib->m_unmarked && !lib->m_readOnly) {
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
            return R::failure(
                QStringLiteral("cannot configure library: %1").arg(SqlErrorText::of(q.lastError())));
        q.finish();
    }
    LibraryFile::setCheckpointOnClose(lib->handle(), true);
    return R(std::move(lib));
}

sqlite3 *LibraryDatabase::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Status LibraryDatabase::executeScript(const QString &sql)
{
    sqlite3 *db = handle();
    if (!db)
        return Status::failure(QStringLiteral("no SQLite handle"));
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(db, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return Status::failure(text);
    }
    return {};
}

Status LibraryDatabase::checkIdentity()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT application_id FROM pragma_application_id), "
            "(SELECT user_version FROM pragma_user_version), "
            "EXISTS (SELECT 1 FROM sqlite_master), "
            "EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles')")) ||
        !q.next())
        return Status::failure(
            QStringLiteral("cannot read the library's header: %1").arg(SqlErrorText::of(q.lastError())));
    const qint64 id = q.value(0).toLongLong();
    const int version = q.value(1).toInt();
    const bool hasTables = q.value(2).toBool();
    const bool hasArticles = q.value(3).toBool();
    const QString foreign =
        QStringLiteral("not a Pathak library: an SQLite database of another program; it was left untouched");
    if (id != 0 && id != applicationId)
        return Status::failure(foreign);
    // Libraries from before the id have Pathak's tables; a database with
    // tables (or a schema version) of its own is another program's.
    if (id == 0 && ((version == 0 && hasTables) || (version > 0 && !hasArticles)))
        return Status::failure(foreign);
    m_unmarked = id == 0;
    const int latest = latestSchemaVersion();
    if (version > latest)
        return Status::failure(
            QStringLiteral("library was written by a newer Pathak (schema %1; this version reads up "
                           "to %2); it was left untouched")
                .arg(version)
                .arg(latest));
    return {};
}

Status LibraryDatabase::checkSchema()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Status::failure(
            QStringLiteral("cannot read schema version: %1").arg(SqlErrorText::of(q.lastError())));
    const int version = q.value(0).toInt();
    q.finish();
    if (version == 0)
        return {}; // a new file: checkIdentity refused one with tables
    Result<Schema> actual = readSchema(handle());
    if (!actual)
        return Status::failure(actual.error());
    Result<Schema> expected = expectedSchema(version);
    if (!expected)
        return Status::failure(expected.error());
    const auto refused = [](const QString &what) {
        return Status::failure(QStringLiteral("the library's schema was changed by another program (%1); "
                                              "it was left untouched")
                                   .arg(what));
    };
    for (const SchemaObject &o : actual.value()) {
        const auto it = expected->constFind(o.type + QLatin1Char(' ') + o.name);
        if (it == expected->constEnd())
            return refused(QStringLiteral("a %1 \"%2\" that Pathak does not make").arg(o.type, o.name));
        if (it->sql != o.sql)
            return refused(QStringLiteral("the %1 \"%2\" is not as Pathak makes it").arg(o.type, o.name));
    }
    for (const SchemaObject &o : expected.value()) {
        if (!actual->contains(o.type + QLatin1Char(' ') + o.name))
            return refused(QStringLiteral("the %1 \"%2\" is missing").arg(o.type, o.name));
    }
    return {};
}

Status LibraryDatabase::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Status::failure(
            QStringLiteral("cannot read schema version: %1").arg(SqlErrorText::of(q.lastError())));
    m_schemaVersion = q.value(0).toInt();
    q.finish();

    const QList<Migration> list = migrations();
    const int latest = list.isEmpty() ? 0 : list.last().version;
    if (m_schemaVersion > latest) {
        return Status::failure(
            QStringLiteral("library was written by a newer Pathak (schema %1; this version reads up "
                           "to %2); it was left untouched")
                .arg(m_schemaVersion)
                .arg(latest));
    }
    if (m_schemaVersion == latest)
        return {};
    if (m_readOnly)
        return Status::failure(
            QStringLiteral("the library needs an upgrade to schema %1, but its folder cannot be "
                           "written; it was left untouched")
                .arg(latest));

    // Keep a copy of a library that has articles before changing its schema.
    if (m_schemaVersion > 0) {
        const QString backup = m_path + QStringLiteral(".schema%1.bak").arg(m_schemaVersion);
        QFile::remove(backup);
        QSqlQuery vacuum(m_db);
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(backup);
        if (!vacuum.exec())
            return Status::failure(QStringLiteral("cannot back up library before upgrading: %1")
                                       .arg(SqlErrorText::of(vacuum.lastError())));
        qCInfo(lcLibrary) << "backed up schema" << m_schemaVersion << "to" << backup;
    }

    for (const Migration &m : list) {
        if (m.version <= m_schemaVersion)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(QStringLiteral("missing migration %1").arg(m.resource));
        if (Status s = executeScript(QStringLiteral("BEGIN IMMEDIATE;")); !s)
            return Status::failure(QStringLiteral("cannot lock library for upgrade: %1").arg(s.error()));
        // Another process may have upgraded the file while this one waited for the lock.
        QSqlQuery check(m_db);
        const int current =
            check.exec(QStringLiteral("PRAGMA user_version")) && check.next() ? check.value(0).toInt() : 0;
        check.finish();
        if (current >= m.version) {
            if (Status s = executeScript(QStringLiteral("COMMIT;")); !s)
                return Status::failure(
                    QStringLiteral("cannot unlock library after upgrade: %1").arg(s.error()));
            m_schemaVersion = current;
            continue;
        }
        const QString script = QString::fromUtf8(file.readAll()) +
                               QStringLiteral(";\nPRAGMA user_version = %1;\nCOMMIT;").arg(m.version);
        if (Status s = executeScript(script); !s) {
            QString why = s.error();
            if (Status undone = executeScript(QStringLiteral("ROLLBACK;")); !undone)
                why += QStringLiteral("; undoing it failed too: ") + undone.error();
            return Status::failure(
                QStringLiteral("migration to schema %1 failed: %2").arg(m.version).arg(why));
        }
        m_schemaVersion = m.version;
    }
    return {};
}

} // namespace pathak
