#include "web/FigureMarkup.h"

#include "web/ArticleMarkup.h"
#include "web/CaptionText.h"
#include "web/CommentMarkup.h"
#include "web/ElementHints.h"

#include <QByteArray>

#include <algorithm>

namespace pathak {

namespace {
using Node = HtmlDom::Node;

bool isOutsideArticle(Node n)
{
    return HtmlDom::isDropped(HtmlDom::tagOf(n)) || ElementHints::isHidden(n) ||
           ArticleMarkup::isFurniture(n) || CommentMarkup::isCommentSection(n) ||
           (ElementHints::isUnlikely(n) && !ElementHints::isCaption(n));
}

} // namespace

std::optional<FigureMarkup::Figure> FigureMarkup::first(Node root, const QUrl &pageUrl)
{
    std::optional<Figure> found;
    HtmlDom::walk(root, [&](Node n) {
        if (found || n->type != GUMBO_NODE_ELEMENT)
            return false;
        if (n != root && isOutsideArticle(n))
            return false;
        const bool isFigure = HtmlDom::tagOf(n) == GUMBO_TAG_FIGURE;
        if (!isFigure && !ElementHints::isCaption(n))
            return true;
        Figure fig;
        if (isFigure) {
            fig.imageSrc = firstImageSrc(n, pageUrl);
            if (Node caption =
                    HtmlDom::firstDescendant(n, [](Node e) { return ElementHints::isCaption(e); })) {
                fig.caption = captionOf(caption, n);
                fig.hasCaption = !fig.caption.text.isEmpty() || !fig.caption.credit.isEmpty();
            }
        } else {
            fig.caption = captionOf(n);
            fig.hasCaption = !fig.caption.text.isEmpty() || !fig.caption.credit.isEmpty();
            // A caption box beside its image: the image is in the box's parent.
            if (fig.hasCaption && n->parent)
                fig.imageSrc = firstImageSrc(n->parent, pageUrl);
        }
        if (!fig.imageSrc.isEmpty() || fig.hasCaption)
            found = fig;
        return false;
    });
    return found;
}

QString FigureMarkup::firstImageSrc(Node root, const QUrl &pageUrl)
{
    QString src;
    HtmlDom::walk(root, [&](Node c) {
        if (!src.isEmpty() || c->type != GUMBO_NODE_ELEMENT)
            return false;
        // AMP pages name their images <amp-img>, which the parser does not know.
        const GumboStringPiece &tag = c->v.element.original_tag;
        const bool ampImage = HtmlDom::tagOf(c) == GUMBO_TAG_UNKNOWN && tag.data &&
                              QByteArray(tag.data, qsizetype(std::min<size_t>(tag.length, 16)))
                                  .toLower()
                                  .startsWith("<amp-img");
        if (HtmlDom::tagOf(c) == GUMBO_TAG_IMG || ampImage) {
            src = imageSrcOf(c, pageUrl);
            return false;
        }
        return true;
    });
    return src;
}

QString FigureMarkup::imageSrcOf(Node img, const QUrl &pageUrl)
{
    // Lazy-loading pages keep the real address in a data attribute.
    for (const char *name : {"data-src", "data-original", "data-lazy-src", "src"}) {
        const QString src = HtmlDom::attr(img, name).trimmed();
        if (!src.isEmpty() && !src.startsWith(QLatin1String("data:")))
            return pageUrl.resolved(QUrl(src)).toString();
    }
    return {};
}

Caption FigureMarkup::captionOf(Node caption, Node creditScope)
{
    QString credit;
    const auto isCreditOutsideCaption = [&](Node e) { return e != caption && ElementHints::isCredit(e); };
    HtmlDom::walk(creditScope ? creditScope : caption, [&](Node e) {
        if (e->type != GUMBO_NODE_ELEMENT || !credit.isEmpty() || ElementHints::isHidden(e))
            return false;
        if (isCreditOutsideCaption(e)) {
            credit = CaptionText::creditOf(HtmlDom::textOf(e));
            return false;
        }
        return true;
    });
    Caption parsed = CaptionText::split(HtmlDom::textOf(caption, isCreditOutsideCaption));
    if (parsed.credit.isEmpty())
        parsed.credit = credit;
    return parsed;
}

} // namespace pathak
