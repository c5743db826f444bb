#include "web/JsonLdArticle.h"

#include "article/ArticleParser.h"
#include "text/BengaliText.h"
#include "web/WebText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringView>

#include <algorithm>

namespace pathak {

namespace {

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
        for (const auto &item : v.toArray())
            collectObjects(item, out, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        out.append(o);
        if (o.contains(QStringLiteral("@graph")))
            collectObjects(o.value(QStringLiteral("@graph")), out, depth + 1);
    }
}

// Every object of the scripts, in order; those of @graph after the object holding it.
QList<QJsonObject> objectsOf(const QList<QByteArray> &scripts)
{
    QList<QJsonObject> objects;
    for (const QByteArray &script : scripts) {
        QJsonParseError error;
        QJsonDocument json = QJsonDocument::fromJson(script, &error);
        if (error.error != QJsonParseError::NoError)
            json = QJsonDocument::fromJson(escapeControlsInStrings(script), &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        collectObjects(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), objects);
    }
    return objects;
}

QString typeName(const QString &t)
{
    const qsizetype slash = std::max(t.lastIndexOf(QLatin1Char('/')), t.lastIndexOf(QLatin1Char(':')));
    return slash >= 0 ? t.mid(slash + 1) : t;
}

bool isArticleType(const QJsonValue &type)
{
    QStringList names;
    if (type.isArray()) {
        for (const auto &t : type.toArray())
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

QStringList splitParagraphs(const QString &body)
{
    QStringList out;
    for (QStringView line : QStringView(body).split(QLatin1Char('\n'))) {
        const QString p = WebText::normalise(line.toString());
        if (!p.isEmpty())
            out.append(p);
    }
    return out;
}

} // namespace

JsonLdArticle::JsonLdArticle(QJsonObject article, QHash<QString, QJsonObject> byId)
    : m_article(std::move(article)), m_byId(std::move(byId))
{
}

std::optional<JsonLdArticle> JsonLdArticle::find(const QList<QByteArray> &scripts)
{
    const QList<QJsonObject> objects = objectsOf(scripts);
    QHash<QString, QJsonObject> byId;
    std::optional<QJsonObject> article;
    for (const QJsonObject &o : objects) {
        const QString id = o.value(QStringLiteral("@id")).toString();
        if (!id.isEmpty() && !byId.contains(id))
            byId.insert(id, o);
        if (!article && isArticleType(o.value(QStringLiteral("@type"))))
            article = o;
    }
    if (!article)
        return std::nullopt;
    return JsonLdArticle(std::move(*article), std::move(byId));
}

QString JsonLdArticle::text(const char *key) const
{
    return WebText::normalise(first(m_article.value(QLatin1String(key))).toString());
}

QStringList JsonLdArticle::paragraphs() const
{
    return splitParagraphs(first(m_article.value(QStringLiteral("articleBody"))).toString());
}

QStringList JsonLdArticle::liveBlogParagraphs() const
{
    const QJsonValue updates = resolve(m_article.value(QStringLiteral("liveBlogUpdate")));
    const QJsonArray list = updates.isArray() ? updates.toArray() : QJsonArray{updates};
    QStringList out;
    for (const auto &v : list) {
        const QJsonObject post = resolve(v).toObject();
        const QString headline = WebText::normalise(first(post.value(QStringLiteral("headline"))).toString());
        if (!headline.isEmpty())
            out.append(headline);
        out += splitParagraphs(first(post.value(QStringLiteral("articleBody"))).toString());
    }
    const QString description = text("description");
    if (!out.isEmpty() && !description.isEmpty())
        out.prepend(description);
    return out;
}

QString JsonLdArticle::imageSrc() const
{
    return urlOf(first(m_article.value(QStringLiteral("image"))));
}

std::optional<Caption> JsonLdArticle::imageCaption() const
{
    const QJsonObject image = first(m_article.value(QStringLiteral("image"))).toObject();
    const QString caption = WebText::normalise(image.value(QStringLiteral("caption")).toString());
    QString credit = WebText::normalise(image.value(QStringLiteral("creditText")).toString());
    if (credit.isEmpty())
        credit = WebText::normalise(nameOf(image.value(QStringLiteral("copyrightHolder"))));
    if (credit.isEmpty())
        credit = WebText::normalise(nameOf(image.value(QStringLiteral("author"))));
    if (caption.isEmpty() && credit.isEmpty())
        return std::nullopt;
    Caption c = ArticleParser::parseCaption(caption);
    if (c.credit.isEmpty())
        c.credit = credit;
    return c;
}

QString JsonLdArticle::publisherName() const
{
    return WebText::normalise(nameOf(m_article.value(QStringLiteral("publisher"))));
}

QStringList JsonLdArticle::authorNames() const
{
    const QJsonValue v = resolve(m_article.value(QStringLiteral("author")));
    const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray{v};
    QStringList names;
    for (const auto &author : list) {
        const QString name = WebText::normalise(nameOf(author));
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

std::optional<CommentSection> JsonLdArticle::comments() const
{
    if (!m_article.contains(QStringLiteral("comment")))
        return std::nullopt;
    QJsonValue list = resolve(m_article.value(QStringLiteral("comment")));
    CommentSection section;
    const QJsonArray array = list.isArray() ? list.toArray() : QJsonArray{list};
    for (const auto &v : array) {
        const QJsonObject o = resolve(v).toObject();
        Comment c;
        const QString author = WebText::normalise(nameOf(o.value(QStringLiteral("author"))));
        if (!author.isEmpty())
            c.author = author;
        c.text = WebText::normalise(o.value(QStringLiteral("text")).toString());
        if (!c.text.isEmpty())
            section.items.append(c);
    }
    const QJsonValue count = m_article.value(QStringLiteral("commentCount"));
    section.declared = count.isDouble()
                           ? count.toInt()
                           : BengaliText::parseDigits(count.toString()).value_or(int(section.items.size()));
    return section;
}

QJsonValue JsonLdArticle::resolve(const QJsonValue &v) const
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.size() == 1 && o.contains(QStringLiteral("@id")))
            return m_byId.value(o.value(QStringLiteral("@id")).toString(), o);
    }
    return v;
}

QJsonValue JsonLdArticle::first(const QJsonValue &v) const
{
    QJsonValue r = resolve(v);
    if (!r.isArray())
        return r;
    const QJsonArray a = r.toArray();
    return a.isEmpty() ? QJsonValue() : resolve(a.first());
}

QString JsonLdArticle::nameOf(const QJsonValue &v) const
{
    const QJsonValue r = first(v);
    if (r.isString())
        return r.toString();
    return r.toObject().value(QStringLiteral("name")).toString();
}

QString JsonLdArticle::urlOf(const QJsonValue &v) const
{
    const QJsonValue r = first(v);
    if (r.isString())
        return r.toString();
    const QJsonObject o = r.toObject();
    for (const char *key : {"url", "contentUrl", "@id"}) {
        QString s = o.value(QLatin1String(key)).toString();
        if (!s.isEmpty())
            return s;
    }
    return {};
}

} // namespace pathak
