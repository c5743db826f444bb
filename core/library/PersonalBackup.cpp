#include "library/PersonalBackup.h"

#include "library/LibraryDatabase.h"
#include "library/sqlite/SqlErrorText.h"
#include "library/sqlite/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <cstdio>

namespace pathak {

namespace {

// What the backup holds besides the articles' marks, in the order they are
// restored (a table after those it refers to).
const QStringList &personalTables()
{
    static const QStringList tables{
        QStringLiteral("annotations"),  QStringLiteral("annotation_reviews"), QStringLiteral("tags"),
        QStringLiteral("article_tags"), QStringLiteral("reading_positions"),  QStringLiteral("feeds"),
        QStringLiteral("feed_items")};
    return tables;
}

Status run(QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery q(connection);
    if (!q.exec(sql))
        return Status::failure(SqlErrorText::of(q));
    return {};
}

Result<int> scalar(QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery q(connection);
    if (!q.exec(sql) || !q.next())
        return Result<int>::failure(SqlErrorText::of(q));
    return q.value(0).toInt();
}

// A count for the report; 0 when it cannot be read.
int countOf(QSqlDatabase &connection, const QString &sql)
{
    Result<int> n = scalar(connection, sql);
    return n ? n.value() : 0;
}

// The columns of table in the backup, with article_id read through the map
// from the backup's article ids to the library's (alias m, the table's alias x).
Result<std::pair<QString, QString>> mappedColumns(QSqlDatabase &connection, const QString &table)
{
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("PRAGMA backup.table_info(%1)").arg(table)))
        return Result<std::pair<QString, QString>>::failure(SqlErrorText::of(q));
    QStringList names, values;
    while (q.next()) {
        const QString name = q.value(1).toString();
        names.append(name);
        values.append(name == QLatin1String("article_id") ? QStringLiteral("m.new_id")
                                                          : QStringLiteral("x.") + name);
    }
    if (names.isEmpty())
        return Result<std::pair<QString, QString>>::failure(
            QStringLiteral("the personal backup has no table %1").arg(table));
    return std::pair{names.join(QStringLiteral(", ")), values.join(QStringLiteral(", "))};
}

// The personal tables checked page by page (PRAGMA quick_check limited to
// a table and its indexes): their cost is theirs, not the library's.
Status checkPersonalTables(QSqlDatabase &connection)
{
    for (const QString &table : personalTables()) {
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(table)) || !q.next())
            return Status::failure(SqlErrorText::of(q));
        if (const QString first = q.value(0).toString(); first != QLatin1String("ok"))
            return Status::failure(QStringLiteral("library file is damaged (%1)").arg(first) +
                                   SqlErrorText::leftUntouched());
    }
    return {};
}

} // namespace

Status PersonalBackup::check(LibraryDatabase &db)
{
    return checkPersonalTables(db.connection());
}

QString PersonalBackup::path(const QString &libraryPath)
{
    return libraryPath + QStringLiteral(".personal.bak");
}

QDateTime PersonalBackup::time(const QString &libraryPath)
{
    const QFileInfo info(path(libraryPath));
    return info.exists() ? info.lastModified() : QDateTime();
}

Status PersonalBackup::refresh(const QString &libraryPath, qint64 maxAgeSeconds)
{
    const QDateTime last = time(libraryPath);
    if (last.isValid() && last.secsTo(QDateTime::currentDateTime()) < maxAgeSeconds)
        return {};
    Result<std::unique_ptr<LibraryDatabase>> opened = LibraryDatabase::open(libraryPath);
    if (!opened)
        return Status::failure(opened.error());
    LibraryDatabase &db = *opened.value();
    QSqlDatabase &c = db.connection();
    if (Status s = checkPersonalTables(c); !s)
        return s;
    const QString target = path(libraryPath);
    const QString temp = target + QStringLiteral(".new");
    QFile::remove(temp);
    QSqlQuery attach(c);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS backup"));
    attach.addBindValue(temp);
    if (!attach.exec())
        return Status::failure(
            QStringLiteral("cannot write the personal backup %1: %2").arg(temp, attach.lastError().text()));
    const auto fail = [&](const QString &error) {
        run(c, QStringLiteral("DETACH DATABASE backup")).ok();
        QFile::remove(temp);
        return Status::failure(QStringLiteral("cannot write the personal backup: %1").arg(error));
    };
    // The articles by body hash: every one with a mark, and every one
    // something personal refers to. One read of the articles table, not of
    // their text or files.
    QStringList script{QStringLiteral(
        "CREATE TABLE backup.articles AS SELECT id, body_hash, is_read, is_favourite, is_archived "
        "FROM main.articles WHERE is_read <> 0 OR is_favourite <> 0 OR is_archived <> 0 "
        "OR id IN (SELECT article_id FROM main.annotations) "
        "OR id IN (SELECT article_id FROM main.article_tags) "
        "OR id IN (SELECT article_id FROM main.reading_positions) "
        "OR id IN (SELECT article_id FROM main.feed_items WHERE article_id IS NOT NULL)")};
    for (const QString &table : personalTables())
        script.append(QStringLiteral("CREATE TABLE backup.%1 AS SELECT * FROM main.%1").arg(table));
    script.append(QStringLiteral("CREATE TABLE backup.about AS SELECT %1 AS schema_version, '%2' AS made_at")
                      .arg(db.schemaVersion())
                      .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    {
        Transaction tx(c);
        for (const QString &sql : std::as_const(script)) {
            if (Status s = run(c, sql); !s)
                return fail(s.error());
        }
        if (!tx.commit())
            return fail(c.lastError().text());
    }
    if (Status s = run(c, QStringLiteral("DETACH DATABASE backup")); !s)
        return fail(s.error());
    // rename(2) replaces the old backup in one step: a crash leaves either.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temp);
        return Status::failure(QStringLiteral("cannot replace the personal backup %1").arg(target));
    }
    return {};
}

