#include "ui/annotation/AnnotationFilterModel.h"

#include "search/SearchTokenizer.h"
#include "text/BengaliText.h"
#include "ui/annotation/AnnotationListModel.h"

namespace pathak::ui {

namespace {

QStringList foldedWords(const QString &text)
{
    QStringList words;
    for (const SearchTokenizer::Token &t : SearchTokenizer::tokenize(text))
        words.append(t.text);
    return words;
}

} // namespace

AnnotationFilterModel::AnnotationFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void AnnotationFilterModel::setColor(std::optional<AnnotationColor> color)
{
    if (color == m_color)
        return;
    m_color = color;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setText(const QString &text)
{
    const QString normalised = BengaliText::collapseSpaces(BengaliText::toNfc(text));
    if (normalised == m_text)
        return;
    m_text = normalised;
    m_words = foldedWords(normalised);
    invalidateRowsFilter();
}

void AnnotationFilterModel::setSince(const std::optional<QDateTime> &since)
{
    if (since == m_since)
        return;
    m_since = since;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setArticleTags(const QHash<qint64, QStringList> &tags)
{
    m_articleTags = tags;
    if (!m_tag.isEmpty())
        invalidateRowsFilter();
}

void AnnotationFilterModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    invalidate();
    sort(0);
}

bool AnnotationFilterModel::matchesText(const QModelIndex &i) const
{
    const QString quote = i.data(AnnotationListModel::QuoteRole).toString();
    const QString note = i.data(AnnotationListModel::NoteRole).toString();
    const QString title = i.data(AnnotationListModel::ArticleTitleRole).toString();
    for (const QString &field : {quote, note, title}) {
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    if (m_words.isEmpty())
        return false;
    const QStringList words = foldedWords(quote + QLatin1Char(' ') + note + QLatin1Char(' ') + title);
    for (const QString &wanted : m_words) {
        const bool found = std::any_of(words.begin(), words.end(),
                                       [&wanted](const QString &w) { return w.startsWith(wanted); });
        if (!found)
            return false;
    }
    return true;
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_color && i.data(AnnotationListModel::ColorRole).toString() != Annotation::colorName(*m_color))
        return false;
    if (m_since && i.data(AnnotationListModel::CreatedRole).toDateTime() < *m_since)
        return false;
    if (!m_tag.isEmpty() &&
        !m_articleTags.value(i.data(AnnotationListModel::ArticleIdRole).toLongLong()).contains(m_tag))
        return false;
    return m_text.isEmpty() || matchesText(i);
}

bool AnnotationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QDateTime a = left.data(AnnotationListModel::CreatedRole).toDateTime();
    const QDateTime b = right.data(AnnotationListModel::CreatedRole).toDateTime();
    switch (m_order) {
    case Order::Newest:
        return a > b;
    case Order::Oldest:
        return a < b;
    case Order::Article: {
        // By article title, and in the order of the text within one.
        const int byTitle =
            QString::localeAwareCompare(left.data(AnnotationListModel::ArticleTitleRole).toString(),
                                        right.data(AnnotationListModel::ArticleTitleRole).toString());
        if (byTitle != 0)
            return byTitle < 0;
        return left.data(AnnotationListModel::StartRole).toInt() <
               right.data(AnnotationListModel::StartRole).toInt();
    }
    case Order::Colour: {
        const QList<AnnotationColor> colors = Annotation::colors();
        auto rank = [&colors](const QModelIndex &i) {
            const std::optional<AnnotationColor> c =
                Annotation::colorFromName(i.data(AnnotationListModel::ColorRole).toString());
            return c ? colors.indexOf(*c) : int(colors.size());
        };
        if (rank(left) != rank(right))
            return rank(left) < rank(right);
        return a > b;
    }
    }
    return false;
}

} // namespace pathak::ui
