#pragma once

#include "LibraryStore.h"
#include "Result.h"

#include <QList>

namespace pathak {

class LibraryDatabase;

// The library list, one page at a time: what a list view needs to show a
// library of any size without reading every row. Sorting and filtering
// happen in SQL, so a page costs the same at row 10 and at row 90,000
// (apart from OFFSET's skip).
class LibraryListQuery
{
public:
    enum class SortKey { SavedAt, Title, Source };
    enum class ReadFilter { All, Unread, Read };

    explicit LibraryListQuery(LibraryDatabase &db);

    void setSort(SortKey key, bool ascending);
    void setReadFilter(ReadFilter filter) { m_readFilter = filter; }
    void setFavouritesOnly(bool only) { m_favouritesOnly = only; }
    SortKey sortKey() const { return m_sortKey; }
    bool ascending() const { return m_ascending; }
    ReadFilter readFilter() const { return m_readFilter; }
    bool favouritesOnly() const { return m_favouritesOnly; }

    // How many articles pass the filter.
    Result<int> count();
    // Up to limit rows starting at offset, in the current order.
    Result<QList<ArticleSummary>> page(int offset, int limit);
    // One row by id, whatever the filter (to refresh a row after a change).
    Result<ArticleSummary> summary(qint64 id);

private:
    QString whereClause() const;
    QString orderClause() const;

    LibraryDatabase &m_db;
    SortKey m_sortKey = SortKey::SavedAt;
    bool m_ascending = false;
    ReadFilter m_readFilter = ReadFilter::All;
    bool m_favouritesOnly = false;
};

} // namespace pathak
