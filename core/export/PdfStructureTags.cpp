#include "export/PdfStructureTags.h"

namespace pathak {

namespace {

QString escapeAttribute(const QString &value)
{
    QString out;
    for (QChar c : value) {
        if (c == QLatin1Char('\'') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// The document and its articles hold no text of their own: page furniture
// may be their child.
bool holdsNoText(const QByteArray &type)
{
    return type == "Document" || type == "Art";
}

} // namespace

void PdfStructureTags::begin(const char *type, const QString &alt, const QString &lang)
{
    m_stack.push_back({{QByteArray(type), alt, lang}, {}, false});
}

void PdfStructureTags::beginLink(const QString &uri)
{
    m_stack.push_back({{QByteArray(CAIRO_TAG_LINK), {}, {}},
                       (QStringLiteral("uri='") + escapeAttribute(uri) + QLatin1Char('\'')).toUtf8(),
                       false});
}

void PdfStructureTags::end()
{
    if (m_stack.empty())
        return;
    if (m_stack.back().open)
        cairo_tag_end(m_cr, m_stack.back().element.type.constData());
    m_stack.pop_back();
}

void PdfStructureTags::openEntry(Entry &e)
{
    cairo_tag_begin(m_cr, e.element.type.constData(),
                    e.attributes.isEmpty() ? nullptr : e.attributes.constData());
    e.open = true;
    m_elements.append(e.element);
}

void PdfStructureTags::open()
{
    if (m_inArtifact)
        return;
    for (Entry &e : m_stack) {
        if (!e.open)
            openEntry(e);
    }
}

void PdfStructureTags::beginArtifact()
{
    size_t keep = 0; // the furniture's parent: the innermost element without text of its own
    for (size_t i = 0; i < m_stack.size(); ++i) {
        if (holdsNoText(m_stack[i].element.type))
            keep = i + 1;
    }
    for (size_t i = m_stack.size(); i > keep; --i) {
        Entry &e = m_stack[i - 1];
        if (e.open)
            cairo_tag_end(m_cr, e.element.type.constData());
        e.open = false;
    }
    for (size_t i = 0; i < keep; ++i) {
        if (!m_stack[i].open)
            openEntry(m_stack[i]);
    }
    cairo_tag_begin(m_cr, kArtifactTag, nullptr);
    m_elements.append({QByteArray(kArtifactTag), {}, {}});
    m_inArtifact = true;
}

void PdfStructureTags::endArtifact()
{
    cairo_tag_end(m_cr, kArtifactTag);
    m_inArtifact = false;
}

} // namespace pathak
