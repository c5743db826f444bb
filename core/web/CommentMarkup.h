#pragma once

#include "article/Article.h"
#include "web/HtmlDom.h"

#include <optional>

namespace pathak {

// Comments marked up in a page: schema.org microdata (itemtype Comment,
// itemprop author/text) or the usual class names (comment, comment-author,
// comment-text). The declared count comes from itemprop="commentCount" or a
// "মন্তব্য (N)" / "Comments (N)" heading.
class CommentMarkup
{
public:
    // nullopt when the page has neither comments nor a declared count.
    static std::optional<CommentSection> comments(HtmlDom::Node root);

    // A comment section or one comment (id or class "comments", class
    // "comment", itemprop "comment", itemtype Comment): never article text.
    static bool isCommentSection(HtmlDom::Node n);
};

} // namespace pathak
