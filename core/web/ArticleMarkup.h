#pragma once

#include "web/HtmlDom.h"
#include "web/PageFacts.h"

#include <QStringList>

namespace pathak {

// Where the article stands in a page's markup: the element with
// itemprop="articleBody", else the <article> with the most text, else
// <main>, else <body>; and its paragraphs, page furniture and comment
// sections left out.
class ArticleMarkup
{
public:
    static ArticleMarkup find(const PageFacts &facts);

    // nullptr only for a page without a body.
    HtmlDom::Node container() const { return m_container; }
    const QStringList &paragraphs() const { return m_paragraphs; }
    // Whether the container is article markup (articleBody or <article>)
    // rather than the page's <main> or <body>.
    bool isMarked() const { return m_marked; }
    // Where the article's figure and h1 are looked for: the <article>
    // around the container (an itemprop=articleBody inside an <article>
    // has its figure outside the body), else the container.
    HtmlDom::Node scope() const { return m_scope; }

    // The paragraphs of a container, in order: p and sub-headings, outside
    // figures, page furniture and comment sections.
    static QStringList paragraphsOf(HtmlDom::Node container);
    // Page furniture around an article: its paragraphs are not the article's.
    static bool isFurniture(HtmlDom::Node n);
    // The paragraphs' length in UTF-16 code units, separators not counted.
    static int textLength(const QStringList &paragraphs);

private:
    HtmlDom::Node m_container = nullptr;
    QStringList m_paragraphs;
    bool m_marked = false;
    HtmlDom::Node m_scope = nullptr;
};

} // namespace pathak
