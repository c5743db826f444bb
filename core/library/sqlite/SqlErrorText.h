#pragma once

#include <QString>

class QSqlError;
class QSqlQuery;

namespace pathak {

// The one way an SQL failure becomes a user-facing line: SQLite's own
// message where there is one, and plain words for a damaged or busy file.
class SqlErrorText
{
public:
    // SQLite's message for the failure, else Qt's.
    static QString of(const QSqlError &error);
    // The same for the last failure of a query.
    static QString of(const QSqlQuery &query);

    // The user-facing reason for an SQLite error, saying plainly when the
    // file is damaged or busy rather than "database is locked".
    static QString describe(int sqliteCode, const QString &text);
    // What a file that is no SQLite database at all is called.
    static QString notALibrary();
    // Ends every message about a damaged file: Pathak did not write to it.
    static QString leftUntouched();
};

} // namespace pathak
