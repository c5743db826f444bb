#pragma once

#include <QStyledItemDelegate>

namespace pathak::ui {

// Draws one annotation of an AnnotationListModel: a bar in its colour (a
// line for underline), the quote, the note, and a line with the date (and,
// in the library view, the article's title). Orphaned annotations say that
// their passage is no longer in the text.
class AnnotationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit AnnotationDelegate(QObject *parent = nullptr);

    void setShowArticleTitle(bool show) { m_showTitle = show; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    bool m_showTitle = false;
};

} // namespace pathak::ui