Result<PersonalBackup::Restored> PersonalBackup::restoreInto(LibraryDatabase &db, const QString &backupFile)
{
    using R = Result<Restored>;
    if (!QFileInfo::exists(backupFile))
        return R::failure(QStringLiteral("there is no personal backup %1").arg(backupFile));
    QSqlDatabase &c = db.connection();
    QSqlQuery attach(c);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS backup"));
    attach.addBindValue(QStringLiteral("file:%1?mode=ro").arg(backupFile));
    // A plain path when the connection takes no URIs.
    if (!attach.exec()) {
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS backup"));
        attach.addBindValue(backupFile);
        if (!attach.exec())
            return R::failure(QStringLiteral("cannot read the personal backup %1: %2")
                                  .arg(backupFile, attach.lastError().text()));
    }
    const auto detach = [&c] { run(c, QStringLiteral("DETACH DATABASE backup")).ok(); };
    Result<int> version = scalar(c, QStringLiteral("SELECT schema_version FROM backup.about"));
    if (!version) {
        detach();
        return R::failure(
            QStringLiteral("the personal backup %1 cannot be read: %2").arg(backupFile, version.error()));
    }
    if (version.value() != db.schemaVersion()) {
        detach();
        return R::failure(QStringLiteral("the personal backup is of schema %1 and the library of schema %2")
                              .arg(version.value())
                              .arg(db.schemaVersion()));
    }
    Restored restored;
    QStringList script{
        QStringLiteral("CREATE TEMP TABLE restore_ids (old_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO temp.restore_ids SELECT b.id, a.id FROM backup.articles b "
                       "JOIN main.articles a ON a.body_hash = b.body_hash"),
        QStringLiteral("UPDATE main.articles SET is_read = 0, is_favourite = 0, is_archived = 0 "
                       "WHERE is_read <> 0 OR is_favourite <> 0 OR is_archived <> 0"),
        QStringLiteral(
            "UPDATE main.articles SET is_read = x.is_read, is_favourite = x.is_favourite, "
            "is_archived = x.is_archived FROM (SELECT m.new_id, b.is_read, b.is_favourite, b.is_archived "
            "FROM backup.articles b JOIN temp.restore_ids m ON m.old_id = b.id) AS x "
            "WHERE main.articles.id = x.new_id"),
        // Deleting the annotations takes their reviews; the tags, their articles' tags; the feeds, their
        // items.
        QStringLiteral("DELETE FROM main.annotations"), QStringLiteral("DELETE FROM main.tags"),
        QStringLiteral("DELETE FROM main.reading_positions"), QStringLiteral("DELETE FROM main.feeds")};
    for (const QString &table : personalTables()) {
        Result<std::pair<QString, QString>> columns = mappedColumns(c, table);
        if (!columns) {
            detach();
            return R::failure(columns.error());
        }
        const auto &[names, values] = columns.value();
        QString from = QStringLiteral("backup.%1 x").arg(table);
        if (names.contains(QLatin1String("article_id"))) {
            // A feed item whose article is not here stays, unlinked, so the
            // feed does not bring that article in again; the rest need theirs.
            from += table == QLatin1String("feed_items") ? QStringLiteral(" LEFT JOIN temp.restore_ids m")
                                                         : QStringLiteral(" JOIN temp.restore_ids m");
            from += QStringLiteral(" ON m.old_id = x.article_id");
        }
        QString where;
        if (table == QLatin1String("annotation_reviews"))
            where = QStringLiteral(" WHERE x.annotation_id IN (SELECT id FROM main.annotations)");
        script.append(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %3 FROM %4%5")
                          .arg(table, names, values, from, where));
    }
    script.append(QStringLiteral("DROP TABLE temp.restore_ids"));
    {
        Transaction tx(c);
        for (const QString &sql : std::as_const(script)) {
            if (Status s = run(c, sql); !s) {
                // The transaction rolls back as it goes: nothing half restored.
                detach();
                return R::failure(QStringLiteral("cannot restore the personal backup: %1").arg(s.error()));
            }
        }
        if (!tx.commit()) {
            detach();
            return R::failure(
                QStringLiteral("cannot restore the personal backup: %1").arg(c.lastError().text()));
        }
    }
    restored.annotations = countOf(c, QStringLiteral("SELECT count(*) FROM main.annotations"));
    restored.annotationsLeftOut =
        countOf(c, QStringLiteral("SELECT count(*) FROM backup.annotations")) - restored.annotations;
    restored.articlesMarked =
        countOf(c, QStringLiteral("SELECT count(*) FROM main.articles WHERE is_read <> 0 "
                                  "OR is_favourite <> 0 OR is_archived <> 0"));
    restored.tags = countOf(c, QStringLiteral("SELECT count(*) FROM main.tags"));
    restored.feeds = countOf(c, QStringLiteral("SELECT count(*) FROM main.feeds"));
    detach();
    return R(restored);
}

} // namespace pathak
