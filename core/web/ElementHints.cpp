#include "web/ElementHints.h"

#include <QRegularExpression>

namespace pathak {

namespace {

using Node = HtmlDom::Node;

// Words that end a class or id name, or stand between '-' and '_'; the
// long ones match inside a word too ("alsoreadbox", "sharedaddy").
const QRegularExpression &unlikelyNames()
{
    static const QRegularExpression re(QStringLiteral(
        "related|popular|most-?read|mostpopular|trending|footer|share|sharing|social|cookie|"
        "consent|newsletter|subscri|comment|disqus|sidebar|widget|breadcrumb|byline|author|"
        "advert|sponsor|promo|recommend|also-?read|read-?more|disclaimer|caption|credit|dateline|"
        "attribution|pagination|masthead|navbar|topbar|paywall|outbrain|taboola|"
        "(?<![a-z])(ads?|ad-?box|adslot|tags?|time|date|pubdate|meta|nav|menu|more|info|"
        "foot|side|rhs|count|writer|reporter|rpt|print|latest|topics?|top-stories|badge|"
        "skip|login|follow|header|gnews|links)(?![a-z])"));
    return re;
}

const QRegularExpression &likelyNames()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![a-z])(article|body|content|entry|story|text|post|detail|details|main|news)"
                       "(?![a-z])"));
    return re;
}

} // namespace

QString ElementHints::namesOf(Node n)
{
    QString names = HtmlDom::attr(n, "class") + QLatin1Char(' ') + HtmlDom::attr(n, "id");
    QString out;
    out.reserve(names.size() + 8);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QChar c = names.at(i);
        if (c.isUpper() && i > 0 && names.at(i - 1).isLower())
            out += QLatin1Char('-');
        out += c.toLower();
    }
    return out;
}

bool ElementHints::isUnlikely(Node n)
{
    if (n->type != GUMBO_NODE_ELEMENT || HtmlDom::hasToken(n, "itemprop", QLatin1String("articleBody")))
        return false;
    const QString names = namesOf(n);
    if (names.trimmed().isEmpty())
        return false;
    switch (HtmlDom::tagOf(n)) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_MAIN:
        return false;
    case GUMBO_TAG_ARTICLE:
        // WordPress names a post's tags and categories in its class
        // ("tag-dhaka"); an <article> is furniture only as a comment.
        return names.contains(QLatin1String("comment"));
    default:
        // A WordPress image with its caption inside the text is a figure.
        return !isFigure(n) && unlikelyNames().match(names).hasMatch();
    }
}

bool ElementHints::isLikely(Node n)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return false;
    return likelyNames().match(namesOf(n)).hasMatch() ||
           HtmlDom::hasToken(n, "itemprop", QLatin1String("articleBody"));
}

bool ElementHints::isFigure(Node n)
{
    return HtmlDom::tagOf(n) == GUMBO_TAG_FIGURE ||
           HtmlDom::hasToken(n, "class", QLatin1String("wp-caption"));
}

bool ElementHints::isCaption(Node n)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return false;
    if (HtmlDom::tagOf(n) == GUMBO_TAG_FIGCAPTION ||
        HtmlDom::hasToken(n, "itemprop", QLatin1String("caption")))
        return true;
    static const QRegularExpression shortNames(
        QStringLiteral("(?<![a-z])(img|image|photo|pic)-?cap(?![a-z])"));
    const QString names = namesOf(n);
    return names.contains(QLatin1String("caption")) || shortNames.match(names).hasMatch();
}

bool ElementHints::isCredit(Node n)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return false;
    if (HtmlDom::tagOf(n) == GUMBO_TAG_CITE ||
        HtmlDom::hasToken(n, "itemprop", QLatin1String("creditText")) ||
        HtmlDom::hasToken(n, "itemprop", QLatin1String("copyrightHolder")))
        return true;
    const QString names = namesOf(n);
    return names.contains(QLatin1String("credit")) || names.contains(QLatin1String("attribution"));
}

bool ElementHints::isHidden(Node n)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return false;
    if (gumbo_get_attribute(&n->v.element.attributes, "hidden"))
        return true;
    QString style = HtmlDom::attr(n, "style");
    style.remove(QLatin1Char(' '));
    if (style.contains(QLatin1String("display:none"), Qt::CaseInsensitive) ||
        style.contains(QLatin1String("visibility:hidden"), Qt::CaseInsensitive))
        return true;
    const QString names = namesOf(n);
    return names.contains(QLatin1String("visually-hidden")) || names.contains(QLatin1String("sr-only")) ||
           names.contains(QLatin1String("screen-reader")) ||
           HtmlDom::hasToken(n, "class", QLatin1String("hidden"));
}

} // namespace pathak
