// Open with Pathak: `pathak URL…` and pathak://save?url=… links, on the
// first launch and handed to a running reader, reach the web importer and
// the page is saved. Real reader processes (offscreen) and a real HTTP
// server on 127.0.0.1.
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "TestHttpServer.h"
#include "TestLibrary.h"
#include "ui/window/LaunchInputs.h"
#include "ui/window/SingleInstance.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

class LaunchedReader
{
public:
    LaunchedReader(const QTemporaryDir &home, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(PATHAK_EXECUTABLE), arguments);
        EXPECT_TRUE(m_process.waitForStarted(10000));
    }
    ~LaunchedReader()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    QProcess &process() { return m_process; }

    // The reader is another process and announces nothing: its state (the
    // rows in the file) is looked at again until it holds; the time limit
    // only ends a hang, and a reader that exits ends the wait at once.
    bool waitFor(const std::function<bool()> &condition, int timeoutMs = 60000)
    {
        QElapsedTimer clock;
        clock.start();
        while (!condition()) {
            if (m_process.state() == QProcess::NotRunning || clock.elapsed() > timeoutMs)
                return false;
            m_process.waitForFinished(50);
        }
        return true;
    }

private:
    QProcess m_process;
};

bool listening(const QString &library)
{
    QLocalSocket socket;
    socket.connectToServer(ui::SingleInstance::serverName(library));
    const bool connected = socket.waitForConnected(10000);
    socket.abort();
    return connected;
}

QStringList origins(const QString &library)
{
    if (!QFileInfo::exists(library))
        return {};
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(library);
    if (!db)
        return {};
    Result<QList<ArticleSummary>> all = LibraryStore(*db.value()).summaries();
    QStringList out;
    if (all) {
        for (const ArticleSummary &s : all.value())
            out.append(LibraryStore(*db.value()).article(s.id)->origin);
    }
    return out;
}

QString saveLink(const QString &page)
{
    return QStringLiteral("pathak://save?url=") + QString::fromLatin1(QUrl::toPercentEncoding(page));
}

} // namespace

TEST(OpenWith, FirstLaunchWithAUrlSavesThePage)
{
    TestHttpServer server;
    QTemporaryDir home;
    const QString library = home.filePath(QStringLiteral("library.sqlite"));
    const QString page = server.urlString(QStringLiteral("/news-jsonld.html"));
    LaunchedReader reader(home, {QStringLiteral("--library"), library, page});
    EXPECT_TRUE(reader.waitFor([&] { return origins(library).contains(page); }))
        << reader.process().readAllStandardError().toStdString();
    EXPECT_EQ(reader.process().state(), QProcess::Running);
}

TEST(OpenWith, RunningReaderSavesHandedOverUrlsAndSaveLinks)
{
    TestHttpServer server;
    QTemporaryDir home;
    const QString library = home.filePath(QStringLiteral("library.sqlite"));
    LaunchedReader first(home, {QStringLiteral("--library"), library});
    ASSERT_TRUE(first.waitFor([&] { return listening(library); })) << "the reader never listened";

    const QString page = server.urlString(QStringLiteral("/news-jsonld.html"));
    LaunchedReader second(home, {QStringLiteral("--library"), library, page});
    ASSERT_TRUE(second.process().waitForFinished(20000));
    EXPECT_EQ(second.process().exitCode(), 0) << second.process().readAllStandardError().toStdString();
    EXPECT_TRUE(first.waitFor([&] { return origins(library).contains(page); }))
        << "the running reader did not save the page";

    // A bookmarklet's link, and a file given as a file:// URL (the desktop's %U), in one launch.
    const QString other = server.urlString(QStringLiteral("/news-plain.html"));
    const QString file = QUrl::fromLocalFile(dataFile(QStringLiteral("rain-with-comments.txt"))).toString();
    LaunchedReader third(home, {QStringLiteral("--library"), library, saveLink(other), file});
    ASSERT_TRUE(third.process().waitForFinished(20000));
    EXPECT_EQ(third.process().exitCode(), 0);
    EXPECT_TRUE(first.waitFor([&] {
        const QStringList o = origins(library);
        return o.contains(other) && o.contains(dataFile(QStringLiteral("rain-with-comments.txt")));
    })) << origins(library).join(QLatin1Char(' ')).toStdString();
}

TEST(LaunchInputs, TellsFilesFromPagesAndReadsSaveLinks)
{
    const ui::LaunchInputs in = ui::LaunchInputs::split(
        {QStringLiteral("/tmp/a.txt"), QStringLiteral("https://example.com/news/1"),
         QStringLiteral("pathak://save?url=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2"),
         QStringLiteral("file:///tmp/b%20c.html"), QStringLiteral("pathak://save?url=javascript%3Aalert(1)"),
         QStringLiteral("pathak://open?url=https%3A%2F%2Fexample.org%2F"), QStringLiteral("http://")});
    EXPECT_EQ(in.files, (QStringList{QStringLiteral("/tmp/a.txt"), QStringLiteral("/tmp/b c.html")}));
    EXPECT_EQ(in.urls, (QStringList{QStringLiteral("https://example.com/news/1"),
                                    QStringLiteral("https://example.org/a?b=1&c=2")}));
    EXPECT_EQ(in.refused.size(), 3);
    EXPECT_TRUE(ui::LaunchInputs::isReaderInput(QStringLiteral("pathak://save?url=x")));
    EXPECT_TRUE(ui::LaunchInputs::isReaderInput(QStringLiteral("file:///x")));
    EXPECT_FALSE(ui::LaunchInputs::isReaderInput(QStringLiteral("export-library")));
}
