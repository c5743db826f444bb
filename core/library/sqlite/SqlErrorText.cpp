#include "library/sqlite/SqlErrorText.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace pathak {

QString SqlErrorText::of(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QString SqlErrorText::of(const QSqlQuery &query)
{
    return of(query.lastError());
}

QString SqlErrorText::leftUntouched()
{
    return QStringLiteral("; it was left untouched");
}

QString SqlErrorText::notALibrary()
{
    return QStringLiteral("not a Pathak library: not an SQLite database (its header is damaged, or it is "
                          "another kind of "
                          "file)") +
           leftUntouched();
}

QString SqlErrorText::describe(int sqliteCode, const QString &text)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_NOTADB:
        return notALibrary();
    case SQLITE_CORRUPT:
        return QStringLiteral("library file is damaged (%1)").arg(text) + leftUntouched();
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral(
            "library is busy: another program has been writing to it for too long; try again when it "
            "is done");
    default:
        return text;
    }
}

} // namespace pathak
