#pragma once

#include <cairo.h>

#include <QByteArray>
#include <QHash>

#include <vector>

namespace pathak {

// Cairo user fonts whose glyphs are whole shaped clusters of one real font:
// বি, র্ত, ক্র or a space, each drawn as one glyph made of the real font's
// glyphs. Cairo writes a user font as Type 3 fonts and maps each glyph in
// their ToUnicode CMaps to the text it was first shown with; a cluster glyph
// is only ever shown with its own text, so every glyph code reads back as
// its cluster's text, in logical order. Text extractors that ignore
// /ActualText (pdf.js, MuPDF) or put spaces after marks with no advance
// (poppler) then read the words as they were written. The real glyphs
// inside still come from the real font's embedded subset, so the page
// looks the same.
//
// Each user font holds at most kGlyphsPerFace glyphs, so Cairo writes each
// as one Type 3 font with a code to spare (PdfAnnotator gives every Type 3
// font a glyph poppler measures its size by).
class PdfClusterFont
{
public:
    static constexpr int kGlyphsPerFace = 255;
    // The width of a rest glyph, in em. pdf.js does not advance over a
    // mark's glyph, so each one's width puts its idea of the positions
    // behind the real ones until they are set again, where a shortfall of a
    // tenth of an em reads as a space: the width must stay far below that.
    // poppler misplaces glyphs of no width (after the next character, or in
    // a word of their own).
    static constexpr double kRestWidth = 1.0 / 200;

    // One glyph of a cluster, relative to the cluster's origin, in points,
    // and its advance as laid out.
    struct Part
    {
        unsigned long glyph = 0;
        double x = 0, y = 0;
        double advance = 0;
    };
    // Where a cluster's glyph is: the user font and the glyph in it.
    struct Glyph
    {
        cairo_scaled_font_t *font = nullptr;
        unsigned long index = 0;
        int face = 0; // which of the user fonts
    };

    // real: the font the clusters' glyphs come from; the cluster fonts have its size.
    explicit PdfClusterFont(cairo_scaled_font_t *real);
    ~PdfClusterFont();
    PdfClusterFont(const PdfClusterFont &) = delete;
    PdfClusterFont &operator=(const PdfClusterFont &) = delete;

    // The glyph of a cluster, made on first use, and, when rest is not
    // empty, a glyph kRestWidth wide with no ink for that text in the same user
    // font (so that both stand in one Type 3 font: viewers read a text
    // object of its own around a lone mark glyph as a word of its own).
    // Glyphs must be shown at once, so that Cairo numbers them in the order
    // they are made. key identifies the cluster's text and glyphs; empty is
    // the width of the cluster's glyphs that draw nothing, in points.
    struct Glyphs
    {
        Glyph cluster;
        Glyph rest; // font is null when there is none
    };
    Glyphs glyphsFor(const QByteArray &key, const std::vector<Part> &parts, double empty,
                     QByteArrayView rest);
    double size() const { return m_size; } // points per em

private:
    struct Table;
    struct Face
    {
        Table *table = nullptr; // owned by face: its glyphs are drawn when the PDF is finished
        cairo_font_face_t *face = nullptr;
        cairo_scaled_font_t *scaled = nullptr;
    };
    void addFace();
    // Room for this many more glyphs in the last user font, opening a new one if not.
    void makeRoom(int glyphs);
    Glyph add(const std::vector<Part> &parts, double advance);

    cairo_scaled_font_t *m_real = nullptr; // held, so that its address names no other font
    std::vector<Face> m_faces;
    QHash<QByteArray, Glyph> m_glyphOf;
    QHash<std::pair<int, QByteArray>, Glyph> m_restOf; // (user font, text) -> its rest glyph
    double m_size = 1;                                 // points per unit of the font's own space
    double m_ascent = 0, m_descent = 0;                // the real font's, in points
};

} // namespace pathak
