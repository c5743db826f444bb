#pragma once

#include "web/HtmlDom.h"
#include "web/PageFacts.h"
#include "web/TextBlocks.h"

#include <QStringList>

namespace pathak {

// Where the article stands in a page's markup, found by scoring: each
// paragraph (a block of text at least a line long, few links) gives
// points to its block, its parent and its grandparent, more for length and
// commas; the element with most points, less the share of its text in
// links, is the article, with those of its siblings that score close to it
// (a body split into boxes) or are paragraphs themselves. Boxes named as
// page furniture (related, popular, share, cookie, newsletter, comment, …)
// and the lead figure never count. itemprop="articleBody" is taken as it is.
class ArticleMarkup
{
public:
    static ArticleMarkup find(const PageFacts &facts);

    // nullptr only for a page without a body.
    HtmlDom::Node container() const { return m_container; }
    // The article's paragraphs, boilerplate removed.
    const QStringList &paragraphs() const { return m_paragraphs; }
    // Whether the container is article markup (articleBody or inside an
    // <article>) rather than a box of the page found by its text alone.
    bool isMarked() const { return m_marked; }
    // Where the article's figure and h1 are looked for: the <article>
    // around the container, else the container.
    HtmlDom::Node scope() const { return m_scope; }
    // Linked headings (h2-h6 that are mostly a link) in the chosen markup:
    // many of them make a list of stories, not a story.
    int headlineLinks() const { return m_headlineLinks; }

    // The paragraphs of a container, in order, outside the lead figure,
    // page furniture and comment sections, boilerplate removed.
    static QStringList paragraphsOf(HtmlDom::Node container, HtmlDom::Node leadFigure = nullptr,
                                    const HtmlDom::NodeTest &alsoSkip = {});
    // Page furniture around an article: its paragraphs are not the article's.
    static bool isFurniture(HtmlDom::Node n);
    // The paragraphs' length in UTF-16 code units, separators not counted.
    static int textLength(const QStringList &paragraphs);
    // The page's first <figure> outside furniture: the lead image, whose
    // caption is the article's caption and not one of its paragraphs.
    static HtmlDom::Node leadFigureOf(HtmlDom::Node root);

private:
    static QStringList textsOf(const QList<TextBlocks::Block> &blocks);

    HtmlDom::Node m_container = nullptr;
    QStringList m_paragraphs;
    bool m_marked = false;
    HtmlDom::Node m_scope = nullptr;
    int m_headlineLinks = 0;
};

} // namespace pathak
