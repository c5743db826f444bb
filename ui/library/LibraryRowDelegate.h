#pragma once

#include <QStyledItemDelegate>

namespace pathak::ui {

// The title cell of the library list in two lines, as a mail or feed
// reader shows a message: the title (bold while unread), and under it the
// source in a quieter colour. The title gets the row's width instead of
// sharing it with a source column.
class LibraryRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The height of a row: two lines of the view's font and some air.
    static int rowHeight(const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pathak::ui
