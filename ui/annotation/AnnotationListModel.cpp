#include "ui/annotation/AnnotationListModel.h"

#include "annotation/AnnotationPalette.h"
#include "annotation/AnnotationStore.h"
#include "ui/library/PlainToolTip.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace pathak::ui {

namespace {

bool readingOrder(const Annotation &a, const Annotation &b)
{
    return std::tie(a.articleId, a.start, a.end, a.id) < std::tie(b.articleId, b.start, b.end, b.id);
}

} // namespace

AnnotationListModel::AnnotationListModel(AnnotationStore &store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    connect(&m_store, &AnnotationStore::added, this, &AnnotationListModel::onAdded);
    connect(&m_store, &AnnotationStore::changed, this, &AnnotationListModel::onChanged);
    connect(&m_store, &AnnotationStore::removed, this, &AnnotationListModel::onRemoved);
    connect(&m_store, &AnnotationStore::articleReanchored, this, &AnnotationListModel::onArticleReanchored);
}

QColor AnnotationListModel::colorFor(AnnotationColor color)
{
    return QColor::fromRgb(AnnotationPalette::rgb(color));
}

QString AnnotationListModel::colorLabel(AnnotationColor color)
{
    switch (color) {
    case AnnotationColor::Yellow:
        return tr("Yellow");
    case AnnotationColor::Green:
        return tr("Green");
    case AnnotationColor::Blue:
        return tr("Blue");
    case AnnotationColor::Pink:
        return tr("Pink");
    case AnnotationColor::Purple:
        return tr("Purple");
    case AnnotationColor::Underline:
        return tr("Underline");
    }
    return {};
}

void AnnotationListModel::setArticle(qint64 articleId)
{
    m_library = false;
    m_articleId = articleId;
    reload();
}

void AnnotationListModel::showLibrary(const QHash<qint64, QString> &titles)
{
    m_library = true;
    m_articleId = 0;
    m_titles = titles;
    reload();
}

void AnnotationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_library) {
        if (Result<QList<Annotation>> all = m_store.all())
            m_rows = all.value();
    } else if (m_articleId != 0) {
        if (Result<QList<Annotation>> list = m_store.forArticle(m_articleId))
            m_rows = list.value();
    }
    std::sort(m_rows.begin(), m_rows.end(), readingOrder);
    endResetModel();
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case QuoteRole:
        return QString(a.exact).replace(QStringLiteral("\n\n"), QStringLiteral(" ¶ "));
    case Qt::ToolTipRole:
        return PlainToolTip::of(a.note.isEmpty() ? a.exact : a.note);
    case Qt::DecorationRole:
        return colorFor(a.color);
    case IdRole:
        return a.id;
    case ArticleIdRole:
        return a.articleId;
    case ArticleTitleRole:
        return m_titles.value(a.articleId);
    case NoteRole:
        return a.note;
    case ColorRole:
        return Annotation::colorName(a.color);
    case CreatedRole:
        return a.created;
    case ModifiedRole:
        return a.modified;
    case OrphanedRole:
        return a.orphaned;
    case StartRole:
        return a.start;
    case EndRole:
        return a.end;
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "annotationId");
    names.insert(ArticleIdRole, "articleId");
    names.insert(ArticleTitleRole, "articleTitle");
    names.insert(QuoteRole, "quote");
    names.insert(NoteRole, "note");
    names.insert(ColorRole, "color");
    names.insert(CreatedRole, "created");
    names.insert(ModifiedRole, "modified");
    names.insert(OrphanedRole, "orphaned");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    return names;
}

int AnnotationListModel::rowOf(qint64 annotationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == annotationId)
            return i;
    }
    return -1;
}

bool AnnotationListModel::accepts(const Annotation &a) const
{
    return m_library || (m_articleId != 0 && a.articleId == m_articleId);
}

int AnnotationListModel::insertionRow(const Annotation &a) const
{
    return int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), a, readingOrder) - m_rows.cbegin());
}

void AnnotationListModel::onAdded(const Annotation &a)
{
    if (!accepts(a) || rowOf(a.id) >= 0)
        return;
    const int row = insertionRow(a);
    beginInsertRows({}, row, row);
    m_rows.insert(row, a);
    endInsertRows();
}

void AnnotationListModel::onChanged(const Annotation &a)
{
    const int row = rowOf(a.id);
    if (row < 0) {
        onAdded(a);
        return;
    }
    const Annotation &old = m_rows.at(row);
    if (old.articleId == a.articleId && old.start == a.start && old.end == a.end) {
        m_rows[row] = a;
        emit dataChanged(index(row), index(row));
        return;
    }
    // It moved in the text: take it out and put it where reading order wants it.
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    onAdded(a);
}

void AnnotationListModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AnnotationListModel::onArticleReanchored(qint64 articleId)
{
    if (m_library || articleId == m_articleId)
        reload();
}

} // namespace pathak::ui
