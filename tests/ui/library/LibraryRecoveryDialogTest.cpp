// The reader's side of a damaged library: what the dialog offers, and that
// each choice opens a working library while the damaged file is kept.
#include "ui/library/LibraryRecoveryDialog.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryRecovery.h"
#include "library/LibraryStore.h"
#include "library/sqlite/ReadStop.h"
#include "TestLibrary.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;
using pathak::ui::LibraryRecoveryDialog;

namespace {

// A library of the corpus articles with a backup, then cut short.
QString damagedLibraryWithBackup(const QTemporaryDir &dir, QByteArray *damaged)
{
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path);
        EXPECT_TRUE(db.ok());
    }
    EXPECT_EQ(runPathak({QStringLiteral("--library"), path, QStringLiteral("import"), dataDir()}).exitCode,
              0);
    EXPECT_TRUE(LibraryRecovery::refreshBackup(path, 0).ok());
    *damaged = readAll(path).left(4096);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(*damaged);
    return path;
}

QStringList damagedCopies(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("library.sqlite.damaged-*")}, QDir::Files);
}

} // namespace

TEST(LibraryRecoveryDialog, OffersTheBackupWhenThereIsOne)
{
    LibraryRecoveryDialog withBackup(QStringLiteral("/x/library.sqlite"),
                                     QStringLiteral("library file is damaged"), QDateTime::currentDateTime());
    QStringList labels;
    for (QAbstractButton *b : withBackup.buttons())
        labels.append(b->text());
    EXPECT_TRUE(labels.contains(QStringLiteral("Restore the backup")));
    EXPECT_TRUE(labels.contains(QStringLiteral("Start a new library")));
    EXPECT_TRUE(labels.contains(QStringLiteral("Quit")));
    EXPECT_TRUE(withBackup.informativeText().contains(QStringLiteral("library file is damaged")));
    EXPECT_EQ(withBackup.choice(), LibraryRecoveryDialog::Choice::Quit);

    LibraryRecoveryDialog without(QStringLiteral("/x/library.sqlite"), QStringLiteral("damaged"),
                                  QDateTime());
    EXPECT_EQ(without.buttons().size(), 2);
    EXPECT_TRUE(without.informativeText().contains(QStringLiteral("no backup")));
}

TEST(LibraryRecoveryDialog, RestoreBringsTheArticlesBack)
{
    QTemporaryDir dir;
    QByteArray damaged;
    const QString path = damagedLibraryWithBackup(dir, &damaged);
    QString askedReason;
    std::unique_ptr<LibraryDatabase> db = LibraryRecoveryDialog::openLibrary(
        path, nullptr, [&](const QString &, const QString &reason, const QDateTime &backup) {
            askedReason = reason;
            EXPECT_TRUE(backup.isValid());
            return LibraryRecoveryDialog::Choice::RestoreBackup;
        });
    ASSERT_TRUE(db);
    EXPECT_TRUE(askedReason.startsWith(QStringLiteral("library file is damaged")))
        << askedReason.toStdString();
    EXPECT_EQ(LibraryStore(*db).count().value(), int(corpusFiles().size()));
    const QStringList aside = damagedCopies(dir);
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(readAll(dir.filePath(aside.first())), damaged);
}

TEST(LibraryRecoveryDialog, FreshLibraryKeepsTheDamagedFile)
{
    QTemporaryDir dir;
    QByteArray damaged;
    const QString path = damagedLibraryWithBackup(dir, &damaged);
    std::unique_ptr<LibraryDatabase> db = LibraryRecoveryDialog::openLibrary(
        path, nullptr, [](const QString &, const QString &, const QDateTime &) {
            return LibraryRecoveryDialog::Choice::StartFresh;
        });
    ASSERT_TRUE(db);
    EXPECT_EQ(LibraryStore(*db).count().value(), 0);
    ASSERT_EQ(damagedCopies(dir).size(), 1);
    EXPECT_EQ(readAll(dir.filePath(damagedCopies(dir).first())), damaged);
}

