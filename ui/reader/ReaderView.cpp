#include "ui/reader/ReaderView.h"

#include "annotation/AnnotationPalette.h"
#include "text/BengaliText.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

namespace pathak::ui {

ReaderView::ReaderView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setDocument(m_document.document());
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    // Links open in the system browser: the reader itself shows only saved articles.
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });
    m_document.setSettings(m_document.settings());
    applyTheme();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_keepingTop)
            m_topOffset = std::max(0, topPlainOffset());
    });
}

void ReaderView::showArticle(qint64 id, const Article &article, const QByteArray &photo,
                             const QString &byline)
{
    m_articleId = id;
    m_layers.clear();
    m_layerOrder.clear();
    // The column's margins go in before the text: one layout, at the final width.
    m_document.setSideMargin(sideMargin(), ReaderDocument::Apply::NextRebuild);
    // The rebuild pushes the view's cursor to the end of the new text, and
    // moving it back to the top asks where it was, which lays out the whole
    // document before the first page can be painted. With a null page size
    // the document is not laid out at all (QTextDocumentLayout), so the
    // cursor moves for nothing; restoring the size then starts the lazy
    // layout that does the visible part first and the rest in idle steps.
    QTextDocument *doc = document();
    const QSizeF page = doc->pageSize();
    doc->setPageSize(QSizeF(0, 0));
    m_document.setArticle(article, photo, byline);
    setTextCursor(QTextCursor(doc));
    doc->setPageSize(page);
    applyColumnWidth();
    applyHighlights();
    verticalScrollBar()->setValue(0);
    m_topOffset = 0;
    emit articleShown(id);
}

void ReaderView::clearArticle()
{
    m_articleId = 0;
    m_layers.clear();
    m_layerOrder.clear();
    m_document.clear();
    applyHighlights();
}

void ReaderView::setReaderSettings(const ReaderSettings &settings)
{
    const int keep = plainOffsetAt(QPoint(0, 0));
    m_document.setSideMargin(sideMargin(settings.columnWidth), ReaderDocument::Apply::NextRebuild);
    m_document.setSettings(settings);
    applyTheme();
    applyColumnWidth();
    applyHighlights();
    if (keep > 0)
        scrollToPlainOffset(keep);
}

void ReaderView::setHighlights(const QString &layer, const QList<ReaderHighlight> &highlights)
{
    if (!m_layerOrder.contains(layer))
        m_layerOrder.append(layer);
    m_layers.insert(layer, highlights);
    applyHighlights();
}

void ReaderView::clearHighlights(const QString &layer)
{
    m_layers.remove(layer);
    m_layerOrder.removeAll(layer);
    applyHighlights();
}

void ReaderView::applyHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const QString &layer : std::as_const(m_layerOrder)) {
        for (const ReaderHighlight &h : m_layers.value(layer)) {
            if (h.markOnly || h.underline)
                continue; // painted by paintEvent()
            for (const QTextCursor &c : m_document.cursorsFor(h.start, h.end)) {
                QTextEdit::ExtraSelection s;
                s.cursor = c;
                if (h.searchMark) {
                    s.format.setBackground(h.color);
                    s.format.setUnderlineStyle(QTextCharFormat::DotLine);
                    s.format.setUnderlineColor(palette().text().color());
                } else {
                    s.format.setBackground(h.color);
                    s.format.setForeground(QColor::fromRgb(AnnotationPalette::markedTextRgb()));
                }
                selections.append(s);
            }
        }
    }
    setExtraSelections(selections);
}

void ReaderView::scrollToPlainOffset(int plainOffset)
{
    const int pos = m_document.toDocumentPosition(plainOffset);
    if (pos < 0)
        return;
    QTextCursor c(document());
    c.setPosition(pos);
    // Put the target a little below the top rather than on the edge.
    const QRect r = cursorRect(c);
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + r.top() - viewport()->height() / 4);
}

void ReaderView::scrollToPlainOffsetAtTop(int plainOffset)
{
    const int pos = m_document.toDocumentPosition(plainOffset);
    if (pos < 0)
        return;
    // The lazy layout has not reached the offset yet, and the scroll bar's
    // range would stop short of it: finish the layout first.
    document()->size();
    QTextCursor c(document());
    c.setPosition(pos);
    // The text cursor goes there too (unless it holds a selection): the
    // view keeps its cursor in sight when it re-lays out, and a cursor left
    // at the top would pull the text back there.
    if (!textCursor().hasSelection())
        setTextCursor(c);
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + cursorRect(c).top());
}

