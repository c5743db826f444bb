#include "annotation/AnnotationStore.h"
#include "import/ArticleImporter.h"
#include "library/sqlite/Transaction.h"
#include "TestLibrary.h"
#include "text/TextAnchor.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

qint64 importSeed(TestLibrary &lib)
{
    Result<NewArticle> in = ArticleImporter::readFile(dataFile(QStringLiteral("seed-lavrov-rubio.txt")));
    EXPECT_TRUE(in.ok());
    return in.ok() ? storeArticle(lib.store(), in.value()) : 0;
}

QString textOf(TestLibrary &lib, qint64 id)
{
    return lib.store().article(id)->article.plainText();
}

TextRange rangeOf(const QString &text, const QString &quote, int occurrence = 0)
{
    const QList<TextRange> all = TextAnchor(text).occurrences(quote);
    EXPECT_GT(all.size(), occurrence) << quote.toStdString();
    return all.value(occurrence);
}

void setParagraph(TestLibrary &lib, qint64 id, int position, const QString &text)
{
    QSqlQuery q(lib.db().connection());
    q.prepare(QStringLiteral("UPDATE paragraphs SET text = ? WHERE article_id = ? AND position = ?"));
    q.addBindValue(text);
    q.addBindValue(id);
    q.addBindValue(position);
    ASSERT_TRUE(q.exec());
    ASSERT_EQ(q.numRowsAffected(), 1);
}

} // namespace

TEST(AnnotationStore, CreatedAnnotationsSurviveReopening)
{
    TestLibrary lib;
    const qint64 id = importSeed(lib);
    const QString text = textOf(lib, id);
    QList<Annotation> made;
    {
        AnnotationStore store(lib.db());
        Result<Annotation> a = store.create(id, rangeOf(text, QStringLiteral("সের্গেই ল্যাভরভ")),
                                            AnnotationColor::Green, QStringLiteral("রুশ মন্ত্রী"));
        ASSERT_TRUE(a.ok()) << a.error().toStdString();
        made.append(a.value());
        Result<Annotation> b =
            store.create(id, rangeOf(text, QStringLiteral("ইউক্রেনের পরিস্থিতি")), AnnotationColor::Underline);
        ASSERT_TRUE(b.ok());
        made.append(b.value());
    }
    const QString path = lib.path();
    lib.close();
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    ASSERT_TRUE(db.ok());
    AnnotationStore store(*db.value());
    Result<QList<Annotation>> back = store.forArticle(id);
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back->size(), 2);
    std::sort(made.begin(), made.end(),
              [](const Annotation &x, const Annotation &y) { return x.start < y.start; });
    EXPECT_EQ(back.value(), made);
    EXPECT_EQ(back->first().exact, QStringLiteral("সের্গেই ল্যাভরভ"));
    EXPECT_EQ(back->first().note, QStringLiteral("রুশ মন্ত্রী"));
    EXPECT_EQ(TextAnchor(text).slice({back->first().start, back->first().end}), back->first().exact);
    EXPECT_EQ(back->at(0).prefix.size(), std::min(TextAnchor::ContextLength, back->at(0).start));
    EXPECT_EQ(back->at(1).prefix.size(), TextAnchor::ContextLength);
}

TEST(AnnotationStore, CreateWidensToGraphemesAndRejectsBadRanges)
{
    TestLibrary lib;
    const qint64 id = importSeed(lib);
    const QString text = textOf(lib, id);
    AnnotationStore store(lib.db());
    // "পররাষ্ট্রমন্ত্রী" cut after the hasanta of ষ্: widened to the whole ষ্ট্র.
    const TextRange word = rangeOf(text, QStringLiteral("পররাষ্ট্রমন্ত্রী"));
    Result<Annotation> a = store.create(id, {word.start, word.start + 5});
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->exact, QStringLiteral("পররাষ্ট্র"));

    EXPECT_FALSE(store.create(id, {5, 5}).ok());
    EXPECT_FALSE(store.create(id, {0, 1000000}).ok());
    EXPECT_FALSE(store.create(id + 100, {0, 3}).ok());
    EXPECT_EQ(store.forArticle(id)->size(), 1);
}

