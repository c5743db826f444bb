#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace pathak {

// Everything one article has in a library, as rows: the article, its parts
// and original, its annotations and their review state, its reading position,
// the names of its tags and the feed items that led to it. ArticleTrash keeps
// one per deleted article. Rows keep their column names, so a snapshot taken
// under one schema is written back under a later one (columns it lacks take
// their defaults; columns the table no longer has are left out).
class ArticleSnapshot
{
public:
    // Reads the article's rows; fails when there is no such article.
    static Result<ArticleSnapshot> capture(QSqlDatabase &db, qint64 articleId);
    // The inverse of encode(); fails on bytes that are not a snapshot.
    static Result<ArticleSnapshot> decode(const QByteArray &compressed);
    // Compressed, versioned bytes.
    QByteArray encode() const;

    // Writes the rows back inside the caller's transaction. The article keeps
    // its old id when that is free and gets a new one otherwise (likewise each
    // annotation); articleId is the id it has now. Fails, writing nothing the
    // caller's savepoint does not undo, when its text is in the library again.
    Status restore(QSqlDatabase &db, qint64 &articleId) const;

    QString title() const;
    int annotationCount() const;

private:
    struct TableRows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> rows;
    };

    const TableRows *rowsOf(const QString &table) const;

    QList<TableRows> m_tables;
    QStringList m_tags;
    QList<QPair<qint64, QString>> m_feedItems; // feed id, item key
};

} // namespace pathak
