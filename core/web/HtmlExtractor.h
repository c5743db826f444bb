#pragma once

#include "article/Article.h"
#include "base/Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace pathak {

// An article found on a web page, before its lead image is downloaded.
struct WebArticle
{
    Article article;
    QUrl imageUrl;     // the lead image, resolved against the page; empty when none
    QString published; // ISO 8601 (PublicationFacts); empty when the page names no date
    QStringList authors;
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
    // markup are a notice, not an article; a two-line brief is longer.
    static constexpr int minUnmarkedTextLength = 80;
    // A page with a password field and less text than this is a login
    // wall: the teaser above the form is not the article.
    static constexpr int maxLoginWallTextLength = 500;
    // As many linked headings as this, and at least half as many as
    // paragraphs, make a list of stories (a section front, search results).
    static constexpr int minListHeadlines = 4;

    // Deeper nesting is refused before parsing: the parser's time grows
    // with the square of the depth (see HtmlNestingGuard).
    static constexpr int maxNestingDepth = 3000;

    static Result<WebArticle> extract(const QString &html, const QUrl &pageUrl);
};

} // namespace pathak