TEST(AnnotationStore, UpdateRemoveAndPutBackUnderSameId)
{
    TestLibrary lib;
    const qint64 id = importSeed(lib);
    AnnotationStore store(lib.db());
    int added = 0, changed = 0, removed = 0;
    QObject::connect(&store, &AnnotationStore::added, [&] { ++added; });
    QObject::connect(&store, &AnnotationStore::changed, [&] { ++changed; });
    QObject::connect(&store, &AnnotationStore::removed, [&] { ++removed; });

    Annotation a = store.create(id, rangeOf(textOf(lib, id), QStringLiteral("মার্কো রুবিও"), 1)).value();
    a.note = QStringLiteral("মার্কিন পররাষ্ট্রমন্ত্রী");
    a.color = AnnotationColor::Purple;
    a.modified = Annotation::now().addSecs(60);
    ASSERT_TRUE(store.update(a).ok());
    EXPECT_EQ(store.annotation(a.id).value(), a);

    ASSERT_TRUE(store.remove(a.id).ok());
    EXPECT_FALSE(store.annotation(a.id).ok());
    EXPECT_FALSE(store.remove(a.id).ok());
    Result<Annotation> back = store.insert(a);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), a);
    EXPECT_EQ(store.annotation(a.id).value(), a);
    EXPECT_EQ(added, 2);
    EXPECT_EQ(changed, 1);
    EXPECT_EQ(removed, 1);
}

TEST(AnnotationStore, ReanchorsAfterTextChangesAndKeepsOrphans)
{
    TestLibrary lib;
    const qint64 id = importSeed(lib);
    const QString text = textOf(lib, id);
    const StoredArticle stored = lib.store().article(id).value();
    AnnotationStore store(lib.db());
    const Annotation kept =
        store.create(id, rangeOf(text, QStringLiteral("দুই নেতা বর্তমান আন্তর্জাতিক ইস্যুতে"))).value();
    const Annotation lost = store
                                .create(id, rangeOf(text, QStringLiteral("ওবামা প্রশাসন")),
                                        AnnotationColor::Blue, QStringLiteral("২০১৬"))
                                .value();

    // Re-parse that changed paragraph 0 (shifts everything after it) and
    // rewrote paragraph 2 without the quoted words.
    const QString p0 = QStringLiteral("সংক্ষিপ্ত ভূমিকা। ") + stored.article.paragraphs.at(0);
    QString p2 = stored.article.paragraphs.at(2);
    p2.replace(QStringLiteral("ওবামা প্রশাসন"), QStringLiteral("তৎকালীন সরকার"));
    setParagraph(lib, id, 0, p0);
    setParagraph(lib, id, 2, p2);

    int reanchoredSignals = 0;
    QObject::connect(&store, &AnnotationStore::articleReanchored, [&] { ++reanchoredSignals; });
    Result<ReanchorSummary> r = store.reanchor(id);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->moved, 1);
    EXPECT_EQ(r->orphaned, 1);
    EXPECT_EQ(reanchoredSignals, 1);

    const QString newText = textOf(lib, id);
    const TextAnchor anchor(newText);
    const Annotation k = store.annotation(kept.id).value();
    EXPECT_FALSE(k.orphaned);
    EXPECT_EQ(k.start, kept.start + 18);
    EXPECT_EQ(anchor.slice({k.start, k.end}), kept.exact);
    const Annotation o = store.annotation(lost.id).value();
    EXPECT_TRUE(o.orphaned);
    EXPECT_EQ(o.exact, lost.exact);
    EXPECT_EQ(o.note, lost.note);
    EXPECT_EQ(store.forArticle(id)->size(), 2);

    // Again: nothing moves, the orphan stays an orphan.
    r = store.reanchor(id);
    EXPECT_EQ(r->unchanged, 1);
    EXPECT_EQ(r->orphaned, 1);

    // The words come back: so does the annotation.
    setParagraph(lib, id, 2, stored.article.paragraphs.at(2));
    r = store.reanchor(id);
    EXPECT_EQ(r->moved, 1);
    const Annotation found = store.annotation(lost.id).value();
    EXPECT_FALSE(found.orphaned);
    EXPECT_EQ(TextAnchor(textOf(lib, id)).slice({found.start, found.end}), lost.exact);
}

