#pragma once

#include "base/Result.h"
#include "export/ExportOptions.h"
#include "export/PdfClusterFont.h"
#include "export/PdfRenderer.h"
#include "export/PdfStructureTags.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pathak {

// One render of PdfRenderer: the Cairo PDF surface, the Pango context, the
// page being filled and the highlight marks drawn so far. Each article
// starts on a new page; finish() closes the document.
class PdfLayoutSession
{
public:
    // The PDF is written into out as Cairo produces it.
    PdfLayoutSession(const PdfOptions &options, QByteArray *out);

    void setMetadata(cairo_pdf_metadata_t key, const QString &value);
    void drawArticle(const ExportArticle &item);
    // Ends the last page and the document; out is moved into the result.
    Result<PdfRendering> finish(QByteArray *out);

private:
    struct CairoDestroy
    {
        void operator()(cairo_t *p) const { cairo_destroy(p); }
        void operator()(cairo_surface_t *p) const { cairo_surface_destroy(p); }
    };
    struct PangoFree
    {
        void operator()(PangoFontDescription *p) const { pango_font_description_free(p); }
        void operator()(PangoAttrList *p) const { pango_attr_list_unref(p); }
        void operator()(PangoLayoutIter *p) const { pango_layout_iter_free(p); }
        void operator()(PangoContext *p) const { g_object_unref(p); }
        void operator()(PangoLayout *p) const { g_object_unref(p); }
    };
    template <typename T> using CairoPtr = std::unique_ptr<T, CairoDestroy>;
    template <typename T> using PangoPtr = std::unique_ptr<T, PangoFree>;

    // The kinds of block an exported article is made of; each has one look.
    enum class BlockKind { Title, Lead, Caption, Credit, Body, Source, Url, Heading, Comment, Note };
    struct BlockStyle;
    struct Block;
    struct SnappedHighlight;
    struct TextRange;
    struct ByteRange;
    struct DisplayText;
    struct LineBox;
    class GlyphBatch;
    using NoteMarker = std::pair<int, QString>; // offset in the block's text, label
    // highlight index -> (block index, offset in that block's text)
    using NoteMarkerPositions = QHash<int, std::pair<int, int>>;

    void setUpPangoContext();

    // An article, block by block.
    QList<Block> blocksOf(const Article &a) const;
    static QList<SnappedHighlight> snapHighlights(const QString &plain, const QList<ExportHighlight> &input);
    static NoteMarkerPositions noteMarkerPositions(const QList<Block> &blocks,
                                                   const QList<SnappedHighlight> &highlights);
    static QList<TextRange> highlightRangesIn(const Block &blk, const QList<SnappedHighlight> &highlights);
    static QList<NoteMarker> noteMarkersIn(int blockIndex, const Block &blk,
                                           const QList<SnappedHighlight> &highlights,
                                           const NoteMarkerPositions &positions);
    void drawEndnotes(const QList<SnappedHighlight> &highlights);

    // One block: laid out, moved to a new page where it must, drawn line by line.
    static BlockStyle styleFor(BlockKind kind);
    // The structure element a block is.
    static const char *structureTypeOf(BlockKind kind);
    void drawBlock(const Block &blk, const QList<TextRange> &highlightRanges, QList<NoteMarker> markers,
                   const QList<SnappedHighlight> &highlights);
    static QList<int> pieceCuts(const QString &text);
    // One piece of a block (all of it when it is short); first and last:
    // whether the space before and after the block goes here.
    void drawPiece(const Block &blk, const QList<TextRange> &highlightRanges, QList<NoteMarker> markers,
                   const QList<SnappedHighlight> &highlights, bool first, bool last);
    static DisplayText displayTextOf(const QString &text, QList<NoteMarker> markers);
    PangoPtr<PangoLayout> layoutFor(const Block &blk, const BlockStyle &style,
                                    const DisplayText &display) const;
    // Justified text, line by line: see the definition.
    void justifyLines(PangoLayout *layout, const DisplayText &display) const;
    PangoPtr<PangoAttrList> attributesFor(const Block &blk, const BlockStyle &style,
                                          const DisplayText &display) const;
    double drawLines(PangoLayout *layout, const Block &blk, const BlockStyle &style,
                     const DisplayText &display, const std::vector<ByteRange> &byteRanges,
                     const QList<SnappedHighlight> &highlights);
    void drawHighlights(PangoLayoutLine *line, const LineBox &box, const BlockStyle &style,
                        const QByteArray &utf8, const std::vector<ByteRange> &byteRanges,
                        const QList<SnappedHighlight> &highlights);

    // One line's glyphs, keeping the text they came from.
    // labelEnd: the UTF-8 length of the block's label (a note's number, a
    // comment's author), tagged Lbl; Latin runs are tagged Span with /Lang.
    // spans: every run goes into a Span (a block whose element has child
    // elements: a label, a link, a Latin passage; PdfStructureTags).
    void showLine(PangoLayoutLine *line, const DisplayText &display, double x, double baseline,
                  const BlockStyle &style, bool spans = false, int labelEnd = 0);
    void setRunColor(const PangoItem *item, const BlockStyle &style);
    void showRunByGrapheme(const PangoGlyphItem *run, const DisplayText &display, double x, double y);
    PdfClusterFont &clusterFontFor(PangoFont *font);

    void drawRunningHeader();
    void finishPage();
    PangoFontDescription *fontFor(double scale, bool bold) const;
    PdfHighlightMark &markFor(const SnappedHighlight &hl);

    const PdfOptions &m_options;
    QByteArray m_families; // the chosen font, then a Noto face for Latin letters
    double m_width = 0, m_height = 0, m_top = 0, m_bottom = 0, m_left = 0, m_textWidth = 0;
    double m_y = 0;
    int m_page = 0;         // 0-based index of the page being filled
    double m_keepRoom = -1; // the height of the block after a heading, when known
    bool m_pageHasContent = false;
    int m_articleFirstPage = 0; // the page the article being drawn starts on
    QString m_runningTitle;
    // Before the surface: Cairo draws the cluster glyphs when it finishes the document.
    std::unordered_map<cairo_scaled_font_t *, std::unique_ptr<PdfClusterFont>> m_clusterFonts;
    CairoPtr<cairo_surface_t> m_surface;
    CairoPtr<cairo_t> m_cr;
    std::unique_ptr<PdfStructureTags> m_tags;
    PangoPtr<PangoContext> m_context;
    QList<PdfHighlightMark> m_articleMarks;
    QList<int> m_articleMarkIds; // the highlight id of each of m_articleMarks
    QList<PdfHighlightMark> m_marks;
};

} // namespace pathak
