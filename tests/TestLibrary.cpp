#include "TestLibrary.h"

#include "ArticleImporter.h"
#include "ArticleParser.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

namespace pathak::test {

QString dataDir()
{
    return QStringLiteral(PATHAK_TEST_DATA);
}

QString dataFile(const QString &name)
{
    return dataDir() + QLatin1Char('/') + name;
}

QStringList corpusFiles()
{
    QStringList files;
    const QDir expected(dataDir() + QStringLiteral("/expected"));
    for (const QString &json : expected.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dataFile(json.chopped(5) + QStringLiteral(".txt")));
    return files;
}

qint64 addArticle(LibraryStore &store, const QString &text)
{
    Result<Article> parsed = ArticleParser::parseText(text);
    EXPECT_TRUE(parsed.ok()) << parsed.error().toStdString();
    if (!parsed)
        return 0;
    NewArticle in;
    in.article = parsed.value();
    in.original = text.toUtf8();
    Result<qint64> id = store.insert(in);
    EXPECT_TRUE(id.ok()) << id.error().toStdString();
    return id.ok() ? id.value() : 0;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

TestLibrary::TestLibrary()
{
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(path());
    if (!db)
        ADD_FAILURE() << "cannot open test library: " << db.error().toStdString();
    else
        m_db = std::move(db).value();
    if (m_db)
        m_store = std::make_unique<LibraryStore>(*m_db);
}

void TestLibrary::close()
{
    m_store.reset();
    m_db.reset();
}

int importCorpus(LibraryStore &store, int batchSize)
{
    ArticleImporter importer(store);
    importer.setBatchSize(batchSize);
    int imported = 0;
    for (const ImportResult &r : importer.importPaths(corpusFiles()))
        imported += r.status == ImportResult::Status::Imported;
    return imported;
}

ProcessResult runPathak(const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PATHAK_EXECUTABLE), arguments);
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        ADD_FAILURE() << "pathak timed out: " << arguments.join(QLatin1Char(' ')).toStdString();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace pathak::test