TEST(AnnotationStore, RemovingTheArticleRemovesItsAnnotations)
{
    TestLibrary lib;
    const qint64 id = importSeed(lib);
    AnnotationStore store(lib.db());
    const QString text = textOf(lib, id);
    ASSERT_TRUE(store.create(id, rangeOf(text, QStringLiteral("ক্রেমলিনের মতে"))).ok());
    ASSERT_TRUE(store.create(id, rangeOf(text, QStringLiteral("শান্তি আলোচনার"))).ok());
    EXPECT_EQ(lib.store().summaries()->first().annotationCount, 2);
    Result<int> removed = lib.store().remove({id});
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed.value(), 2);
    EXPECT_TRUE(store.all()->isEmpty());
}

TEST(AnnotationStore, ImportSkipsDuplicatesAndOrphansMissingQuotes)
{
    TestLibrary lib;
    const qint64 id = importSeed(lib);
    AnnotationStore store(lib.db());
    const QString text = textOf(lib, id);
    const Annotation a =
        store.create(id, rangeOf(text, QStringLiteral("ট্রুথ সোশ্যালে")), AnnotationColor::Pink).value();
    Annotation missing = a;
    missing.exact = QStringLiteral("এই কথাগুলো নিবন্ধে নেই");
    Result<AnnotationImportSummary> s = store.import(id, {a, missing});
    ASSERT_TRUE(s.ok()) << s.error().toStdString();
    EXPECT_EQ(s->duplicates, 1);
    EXPECT_EQ(s->added, 1);
    EXPECT_EQ(s->orphaned, 1);
    const QList<Annotation> all = store.forArticle(id).value();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(std::count_if(all.cbegin(), all.cend(), [](const Annotation &x) { return x.orphaned; }), 1);
}

TEST(AnnotationStore, RenamingTheArticleMovesHighlightsWithTheText)
{
    TestLibrary lib;
    const qint64 id = importSeed(lib);
    AnnotationStore store(lib.db());
    const Annotation a = store.create(id, rangeOf(textOf(lib, id), QStringLiteral("মার্কো রুবিও"), 1)).value();
    const QString oldTitle = lib.store().article(id)->article.title;
    const QString newTitle = QStringLiteral("ফোনালাপ");
    ASSERT_TRUE(lib.store().rename(id, newTitle).ok());
    Result<ReanchorSummary> r = store.reanchor(id);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->moved, 1);
    const Annotation moved = store.annotation(a.id).value();
    EXPECT_EQ(moved.start, a.start - int(oldTitle.toUcs4().size()) + int(newTitle.toUcs4().size()));
    EXPECT_EQ(TextAnchor(textOf(lib, id)).slice({moved.start, moved.end}), a.exact);
}

TEST(AnnotationStore, TitlesOfAnnotatedArticlesOnly)
{
    TestLibrary lib;
    const qint64 seed = importSeed(lib);
    Result<NewArticle> rain = ArticleImporter::readFile(dataFile(QStringLiteral("rain-with-comments.txt")));
    ASSERT_TRUE(rain.ok());
    const qint64 rainId = storeArticle(lib.store(), rain.value());
    AnnotationStore store(lib.db());
    EXPECT_TRUE(store.annotatedArticleTitles().value().isEmpty());

    const QString text = textOf(lib, seed);
    ASSERT_TRUE(store.create(seed, rangeOf(text, QStringLiteral("সের্গেই ল্যাভরভ"))).ok());
    ASSERT_TRUE(store.create(seed, rangeOf(text, QStringLiteral("শান্তি আলোচনার"))).ok());
    const QHash<qint64, QString> titles = store.annotatedArticleTitles().value();
    EXPECT_EQ(titles.size(), 1);
    EXPECT_EQ(titles.value(seed), lib.store().article(seed)->article.title);
    EXPECT_FALSE(titles.contains(rainId));
}
