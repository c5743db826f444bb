#include "export/PdfLayoutSession.h"

#include "article/ArticleLabels.h"
#include "article/ArticleParser.h"
#include "export/HighlightSpans.h"
#include "text/BengaliText.h"

#include <QByteArray>
#include <QRectF>

#include <algorithm>

namespace pathak {

namespace {

constexpr double kMarginSide = 62.0;
constexpr double kMarginTop = 60.0;
constexpr double kMarginBottom = 66.0;
// How far justification may widen a word space: 1.5 times its natural width.
constexpr double kMaxGapStretch = 1.5;
// The longest text laid out at once, in UTF-16 units (as the importer's
// longest paragraph): a page and more of Bengali text.
constexpr int kPieceLength = 20000;

cairo_status_t appendToBuffer(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

// The UTF-8 length of a cluster's text before its first nonspacing mark
// and the joiners (ZWJ, ZWNJ) just before it: pdf.js drops a glyph whose
// text ends in such a format character (র‍ of র‍্য). All of it when that
// leaves nothing before or after.
int headBeforeMark(QByteArrayView utf8)
{
    const QString text = QString::fromUtf8(utf8);
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).category() != QChar::Mark_NonSpacing)
            continue;
        qsizetype head = i;
        while (head > 0 && text.at(head - 1).category() == QChar::Other_Format)
            --head;
        return head > 0 ? int(text.left(head).toUtf8().size()) : int(utf8.size());
    }
    return int(utf8.size());
}

} // namespace

struct PdfLayoutSession::BlockStyle
{
    double scale = 1.0;
    bool bold = false;
    bool justify = false;
    bool breakAnywhere = false; // URLs: break between characters, not only at spaces
    double red = 0.08, green = 0.08, blue = 0.08;
    double spaceBefore = 0.0; // in em of the body size
    double spaceAfter = 0.0;
    bool keepWithNext = false;
};

struct PdfLayoutSession::Block
{
    BlockKind kind = BlockKind::Body;
    QString text;
    int plainStart = -1; // UTF-16 offset of text in Article::plainText(); -1: not part of it
    int boldPrefix = 0;  // UTF-16 length of a bold lead (a comment's author)
    QString link;
    bool spans = false; // whether its runs go into Spans (showLine)
};

// A highlight as the renderer draws it: the span and its colour as RGB.
struct PdfLayoutSession::SnappedHighlight
{
    int id = 0;
    int start = 0;
    int end = 0;
    double red = 1, green = 1, blue = 0;
    bool underline = false;
    QString note;
    QString quote;
    int noteNumber = 0;
};

// A range of a block's displayed text, in UTF-16 offsets of that text.
struct PdfLayoutSession::TextRange
{
    int start = 0;
    int end = 0;
    int highlight = -1; // index into the article's highlights, or -1
};

// A highlight's range in the bytes of the UTF-8 text Pango lays out.
struct PdfLayoutSession::ByteRange
{
    int start, end, highlight;
};

// A block's text as displayed: with its note numbers put in, as UTF-8 for
// Pango, and where its grapheme clusters begin.
struct PdfLayoutSession::DisplayText
{
    QString text;
    QByteArray utf8;
    QList<NoteMarker> markers;               // sorted by offset
    QList<std::pair<int, int>> markerRanges; // where each number stands in text
    std::vector<int> byteAt;                 // UTF-8 offset of each UTF-16 offset of text
    std::vector<char> boundary;              // per byte of utf8: a grapheme cluster begins there

    // An offset of the block's text as an offset of the displayed text.
    int shift(int offset, bool isEnd) const
    {
        int s = offset;
        for (int i = 0; i < markers.size(); ++i) {
            const int at = markers.at(i).first;
            if (at < offset || (!isEnd && at == offset))
                s += int(markers.at(i).second.size());
        }
        return s;
    }
    int byteOf(int offset, bool isEnd) const { return byteAt[size_t(shift(offset, isEnd))]; }
};

// Where one laid-out line stands on the page.
struct PdfLayoutSession::LineBox
{
    double top = 0, height = 0, left = 0, right = 0;
};

PdfLayoutSession::PdfLayoutSession(const PdfOptions &options, QByteArray *out) : m_options(options)
{
    const auto [w, h] = PdfRenderer::pageSize(options.paper);
    m_width = w;
    m_height = h;
    m_top = kMarginTop;
    m_bottom = h - kMarginBottom;
    m_left = kMarginSide;
    m_textWidth = w - 2 * kMarginSide;
    m_y = m_top;
    m_surface.reset(cairo_pdf_surface_create_for_stream(appendToBuffer, out, w, h));
    m_cr.reset(cairo_create(m_surface.get()));
    m_tags = std::make_unique<PdfStructureTags>(m_cr.get());
    m_tags->begin("Document");
    setUpPangoContext();
    // Bengali faces have no Latin letters; Pango would take them from the
    // default font, a sans, also inside serif text. Name the matching Noto
    // face as the next choice.
    QString families = options.fontFamily;
    const QString latin = families.contains(QLatin1String("Serif"), Qt::CaseInsensitive)
                              ? QStringLiteral("Noto Serif")
                              : QStringLiteral("Noto Sans");
    if (families.compare(latin, Qt::CaseInsensitive) != 0 && PdfRenderer::hasFontFamily(latin))
        families += QStringLiteral(", ") + latin;
    m_families = families.toUtf8();
}

void PdfLayoutSession::setUpPangoContext()
{
    // Pango keeps one default font map per thread: reusing it saves
    // fontconfig's set-up on every export and is safe off the UI thread.
    m_context.reset(pango_font_map_create_context(pango_cairo_font_map_get_default()));
    // Layout in points, unhinted: line breaks must not depend on a device.
    pango_cairo_context_set_resolution(m_context.get(), 72.0);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(m_context.get(), fo);
    cairo_font_options_destroy(fo);
    pango_context_set_round_glyph_positions(m_context.get(), FALSE);
    pango_context_set_language(m_context.get(), pango_language_from_string("bn"));
    pango_cairo_update_context(m_cr.get(), m_context.get());
}

