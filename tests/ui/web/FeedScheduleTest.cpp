// Feeds refreshed on a schedule, in the background, against the test server.
#include "ui/web/FeedSchedule.h"
#include "feeds/FeedStore.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "TestHttpServer.h"
#include "ui/app/ReaderApp.h"
#include "ui/library/CollectionBar.h"
#include "ui/library/LibraryPane.h"
#include "ui/web/WebActions.h"
#include "ui/window/MainWindow.h"
#include "ui/window/SettingsDialog.h"
#include "ui/window/WindowEvents.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;
using namespace pathak::ui;

TEST(FeedSchedule, RefreshesInTheBackgroundAndTheCountsFollow)
{
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();
    EXPECT_EQ(FeedSchedule::intervalHours(), FeedSchedule::defaultHours);
    TestHttpServer server;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
    {
        // The subscription alone, as if made earlier; no item saved yet.
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(FeedStore(*db.value()).add(server.urlString(QStringLiteral("/feed.rss"))).ok());
    }
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
    ASSERT_TRUE(db.ok());
    ReaderApp app(std::move(db).value());
    FeedSchedule *schedule = app.webActions()->feedSchedule();
    ASSERT_NE(schedule, nullptr);
    // Armed on the setting's interval (the test never waits for it).
    EXPECT_TRUE(schedule->timer().isActive());
    EXPECT_EQ(schedule->timer().intervalAsDuration(), std::chrono::hours(FeedSchedule::defaultHours));

    CollectionBar *bar = app.window().libraryPane()->collections();
    EXPECT_EQ(bar->count(CollectionBar::Kind::Inbox), 0);
    QSignalSpy refreshed(schedule, &FeedSchedule::refreshed);
    ASSERT_TRUE(schedule->refreshNow());
    EXPECT_FALSE(schedule->refreshNow()); // one at a time
    ASSERT_TRUE(refreshed.wait(60000));
    EXPECT_EQ(refreshed.first().first().toInt(), 2);
    EXPECT_EQ(bar->count(CollectionBar::Kind::Inbox), 2);
    EXPECT_EQ(bar->count(CollectionBar::Kind::Feed, qint64(1)), 2);

    // The settings dialog offers the interval; accepting it re-arms the timer.
    {
        SettingsDialog dialog(ReaderSettings{}, QStringLiteral("system"));
        auto *hours = dialog.findChild<QSpinBox *>(QStringLiteral("feedRefreshHours"));
        ASSERT_NE(hours, nullptr);
        EXPECT_EQ(hours->value(), FeedSchedule::defaultHours);
        hours->setValue(5);
        EXPECT_EQ(dialog.feedRefreshHours(), 5);
    }
    QSettings().setValue(QLatin1String(FeedSchedule::settingKey), 5);
    emit app.window().events().settingsChanged();
    EXPECT_EQ(schedule->timer().intervalAsDuration(), std::chrono::hours(5));
    QSettings().setValue(QLatin1String(FeedSchedule::settingKey), 0);
    emit app.window().events().settingsChanged();
    EXPECT_FALSE(schedule->timer().isActive());
}
