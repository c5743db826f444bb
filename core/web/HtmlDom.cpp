#include "web/HtmlDom.h"

#include "web/ElementHints.h"
#include "web/TextBlocks.h"
#include "web/WebText.h"

#include <QList>
#include <QStringView>

#include <vector>

namespace pathak {

namespace {

HtmlDom::Node previousSibling(HtmlDom::Node n)
{
    const HtmlDom::Node parent = n->parent;
    if (!parent || n->index_within_parent == 0)
        return nullptr;
    const GumboVector &siblings =
        parent->type == GUMBO_NODE_ELEMENT ? parent->v.element.children : parent->v.document.children;
    return n->index_within_parent <= siblings.length
               ? static_cast<HtmlDom::Node>(siblings.data[n->index_within_parent - 1])
               : nullptr;
}

bool followsElement(HtmlDom::Node n)
{
    const HtmlDom::Node before = previousSibling(n);
    return before && before->type == GUMBO_NODE_ELEMENT;
}

bool followsBlock(HtmlDom::Node n)
{
    const HtmlDom::Node before = previousSibling(n);
    return before && before->type == GUMBO_NODE_ELEMENT && !TextBlocks::isInline(before);
}

} // namespace

GumboTag HtmlDom::tagOf(Node n)
{
    return n->type == GUMBO_NODE_ELEMENT ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}

QString HtmlDom::attr(Node n, const char *name)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool HtmlDom::hasToken(Node n, const char *name, QLatin1String token)
{
    const QString value = attr(n, name);
    if (value.isEmpty())
        return false;
    for (QStringView t : QStringView(value).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (t.compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Scripts, iframes and embedded objects are dropped here, so nothing of
// them can reach the library.
bool HtmlDom::isDropped(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
        return true;
    default:
        return false;
    }
}

void HtmlDom::walk(Node root, const Visitor &visit)
{
    std::vector<Node> stack{root};
    while (!stack.empty()) {
        Node n = stack.back();
        stack.pop_back();
        if (!visit(n))
            continue;
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)
            continue;
        const GumboVector &children =
            n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.push_back(static_cast<Node>(children.data[i - 1]));
    }
}

HtmlDom::Node HtmlDom::firstDescendant(Node root, const NodeTest &match)
{
    Node found = nullptr;
    walk(root, [&](Node n) {
        if (found || n->type != GUMBO_NODE_ELEMENT)
            return false;
        if (n != root && match(n)) {
            found = n;
            return false;
        }
        return true;
    });
    return found;
}

QString HtmlDom::rawText(Node root, const NodeTest &skip)
{
    QString out;
    walk(root, [&](Node n) {
        switch (n->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            if (n != root && followsBlock(n))
                out += QLatin1Char(' ');
            out += QString::fromUtf8(n->v.text.text);
            return false;
        case GUMBO_NODE_ELEMENT:
            // The root is read even when it is a script: JSON-LD lives in one.
            if (n != root && (isDropped(tagOf(n)) || ElementHints::isHidden(n) || (skip && skip(n))))
                return false;
            // Neighbouring elements, and blocks, are separate words: a
            // caption's two <span>s do not run together.
            if (n != root && (tagOf(n) == GUMBO_TAG_BR || !TextBlocks::isInline(n) || followsElement(n)))
                out += QLatin1Char(' ');
            return true;
        default:
            return n->type == GUMBO_NODE_DOCUMENT;
        }
    });
    return out;
}

QString HtmlDom::textOf(Node n, const NodeTest &skip)
{
    return WebText::normalise(rawText(n, skip));
}

} // namespace pathak