void PdfLayoutSession::setMetadata(cairo_pdf_metadata_t key, const QString &value)
{
    if (!value.isEmpty())
        cairo_pdf_surface_set_metadata(m_surface.get(), key, value.toUtf8().constData());
}

void PdfLayoutSession::drawArticle(const ExportArticle &item)
{
    const Article &a = item.article;
    if (m_pageHasContent)
        finishPage();
    m_articleFirstPage = m_page;
    m_runningTitle = a.title;
    cairo_pdf_surface_add_outline(m_surface.get(), CAIRO_PDF_OUTLINE_ROOT, a.title.toUtf8().constData(),
                                  QByteArray("page=" + QByteArray::number(m_page + 1)).constData(),
                                  cairo_pdf_outline_flags_t(0));

    const QList<Block> blocks = blocksOf(a);
    QList<SnappedHighlight> highlights = snapHighlights(a.plainText(), item.highlights);
    // A highlight on a derived title's words (where a quote is found first)
    // is drawn on the same words of the headline, which is all the PDF shows of them.
    if (ArticleParser::repeatedLeadLength(a) > 0) {
        const int shown = int(a.title.endsWith(QChar(0x2026)) ? a.title.size() - 1 : a.title.size());
        const int shift = int(a.title.size()) + 2 + (a.caption ? int(a.caption->text.size()) + 2 : 0);
        for (SnappedHighlight &h : highlights) {
            if (h.start < shown) {
                h.end = std::min(h.end, shown) + shift;
                h.start += shift;
            }
        }
    }
    const NoteMarkerPositions markerAt = noteMarkerPositions(blocks, highlights);

    m_articleMarks.clear();
    m_articleMarkIds.clear();
    m_tags->begin("Art");
    for (int b = 0; b < blocks.size(); ++b) {
        const Block &blk = blocks.at(b);
        // The caption (and its credit) is the figure's: no picture is
        // printed, so the caption is its alternate text too.
        if (blk.kind == BlockKind::Caption) {
            m_tags->begin("Figure", blk.text);
            m_tags->begin("Caption");
        }
        drawBlock(blk, highlightRangesIn(blk, highlights), noteMarkersIn(b, blk, highlights, markerAt),
                  highlights);
        const bool creditNext = b + 1 < blocks.size() && blocks.at(b + 1).kind == BlockKind::Credit;
        if ((blk.kind == BlockKind::Caption && !creditNext) || blk.kind == BlockKind::Credit) {
            m_tags->end(); // Caption
            m_tags->end(); // Figure
        }
    }
    drawEndnotes(highlights);
    m_tags->end(); // Art
    for (const PdfHighlightMark &m : std::as_const(m_articleMarks))
        m_marks.append(m);
}

// The blocks in reading order. Those that are part of plainText() carry
// their offset there, computed the way plainText() joins them.
QList<PdfLayoutSession::Block> PdfLayoutSession::blocksOf(const Article &a) const
{
    QList<Block> blocks;
    int plainOffset = 0;
    auto plainBlock = [&](BlockKind kind, const QString &text, int boldPrefix = 0) {
        blocks.append({kind, text, plainOffset, boldPrefix, {}});
        plainOffset += int(text.size()) + 2;
    };
    // A title derived from the first sentence is not printed twice (as in
    // the reader): that sentence is the headline, at the first paragraph's
    // offset, and the first paragraph goes on after it. A sentence longer
    // than a title is set as a lead: bold, smaller.
    const int lead = ArticleParser::repeatedLeadLength(a);
    const int firstParagraph = int(a.title.size()) + 2 + (a.caption ? int(a.caption->text.size()) + 2 : 0);
    if (lead == 0) {
        plainBlock(BlockKind::Title, a.title);
    } else {
        const QString headline = ArticleParser::leadHeadline(a);
        blocks.append({headline.size() > ArticleParser::maxTitleLength ? BlockKind::Lead : BlockKind::Title,
                       headline,
                       firstParagraph,
                       0,
                       {}});
        plainOffset += int(a.title.size()) + 2;
    }
    if (a.caption) {
        plainBlock(BlockKind::Caption, a.caption->text);
        if (!a.caption->credit.isEmpty())
            blocks.append({BlockKind::Credit, Caption::creditLabel(a.caption->credit), -1, 0, {}});
    }
    for (qsizetype i = 0; i < a.paragraphs.size(); ++i) {
        const QString &p = a.paragraphs.at(i);
        if (i == 0 && lead > 0) {
            int skip = lead;
            while (skip < p.size() && p.at(skip).isSpace())
                ++skip;
            if (skip < p.size())
                blocks.append({BlockKind::Body, p.mid(skip), plainOffset + skip, 0, {}});
            plainOffset += int(p.size()) + 2;
            continue;
        }
        plainBlock(BlockKind::Body, p);
    }
    if (a.source) {
        blocks.append({BlockKind::Source, ArticleLabels::source() + QLatin1Char(' ') + a.source->label, -1, 0,
                       a.source->url});
        if (!a.source->url.isEmpty())
            blocks.append({BlockKind::Url, a.source->url, -1, 0, a.source->url});
    }
    if (a.comments) {
        // No heading over no comments (an article that declares "মন্তব্য (০)").
        if (m_options.includeComments && !a.comments->items.isEmpty())
            blocks.append({BlockKind::Heading, ArticleLabels::comments(a.comments->declared), -1, 0, {}});
        for (const Comment &c : a.comments->items) {
            const QString line = c.author ? *c.author + QStringLiteral(": ") + c.text : c.text;
            if (m_options.includeComments)
                plainBlock(BlockKind::Comment, line, c.author ? int(c.author->size()) + 1 : 0);
            else
                plainOffset += int(line.size()) + 2;
        }
    }
    return blocks;
}

