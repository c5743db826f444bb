#include "web/HtmlExtractor.h"

#include "article/ArticleParser.h"
#include "web/ArticleMarkup.h"
#include "web/BoilerplateText.h"
#include "web/CaptionText.h"
#include "web/CommentMarkup.h"
#include "web/ElementSelector.h"
#include "web/FigureMarkup.h"
#include "web/HtmlDocument.h"
#include "web/HtmlDom.h"
#include "web/HtmlNestingGuard.h"
#include "web/JsonLdArticle.h"
#include "web/PageFacts.h"
#include "web/PublicationFacts.h"
#include "web/SiteRule.h"
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

// A structured body cut short ("…") is a teaser, not the article.
bool isCutShort(const QStringList &paragraphs)
{
    const QString last = paragraphs.isEmpty() ? QString() : paragraphs.last();
    return last.endsWith(QLatin1String("...")) || last.endsWith(QChar(0x2026));
}

// The structured data first when it is whole: a live blog's posts, or an
// articleBody that keeps its paragraph breaks, is not cut short and holds
// most of what the markup holds; otherwise the markup, whose paragraphs
// are the page's own.
QStringList bodyOf(const MaybeJsonLd &ld, const ArticleMarkup &markup)
{
    if (ld) {
        if (QStringList live = BoilerplateText::clean(ld->liveBlogParagraphs()); !live.isEmpty())
            return live;
    }
    QStringList ldParagraphs = ld ? BoilerplateText::clean(ld->paragraphs()) : QStringList();
    const bool whole =
        ldParagraphs.size() >= 2 && !isCutShort(ldParagraphs) &&
        ArticleMarkup::textLength(ldParagraphs) * 10 >= ArticleMarkup::textLength(markup.paragraphs()) * 6;
    if (whole || (markup.paragraphs().isEmpty() && !ldParagraphs.isEmpty()))
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
    // The article's own figure first; a caption box may stand anywhere on the page.
    std::optional<FigureMarkup::Figure> figure = scope ? FigureMarkup::first(scope, pageUrl) : std::nullopt;
    if ((!figure || !figure->hasCaption) && facts.body && facts.body != scope) {
        if (std::optional<FigureMarkup::Figure> onPage = FigureMarkup::first(facts.body, pageUrl);
            onPage && onPage->hasCaption)
            figure = onPage;
    }
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

// What a site rule finds on the page; empty parts leave the generic extraction standing.
struct RuleFindings
{
    QStringList paragraphs;
    QString title;
    std::optional<Caption> caption;
    QString published;
    QString author;
};

// The rule for the page's own address, or for its canonical address when
// it is a saved copy.
std::optional<SiteRule> siteRuleOf(const PageFacts &facts, const QUrl &pageUrl)
{
    if (isWebUrl(pageUrl))
        return SiteRule::forUrl(pageUrl);
    for (const QString &candidate : {facts.canonical, facts.meta.value(QStringLiteral("og:url")).trimmed()}) {
        const QUrl url(candidate);
        if (isWebUrl(url))
            return SiteRule::forUrl(url);
    }
    return std::nullopt;
}

RuleFindings findWithRule(const SiteRule &rule, const PageFacts &facts)
{
    RuleFindings found;
    const Node root = facts.body;
    if (!root)
        return found;
    const Node lead = ArticleMarkup::leadFigureOf(root);
    const auto strip = [&rule](Node n) { return ElementSelector::matchesAny(n, rule.strip); };
    for (Node body : ElementSelector::select(root, rule.body))
        found.paragraphs += ArticleMarkup::paragraphsOf(body, lead, strip);
    found.paragraphs = BoilerplateText::clean(found.paragraphs);
    if (const QList<Node> titles = ElementSelector::select(root, rule.title); !titles.isEmpty())
        found.title = HtmlDom::textOf(titles.first());
    if (const QList<Node> captions = ElementSelector::select(root, rule.caption); !captions.isEmpty()) {
        Caption caption = FigureMarkup::captionOf(captions.first());
        if (const QList<Node> credits = ElementSelector::select(root, rule.credit); !credits.isEmpty())
            caption.credit = CaptionText::creditOf(HtmlDom::textOf(credits.first()));
        if (!caption.text.isEmpty() || !caption.credit.isEmpty())
            found.caption = caption;
    }
    if (const QList<Node> dates = ElementSelector::select(root, rule.date); !dates.isEmpty()) {
        found.published = PublicationFacts::isoDate(HtmlDom::attr(dates.first(), "datetime"));
        if (found.published.isEmpty())
            found.published = PublicationFacts::dateFromText(HtmlDom::textOf(dates.first()), false);
    }
    if (const QList<Node> authors = ElementSelector::select(root, rule.author); !authors.isEmpty())
        found.author = PublicationFacts::nameFromByline(HtmlDom::textOf(authors.first()));
    return found;
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

    const std::optional<SiteRule> rule = siteRuleOf(facts, pageUrl);
    const RuleFindings byRule = rule ? findWithRule(*rule, facts) : RuleFindings();

    Article article;
    article.paragraphs = byRule.paragraphs.isEmpty() ? bodyOf(ld, markup) : byRule.paragraphs;
    if (article.paragraphs.isEmpty())
        return R::failure(QStringLiteral("not an article: the page has no article text"));
    const int length = ArticleMarkup::textLength(article.paragraphs);
    if (facts.hasPasswordField && length < maxLoginWallTextLength)
        return R::failure(
            QStringLiteral("not an article: the page asks to log in before it shows the article"));
    // A filled-in search field and no structured article: the page lists results.
    if (!ld && !facts.searchQuery.isEmpty())
        return R::failure(
            QStringLiteral("not an article: a search page (results for “%1”)").arg(facts.searchQuery));
    if (!ld && byRule.paragraphs.isEmpty() && markup.headlineLinks() >= minListHeadlines &&
        qsizetype(markup.headlineLinks()) * 2 >= article.paragraphs.size())
        return R::failure(QStringLiteral("not an article: a list of %1 headlines (a section front)")
                              .arg(markup.headlineLinks()));
    const bool marked = markup.isMarked() || ld.has_value() || !byRule.paragraphs.isEmpty();
    if (!marked && length < minUnmarkedTextLength)
        return R::failure(
            QStringLiteral("not an article: no article markup and only %1 characters of text").arg(length));

    article.title = byRule.title.isEmpty() ? titleOf(ld, facts, markup.scope()) : byRule.title;
    // A paragraph that only repeats the headline is the headline.
    if (article.paragraphs.size() > 1 && article.paragraphs.first() == article.title)
        article.paragraphs.removeFirst();
    if (article.title.isEmpty())
        article.title = ArticleParser::deriveTitle(article.paragraphs);

    WebArticle out;
    LeadImage image = leadImageOf(ld, facts, markup.scope(), pageUrl);
    article.caption = byRule.caption ? byRule.caption : image.caption;
    out.imageUrl = image.url;
    article.source = sourceOf(ld, facts, pageUrl);
    article.comments = commentsOf(ld, doc);
    const PublicationFacts publication = PublicationFacts::find(facts, ld, markup.scope());
    out.published = byRule.published.isEmpty() ? publication.published : byRule.published;
    out.authors = byRule.author.isEmpty() ? publication.authors : QStringList{byRule.author};

    out.article = std::move(article);
    return R(std::move(out));
}

} // namespace pathak
