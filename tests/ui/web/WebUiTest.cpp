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

// Waits for a signal while counting how often a 10 ms timer in the GUI
// thread fired: the window stays responsive when it keeps ticking.
template <typename Sender, typename Signal>
int waitCountingTicks(Sender *sender, Signal signal, int timeoutMs = 30000)
{
    QEventLoop loop;
    int ticks = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] { ++ticks; });
    tick.start(10);
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ticks;
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

    // A page that never answers beside one that does: the GUI thread keeps
    // running while the worker waits for the 1 s timeout.
    qputenv("PATHAK_NETWORK_TIMEOUT", "1");
    ASSERT_TRUE(actions->saveUrls(
        {server.urlString(QStringLiteral("/slow")), server.urlString(QStringLiteral("/news-jsonld.html"))}));
    EXPECT_FALSE(
        actions->saveUrls({server.urlString(QStringLiteral("/news-plain.html"))})); // one save at a time
    const int ticks = waitCountingTicks(actions, &WebActions::savingFinished);
    qunsetenv("PATHAK_NETWORK_TIMEOUT");
    EXPECT_GE(ticks, 40); // about 100 in the second the slow page took
    auto *box = window.findChild<QMessageBox *>();
    ASSERT_NE(box, nullptr); // the failure is shown, without blocking
    EXPECT_TRUE(box->text().contains(QStringLiteral("timed out"))) << box->text().toStdString();
    EXPECT_EQ(window.store().count().value(), 1);
    const qint64 id = window.currentArticleId();
    ASSERT_GT(id, 0);
    Result<StoredArticle> saved = window.store().article(id);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->article.title, QStringLiteral("পদ্মা সেতুতে এক দিনে রেকর্ড যান চলাচল"));
    EXPECT_EQ(window.store().image(id).value(), readAll(dataDir() + QStringLiteral("/web/images/lead.png")));
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
    waitCountingTicks(dialog, &FeedsDialog::workFinished);
    EXPECT_FALSE(dialog->isBusy());
    EXPECT_EQ(dialog->feedCount(), 1);
    EXPECT_EQ(window.store().count().value(), 2);

    ASSERT_TRUE(dialog->subscribe(server.urlString(QStringLiteral("/broken-items.rss"))));
    waitCountingTicks(dialog, &FeedsDialog::workFinished);
    ASSERT_EQ(dialog->feedCount(), 2);
    auto *list = dialog->findChild<QTreeWidget *>();
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(list->topLevelItem(1)->text(3).contains(QStringLiteral("HTTP 404 Not Found")))
        << list->topLevelItem(1)->text(3).toStdString();
    EXPECT_EQ(list->topLevelItem(0)->text(3), QStringLiteral("OK"));

    // The refresh runs on its worker: refresh() returns while it is busy, and
    // the end arrives through the event loop. (Counting timer ticks here would
    // depend on the machine: a local refresh can end within one 10 ms tick.)
    QSignalSpy finished(dialog, &FeedsDialog::workFinished);
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
