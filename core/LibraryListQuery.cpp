#include "LibraryListQuery.h"

#include "LibraryDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pathak {

namespace {

const char summaryColumns[] =
    "SELECT a.id, a.title, coalesce(s.label, ''), coalesce(s.url, ''), a.saved_at, a.is_read, a.is_favourite, "
    "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id) "
    "FROM articles a LEFT JOIN sources s ON s.article_id = a.id ";

QString errorOf(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

ArticleSummary summaryFrom(const QSqlQuery &q)
{
    ArticleSummary s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.sourceLabel = q.value(2).toString();
    s.sourceUrl = q.value(3).toString();
    s.savedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    s.read = q.value(5).toBool();
    s.favourite = q.value(6).toBool();
    s.annotationCount = q.value(7).toInt();
    return s;
}

} // namespace

LibraryListQuery::LibraryListQuery(LibraryDatabase &db) : m_db(db) {}

void LibraryListQuery::setSort(SortKey key, bool ascending)
{
    m_sortKey = key;
    m_ascending = ascending;
}

// The clauses are built from enums only; data never enters the SQL text.
QString LibraryListQuery::whereClause() const
{
    QStringList conditions;
    if (m_readFilter == ReadFilter::Unread)
        conditions.append(QStringLiteral("a.is_read = 0"));
    else if (m_readFilter == ReadFilter::Read)
        conditions.append(QStringLiteral("a.is_read = 1"));
    if (m_favouritesOnly)
        conditions.append(QStringLiteral("a.is_favourite = 1"));
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString LibraryListQuery::orderClause() const
{
    const QString dir = m_ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The id breaks ties so pages never overlap or skip rows.
    switch (m_sortKey) {
    case SortKey::Title:
        return QStringLiteral(" ORDER BY a.title %1, a.id %1").arg(dir);
    case SortKey::Source:
        return QStringLiteral(" ORDER BY coalesce(s.label, '') %1, a.id %1").arg(dir);
    case SortKey::SavedAt:
        break;
    }
    return QStringLiteral(" ORDER BY a.saved_at %1, a.id %1").arg(dir);
}

Result<int> LibraryListQuery::count()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM articles a") + whereClause()) || !q.next())
        return Result<int>::failure(errorOf(q));
    return q.value(0).toInt();
}

Result<QList<ArticleSummary>> LibraryListQuery::page(int offset, int limit)
{
    using R = Result<QList<ArticleSummary>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(summaryColumns) + whereClause() + orderClause() + QStringLiteral(" LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return R::failure(errorOf(q));
    QList<ArticleSummary> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(summaryFrom(q));
    return R(std::move(rows));
}

Result<ArticleSummary> LibraryListQuery::summary(qint64 id)
{
    using R = Result<ArticleSummary>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(summaryColumns) + QStringLiteral(" WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(errorOf(q));
    if (!q.next())
        return R::failure(QStringLiteral("no article with id %1").arg(id));
    return R(summaryFrom(q));
}

} // namespace pathak
