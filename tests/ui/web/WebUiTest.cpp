// File → Save from URL… and the feeds dialog, driven against the test server.
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "TestHttpServer.h"
#include "TestLibrary.h"
#include "ui/app/ReaderApp.h"
#include "ui/web/FeedsDialog.h"
#include "ui/web/WebActions.h"
#include "ui/window/MainWindow.h"
#include "ui/window/UiLanguage.h"

#include <QAction>
#include <QEventLoop>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;
using namespace pathak::ui;

namespace {

// Runs the event loop until the GUI thread has handled an event posted to
// receiver now: true shows the thread is free to handle the window's events.
bool handlesPostedEvent(QObject *receiver)
{
    bool handled = false;
    QEventLoop loop;
    QMetaObject::invokeMethod(
        receiver,
        [&] {
            handled = true;
            loop.quit();
        },
        Qt::QueuedConnection);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit); // only a hang gets here
    loop.exec();
    return handled;
}

std::unique_ptr<LibraryDatabase> openLibrary(const QString &path)
{
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    EXPECT_TRUE(db.ok());
    return db ? std::move(db).value() : nullptr;
}

} // namespace

TEST(WebUi, SaveFromUrlKeepsTheWindowResponsive)
{
    TestHttpServer server;
    QTemporaryDir dir;
    ReaderApp app(openLibrary(dir.filePath(QStringLiteral("lib.sqlite"))));
    MainWindow &window = app.window();
    auto *actions = app.webActions();
    ASSERT_NE(actions, nullptr);
    EXPECT_TRUE(window.fileMenu()->actions().contains(actions->saveUrlAction()));
    EXPECT_TRUE(window.fileMenu()->actions().contains(actions->feedsAction()));

    // A page the server holds beside one it answers. While the worker
    // waits for the held page, which cannot come before the test releases
    // it, the GUI thread handles the window's events; only then is the page
    // released. The timeouts are the defaults, far off: a hang guard.
    QSignalSpy finished(actions, &WebActions::savingFinished);
    ASSERT_TRUE(actions->saveUrls(
        {server.urlString(QStringLiteral("/held")), server.urlString(QStringLiteral("/news-jsonld.html"))}));
    ASSERT_TRUE(server.waitForRequest(QStringLiteral("/held")));
    EXPECT_TRUE(handlesPostedEvent(&window));
    EXPECT_TRUE(actions->isSaving());
    EXPECT_EQ(finished.count(), 0);
    EXPECT_FALSE(
        actions->saveUrls({server.urlString(QStringLiteral("/news-plain.html"))})); // one save at a time
    server.releaseHeld();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(window.findChild<QMessageBox *>(), nullptr);
    EXPECT_EQ(window.store().count().value(), 2);
    Result<QList<ArticleSummary>> saved = window.store().summaries();
    ASSERT_TRUE(saved.ok());
    qint64 jsonld = 0;
    for (const ArticleSummary &s : saved.value()) {
        if (s.title == QStringLiteral("পদ্মা সেতুতে এক দিনে রেকর্ড যান চলাচল"))
            jsonld = s.id;
    }
    ASSERT_GT(jsonld, 0);
    EXPECT_EQ(window.store().image(jsonld).value(),
              readAll(dataDir() + QStringLiteral("/web/images/lead.png")));

    // A page that never answers: the timeout ends the save, and the failure
    // is shown without blocking.
    qputenv("PATHAK_NETWORK_TIMEOUT", "1");
    ASSERT_TRUE(actions->saveUrls({server.urlString(QStringLiteral("/slow"))}));
    ASSERT_TRUE(finished.wait(30000));
    qunsetenv("PATHAK_NETWORK_TIMEOUT");
    auto *box = window.findChild<QMessageBox *>();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("timed out"))) << box->text().toStdString();
    EXPECT_EQ(window.store().count().value(), 2);
}

TEST(WebUi, FeedsDialogSubscribesRefreshesAndShowsErrors)
{
    TestHttpServer server;
    QTemporaryDir dir;
    ReaderApp app(openLibrary(dir.filePath(QStringLiteral("lib.sqlite"))));
    MainWindow &window = app.window();
    UiLanguage::apply(QStringLiteral("en")); // its plural forms
    FeedsDialog *dialog = app.webActions()->feedsDialog();
    dialog->show();

    ASSERT_TRUE(dialog->subscribe(server.urlString(QStringLiteral("/feed.rss"))));
    EXPECT_TRUE(dialog->isBusy());
    QSignalSpy finished(dialog, &FeedsDialog::workFinished);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(dialog->isBusy());
    EXPECT_EQ(dialog->feedCount(), 1);
    EXPECT_EQ(window.store().count().value(), 2);

    ASSERT_TRUE(dialog->subscribe(server.urlString(QStringLiteral("/broken-items.rss"))));
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_EQ(dialog->feedCount(), 2);
    auto *list = dialog->findChild<QTreeWidget *>();
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(list->topLevelItem(1)->text(3).contains(QStringLiteral("HTTP 404 Not Found")))
        << list->topLevelItem(1)->text(3).toStdString();
    EXPECT_EQ(list->topLevelItem(0)->text(3), QStringLiteral("OK"));

    // The refresh runs on its worker: refresh() returns while it is busy, and
    // the end arrives through the event loop.
    finished.clear();
    ASSERT_TRUE(dialog->refresh({}));
    EXPECT_TRUE(dialog->isBusy());
    EXPECT_EQ(finished.count(), 0);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(dialog->isBusy());
    EXPECT_EQ(server.requestCount(QStringLiteral("/feed.rss")), 2);
    // The summary counts articles and failed feeds each in its own plural form.
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("feedsStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->text(), QStringLiteral("0 new articles saved. 1 feed had errors (see Status)."));
    EXPECT_EQ(server.lastIfNoneMatch(QStringLiteral("/feed.rss")), QByteArray("\"rss-v1\""));

    const QString shot = qEnvironmentVariable("PATHAK_WEB_UI_SCREENSHOT");
    if (!shot.isEmpty())
        dialog->grab().save(shot);
}
