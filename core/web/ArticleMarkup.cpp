#include "web/ArticleMarkup.h"

#include "web/CommentMarkup.h"

#include <utility>

namespace pathak {

namespace {
using Node = HtmlDom::Node;
} // namespace

ArticleMarkup ArticleMarkup::find(const PageFacts &facts)
{
    ArticleMarkup markup;
    markup.m_container = facts.articleBody;
    if (markup.m_container) {
        markup.m_paragraphs = paragraphsOf(markup.m_container);
    } else {
        int best = -1;
        for (Node a : facts.articles) {
            QStringList ps = paragraphsOf(a);
            if (textLength(ps) > best) {
                best = textLength(ps);
                markup.m_container = a;
                markup.m_paragraphs = std::move(ps);
            }
        }
    }
    markup.m_marked = markup.m_container != nullptr;
    if (!markup.m_container) {
        markup.m_container = facts.main ? facts.main : facts.body;
        if (markup.m_container)
            markup.m_paragraphs = paragraphsOf(markup.m_container);
    }
    markup.m_scope = markup.m_container;
    for (Node up = markup.m_container; up; up = up->parent) {
        if (HtmlDom::tagOf(up) == GUMBO_TAG_ARTICLE) {
            markup.m_scope = up;
            break;
        }
    }
    return markup;
}

QStringList ArticleMarkup::paragraphsOf(Node container)
{
    QStringList out;
    HtmlDom::walk(container, [&](Node n) {
        if (n->type != GUMBO_NODE_ELEMENT)
            return false;
        const GumboTag t = HtmlDom::tagOf(n);
        if (HtmlDom::isDropped(t) || t == GUMBO_TAG_FIGURE || t == GUMBO_TAG_FIGCAPTION ||
            t == GUMBO_TAG_TABLE)
            return false;
        if (n != container && (isFurniture(n) || CommentMarkup::isCommentSection(n)))
            return false;
        if (t == GUMBO_TAG_P || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
            t == GUMBO_TAG_BLOCKQUOTE) {
            if (t == GUMBO_TAG_BLOCKQUOTE) {
                // A quote made of paragraphs is walked for them; a bare one is one paragraph.
                bool hasP = false;
                HtmlDom::walk(n, [&](Node c) {
                    hasP = hasP || HtmlDom::tagOf(c) == GUMBO_TAG_P;
                    return !hasP && (c->type == GUMBO_NODE_ELEMENT);
                });
                if (hasP)
                    return true;
            }
            const QString text = HtmlDom::textOf(n);
            if (!text.isEmpty())
                out.append(text);
            return false;
        }
        return true;
    });
    return out;
}

bool ArticleMarkup::isFurniture(Node n)
{
    switch (HtmlDom::tagOf(n)) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
        return true;
    default:
        return false;
    }
}

int ArticleMarkup::textLength(const QStringList &paragraphs)
{
    int n = 0;
    for (const QString &p : paragraphs)
        n += int(p.size());
    return n;
}

} // namespace pathak
