// The side bar of collections and the list's bulk actions, through the real
// widgets on a real library file.
#include "ui/library/CollectionBar.h"
#include "library/TagStore.h"
#include "TestLibrary.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryPane.h"

#include <QApplication>
#include <QCompleter>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSqlQuery>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::ui;

namespace {

using Kind = CollectionBar::Kind;

struct SideBar : ::testing::Test
{
    QTemporaryDir settingsDir; // the saved searches live in the settings
    test::TestLibrary lib;
    QList<qint64> ids;

    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings().clear();
        QList<NewArticle> articles;
        for (int i = 0; i < 6; ++i) {
            NewArticle a;
            a.article.title = QStringLiteral("খবর %1").arg(i);
            a.article.paragraphs = {QStringLiteral("অনুচ্ছেদ নম্বর %1।").arg(i)};
            a.published = QStringLiteral("2026-0%1-15").arg(i + 1);
            a.author = QStringLiteral("লেখক %1").arg(i);
            articles.append(a);
        }
        ids = test::storeArticles(lib.store(), articles);
        ASSERT_EQ(ids.size(), 6);
        ASSERT_TRUE(lib.store().setRead(ids[0], true).ok());
        ASSERT_TRUE(lib.store().setFavourite(ids[1], true).ok());
        QSqlQuery q(lib.db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO feeds (id, url, title, added_at) "
                                          "VALUES (3, 'https://e.com/rss', 'দৈনিক খবর', 'x')")));
        ASSERT_TRUE(q.exec(
            QStringLiteral("INSERT INTO feed_items VALUES (3, 'a', '', %1, 'x'), (3, 'b', '', %2, 'x')")
                .arg(ids[0])
                .arg(ids[2])));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO annotations (article_id, exact, start_pos, end_pos, "
                                          "created_at, modified_at) VALUES (%1, 'খবর', 0, 3, 'x', 'x'), "
                                          "(%1, 'নম্বর', 0, 3, 'x', 'x')")
                               .arg(ids[4])));
    }

    // Clicks a collection in the side bar as the user does.
    static void click(CollectionBar *bar, QTreeWidgetItem *item)
    {
        ASSERT_NE(item, nullptr);
        bar->scrollToItem(item);
        QTest::mouseClick(bar->viewport(), Qt::LeftButton, {}, bar->visualItemRect(item).center());
    }
    static QTreeWidgetItem *item(CollectionBar *bar, const QString &name)
    {
        const QList<QTreeWidgetItem *> found = bar->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.first();
    }
    static void selectRows(QTableView *list, const QList<int> &rows)
    {
        list->clearSelection();
        for (int row : rows)
            list->selectionModel()->select(list->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
};

} // namespace

TEST_F(SideBar, CountsEachCollectionAndShowsItsArticles)
{
    LibraryModel model(lib.db());
    LibraryPane pane(&model);
    pane.resize(420, 800);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    CollectionBar *bar = pane.collections();

    EXPECT_EQ(bar->count(Kind::All), 6);
    EXPECT_EQ(bar->count(Kind::Inbox), 5);
    EXPECT_EQ(bar->count(Kind::Favourites), 1);
    EXPECT_EQ(bar->count(Kind::Archive), 0);
    EXPECT_EQ(bar->count(Kind::Feed, qint64(3)), 1); // one of its two is read

    click(bar, item(bar, QStringLiteral("Inbox")));
    EXPECT_EQ(bar->currentKind(), Kind::Inbox);
    EXPECT_EQ(model.totalCount(), 5);
    click(bar, item(bar, QStringLiteral("দৈনিক খবর")));
    EXPECT_EQ(model.totalCount(), 2);
    click(bar, item(bar, QStringLiteral("Favourites")));
    EXPECT_EQ(model.totalCount(), 1);
    EXPECT_EQ(model.idAt(0), ids[1]);

    // Published date and author are columns, and the list sorts by them.
    click(bar, item(bar, QStringLiteral("All")));
    pane.showColumn(LibraryModel::PublishedColumn, true);
    EXPECT_FALSE(pane.listView()->horizontalHeader()->isSectionHidden(LibraryModel::PublishedColumn));
    EXPECT_EQ(model.index(0, LibraryModel::PublishedColumn).data(Qt::ToolTipRole).toString().left(4),
              QStringLiteral("2026"));
    EXPECT_EQ(model.index(0, LibraryModel::AuthorColumn).data().toString().left(4), QStringLiteral("লেখক"));
    pane.listView()->sortByColumn(LibraryModel::PublishedColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.idAt(0), ids[0]);
    pane.listView()->sortByColumn(LibraryModel::PublishedColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.idAt(0), ids[5]);
}