QList<PdfLayoutSession::SnappedHighlight>
PdfLayoutSession::snapHighlights(const QString &plain, const QList<ExportHighlight> &input)
{
    QList<SnappedHighlight> out;
    for (const HighlightSpan &span : HighlightSpans::fromExport(plain, input)) {
        SnappedHighlight sh;
        sh.id = int(out.size());
        sh.start = span.start;
        sh.end = span.end;
        PdfRenderer::highlightColor(span.color, sh.red, sh.green, sh.blue);
        sh.underline = PdfRenderer::isUnderline(span.color);
        sh.note = span.note;
        sh.quote = span.quote;
        sh.noteNumber = span.noteNumber;
        out.append(sh);
    }
    return out;
}

// Each note's number goes after the last visible character of its highlight.
PdfLayoutSession::NoteMarkerPositions
PdfLayoutSession::noteMarkerPositions(const QList<Block> &blocks, const QList<SnappedHighlight> &highlights)
{
    NoteMarkerPositions markerAt;
    for (int b = 0; b < blocks.size(); ++b) {
        const Block &blk = blocks.at(b);
        if (blk.plainStart < 0)
            continue;
        for (int h = 0; h < highlights.size(); ++h) {
            const SnappedHighlight &hl = highlights.at(h);
            if (hl.noteNumber && hl.start < blk.plainStart + blk.text.size() && hl.end > blk.plainStart)
                markerAt.insert(h, {b, int(std::min<qsizetype>(hl.end - blk.plainStart, blk.text.size()))});
        }
    }
    return markerAt;
}

QList<PdfLayoutSession::TextRange>
PdfLayoutSession::highlightRangesIn(const Block &blk, const QList<SnappedHighlight> &highlights)
{
    QList<TextRange> ranges;
    if (blk.plainStart < 0)
        return ranges;
    for (int h = 0; h < highlights.size(); ++h) {
        const SnappedHighlight &hl = highlights.at(h);
        const int s = std::max(hl.start - blk.plainStart, 0);
        const int e = int(std::min<qsizetype>(hl.end - blk.plainStart, blk.text.size()));
        if (s < e)
            ranges.append({s, e, h});
    }
    return ranges;
}

QList<PdfLayoutSession::NoteMarker> PdfLayoutSession::noteMarkersIn(int blockIndex, const Block &blk,
                                                                    const QList<SnappedHighlight> &highlights,
                                                                    const NoteMarkerPositions &positions)
{
    QList<NoteMarker> markers;
    if (blk.plainStart < 0)
        return markers;
    for (int h = 0; h < highlights.size(); ++h) {
        const auto m = positions.constFind(h);
        if (m != positions.constEnd() && m->first == blockIndex)
            markers.append({m->second, PdfRenderer::bengaliNumber(highlights.at(h).noteNumber)});
    }
    return markers;
}

// Endnotes: each note with the passage it belongs to.
// They follow the text on its last page whenever the heading and the
// first note fit there (a heading keeps only as much of what follows as
// that is, up to three lines), and go on to the next page line by line.
void PdfLayoutSession::drawEndnotes(const QList<SnappedHighlight> &highlights)
{
    bool headed = false;
    for (const SnappedHighlight &hl : highlights) {
        if (!hl.noteNumber)
            continue;
        const QString quote = BengaliText::cutAtWordBoundary(hl.quote.simplified(), 80);
        const QString lead = PdfRenderer::bengaliNumber(hl.noteNumber) + QStringLiteral(". ");
        const Block note{BlockKind::Note,
                         lead + QStringLiteral("“") + quote + QStringLiteral("” — ") + hl.note,
                         -1,
                         int(lead.size()),
                         {}};
        if (!headed) {
            const DisplayText display = displayTextOf(note.text, {});
            PangoPtr<PangoLayout> layout = layoutFor(note, styleFor(BlockKind::Note), display);
            PangoRectangle extents;
            pango_layout_get_extents(layout.get(), nullptr, &extents);
            m_keepRoom = double(extents.height) / PANGO_SCALE;
            drawBlock({BlockKind::Heading, ArticleLabels::notes(), -1, 0, {}}, {}, {}, highlights);
            m_keepRoom = -1;
            headed = true;
        }
        drawBlock(note, {}, {}, highlights);
    }
}

Result<PdfRendering> PdfLayoutSession::finish(QByteArray *out)
{
    if (m_pageHasContent)
        finishPage();
    while (m_tags->depth() > 0)
        m_tags->end();
    PdfRendering r;
    r.structure = m_tags->elements();
    m_tags.reset();
    m_cr.reset();
    cairo_surface_finish(m_surface.get());
    const cairo_status_t status = cairo_surface_status(m_surface.get());
    m_surface.reset();
    if (status != CAIRO_STATUS_SUCCESS)
        return Result<PdfRendering>::failure(QString::fromUtf8(cairo_status_to_string(status)));
    r.pdf = std::move(*out);
    r.pageCount = m_page;
    r.pageWidth = m_width;
    r.pageHeight = m_height;
    r.highlights = m_marks;
    return r;
}

