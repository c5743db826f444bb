#include "ui/library/LibraryRowDelegate.h"

#include "ui/library/LibraryModel.h"

#include <QApplication>
#include <QPainter>

namespace pathak::ui {

namespace {
constexpr int padding = 4;
}

int LibraryRowDelegate::rowHeight(const QFontMetrics &metrics)
{
    return 2 * metrics.height() + 3 * padding;
}

void LibraryRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = textColor;
    muted.setAlphaF(0.7F);

    const QRect area = opt.rect.adjusted(padding + 2, padding, -padding, -padding);
    const QFontMetrics titleMetrics(opt.font);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(textColor);
    const QRect titleLine(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->drawText(titleLine, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, titleLine.width()));

    QFont sourceFont = option.font; // never bold: only the title says unread
    const QFontMetrics sourceMetrics(sourceFont);
    const QString source =
        index.sibling(index.row(), LibraryModel::SourceColumn).data(Qt::DisplayRole).toString();
    const QRect sourceLine(area.left(), titleLine.bottom() + padding, area.width(), sourceMetrics.height());
    painter->setFont(sourceFont);
    painter->setPen(muted);
    painter->drawText(sourceLine, Qt::AlignLeft | Qt::AlignVCenter,
                      sourceMetrics.elidedText(source, Qt::ElideRight, sourceLine.width()));
    painter->restore();
}

QSize LibraryRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(rowHeight(option.fontMetrics));
    return size;
}

} // namespace pathak::ui
