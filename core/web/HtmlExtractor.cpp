#include "web/HtmlExtractor.h"

#include "article/ArticleParser.h"
#include "text/BengaliText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gumbo.h>

#include <cctype>
#include <functional>
#include <memory>
#include <vector>

namespace pathak {

namespace {

using Node = const GumboNode *;

GumboTag tagOf(Node n)
{
    return n->type == GUMBO_NODE_ELEMENT ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}

QString attr(Node n, const char *name)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

// Whether a space-separated attribute (class, rel, itemprop) has a token.
bool hasToken(Node n, const char *name, QLatin1String token)
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

// Elements whose content is never article text. Scripts, iframes and
// embedded objects are dropped here, so nothing of them can reach the library.
bool isDropped(GumboTag t)
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

// Page furniture around an article: its paragraphs are not the article's.
bool isFurniture(Node n)
{
    switch (tagOf(n)) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
        return true;
    default:
        return false;
    }
}

bool isCommentSection(Node n)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return false;
    const QString id = attr(n, "id").toLower();
    return id == QLatin1String("comments") || hasToken(n, "class", QLatin1String("comments")) ||
           hasToken(n, "class", QLatin1String("comment")) ||
           hasToken(n, "itemprop", QLatin1String("comment")) ||
           attr(n, "itemtype").endsWith(QLatin1String("/Comment"));
}

// Pre-order walk without recursion: hostile pages nest elements thousands
// deep, and the walk must not run out of stack. visit returns whether to
// descend into the node's children.
void walk(Node root, const std::function<bool(Node)> &visit)
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

// The text a reader sees in an element, dropped elements left out.
QString rawText(Node root, const std::function<bool(Node)> &skip = {})
{
    QString out;
    walk(root, [&](Node n) {
        switch (n->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            out += QString::fromUtf8(n->v.text.text);
            return false;
        case GUMBO_NODE_ELEMENT:
            // The root is read even when it is a script: JSON-LD lives in one.
            if (n != root && (isDropped(tagOf(n)) || (skip && skip(n))))
                return false;
            if (tagOf(n) == GUMBO_TAG_BR)
                out += QLatin1Char(' ');
            return true;
        default:
            return n->type == GUMBO_NODE_DOCUMENT;
        }
    });
    return out;
}

// The parser's normalisation (DESIGN.md §2): NFC, every run of white space
// one space, ends trimmed. HTML line breaks inside a paragraph are spaces.
QString normalise(const QString &text)
{
    // JSON-LD text may hold an escaped lone surrogate, or an escaped control
    // character such as "\u0000"; HTML text never does (the HTML parser
    // makes a NUL U+FFFD). Controls other than line breaks become U+FFFD
    // too: no store, font or PDF wants them, and a NUL ends C strings.
    QString s = BengaliText::replaceLoneSurrogates(text);
    for (QChar &c : s) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\f') || c == QChar(0x0B))
            c = QLatin1Char(' ');
        else if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7F)
            c = QChar::ReplacementCharacter;
    }
    return BengaliText::collapseSpaces(BengaliText::toNfc(s));
}

QString textOf(Node n, const std::function<bool(Node)> &skip = {})
{
    return normalise(rawText(n, skip));
}

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// JSON-LD ------------------------------------------------------------------

// Many sites write raw line breaks inside JSON strings, which JSON forbids;
// escaping them keeps their article body (and its paragraph breaks) readable.
QByteArray escapeControlsInStrings(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    bool escaped = false;
    for (char c : json) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            } else if (c == '\n') {
                out += "\\n";
                continue;
            } else if (c == '\r') {
                continue;
            } else if (c == '\t') {
                out += "\\t";
                continue;
            }
        } else if (c == '"') {
            inString = true;
        }
        out += c;
    }
    return out;
}

void collectObjects(const QJsonValue &v, QList<QJsonObject> &out, int depth = 0)
{
    if (depth > 16)
        return;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collectObjects(item, out, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        out.append(o);
        if (o.contains(QStringLiteral("@graph")))
            collectObjects(o.value(QStringLiteral("@graph")), out, depth + 1);
    }
}

