#include "annotation/WebAnnotationJson.h"

#include "annotation/AnnotationPalette.h"
#include "text/BengaliText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

namespace pathak {

namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// Colours as CSS, so a generic Web Annotation client can show them too.
QString cssFor(AnnotationColor color)
{
    const QString name = Annotation::colorName(color);
    if (AnnotationPalette::isUnderline(color))
        return QStringLiteral(".%1 { text-decoration: underline; }").arg(name);
    return QStringLiteral(".%1 { background-color: %2; }").arg(name, AnnotationPalette::hex(color));
}

QString sourceOf(const WebAnnotationJson::Target &t)
{
    return t.sourceUrl.isEmpty() ? QStringLiteral("urn:pathak:article:%1").arg(t.articleId) : t.sourceUrl;
}

// JSON-LD lets most properties be one value or an array of them.
QJsonArray asArray(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isUndefined() || v.isNull())
        return {};
    return QJsonArray{v};
}

bool hasType(const QJsonObject &o, const QString &type)
{
    for (const auto &t : asArray(o.value(str("type")))) {
        if (t.toString() == type)
            return true;
    }
    return false;
}

Result<Annotation> readAnnotation(const QJsonObject &o, int number)
{
    using R = Result<Annotation>;
    const QString where = QStringLiteral("annotation %1: ").arg(number);
    if (!hasType(o, str("Annotation")))
        return R::failure(where + QStringLiteral("not of type Annotation"));
    Annotation a;
    bool haveQuote = false;
    bool havePosition = false;
    for (const auto &targetValue : asArray(o.value(str("target")))) {
        if (!targetValue.isObject())
            continue;
        const QJsonObject target = targetValue.toObject();
        for (const auto &sv : asArray(target.value(str("selector")))) {
            const QJsonObject sel = sv.toObject();
            if (hasType(sel, str("TextQuoteSelector")) && !haveQuote) {
                a.exact = BengaliText::replaceLoneSurrogates(sel.value(str("exact")).toString());
                a.prefix = BengaliText::replaceLoneSurrogates(sel.value(str("prefix")).toString());
                a.suffix = BengaliText::replaceLoneSurrogates(sel.value(str("suffix")).toString());
                haveQuote = true;
            } else if (hasType(sel, str("TextPositionSelector")) && !havePosition) {
                const QJsonValue start = sel.value(str("start"));
                const QJsonValue end = sel.value(str("end"));
                // Offsets are ints in memory and in the store: a larger one,
                // which no article of at most 20 MiB has, is refused rather
                // than wrapped round to a negative offset.
                constexpr qint64 largest = std::numeric_limits<int>::max();
                if (!start.isDouble() || !end.isDouble() || start.toInteger(-1) < 0 ||
                    end.toInteger(-1) < start.toInteger() || end.toInteger() > largest)
                    return R::failure(
                        where +
                        QStringLiteral("TextPositionSelector needs 0 ≤ start ≤ end ≤ %1").arg(largest));
                a.start = int(start.toInteger());
                a.end = int(end.toInteger());
                havePosition = true;
            }
        }
        for (const auto &cls : asArray(target.value(str("styleClass")))) {
            if (const std::optional<AnnotationColor> c = Annotation::colorFromName(cls.toString()))
                a.color = *c;
        }
    }
    if (!haveQuote || a.exact.isEmpty())
        return R::failure(where + QStringLiteral("no TextQuoteSelector with an exact quote"));
    if (!havePosition) {
        a.start = 0;
        a.end = int(a.exact.toUcs4().size());
    }
    QStringList notes;
    for (const auto &bv : asArray(o.value(str("body")))) {
        const QJsonObject body = bv.toObject();
        const QString purpose = body.value(str("purpose")).toString();
        if (hasType(body, str("TextualBody")) && (purpose.isEmpty() || purpose == str("commenting")))
            notes.append(body.value(str("value")).toString());
    }
    if (o.value(str("bodyValue")).isString())
        notes.append(o.value(str("bodyValue")).toString());
    a.note = BengaliText::replaceLoneSurrogates(notes.join(QStringLiteral("\n\n")));
    a.created = QDateTime::fromString(o.value(str("created")).toString(), Qt::ISODate);
    a.modified = QDateTime::fromString(o.value(str("modified")).toString(), Qt::ISODate);
    if (!a.modified.isValid())
        a.modified = a.created;
    return a;
}

} // namespace

