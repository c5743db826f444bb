#include "ui/annotation/AnnotationDock.h"
#include "annotation/AnnotationStore.h"
#include "AnnotationFixtures.h"
#include "import/ArticleImporter.h"
#include "TestLibrary.h"
#include "ui/annotation/AnnotationFilterModel.h"
#include "ui/annotation/AnnotationListModel.h"
#include "ui/annotation/AnnotationUndo.h"
#include "ui/annotation/LibraryAnnotationsDock.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoGroup>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;
using namespace pathak::ui;

TEST(AnnotationDock, EditsGoThroughTheUndoStack)
{
    TestLibrary lib;
    const qint64 id = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    AnnotationStore store(lib.db());
    AnnotationUndo undo;
    AnnotationDock dock(store, undo);
    dock.resize(320, 500);
    dock.show();
    QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dock.setArticle(id);
    const Annotation a = store.create(id, find(lib, id, QStringLiteral("ক্রেমলিনের মতে"))).value();
    ASSERT_EQ(dock.model()->rowCount(), 1);

    QSignalSpy activated(&dock, &AnnotationDock::passageActivated);
    dock.select(a.id);
    emit dock.view()->clicked(dock.view()->currentIndex());
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.first().at(1).toInt(), a.start);

    dock.setColor(AnnotationColor::Green);
    EXPECT_EQ(store.annotation(a.id)->color, AnnotationColor::Green);
    dock.select(a.id);
    dock.deleteCurrent();
    EXPECT_EQ(dock.model()->rowCount(), 0);
    EXPECT_EQ(undo.stackFor(id)->count(), 2);
    undo.group()->undo();
    ASSERT_EQ(dock.model()->rowCount(), 1);
    undo.group()->undo();
    EXPECT_EQ(store.annotation(a.id)->color, AnnotationColor::Yellow);
    EXPECT_GT(dock.view()->sizeHintForRow(0), 20);
}

TEST(LibraryAnnotationsDock, FiltersAndOpensTheArticleAtThePassage)
{
    TestLibrary lib;
    const qint64 seed = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    const qint64 rain = importFile(lib, QStringLiteral("rain-with-comments.txt"));
    AnnotationStore store(lib.db());
    LibraryAnnotationsDock dock(store);
    dock.reload({{seed, QStringLiteral("ল্যাভরভ")}, {rain, QStringLiteral("বৃষ্টি")}});
    ASSERT_TRUE(
        store.create(seed, find(lib, seed, QStringLiteral("শান্তি আলোচনার")), AnnotationColor::Green).ok());
    const Annotation r =
        store.create(rain, find(lib, rain, QStringLiteral("ভারী বৃষ্টি")), AnnotationColor::Blue).value();
    EXPECT_EQ(dock.filter()->rowCount(), 2);

    dock.colorFilter()->setCurrentIndex(dock.colorFilter()->findData(QStringLiteral("blue")));
    ASSERT_EQ(dock.filter()->rowCount(), 1);
    dock.colorFilter()->setCurrentIndex(0);
    dock.textFilter()->setText(QStringLiteral("শান্তি"));
    ASSERT_EQ(dock.filter()->rowCount(), 1);
    dock.textFilter()->clear();

    QSignalSpy open(&dock, &LibraryAnnotationsDock::openRequested);
    const QModelIndex last = dock.filter()->index(1, 0);
    emit dock.view()->activated(last);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().at(0).toLongLong(), rain);
    EXPECT_EQ(open.first().at(1).toInt(), r.start);
}

