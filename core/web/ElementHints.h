#pragma once

#include "web/HtmlDom.h"

namespace pathak {

// What an element's class, id and attributes say it holds. Pages name
// their boxes for what they are (related, most-read, share, cookie, …);
// those names are the strongest hint of what is article text and what is not.
class ElementHints
{
public:
    // Page furniture by name: related and popular lists, footers, share
    // and follow boxes, cookie and newsletter boxes, bylines and dates,
    // tags, advertisements, comments, captions. Its text is not the
    // article's paragraphs.
    static bool isUnlikely(HtmlDom::Node n);
    // Named as the article's body (article, story, content, entry, …).
    static bool isLikely(HtmlDom::Node n);
    // An image with its caption: <figure>, or WordPress's div.wp-caption.
    static bool isFigure(HtmlDom::Node n);
    // A caption or photo-credit box (class caption/credit/attribution, itemprop caption).
    static bool isCaption(HtmlDom::Node n);
    // A photo credit set apart (<cite>, class credit/attribution, itemprop creditText).
    static bool isCredit(HtmlDom::Node n);
    // Not shown to a reader: hidden, display:none, screen-reader-only labels
    // such as BBC's "ছবির ক্যাপশান,".
    static bool isHidden(HtmlDom::Node n);

private:
    // The class and id, lower case, with camelCase split by '-'.
    static QString namesOf(HtmlDom::Node n);
};

} // namespace pathak
