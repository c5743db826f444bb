// One reader per library: a second launch on the same library hands its
// files to the running reader and exits; the running one imports them.
// Real processes of the built executable on the offscreen platform.
#include "ui/window/SingleInstance.h"
#include "EnvironmentOverride.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "TestLibrary.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace pathak;
using namespace pathak::test;

namespace {

class Reader
{
public:
    Reader(const QTemporaryDir &home, const QStringList &arguments, const QString &workingDir = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The reader's settings go to the test's folder, not the user's.
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        m_process.setProcessEnvironment(env);
        if (!workingDir.isEmpty())
            m_process.setWorkingDirectory(workingDir);
        m_process.start(QStringLiteral(PATHAK_EXECUTABLE), arguments);
        EXPECT_TRUE(m_process.waitForStarted(10000));
    }
    ~Reader()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

// Waits until condition holds while the running reader lives. The reader
// is another process and tells no one when it listens or has imported, so
// its state (the socket answers, the rows are in the file) is looked at
// again and again: the pause between looks only decides how soon the test
// sees it, and the time limit only ends a hang. A reader that exits ends
// the wait at once.
bool waitFor(Reader &reader, const std::function<bool()> &condition, int timeoutMs = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (reader.process().state() == QProcess::NotRunning || clock.elapsed() > timeoutMs)
            return false;
        reader.process().waitForFinished(50);
    }
    return true;
}

bool listening(const QString &library)
{
    QLocalSocket socket;
    socket.connectToServer(ui::SingleInstance::serverName(library));
    // No listener refuses at once; the limit only bounds a reader slow to accept.
    const bool connected = socket.waitForConnected(10000);
    socket.abort();
    return connected;
}

int articleCount(const QString &library)
{
    // Opening a library that does not exist yet would create it under the
    // reader that is about to: only look once the reader made it.
    if (!QFileInfo::exists(library))
        return -1;
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(library);
    return db ? LibraryStore(*db.value()).count().value() : -1;
}

} // namespace

TEST(SingleInstance, SecondLaunchHandsItsFilesToTheRunningReader)
{
    QTemporaryDir home;
    const QString library = home.filePath(QStringLiteral("library.sqlite"));
    Reader first(home, {QStringLiteral("--library"), library});
    ASSERT_TRUE(waitFor(first, [&] { return listening(library); })) << "the reader never listened";

    // A relative path, from another working folder: the reader gets it absolute.
    Reader second(home, {QStringLiteral("--library"), library, QStringLiteral("rain-with-comments.txt")},
                  dataDir());
    ASSERT_TRUE(second.process().waitForFinished(20000));
    EXPECT_EQ(second.process().exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(second.process().exitCode(), 0) << second.process().readAllStandardError().toStdString();
    EXPECT_EQ(first.process().state(), QProcess::Running);
    EXPECT_TRUE(waitFor(first, [&] { return articleCount(library) == 1; }))
        << "the running reader did not import the file";

    Reader third(home,
                 {QStringLiteral("--library"), library, dataFile(QStringLiteral("seed-lavrov-rubio.txt")),
                  dataFile(QStringLiteral("mixed-script-nukta.txt"))});
    ASSERT_TRUE(third.process().waitForFinished(20000));
    EXPECT_EQ(third.process().exitCode(), 0);
    EXPECT_TRUE(waitFor(first, [&] { return articleCount(library) == 3; }));

    // Another library is another reader.
    const QString other = home.filePath(QStringLiteral("other.sqlite"));
    EXPECT_NE(ui::SingleInstance::serverName(other), ui::SingleInstance::serverName(library));
    EXPECT_EQ(ui::SingleInstance::serverName(home.path() + QStringLiteral("/./library.sqlite")),
              ui::SingleInstance::serverName(library));
}

TEST(SingleInstance, ACrashedReaderDoesNotBlockTheNextOne)
{
    QTemporaryDir home;
    const QString library = home.filePath(QStringLiteral("library.sqlite"));
    {
        Reader crashed(home, {QStringLiteral("--library"), library});
        ASSERT_TRUE(waitFor(crashed, [&] { return listening(library); }));
        crashed.process().kill(); // leaves its socket behind
        crashed.process().waitForFinished(10000);
    }
    // The next launch finds no one answering, takes over, and imports its file itself.
    Reader next(home,
                {QStringLiteral("--library"), library, dataFile(QStringLiteral("rain-with-comments.txt"))});
    EXPECT_TRUE(waitFor(next, [&] { return articleCount(library) == 1; }));
    EXPECT_EQ(next.process().state(), QProcess::Running);
    EXPECT_TRUE(listening(library));
}

// The socket lives where only this user can reach it: the session's runtime
// folder when it is private, else a 0700 folder of the user's own; never
// under a predictable name in /tmp that another user could take first.
TEST(SingleInstance, SocketLivesInAPrivateFolder)
{
    QTemporaryDir runtime;
    const QString library = runtime.filePath(QStringLiteral("library.sqlite"));
    ASSERT_TRUE(
        QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    {
        EnvironmentOverride env("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        EXPECT_TRUE(
            ui::SingleInstance::serverName(library).startsWith(runtime.path() + QStringLiteral("/pathak-")));
    }
    // Others may enter it: not used.
    ASSERT_TRUE(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                          QFile::ReadOther | QFile::ExeOther));
    EnvironmentOverride env("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    const QString name = ui::SingleInstance::serverName(library);
    EXPECT_FALSE(name.startsWith(runtime.path())) << name.toStdString();
    const QFileInfo folder(QFileInfo(name).path());
    EXPECT_TRUE(folder.isDir());
    EXPECT_EQ(folder.ownerId(), ::getuid());
    EXPECT_EQ(folder.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
              QFile::Permissions());
}
