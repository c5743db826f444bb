#include "ui/annotation/AnnotationDelegate.h"

#include "annotation/AnnotationPalette.h"
#include "ui/annotation/AnnotationListModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace pathak::ui {

namespace {

constexpr int Margin = 6;
constexpr int BarWidth = 6;
constexpr int QuoteLines = 3;

// Upright: Bengali has no italic face, and a slanted one is synthesized.
// The note is told from the quote by its colour and the bar beside it.
QFont noteFont(const QFont &base)
{
    QFont f = base;
    f.setItalic(false);
    return f;
}

QFont metaFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

QString metaText(const QModelIndex &index, bool showTitle)
{
    QStringList parts;
    if (showTitle)
        parts.append(index.data(AnnotationListModel::ArticleTitleRole).toString());
    parts.append(QLocale().toString(index.data(AnnotationListModel::CreatedRole).toDateTime().toLocalTime(),
                                    QLocale::ShortFormat));
    if (index.data(AnnotationListModel::OrphanedRole).toBool())
        parts.append(
            QCoreApplication::translate("AnnotationDelegate", "passage not found in the current text"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

AnnotationDelegate::AnnotationDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void AnnotationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect r = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QColor swatch = index.data(Qt::DecorationRole).value<QColor>();
    const bool underline =
        AnnotationPalette::isUnderline(index.data(AnnotationListModel::ColorRole).toString());
    if (underline)
        painter->fillRect(QRect(r.left(), r.bottom() - 2, BarWidth * 3, 3), swatch);
    else
        painter->fillRect(QRect(r.left(), r.top(), BarWidth, r.height()), swatch);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    QColor textColor = option.palette.color(textRole);
    const bool orphaned = index.data(AnnotationListModel::OrphanedRole).toBool();
    if (orphaned && !selected)
        textColor = option.palette.color(QPalette::Disabled, QPalette::Text);
    painter->setPen(textColor);

    QRect text = r.adjusted(BarWidth + Margin, 0, 0, 0);
    const QFontMetrics fm(option.font);
    const QString quote = index.data(AnnotationListModel::QuoteRole).toString();
    const QRect quoteRect(text.left(), text.top(), text.width(), fm.lineSpacing() * QuoteLines);
    const QRect quoteUsed = fm.boundingRect(quoteRect, Qt::TextWordWrap, quote);
    painter->setFont(option.font);
    painter->drawText(quoteRect, Qt::TextWordWrap, quote);
    int y = text.top() + std::min(quoteUsed.height(), quoteRect.height()) + 2;

    const QString note = index.data(AnnotationListModel::NoteRole).toString();
    if (!note.isEmpty()) {
        const QFont nf = noteFont(option.font);
        const QFontMetrics nfm(nf);
        painter->setFont(nf);
        const QRect noteRect(text.left(), y, text.width(), nfm.lineSpacing() * 2);
        painter->drawText(noteRect, Qt::TextWordWrap, note);
        y += std::min(nfm.boundingRect(noteRect, Qt::TextWordWrap, note).height(), noteRect.height()) + 2;
    }
    const QFont mf = metaFont(option.font);
    painter->setFont(mf);
    if (!selected)
        painter->setPen(option.palette.color(QPalette::Disabled, QPalette::Text));
    const QFontMetrics mfm(mf);
    painter->drawText(QRect(text.left(), y, text.width(), mfm.lineSpacing()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      mfm.elidedText(metaText(index, m_showTitle), Qt::ElideRight, text.width()));
    painter->restore();
}

QSize AnnotationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width =
        std::max(120, (option.rect.width() > 0 ? option.rect.width() : 280) - 3 * Margin - BarWidth);
    const QFontMetrics fm(option.font);
    const QString quote = index.data(AnnotationListModel::QuoteRole).toString();
    int h = std::min(fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, quote).height(),
                     fm.lineSpacing() * QuoteLines) +
            2;
    const QString note = index.data(AnnotationListModel::NoteRole).toString();
    if (!note.isEmpty()) {
        const QFontMetrics nfm(noteFont(option.font));
        h += std::min(nfm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, note).height(),
                      nfm.lineSpacing() * 2) +
             2;
    }
    h += QFontMetrics(metaFont(option.font)).lineSpacing();
    return {width, h + 2 * Margin};
}

} // namespace pathak::ui
