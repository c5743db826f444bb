#include "export/HighlightSpans.h"

#include "annotation/AnnotationPalette.h"
#include "article/ArticleParser.h"
#include "text/BengaliText.h"

#include <algorithm>
#include <vector>

namespace pathak {

QList<HighlightSpan> HighlightSpans::fromExport(const QString &plain,
                                                const QList<ExportHighlight> &highlights)
{
    // Code point offsets to UTF-16 offsets, one table for the whole text.
    std::vector<int> utf16At;
    utf16At.reserve(size_t(plain.size()) + 1);
    for (int i = 0; i < plain.size(); ++i) {
        utf16At.push_back(i);
        if (plain.at(i).isHighSurrogate() && i + 1 < plain.size() && plain.at(i + 1).isLowSurrogate())
            ++i;
    }
    const int codePoints = int(utf16At.size());
    utf16At.push_back(int(plain.size()));

    QList<ExportHighlight> sorted = highlights;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ExportHighlight &x, const ExportHighlight &y) { return x.start < y.start; });
    QList<HighlightSpan> out;
    int notes = 0;
    for (const ExportHighlight &h : std::as_const(sorted)) {
        const int s = std::clamp(h.start, 0, codePoints);
        const int e = std::clamp(h.end, 0, codePoints);
        if (s >= e)
            continue;
        HighlightSpan span;
        std::tie(span.start, span.end) =
            BengaliText::snapToGraphemes(plain, utf16At[size_t(s)], utf16At[size_t(e)]);
        span.color = h.color;
        span.note = h.note.trimmed();
        span.quote = plain.mid(span.start, span.end - span.start);
        if (!span.note.isEmpty())
            span.noteNumber = ++notes;
        out.append(span);
    }
    return out;
}

int HighlightSpans::firstParagraphStart(const Article &a)
{
    return int(a.title.size()) + 2 + (a.caption ? int(a.caption->text.size()) + 2 : 0);
}

void HighlightSpans::moveTitleHighlightsToLead(QList<HighlightSpan> &spans, const Article &a)
{
    if (ArticleParser::repeatedLeadLength(a) == 0)
        return;
    const int firstParagraph = firstParagraphStart(a);
    const int shown = int(a.title.endsWith(QChar(0x2026)) ? a.title.size() - 1 : a.title.size());
    for (HighlightSpan &h : spans) {
        if (h.start < shown) {
            h.end = std::min(h.end, shown) + firstParagraph;
            h.start += firstParagraph;
        }
    }
}

QList<HighlightPiece> HighlightSpans::pieces(const QString &text, int plainStart,
                                             const QList<HighlightSpan> &spans)
{
    const int end = plainStart + int(text.size());
    QList<int> cuts{0, int(text.size())};
    for (const HighlightSpan &s : spans) {
        if (s.end <= plainStart || s.start >= end)
            continue;
        cuts.append(std::max(s.start, plainStart) - plainStart);
        cuts.append(std::min(s.end, end) - plainStart);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QList<HighlightPiece> out;
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        HighlightPiece piece;
        piece.start = cuts.at(i);
        piece.end = cuts.at(i + 1);
        for (const HighlightSpan &s : spans) {
            if (s.start <= plainStart + piece.start && s.end >= plainStart + piece.end)
                (AnnotationPalette::isUnderline(s.color) ? piece.underline : piece.marker) = &s;
            // A highlight that runs past this block (into the blank line)
            // still ends here.
            if (s.noteNumber && s.start < end && s.end <= end + 2 &&
                std::min(s.end, end) == plainStart + piece.end)
                piece.notesEnding.append(&s);
        }
        out.append(piece);
    }
    return out;
}

} // namespace pathak
