#pragma once

#include <QLatin1String>
#include <QString>

#include <gumbo.h>

#include <functional>

namespace pathak {

// Reading gumbo's tree: element tags and attributes, a walk that cannot
// run out of stack, and the text a reader sees in an element. Only the
// web module's extraction code uses it; nothing here keeps state.
class HtmlDom
{
public:
    using Node = const GumboNode *;
    // Returns whether to descend into the node's children.
    using Visitor = std::function<bool(Node)>;
    using NodeTest = std::function<bool(Node)>;

    // GUMBO_TAG_UNKNOWN for anything that is not an element.
    static GumboTag tagOf(Node n);
    // Empty when the node is not an element or has no such attribute.
    static QString attr(Node n, const char *name);
    // Whether a space-separated attribute (class, rel, itemprop) has a token.
    static bool hasToken(Node n, const char *name, QLatin1String token);

    // Elements whose content is never article text.
    static bool isDropped(GumboTag t);

    // Pre-order walk without recursion: hostile pages nest elements
    // thousands deep, and the walk must not run out of stack.
    static void walk(Node root, const Visitor &visit);

    // The first element under root (root itself excluded) that matches.
    static Node firstDescendant(Node root, const NodeTest &match);

    // The text a reader sees in an element, dropped elements and those
    // skip accepts left out; as it stands in the page.
    static QString rawText(Node root, const NodeTest &skip = {});
    // rawText, normalised as the article parser normalises text.
    static QString textOf(Node n, const NodeTest &skip = {});
};

} // namespace pathak
