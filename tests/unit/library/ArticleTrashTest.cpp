// The trash on a real library file: what goes in comes back whole, under
// its old id where it can, and what cannot come back says why and stays.
#include "library/ArticleTrash.h"

#include "annotation/AnnotationStore.h"
#include "AnnotationFixtures.h"
#include "import/ArticleImporter.h"
#include "library/TagStore.h"
#include "search/SearchIndex.h"
#include "TestLibrary.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

// Every row the article has in the tables that hang off it, as text, so
// two states of the library can be compared row by row.
QStringList rowsOf(TestLibrary &lib, qint64 id)
{
    const QStringList selects = {
        QStringLiteral("SELECT * FROM articles WHERE id = %1"),
        QStringLiteral("SELECT * FROM paragraphs WHERE article_id = %1 ORDER BY position"),
        QStringLiteral("SELECT * FROM captions WHERE article_id = %1"),
        QStringLiteral("SELECT * FROM ads WHERE article_id = %1 ORDER BY position"),
        QStringLiteral("SELECT * FROM sources WHERE article_id = %1"),
        QStringLiteral("SELECT * FROM comments WHERE article_id = %1 ORDER BY position"),
        QStringLiteral("SELECT article_id, file_name, hex(bytes) FROM originals WHERE article_id = %1"),
        QStringLiteral("SELECT * FROM annotations WHERE article_id = %1 ORDER BY id"),
        QStringLiteral("SELECT * FROM reading_positions WHERE article_id = %1"),
        QStringLiteral(
            "SELECT t.name FROM article_tags a JOIN tags t ON t.id = a.tag_id WHERE a.article_id = %1"),
    };
    QStringList rows;
    for (const QString &select : selects) {
        QSqlQuery q(lib.db().connection());
        EXPECT_TRUE(q.exec(select.arg(id)));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.record().fieldName(i) + QLatin1Char('=') + q.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

int articleCount(TestLibrary &lib)
{
    return lib.store().count().value();
}

QList<qint64> hitIds(TestLibrary &lib, const QString &query)
{
    QList<qint64> ids;
    SearchIndex index(lib.db());
    const Result<QList<SearchHit>> hits = index.search(query);
    EXPECT_TRUE(hits.ok()) << hits.error().toStdString();
    for (const SearchHit &hit : hits.value())
        ids.append(hit.id);
    return ids;
}

// The rain article, annotated, tagged, favourite and half read.
qint64 annotatedArticle(TestLibrary &lib)
{
    const qint64 id = importFile(lib, QStringLiteral("rain-with-comments.txt"));
    AnnotationStore notes(lib.db());
    EXPECT_TRUE(notes
                    .create(id, find(lib, id, QStringLiteral("ভারী বৃষ্টিপাতের")), AnnotationColor::Green,
                            QStringLiteral("জলকপাট"))
                    .ok());
    EXPECT_TRUE(notes.create(id, find(lib, id, QStringLiteral("পাহাড়ি ঢলের"))).ok());
    EXPECT_TRUE(TagStore(lib.db()).add({id}, QStringLiteral("আবহাওয়া")).ok());
    EXPECT_TRUE(lib.store().setFlag({id}, LibraryStore::Flag::Favourite, true).ok());
    EXPECT_TRUE(lib.store().setReadingPosition(id, {200, 480, {}}).ok());
    return id;
}

} // namespace

TEST(ArticleTrash, ADeletedArticleComesBackWithEverythingItHad)
{
    TestLibrary lib;
    const qint64 other = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    const qint64 id = annotatedArticle(lib);
    const QStringList before = rowsOf(lib, id);
    ASSERT_GT(before.size(), 8);
    ASSERT_EQ(hitIds(lib, QStringLiteral("জলকপাট")), QList<qint64>{id});

    ArticleTrash trash(lib.db());
    Result<int> moved = trash.moveIn({id});
    ASSERT_TRUE(moved.ok()) << moved.error().toStdString();
    EXPECT_EQ(moved.value(), 2);
    // Gone from the library, its search index and its tag counts.
    EXPECT_TRUE(rowsOf(lib, id).isEmpty());
    EXPECT_EQ(articleCount(lib), 1);
    EXPECT_TRUE(hitIds(lib, QStringLiteral("জলকপাট")).isEmpty());
    EXPECT_TRUE(hitIds(lib, QStringLiteral("সুনামগঞ্জের")).isEmpty());
    EXPECT_EQ(TagStore(lib.db()).tags().value().value(0).articles, 0);

    const QList<TrashEntry> entries = trash.entries().value();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].articleId, id);
    EXPECT_EQ(entries[0].annotations, 2);
    EXPECT_FALSE(entries[0].title.isEmpty());
    EXPECT_LE(qAbs(entries[0].deletedAt.secsTo(QDateTime::currentDateTimeUtc())), 60);

    Result<TrashRestore> restored = trash.restore({entries[0].id});
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_TRUE(restored->errors.isEmpty()) << restored->errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(restored->articleIds, QList<qint64>{id});
    EXPECT_EQ(rowsOf(lib, id), before);
    EXPECT_EQ(articleCount(lib), 2);
    EXPECT_EQ(hitIds(lib, QStringLiteral("জলকপাট")), QList<qint64>{id});
    EXPECT_EQ(hitIds(lib, QStringLiteral("সুনামগঞ্জের")), QList<qint64>{id});
    EXPECT_TRUE(trash.entries().value().isEmpty());
    EXPECT_EQ(rowsOf(lib, other).size(), rowsOf(lib, other).size());
}

