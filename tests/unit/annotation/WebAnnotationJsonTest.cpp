#include "annotation/WebAnnotationJson.h"
#include "annotation/AnnotationStore.h"
#include "import/ArticleImporter.h"
#include "TestLibrary.h"
#include "text/TextAnchor.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

struct Fixture
{
    TestLibrary lib;
    qint64 id = 0;
    StoredArticle stored;
    QList<Annotation> annotations;

    explicit Fixture(const QString &file = QStringLiteral("rain-with-comments.txt"))
    {
        Result<NewArticle> in = ArticleImporter::readFile(dataFile(file));
        id = storeArticle(lib.store(), in.value());
        stored = lib.store().article(id).value();
    }
    WebAnnotationJson::Target target() const
    {
        return {id, stored.article.title, stored.article.source ? stored.article.source->url : QString()};
    }
};

// Ids are local to a library: compare everything else.
QJsonObject withoutIds(QJsonObject o)
{
    o.remove(QStringLiteral("id"));
    QJsonObject page = o.value(QStringLiteral("first")).toObject();
    page.remove(QStringLiteral("id"));
    QJsonArray items;
    for (const QJsonValue &v : page.value(QStringLiteral("items")).toArray()) {
        QJsonObject item = v.toObject();
        item.remove(QStringLiteral("id"));
        items.append(item);
    }
    page.insert(QStringLiteral("items"), items);
    o.insert(QStringLiteral("first"), page);
    return o;
}

} // namespace

