#pragma once

#include "web/HtmlDom.h"

#include <QList>
#include <QString>

namespace pathak {

// The paragraphs a reader sees in an element: each block element's runs
// of inline content (text, links, emphasis) are paragraphs, whether the
// block is a <p>, a heading, a <li> or a bare <div>; a run of two or more
// <br> ends one too. Figures give their caption's text (the credit left
// out); h1 (the title) and dropped elements give nothing. Table cells are
// blocks: old pages lay themselves out in tables.
class TextBlocks
{
public:
    struct Block
    {
        QString text;             // normalised; never empty
        HtmlDom::Node node;       // the block element the text stands in
        qsizetype linkLength = 0; // of text inside links
        bool isHeading = false;   // h2-h6
    };

    // skip: subtrees left out (furniture, the lead figure); never the root.
    static QList<Block> of(HtmlDom::Node root, const HtmlDom::NodeTest &skip);

    static bool isInline(HtmlDom::Node n);
};

} // namespace pathak
