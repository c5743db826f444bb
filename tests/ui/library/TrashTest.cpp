// Deleting from the window goes to the trash: the status bar's Undo brings
// the articles back with their annotations, and the Trash dialog restores,
// deletes for good and empties.
#include "annotation/AnnotationStore.h"
#include "library/ArticleTrash.h"
#include "library/LibraryDatabase.h"
#include "TestLibrary.h"
#include "ui/app/ReaderApp.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryPane.h"
#include "ui/library/TrashDialog.h"
#include "ui/window/MainWindow.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;
using namespace pathak::ui;

namespace {

class Trash : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Result<std::unique_ptr<LibraryDatabase>> db =
            LibraryDatabase::open(m_dir.filePath(QStringLiteral("lib.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        {
            LibraryStore store(*db.value());
            QList<NewArticle> articles;
            for (const QString &body :
                 {QStringLiteral("পদ্মায় ইলিশ ধরা পড়ছে।"), QStringLiteral("সিলেটে ভারী বৃষ্টি হয়েছে।"),
                  QStringLiteral("ঢাকায় যানজট কমেছে।")}) {
                NewArticle a;
                a.article.title = body.left(8);
                a.article.paragraphs = {body};
                articles.append(a);
            }
            m_ids = storeArticles(store, articles);
            ASSERT_EQ(m_ids.size(), 3);
            AnnotationStore notes(*db.value());
            ASSERT_TRUE(notes.create(m_ids[0], {0, 6}, AnnotationColor::Pink, QStringLiteral("মাছ")).ok());
        }
        m_app = std::make_unique<ReaderApp>(std::move(db).value());
        m_app->window().libraryModel()->reload();
    }

    MainWindow &window() { return m_app->window(); }
    int rows() { return window().libraryModel()->rowCount(); }
    void select(const QList<int> &rowsToSelect)
    {
        QTableView *list = window().libraryPane()->listView();
        list->clearSelection();
        for (int row : rowsToSelect)
            list->selectionModel()->select(window().libraryModel()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    QTemporaryDir m_dir;
    QList<qint64> m_ids;
    std::unique_ptr<ReaderApp> m_app;
};

} // namespace

TEST_F(Trash, UndoDeleteBringsTheArticlesBackWithTheirAnnotations)
{
    QToolButton *undo = window().findChild<QToolButton *>(QStringLiteral("undoDelete"));
    ASSERT_NE(undo, nullptr);
    EXPECT_TRUE(undo->isHidden());
    ASSERT_EQ(rows(), 3);
    select({0, 1, 2});
    ASSERT_TRUE(window().libraryPane()->deleteSelection(true));
    EXPECT_EQ(rows(), 0);
    EXPECT_FALSE(undo->isHidden());
    ASSERT_TRUE(undo->defaultAction()->isEnabled());
    EXPECT_EQ(ArticleTrash(window().database()).entries().value().size(), 3);

    undo->click();
    EXPECT_EQ(rows(), 3);
    EXPECT_TRUE(undo->isHidden());
    EXPECT_FALSE(undo->defaultAction()->isEnabled());
    EXPECT_TRUE(ArticleTrash(window().database()).entries().value().isEmpty());
    const QList<Annotation> notes = AnnotationStore(window().database()).forArticle(m_ids[0]).value();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes[0].note, QStringLiteral("মাছ"));
}

TEST_F(Trash, TheTrashDialogRestoresDeletesForGoodAndEmpties)
{
    select({0, 1, 2});
    ASSERT_TRUE(window().libraryPane()->deleteSelection(true));
    TrashDialog dialog(window().database(), &window());
    QTreeWidget *list = dialog.list();
    ASSERT_EQ(list->topLevelItemCount(), 3);
    // One annotation went with the first article; the count column says so.
    int annotations = 0;
    for (int i = 0; i < 3; ++i)
        annotations += list->topLevelItem(i)->text(2).toInt();
    EXPECT_EQ(annotations, 1);

    QObject::connect(&dialog, &TrashDialog::restored, &window(),
                     [this](const QList<qint64> &) { window().libraryModel()->reload(); });
    QSignalSpy restored(&dialog, &TrashDialog::restored);
    list->clearSelection();
    list->topLevelItem(0)->setSelected(true);
    dialog.restoreSelection();
    ASSERT_EQ(restored.size(), 1);
    EXPECT_EQ(restored.first().first().value<QList<qint64>>().size(), 1);
    EXPECT_EQ(list->topLevelItemCount(), 2);
    EXPECT_EQ(rows(), 1);

    list->clearSelection();
    list->topLevelItem(0)->setSelected(true);
    dialog.purgeSelection(true);
    EXPECT_EQ(list->topLevelItemCount(), 1);
    dialog.emptyTrash(true);
    EXPECT_EQ(list->topLevelItemCount(), 0);
    EXPECT_TRUE(ArticleTrash(window().database()).entries().value().isEmpty());
    EXPECT_EQ(rows(), 1);
}
