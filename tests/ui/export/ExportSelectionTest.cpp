// Several articles chosen in the list go to one Markdown file, from the
// list's context menu as from the File menu.
#include "library/LibraryDatabase.h"
#include "TestLibrary.h"
#include "ui/app/ReaderApp.h"
#include "ui/export/ExportActions.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryPane.h"
#include "ui/window/MainWindow.h"

#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;
using namespace pathak::ui;

TEST(ExportSelection, TheSelectedRowsGoToOneFile)
{
    QTemporaryDir dir;
    Result<std::unique_ptr<LibraryDatabase>> db =
        LibraryDatabase::open(dir.filePath(QStringLiteral("lib.sqlite")));
    ASSERT_TRUE(db.ok());
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
        ASSERT_EQ(storeArticles(store, articles).size(), 3);
    }
    ReaderApp app(std::move(db).value());
    MainWindow &window = app.window();
    window.libraryModel()->reload();
    QTableView *list = window.libraryPane()->listView();
    ExportActions *actions = app.exportActions();
    // The list offers the export actions in its context menu.
    EXPECT_TRUE(list->actions().contains(actions->markdownAction()));
    EXPECT_TRUE(list->actions().contains(actions->pdfAction()));

    list->selectionModel()->select(window.libraryModel()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    list->selectionModel()->select(window.libraryModel()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<qint64> ids = actions->articlesToExport();
    ASSERT_EQ(ids.size(), 2);
    EXPECT_EQ(ids, window.libraryPane()->selectedIds());

    ExportRequest request;
    request.format = ExportRequest::Format::Markdown;
    request.path = dir.filePath(QStringLiteral("two.md"));
    QSignalSpy finished(actions, &ExportActions::exportFinished);
    ASSERT_TRUE(actions->startExport(ids, request));
    ASSERT_TRUE(finished.wait(60000));
    const QString text = QString::fromUtf8(readAll(request.path));
    int found = 0;
    for (const QString &word : {QStringLiteral("ইলিশ"), QStringLiteral("বৃষ্টি"), QStringLiteral("যানজট")})
        found += text.contains(word) ? 1 : 0;
    EXPECT_EQ(found, 2) << text.toStdString();
}
