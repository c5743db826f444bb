#include "library/LibraryStore.h"

#include "import/ArticleImporter.h"
#include "library/LibraryDatabase.h"
#include "TestLibrary.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

qint64 storeSeed(LibraryStore &store)
{
    return storeArticle(store,
                        ArticleImporter::readFile(dataFile(QStringLiteral("seed-lavrov-rubio.txt"))).value());
}

} // namespace

TEST(ReadingPosition, AnArticleNeverScrolledHasNone)
{
    TestLibrary lib;
    const qint64 id = storeSeed(lib.store());
    Result<std::optional<ReadingPosition>> p = lib.store().readingPosition(id);
    ASSERT_TRUE(p.ok()) << p.error().toStdString();
    EXPECT_FALSE(p->has_value());
    EXPECT_EQ(lib.store().lastUnfinishedArticle().value(), 0);
}

TEST(ReadingPosition, IsStoredReplacedAndSurvivesReopening)
{
    TestLibrary lib;
    const qint64 id = storeSeed(lib.store());
    ASSERT_TRUE(lib.store().setReadingPosition(id, {120, 300, {}}).ok());
    ASSERT_TRUE(lib.store().setReadingPosition(id, {480, 650, {}}).ok());
    const QString path = lib.db().path();
    Result<std::unique_ptr<LibraryDatabase>> again = LibraryDatabase::open(path);
    ASSERT_TRUE(again.ok());
    LibraryStore other(*again.value());
    const std::optional<ReadingPosition> p = other.readingPosition(id).value();
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->offset, 480);
    EXPECT_EQ(p->progress, 650);
    EXPECT_TRUE(p->updatedAt.isValid());
}

TEST(ReadingPosition, ProgressIsKeptInRangeAndAMissingArticleGetsNoRow)
{
    TestLibrary lib;
    const qint64 id = storeSeed(lib.store());
    ASSERT_TRUE(lib.store().setReadingPosition(id, {-5, 4000, {}}).ok());
    const std::optional<ReadingPosition> p = lib.store().readingPosition(id).value();
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->offset, 0);
    EXPECT_EQ(p->progress, 1000);
    // An article deleted meanwhile (another window): no row, no error.
    EXPECT_TRUE(lib.store().setReadingPosition(id + 100, {10, 10, {}}).ok());
    EXPECT_FALSE(lib.store().readingPosition(id + 100).value().has_value());
}

TEST(ReadingPosition, GoesWithItsArticle)
{
    TestLibrary lib;
    const qint64 id = storeSeed(lib.store());
    ASSERT_TRUE(lib.store().setReadingPosition(id, {100, 400, {}}).ok());
    ASSERT_TRUE(lib.store().remove({id}).ok());
    QSqlQuery q(lib.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM reading_positions")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST(ReadingPosition, ContinueReadingIsTheNewestUnfinishedArticle)
{
    TestLibrary lib;
    QList<NewArticle> corpus;
    for (const QString &file : corpusFiles())
        corpus.append(ArticleImporter::readFile(file).value());
    const QList<qint64> ids = storeArticles(lib.store(), corpus);
    ASSERT_GE(ids.size(), 3);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-100);
    ASSERT_TRUE(lib.store().setReadingPosition(ids.at(0), {10, 200, t0}).ok());
    ASSERT_TRUE(lib.store().setReadingPosition(ids.at(1), {10, 500, t0.addSecs(10)}).ok());
    // Read to its end last: finished, so not the one to continue.
    ASSERT_TRUE(lib.store().setReadingPosition(ids.at(2), {900, 1000, t0.addSecs(20)}).ok());
    EXPECT_EQ(lib.store().lastUnfinishedArticle().value(), ids.at(1));
}
