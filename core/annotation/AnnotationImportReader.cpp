#include "annotation/AnnotationImportReader.h"

#include "annotation/WebAnnotationJson.h"
#include "base/LocalFileReader.h"
#include "text/BengaliText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace pathak {

namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

// Text from another program, in the form the article text has.
QString clean(const QString &text)
{
    return BengaliText::toNfc(BengaliText::replaceLoneSurrogates(text)).trimmed();
}

QString cleanQuote(const QString &text)
{
    // Paragraph breaks are kept (a passage over two paragraphs), every other
    // run of white space becomes one space.
    QStringList paragraphs;
    for (const QString &p : clean(text).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        paragraphs.append(
            BengaliText::collapseSpaces(QString(p).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    return paragraphs.join(QStringLiteral("\n\n"));
}

QDateTime wholeSeconds(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime u = t.toUTC();
    return QDateTime(u.date(), QTime(u.time().hour(), u.time().minute(), u.time().second()), Qt::UTC);
}

void finishAnnotation(Annotation &a)
{
    a.start = 0;
    a.end = int(a.exact.toUcs4().size());
    if (!a.created.isValid())
        a.created = Annotation::now();
    if (!a.modified.isValid())
        a.modified = a.created;
}

// --- W3C -------------------------------------------------------------------

bool isW3cCollection(const QJsonValue &v)
{
    const QJsonValue type = v.toObject().value(str("type"));
    return type.toString() == str("AnnotationCollection") ||
           type.toArray().contains(QJsonValue(str("AnnotationCollection")));
}

Result<QList<ImportedDocument>> readW3c(const QJsonValue &value)
{
    using R = Result<QList<ImportedDocument>>;
    QList<QJsonValue> parts;
    if (value.isArray() && !value.toArray().isEmpty() && isW3cCollection(value.toArray().first())) {
        for (const auto &v : value.toArray())
            parts.append(v);
    } else {
        parts.append(value);
    }
    QList<ImportedDocument> documents;
    for (const QJsonValue &part : std::as_const(parts)) {
        QString label;
        Result<QList<WebAnnotationJson::Item>> items = WebAnnotationJson::readItems(part, &label);
        if (!items)
            return R::failure(items.error());
        label = clean(label);
        for (const WebAnnotationJson::Item &item : items.value()) {
            // Pathak's own urn names an article of the library it came from,
            // not of this one: only a web address identifies the page.
            const QString url =
                item.source.startsWith(QLatin1String("urn:pathak:")) ? QString() : clean(item.source);
            auto doc = std::find_if(documents.begin(), documents.end(), [&](const ImportedDocument &d) {
                return d.url == url && d.title == label;
            });
            if (doc == documents.end()) {
                documents.append({url, label, {}, {}});
                doc = documents.end() - 1;
            }
            Annotation a = item.annotation;
            a.exact = BengaliText::toNfc(a.exact);
            a.prefix = BengaliText::toNfc(a.prefix);
            a.suffix = BengaliText::toNfc(a.suffix);
            a.note = BengaliText::toNfc(a.note);
            doc->annotations.append(a);
        }
        if (items->isEmpty() && !label.isEmpty())
            documents.append({QString(), label, {}, {}});
    }
    return R(std::move(documents));
}

// --- Hypothesis ------------------------------------------------------------

bool isHypothesisRow(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return o.contains(str("uri")) && o.value(str("target")).isArray() && !o.contains(str("type"));
}

Result<QList<ImportedDocument>> readHypothesis(const QJsonArray &rows)
{
    using R = Result<QList<ImportedDocument>>;
    QList<ImportedDocument> documents;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject())
            return R::failure(QStringLiteral("row %1: not an object").arg(i + 1));
        const QJsonObject row = rows.at(i).toObject();
        const QString url = clean(row.value(str("uri")).toString());
        const QString title =
            clean(row.value(str("document")).toObject().value(str("title")).toArray().at(0).toString());
        auto doc = std::find_if(documents.begin(), documents.end(),
                                [&](const ImportedDocument &d) { return d.url == url; });
        if (doc == documents.end()) {
            documents.append({url, title, {}, {}});
            doc = documents.end() - 1;
        }
        Annotation a;
        for (const auto &t : row.value(str("target")).toArray()) {
            for (const auto &s : t.toObject().value(str("selector")).toArray()) {
                const QJsonObject sel = s.toObject();
                if (sel.value(str("type")).toString() == str("TextQuoteSelector") && a.exact.isEmpty()) {
                    a.exact = cleanQuote(sel.value(str("exact")).toString());
                    a.prefix = BengaliText::toNfc(sel.value(str("prefix")).toString());
                    a.suffix = BengaliText::toNfc(sel.value(str("suffix")).toString());
                }
            }
        }
        QString note = clean(row.value(str("text")).toString());
        QStringList tags;
        for (const auto &t : row.value(str("tags")).toArray()) {
            QString tag = BengaliText::collapseSpaces(clean(t.toString()));
            if (!tag.isEmpty())
                tags.append(QLatin1Char('#') + tag.replace(QLatin1Char(' '), QLatin1Char('-')));
        }
        if (!tags.isEmpty())
            note += (note.isEmpty() ? QString() : QStringLiteral("\n\n")) + tags.join(QLatin1Char(' '));
        if (a.exact.isEmpty()) {
            doc->skipped.append(QStringLiteral("row %1: a page note with no quoted passage").arg(i + 1));
            continue;
        }
        a.note = note;
        a.created =
            wholeSeconds(QDateTime::fromString(row.value(str("created")).toString(), Qt::ISODateWithMs));
        a.modified =
            wholeSeconds(QDateTime::fromString(row.value(str("updated")).toString(), Qt::ISODateWithMs));
        finishAnnotation(a);
        doc->annotations.append(a);
    }
    return R(std::move(documents));
}

// --- KOReader --------------------------------------------------------------

bool isKoreader(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return o.value(str("entries")).isArray() || o.value(str("documents")).isArray();
}

AnnotationColor koreaderColor(const QJsonObject &entry)
{
    // KOReader draws a highlight as a marker ("lighten", "invert") or a line
    // ("underscore", "strikeout"); newer versions give it a colour too.
    const QString drawer = entry.value(str("drawer")).toString();
    if (drawer == str("underscore") || drawer == str("strikeout"))
        return AnnotationColor::Underline;
    const QString color = entry.value(str("color")).toString().toLower();
    if (color == str("red") || color == str("orange"))
        return AnnotationColor::Pink;
    if (color == str("cyan"))
        return AnnotationColor::Blue;
    if (color == str("olive"))
        return AnnotationColor::Green;
    if (const std::optional<AnnotationColor> c = Annotation::colorFromName(color);
        c && *c != AnnotationColor::Underline)
        return *c;
    return AnnotationColor::Yellow;
}

Result<ImportedDocument> readKoreaderDocument(const QJsonObject &o, int number)
{
    using R = Result<ImportedDocument>;
    ImportedDocument doc;
    doc.title = clean(o.value(str("title")).toString());
    const QJsonArray entries = o.value(str("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        // An entry is one highlight or, in some versions, a list of them.
        const QJsonArray group =
            entries.at(i).isArray() ? entries.at(i).toArray() : QJsonArray{entries.at(i)};
        for (const auto &ev : group) {
            if (!ev.isObject())
                return R::failure(
                    QStringLiteral("document %1, entry %2: not an object").arg(number).arg(i + 1));
            const QJsonObject entry = ev.toObject();
            Annotation a;
            a.exact = cleanQuote(entry.value(str("text")).toString());
            if (a.exact.isEmpty()) {
                doc.skipped.append(
                    QStringLiteral("entry %1: no highlighted text (a bookmark or an image)").arg(i + 1));
                continue;
            }
            a.note = clean(entry.value(str("note")).toString());
            a.color = koreaderColor(entry);
            const QJsonValue time = entry.value(str("time"));
            if (time.isDouble() && time.toDouble() > 0 && time.toDouble() < 1e11)
                a.created = QDateTime::fromSecsSinceEpoch(qint64(time.toDouble()), Qt::UTC);
            finishAnnotation(a);
            doc.annotations.append(a);
        }
    }
    return R(std::move(doc));
}

Result<QList<ImportedDocument>> readKoreader(const QJsonObject &o)
{
    using R = Result<QList<ImportedDocument>>;
    QList<ImportedDocument> documents;
    if (o.value(str("documents")).isArray()) {
        const QJsonArray docs = o.value(str("documents")).toArray();
        for (qsizetype i = 0; i < docs.size(); ++i) {
            Result<ImportedDocument> d = readKoreaderDocument(docs.at(i).toObject(), int(i + 1));
            if (!d)
                return R::failure(d.error());
            documents.append(d.value());
        }
    } else {
        Result<ImportedDocument> d = readKoreaderDocument(o, 1);
        if (!d)
            return R::failure(d.error());
        documents.append(d.value());
    }
    return R(std::move(documents));
}

} // namespace

Result<AnnotationImportFile> AnnotationImportReader::parse(const QByteArray &json)
{
    using R = Result<AnnotationImportFile>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(
            QStringLiteral("invalid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    AnnotationImportFile file;
    Result<QList<ImportedDocument>> documents = Result<QList<ImportedDocument>>::failure(QString());
    if (doc.isObject() && isKoreader(value)) {
        file.kind = QStringLiteral("KOReader");
        documents = readKoreader(doc.object());
    } else if (doc.isObject() && doc.object().value(str("rows")).isArray()) {
        file.kind = QStringLiteral("Hypothesis");
        documents = readHypothesis(doc.object().value(str("rows")).toArray());
    } else if (isHypothesisRow(value)) {
        file.kind = QStringLiteral("Hypothesis");
        documents = readHypothesis(QJsonArray{value});
    } else if (doc.isArray() && !doc.array().isEmpty() && isHypothesisRow(doc.array().first())) {
        file.kind = QStringLiteral("Hypothesis");
        documents = readHypothesis(doc.array());
    } else {
        file.kind = QStringLiteral("W3C Web Annotation");
        documents = readW3c(value);
    }
    if (!documents)
        return R::failure(documents.error());
    file.documents = std::move(documents).value();
    return R(std::move(file));
}

Result<AnnotationImportFile> AnnotationImportReader::readFile(const QString &path)
{
    Result<QByteArray> bytes = LocalFileReader::read(path, maxFileSize);
    if (!bytes)
        return Result<AnnotationImportFile>::failure(bytes.error());
    return parse(bytes.value());
}

} // namespace pathak
