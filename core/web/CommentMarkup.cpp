#include "web/CommentMarkup.h"

#include "text/BengaliText.h"

#include <QList>
#include <QRegularExpression>

namespace pathak {

namespace {

using Node = HtmlDom::Node;

const QRegularExpression &commentsHeading()
{
    static const QRegularExpression re(QStringLiteral("(?:মন্তব্য|Comments)\\s*\\((\\d+)\\)"),
                                       QRegularExpression::UseUnicodePropertiesOption |
                                           QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

bool CommentMarkup::isCommentSection(Node n)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return false;
    const QString id = HtmlDom::attr(n, "id").toLower();
    return id == QLatin1String("comments") || id == QLatin1String("disqus_thread") ||
           HtmlDom::hasToken(n, "class", QLatin1String("comments")) ||
           HtmlDom::hasToken(n, "class", QLatin1String("comment")) ||
           HtmlDom::hasToken(n, "itemprop", QLatin1String("comment")) ||
           HtmlDom::attr(n, "itemtype").endsWith(QLatin1String("/Comment"));
}

std::optional<CommentSection> CommentMarkup::comments(Node root)
{
    QList<Comment> items;
    std::optional<int> declared;
    HtmlDom::walk(root, [&](Node n) {
        if (n->type != GUMBO_NODE_ELEMENT || HtmlDom::isDropped(HtmlDom::tagOf(n)))
            return n->type == GUMBO_NODE_DOCUMENT;
        if (HtmlDom::hasToken(n, "itemprop", QLatin1String("commentCount")) && !declared) {
            const QString v = HtmlDom::attr(n, "content").isEmpty() ? HtmlDom::textOf(n)
                                                                    : HtmlDom::attr(n, "content").trimmed();
            declared = BengaliText::parseDigits(v);
            return false;
        }
        const GumboTag tag = HtmlDom::tagOf(n);
        if (!declared && (tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4)) {
            const QRegularExpressionMatch m = commentsHeading().match(HtmlDom::textOf(n));
            if (m.hasMatch())
                declared = BengaliText::parseDigits(m.captured(1));
            return false;
        }
        if (!isOneComment(n))
            return true;
        Comment c;
        const Node authorNode = ownPart(n, authorSelectors());
        if (authorNode) {
            // schema.org: the author is a Person whose name is its own property.
            const Node name = HtmlDom::firstDescendant(
                authorNode, [](Node e) { return HtmlDom::hasToken(e, "itemprop", QLatin1String("name")); });
            const QString author = HtmlDom::textOf(name ? name : authorNode);
            if (!author.isEmpty())
                c.author = author;
        }
        const Node textNode = ownPart(n, textSelectors());
        c.text = textNode ? HtmlDom::textOf(textNode, [](Node e) { return isOneComment(e); })
                          : HtmlDom::textOf(n, [&](Node e) { return e == authorNode || isOneComment(e); });
        if (!c.text.isEmpty())
            items.append(c);
        return true; // replies are comments inside the comment
    });
    if (items.isEmpty() && !declared)
        return std::nullopt;
    return CommentSection{declared.value_or(int(items.size())), items};
}

bool CommentMarkup::isOneComment(Node n)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return false;
    if (HtmlDom::attr(n, "itemtype").endsWith(QLatin1String("/Comment")) ||
        HtmlDom::hasToken(n, "class", QLatin1String("comment")))
        return true;
    // Disqus-style threads: each post an <li class="post"> in #disqus_thread.
    if (HtmlDom::tagOf(n) != GUMBO_TAG_LI || !HtmlDom::hasToken(n, "class", QLatin1String("post")))
        return false;
    for (Node up = n->parent; up; up = up->parent) {
        if (HtmlDom::attr(up, "id") == QLatin1String("disqus_thread"))
            return true;
    }
    return false;
}

const QList<CommentMarkup::Selector> &CommentMarkup::authorSelectors()
{
    static const QList<Selector> list{{"class", "fn"},
                                      {"itemprop", "author"},
                                      {"class", "comment-author"},
                                      {"class", "author"},
                                      {"class", "comment-author-name"}};
    return list;
}

const QList<CommentMarkup::Selector> &CommentMarkup::textSelectors()
{
    static const QList<Selector> list{{"itemprop", "text"},      {"class", "comment-content"},
                                      {"class", "comment-text"}, {"class", "post-message"},
                                      {"class", "comment-body"}, {"class", "comment-message"}};
    return list;
}

Node CommentMarkup::ownPart(Node comment, const QList<Selector> &selectors)
{
    for (const Selector &s : selectors) {
        Node found = nullptr;
        HtmlDom::walk(comment, [&](Node e) {
            if (found || e->type != GUMBO_NODE_ELEMENT)
                return false;
            if (e != comment && isOneComment(e))
                return false; // a reply's parts are the reply's
            if (e != comment && HtmlDom::hasToken(e, s.attribute, QLatin1String(s.token))) {
                found = e;
                return false;
            }
            return true;
        });
        if (found)
            return found;
    }
    return nullptr;
}

} // namespace pathak
