#pragma once

#include "article/Article.h"

#include <QString>

namespace pathak {

// An article in the plain-text format ArticleParser reads
// (docs/ARTICLE-FORMAT.md): the caption line, the body with its
// advertisement placeholders where they stood, the source line and the
// comments. The format has no title; the library export keeps it beside.
class ArticleTextWriter
{
public:
    static QString write(const Article &article);
    // Whether write() parses back to the same article (the title aside).
    // Text the format cannot say (a paragraph that reads as a source line,
    // a caption ending in '|'…) does not, and the export then keeps the
    // structure too.
    static bool roundTrips(const Article &article, const QString &text);
};

} // namespace pathak
