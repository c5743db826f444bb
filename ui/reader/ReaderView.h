#pragma once

// ReaderView: the reading pane. How to build on it
// ------------------------------------------------
// * The article text is laid out by ReaderDocument (readerDocument()): one
//   QTextDocument whose blocks are recorded with the article part they show
//   and their range in Article::plainText(). All offsets this class takes or
//   gives are QString (UTF-16) indexes into plainText(), the same terms the
//   annotations table and the search index use.
// * Highlights (annotations, search hits) go through setHighlights(layer, …):
//   each layer ("annotations", "search", …) is replaced as a whole and the
//   layers are painted together as QTextEdit::ExtraSelections. Never apply a
//   QTextCharFormat to a range of the document: a format boundary inside a
//   conjunct breaks its shaping (docs/BENGALI-TEXT.md); a selection does not. Snap
//   range ends to grapheme clusters (BengaliText) before passing them in.
// * scrollToPlainOffset() brings an offset into view (search hit, annotation).
// * selectedPlainRange() gives the user's selection in plainText() terms,
//   to create an annotation from; selectionChanged() (QTextEdit) says when.
// * Highlights survive setReaderSettings() (font, theme…): they are kept as
//   plain ranges and re-placed after every re-layout. showArticle() clears them.

#include "article/Article.h"
#include "ui/reader/ReaderDocument.h"
#include "ui/reader/ReaderSettings.h"

#include <QColor>
#include <QHash>
#include <QTextBrowser>

#include <optional>
#include <utility>

namespace pathak::ui {

struct ReaderHighlight
{
    int start = 0; // plainText() offsets, [start, end)
    int end = 0;
    QColor color;
    bool underline = false; // a line in the colour under the text instead of a background
    // A search hit: the tint with a dotted line under it, and the text keeps
    // the theme's colour (an annotation's text is dark on its colour).
    bool searchMark = false;
    // A highlight with a note: a small mark at its end says so.
    bool noteMarker = false;
    // Only that mark: nothing is drawn under the text (a highlight split
    // where others overlap it gets its mark from an entry of its own).
    bool markOnly = false;
};

class ReaderView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    // byline: who wrote it and when (ReaderDocument::setArticle).
    void showArticle(qint64 id, const Article &article, const QByteArray &photo = {},
                     const QString &byline = {});
    void clearArticle();
    qint64 articleId() const { return m_articleId; }

    void setReaderSettings(const ReaderSettings &settings);
    const ReaderSettings &readerSettings() const { return m_document.settings(); }

    ReaderDocument &readerDocument() { return m_document; }
    const ReaderDocument &readerDocument() const { return m_document; }

    void setHighlights(const QString &layer, const QList<ReaderHighlight> &highlights);
    void clearHighlights(const QString &layer);
    QList<ReaderHighlight> highlights(const QString &layer) const { return m_layers.value(layer); }

    void scrollToPlainOffset(int plainOffset);
    // Scrolls so that the line holding the offset is the first in view (a
    // restored reading position).
    void scrollToPlainOffsetAtTop(int plainOffset);
    std::optional<std::pair<int, int>> selectedPlainRange() const;
    // Widens the selection to whole words (BengaliText::snapToWords). A drag
    // with the mouse ends with this unless Alt is held, which keeps the
    // exact selection.
    void snapSelectionToWords();
    // The boxes, in viewport coordinates, of the lines [start, end) of
    // plainText() covers: where a highlight is drawn.
    QList<QRectF> lineRectsFor(int plainStart, int plainEnd) const;
    // The plainText() offset under a point of the viewport, or -1.
    int plainOffsetAt(const QPoint &viewportPoint) const;
    // The first text in view (0 at the top of the article, -1 with none):
    // what a resize, a restart or a change of font keeps in view.
    int topPlainOffset() const;

    // Caret browsing (F7): a text cursor moved with the keys, so text can be
    // selected (and highlighted) without a mouse.
    void setCaretBrowsing(bool on);
    bool caretBrowsing() const { return m_caretBrowsing; }

signals:
    void articleShown(qint64 id);
    // A click (not a drag, not on a link) on the article's text, at a
    // plainText() offset; globalPos is where, for a popup.
    void plainTextClicked(int plainOffset, const QPoint &globalPos);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyColumnWidth();
    qreal sideMargin(int columnWidth) const;
    qreal sideMargin() const;
    void fitPhoto(qreal available);
    void applyHighlights();
    void applyTheme();

    ReaderDocument m_document;
    qint64 m_articleId = 0;
    QHash<QString, QList<ReaderHighlight>> m_layers;
    QStringList m_layerOrder; // later layers paint over earlier ones
    bool m_caretBrowsing = false;
    int m_topOffset = 0;       // topPlainOffset() after the last scroll
    bool m_keepingTop = false; // a resize is moving the text, not the reader
    QPoint m_pressPos;         // where the left button went down, for click or drag
    bool m_pressed = false;
};

} // namespace pathak::ui