TEST(WebAnnotationJson, CollectionHasBothSelectorsInCodePoints)
{
    Fixture f;
    AnnotationStore store(f.lib.db());
    const QString text = f.stored.article.plainText();
    const TextRange r = TextAnchor(text).occurrences(f.stored.article.paragraphs.at(1).left(12)).first();
    const Annotation a = store.create(f.id, r, AnnotationColor::Blue, QStringLiteral("নোট")).value();

    const QJsonObject c = WebAnnotationJson::toCollection(f.target(), {a});
    EXPECT_EQ(c.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
    EXPECT_EQ(c.value(QStringLiteral("@context")).toString(),
              QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    EXPECT_EQ(c.value(QStringLiteral("total")).toInt(), 1);
    const QJsonArray items =
        c.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    EXPECT_EQ(item.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
    EXPECT_EQ(item.value(QStringLiteral("motivation")).toString(), QStringLiteral("commenting"));
    EXPECT_EQ(item.value(QStringLiteral("body")).toObject().value(QStringLiteral("value")).toString(),
              QStringLiteral("নোট"));
    const QJsonObject target = item.value(QStringLiteral("target")).toObject();
    EXPECT_EQ(target.value(QStringLiteral("styleClass")).toString(), QStringLiteral("blue"));
    const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
    ASSERT_EQ(selectors.size(), 2);
    const QJsonObject quote = selectors.at(0).toObject();
    const QJsonObject position = selectors.at(1).toObject();
    EXPECT_EQ(quote.value(QStringLiteral("type")).toString(), QStringLiteral("TextQuoteSelector"));
    EXPECT_EQ(quote.value(QStringLiteral("exact")).toString(), a.exact);
    EXPECT_EQ(quote.value(QStringLiteral("prefix")).toString(), a.prefix);
    EXPECT_EQ(quote.value(QStringLiteral("suffix")).toString(), a.suffix);
    EXPECT_EQ(position.value(QStringLiteral("type")).toString(), QStringLiteral("TextPositionSelector"));
    // Code points: the start equals the number of code points before the passage.
    const int utf16Start = int(text.indexOf(a.exact));
    EXPECT_EQ(position.value(QStringLiteral("start")).toInt(), int(text.left(utf16Start).toUcs4().size()));
    EXPECT_EQ(position.value(QStringLiteral("end")).toInt() - position.value(QStringLiteral("start")).toInt(),
              int(a.exact.toUcs4().size()));
}

TEST(WebAnnotationJson, ExportImportExportLosesNothing)
{
    Fixture from;
    AnnotationStore store(from.lib.db());
    const QString text = from.stored.article.plainText();
    const TextAnchor anchor(text);
    int n = 0;
    // One annotation of every colour, spread over the text, notes with markup and new lines.
    for (AnnotationColor color : Annotation::colors()) {
        const int start = anchor.length() * n / 7;
        Result<Annotation> a =
            store.create(from.id, {start, start + 9}, color,
                         n % 2 ? QStringLiteral("*নোট* %1\nদ্বিতীয় লাইন").arg(n) : QString());
        ASSERT_TRUE(a.ok()) << a.error().toStdString();
        ++n;
    }
    const QList<Annotation> original = store.forArticle(from.id).value();
    const QJsonObject exported = WebAnnotationJson::toCollection(from.target(), original);
    const QByteArray bytes = QJsonDocument(exported).toJson();

    Fixture to;
    Result<QList<Annotation>> parsed = WebAnnotationJson::parse(bytes);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    ASSERT_EQ(parsed->size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        Annotation expected = original.at(i);
        expected.id = 0;
        expected.articleId = 0;
        EXPECT_EQ(parsed->at(i), expected) << i;
    }
    AnnotationStore target(to.lib.db());
    Result<AnnotationImportSummary> s = target.import(to.id, parsed.value());
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->added, original.size());
    EXPECT_EQ(s->orphaned, 0);
    const QJsonObject again = WebAnnotationJson::toCollection(to.target(), target.forArticle(to.id).value());
    EXPECT_EQ(withoutIds(again), withoutIds(exported));

    // Importing it once more changes nothing.
    s = target.import(to.id, parsed.value());
    EXPECT_EQ(s->added, 0);
    EXPECT_EQ(s->duplicates, original.size());
}

TEST(WebAnnotationJson, BadDocumentsAreErrors)
{
    EXPECT_FALSE(WebAnnotationJson::parse("{").ok());
    EXPECT_FALSE(WebAnnotationJson::parse(R"({"type": "Book"})").ok());
    Result<QList<Annotation>> noQuote = WebAnnotationJson::parse(
        R"({"type": "Annotation", "target": {"source": "x", "selector": {"type": "TextPositionSelector", "start": 1, "end": 4}}})");
    ASSERT_FALSE(noQuote.ok());
    EXPECT_EQ(noQuote.error(), QStringLiteral("annotation 1: no TextQuoteSelector with an exact quote"));
    EXPECT_FALSE(
        WebAnnotationJson::parse(
            R"([{"type": "Annotation", "target": {"selector": [{"type": "TextQuoteSelector", "exact": "ক"},
                         {"type": "TextPositionSelector", "start": 5, "end": 2}]}}])")
            .ok());
    // Offsets past what an int holds would wrap round to negative ones.
    Result<QList<Annotation>> huge = WebAnnotationJson::parse(
        R"({"type": "Annotation", "target": {"selector": [{"type": "TextQuoteSelector", "exact": "ক"},
                     {"type": "TextPositionSelector", "start": 3000000000, "end": 3000000001}]}})");
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error(),
              QStringLiteral("annotation 1: TextPositionSelector needs 0 ≤ start ≤ end ≤ 2147483647"));
    // A single annotation from another client, colour-less, note as bodyValue.
    Result<QList<Annotation>> one = WebAnnotationJson::parse(
        R"({"type": "Annotation", "bodyValue": "note", "target": {"selector": {"type": "TextQuoteSelector", "exact": "বৃষ্টি"}}})");
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->first().note, QStringLiteral("note"));
    EXPECT_EQ(one->first().color, AnnotationColor::Yellow);
    // Escaped lone surrogates (legal JSON, not text) become U+FFFD.
    Result<QList<Annotation>> lone = WebAnnotationJson::parse(
        R"({"type": "Annotation", "bodyValue": "\udc00", "target": {"selector": {"type": "TextQuoteSelector", "exact": "\u09ac\ud800"}}})");
    ASSERT_TRUE(lone.ok());
    EXPECT_EQ(lone->first().exact, QStringLiteral("ব\uFFFD"));
    EXPECT_EQ(lone->first().note, QStringLiteral("\uFFFD"));
}
