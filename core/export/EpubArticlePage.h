#pragma once

#include "export/ExportOptions.h"

#include <QString>

namespace pathak {

// One article as an EPUB content document (XHTML 5, lang="bn"): the
// heading, the lead image with its caption and credit, the paragraphs, the
// source, the comments when asked for; highlights as <mark> (the colour a
// class the stylesheet paints) and the underline style as a span; each
// note an EPUB footnote (an epub:type="noteref" link after the highlight,
// an epub:type="footnote" aside at the article's end linking back).
class EpubArticlePage
{
public:
    struct Page
    {
        QString xhtml;
        QString heading; // the article's heading as shown, for the navigation document
        int notes = 0;   // footnotes on this page
    };

    // firstNote: the number of this page's first footnote (notes are
    // numbered through the whole book); imageHref: the lead image's path
    // relative to the page, empty for none.
    static Page render(const ExportArticle &item, bool includeComments, int firstNote,
                       const QString &imageHref);
};

} // namespace pathak