TEST(LibraryAnnotationsDock, SearchesWordByWordFiltersByTimeAndSorts)
{
    TestLibrary lib;
    const qint64 seed = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    const qint64 rain = importFile(lib, QStringLiteral("rain-with-comments.txt"));
    AnnotationStore store(lib.db());
    LibraryAnnotationsDock dock(store);
    QAbstractItemModelTester tester(dock.filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dock.reload({{seed, QStringLiteral("ল্যাভরভ")}, {rain, QStringLiteral("বৃষ্টি")}});
    const Annotation older =
        store.create(seed, find(lib, seed, QStringLiteral("রাশিয়া-মার্কিন")), AnnotationColor::Pink).value();
    const Annotation newer = store
                                 .create(rain, find(lib, rain, QStringLiteral("ভারী বৃষ্টি")),
                                         AnnotationColor::Blue, QStringLiteral("১২ ঘণ্টা"))
                                 .value();
    // An old one, as if made last year.
    Annotation aged = store.annotation(older.id).value();
    QSqlQuery q(lib.db().connection());
    q.prepare(QStringLiteral("UPDATE annotations SET created_at = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-400).toString(Qt::ISODate));
    q.addBindValue(aged.id);
    ASSERT_TRUE(q.exec());
    dock.reload({{seed, QStringLiteral("ল্যাভরভ")}, {rain, QStringLiteral("বৃষ্টি")}});
    ASSERT_EQ(dock.filter()->rowCount(), 2);

    // Newest first by default.
    EXPECT_EQ(dock.filter()->index(0, 0).data(AnnotationListModel::IdRole).toLongLong(), newer.id);
    dock.orderChoice()->setCurrentIndex(1); // oldest first
    EXPECT_EQ(dock.filter()->index(0, 0).data(AnnotationListModel::IdRole).toLongLong(), older.id);

    // The start of a word finds it, Bengali digits match ASCII ones.
    dock.textFilter()->setText(QStringLiteral("রাশি"));
    ASSERT_EQ(dock.filter()->rowCount(), 1);
    dock.textFilter()->setText(QStringLiteral("12"));
    ASSERT_EQ(dock.filter()->rowCount(), 1);
    EXPECT_EQ(dock.filter()->index(0, 0).data(AnnotationListModel::IdRole).toLongLong(), newer.id);
    dock.textFilter()->clear();

    // The last 30 days leave the old one out.
    dock.timeFilter()->setCurrentIndex(dock.timeFilter()->findData(30));
    ASSERT_EQ(dock.filter()->rowCount(), 1);
    EXPECT_EQ(dock.filter()->index(0, 0).data(AnnotationListModel::IdRole).toLongLong(), newer.id);
    dock.timeFilter()->setCurrentIndex(0);
    EXPECT_EQ(dock.filter()->rowCount(), 2);
}

TEST(LibraryAnnotationsDock, FiltersByTheArticlesTag)
{
    TestLibrary lib;
    const qint64 seed = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    const qint64 rain = importFile(lib, QStringLiteral("rain-with-comments.txt"));
    AnnotationStore store(lib.db());
    LibraryAnnotationsDock dock(store);
    QAbstractItemModelTester tester(dock.filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(store.create(seed, find(lib, seed, QStringLiteral("রাশিয়া-মার্কিন"))).ok());
    const Annotation r = store.create(rain, find(lib, rain, QStringLiteral("ভারী বৃষ্টি"))).value();
    dock.reload({{seed, QStringLiteral("ল্যাভরভ")}, {rain, QStringLiteral("বৃষ্টি")}},
                {{rain, {QStringLiteral("আবহাওয়া")}}, {seed, {QStringLiteral("রাজনীতি")}}});
    ASSERT_EQ(dock.tagFilter()->count(), 3); // all tags, and the two
    dock.tagFilter()->setCurrentIndex(dock.tagFilter()->findText(QStringLiteral("আবহাওয়া")));
    ASSERT_EQ(dock.filter()->rowCount(), 1);
    EXPECT_EQ(dock.filter()->index(0, 0).data(AnnotationListModel::IdRole).toLongLong(), r.id);
    // Reloaded, the chosen tag stays chosen.
    dock.reload({{seed, QStringLiteral("ল্যাভরভ")}, {rain, QStringLiteral("বৃষ্টি")}},
                {{rain, {QStringLiteral("আবহাওয়া")}}});
    EXPECT_EQ(dock.tagFilter()->currentText(), QStringLiteral("আবহাওয়া"));
    EXPECT_EQ(dock.filter()->rowCount(), 1);
    dock.tagFilter()->setCurrentIndex(0);
    EXPECT_EQ(dock.filter()->rowCount(), 2);
}
