#include "ui/search/SearchResultModel.h"

#include "ui/library/PlainToolTip.h"
namespace pathak::ui {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return h.title;
    case Qt::ToolTipRole:
        return PlainToolTip::of(h.snippet);
    case IdRole:
        return h.id;
    case SnippetRole:
        return h.snippet;
    case MarkedSnippetRole:
        return markedSnippetHtml(h, QString());
    case HitCountRole:
        return int(h.snippetHits.size());
    case ScoreRole:
        return h.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(SnippetRole, "snippet");
    names.insert(MarkedSnippetRole, "markedSnippet");
    names.insert(HitCountRole, "hitCount");
    names.insert(ScoreRole, "score");
    return names;
}

void SearchResultModel::setHits(QList<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

void SearchResultModel::clear()
{
    if (m_hits.isEmpty())
        return;
    beginResetModel();
    m_hits.clear();
    endResetModel();
}

QString SearchResultModel::markedSnippetHtml(const SearchHit &hit, const QString &background)
{
    // Hits are whole words (SearchQuery::hitRanges), so the bold run starts
    // and ends between words and never splits a conjunct's shaping.
    const QString open =
        background.isEmpty()
            ? QStringLiteral("<b class=\"hit\">")
            : QStringLiteral("<b class=\"hit\" style=\"background-color:%1\">").arg(background);
    QString html;
    int at = 0;
    for (const auto &[start, end] : hit.snippetHits) {
        if (start < at || end > hit.snippet.size() || end <= start)
            continue;
        html += hit.snippet.mid(at, start - at).toHtmlEscaped();
        html += open + hit.snippet.mid(start, end - start).toHtmlEscaped() + QStringLiteral("</b>");
        at = end;
    }
    html += hit.snippet.mid(at).toHtmlEscaped();
    return html;
}

} // namespace pathak::ui
