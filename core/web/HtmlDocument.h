#pragma once

#include "web/HtmlDom.h"

#include <QByteArray>

#include <memory>

namespace pathak {

// An HTML page parsed by gumbo, the tree freed with the document.
class HtmlDocument
{
public:
    // Parses UTF-8 HTML; isParsed() is false when gumbo gave up.
    explicit HtmlDocument(const QByteArray &utf8);

    bool isParsed() const { return m_output != nullptr; }
    // The document node and the <html> element; only when isParsed().
    HtmlDom::Node document() const { return m_output->document; }
    HtmlDom::Node root() const { return m_output->root; }

    // How deep elements nest, counted from start and end tags without
    // parsing. The HTML5 tree builder scans the stack of open elements for
    // every start tag, so its time grows with the square of the depth: a
    // hostile page nesting 100 000 elements would take hours.
    static int roughNestingDepth(const QByteArray &utf8);

private:
    struct GumboDeleter
    {
        void operator()(GumboOutput *out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
    };
    std::unique_ptr<GumboOutput, GumboDeleter> m_output;
};

} // namespace pathak
