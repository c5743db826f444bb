#pragma once

#include "base/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace pathak {

// One open library file: a named Qt SQL connection owned by the thread that
// opened it (docs/ARCHITECTURE.md). Opening applies the pragmas and brings the
// schema up to date, backing the file up first; a file written by a newer
// Pathak is refused rather than touched.
class LibraryDatabase
{
public:
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase &) = delete;
    LibraryDatabase &operator=(const LibraryDatabase &) = delete;

    static Result<std::unique_ptr<LibraryDatabase>> open(const QString &path);

    // QStandardPaths::AppDataLocation/library.sqlite, or $PATHAK_LIBRARY.
    static QString defaultPath();
    // The schema version this build writes: the number of the last migration.
    static int latestSchemaVersion();

    // PRAGMA application_id of every Pathak library ("PTHK"): a file with
    // another id is another program's, and is not written to.
    static constexpr qint64 applicationId = 0x5054484B;

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // Opened read-only: the file or its folder cannot be written.
    bool isReadOnly() const { return m_readOnly; }

    // Runs a script of several statements (migrations, FTS rebuilds).
    Status executeScript(const QString &sql);
    // The raw handle, for what Qt SQL cannot do (scripts, custom functions).
    sqlite3 *handle() const;

private:
    LibraryDatabase() = default;
    // Refuses, before anything is written, a file with another program's id
    // or tables, or one from a newer Pathak.
    Status checkIdentity();
    // Refuses a library whose schema is not what the migrations up to its
    // version make: another program's triggers (which would run on every
    // change Pathak makes), views, tables, indexes or changed definitions.
    // The expected schema is built by applying the migrations to an
    // in-memory database.
    Status checkSchema();
    Status migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    bool m_registered = false; // counted in the process's open library files
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    bool m_unmarked = false; // no application id yet: a new library, or one from before it
};

} // namespace pathak