TEST_F(SideBar, BulkActionsKeepTheCountsRight)
{
    LibraryModel model(lib.db());
    LibraryPane pane(&model);
    pane.resize(420, 800);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    CollectionBar *bar = pane.collections();
    click(bar, item(bar, QStringLiteral("Inbox")));
    ASSERT_EQ(model.totalCount(), 5);

    // Three rows at once, chosen with the keyboard: the first, then shift-down twice.
    QTableView *list = pane.listView();
    list->setFocus();
    list->setCurrentIndex(model.index(0, 0));
    QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);
    ASSERT_EQ(pane.selectedIds().size(), 3);
    const QList<qint64> three = pane.selectedIds();

    // Tag them through the tag field.
    pane.tagField()->setFocus();
    pane.tagField()->insert(QStringLiteral("জরুরি")); // keyClicks types ASCII only
    QTest::keyClick(pane.tagField(), Qt::Key_Return);
    EXPECT_TRUE(pane.tagField()->text().isEmpty());
    ASSERT_NE(item(bar, QStringLiteral("জরুরি")), nullptr);
    const qint64 tagId = TagStore(lib.db()).tags().value().first().id;
    EXPECT_EQ(bar->count(Kind::Tag, tagId), 3);
    // The field now offers the tag as the user types part of it.
    auto *names = qobject_cast<QStringListModel *>(pane.tagField()->completer()->model());
    ASSERT_NE(names, nullptr);
    EXPECT_EQ(names->stringList(), QStringList{QStringLiteral("জরুরি")});

    // Archive them: they leave the inbox, the counts follow.
    ASSERT_TRUE(pane.setFlagOfSelection(LibraryStore::Flag::Archived, true));
    EXPECT_EQ(model.totalCount(), 2);
    EXPECT_EQ(bar->count(Kind::Inbox), 2);
    EXPECT_EQ(bar->count(Kind::Archive), 3);
    EXPECT_EQ(bar->currentKind(), Kind::Inbox);

    // In the archive, all three; delete them with one question.
    click(bar, item(bar, QStringLiteral("Archive")));
    ASSERT_EQ(model.totalCount(), 3);
    list->selectAll();
    EXPECT_EQ(pane.selectedIds().size(), 3);
    int annotations = 0;
    for (int row = 0; row < 3; ++row)
        annotations += model.index(row, LibraryModel::AnnotationsColumn).data().toInt();
    const QString question = LibraryPane::deleteQuestion(3, annotations);
    EXPECT_TRUE(question.contains(QLatin1Char('3')));
    EXPECT_EQ(annotations > 0, question.contains(QString::number(annotations) + QLatin1Char(' ')));
    QList<qint64> deleted;
    QObject::connect(&pane, &LibraryPane::articlesDeleted, [&](const QList<qint64> &d) { deleted = d; });
    ASSERT_TRUE(pane.deleteSelection(true));
    std::sort(deleted.begin(), deleted.end());
    QList<qint64> sortedThree = three;
    std::sort(sortedThree.begin(), sortedThree.end());
    EXPECT_EQ(deleted, sortedThree);
    EXPECT_EQ(bar->count(Kind::All), 3);
    EXPECT_EQ(bar->count(Kind::Archive), 0);
    EXPECT_EQ(bar->count(Kind::Tag, tagId), 0);
}

TEST_F(SideBar, SavedSearchesAreCollections)
{
    LibraryModel model(lib.db());
    LibraryPane pane(&model);
    pane.show();
    CollectionBar *bar = pane.collections();
    bar->saveSearch(QStringLiteral("প্রথম ভাগ"), QStringLiteral("published:2026-01..2026-03 -is:favourite"));
    click(bar, item(bar, QStringLiteral("প্রথম ভাগ")));
    EXPECT_EQ(bar->currentKind(), Kind::SavedSearch);
    EXPECT_EQ(model.totalCount(), 2); // January and March; February is the favourite
    bar->removeSearch(QStringLiteral("প্রথম ভাগ"));
    EXPECT_EQ(bar->currentKind(), Kind::All);
    EXPECT_EQ(model.totalCount(), 6);
}

TEST_F(SideBar, RowsDroppedOnATagOrTheArchive)
{
    ASSERT_TRUE(
        TagStore(lib.db()).add({ids[0]}, QStringLiteral("পরে পড়ব")).ok()); // not among the rows dragged
    LibraryModel model(lib.db());
    LibraryPane pane(&model);
    pane.resize(420, 800);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    CollectionBar *bar = pane.collections();
    QTableView *list = pane.listView();
    selectRows(list, {0, 1});
    const QList<qint64> two = pane.selectedIds();
    ASSERT_EQ(two.size(), 2);
    ASSERT_FALSE(two.contains(ids[0]));

    // What the list hands a drag, dropped where the user lets go.
    const auto drop = [&](QTreeWidgetItem *target) {
        std::unique_ptr<QMimeData> data(model.mimeData(list->selectionModel()->selectedRows()));
        EXPECT_EQ(LibraryModel::idsOf(data.get()), two);
        const QPoint at = bar->visualItemRect(target).center();
        QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(bar->viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(bar->viewport(), &move);
        EXPECT_TRUE(move.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(bar->viewport(), &dropped);
    };
    const qint64 tag = TagStore(lib.db()).tags().value().first().id;
    drop(item(bar, QStringLiteral("পরে পড়ব")));
    EXPECT_EQ(bar->count(Kind::Tag, tag), 3);
    drop(item(bar, QStringLiteral("Archive")));
    EXPECT_EQ(bar->count(Kind::Archive), 2);
    // A drop on All means nothing and is refused.
    std::unique_ptr<QMimeData> data(model.mimeData(list->selectionModel()->selectedRows()));
    const QPoint at = bar->visualItemRect(item(bar, QStringLiteral("All"))).center();
    QDragMoveEvent move(at, Qt::CopyAction, data.get(), Qt::LeftButton, {});
    QApplication::sendEvent(bar->viewport(), &move);
    EXPECT_FALSE(move.isAccepted());
}
