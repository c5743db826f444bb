#pragma once

#include "article/Article.h"
#include "base/Result.h"

#include <QString>
#include <QUrl>

namespace pathak {

// An article found on a web page, before its lead image is downloaded.
struct WebArticle
{
    Article article;
    QUrl imageUrl; // the lead image, resolved against the page; empty when none
};

// Finds the article in an HTML page with an HTML5 parser (gumbo).
// Structured data comes first (JSON-LD NewsArticle/Article, also inside
// @graph; OpenGraph), the markup next (article, figure, figcaption, p, h1).
// Scripts, iframes, forms, navigation and inline images are never part of
// the result: only text, the lead image's address and the source.
// Pure: no I/O, no state; safe on any bytes and from any thread.
class HtmlExtractor
{
public:
    // Paragraphs shorter than this (in total) on a page without article
    // markup are navigation or boilerplate, not an article.
    static constexpr int minUnmarkedTextLength = 200;

    // Deeper nesting is refused before parsing: the parser's time grows
    // with the square of the depth (see HtmlNestingGuard).
    static constexpr int maxNestingDepth = 3000;

    static Result<WebArticle> extract(const QString &html, const QUrl &pageUrl);
};

} // namespace pathak
