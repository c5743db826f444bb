#pragma once

#include "article/Article.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pathak {

// The article a page describes in its JSON-LD scripts: the first object
// typed as an article (NewsArticle, Article, BlogPosting, …, also inside
// @graph), read with the objects it names by {"@id": …}. Text comes back
// normalised as the article parser would have it.
class JsonLdArticle
{
public:
    // nullopt when no script holds an article; broken scripts are skipped.
    static std::optional<JsonLdArticle> find(const QList<QByteArray> &scripts);

    // A text property such as "headline"; empty when it is missing.
    QString text(const char *key) const;
    // articleBody, one paragraph per line of it.
    QStringList paragraphs() const;
    // A live blog's posts (liveBlogUpdate), each its headline and its
    // paragraphs, after the blog's description; empty for other articles.
    QStringList liveBlogParagraphs() const;
    // The image's address as written (it may be relative); empty when none.
    QString imageSrc() const;
    // The image's caption and credit; nullopt when it names neither.
    std::optional<Caption> imageCaption() const;
    QString publisherName() const;
    // The names in "author": one Person or Organization, a string, or a list of them.
    QStringList authorNames() const;
    // nullopt when the article has no "comment" property.
    std::optional<CommentSection> comments() const;

private:
    JsonLdArticle(QJsonObject article, QHash<QString, QJsonObject> byId);

    // A reference {"@id": "…"} replaced by the object it names.
    QJsonValue resolve(const QJsonValue &v) const;
    // The value resolved, or the first item of an array, resolved.
    QJsonValue first(const QJsonValue &v) const;
    // A plain string, or the name of a Person/Organization.
    QString nameOf(const QJsonValue &v) const;
    QString urlOf(const QJsonValue &v) const;

    QJsonObject m_article;
    QHash<QString, QJsonObject> m_byId;
};

} // namespace pathak
