#include "ui/library/LibraryModel.h"

#include "ui/library/PlainToolTip.h"
#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QScopedValueRollback>

namespace pathak::ui {

LibraryModel::LibraryModel(LibraryDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_query(db)
{
    reload();
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &s = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case ReadRole:
        return s.read;
    case FavouriteRole:
        return s.favourite;
    case SourceUrlRole:
        return s.sourceUrl;
    case ArchivedRole:
        return s.archived;
    case TagsRole:
        return s.tags;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return s.title;
        case SourceColumn:
            return s.sourceLabel;
        case SavedColumn:
            // The date alone: the time is in the tooltip, and the column stays narrow.
            return QLocale().toString(s.savedAt.toLocalTime().date(), QStringLiteral("d MMM"));
        case ReadColumn:
            return s.read ? QString() : QStringLiteral("●");
        case FavouriteColumn:
            return s.favourite ? QStringLiteral("★") : QString();
        case AnnotationsColumn:
            return s.annotationCount ? QVariant(s.annotationCount) : QVariant(QString());
        case PublishedColumn: {
            // As short as the saved date; a date without a time is a date.
            const QDate day = QDate::fromString(s.published.left(10), Qt::ISODate);
            return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMM yy")) : QString();
        }
        case AuthorColumn:
            return s.author;
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TitleColumn:
            // Page text as text: a tooltip would render markup in a title (PlainToolTip).
            return role == Qt::ToolTipRole ? PlainToolTip::of(s.title) : s.title;
        case SourceColumn: {
            const QString source = s.sourceUrl.isEmpty() ? s.sourceLabel : s.sourceUrl;
            return role == Qt::ToolTipRole ? PlainToolTip::of(source) : source;
        }
        case SavedColumn:
            return QLocale().toString(s.savedAt.toLocalTime(), QLocale::LongFormat);
        case ReadColumn:
            return s.read ? tr("Read") : tr("Unread");
        case FavouriteColumn:
            return s.favourite ? tr("Favourite") : QString();
        case AnnotationsColumn:
            return s.annotationCount ? tr("%n annotation(s)", nullptr, s.annotationCount) : QString();
        case PublishedColumn:
            return s.published.isEmpty() ? tr("No published date") : s.published;
        case AuthorColumn:
            return role == Qt::ToolTipRole ? PlainToolTip::of(s.author) : s.author;
        default:
            break;
        }
        break;
    case Qt::FontRole:
        // Unread articles stand out the way unread mail does.
        if (!s.read && index.column() == TitleColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= ReadColumn && index.column() <= AnnotationsColumn)
            return int(Qt::AlignCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case ReadColumn:
            return tr("Unread articles are marked ●");
        case FavouriteColumn:
            return tr("Favourite");
        case AnnotationsColumn:
            return tr("Annotations");
        default:
            break;
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case SavedColumn:
        return tr("Saved");
    case ReadColumn:
        return QStringLiteral("●");
    case FavouriteColumn:
        return QStringLiteral("★");
    case AnnotationsColumn:
        return QStringLiteral("✎");
    case PublishedColumn:
        return tr("Published");
    case AuthorColumn:
        return tr("Author");
    default:
        break;
    }
    return {};
}

bool LibraryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void LibraryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Where the last page ended, as it was read: a row refreshed since
    // (renamed, say) must not move the seek.
    Result<LibraryListQuery::Page> page = m_query.page(m_end, m_pageSize);
    if (!page) {
        fail(page.error());
        return;
    }
    if (page->rows.isEmpty()) {
        // The library shrank under us (another process removed rows): stop asking.
        m_total = int(m_rows.size());
        return;
    }
    // Views (and QAbstractItemModelTester) may ask for more from inside the
    // insert signals; a nested fetch would read the same page twice.
    const QScopedValueRollback guard(m_fetching, true);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->rows.size()) - 1);
    m_rows.append(page->rows);
    m_end = page->last;
    endInsertRows();
}

void LibraryModel::sort(int column, Qt::SortOrder order)
{
    using Key = LibraryListQuery::SortKey;
    Key key = Key::SavedAt;
    if (column == TitleColumn)
        key = Key::Title;
    else if (column == SourceColumn)
        key = Key::Source;
    else if (column == PublishedColumn)
        key = Key::Published;
    else if (column == AuthorColumn)
        key = Key::Author;
    else if (column != SavedColumn)
        return; // the other columns are flags and counts; sorting them is not offered
    // The view asks again for the order it has (enabling sorting, restoring
    // settings): the rows are in that order already.
    if (key == m_query.sortKey() && (order == Qt::AscendingOrder) == m_query.ascending())
        return;
    m_query.setSort(key, order == Qt::AscendingOrder);
    reload();
}

void LibraryModel::setReadFilter(LibraryListQuery::ReadFilter filter)
{
    m_query.setReadFilter(filter);
    reload();
}

void LibraryModel::setFavouritesOnly(bool only)
{
    m_query.setFavouritesOnly(only);
    reload();
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList LibraryModel::mimeTypes() const
{
    return {QLatin1String(idsMimeType)};
}

QMimeData *LibraryModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = QString::number(idAt(index.row()));
        if (index.isValid() && !ids.contains(id))
            ids.append(id);
    }
    auto *data = new QMimeData;
    data->setData(QLatin1String(idsMimeType), ids.join(QLatin1Char(' ')).toLatin1());
    return data;
}

QList<qint64> LibraryModel::idsOf(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(QLatin1String(idsMimeType)))
        return ids;
    for (const QByteArray &part : data->data(QLatin1String(idsMimeType)).split(' ')) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

void LibraryModel::setCondition(const ArticleCondition &condition)
{
    m_query.setCondition(condition);
    reload();
}

void LibraryModel::reload()
{
    const QScopedValueRollback guard(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_end.reset();
    Result<int> total = m_query.count();
    m_total = total ? total.value() : 0;
    if (!total)
        fail(total.error());
    else if (m_total > 0) {
        Result<LibraryListQuery::Page> page = m_query.page(std::nullopt, m_pageSize);
        if (page) {
            m_rows = page->rows;
            if (!m_rows.isEmpty())
                m_end = page->last;
        } else {
            fail(page.error());
        }
    }
    endResetModel();
}

void LibraryModel::refreshArticle(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Result<ArticleSummary> s = m_query.summary(id);
    if (!s)
        return;
    m_rows[row] = s.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

qint64 LibraryModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int LibraryModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int LibraryModel::fetchUntil(qint64 id, int maxRows)
{
    int row = rowOf(id);
    while (row < 0 && canFetchMore({}) && m_rows.size() < maxRows) {
        const qsizetype before = m_rows.size();
        fetchMore({});
        if (m_rows.size() == before)
            break;
        for (qsizetype i = before; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return int(i);
        }
    }
    return row;
}

void LibraryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void LibraryModel::fail(const QString &message)
{
    m_lastError = message;
    emit loadFailed(message);
}

} // namespace pathak::ui
