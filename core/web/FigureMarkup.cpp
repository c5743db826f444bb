#include "web/FigureMarkup.h"

#include "article/ArticleParser.h"
#include "web/CommentMarkup.h"

namespace pathak {

namespace {
using Node = HtmlDom::Node;
} // namespace

std::optional<FigureMarkup::Figure> FigureMarkup::first(Node root, const QUrl &pageUrl)
{
    std::optional<Figure> found;
    HtmlDom::walk(root, [&](Node n) {
        if (found || n->type != GUMBO_NODE_ELEMENT || HtmlDom::isDropped(HtmlDom::tagOf(n)) ||
            CommentMarkup::isCommentSection(n))
            return false;
        if (HtmlDom::tagOf(n) != GUMBO_TAG_FIGURE)
            return true;
        Figure fig;
        HtmlDom::walk(n, [&](Node c) {
            if (c->type != GUMBO_NODE_ELEMENT)
                return false;
            if (HtmlDom::tagOf(c) == GUMBO_TAG_IMG && fig.imageSrc.isEmpty()) {
                fig.imageSrc = imageSrcOf(c, pageUrl);
                return false;
            }
            if (HtmlDom::tagOf(c) == GUMBO_TAG_FIGCAPTION && !fig.hasCaption) {
                fig.caption = captionOf(c);
                fig.hasCaption = !fig.caption.text.isEmpty() || !fig.caption.credit.isEmpty();
                return false;
            }
            return true;
        });
        if (!fig.imageSrc.isEmpty() || fig.hasCaption)
            found = fig;
        return false;
    });
    return found;
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

// A credit set apart in the markup (<cite>, class="credit").
bool FigureMarkup::isCredit(Node n)
{
    return HtmlDom::tagOf(n) == GUMBO_TAG_CITE || HtmlDom::hasToken(n, "class", QLatin1String("credit")) ||
           HtmlDom::hasToken(n, "class", QLatin1String("photo-credit")) ||
           HtmlDom::hasToken(n, "itemprop", QLatin1String("creditText")) ||
           HtmlDom::hasToken(n, "itemprop", QLatin1String("copyrightHolder"));
}

Caption FigureMarkup::captionOf(Node figcaption)
{
    QString credit;
    HtmlDom::walk(figcaption, [&](Node e) {
        if (e->type != GUMBO_NODE_ELEMENT || !credit.isEmpty())
            return false;
        if (e != figcaption && isCredit(e)) {
            credit = HtmlDom::textOf(e);
            return false;
        }
        return true;
    });
    Caption caption = ArticleParser::parseCaption(HtmlDom::textOf(figcaption, isCredit));
    if (caption.credit.isEmpty() && !credit.isEmpty()) {
        // "ছবি: X" set apart in a <cite> names the credit X.
        const qsizetype colon = credit.indexOf(QLatin1Char(':'));
        const QString label = colon > 0 ? credit.left(colon).trimmed().toLower() : QString();
        caption.credit = (label == QStringLiteral("ছবি") || label == QLatin1String("photo"))
                             ? credit.mid(colon + 1).trimmed()
                             : credit;
    }
    return caption;
}

} // namespace pathak