void ReaderView::setCaretBrowsing(bool on)
{
    m_caretBrowsing = on;
    Qt::TextInteractionFlags flags = Qt::TextBrowserInteraction;
    if (on)
        flags |= Qt::TextSelectableByKeyboard;
    setTextInteractionFlags(flags);
    setCursorWidth(on ? 2 : 1);
    if (on) {
        // The caret starts at the first text in view, not where a click left it.
        QTextCursor c = cursorForPosition(QPoint(viewport()->width() / 2, 0));
        setTextCursor(c);
        setFocus(Qt::ShortcutFocusReason);
    }
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    // Space pages the way a browser does; with the caret on, a space is
    // still only a movement key (the view is read-only).
    if (event->key() == Qt::Key_Space && (event->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier) {
        QScrollBar *bar = verticalScrollBar();
        const int step = std::max(bar->pageStep() - fontMetrics().height() * 2, bar->singleStep());
        bar->setValue(bar->value() + (event->modifiers() & Qt::ShiftModifier ? -step : step));
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void ReaderView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressed = true;
    }
    QTextBrowser::mousePressEvent(event);
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    const QPoint pos = event->position().toPoint();
    const bool dragged = (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance();
    if (dragged) {
        if (!(event->modifiers() & Qt::AltModifier))
            snapSelectionToWords();
        return;
    }
    if (textCursor().hasSelection() || !anchorAt(pos).isEmpty())
        return;
    const int offset = plainOffsetAt(pos);
    if (offset >= 0)
        emit plainTextClicked(offset, viewport()->mapToGlobal(pos));
}

void ReaderView::snapSelectionToWords()
{
    const std::optional<std::pair<int, int>> range = selectedPlainRange();
    if (!range)
        return;
    const auto [s, e] = BengaliText::snapToWords(m_document.plainText(), range->first, range->second);
    const int from = m_document.toDocumentPosition(s);
    const int to = m_document.toDocumentPosition(e);
    if (from < 0 || to < 0 || (s == range->first && e == range->second))
        return;
    // Keep the direction of the drag: the end the mouse let go of stays the
    // moving end, for a Shift+click that extends it.
    const QTextCursor old = textCursor();
    QTextCursor c(document());
    if (old.position() < old.anchor()) {
        c.setPosition(to);
        c.setPosition(from, QTextCursor::KeepAnchor);
    } else {
        c.setPosition(from);
        c.setPosition(to, QTextCursor::KeepAnchor);
    }
    setTextCursor(c);
}

QList<QRectF> ReaderView::lineRectsFor(int plainStart, int plainEnd) const
{
    QList<QRectF> rects;
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    for (const QTextCursor &c : m_document.cursorsFor(plainStart, plainEnd)) {
        const QTextBlock block = document()->findBlock(c.selectionStart());
        const QTextLayout *text = block.layout();
        if (!block.isValid() || !text)
            continue;
        const QPointF origin = layout->blockBoundingRect(block).topLeft() - scroll;
        const int from = c.selectionStart() - block.position();
        const int to = c.selectionEnd() - block.position();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            const int lineStart = line.textStart();
            const int lineEnd = lineStart + line.textLength();
            const int s = std::max(from, lineStart);
            const int e = std::min(to, lineEnd);
            if (s >= e)
                continue;
            qreal x1 = line.cursorToX(s);
            qreal x2 = line.cursorToX(e);
            if (x2 < x1)
                std::swap(x1, x2);
            rects.append(QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()));
        }
    }
    return rects;
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    // Drawn over the laid-out text, never as a format of it, so the shaping
    // is the same with and without them: the bar of an underline highlight
    // (thick and in its colour, not the thin wavy red of a spelling mark)
    // and the mark of a highlight with a note.
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const qreal bar = std::max<qreal>(2.0, fontMetrics().height() / 10.0);
    for (const QString &layer : std::as_const(m_layerOrder)) {
        for (const ReaderHighlight &h : m_layers.value(layer)) {
            if (!h.underline && !h.noteMarker)
                continue;
            const QList<QRectF> rects = lineRectsFor(h.start, h.end);
            if (rects.isEmpty())
                continue;
            if (h.underline) {
                for (const QRectF &r : rects) {
                    if (!r.intersects(event->rect()))
                        continue;
                    p.fillRect(QRectF(r.left(), r.bottom() - bar * 1.6, r.width(), bar), h.color);
                }
            }
            if (h.noteMarker) {
                // A dot raised after the highlight's last letter, like a
                // note's mark in print: in its colour and ringed in the text
                // colour, so it shows on a light page and a dark one alike.
                const QRectF last = rects.last();
                const qreal radius = std::max<qreal>(4.0, last.height() / 8.0);
                p.setPen(QPen(palette().text().color(), 1.2));
                p.setBrush(h.color);
                p.drawEllipse(QPointF(last.right() + radius * 0.6, last.top() + radius * 0.8), radius,
                              radius);
            }
        }
    }
}

