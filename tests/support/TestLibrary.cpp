#include "TestLibrary.h"

#include "article/ArticleParser.h"
#include "import/ArticleImporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <algorithm>

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
    return storeArticle(store, in);
}

QList<qint64> storeArticles(LibraryStore &store, const QList<NewArticle> &articles)
{
    QList<std::pair<QString, Result<NewArticle>>> items;
    items.reserve(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i)
        items.append({QStringLiteral("test article %1").arg(i), Result<NewArticle>(articles.at(i))});
    ArticleImporter importer(store);
    importer.setBatchSize(int(std::max<qsizetype>(1, articles.size())));
    QList<qint64> ids;
    for (const ImportResult &r : importer.importArticles(items)) {
        EXPECT_EQ(r.status, ImportResult::Status::Imported)
            << r.input.toStdString() << ": " << r.error.toStdString();
        ids.append(r.status == ImportResult::Status::Imported ? r.id : 0);
    }
    EXPECT_EQ(ids.size(), articles.size());
    return ids;
}

qint64 storeArticle(LibraryStore &store, const NewArticle &article)
{
    const QList<qint64> ids = storeArticles(store, {article});
    return ids.isEmpty() ? 0 : ids.first();
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
