#pragma once

#include "base/Result.h"
#include "library/ArticleCondition.h"
#include "library/ArticleSummary.h"

#include <QList>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace pathak {

class LibraryDatabase;

// The library list, one page at a time: what a list view needs to show a
// library of any size without reading every row. Sorting and filtering
// happen in SQL, and each page starts where the last one ended by seeking
// on (sort key, id) — keyset paging — so a page deep in 100,000 rows costs
// what the first one costs: OFFSET would step over every row before it.
class LibraryListQuery
{
public:
    enum class SortKey { SavedAt, Title, Source, Published, Author };
    enum class ReadFilter { All, Unread, Read };

    // Where a page ended: the last row's sort key as stored, and its id
    // (which breaks ties, so pages never overlap or skip rows).
    struct Position
    {
        QVariant key;
        qint64 id = 0;
    };
    struct Page
    {
        QList<ArticleSummary> rows;
        Position last; // meaningful when rows is not empty
    };

    explicit LibraryListQuery(LibraryDatabase &db);

    void setSort(SortKey key, bool ascending);
    void setReadFilter(ReadFilter filter) { m_readFilter = filter; }
    void setFavouritesOnly(bool only) { m_favouritesOnly = only; }
    // A further condition, such as a collection or a parsed query
    // (search/LibraryQuery); empty lets every article through.
    void setCondition(const ArticleCondition &condition) { m_condition = condition; }
    const ArticleCondition &condition() const { return m_condition; }
    SortKey sortKey() const { return m_sortKey; }
    bool ascending() const { return m_ascending; }
    ReadFilter readFilter() const { return m_readFilter; }
    bool favouritesOnly() const { return m_favouritesOnly; }

    // How many articles pass the filter.
    Result<int> count();
    // Up to limit rows in the current order: the first ones, or those after
    // a position a previous page() returned (under the same sort and filter).
    Result<Page> page(const std::optional<Position> &after, int limit);
    // One row by id, whatever the filter (to refresh a row after a change).
    Result<ArticleSummary> summary(qint64 id);

    // The one reader of a summary row, for every query that lists articles:
    // selectSummaries() names the columns readSummary() expects, in order,
    // FROM articles a LEFT JOIN sources s. Tags come joined by the unit
    // separator (U+001F), which cleaned tag names never hold.
    static QString selectSummaries();
    static ArticleSummary readSummary(const QSqlQuery &q);

private:
    QString sortExpression() const;
    QStringList filterConditions() const;
    bool countsFromStates() const;

    LibraryDatabase &m_db;
    SortKey m_sortKey = SortKey::SavedAt;
    bool m_ascending = false;
    ReadFilter m_readFilter = ReadFilter::All;
    bool m_favouritesOnly = false;
    ArticleCondition m_condition;
};

} // namespace pathak
