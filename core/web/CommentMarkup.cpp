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
    return id == QLatin1String("comments") || HtmlDom::hasToken(n, "class", QLatin1String("comments")) ||
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
        const bool microdata = HtmlDom::attr(n, "itemtype").endsWith(QLatin1String("/Comment"));
        if (!microdata && !HtmlDom::hasToken(n, "class", QLatin1String("comment")))
            return true;
        Node authorNode = HtmlDom::firstDescendant(n, [](Node e) {
            return HtmlDom::hasToken(e, "itemprop", QLatin1String("author")) ||
                   HtmlDom::hasToken(e, "class", QLatin1String("comment-author")) ||
                   HtmlDom::tagOf(e) == GUMBO_TAG_CITE;
        });
        Node textNode = HtmlDom::firstDescendant(n, [](Node e) {
            return HtmlDom::hasToken(e, "itemprop", QLatin1String("text")) ||
                   HtmlDom::hasToken(e, "class", QLatin1String("comment-text")) ||
                   HtmlDom::hasToken(e, "class", QLatin1String("comment-body")) ||
                   HtmlDom::hasToken(e, "class", QLatin1String("comment-content"));
        });
        Comment c;
        const QString author = authorNode ? HtmlDom::textOf(authorNode) : QString();
        if (!author.isEmpty())
            c.author = author;
        c.text = textNode ? HtmlDom::textOf(textNode)
                          : HtmlDom::textOf(n, [&](Node e) { return e == authorNode; });
        if (!c.text.isEmpty())
            items.append(c);
        return false;
    });
    if (items.isEmpty() && !declared)
        return std::nullopt;
    return CommentSection{declared.value_or(int(items.size())), items};
}

} // namespace pathak