PdfLayoutSession::BlockStyle PdfLayoutSession::styleFor(BlockKind kind)
{
    BlockStyle s;
    switch (kind) {
    case BlockKind::Title:
        s.scale = 1.6;
        s.bold = true;
        s.spaceAfter = 0.9;
        s.keepWithNext = true;
        break;
    case BlockKind::Lead:
        s.scale = 1.2;
        s.bold = true;
        s.spaceAfter = 0.9;
        s.keepWithNext = true;
        break;
    case BlockKind::Caption:
        s.scale = 0.9;
        s.red = s.green = s.blue = 0.3;
        s.spaceAfter = 0.15;
        break;
    case BlockKind::Credit:
        s.scale = 0.8;
        s.red = s.green = s.blue = 0.42;
        s.spaceAfter = 1.0;
        break;
    case BlockKind::Body:
        s.justify = true;
        s.spaceAfter = 0.6;
        break;
    case BlockKind::Source:
    case BlockKind::Url:
        // Both are links to the source, in the reader's link blue.
        s.red = 0.05;
        s.green = 0.25;
        s.blue = 0.6;
        if (kind == BlockKind::Source) {
            s.scale = 0.9;
            s.spaceBefore = 0.8;
        } else {
            s.scale = 0.75;
            s.breakAnywhere = true;
            s.spaceAfter = 0.6;
        }
        break;
    case BlockKind::Heading:
        s.scale = 1.1;
        s.bold = true;
        s.spaceBefore = 1.0;
        s.spaceAfter = 0.4;
        s.keepWithNext = true;
        break;
    case BlockKind::Comment:
        s.scale = 0.9;
        s.spaceAfter = 0.4;
        break;
    case BlockKind::Note:
        s.scale = 0.85;
        s.spaceAfter = 0.3;
        break;
    }
    return s;
}

const char *PdfLayoutSession::structureTypeOf(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Title:
    case BlockKind::Lead:
        return "H1";
    case BlockKind::Heading:
        return "H2";
    case BlockKind::Comment:
    case BlockKind::Note:
        return "Note";
    case BlockKind::Caption: // inside the figure's Caption element
    case BlockKind::Credit:
    case BlockKind::Body:
    case BlockKind::Source:
    case BlockKind::Url:
        break;
    }
    return "P";
}

// Where a block's text is cut into pieces of at most kPieceLength
// UTF-16 units, for one layout each: after a sentence end in the latter
// half of the piece, else after its last space, else between grapheme
// clusters. Starts with 0 and ends with text.size().
QList<int> PdfLayoutSession::pieceCuts(const QString &text)
{
    QList<int> cuts{0};
    int from = 0;
    while (text.size() - from > kPieceLength) {
        const int limit = from + kPieceLength;
        int cut = -1;
        for (int i = limit - 1; i > from + kPieceLength / 2 && cut < 0; --i) {
            const QChar c = text.at(i - 1);
            if (text.at(i).isSpace() && (c == QChar(0x0964) || c == QLatin1Char('.') ||
                                         c == QLatin1Char('?') || c == QLatin1Char('!')))
                cut = i + 1;
        }
        for (int i = limit - 1; i > from && cut < 0; --i) {
            if (text.at(i).isSpace())
                cut = i + 1;
        }
        if (cut < 0) {
            const QList<int> clusters = BengaliText::graphemeBoundaries(text.mid(from, kPieceLength + 1));
            for (qsizetype k = clusters.size() - 1; k >= 0 && cut < 0; --k) {
                if (clusters.at(k) > 0 && clusters.at(k) <= kPieceLength)
                    cut = from + clusters.at(k);
            }
            if (cut < 0)
                cut = limit;
        }
        cuts.append(cut);
        from = cut;
    }
    cuts.append(int(text.size()));
    return cuts;
}

// One block, as one structure element. A block longer than kPieceLength
// (a paragraph of megabytes that did not come through the importer,
// which splits them) is laid out piece by piece: Pango lays out one
// paragraph at a time, and a layout of megabytes is slow and loses text.
// Each piece goes on where the last ended, so no text is lost.
void PdfLayoutSession::drawBlock(const Block &blk, const QList<TextRange> &highlightRanges,
                                 QList<NoteMarker> markers, const QList<SnappedHighlight> &highlights)
{
    if (blk.text.isEmpty())
        return;
    // A note (an endnote, a comment) holds a paragraph: its label (number,
    // author) and text, read as a block of its own.
    const char *type = structureTypeOf(blk.kind);
    const bool note = type && qstrcmp(type, "Note") == 0;
    if (type)
        m_tags->begin(type);
    if (note)
        m_tags->begin("P");
    Block whole = blk;
    whole.spans = note || !blk.link.isEmpty() || std::any_of(blk.text.cbegin(), blk.text.cend(), [](QChar c) {
                      return c.script() == QChar::Script_Latin;
                  });
    const QList<int> cuts = pieceCuts(blk.text);
    if (cuts.size() == 2) {
        drawPiece(whole, highlightRanges, std::move(markers), highlights, true, true);
    } else {
        for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
            const int from = cuts.at(i), to = cuts.at(i + 1);
            Block piece = whole;
            piece.text = blk.text.mid(from, to - from);
            piece.boldPrefix = i == 0 ? blk.boldPrefix : 0;
            QList<TextRange> ranges;
            for (const TextRange &r : highlightRanges) {
                const int s = std::max(r.start, from) - from, e = std::min(r.end, to) - from;
                if (s < e)
                    ranges.append({s, e, r.highlight});
            }
            QList<NoteMarker> pieceMarkers;
            for (const NoteMarker &m : std::as_const(markers)) {
                if ((m.first > from || (i == 0 && m.first == from)) && m.first <= to)
                    pieceMarkers.append({m.first - from, m.second});
            }
            drawPiece(piece, ranges, pieceMarkers, highlights, i == 0, i + 2 == cuts.size());
        }
    }
    if (note)
        m_tags->end();
    if (type)
        m_tags->end();
}