QString typeName(QString t)
{
    const qsizetype slash = std::max(t.lastIndexOf(QLatin1Char('/')), t.lastIndexOf(QLatin1Char(':')));
    return slash >= 0 ? t.mid(slash + 1) : t;
}

bool isArticleType(const QJsonValue &type)
{
    QStringList names;
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            names.append(t.toString());
    } else {
        names.append(type.toString());
    }
    for (const QString &n : names) {
        const QString t = typeName(n);
        if (t.endsWith(QLatin1String("Article")) || t == QLatin1String("BlogPosting") ||
            t == QLatin1String("LiveBlogPosting") || t == QLatin1String("Report"))
            return true;
    }
    return false;
}

struct JsonLd
{
    QList<QJsonObject> objects;
    QHash<QString, QJsonObject> byId;

    // A reference {"@id": "…"} replaced by the object it names.
    QJsonValue resolve(const QJsonValue &v) const
    {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.size() == 1 && o.contains(QStringLiteral("@id")))
                return byId.value(o.value(QStringLiteral("@id")).toString(), o);
        }
        return v;
    }
    QJsonValue first(const QJsonValue &v) const
    {
        const QJsonValue r = resolve(v);
        if (!r.isArray())
            return r;
        const QJsonArray a = r.toArray();
        return a.isEmpty() ? QJsonValue() : resolve(a.first());
    }
    // A plain string, or the name of a Person/Organization.
    QString nameOf(const QJsonValue &v) const
    {
        const QJsonValue r = first(v);
        if (r.isString())
            return r.toString();
        return r.toObject().value(QStringLiteral("name")).toString();
    }
    QString urlOf(const QJsonValue &v) const
    {
        const QJsonValue r = first(v);
        if (r.isString())
            return r.toString();
        const QJsonObject o = r.toObject();
        for (const char *key : {"url", "contentUrl", "@id"}) {
            const QString s = o.value(QLatin1String(key)).toString();
            if (!s.isEmpty())
                return s;
        }
        return {};
    }
};

// Gumbo --------------------------------------------------------------------