QJsonObject WebAnnotationJson::toAnnotation(const Target &target, const Annotation &a)
{
    QJsonObject o;
    o.insert(str("@context"), str("http://www.w3.org/ns/anno.jsonld"));
    o.insert(str("id"), QStringLiteral("urn:pathak:annotation:%1").arg(a.id));
    o.insert(str("type"), str("Annotation"));
    o.insert(str("motivation"), a.note.isEmpty() ? str("highlighting") : str("commenting"));
    if (a.created.isValid())
        o.insert(str("created"), isoUtc(a.created));
    if (a.modified.isValid())
        o.insert(str("modified"), isoUtc(a.modified));
    if (!a.note.isEmpty()) {
        o.insert(str("body"), QJsonObject{{str("type"), str("TextualBody")},
                                          {str("value"), a.note},
                                          {str("format"), str("text/plain")},
                                          {str("purpose"), str("commenting")}});
    }
    o.insert(str("stylesheet"),
             QJsonObject{{str("type"), str("CssStylesheet")}, {str("value"), cssFor(a.color)}});
    const QJsonArray selectors{QJsonObject{{str("type"), str("TextQuoteSelector")},
                                           {str("exact"), a.exact},
                                           {str("prefix"), a.prefix},
                                           {str("suffix"), a.suffix}},
                               QJsonObject{{str("type"), str("TextPositionSelector")},
                                           {str("start"), a.start},
                                           {str("end"), a.end}}};
    o.insert(str("target"), QJsonObject{{str("source"), sourceOf(target)},
                                        {str("type"), str("Text")},
                                        {str("styleClass"), Annotation::colorName(a.color)},
                                        {str("selector"), selectors}});
    return o;
}

QJsonObject WebAnnotationJson::toCollection(const Target &target, const QList<Annotation> &annotations)
{
    QJsonArray items;
    for (const Annotation &a : annotations) {
        QJsonObject item = toAnnotation(target, a);
        item.remove(str("@context")); // the collection's context covers its items
        items.append(item);
    }
    QJsonObject page{
        {str("id"), QStringLiteral("urn:pathak:article:%1:annotations:page1").arg(target.articleId)},
        {str("type"), str("AnnotationPage")},
        {str("startIndex"), 0},
        {str("items"), items}};
    return QJsonObject{{str("@context"), str("http://www.w3.org/ns/anno.jsonld")},
                       {str("id"), QStringLiteral("urn:pathak:article:%1:annotations").arg(target.articleId)},
                       {str("type"), str("AnnotationCollection")},
                       {str("label"), target.title},
                       {str("total"), int(annotations.size())},
                       {str("first"), page}};
}

Result<QList<WebAnnotationJson::Item>> WebAnnotationJson::readItems(const QJsonValue &value, QString *label)
{
    using R = Result<QList<Item>>;
    QJsonArray items;
    if (value.isArray()) {
        items = value.toArray();
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (hasType(o, str("AnnotationCollection"))) {
            if (label)
                *label = o.value(str("label")).toString();
            // Pages may be embedded as `first` (and linked by `next`) or, loosely, given as `items`.
            for (QJsonValue page = o.value(str("first")); page.isObject();
                 page = page.toObject().value(str("next"))) {
                for (const auto &v : page.toObject().value(str("items")).toArray())
                    items.append(v);
            }
            for (const auto &v : o.value(str("items")).toArray())
                items.append(v);
        } else if (hasType(o, str("AnnotationPage"))) {
            items = o.value(str("items")).toArray();
        } else if (hasType(o, str("Annotation"))) {
            items.append(o);
        } else {
            return R::failure(QStringLiteral("not a Web Annotation: expected an AnnotationCollection, "
                                             "AnnotationPage or Annotation"));
        }
    } else {
        return R::failure(QStringLiteral("not a Web Annotation document"));
    }
    QList<Item> list;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return R::failure(QStringLiteral("annotation %1: not an object").arg(i + 1));
        const QJsonObject item = items.at(i).toObject();
        Result<Annotation> a = readAnnotation(item, int(i + 1));
        if (!a)
            return R::failure(a.error());
        // The target is a source address, or an object (or array of them) with one.
        QString source;
        for (const auto &t : asArray(item.value(str("target")))) {
            source = t.isString() ? t.toString() : t.toObject().value(str("source")).toString();
            if (!source.isEmpty())
                break;
        }
        list.append({source, a.value()});
    }
    return R(std::move(list));
}

Result<QList<Annotation>> WebAnnotationJson::fromJson(const QJsonValue &value)
{
    Result<QList<Item>> items = readItems(value);
    if (!items)
        return Result<QList<Annotation>>::failure(items.error());
    QList<Annotation> list;
    for (const Item &item : items.value())
        list.append(item.annotation);
    return Result<QList<Annotation>>(std::move(list));
}

Result<QList<Annotation>> WebAnnotationJson::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QList<Annotation>>::failure(
            QStringLiteral("invalid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    return fromJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
}

} // namespace pathak
