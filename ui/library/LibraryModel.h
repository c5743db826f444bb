#pragma once

#include "library/LibraryListQuery.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace pathak::ui {

// The library list as a table. Rows arrive a page at a time through
// canFetchMore()/fetchMore(), so a view over 100,000 articles holds only
// what has been scrolled to. Sorting and filtering re-run the SQL query.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        SourceColumn,
        SavedColumn,
        ReadColumn,
        FavouriteColumn,
        AnnotationsColumn,
        PublishedColumn, // the date the page or feed gave; empty when it gave none
        AuthorColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, ReadRole, FavouriteRole, SourceUrlRole, ArchivedRole, TagsRole };

    explicit LibraryModel(LibraryDatabase &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Rows drag out as their article ids (onto a tag, Favourites or Archive
    // in the side bar).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    static constexpr const char *idsMimeType = "application/x-pathak-article-ids";
    // The ids a drag from the list carries; empty for any other drag.
    static QList<qint64> idsOf(const QMimeData *data);

    void setReadFilter(LibraryListQuery::ReadFilter filter);
    void setFavouritesOnly(bool only);
    LibraryListQuery::ReadFilter readFilter() const { return m_query.readFilter(); }
    bool favouritesOnly() const { return m_query.favouritesOnly(); }
    // The collection or query the list shows (CollectionBar); empty: all.
    void setCondition(const ArticleCondition &condition);

    LibraryDatabase &database() { return m_db; }

    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    // Articles passing the filter, loaded or not.
    int totalCount() const { return m_total; }
    // Re-reads the list from the first page (after an import or a removal).
    void reload();
    // Re-reads one row in place (after mark read, favourite, rename).
    void refreshArticle(qint64 id);

    qint64 idAt(int row) const;
    // The row of an article among the rows loaded so far, or -1.
    int rowOf(qint64 id) const;
    // Loads pages until the article is in, the list ends, or maxRows are
    // loaded (so restoring a selection never reads the whole library);
    // returns its row or -1.
    int fetchUntil(qint64 id, int maxRows = 5000);
    QString lastError() const { return m_lastError; }
    // Headers and labels again, after the interface language changed.
    void retranslate();

signals:
    void loadFailed(const QString &message);

private:
    void fail(const QString &message);

    LibraryDatabase &m_db;
    LibraryListQuery m_query;
    QList<ArticleSummary> m_rows;
    std::optional<LibraryListQuery::Position> m_end; // where the rows loaded so far end
    int m_total = 0;
    int m_pageSize = 200;
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace pathak::ui
