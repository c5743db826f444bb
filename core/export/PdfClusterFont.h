#pragma once

#include <cairo.h>

#include <QByteArray>
#include <QHash>

#include <memory>
#include <vector>

namespace pathak {

// A Cairo user font whose glyphs are whole shaped clusters of one real font:
// বি, র্ত, ক্র or a space, each drawn as one glyph made of the real font's
// glyphs. Cairo writes a user font as a Type 3 font and maps each glyph in
// its ToUnicode CMap to the text it was first shown with; a cluster glyph is
// only ever shown with its own text, so every glyph code reads back as its
// cluster's text, in logical order. Text extractors that ignore /ActualText
// (pdf.js, MuPDF) or put spaces after marks with no advance (poppler) then
// read the words as they were written. The real glyphs inside still come
// from the real font's embedded subset, so the page looks the same.
class PdfClusterFont
{
public:
    // One glyph of a cluster, relative to the cluster's origin, in points.
    struct Part
    {
        unsigned long glyph = 0;
        double x = 0, y = 0;
    };

    // real: the font the clusters' glyphs come from; the cluster font has its size.
    explicit PdfClusterFont(cairo_scaled_font_t *real);
    ~PdfClusterFont();
    PdfClusterFont(const PdfClusterFont &) = delete;
    PdfClusterFont &operator=(const PdfClusterFont &) = delete;

    // The glyph of this cluster, made on first use. key identifies the
    // cluster's text and glyphs; advance is its natural width in points.
    unsigned long glyphFor(const QByteArray &key, const std::vector<Part> &parts, double advance);
    cairo_scaled_font_t *scaledFont() const { return m_scaled; }
    double size() const { return m_size; } // points per em

private:
    struct Table;
    Table *m_table = nullptr; // owned by m_face: its glyphs are drawn when the PDF is finished
    QHash<QByteArray, unsigned long> m_glyphOf;
    cairo_font_face_t *m_face = nullptr;
    cairo_scaled_font_t *m_real = nullptr; // held, so that its address names no other font
    cairo_scaled_font_t *m_scaled = nullptr;
    double m_size = 1; // points per unit of the font's own space
};

} // namespace pathak
