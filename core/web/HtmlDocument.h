#pragma once

#include "web/HtmlDom.h"

#include <QByteArray>

#include <memory>

namespace pathak {

// An HTML page parsed by gumbo, the tree freed with the document. gumbo's
// time and its recursive free grow with the depth: pages are checked with
// HtmlNestingGuard first.
class HtmlDocument
{
public:
    // Parses UTF-8 HTML; isParsed() is false when gumbo gave up.
    explicit HtmlDocument(const QByteArray &utf8);

    bool isParsed() const { return m_output != nullptr; }
    // The document node and the <html> element; only when isParsed().
    HtmlDom::Node document() const { return m_output->document; }
    HtmlDom::Node root() const { return m_output->root; }

private:
    struct GumboDeleter
    {
        void operator()(GumboOutput *out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
    };
    std::unique_ptr<GumboOutput, GumboDeleter> m_output;
};

} // namespace pathak
