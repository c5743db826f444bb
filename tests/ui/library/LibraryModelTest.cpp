#include "ui/library/LibraryModel.h"
#include "TestLibrary.h"

#include "import/ArticleImporter.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::ui;

namespace {

// Stores n small distinct articles with titles "T0000"… and every third one read.
void fill(test::TestLibrary &lib, int n)
{
    QList<NewArticle> articles;
    for (int i = 0; i < n; ++i) {
        NewArticle a;
        a.article.title = QStringLiteral("T%1").arg(i, 4, 10, QLatin1Char('0'));
        a.article.paragraphs = {QStringLiteral("অনুচ্ছেদ %1।").arg(i)};
        a.article.source = Source{QStringLiteral("src%1").arg(n - i, 4, 10, QLatin1Char('0')), QString()};
        articles.append(a);
    }
    const QList<qint64> ids = test::storeArticles(lib.store(), articles);
    ASSERT_EQ(ids.size(), n);
    QSqlDatabase &db = lib.db().connection();
    ASSERT_TRUE(db.transaction());
    for (int i = 0; i < n; ++i) {
        ASSERT_NE(ids.at(i), 0);
        if (i % 3 == 0) {
            ASSERT_TRUE(lib.store().setRead(ids.at(i), true).ok());
        }
        if (i % 5 == 0) {
            ASSERT_TRUE(lib.store().setFavourite(ids.at(i), true).ok());
        }
    }
    ASSERT_TRUE(db.commit());
}

} // namespace

TEST(LibraryModel, PassesTheModelTesterWhileFetchingSortingAndFiltering)
{
    test::TestLibrary lib;
    fill(lib, 450);
    LibraryModel model(lib.db());
    model.setPageSize(100);
    model.reload();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The tester fetches a page itself each time it checks the model.
    EXPECT_LE(model.rowCount(), 450);
    EXPECT_EQ(model.totalCount(), 450);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
    model.sort(LibraryModel::TitleColumn, Qt::AscendingOrder);
    model.setReadFilter(LibraryListQuery::ReadFilter::Unread);
    model.setFavouritesOnly(true);
    model.setReadFilter(LibraryListQuery::ReadFilter::All);
}

TEST(LibraryModel, LoadsOnlyThePagesAskedFor)
{
    test::TestLibrary lib;
    fill(lib, 1000);
    LibraryModel model(lib.db());
    model.setPageSize(200);
    model.reload();
    EXPECT_EQ(model.rowCount(), 200);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 400);
    EXPECT_EQ(model.totalCount(), 1000);
}

TEST(LibraryModel, SortsByTitleAndSourceInSql)
{
    test::TestLibrary lib;
    fill(lib, 250);
    LibraryModel model(lib.db());
    model.setPageSize(50);
    model.sort(LibraryModel::TitleColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("T0000"));
    model.sort(LibraryModel::TitleColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("T0249"));
    // Source labels run the other way round from titles.
    model.sort(LibraryModel::SourceColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("T0249"));
    // The page boundary keeps the order: row 50 follows row 49.
    model.sort(LibraryModel::TitleColumn, Qt::AscendingOrder);
    model.fetchMore({});
    EXPECT_EQ(model.index(49, 0).data().toString(), QStringLiteral("T0049"));
    EXPECT_EQ(model.index(50, 0).data().toString(), QStringLiteral("T0050"));
}

TEST(LibraryModel, FiltersByReadStateAndFavourite)
{
    test::TestLibrary lib;
    fill(lib, 30);
    LibraryModel model(lib.db());
    model.setReadFilter(LibraryListQuery::ReadFilter::Read);
    EXPECT_EQ(model.totalCount(), 10);
    for (int r = 0; r < model.rowCount(); ++r)
        EXPECT_TRUE(model.index(r, 0).data(LibraryModel::ReadRole).toBool());
    model.setReadFilter(LibraryListQuery::ReadFilter::Unread);
    EXPECT_EQ(model.totalCount(), 20);
    model.setFavouritesOnly(true);
    // Favourites are i % 5 == 0; unread are i % 3 != 0: 5, 10, 20, 25.
    EXPECT_EQ(model.totalCount(), 4);
    model.setReadFilter(LibraryListQuery::ReadFilter::All);
    EXPECT_EQ(model.totalCount(), 6);
}

TEST(LibraryModel, RefreshesOneRowAfterAChange)
{
    test::TestLibrary lib;
    fill(lib, 3);
    LibraryModel model(lib.db());
    const qint64 id = model.idAt(0);
    const bool wasFavourite = model.index(0, 0).data(LibraryModel::FavouriteRole).toBool();
    ASSERT_TRUE(lib.store().setFavourite(id, !wasFavourite).ok());
    model.refreshArticle(id);
    EXPECT_EQ(model.index(0, 0).data(LibraryModel::FavouriteRole).toBool(), !wasFavourite);
    ASSERT_TRUE(lib.store().rename(id, QStringLiteral("নতুন নাম")).ok());
    model.refreshArticle(id);
    EXPECT_EQ(model.index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("নতুন নাম"));
}