void PdfLayoutSession::drawPiece(const Block &blk, const QList<TextRange> &highlightRanges,
                                 QList<NoteMarker> markers, const QList<SnappedHighlight> &highlights,
                                 bool first, bool last)
{
    const BlockStyle style = styleFor(blk.kind);
    const double em = m_options.fontSize;
    const DisplayText display = displayTextOf(blk.text, std::move(markers));
    PangoPtr<PangoLayout> layout = layoutFor(blk, style, display);

    std::vector<ByteRange> byteRanges;
    for (const TextRange &r : highlightRanges)
        byteRanges.push_back({display.byteOf(r.start, false), display.byteOf(r.end, true), r.highlight});

    PangoRectangle whole;
    pango_layout_get_extents(layout.get(), nullptr, &whole);
    const double blockHeight = double(whole.height) / PANGO_SCALE;
    if (m_pageHasContent && first)
        m_y += style.spaceBefore * em;
    // A heading keeps three lines of what follows on its page, or all of it when that is less.
    const double keep = m_keepRoom >= 0 ? std::min(m_keepRoom, 3 * em * 1.5) : 3 * em * 1.5;
    if (style.keepWithNext && m_pageHasContent && m_y + blockHeight + style.spaceAfter * em + keep > m_bottom)
        finishPage();
    // A URL breaks inside its word: split across pages it would be two
    // paragraphs of the structure tree (PdfStructureTags), two words to a
    // screen reader. It starts a page of its own when it does not fit.
    else if (style.breakAnywhere && m_pageHasContent && m_y + blockHeight > m_bottom &&
             blockHeight <= m_bottom - m_top)
        finishPage();

    const double yShift = drawLines(layout.get(), blk, style, display, byteRanges, highlights);
    m_y = yShift + double(whole.y + whole.height) / PANGO_SCALE + (last ? style.spaceAfter * em : 0.0);
}

PdfLayoutSession::DisplayText PdfLayoutSession::displayTextOf(const QString &text, QList<NoteMarker> markers)
{
    DisplayText d;
    std::sort(markers.begin(), markers.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    int from = 0;
    for (const auto &[at, label] : markers) {
        d.text += QStringView(text).mid(from, at - from);
        d.markerRanges.append({int(d.text.size()), int(d.text.size() + label.size())});
        d.text += label;
        from = at;
    }
    d.text += QStringView(text).mid(from);
    d.markers = std::move(markers);
    d.utf8 = d.text.toUtf8();
    d.byteAt.resize(size_t(d.text.size()) + 1);
    int bytes = 0;
    for (int i = 0; i < d.text.size(); ++i) {
        d.byteAt[size_t(i)] = bytes;
        const char16_t c = d.text.at(i).unicode();
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : QChar::isSurrogate(c) ? 2 : 3;
    }
    d.byteAt[size_t(d.text.size())] = bytes;

    d.boundary.assign(size_t(d.utf8.size()) + 1, 0);
    for (int b : BengaliText::graphemeBoundaries(d.text))
        d.boundary[size_t(d.byteAt[size_t(b)])] = 1;
    return d;
}

PdfLayoutSession::PangoPtr<PangoLayout> PdfLayoutSession::layoutFor(const Block &blk, const BlockStyle &style,
                                                                    const DisplayText &display) const
{
    PangoPtr<PangoLayout> layout(pango_layout_new(m_context.get()));
    PangoPtr<PangoFontDescription> font(fontFor(style.scale, style.bold));
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_width(layout.get(), int(m_textWidth * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), style.breakAnywhere ? PANGO_WRAP_CHAR : PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout.get(), display.utf8.constData(), int(display.utf8.size()));
    PangoPtr<PangoAttrList> attrs = attributesFor(blk, style, display);
    pango_layout_set_attributes(layout.get(), attrs.get());
    if (style.justify)
        justifyLines(layout.get(), display);
    return layout;
}

// Each line but a paragraph's last is stretched to the full width by
// widening its word spaces evenly, as Pango's own justification does, but
// only while no space grows past kMaxGapStretch times its natural width:
// a line with too few spaces for its shortfall (a long word pushed to the
// next line) is set ragged right instead of with gaps a reader trips over.
// The spaces' glyphs are widened before anything measures the layout, so
// extents, highlight ranges and the drawn glyphs all see the same line.
void PdfLayoutSession::justifyLines(PangoLayout *layout, const DisplayText &display) const
{
    const int target = int(m_textWidth * PANGO_SCALE);
    const auto isSpace = [&](const PangoItem *item, int cluster) {
        const char c = display.utf8.at(item->offset + cluster);
        return c == ' ';
    };
    for (GSList *l = pango_layout_get_lines(layout); l && l->next; l = l->next) {
        auto *line = static_cast<PangoLayoutLine *>(l->data);
        int width = 0, spaces = 0, narrowest = 0;
        for (GSList *r = line->runs; r; r = r->next) {
            const auto *run = static_cast<PangoGlyphItem *>(r->data);
            width += pango_glyph_string_get_width(run->glyphs);
            for (int i = 0; i < run->glyphs->num_glyphs; ++i) {
                const int w = run->glyphs->glyphs[i].geometry.width;
                if (w > 0 && isSpace(run->item, run->glyphs->log_clusters[i])) {
                    narrowest = spaces ? std::min(narrowest, w) : w;
                    ++spaces;
                }
            }
        }
        const int shortfall = target - width;
        if (spaces == 0 || shortfall <= 0 || double(shortfall) / spaces > (kMaxGapStretch - 1) * narrowest)
            continue;
        int given = 0, seen = 0;
        for (GSList *r = line->runs; r; r = r->next) {
            const auto *run = static_cast<PangoGlyphItem *>(r->data);
            for (int i = 0; i < run->glyphs->num_glyphs; ++i) {
                PangoGlyphInfo &g = run->glyphs->glyphs[i];
                if (g.geometry.width > 0 && isSpace(run->item, run->glyphs->log_clusters[i])) {
                    ++seen;
                    const int upTo = int(qint64(shortfall) * seen / spaces); // no rounding drift
                    g.geometry.width += upTo - given;
                    given = upTo;
                }
            }
        }
    }
}

PdfLayoutSession::PangoPtr<PangoAttrList>
PdfLayoutSession::attributesFor(const Block &blk, const BlockStyle &style, const DisplayText &display) const
{
    const QString &text = display.text;
    const std::vector<int> &byteAt = display.byteAt;
    const double em = m_options.fontSize;
    PangoPtr<PangoAttrList> attrs(pango_attr_list_new());
    // A hyphen Pango adds at a break is not in the article: it would come back in copied text.
    pango_attr_list_insert(attrs.get(), pango_attr_insert_hyphens_new(FALSE));
    if (blk.boldPrefix > 0) {
        PangoAttribute *bold = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
        bold->start_index = 0;
        bold->end_index = guint(display.byteOf(blk.boldPrefix, true));
        pango_attr_list_insert(attrs.get(), bold);
    }
    // No line break right after a hyphen inside a word (রাশিয়া-মার্কিন, URLs):
    // text extractors such as pdftotext join a line ending in "-" with the
    // next and drop the hyphen, so the copied text would lose it.
    for (int i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('-') || c == QChar(0x2010)) && !text.at(i + 1).isSpace()) {
            PangoAttribute *keep = pango_attr_allow_breaks_new(FALSE);
            keep->start_index = guint(byteAt[size_t(i)]);
            keep->end_index = guint(byteAt[size_t(std::min<qsizetype>(i + 2, text.size()))]);
            pango_attr_list_insert(attrs.get(), keep);
        }
    }
    // Note numbers: raised, smaller, in red.
    for (const auto &[s, e] : display.markerRanges) {
        const guint bs = guint(byteAt[size_t(s)]), be = guint(byteAt[size_t(e)]);
        for (PangoAttribute *attr :
             {pango_attr_rise_new(int(em * style.scale * 0.3 * PANGO_SCALE)), pango_attr_scale_new(0.6),
              pango_attr_foreground_new(0xa000, 0x2000, 0x2000)}) {
            attr->start_index = bs;
            attr->end_index = be;
            pango_attr_list_insert(attrs.get(), attr);
        }
    }
    return attrs;
}

