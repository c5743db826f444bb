#pragma once

#include <QStyledItemDelegate>

namespace pathak::ui {

// Paints a search hit as its title over two lines of snippet, the matched
// words in the snippet bold on a highlight background.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int SnippetLines = 2;
};

} // namespace pathak::ui