TEST(ArticleTrash, AnIdTakenMeanwhileGivesTheArticleANewOne)
{
    TestLibrary lib;
    const qint64 id = annotatedArticle(lib);
    ArticleTrash trash(lib.db());
    ASSERT_TRUE(trash.moveIn({id}).ok());
    // The next import takes the freed id.
    const qint64 taker = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    ASSERT_EQ(taker, id);
    const QList<qint64> entries = trash.entriesOfArticles({id}).value();

    Result<TrashRestore> restored = trash.restore(entries);
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    ASSERT_EQ(restored->articleIds.size(), 1);
    const qint64 now = restored->articleIds[0];
    EXPECT_NE(now, id);
    EXPECT_EQ(AnnotationStore(lib.db()).forArticle(now).value().size(), 2);
    EXPECT_TRUE(AnnotationStore(lib.db()).forArticle(taker).value().isEmpty());
    EXPECT_EQ(TagStore(lib.db()).tagsOf(now).value(), QStringList{QStringLiteral("আবহাওয়া")});
    EXPECT_EQ(lib.store().readingPosition(now).value()->progress, 480);
    EXPECT_EQ(hitIds(lib, QStringLiteral("জলকপাট")), QList<qint64>{now});
}

TEST(ArticleTrash, AnArticleImportedAgainStaysInTheTrashAndSaysWhy)
{
    TestLibrary lib;
    const qint64 id = annotatedArticle(lib);
    ArticleTrash trash(lib.db());
    ASSERT_TRUE(trash.moveIn({id}).ok());
    const qint64 again = importFile(lib, QStringLiteral("rain-with-comments.txt"));
    ASSERT_NE(again, 0);

    Result<TrashRestore> restored = trash.restore(trash.entriesOfArticles({id}).value());
    ASSERT_TRUE(restored.ok());
    EXPECT_TRUE(restored->articleIds.isEmpty());
    ASSERT_EQ(restored->errors.size(), 1);
    EXPECT_TRUE(restored->errors[0].contains(QStringLiteral("in the library again")))
        << restored->errors[0].toStdString();
    EXPECT_EQ(articleCount(lib), 1);
    EXPECT_EQ(trash.entries().value().size(), 1);
}

TEST(ArticleTrash, ADamagedEntryRestoresNothingAndTheOthersStillComeBack)
{
    TestLibrary lib;
    const qint64 rain = annotatedArticle(lib);
    const qint64 seed = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    ArticleTrash trash(lib.db());
    ASSERT_TRUE(trash.moveIn({rain, seed}).ok());
    QSqlQuery q(lib.db().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("UPDATE trash SET snapshot = x'0000000a789c0300000000' WHERE article_id = %1")
                   .arg(rain)));

    Result<TrashRestore> restored = trash.restore(trash.entriesOfArticles({rain, seed}).value());
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored->articleIds, QList<qint64>{seed});
    ASSERT_EQ(restored->errors.size(), 1);
    EXPECT_TRUE(restored->errors[0].contains(QStringLiteral("damaged")));
    EXPECT_EQ(articleCount(lib), 1);
    EXPECT_TRUE(rowsOf(lib, rain).isEmpty());
}

TEST(ArticleTrash, MovingInIsAllOrNothing)
{
    TestLibrary lib;
    const qint64 id = annotatedArticle(lib);
    ArticleTrash trash(lib.db());
    Result<int> moved = trash.moveIn({id, id + 100});
    ASSERT_FALSE(moved.ok());
    EXPECT_TRUE(moved.error().contains(QString::number(id + 100)));
    EXPECT_EQ(articleCount(lib), 1);
    EXPECT_TRUE(trash.entries().value().isEmpty());
}

TEST(ArticleTrash, EntriesAreKeptForThirtyDaysThenEmptied)
{
    TestLibrary lib;
    const qint64 id = annotatedArticle(lib);
    ArticleTrash trash(lib.db());
    ASSERT_TRUE(trash.moveIn({id}).ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_EQ(trash.emptyExpired(now.addDays(ArticleTrash::keepDays - 1)).value(), 0);
    EXPECT_EQ(trash.entries().value().size(), 1);
    EXPECT_EQ(trash.emptyExpired(now.addDays(ArticleTrash::keepDays + 1)).value(), 1);
    EXPECT_TRUE(trash.entries().value().isEmpty());

    const qint64 again = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    ASSERT_TRUE(trash.moveIn({again}).ok());
    EXPECT_EQ(trash.empty().value(), 1);
    EXPECT_TRUE(trash.entries().value().isEmpty());
}
