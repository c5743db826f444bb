#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace pathak {

// One statement prepared through the SQLite C API on a library's own
// connection (LibraryDatabase::handle()), for the bulk paths where Qt SQL's
// per-row cost shows: QSqlQuery converts every value through QVariant, binds
// text as UTF-16 for SQLite to convert again, and copies it. Text is bound as
// UTF-8 that the statement keeps alive until it is reset, so SQLite need not
// copy it. A statement must be finalized (destroyed) before its connection
// closes: Qt's sqlite3_close fails while one is left.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    static Result<SqliteStatement> prepare(sqlite3 *db, const char *sql);

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are numbered from 1, as in SQLite.
    void bindInt64(int index, qint64 value);
    void bindNull(int index);
    // A null QString binds as '' (the text columns are NOT NULL).
    void bindText(int index, const QString &text);
    void bindUtf8(int index, const QByteArray &utf8);
    void bindBlob(int index, const QByteArray &bytes);

    // Runs a statement that returns no rows, then resets it for the next use.
    Status exec();
    // Steps a query: true with a row to read, false when done (then reset).
    Result<bool> next();
    qint64 columnInt64(int column) const;
    // Ends a query before its last row and drops the bound values.
    void reset();

private:
    QString lastError() const;

    sqlite3_stmt *m_stmt = nullptr;
    // The bound text and blobs, alive until reset (bound SQLITE_STATIC).
    std::vector<QByteArray> m_bound;
};

} // namespace pathak