struct GumboDeleter
{
    void operator()(GumboOutput *out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

// What one walk over the page gathers.
struct PageFacts
{
    QString headTitle;
    QHash<QString, QString> meta; // og:title, og:site_name, description, … (first wins)
    QString canonical;
    QList<QByteArray> ldJson;
    QList<Node> articles;
    Node articleBody = nullptr; // itemprop="articleBody"
    Node main = nullptr;
    Node body = nullptr;
    QList<Node> h1s;
};

PageFacts gatherFacts(Node root)
{
    PageFacts f;
    walk(root, [&](Node n) {
        if (n->type == GUMBO_NODE_DOCUMENT)
            return true;
        if (n->type != GUMBO_NODE_ELEMENT)
            return false;
        switch (tagOf(n)) {
        case GUMBO_TAG_SCRIPT:
            if (attr(n, "type").trimmed().compare(QLatin1String("application/ld+json"),
                                                  Qt::CaseInsensitive) == 0)
                f.ldJson.append(rawText(n).toUtf8());
            return false;
        case GUMBO_TAG_TITLE:
            if (f.headTitle.isEmpty())
                f.headTitle = textOf(n);
            return false;
        case GUMBO_TAG_META: {
            QString key = attr(n, "property");
            if (key.isEmpty())
                key = attr(n, "name");
            key = key.trimmed().toLower();
            const QString content = attr(n, "content");
            if (!key.isEmpty() && !content.isEmpty() && !f.meta.contains(key))
                f.meta.insert(key, content);
            return false;
        }
        case GUMBO_TAG_LINK:
            if (hasToken(n, "rel", QLatin1String("canonical")) && f.canonical.isEmpty())
                f.canonical = attr(n, "href").trimmed();
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
        if (!f.articleBody && hasToken(n, "itemprop", QLatin1String("articleBody")))
            f.articleBody = n;
        return !isDropped(tagOf(n));
    });
    return f;
}

// The paragraphs of a container, in order: p and sub-headings, outside
// figures, page furniture and comment sections.
QStringList paragraphsOf(Node container)
{
    QStringList out;
    walk(container, [&](Node n) {
        if (n->type != GUMBO_NODE_ELEMENT)
            return false;
        const GumboTag t = tagOf(n);
        if (isDropped(t) || t == GUMBO_TAG_FIGURE || t == GUMBO_TAG_FIGCAPTION || t == GUMBO_TAG_TABLE)
            return false;
        if (n != container && (isFurniture(n) || isCommentSection(n)))
            return false;
        if (t == GUMBO_TAG_P || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
            t == GUMBO_TAG_BLOCKQUOTE) {
            if (t == GUMBO_TAG_BLOCKQUOTE) {
                // A quote made of paragraphs is walked for them; a bare one is one paragraph.
                bool hasP = false;
                walk(n, [&](Node c) {
                    hasP = hasP || tagOf(c) == GUMBO_TAG_P;
                    return !hasP && (c->type == GUMBO_NODE_ELEMENT);
                });
                if (hasP)
                    return true;
            }
            const QString text = textOf(n);
            if (!text.isEmpty())
                out.append(text);
            return false;
        }
        return true;
    });
    return out;
}

int textLength(const QStringList &paragraphs)
{
    int n = 0;
    for (const QString &p : paragraphs)
        n += int(p.size());
    return n;
}

struct Figure
{
    QString imageSrc;
    Caption caption;
    bool hasCaption = false;
};

// The first figure with an image or a caption under a node.
std::optional<Figure> firstFigure(Node root, const QUrl &pageUrl)
{
    std::optional<Figure> found;
    walk(root, [&](Node n) {
        if (found || n->type != GUMBO_NODE_ELEMENT || isDropped(tagOf(n)) || isCommentSection(n))
            return false;
        if (tagOf(n) != GUMBO_TAG_FIGURE)
            return true;
        Figure fig;
        walk(n, [&](Node c) {
            if (c->type != GUMBO_NODE_ELEMENT)
                return false;
            if (tagOf(c) == GUMBO_TAG_IMG && fig.imageSrc.isEmpty()) {
                // Lazy-loading pages keep the real address in a data attribute.
                for (const char *name : {"data-src", "data-original", "data-lazy-src", "src"}) {
                    const QString src = attr(c, name).trimmed();
                    if (!src.isEmpty() && !src.startsWith(QLatin1String("data:"))) {
                        fig.imageSrc = pageUrl.resolved(QUrl(src)).toString();
                        break;
                    }
                }
                return false;
            }
            if (tagOf(c) == GUMBO_TAG_FIGCAPTION && !fig.hasCaption) {
                // A credit set apart in the markup (<cite>, class="credit").
                QString credit;
                const auto isCredit = [](Node e) {
                    return tagOf(e) == GUMBO_TAG_CITE || hasToken(e, "class", QLatin1String("credit")) ||
                           hasToken(e, "class", QLatin1String("photo-credit")) ||
                           hasToken(e, "itemprop", QLatin1String("creditText")) ||
                           hasToken(e, "itemprop", QLatin1String("copyrightHolder"));
                };
                walk(c, [&](Node e) {
                    if (e->type != GUMBO_NODE_ELEMENT || !credit.isEmpty())
                        return false;
                    if (e != c && isCredit(e)) {
                        credit = textOf(e);
                        return false;
                    }
                    return true;
                });
                fig.caption = ArticleParser::parseCaption(textOf(c, isCredit));
                if (fig.caption.credit.isEmpty() && !credit.isEmpty()) {
                    // "ছবি: X" set apart in a <cite> names the credit X.
                    const qsizetype colon = credit.indexOf(QLatin1Char(':'));
                    const QString label = colon > 0 ? credit.left(colon).trimmed().toLower() : QString();
                    fig.caption.credit = (label == QStringLiteral("ছবি") || label == QLatin1String("photo"))
                                             ? credit.mid(colon + 1).trimmed()
                                             : credit;
                }
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

const QRegularExpression &commentsHeading()
{
    static const QRegularExpression re(QStringLiteral("(?:মন্তব্য|Comments)\\s*\\((\\d+)\\)"),
                                       QRegularExpression::UseUnicodePropertiesOption |
                                           QRegularExpression::CaseInsensitiveOption);
    return re;
}

Node firstDescendant(Node root, const std::function<bool(Node)> &match)
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

// Comments marked up in the page: schema.org microdata (itemtype Comment,
// itemprop author/text) or the usual class names (comment, comment-author,
// comment-text). The declared count comes from itemprop="commentCount" or a
// "মন্তব্য (N)" / "Comments (N)" heading.
std::optional<CommentSection> htmlComments(Node root)
{
    QList<Comment> items;
    std::optional<int> declared;
    walk(root, [&](Node n) {
        if (n->type != GUMBO_NODE_ELEMENT || isDropped(tagOf(n)))
            return n->type == GUMBO_NODE_DOCUMENT;
        if (hasToken(n, "itemprop", QLatin1String("commentCount")) && !declared) {
            const QString v = attr(n, "content").isEmpty() ? textOf(n) : attr(n, "content").trimmed();
            declared = BengaliText::parseDigits(v);
            return false;
        }
        if (!declared && (tagOf(n) == GUMBO_TAG_H2 || tagOf(n) == GUMBO_TAG_H3 || tagOf(n) == GUMBO_TAG_H4)) {
            const QRegularExpressionMatch m = commentsHeading().match(textOf(n));
            if (m.hasMatch())
                declared = BengaliText::parseDigits(m.captured(1));
            return false;
        }
        const bool microdata = attr(n, "itemtype").endsWith(QLatin1String("/Comment"));
        if (!microdata && !hasToken(n, "class", QLatin1String("comment")))
            return true;
        Node authorNode = firstDescendant(n, [](Node e) {
            return hasToken(e, "itemprop", QLatin1String("author")) ||
                   hasToken(e, "class", QLatin1String("comment-author")) || tagOf(e) == GUMBO_TAG_CITE;
        });
        Node textNode = firstDescendant(n, [](Node e) {
            return hasToken(e, "itemprop", QLatin1String("text")) ||
                   hasToken(e, "class", QLatin1String("comment-text")) ||
                   hasToken(e, "class", QLatin1String("comment-body")) ||
                   hasToken(e, "class", QLatin1String("comment-content"));
        });
        Comment c;
        const QString author = authorNode ? textOf(authorNode) : QString();
        if (!author.isEmpty())
            c.author = author;
        c.text = textNode ? textOf(textNode) : textOf(n, [&](Node e) { return e == authorNode; });
        if (!c.text.isEmpty())
            items.append(c);
        return false;
    });
    if (items.isEmpty() && !declared)
        return std::nullopt;
    return CommentSection{declared.value_or(int(items.size())), items};
}

QStringList splitParagraphs(const QString &body)
{
    QStringList out;
    for (QStringView line : QStringView(body).split(QLatin1Char('\n'))) {
        const QString p = normalise(line.toString());
        if (!p.isEmpty())
            out.append(p);
    }
    return out;
}

// Elements that never stay open: void elements, and those the parser
// closes by itself when the next one starts.
bool neverNests(QByteArrayView name)
{
    static const char *const names[] = {
        "area",  "base", "br", "col", "embed", "hr", "img",    "input", "link", "meta", "param",   "source",
        "track", "wbr",  "p",  "li",  "dt",    "dd", "option", "tr",    "td",   "th",   "!doctype"};
    for (const char *n : names) {
        if (name.compare(QByteArrayView(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// How deep elements nest, counted from start and end tags without
// parsing. The HTML5 tree builder scans the stack of open elements for
// every start tag, so its time grows with the square of the depth: a
// hostile page nesting 100 000 elements would take hours.
int roughNestingDepth(const QByteArray &utf8)
{
    int depth = 0;
    int deepest = 0;
    const char *d = utf8.constData();
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (d[i] != '<')
            continue;
        if (d[i + 1] == '/') {
            depth = std::max(0, depth - 1);
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && (std::isalnum(static_cast<unsigned char>(d[j])) || d[j] == '!'))
            ++j;
        if (j == i + 1 || neverNests(QByteArrayView(d + i + 1, j - i - 1)))
            continue;
        deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

} // namespace

Result<WebArticle> HtmlExtractor::extract(const QString &html, const QUrl &pageUrl)
{
    using R = Result<WebArticle>;
    const QByteArray utf8 = html.toUtf8();
    if (const int depth = roughNestingDepth(utf8); depth > maxNestingDepth)
        return R::failure(QStringLiteral("not an article: elements nested %1 deep (more than %2)")
                              .arg(depth)
                              .arg(maxNestingDepth));
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // errors are not reported; no need to keep them
    std::unique_ptr<GumboOutput, GumboDeleter> doc(
        gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
    if (!doc)
        return R::failure(QStringLiteral("cannot parse the HTML"));

    const PageFacts facts = gatherFacts(doc->document);

    // Structured data: the first object typed as an article.
    JsonLd ld;
    for (const QByteArray &script : facts.ldJson) {
        QJsonParseError error;
        QJsonDocument json = QJsonDocument::fromJson(script, &error);
        if (error.error != QJsonParseError::NoError)
            json = QJsonDocument::fromJson(escapeControlsInStrings(script), &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        collectObjects(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), ld.objects);
    }
    std::optional<QJsonObject> ldArticle;
    for (const QJsonObject &o : std::as_const(ld.objects)) {
        const QString id = o.value(QStringLiteral("@id")).toString();
        if (!id.isEmpty() && !ld.byId.contains(id))
            ld.byId.insert(id, o);
        if (!ldArticle && isArticleType(o.value(QStringLiteral("@type"))))
            ldArticle = o;
    }
    const auto ldString = [&](const char *key) {
        return ldArticle ? normalise(ld.first(ldArticle->value(QLatin1String(key))).toString()) : QString();
    };

    // The markup: the article element with the most text, else <main>, else <body>.
    Node container = facts.articleBody;
    QStringList htmlParagraphs;
    if (container) {
        htmlParagraphs = paragraphsOf(container);
    } else {
        int best = -1;
        for (Node a : facts.articles) {
            QStringList ps = paragraphsOf(a);
            if (textLength(ps) > best) {
                best = textLength(ps);
                container = a;
                htmlParagraphs = std::move(ps);
            }
        }
    }
    const bool marked = container != nullptr || ldArticle.has_value();
    if (!container) {
        container = facts.main ? facts.main : facts.body;
        if (container)
            htmlParagraphs = paragraphsOf(container);
    }
    // The figure of the article element; an itemprop=articleBody inside an
    // <article> has its figure outside the body.
    Node figureScope = container;
    for (Node up = container; up; up = up->parent) {
        if (tagOf(up) == GUMBO_TAG_ARTICLE) {
            figureScope = up;
            break;
        }
    }

    Article article;

    // Body: the structured articleBody when it keeps its paragraph breaks
    // or the markup has none; otherwise the markup, whose paragraphs are
    // the page's own.
    const QStringList ldParagraphs =
        ldArticle ? splitParagraphs(ld.first(ldArticle->value(QStringLiteral("articleBody"))).toString())
                  : QStringList();
    if (ldParagraphs.size() >= 2 || (htmlParagraphs.isEmpty() && !ldParagraphs.isEmpty()))
        article.paragraphs = ldParagraphs;
    else
        article.paragraphs = htmlParagraphs;
    if (article.paragraphs.isEmpty())
        return R::failure(QStringLiteral("not an article: the page has no article text"));
    if (!marked && textLength(article.paragraphs) < minUnmarkedTextLength)
        return R::failure(QStringLiteral("not an article: no article markup and only %1 characters of text")
                              .arg(textLength(article.paragraphs)));

    // Title: headline, og:title, the article's h1, the page title, the first sentence.
    article.title = ldString("headline");
    if (article.title.isEmpty())
        article.title = ldString("name");
    if (article.title.isEmpty())
        article.title = normalise(facts.meta.value(QStringLiteral("og:title")));
    if (article.title.isEmpty()) {
        for (Node h : facts.h1s) {
            bool inside = false;
            for (Node up = h; up && !inside; up = up->parent)
                inside = up == figureScope;
            if (inside || figureScope == facts.body || figureScope == facts.main) {
                article.title = textOf(h);
                break;
            }
        }
        if (article.title.isEmpty() && !facts.h1s.isEmpty())
            article.title = textOf(facts.h1s.first());
    }
    if (article.title.isEmpty())
        article.title = facts.headTitle;
    // A paragraph that only repeats the headline is the headline.
    if (article.paragraphs.size() > 1 && article.paragraphs.first() == article.title)
        article.paragraphs.removeFirst();
    if (article.title.isEmpty())
        article.title = ArticleParser::deriveTitle(article.paragraphs);

    // Lead image and caption.
    WebArticle out;
    QString imageSrc;
    std::optional<Caption> caption;
    if (ldArticle) {
        const QJsonValue image = ld.first(ldArticle->value(QStringLiteral("image")));
        imageSrc = ld.urlOf(image);
        const QJsonObject imageObject = image.toObject();
        const QString ldCaption = normalise(imageObject.value(QStringLiteral("caption")).toString());
        QString credit = normalise(imageObject.value(QStringLiteral("creditText")).toString());
        if (credit.isEmpty())
            credit = normalise(ld.nameOf(imageObject.value(QStringLiteral("copyrightHolder"))));
        if (credit.isEmpty())
            credit = normalise(ld.nameOf(imageObject.value(QStringLiteral("author"))));
        if (!ldCaption.isEmpty() || !credit.isEmpty()) {
            Caption c = ArticleParser::parseCaption(ldCaption);
            if (c.credit.isEmpty())
                c.credit = credit;
            caption = c;
        }
    }
    if (imageSrc.isEmpty())
        imageSrc = facts.meta.value(QStringLiteral("og:image")).trimmed();
    const std::optional<Figure> figure = figureScope ? firstFigure(figureScope, pageUrl) : std::nullopt;
    if (figure) {
        if (imageSrc.isEmpty())
            imageSrc = figure->imageSrc;
        if (!caption && figure->hasCaption)
            caption = figure->caption;
        else if (caption && caption->text.isEmpty() && figure->hasCaption)
            caption->text = figure->caption.text;
    }
    if (caption && (!caption->text.isEmpty() || !caption->credit.isEmpty()))
        article.caption = caption;
    if (!imageSrc.isEmpty()) {
        const QUrl image = pageUrl.resolved(QUrl(imageSrc));
        // A local image belongs to a saved page only: a page from the web
        // naming file:///… must not make the importer read this computer's files.
        if (isWebUrl(image) || (image.isLocalFile() && pageUrl.isLocalFile()))
            out.imageUrl = image;
    }

    // Source: the page's canonical address and the site's name.
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
    QString site = normalise(facts.meta.value(QStringLiteral("og:site_name")));
    if (site.isEmpty() && ldArticle)
        site = normalise(ld.nameOf(ldArticle->value(QStringLiteral("publisher"))));
    if (!canonical.isEmpty() || !site.isEmpty()) {
        Source source;
        source.url =
            canonical.isEmpty() ? QString() : canonical.toString(QUrl::FullyEncoded | QUrl::RemoveFragment);
        source.label = site.isEmpty() ? canonical.host() : site;
        article.source = source;
    }

    // Comments: structured first, then the markup.
    if (ldArticle && ldArticle->contains(QStringLiteral("comment"))) {
        QJsonValue list = ld.resolve(ldArticle->value(QStringLiteral("comment")));
        CommentSection section;
        const QJsonArray array = list.isArray() ? list.toArray() : QJsonArray{list};
        for (const QJsonValue &v : array) {
            const QJsonObject o = ld.resolve(v).toObject();
            Comment c;
            const QString author = normalise(ld.nameOf(o.value(QStringLiteral("author"))));
            if (!author.isEmpty())
                c.author = author;
            c.text = normalise(o.value(QStringLiteral("text")).toString());
            if (!c.text.isEmpty())
                section.items.append(c);
        }
        const QJsonValue count = ldArticle->value(QStringLiteral("commentCount"));
        section.declared =
            count.isDouble() ? count.toInt()
                             : BengaliText::parseDigits(count.toString()).value_or(int(section.items.size()));
        article.comments = section;
    } else if (doc->root) {
        article.comments = htmlComments(doc->root);
    }

    out.article = std::move(article);
    return R(std::move(out));
}

} // namespace pathak