// Lines go down from m_y; a line that does not fit starts a new page.
// Returns the shift of the last page: page y = shift + layout y.
double PdfLayoutSession::drawLines(PangoLayout *layout, const Block &blk, const BlockStyle &style,
                                   const DisplayText &display, const std::vector<ByteRange> &byteRanges,
                                   const QList<SnappedHighlight> &highlights)
{
    double yShift = m_y;
    PangoPtr<PangoLayoutIter> iter(pango_layout_get_iter(layout));
    do {
        PangoLayoutLine *line = pango_layout_iter_get_line_readonly(iter.get());
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter.get(), nullptr, &logical);
        const double top = double(logical.y) / PANGO_SCALE;
        const double height = double(logical.height) / PANGO_SCALE;
        if (yShift + top + height > m_bottom && m_pageHasContent) {
            finishPage();
            yShift = m_top - top;
        }
        LineBox box;
        box.top = yShift + top;
        box.height = height;
        box.left = m_left + double(logical.x) / PANGO_SCALE;
        box.right = box.left + double(logical.width) / PANGO_SCALE;
        const double baseline = yShift + double(pango_layout_iter_get_baseline(iter.get())) / PANGO_SCALE;

        if (!m_pageHasContent && m_page > m_articleFirstPage)
            drawRunningHeader();
        drawHighlights(line, box, style, display.utf8, byteRanges, highlights);
        if (!blk.link.isEmpty())
            m_tags->beginLink(blk.link);
        const bool labelled = blk.kind == BlockKind::Comment || blk.kind == BlockKind::Note;
        showLine(line, display, box.left, baseline, style, blk.spans,
                 labelled && blk.boldPrefix > 0 ? display.byteOf(blk.boldPrefix, true) : 0);
        if (!blk.link.isEmpty())
            m_tags->end();
        m_pageHasContent = true;
    } while (pango_layout_iter_next_line(iter.get()));
    return yShift;
}

// The highlights' colour under one line's text, and their marks for the annotations.
void PdfLayoutSession::drawHighlights(PangoLayoutLine *line, const LineBox &box, const BlockStyle &style,
                                      const QByteArray &utf8, const std::vector<ByteRange> &byteRanges,
                                      const QList<SnappedHighlight> &highlights)
{
    cairo_t *cr = m_cr.get();
    const double em = m_options.fontSize;
    for (const ByteRange &r : byteRanges) {
        const int ls = line->start_index, le = line->start_index + line->length;
        if (r.end <= ls || r.start >= le)
            continue;
        int *xr = nullptr;
        int n = 0;
        pango_layout_line_get_x_ranges(line, std::max(r.start, ls), std::min(r.end, le), &xr, &n);
        const SnappedHighlight &hl = highlights.at(r.highlight);
        for (int i = 0; i < n; ++i) {
            // get_x_ranges runs to the layout edge when a range covers
            // the line end; the mark should stop where the text does.
            const double x0 = std::max(m_left + double(xr[std::size_t(2) * i]) / PANGO_SCALE, box.left);
            const double x1 = std::min(m_left + double(xr[std::size_t(2) * i + 1]) / PANGO_SCALE, box.right);
            if (x1 <= x0)
                continue;
            m_tags->open();
            cairo_set_source_rgb(cr, hl.red, hl.green, hl.blue);
            if (hl.underline) // below the lowest vowel signs (ু ূ ৃ), above the next line
                cairo_rectangle(cr, x0, box.top + box.height - 0.1 * em * style.scale, x1 - x0,
                                0.06 * em * style.scale);
            else
                cairo_rectangle(cr, x0, box.top, x1 - x0, box.height);
            cairo_fill(cr);
            markFor(hl).rects.append(QRectF(x0, box.top, x1 - x0, box.height));
        }
        g_free(xr);
        // The annotation's text is the passage as far as this page shows it.
        const int from = std::max(r.start, ls), to = std::min(r.end, le);
        if (n > 0) {
            QString &text = markFor(hl).text;
            if (ls == 0 && !text.isEmpty()) // a passage that goes on in the next paragraph
                text += QLatin1Char('\n');
            text += QString::fromUtf8(utf8.constData() + from, to - from);
        }
    }
}