std::optional<std::pair<int, int>> ReaderView::selectedPlainRange() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return std::nullopt;
    int start = m_document.toPlainOffset(c.selectionStart());
    int end = m_document.toPlainOffset(c.selectionEnd());
    // A selection that begins or ends in text outside plainText() (the photo
    // credit, the source line) is cut to the plain text it covers.
    for (int p = c.selectionStart(); start < 0 && p < c.selectionEnd(); ++p)
        start = m_document.toPlainOffset(p);
    for (int p = c.selectionEnd(); end < 0 && p > c.selectionStart(); --p)
        end = m_document.toPlainOffset(p);
    if (start < 0 || end <= start)
        return std::nullopt;
    return std::make_pair(start, end);
}

int ReaderView::plainOffsetAt(const QPoint &viewportPoint) const
{
    if (!m_document.hasArticle())
        return -1;
    return m_document.toPlainOffset(cursorForPosition(viewportPoint).position());
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    // The lines re-wrap at the new width: the text that was at the top stays
    // there. The text cursor (which the view keeps in sight) waits there too.
    if (m_topOffset > 0 && !textCursor().hasSelection() && !m_caretBrowsing) {
        const int pos = m_document.toDocumentPosition(m_topOffset);
        if (pos >= 0) {
            QTextCursor c(document());
            c.setPosition(pos);
            const QSignalBlocker quiet(verticalScrollBar());
            setTextCursor(c);
        }
    }
    m_keepingTop = true;
    QTextBrowser::resizeEvent(event);
    applyColumnWidth();
    if (m_topOffset > 0)
        scrollToPlainOffsetAtTop(m_topOffset);
    m_keepingTop = false;
}

int ReaderView::topPlainOffset() const
{
    if (!m_document.hasArticle())
        return -1;
    if (verticalScrollBar()->value() == 0)
        return 0;
    // A photo or the source line at the top has no plain offset: look a little further down.
    // A hidden view (a window restoring its last article before it shows)
    // may have no height yet: the top line still counts.
    const int height = std::max(1, viewport()->height());
    for (int y = 0; y < height; y += 8) {
        const int offset = plainOffsetAt(QPoint(viewport()->width() / 2, y));
        if (offset >= 0)
            return offset;
    }
    return -1;
}

// The text column keeps the chosen width and sits in the middle of the view,
// whatever the window size: long lines tire the eye. A view narrower than
// the column keeps a small margin and scales the photo down, so nothing
// needs scrolling sideways.
qreal ReaderView::sideMargin(int columnWidth) const
{
    constexpr qreal minimumSide = 24;
    return std::max<qreal>(minimumSide, (viewport()->width() - columnWidth) / 2.0);
}

qreal ReaderView::sideMargin() const
{
    return sideMargin(m_document.settings().columnWidth);
}

void ReaderView::applyColumnWidth()
{
    const qreal side = sideMargin();
    m_document.setSideMargin(side);
    fitPhoto(viewport()->width() - 2 * side - 2 * document()->rootFrame()->frameFormat().padding() - 8);
}

void ReaderView::fitPhoto(qreal available)
{
    for (const ReaderDocument::Block &b : m_document.blocks()) {
        if (b.part != ReaderDocument::Part::Photo)
            continue;
        QTextCursor c(document()->findBlockByNumber(b.blockNumber));
        c.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        QTextImageFormat image = c.charFormat().toImageFormat();
        const QImage photo =
            document()->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
        if (!image.isValid() || photo.isNull())
            return;
        const qreal width =
            std::max<qreal>(50, std::min<qreal>({qreal(photo.width()),
                                                 qreal(m_document.settings().columnWidth - 48), available}));
        if (qFuzzyCompare(image.width() + 1, width + 1))
            return;
        image.setWidth(width);
        image.setHeight(photo.height() * width / std::max(1, photo.width()));
        c.setCharFormat(image);
        return;
    }
}

void ReaderView::applyTheme()
{
    const ReaderColors colors = m_document.settings().colors();
    QPalette p = palette();
    p.setColor(QPalette::Base, colors.background);
    p.setColor(QPalette::Text, colors.text);
    p.setColor(QPalette::Link, colors.link);
    setPalette(p);
    viewport()->setAutoFillBackground(true);
}

} // namespace pathak::ui
