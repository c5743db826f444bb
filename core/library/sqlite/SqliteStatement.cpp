#include "library/sqlite/SqliteStatement.h"

#include <sqlite3.h>

#include <utility>

namespace pathak {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_bound(std::move(other.m_bound))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bound = std::move(other.m_bound);
    }
    return *this;
}

Result<SqliteStatement> SqliteStatement::prepare(sqlite3 *db, const char *sql)
{
    if (!db)
        return Result<SqliteStatement>::failure(QStringLiteral("no SQLite handle"));
    SqliteStatement s;
    // PREPARE_PERSISTENT: these live for a whole import and are stepped
    // thousands of times.
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s.m_stmt, nullptr) != SQLITE_OK)
        return Result<SqliteStatement>::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    return Result<SqliteStatement>(std::move(s));
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    bindUtf8(index, text.toUtf8());
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    m_bound.push_back(utf8);
    const QByteArray &kept = m_bound.back();
    // constData() of an empty QByteArray is "" (never null), so '' is bound, not NULL.
    sqlite3_bind_text(m_stmt, index, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, const QByteArray &bytes)
{
    m_bound.push_back(bytes);
    const QByteArray &kept = m_bound.back();
    // A zero-length blob with a non-null pointer is X'', not NULL.
    sqlite3_bind_blob(m_stmt, index, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

QString SqliteStatement::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
}

Status SqliteStatement::exec()
{
    const int rc = sqlite3_step(m_stmt);
    Status result;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        result = Status::failure(lastError());
    reset();
    return result;
}

Result<bool> SqliteStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        reset();
        return false;
    }
    const QString error = lastError();
    reset();
    return Result<bool>::failure(error);
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    // The pointers SQLite held are released by the reset and clear above.
    m_bound.clear();
}

} // namespace pathak
