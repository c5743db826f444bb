#include "web/ArticleMarkup.h"

#include "web/BoilerplateText.h"
#include "web/CommentMarkup.h"
#include "web/ElementHints.h"

#include <QHash>

#include <algorithm>

namespace pathak {

namespace {

using Node = HtmlDom::Node;
using Block = TextBlocks::Block;

// Shorter blocks give no points: labels, dates, one-line teasers.
constexpr int kMinScoredLength = 25;
// How far up a block's points and text are counted.
constexpr int kMaxLevels = 40;

bool isSkipped(Node n, Node leadFigure)
{
    if (n == leadFigure)
        return true;
    // Inline elements are read with their paragraph: a <span class="dateline">
    // inside a <p> is article text.
    if (TextBlocks::isInline(n))
        return false;
    return ArticleMarkup::isFurniture(n) || CommentMarkup::isCommentSection(n) || ElementHints::isUnlikely(n);
}

bool endsASentence(const QString &text)
{
    static const QString ends = QStringLiteral("।.?!:;”\"’'…)");
    return !text.isEmpty() && ends.contains(text.back());
}

// Blocks that are not article text even inside the article: mostly links,
// or a short label outside a <p> without a sentence's end (a date, a name,
// a kicker); a <p> is a paragraph because the page says so.
bool isArticleText(const Block &b)
{
    const qsizetype length = b.text.size();
    if (b.linkLength * 10 > length * 6)
        return false;
    const GumboTag tag = HtmlDom::tagOf(b.node);
    if (!b.isHeading && tag != GUMBO_TAG_P && !ElementHints::isFigure(b.node) && length < 50 &&
        !endsASentence(b.text))
        return false;
    return true;
}

double pointsOf(const Block &b)
{
    const qsizetype commas = b.text.count(QLatin1Char(',')) + b.text.count(QChar(0x060C));
    return 1.0 + double(commas) + std::min(double(b.text.size()) / 100.0, 3.0);
}

double weightOf(Node n)
{
    double w = 0;
    if (ElementHints::isLikely(n))
        w += 15;
    switch (HtmlDom::tagOf(n)) {
    case GUMBO_TAG_ARTICLE:
        w += 10;
        break;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
        w -= 3;
        break;
    default:
        break;
    }
    return w;
}

Node articleAround(Node n, Node stop)
{
    for (Node up = n; up && up != stop; up = up->parent) {
        if (HtmlDom::tagOf(up) == GUMBO_TAG_ARTICLE)
            return up;
    }
    return nullptr;
}

} // namespace

Node ArticleMarkup::leadFigureOf(Node root)
{
    return HtmlDom::firstDescendant(
        root, [](Node n) { return HtmlDom::tagOf(n) == GUMBO_TAG_FIGURE && !ElementHints::isHidden(n); });
}

QStringList ArticleMarkup::textsOf(const QList<Block> &blocks)
{
    QStringList texts;
    for (const Block &b : blocks) {
        if (isArticleText(b))
            texts.append(b.text);
    }
    return BoilerplateText::clean(texts);
}

QStringList ArticleMarkup::paragraphsOf(Node container, Node leadFigure, const HtmlDom::NodeTest &alsoSkip)
{
    return textsOf(TextBlocks::of(
        container, [&](Node n) { return isSkipped(n, leadFigure) || (alsoSkip && alsoSkip(n)); }));
}

ArticleMarkup ArticleMarkup::find(const PageFacts &facts)
{
    ArticleMarkup markup;
    const Node root = facts.body ? facts.body : facts.main;
    if (!root)
        return markup;
    const Node lead = leadFigureOf(root);
    const auto skip = [lead](Node n) { return isSkipped(n, lead); };

    if (facts.articleBody) {
        markup.m_container = facts.articleBody;
        markup.m_paragraphs = paragraphsOf(facts.articleBody, lead);
        markup.m_marked = true;
    } else {
        const QList<Block> blocks = TextBlocks::of(root, skip);
        QHash<Node, double> points;
        // In the order the page gives them, so that a tie goes the same way
        // on every parse (node addresses, and so the hash's order, do not).
        QList<Node> candidates;
        QHash<Node, qsizetype> textLength;
        QHash<Node, qsizetype> linkLength;
        for (const Block &b : blocks) {
            int level = 0;
            for (Node up = b.node; up && level < kMaxLevels; up = up->parent, ++level) {
                textLength[up] += b.text.size();
                linkLength[up] += b.linkLength;
                if (up == root)
                    break;
            }
            if (b.text.size() < kMinScoredLength || b.linkLength * 2 > b.text.size())
                continue;
            const double p = pointsOf(b);
            level = 0;
            for (Node up = b.node; up && level < 3; up = up->parent, ++level) {
                if (!points.contains(up)) {
                    points.insert(up, weightOf(up));
                    candidates.append(up);
                }
                points[up] += p / (level + 1);
                if (up == root)
                    break;
            }
        }
        const auto finalScore = [&](Node n) {
            const qsizetype length = textLength.value(n);
            const double density = length > 0 ? double(linkLength.value(n)) / double(length) : 0.0;
            return points.value(n) * (1.0 - density);
        };
        Node top = nullptr;
        double best = 0;
        for (Node candidate : candidates) {
            const double s = finalScore(candidate);
            if (!top || s > best) {
                top = candidate;
                best = s;
            }
        }
        // No paragraph a line long: the <article> with most text, else the page.
        if (!top) {
            for (Node a : facts.articles) {
                if (!top || textLength.value(a) > textLength.value(top))
                    top = a;
            }
        }
        if (!top)
            top = facts.main ? facts.main : root;
        // A block alone in its parent is the parent's text: the parent's
        // siblings (a gallery beside its introduction) are the article's too.
        // An <article> is the article's edge.
        while (top != root && HtmlDom::tagOf(top) != GUMBO_TAG_ARTICLE && top->parent &&
               top->parent->type == GUMBO_NODE_ELEMENT && top->parent != root &&
               textLength.value(top->parent) == textLength.value(top))
            top = top->parent;
        // Posts of a live blog are sibling <article>s of one class: all of
        // them are the article. (A story beside cards of other stories is
        // an <article> of another class than theirs.)
        if (const Node post = articleAround(top, root);
            post && post->parent && post->parent->type == GUMBO_NODE_ELEMENT) {
            const QString postClass = HtmlDom::attr(post, "class");
            int posts = 0;
            const GumboVector &children = post->parent->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const Node c = static_cast<Node>(children.data[i]);
                posts += HtmlDom::tagOf(c) == GUMBO_TAG_ARTICLE && HtmlDom::attr(c, "class") == postClass;
            }
            if (posts >= 2)
                top = post->parent;
        }
        markup.m_container = top;

        // The top element with those siblings that score close to it or are
        // paragraphs of their own.
        QList<Node> parts{top};
        if (top != root && top->parent && top->parent->type == GUMBO_NODE_ELEMENT) {
            parts.clear();
            const double threshold = best * 0.2;
            const GumboVector &children = top->parent->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const Node s = static_cast<Node>(children.data[i]);
                // Another <article> beside the story is another story.
                if (s->type != GUMBO_NODE_ELEMENT ||
                    (s != top && (skip(s) || HtmlDom::tagOf(s) == GUMBO_TAG_ARTICLE)))
                    continue;
                bool keep = s == top || (points.contains(s) && finalScore(s) >= threshold);
                if (!keep && (HtmlDom::tagOf(s) == GUMBO_TAG_P)) {
                    const qsizetype length = textLength.value(s);
                    keep = length > 80 && linkLength.value(s) * 4 < length;
                }
                if (keep)
                    parts.append(s);
            }
        }
        QList<Block> chosen;
        for (Node part : parts)
            chosen += TextBlocks::of(part, skip);
        for (const Block &b : chosen)
            markup.m_headlineLinks += b.isHeading && b.linkLength * 2 >= b.text.size();
        markup.m_paragraphs = textsOf(chosen);
        markup.m_marked = articleAround(top, nullptr) != nullptr;
    }
    markup.m_scope = markup.m_container;
    if (const Node a = articleAround(markup.m_container, nullptr))
        markup.m_scope = a;
    return markup;
}

bool ArticleMarkup::isFurniture(Node n)
{
    switch (HtmlDom::tagOf(n)) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
        return true;
    default:
        return false;
    }
}

int ArticleMarkup::textLength(const QStringList &paragraphs)
{
    int n = 0;
    for (const QString &p : paragraphs)
        n += int(p.size());
    return n;
}

} // namespace pathak