// Draws one line's glyphs with cairo_show_text_glyphs, giving Cairo
// clusters no smaller than a grapheme. Pango hands HarfBuzz's clusters
// over at character level, and for a cluster whose glyphs are reordered
// (ঝুঁ) or which holds a ZWJ without a glyph (র‍্য), one glyph per
// character makes a text extractor read the characters in glyph order
// or drop the ZWJ. A cluster of several glyphs and characters is written
// as one /ActualText span instead, which comes back exactly.
void PdfLayoutSession::showLine(PangoLayoutLine *line, const DisplayText &display, double x, double baseline,
                                const BlockStyle &style, bool spans, int labelEnd)
{
    cairo_t *cr = m_cr.get();
    enum class SpanKind { None, Plain, Latin };
    bool inLabel = false;
    SpanKind inSpan = SpanKind::None;
    for (GSList *l = line->runs; l; l = l->next) {
        const auto *run = static_cast<PangoGlyphItem *>(l->data);
        const PangoItem *item = run->item;
        const PangoGlyphString *gs = run->glyphs;
        // A Latin passage in Bengali text (Pango splits it into runs at
        // every change of attributes) is one Span with /Lang: screen
        // readers switch voice on it. The rest of such a block is in Spans too.
        const SpanKind kind = !spans                                        ? SpanKind::None
                              : item->analysis.script == PANGO_SCRIPT_LATIN ? SpanKind::Latin
                                                                            : SpanKind::Plain;
        const bool label = spans && item->offset < labelEnd;
        if (inSpan != SpanKind::None && (kind != inSpan || label != inLabel)) {
            m_tags->end();
            inSpan = SpanKind::None;
        }
        if (label != inLabel) {
            if (label)
                m_tags->begin("Lbl");
            else
                m_tags->end();
            inLabel = label;
        }
        if (kind != inSpan)
            m_tags->begin("Span", {}, kind == SpanKind::Latin ? QStringLiteral("en") : QString());
        inSpan = kind;
        m_tags->open();
        const double width = double(pango_glyph_string_get_width(run->glyphs)) / PANGO_SCALE;
        setRunColor(item, style);
        const double y = baseline - double(run->y_offset) / PANGO_SCALE;
        const double startX = x + double(run->start_x_offset) / PANGO_SCALE;
        bool monotone = !(item->analysis.level % 2);
        for (int i = 1; monotone && i < gs->num_glyphs; ++i)
            monotone = gs->log_clusters[i] >= gs->log_clusters[i - 1];
        if (monotone) {
            showRunByGrapheme(run, display, startX, y);
        } else {
            // Right-to-left or reordered runs: Pango's own clusters are still correct text.
            cairo_move_to(cr, startX, y);
            pango_cairo_show_glyph_item(cr, display.utf8.constData(), const_cast<PangoGlyphItem *>(run));
        }
        x += width;
    }
    if (inSpan != SpanKind::None)
        m_tags->end();
    if (inLabel)
        m_tags->end();
}

// The block's colour, or the run's own foreground (a note number's).
void PdfLayoutSession::setRunColor(const PangoItem *item, const BlockStyle &style)
{
    double red = style.red, green = style.green, blue = style.blue;
    for (GSList *a = item->analysis.extra_attrs; a; a = a->next) {
        const auto *attr = static_cast<PangoAttribute *>(a->data);
        if (attr->klass->type == PANGO_ATTR_FOREGROUND) {
            const PangoColor &c = reinterpret_cast<const PangoAttrColor *>(attr)->color;
            red = c.red / 65535.0;
            green = c.green / 65535.0;
            blue = c.blue / 65535.0;
        }
    }
    cairo_set_source_rgb(m_cr.get(), red, green, blue);
}

// Glyphs of cluster fonts with their text, shown one call per run of
// glyphs from the same user font.
class PdfLayoutSession::GlyphBatch
{
public:
    explicit GlyphBatch(cairo_t *cr) : m_cr(cr) {}
    void add(PdfClusterFont::Glyph glyph, double x, double y, QByteArrayView text)
    {
        if (glyph.font != m_font)
            show();
        m_font = glyph.font;
        m_glyphs.push_back({glyph.index, x, y});
        m_clusters.push_back({int(text.size()), 1});
        m_text.append(text);
    }
    void show()
    {
        if (!m_glyphs.empty()) {
            cairo_set_scaled_font(m_cr, m_font);
            cairo_show_text_glyphs(m_cr, m_text.constData(), int(m_text.size()), m_glyphs.data(),
                                   int(m_glyphs.size()), m_clusters.data(), int(m_clusters.size()),
                                   cairo_text_cluster_flags_t(0));
        }
        m_glyphs.clear();
        m_clusters.clear();
        m_text.clear();
    }

private:
    cairo_t *m_cr;
    cairo_scaled_font_t *m_font = nullptr;
    std::vector<cairo_glyph_t> m_glyphs;
    std::vector<cairo_text_cluster_t> m_clusters;
    QByteArray m_text;
};

