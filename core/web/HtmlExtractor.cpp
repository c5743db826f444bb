#include "web/HtmlExtractor.h"

#include "article/ArticleParser.h"
#include "web/ArticleMarkup.h"
#include "web/CommentMarkup.h"
#include "web/FigureMarkup.h"
#include "web/HtmlDocument.h"
#include "web/HtmlDom.h"
#include "web/HtmlNestingGuard.h"
#include "web/JsonLdArticle.h"
#include "web/PageFacts.h"
#include "web/WebText.h"

#include <optional>

namespace pathak {

namespace {

using Node = HtmlDom::Node;
using MaybeJsonLd = std::optional<JsonLdArticle>;

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// The structured articleBody when it keeps its paragraph breaks or the
// markup has none; otherwise the markup, whose paragraphs are the page's own.
QStringList bodyOf(const MaybeJsonLd &ld, const ArticleMarkup &markup)
{
    QStringList ldParagraphs = ld ? ld->paragraphs() : QStringList();
    if (ldParagraphs.size() >= 2 || (markup.paragraphs().isEmpty() && !ldParagraphs.isEmpty()))
        return ldParagraphs;
    return markup.paragraphs();
}

// The h1 of the article, or of the page when the article is all of it.
QString headingOf(const PageFacts &facts, Node scope)
{
    QString heading;
    for (Node h : facts.h1s) {
        bool inside = false;
        for (Node up = h; up && !inside; up = up->parent)
            inside = up == scope;
        if (inside || scope == facts.body || scope == facts.main) {
            heading = HtmlDom::textOf(h);
            break;
        }
    }
    if (heading.isEmpty() && !facts.h1s.isEmpty())
        heading = HtmlDom::textOf(facts.h1s.first());
    return heading;
}

// Headline, og:title, the article's h1, the page title; empty when the page has none.
QString titleOf(const MaybeJsonLd &ld, const PageFacts &facts, Node scope)
{
    QString title = ld ? ld->text("headline") : QString();
    if (title.isEmpty())
        title = ld ? ld->text("name") : QString();
    if (title.isEmpty())
        title = WebText::normalise(facts.meta.value(QStringLiteral("og:title")));
    if (title.isEmpty())
        title = headingOf(facts, scope);
    if (title.isEmpty())
        title = facts.headTitle;
    return title;
}

struct LeadImage
{
    QUrl url; // empty when none, or one the page may not name
    std::optional<Caption> caption;
};

// The structured image first, og:image next, the article's figure last;
// a caption from the figure fills what the structured data leaves out.
LeadImage leadImageOf(const MaybeJsonLd &ld, const PageFacts &facts, Node scope, const QUrl &pageUrl)
{
    QString imageSrc = ld ? ld->imageSrc() : QString();
    std::optional<Caption> caption = ld ? ld->imageCaption() : std::nullopt;
    if (imageSrc.isEmpty())
        imageSrc = facts.meta.value(QStringLiteral("og:image")).trimmed();
    const std::optional<FigureMarkup::Figure> figure =
        scope ? FigureMarkup::first(scope, pageUrl) : std::nullopt;
    if (figure) {
        if (imageSrc.isEmpty())
            imageSrc = figure->imageSrc;
        if (!caption && figure->hasCaption)
            caption = figure->caption;
        else if (caption && caption->text.isEmpty() && figure->hasCaption)
            caption->text = figure->caption.text;
    }
    LeadImage image;
    if (caption && (!caption->text.isEmpty() || !caption->credit.isEmpty()))
        image.caption = caption;
    if (!imageSrc.isEmpty()) {
        const QUrl url = pageUrl.resolved(QUrl(imageSrc));
        // A local image belongs to a saved page only: a page from the web
        // naming file:///… must not make the importer read this computer's files.
        if (isWebUrl(url) || (url.isLocalFile() && pageUrl.isLocalFile()))
            image.url = url;
    }
    return image;
}

// The page's canonical address and the site's name.
std::optional<Source> sourceOf(const MaybeJsonLd &ld, const PageFacts &facts, const QUrl &pageUrl)
{
    QUrl canonical;
    for (const QString &candidate : {facts.canonical, facts.meta.value(QStringLiteral("og:url")).trimmed()}) {
        const QUrl url = pageUrl.resolved(QUrl(candidate));
        if (!candidate.isEmpty() && isWebUrl(url)) {
            canonical = url;
            break;
        }
    }
    if (canonical.isEmpty() && isWebUrl(pageUrl))
        canonical = pageUrl;
    QString site = WebText::normalise(facts.meta.value(QStringLiteral("og:site_name")));
    if (site.isEmpty() && ld)
        site = ld->publisherName();
    if (canonical.isEmpty() && site.isEmpty())
        return std::nullopt;
    Source source;
    source.url =
        canonical.isEmpty() ? QString() : canonical.toString(QUrl::FullyEncoded | QUrl::RemoveFragment);
    source.label = site.isEmpty() ? canonical.host() : site;
    return source;
}

// Structured comments first, then the markup.
std::optional<CommentSection> commentsOf(const MaybeJsonLd &ld, const HtmlDocument &doc)
{
    if (ld) {
        if (std::optional<CommentSection> section = ld->comments())
            return section;
    }
    return doc.root() ? CommentMarkup::comments(doc.root()) : std::nullopt;
}

} // namespace

Result<WebArticle> HtmlExtractor::extract(const QString &html, const QUrl &pageUrl)
{
    using R = Result<WebArticle>;
    const QByteArray utf8 = html.toUtf8();
    if (Status shallow = HtmlNestingGuard::check(utf8, maxNestingDepth); !shallow)
        return R::failure(shallow.error());
    const HtmlDocument doc(utf8);
    if (!doc.isParsed())
        return R::failure(QStringLiteral("cannot parse the HTML"));

    const PageFacts facts = PageFacts::gather(doc.document());
    const MaybeJsonLd ld = JsonLdArticle::find(facts.ldJson);
    const ArticleMarkup markup = ArticleMarkup::find(facts);

    Article article;
    article.paragraphs = bodyOf(ld, markup);
    if (article.paragraphs.isEmpty())
        return R::failure(QStringLiteral("not an article: the page has no article text"));
    const bool marked = markup.isMarked() || ld.has_value();
    if (!marked && ArticleMarkup::textLength(article.paragraphs) < minUnmarkedTextLength)
        return R::failure(QStringLiteral("not an article: no article markup and only %1 characters of text")
                              .arg(ArticleMarkup::textLength(article.paragraphs)));

    article.title = titleOf(ld, facts, markup.scope());
    // A paragraph that only repeats the headline is the headline.
    if (article.paragraphs.size() > 1 && article.paragraphs.first() == article.title)
        article.paragraphs.removeFirst();
    if (article.title.isEmpty())
        article.title = ArticleParser::deriveTitle(article.paragraphs);

    WebArticle out;
    LeadImage image = leadImageOf(ld, facts, markup.scope(), pageUrl);
    article.caption = std::move(image.caption);
    out.imageUrl = image.url;
    article.source = sourceOf(ld, facts, pageUrl);
    article.comments = commentsOf(ld, doc);

    out.article = std::move(article);
    return R(std::move(out));
}

} // namespace pathak
