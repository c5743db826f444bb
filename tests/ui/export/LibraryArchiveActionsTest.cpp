// File → Export Library… and Import Library…: the whole library to a ZIP on
// a worker thread, and read into another reader's library, whose list then
// shows it.
#include "ui/export/LibraryArchiveActions.h"
#include "library/LibraryDatabase.h"
#include "TestLibrary.h"
#include "ui/app/ReaderApp.h"
#include "ui/library/LibraryModel.h"
#include "ui/window/MainWindow.h"

#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;
using namespace pathak::ui;

TEST(LibraryArchiveActions, ExportFromOneReaderImportIntoAnother)
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("library.zip"));
    {
        Result<std::unique_ptr<LibraryDatabase>> db =
            LibraryDatabase::open(dir.filePath(QStringLiteral("a.sqlite")));
        ASSERT_TRUE(db.ok());
        {
            LibraryStore store(*db.value());
            ASSERT_GT(importCorpus(store, 50), 2);
        }
        ReaderApp app(std::move(db).value());
        LibraryArchiveActions *actions = app.libraryArchiveActions();
        ASSERT_NE(actions, nullptr);
        const QList<QAction *> file = app.window().fileMenu()->actions();
        EXPECT_TRUE(file.contains(actions->exportAction()));
        EXPECT_TRUE(file.contains(actions->importAction()));
        EXPECT_FALSE(actions->exportAction()->text().isEmpty());

        QSignalSpy finished(actions, &LibraryArchiveActions::finished);
        ASSERT_TRUE(actions->startExport(zip));
        EXPECT_FALSE(actions->startExport(zip)); // one at a time
        EXPECT_FALSE(actions->exportAction()->isEnabled());
        ASSERT_TRUE(finished.wait(60000));
        EXPECT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
        EXPECT_TRUE(actions->exportAction()->isEnabled());
    }
    ASSERT_TRUE(QFile::exists(zip));

    Result<std::unique_ptr<LibraryDatabase>> other =
        LibraryDatabase::open(dir.filePath(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(other.ok());
    ReaderApp app(std::move(other).value());
    app.window().libraryModel()->reload();
    EXPECT_EQ(app.window().libraryModel()->rowCount(), 0);
    LibraryArchiveActions *actions = app.libraryArchiveActions();
    QSignalSpy finished(actions, &LibraryArchiveActions::finished);
    ASSERT_TRUE(actions->startImport(zip));
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    EXPECT_EQ(app.window().libraryModel()->rowCount(), int(corpusFiles().size()));

    // A damaged archive: a message, nothing stored.
    const QString bad = dir.filePath(QStringLiteral("bad.zip"));
    QFile out(bad);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(readAll(zip).left(200));
    out.close();
    finished.clear();
    ASSERT_TRUE(actions->startImport(bad));
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_FALSE(finished.at(0).at(1).toString().isEmpty());
}