TEST(LibraryRecoveryDialog, QuitLeavesEverythingAsItWas)
{
    QTemporaryDir dir;
    QByteArray damaged;
    const QString path = damagedLibraryWithBackup(dir, &damaged);
    int asked = 0;
    std::unique_ptr<LibraryDatabase> db = LibraryRecoveryDialog::openLibrary(
        path, nullptr, [&](const QString &, const QString &, const QDateTime &) {
            ++asked;
            return LibraryRecoveryDialog::Choice::Quit;
        });
    EXPECT_FALSE(db);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(readAll(path), damaged);
    EXPECT_TRUE(damagedCopies(dir).isEmpty());
}

TEST(LibraryRecoveryDialog, DamageInsideIsFoundOnOpening)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    ASSERT_EQ(runPathak({QStringLiteral("--library"), path, QStringLiteral("import"), dataDir()}).exitCode,
              0);
    QByteArray bytes = readAll(path);
    // Scribble over every page but the first: the file opens, a full read fails.
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char(i * 7);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    int asked = 0;
    std::unique_ptr<LibraryDatabase> db = LibraryRecoveryDialog::openLibrary(
        path, nullptr, [&](const QString &, const QString &, const QDateTime &backup) {
            ++asked;
            EXPECT_FALSE(backup.isValid());
            return LibraryRecoveryDialog::Choice::StartFresh;
        });
    EXPECT_EQ(asked, 1);
    ASSERT_TRUE(db);
    EXPECT_EQ(LibraryStore(*db).count().value(), 0);
}

TEST(LibraryRecoveryDialog, AStoppedReadReportsNothingAndMakesNoBackup)
{
    TestLibrary lib;
    // A read stopped (as quitting stops it) vouches for nothing: no report,
    // and no backup made of a file that was not read through.
    QObject context;
    int reported = 0;
    const auto stop = std::make_shared<ReadStop>();
    stop->stop();
    QPointer<QThread> thread = LibraryRecoveryDialog::startCheckAndBackup(
        lib.path(), &context, [&reported](const QString &) { ++reported; }, stop);
    ASSERT_TRUE(thread);
    thread->wait();
    for (int i = 0; i < 200 && thread; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    EXPECT_FALSE(thread);
    EXPECT_EQ(reported, 0);
    EXPECT_FALSE(LibraryRecovery::backupTime(lib.path()).isValid());
    // Not stopped, the same read makes the backup.
    QPointer<QThread> full = LibraryRecoveryDialog::startCheckAndBackup(
        lib.path(), &context, [&reported](const QString &) { ++reported; }, std::make_shared<ReadStop>());
    ASSERT_TRUE(full);
    full->wait();
    QCoreApplication::processEvents();
    EXPECT_EQ(reported, 0);
    EXPECT_TRUE(LibraryRecovery::backupTime(lib.path()).isValid());
    for (int i = 0; i < 200 && full; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
}

TEST(LibraryRecoveryDialog, DailyBackupIsMadeOnceADay)
{
    TestLibrary lib;
    // The backup is made by the background read the window starts; with no
    // context no damage report is delivered, and only a sound library gets a backup.
    const auto noDamage = [](const QString &) {};
    QPointer<QThread> first = LibraryRecoveryDialog::startCheckAndBackup(lib.path(), nullptr, noDamage);
    ASSERT_TRUE(first);
    first->wait();
    const QDateTime made = LibraryRecovery::backupTime(lib.path());
    ASSERT_TRUE(made.isValid());
    QPointer<QThread> second = LibraryRecoveryDialog::startCheckAndBackup(lib.path(), nullptr, noDamage);
    ASSERT_TRUE(second);
    second->wait();
    EXPECT_EQ(LibraryRecovery::backupTime(lib.path()), made);
    // The threads delete themselves through the event loop, once it runs.
    for (int i = 0; i < 200 && (first || second); ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    EXPECT_FALSE(first);
    EXPECT_FALSE(second);
}
