#pragma once

#include "article/Article.h"
#include "web/HtmlDom.h"

#include <QList>

#include <optional>

namespace pathak {

// Comments marked up in a page, replies included, in page order:
// schema.org microdata (itemtype Comment, itemprop author/text), WordPress
// (li.comment, .fn, .comment-content), Disqus-style threads (li.post,
// .author, .post-message) and the usual class names (comment,
// comment-author, comment-text). The declared count comes from itemprop="commentCount" or a
// "মন্তব্য (N)" / "Comments (N)" heading.
class CommentMarkup
{
public:
    // nullopt when the page has neither comments nor a declared count.
    static std::optional<CommentSection> comments(HtmlDom::Node root);

    // A comment section or one comment (id or class "comments", class
    // "comment", itemprop "comment", itemtype Comment): never article text.
    static bool isCommentSection(HtmlDom::Node n);

private:
    struct Selector
    {
        const char *attribute;
        const char *token;
    };
    static bool isOneComment(HtmlDom::Node n);
    static const QList<Selector> &authorSelectors();
    static const QList<Selector> &textSelectors();
    // The first element of the comment matching a selector, tried in
    // order, outside the replies nested in it.
    static HtmlDom::Node ownPart(HtmlDom::Node comment, const QList<Selector> &selectors);
};

} // namespace pathak
