#pragma once

#include "article/NewArticle.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

#include <ostream>

// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace pathak::test {

// The folder of fixture articles (a copy of the shared corpus).
QString dataDir();
QString dataFile(const QString &name);
QStringList corpusFiles(); // the .txt articles with an expected parse
QByteArray readAll(const QString &path);

// A fresh library file in a temporary folder, opened for the test.
class TestLibrary
{
public:
    TestLibrary();
    QString path() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    QString dir() const { return m_dir.path(); }
    LibraryDatabase &db() { return *m_db; }
    LibraryStore &store() { return *m_store; }
    void close();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LibraryDatabase> m_db;
    std::unique_ptr<LibraryStore> m_store;
};

// Stores an article written in the test (the article text format) as its
// own import; returns its id, or 0 after a failed expectation.
qint64 addArticle(LibraryStore &store, const QString &text);
// Stores articles made in the test the way the product stores every article
// (ArticleImporter, in one batch); returns their ids in order, 0 for one
// that was not imported (after a failed expectation). Call it outside a
// transaction: the import opens its own.
QList<qint64> storeArticles(LibraryStore &store, const QList<NewArticle> &articles);
qint64 storeArticle(LibraryStore &store, const NewArticle &article);

// Imports the corpus articles (corpusFiles()) through ArticleImporter in
// batches of batchSize; returns how many were imported.
int importCorpus(LibraryStore &store, int batchSize);

// Runs the built `pathak` executable; used to test the command-line contract.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult runPathak(const QStringList &arguments, int timeoutMs = 120000);

} // namespace pathak::test
