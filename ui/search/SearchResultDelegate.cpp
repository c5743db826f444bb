#include "ui/search/SearchResultDelegate.h"

#include "ui/search/SearchResultModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace pathak::ui {

namespace {

constexpr int Margin = 6;

// The height of n lines of snippet as QTextDocument lays them out: Bengali
// fonts need more room than QFontMetrics says for vowel signs and stacks.
int snippetHeight(const QFont &font, int lines)
{
    // Painting asks for every row: measure once per font (GUI thread only).
    static QHash<QString, int> cache;
    const QString key = font.key() + QLatin1Char('/') + QString::number(lines);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font);
    QStringList sample;
    for (int i = 0; i < lines; ++i)
        sample.append(QStringLiteral("ক্ষ্মী Ag"));
    doc.setPlainText(sample.join(QLatin1Char('\n')));
    const int height = int(std::ceil(doc.size().height()));
    cache.insert(key, height);
    return height;
}

int lineHeight(const QFont &font)
{
    return snippetHeight(font, 1);
}

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

} // namespace

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int h = Margin * 2 + lineHeight(titleFont(option.font)) + snippetHeight(option.font, SnippetLines);
    return {200, h};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The background and selection only: text is drawn below.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect r = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);

    painter->save();
    painter->setClipRect(opt.rect);
    const QFont tf = titleFont(opt.font);
    const int titleHeight = lineHeight(tf);
    painter->setFont(tf);
    painter->setPen(textColor);
    const QString title =
        QFontMetrics(tf).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width());
    painter->drawText(QRect(r.left(), r.top(), r.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      title);

    // The snippet through QTextDocument: it wraps and shapes like the reader.
    // A hit is marked as a whole word, so its bold run never starts or ends
    // inside a conjunct.
    const QColor mark(0xff, 0xe0, 0x82);
    const QColor markText = QColor(0x20, 0x20, 0x20);
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(opt.font);
    doc.setDefaultStyleSheet(
        QStringLiteral("body { color: %1; } b.hit { color: %2; }").arg(textColor.name(), markText.name()));
    doc.setTextWidth(r.width());
    const auto *model = qobject_cast<const SearchResultModel *>(index.model());
    const QString html = model ? SearchResultModel::markedSnippetHtml(model->hit(index.row()), mark.name())
                               : index.data(SearchResultModel::SnippetRole).toString().toHtmlEscaped();
    doc.setHtml(QStringLiteral("<body>") + html + QStringLiteral("</body>"));
    // Show whole lines only: cut below the last line that fits (bold hits
    // may be laid out in a font with other metrics than the measure).
    qreal shown = 0;
    int lines = 0;
    for (QTextBlock b = doc.begin(); b.isValid() && lines < SnippetLines; b = b.next()) {
        const QTextLayout *layout = b.layout();
        const QPointF origin = doc.documentLayout()->blockBoundingRect(b).topLeft();
        for (int i = 0; i < layout->lineCount() && lines < SnippetLines; ++i, ++lines)
            shown = origin.y() + layout->lineAt(i).rect().bottom();
    }
    const int available = r.bottom() - (r.top() + titleHeight) + Margin;
    const QRect snippetRect(r.left(), r.top() + titleHeight, r.width(),
                            std::min(int(std::ceil(shown)), available));
    painter->translate(snippetRect.topLeft());
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = QRectF(0, 0, snippetRect.width(), snippetRect.height());
    ctx.palette.setColor(QPalette::Text, textColor);
    painter->setClipRect(ctx.clip, Qt::IntersectClip);
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

} // namespace pathak::ui
