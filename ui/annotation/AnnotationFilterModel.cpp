#include "ui/annotation/AnnotationFilterModel.h"

#include "text/BengaliText.h"
#include "ui/annotation/AnnotationListModel.h"

namespace pathak::ui {

AnnotationFilterModel::AnnotationFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

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
    invalidateRowsFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_color && i.data(AnnotationListModel::ColorRole).toString() != Annotation::colorName(*m_color))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int role : {int(AnnotationListModel::QuoteRole), int(AnnotationListModel::NoteRole),
                     int(AnnotationListModel::ArticleTitleRole)}) {
        if (i.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace pathak::ui
