#pragma once

#include "search/SearchIndex.h"

#include <QAbstractListModel>
#include <QList>

namespace pathak::ui {

// The hits of one search, best first, for the search panel's list.
// DisplayRole is the title; the snippet and where its hits are come as
// roles, so a delegate can mark them without parsing markup.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SnippetRole,       // plain text
        MarkedSnippetRole, // HTML: text escaped, hits in <b class="hit">
        HitCountRole,      // number of marked words in the snippet
        ScoreRole,
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setHits(QList<SearchHit> hits);
    void clear();
    const SearchHit &hit(int row) const { return m_hits.at(row); }
    const QList<SearchHit> &hits() const { return m_hits; }

    // The snippet as HTML with each hit wrapped in a bold element with the
    // given background; everything else escaped.
    static QString markedSnippetHtml(const SearchHit &hit, const QString &background);

private:
    QList<SearchHit> m_hits;
};

} // namespace pathak::ui
