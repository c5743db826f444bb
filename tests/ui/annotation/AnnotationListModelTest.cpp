#include "ui/annotation/AnnotationListModel.h"
#include "annotation/AnnotationStore.h"
#include "AnnotationFixtures.h"
#include "import/ArticleImporter.h"
#include "TestLibrary.h"
#include "ui/annotation/AddAnnotationCommand.h"
#include "ui/annotation/AnnotationFilterModel.h"
#include "ui/annotation/EditAnnotationCommand.h"
#include "ui/annotation/RemoveAnnotationCommand.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;
using namespace pathak::ui;

namespace {

QStringList quotes(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, 0).data(AnnotationListModel::QuoteRole).toString());
    return out;
}

} // namespace

TEST(AnnotationListModel, FollowsTheStoreInReadingOrder)
{
    TestLibrary lib;
    const qint64 seed = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    const qint64 rain = importFile(lib, QStringLiteral("rain-with-comments.txt"));
    AnnotationStore store(lib.db());
    AnnotationListModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setArticle(seed);
    QUndoStack stack;

    stack.push(new AddAnnotationCommand(store, seed, find(lib, seed, QStringLiteral("শান্তি আলোচনার")),
                                        AnnotationColor::Green));
    stack.push(new AddAnnotationCommand(store, seed, find(lib, seed, QStringLiteral("ক্রেমলিনের মতে")),
                                        AnnotationColor::Blue));
    stack.push(new AddAnnotationCommand(store, rain, find(lib, rain, QStringLiteral("ভারী বৃষ্টি")),
                                        AnnotationColor::Blue));
    EXPECT_EQ(quotes(model), (QStringList{QStringLiteral("ক্রেমলিনের মতে"), QStringLiteral("শান্তি আলোচনার")}));
    EXPECT_EQ(model.index(0, 0).data(AnnotationListModel::ColorRole).toString(), QStringLiteral("blue"));

    const Annotation first = model.annotationAt(0);
    stack.push(new EditAnnotationCommand(store, first, AnnotationColor::Purple, QStringLiteral("নোট")));
    EXPECT_EQ(model.index(0, 0).data(AnnotationListModel::NoteRole).toString(), QStringLiteral("নোট"));
    EXPECT_EQ(model.index(0, 0).data(AnnotationListModel::ColorRole).toString(), QStringLiteral("purple"));
    stack.push(new RemoveAnnotationCommand(store, model.annotationAt(1)));
    EXPECT_EQ(model.rowCount(), 1);
    stack.undo();
    EXPECT_EQ(model.rowCount(), 2);
    stack.undo();
    EXPECT_TRUE(model.index(0, 0).data(AnnotationListModel::NoteRole).toString().isEmpty());

    // Re-anchoring after a text change moves rows; the orphan stays listed.
    QSqlQuery q(lib.db().connection());
    q.prepare(QStringLiteral("UPDATE paragraphs SET text = ? || replace(text, ?, ?) WHERE article_id = ?"));
    q.addBindValue(QStringLiteral("নতুন। "));
    q.addBindValue(QStringLiteral("ক্রেমলিনের মতে"));
    q.addBindValue(QStringLiteral("ক্রেমলিন বলছে"));
    q.addBindValue(seed);
    ASSERT_TRUE(q.exec());
    ASSERT_TRUE(store.reanchor(seed).ok());
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_FALSE(model.index(0, 0).data(AnnotationListModel::OrphanedRole).toBool() &&
                 model.index(1, 0).data(AnnotationListModel::OrphanedRole).toBool());
    int orphans = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        orphans += model.index(r, 0).data(AnnotationListModel::OrphanedRole).toBool();
    EXPECT_EQ(orphans, 1);

    model.setArticle(rain);
    EXPECT_EQ(model.rowCount(), 1);
    model.setArticle(0);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(AnnotationListModel, LibraryViewFiltersByColourAndText)
{
    TestLibrary lib;
    const qint64 seed = importFile(lib, QStringLiteral("seed-lavrov-rubio.txt"));
    const qint64 rain = importFile(lib, QStringLiteral("rain-with-comments.txt"));
    AnnotationStore store(lib.db());
    AnnotationListModel model(store);
    model.showLibrary({{seed, QStringLiteral("ল্যাভরভ")}, {rain, QStringLiteral("বৃষ্টি")}});
    AnnotationFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_TRUE(
        store.create(seed, find(lib, seed, QStringLiteral("শান্তি আলোচনার")), AnnotationColor::Green).ok());
    ASSERT_TRUE(store
                    .create(rain, find(lib, rain, QStringLiteral("ভারী বৃষ্টি")), AnnotationColor::Blue,
                            QStringLiteral("ঢাকায় জলাবদ্ধতা"))
                    .ok());
    ASSERT_TRUE(
        store.create(rain, find(lib, rain, QStringLiteral("সুনামগঞ্জের")), AnnotationColor::Green).ok());
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 0).data(AnnotationListModel::ArticleTitleRole).toString(),
              QStringLiteral("ল্যাভরভ"));

    filter.setColor(AnnotationColor::Green);
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setText(QStringLiteral("সুনামগঞ্জ"));
    EXPECT_EQ(quotes(filter), QStringList{QStringLiteral("সুনামগঞ্জের")});
    filter.setColor(std::nullopt);
    filter.setText(QStringLiteral("জলাবদ্ধতা")); // in a note
    EXPECT_EQ(quotes(filter), QStringList{QStringLiteral("ভারী বৃষ্টি")});
    filter.setText(QStringLiteral("বৃষ্টি")); // quote or article title
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setText({});
    EXPECT_EQ(filter.rowCount(), 3);
}