// A left-to-right run whose glyphs are in character order, one cluster
// glyph per grapheme cluster (HarfBuzz's clusters joined until a grapheme
// boundary): the glyph stands at the cluster's origin and carries its text.
void PdfLayoutSession::showRunByGrapheme(const PangoGlyphItem *run, const DisplayText &display, double x,
                                         double y)
{
    const PangoItem *item = run->item;
    const PangoGlyphString *gs = run->glyphs;
    PdfClusterFont &clusterFont = clusterFontFor(item->analysis.font);
    GlyphBatch batch(m_cr.get());
    std::vector<PdfClusterFont::Part> parts;
    QByteArray key;
    int pen = 0;        // Pango units from the run's start
    int clusterPen = 0; // where the cluster being collected starts
    int empty = 0;      // the width of its glyphs that draw nothing
    int clusterStart = item->offset;
    for (int i = 0; i < gs->num_glyphs;) {
        const int c = gs->log_clusters[i];
        int j = i;
        for (; j < gs->num_glyphs && gs->log_clusters[j] == c; ++j) {
            const PangoGlyphInfo &gi = gs->glyphs[j];
            if (gi.glyph != PANGO_GLYPH_EMPTY && !(gi.glyph & PANGO_GLYPH_UNKNOWN_FLAG)) {
                const int gx = pen - clusterPen + gi.geometry.x_offset;
                parts.push_back({gi.glyph, double(gx) / PANGO_SCALE,
                                 double(gi.geometry.y_offset) / PANGO_SCALE,
                                 double(gi.geometry.width) / PANGO_SCALE});
                for (const int v : {int(gi.glyph), gx, gi.geometry.y_offset})
                    key.append(reinterpret_cast<const char *>(&v), sizeof v);
            } else {
                empty += gi.geometry.width;
            }
            pen += gi.geometry.width;
        }
        const int clusterEnd =
            j < gs->num_glyphs ? item->offset + gs->log_clusters[j] : item->offset + item->length;
        if (j == gs->num_glyphs || display.boundary[size_t(clusterEnd)]) {
            const QByteArrayView text(display.utf8.constData() + clusterStart, clusterEnd - clusterStart);
            key.append(text);

            // pdf.js reads a glyph whose text holds a nonspacing mark (্ ু ় …)
            // as a mark of no width that joins the text before it, and then
            // sees the gap it leaves as a space. So the cluster's glyph
            // carries only the text before the first mark, and a narrow empty
            // glyph that ends where the cluster does carries the rest.
            const int head = headBeforeMark(text);
            const PdfClusterFont::Glyphs glyph =
                clusterFont.glyphsFor(key, parts, double(empty) / PANGO_SCALE, text.sliced(head));
            batch.add(glyph.cluster, x + double(clusterPen) / PANGO_SCALE, y, text.first(head));
            if (glyph.rest.font)
                batch.add(glyph.rest,
                          x + double(pen) / PANGO_SCALE - PdfClusterFont::kRestWidth * clusterFont.size(), y,
                          text.sliced(head));
            key.clear();
            parts.clear();
            empty = 0;
            clusterPen = pen;
            clusterStart = clusterEnd;
        }
        i = j;
    }
    batch.show();
}

PdfClusterFont &PdfLayoutSession::clusterFontFor(PangoFont *font)
{
    cairo_scaled_font_t *real = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(font));
    std::unique_ptr<PdfClusterFont> &slot = m_clusterFonts[real];
    if (!slot)
        slot = std::make_unique<PdfClusterFont>(real);
    return *slot;
}

// From an article's second page on, the first line of its title above the
// text, small and grey, in the top margin.
void PdfLayoutSession::drawRunningHeader()
{
    const BlockStyle style = styleFor(BlockKind::Credit);
    const DisplayText display = displayTextOf(m_runningTitle, {});
    const Block blk{BlockKind::Credit, m_runningTitle, -1, 0, {}};
    PangoPtr<PangoLayout> layout = layoutFor(blk, style, display);
    PangoLayoutIter *iter = pango_layout_get_iter(layout.get());
    const double baseline = kMarginTop / 2 + double(pango_layout_iter_get_baseline(iter)) / PANGO_SCALE / 2;
    pango_layout_iter_free(iter);
    m_tags->beginArtifact();
    showLine(pango_layout_get_line_readonly(layout.get(), 0), display, m_left, baseline, style, false);
    m_tags->endArtifact();
}

void PdfLayoutSession::finishPage()
{
    // Page number, centred in the bottom margin.
    PangoPtr<PangoLayout> layout(pango_layout_new(m_context.get()));
    PangoPtr<PangoFontDescription> font(fontFor(0.8, false));
    pango_layout_set_font_description(layout.get(), font.get());
    const QByteArray number = PdfRenderer::bengaliNumber(m_page + 1).toUtf8();
    pango_layout_set_text(layout.get(), number.constData(), int(number.size()));
    int w = 0, h = 0;
    pango_layout_get_size(layout.get(), &w, &h);
    cairo_set_source_rgb(m_cr.get(), 0.35, 0.35, 0.35);
    cairo_move_to(m_cr.get(), (m_width - double(w) / PANGO_SCALE) / 2,
                  m_height - kMarginBottom / 2 - double(h) / PANGO_SCALE / 2);
    m_tags->beginArtifact();
    pango_cairo_show_layout(m_cr.get(), layout.get());
    m_tags->endArtifact();
    cairo_show_page(m_cr.get());
    ++m_page;
    m_y = m_top;
    m_pageHasContent = false;
}

PangoFontDescription *PdfLayoutSession::fontFor(double scale, bool bold) const
{
    PangoFontDescription *font = pango_font_description_new();
    pango_font_description_set_family(font, m_families.constData());
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(font, m_options.fontSize * scale * PANGO_SCALE);
    return font;
}

// The annotation of a highlight on the current page, made on first use:
// a highlight that crosses a page break becomes one annotation per page.
PdfHighlightMark &PdfLayoutSession::markFor(const SnappedHighlight &hl)
{
    for (qsizetype i = 0; i < m_articleMarks.size(); ++i) {
        if (m_articleMarks.at(i).page == m_page && m_articleMarkIds.at(i) == hl.id)
            return m_articleMarks[i];
    }
    PdfHighlightMark m;
    m.page = m_page;
    m.red = hl.red;
    m.green = hl.green;
    m.blue = hl.blue;
    m.underline = hl.underline;
    m.note = hl.note;
    m.quote = hl.quote;
    m_articleMarkIds.append(hl.id);
    m_articleMarks.append(m);
    return m_articleMarks.last();
}

} // namespace pathak
