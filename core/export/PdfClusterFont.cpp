#include "export/PdfClusterFont.h"

#include <algorithm>

namespace pathak {

namespace {

const cairo_user_data_key_t kTableKey{};

} // namespace

// One user font's clusters, in its font units (1 = its size), and the
// real font they are drawn with. Cairo may draw a glyph until the surface
// is finished, so the face owns this.
struct PdfClusterFont::Table
{
    struct Glyph
    {
        std::vector<cairo_glyph_t> parts;
        cairo_text_extents_t box{}; // what the glyph claims to cover, and its advance
    };
    cairo_font_face_t *realFace = nullptr;
    cairo_font_options_t *options = nullptr;
    std::vector<Glyph> glyphs;

    ~Table()
    {
        cairo_font_options_destroy(options);
        cairo_font_face_destroy(realFace);
    }

    static void destroy(void *table) { delete static_cast<Table *>(table); }

    static cairo_status_t render(cairo_scaled_font_t *font, unsigned long glyph, cairo_t *cr,
                                 cairo_text_extents_t *extents)
    {
        const auto *t = static_cast<const Table *>(
            cairo_font_face_get_user_data(cairo_scaled_font_get_font_face(font), &kTableKey));
        if (!t || glyph >= t->glyphs.size())
            return CAIRO_STATUS_SUCCESS;
        const Glyph &g = t->glyphs[glyph];
        *extents = g.box;
        if (g.parts.empty())
            return CAIRO_STATUS_SUCCESS;
        cairo_set_font_face(cr, t->realFace);
        cairo_set_font_size(cr, 1.0);
        cairo_set_font_options(cr, t->options);
        cairo_show_glyphs(cr, g.parts.data(), int(g.parts.size()));
        return CAIRO_STATUS_SUCCESS;
    }
};

PdfClusterFont::PdfClusterFont(cairo_scaled_font_t *real) : m_real(cairo_scaled_font_reference(real))
{
    cairo_matrix_t fontMatrix;
    cairo_scaled_font_get_font_matrix(real, &fontMatrix);
    m_size = fontMatrix.xx;
    cairo_font_extents_t line;
    cairo_scaled_font_extents(real, &line);
    m_ascent = line.ascent;
    m_descent = line.descent;
}

PdfClusterFont::~PdfClusterFont()
{
    for (const Face &f : m_faces) {
        cairo_scaled_font_destroy(f.scaled);
        cairo_font_face_destroy(f.face);
    }
    cairo_scaled_font_destroy(m_real);
}

void PdfClusterFont::addFace()
{
    Face f;
    f.table = new Table;
    f.table->realFace = cairo_font_face_reference(cairo_scaled_font_get_font_face(m_real));
    f.table->options = cairo_font_options_create();
    cairo_scaled_font_get_font_options(m_real, f.table->options);
    f.face = cairo_user_font_face_create();
    cairo_user_font_face_set_render_glyph_func(f.face, &Table::render);
    cairo_font_face_set_user_data(f.face, &kTableKey, f.table, &Table::destroy);
    cairo_matrix_t fontMatrix, ctm;
    cairo_scaled_font_get_font_matrix(m_real, &fontMatrix);
    cairo_scaled_font_get_ctm(m_real, &ctm);
    f.scaled = cairo_scaled_font_create(f.face, &fontMatrix, &ctm, f.table->options);
    m_faces.push_back(f);
}

void PdfClusterFont::makeRoom(int glyphs)
{
    if (m_faces.empty() || m_faces.back().table->glyphs.size() + size_t(glyphs) > size_t(kGlyphsPerFace))
        addFace();
}

PdfClusterFont::Glyphs PdfClusterFont::glyphsFor(const QByteArray &key, const std::vector<Part> &parts,
                                                 double empty, QByteArrayView rest)
{
    const QByteArray restText = rest.toByteArray();
    Glyphs out;
    const auto found = m_glyphOf.constFind(key);
    if (found != m_glyphOf.cend()) {
        out.cluster = found.value();
        if (rest.isEmpty())
            return out;
        const auto restFound = m_restOf.constFind({out.cluster.face, restText});
        if (restFound != m_restOf.cend()) {
            out.rest = restFound.value();
            return out;
        }
    }
    if (found == m_glyphOf.cend() || rest.isEmpty() || out.cluster.face != int(m_faces.size()) - 1 ||
        m_faces.back().table->glyphs.size() >= size_t(kGlyphsPerFace)) {
        // A new cluster glyph, or one in the last user font next to its new rest glyph.
        makeRoom(rest.isEmpty() ? 1 : 2);
        // The cluster's natural width: each glyph's shaped advance (a mark's
        // is 0), unless justification stretched it beyond the glyph's own.
        double natural = empty;
        for (const Part &p : parts) {
            const cairo_glyph_t g{p.glyph, 0, 0};
            cairo_text_extents_t own;
            cairo_scaled_font_glyph_extents(m_real, &g, 1, &own);
            natural += std::min(p.advance, own.x_advance);
        }
        out.cluster = add(parts, natural);
        m_glyphOf.insert(key, out.cluster);
    }
    if (!rest.isEmpty()) {
        const auto restFound = m_restOf.constFind({out.cluster.face, restText});
        out.rest = restFound != m_restOf.cend() ? restFound.value() : add({}, kRestWidth * m_size);
        m_restOf.insert({out.cluster.face, restText}, out.rest);
    }
    return out;
}

PdfClusterFont::Glyph PdfClusterFont::add(const std::vector<Part> &parts, double advance)
{
    Table::Glyph g;
    g.parts.reserve(parts.size());
    for (const Part &p : parts)
        g.parts.push_back({p.glyph, p.x / m_size, p.y / m_size});
    // Every glyph claims at least the real font's line height, so that all
    // the Type 3 fonts of one real font get the same box (Cairo gives each
    // the union of its glyphs' boxes) and viewers give all its text one height.
    cairo_text_extents_t ink{};
    if (!parts.empty()) {
        std::vector<cairo_glyph_t> placed;
        placed.reserve(parts.size());
        for (const Part &p : parts)
            placed.push_back({p.glyph, p.x, p.y});
        cairo_scaled_font_glyph_extents(m_real, placed.data(), int(placed.size()), &ink);
    }
    const double left = std::min(ink.x_bearing, 0.0), right = std::max(ink.x_bearing + ink.width, advance);
    const double top = std::min(ink.y_bearing, -m_ascent),
                 bottom = std::max(ink.y_bearing + ink.height, m_descent);
    g.box.x_bearing = left / m_size;
    g.box.width = std::max(right - left, 0.01) / m_size;
    g.box.y_bearing = top / m_size;
    g.box.height = (bottom - top) / m_size;
    g.box.x_advance = advance / m_size;

    Face &face = m_faces.back();
    const Glyph glyph{face.scaled, static_cast<unsigned long>(face.table->glyphs.size()),
                      int(m_faces.size()) - 1};
    face.table->glyphs.push_back(std::move(g));
    return glyph;
}

} // namespace pathak
