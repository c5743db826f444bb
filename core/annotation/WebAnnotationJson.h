#pragma once

#include "annotation/Annotation.h"
#include "base/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pathak {

// The W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
// for Pathak's annotations: an AnnotationCollection whose first page holds
// the annotations, each targeting the article with a TextQuoteSelector
// (exact, prefix, suffix) and a TextPositionSelector (start, end in code
// points over Article::plainText()). The colour travels as the target's
// styleClass, the note as a TextualBody with purpose "commenting".
class WebAnnotationJson
{
public:
    // The notes of one article fit in far less; a larger file is refused
    // unread (a JSON document costs several times its size in memory).
    static constexpr qint64 maxFileSize = qint64(16) * 1024 * 1024;

    struct Target
    {
        qint64 articleId = 0;
        QString title;
        QString sourceUrl; // the article's web address, when it has one
    };

    static QJsonObject toCollection(const Target &target, const QList<Annotation> &annotations);
    static QJsonObject toAnnotation(const Target &target, const Annotation &annotation);

    // Reads an AnnotationCollection, an AnnotationPage, one Annotation or a
    // JSON array of them. Ids and article ids of the result are 0: the
    // caller decides where they go (AnnotationStore::import).
    static Result<QList<Annotation>> parse(const QByteArray &json);
    static Result<QList<Annotation>> fromJson(const QJsonValue &value);

    // The same with each annotation's target source (an address, or
    // urn:pathak:article:N), so annotations of several pages can be told
    // apart; label, when given, gets the collection's label (Pathak writes
    // the article's title there).
    struct Item
    {
        QString source;
        Annotation annotation;
    };
    static Result<QList<Item>> readItems(const QJsonValue &value, QString *label = nullptr);
};

} // namespace pathak
