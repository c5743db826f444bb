#pragma once

#include "Article.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace pathak {

class LibraryDatabase;

// A row of the library list: what the list and `pathak list` show without
// loading article bodies.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString sourceLabel;
    QString sourceUrl;
    QDateTime savedAt;
    bool read = false;
    bool favourite = false;
    int annotationCount = 0;
};

// An article as stored: the parse plus the library's own fields.
struct StoredArticle
{
    qint64 id = 0;
    Article article;
    QDateTime savedAt;
    QString origin;
    bool read = false;
    bool favourite = false;
};

struct NewArticle
{
    Article article;
    QByteArray original;   // the bytes it was parsed from, kept for re-parsing
    QString origin;        // file path or URL
    QByteArray image;      // lead photo, when one was saved
    QString imageMimeType;
};

// Reads and changes the articles of one library. Uses the connection of
// the LibraryDatabase it was made with, so it lives in that thread. Articles
// are stored by ArticleImporter alone (files, web pages, feeds), through
// ImportBatchWriter: one writer of an article's rows.
class LibraryStore
{
public:
    explicit LibraryStore(LibraryDatabase &db);

    LibraryDatabase &database() { return m_db; }

    Result<StoredArticle> article(qint64 id);
    // Every article, by id: for small libraries and the command line (the
    // list view pages through LibraryListQuery instead).
    Result<QList<ArticleSummary>> summaries();
    Result<int> count();
    Result<QByteArray> originalBytes(qint64 id);
    Result<QByteArray> image(qint64 id);

    // Removes articles; returns how many annotations went with them.
    Result<int> remove(const QList<qint64> &ids);
    Status setRead(qint64 id, bool read);
    Status setFavourite(qint64 id, bool favourite);
    Status rename(qint64 id, const QString &title);

    // The hash duplicates are found by: the body paragraphs, NFC, spaces collapsed.
    static QString bodyHash(const QStringList &paragraphs);
    // The same from the paragraphs as UTF-8 (an import has them so already):
    // SHA-1 of each paragraph and a line feed, in hex.
    static QByteArray bodyHashOfUtf8(const QList<QByteArray> &paragraphs);

private:
    Status setFlag(qint64 id, const char *column, bool value);

    LibraryDatabase &m_db;
};

} // namespace pathak
