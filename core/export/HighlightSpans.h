#pragma once

#include "article/Article.h"
#include "export/ExportOptions.h"

#include <QList>
#include <QString>

namespace pathak {

// A highlight ready to draw: UTF-16 offsets over Article::plainText(),
// widened to whole grapheme clusters so no mark ends inside a conjunct.
struct HighlightSpan
{
    int start = 0;
    int end = 0;
    QString color;
    QString note;
    QString quote;      // the text it covers
    int noteNumber = 0; // 1, 2, … in reading order for highlights with a note; 0 without
};

// A run of one block's text under the same highlights, as the text
// exporters (Markdown, EPUB) mark it up: [start, end) within the block, the
// colour over it and the underline under it (of overlapping ones the one
// that starts last, as in the reader), and the noted highlights that end
// with it, whose note references follow it.
struct HighlightPiece
{
    int start = 0;
    int end = 0;
    const HighlightSpan *marker = nullptr;
    const HighlightSpan *underline = nullptr;
    QList<const HighlightSpan *> notesEnding;
};

// Turns highlights as stored (code point offsets) into spans the exporters
// draw, sorted by start. Highlights that are empty or lie outside the text
// (an orphaned annotation) are left out.
class HighlightSpans
{
public:
    static QList<HighlightSpan> fromExport(const QString &plainText,
                                           const QList<ExportHighlight> &highlights);
    // Where the first paragraph starts in plainText() (after the title and
    // the caption). When the title was derived from the first sentence
    // (ArticleParser::repeatedLeadLength) the exports print that sentence
    // once, as the heading, from the paragraph's own text: highlights on the
    // title's words are moved onto the same words there.
    static int firstParagraphStart(const Article &article);
    static void moveTitleHighlightsToLead(QList<HighlightSpan> &spans, const Article &article);
    // A block of plainText() (its text, and its UTF-16 offset plainStart)
    // cut where a highlight starts or ends. The pieces point into spans.
    static QList<HighlightPiece> pieces(const QString &text, int plainStart,
                                        const QList<HighlightSpan> &spans);
};

} // namespace pathak
