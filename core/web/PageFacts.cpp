#include "web/PageFacts.h"

namespace pathak {

void PageFacts::noteInput(HtmlDom::Node input)
{
    const QString type = HtmlDom::attr(input, "type").trimmed().toLower();
    if (type == QLatin1String("password"))
        hasPasswordField = true;
    const QString name = HtmlDom::attr(input, "name").trimmed().toLower();
    const QString value = HtmlDom::attr(input, "value").trimmed();
    if (searchQuery.isEmpty() && !value.isEmpty() &&
        (type == QLatin1String("search") || name == QLatin1String("q") || name == QLatin1String("s") ||
         name == QLatin1String("query")))
        searchQuery = value;
}

PageFacts PageFacts::gather(HtmlDom::Node root)
{
    using Node = HtmlDom::Node;
    PageFacts f;
    HtmlDom::walk(root, [&](Node n) {
        if (n->type == GUMBO_NODE_DOCUMENT)
            return true;
        if (n->type != GUMBO_NODE_ELEMENT)
            return false;
        switch (HtmlDom::tagOf(n)) {
        case GUMBO_TAG_SCRIPT:
            if (HtmlDom::attr(n, "type").trimmed().compare(QLatin1String("application/ld+json"),
                                                           Qt::CaseInsensitive) == 0)
                f.ldJson.append(HtmlDom::rawText(n).toUtf8());
            return false;
        case GUMBO_TAG_TITLE:
            if (f.headTitle.isEmpty())
                f.headTitle = HtmlDom::textOf(n);
            return false;
        case GUMBO_TAG_META: {
            QString key = HtmlDom::attr(n, "property");
            if (key.isEmpty())
                key = HtmlDom::attr(n, "name");
            key = key.trimmed().toLower();
            const QString content = HtmlDom::attr(n, "content");
            if (!key.isEmpty() && !content.isEmpty() && !f.meta.contains(key))
                f.meta.insert(key, content);
            return false;
        }
        case GUMBO_TAG_LINK:
            if (HtmlDom::hasToken(n, "rel", QLatin1String("canonical")) && f.canonical.isEmpty())
                f.canonical = HtmlDom::attr(n, "href").trimmed();
            return false;
        case GUMBO_TAG_FORM:
            HtmlDom::walk(n, [&](Node c) {
                if (HtmlDom::tagOf(c) == GUMBO_TAG_INPUT)
                    f.noteInput(c);
                return c->type == GUMBO_NODE_ELEMENT;
            });
            return false;
        case GUMBO_TAG_INPUT:
            f.noteInput(n);
            return false;
        case GUMBO_TAG_ARTICLE:
            f.articles.append(n);
            break;
        case GUMBO_TAG_MAIN:
            if (!f.main)
                f.main = n;
            break;
        case GUMBO_TAG_BODY:
            if (!f.body)
                f.body = n;
            break;
        case GUMBO_TAG_H1:
            f.h1s.append(n);
            break;
        default:
            break;
        }
        if (!f.articleBody && HtmlDom::hasToken(n, "itemprop", QLatin1String("articleBody")))
            f.articleBody = n;
        return !HtmlDom::isDropped(HtmlDom::tagOf(n));
    });
    return f;
}

} // namespace pathak
