#include "export/PdfClusterFont.h"

namespace pathak {

namespace {

const cairo_user_data_key_t kTableKey{};

} // namespace

// The clusters, in font units of the cluster font (1 = its size), and the
// real font they are drawn with. Cairo may draw a glyph until the surface
// is finished, so the face owns this.
struct PdfClusterFont::Table
{
    struct Glyph
    {
        std::vector<cairo_glyph_t> parts;
        double advance = 0;
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
        extents->x_advance = g.advance;
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
    m_table = new Table;
    m_table->realFace = cairo_font_face_reference(cairo_scaled_font_get_font_face(real));
    m_table->options = cairo_font_options_create();
    cairo_scaled_font_get_font_options(real, m_table->options);
    m_face = cairo_user_font_face_create();
    cairo_user_font_face_set_render_glyph_func(m_face, &Table::render);
    cairo_font_face_set_user_data(m_face, &kTableKey, m_table, &Table::destroy);

    cairo_matrix_t fontMatrix, ctm;
    cairo_scaled_font_get_font_matrix(real, &fontMatrix);
    cairo_scaled_font_get_ctm(real, &ctm);
    m_scaled = cairo_scaled_font_create(m_face, &fontMatrix, &ctm, m_table->options);
    m_size = fontMatrix.xx;
}

PdfClusterFont::~PdfClusterFont()
{
    cairo_scaled_font_destroy(m_scaled);
    cairo_font_face_destroy(m_face);
    cairo_scaled_font_destroy(m_real);
}

unsigned long PdfClusterFont::glyphFor(const QByteArray &key, const std::vector<Part> &parts, double advance)
{
    const auto found = m_glyphOf.constFind(key);
    if (found != m_glyphOf.cend())
        return found.value();
    Table::Glyph g;
    g.advance = advance / m_size;
    g.parts.reserve(parts.size());
    for (const Part &p : parts)
        g.parts.push_back({p.glyph, p.x / m_size, p.y / m_size});
    const auto index = static_cast<unsigned long>(m_table->glyphs.size());
    m_table->glyphs.push_back(std::move(g));
    m_glyphOf.insert(key, index);
    return index;
}

} // namespace pathak
