#pragma once

#include "export/PdfRenderer.h"

#include <cairo.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace pathak {

// Opens and closes Cairo's structure tags (which become the PDF's
// structure tree, its marked-content sequences and /ParentTree) and
// remembers, element by element in the order Cairo opened them, what Cairo
// 1.16 cannot write itself: a figure's /Alt, a span's /Lang, and which
// elements are page furniture (running header, page number), to be made
// /Artifact afterwards. PdfStructureTree applies them to the written PDF.
//
// Cairo 1.16 lists an element's own marked content only while it has no
// child elements; once it has one, its own text is in no element at all.
// So text goes only into elements that never get children (the renderer
// puts every run of a block with a child element into a Span), and page
// furniture, which comes in the middle of a paragraph at a page break,
// does not become the paragraph's child: the open elements are closed
// around it and opened again before the next content, as a paragraph that
// goes on on the next page. Elements are opened with Cairo only when
// content is drawn into them (open()), so none is left empty.
class PdfStructureTags
{
public:
    // The tag Cairo is given for page furniture; PdfStructureTree turns its
    // marked content into /Artifact and drops its elements from the tree.
    static constexpr const char *kArtifactTag = "Private";

    explicit PdfStructureTags(cairo_t *cr) : m_cr(cr) {}

    void begin(const char *type, const QString &alt = {}, const QString &lang = {});
    // A link: Cairo's own tag, with its target.
    void beginLink(const QString &uri);
    // Closes the element begun last.
    void end();
    int depth() const { return int(m_stack.size()); }
    // Before drawing content: opens the elements begun and not yet open
    // (none while page furniture is drawn).
    void open();

    // Page furniture, drawn between beginArtifact() and endArtifact(): the
    // open elements that hold text are closed around it.
    void beginArtifact();
    void endArtifact();

    const QList<PdfStructElement> &elements() const { return m_elements; }

private:
    struct Entry
    {
        PdfStructElement element;
        QByteArray attributes; // Cairo's, a link's target
        bool open = false;
    };
    void openEntry(Entry &e);

    cairo_t *m_cr;
    bool m_inArtifact = false;
    std::vector<Entry> m_stack; // the open ones first, then those still to open
    QList<PdfStructElement> m_elements;
};

} // namespace pathak
