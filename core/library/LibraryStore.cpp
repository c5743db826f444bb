#include "library/LibraryStore.h"

#include "library/sqlite/SqlErrorText.h"

#include "library/LibraryDatabase.h"
#include "library/LibraryListQuery.h"
#include "library/PublicationText.h"
#include "library/sqlite/Transaction.h"
#include "library/TagStore.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace pathak {

LibraryStore::LibraryStore(LibraryDatabase &db) : m_db(db) {}

QString LibraryStore::bodyHash(const QStringList &paragraphs)
{
    QList<QByteArray> utf8;
    utf8.reserve(paragraphs.size());
    for (const QString &p : paragraphs)
        utf8.append(p.toUtf8());
    return QString::fromLatin1(bodyHashOfUtf8(utf8));
}

QByteArray LibraryStore::bodyHashOfUtf8(const QList<QByteArray> &paragraphs)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QByteArray &p : paragraphs) {
        hash.addData(p);
        hash.addData(QByteArrayView("\n"));
    }
    return hash.result().toHex();
}

Result<StoredArticle> LibraryStore::article(qint64 id)
{
    using R = Result<StoredArticle>;
    QSqlDatabase &db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT title, comments_declared, saved_at, origin, is_read, is_favourite, "
                             "is_archived, published, author FROM articles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(SqlErrorText::of(q));
    if (!q.next())
        return R::failure(QStringLiteral("no article with id %1").arg(id));
    StoredArticle s;
    s.id = id;
    s.article.title = q.value(0).toString();
    if (!q.value(1).isNull())
        s.article.comments = CommentSection{q.value(1).toInt(), {}};
    s.savedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    s.origin = q.value(3).toString();
    s.read = q.value(4).toBool();
    s.favourite = q.value(5).toBool();
    s.archived = q.value(6).toBool();
    if (!q.value(7).isNull())
        s.published = q.value(7).toString();
    if (!q.value(8).isNull())
        s.author = q.value(8).toString();
    q.finish();
    Result<QStringList> tags = TagStore(m_db).tagsOf(id);
    if (!tags)
        return R::failure(tags.error());
    s.tags = std::move(tags).value();

    q.prepare(QStringLiteral("SELECT text FROM paragraphs WHERE article_id = ? ORDER BY position"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(SqlErrorText::of(q));
    while (q.next())
        s.article.paragraphs.append(q.value(0).toString());

    q.prepare(QStringLiteral("SELECT text, credit FROM captions WHERE article_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(SqlErrorText::of(q));
    if (q.next())
        s.article.caption = Caption{q.value(0).toString(), q.value(1).toString()};

    q.prepare(QStringLiteral(
        "SELECT label, number, after_paragraph FROM ads WHERE article_id = ? ORDER BY position"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(SqlErrorText::of(q));
    while (q.next())
        s.article.ads.append(AdMarker{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});

    q.prepare(QStringLiteral("SELECT label, url FROM sources WHERE article_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(SqlErrorText::of(q));
    if (q.next())
        s.article.source = Source{q.value(0).toString(), q.value(1).toString()};

    if (s.article.comments) {
        q.prepare(QStringLiteral("SELECT author, text FROM comments WHERE article_id = ? ORDER BY position"));
        q.addBindValue(id);
        if (!q.exec())
            return R::failure(SqlErrorText::of(q));
        while (q.next()) {
            Comment c;
            if (!q.value(0).isNull())
                c.author = q.value(0).toString();
            c.text = q.value(1).toString();
            s.article.comments->items.append(c);
        }
    }
    return R(std::move(s));
}

Result<QList<ArticleSummary>> LibraryStore::summaries()
{
    return summaries(ArticleCondition{});
}

Result<QList<ArticleSummary>> LibraryStore::summaries(const ArticleCondition &condition)
{
    using R = Result<QList<ArticleSummary>>;
    QList<ArticleSummary> list;
    if (Status s = eachSummary(condition,
                               [&list](const ArticleSummary &row) {
                                   list.append(row);
                                   return true;
                               });
        !s)
        return R::failure(s.error());
    return R(std::move(list));
}

Status LibraryStore::eachSummary(const ArticleCondition &condition,
                                 const std::function<bool(const ArticleSummary &)> &visit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString where = condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition.sql;
    if (!q.prepare(LibraryListQuery::selectSummaries() +
                   QStringLiteral(" FROM articles a LEFT JOIN sources s ON s.article_id = a.id") + where +
                   QStringLiteral(" ORDER BY a.id")))
        return Status::failure(SqlErrorText::of(q));
    for (const QVariant &v : condition.values)
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    while (q.next()) {
        if (!visit(LibraryListQuery::readSummary(q)))
            return {};
    }
    // A step that failed (a damaged page met halfway) ends the loop as the
    // last row does; only the error tells them apart.
    if (q.lastError().isValid())
        return Status::failure(SqlErrorText::of(q));
    return {};
}

Result<int> LibraryStore::count()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM articles")) || !q.next())
        return Result<int>::failure(SqlErrorText::of(q));
    return q.value(0).toInt();
}

Result<QByteArray> LibraryStore::originalBytes(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT bytes FROM originals WHERE article_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<QByteArray>::failure(SqlErrorText::of(q));
    if (!q.next())
        return Result<QByteArray>::failure(QStringLiteral("no article with id %1").arg(id));
    return q.value(0).toByteArray();
}

Result<QByteArray> LibraryStore::image(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT bytes FROM images WHERE article_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<QByteArray>::failure(SqlErrorText::of(q));
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

Result<int> LibraryStore::remove(const QList<qint64> &ids)
{
    using R = Result<int>;
    Transaction tx(m_db.connection());
    QSqlQuery count(m_db.connection());
    count.prepare(QStringLiteral("SELECT count(*) FROM annotations WHERE article_id = ?"));
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    int annotations = 0;
    for (qint64 id : ids) {
        count.addBindValue(id);
        if (!count.exec() || !count.next())
            return R::failure(SqlErrorText::of(count));
        annotations += count.value(0).toInt();
        count.finish();
        del.addBindValue(id);
        if (!del.exec())
            return R::failure(SqlErrorText::of(del));
        if (del.numRowsAffected() == 0)
            return R::failure(QStringLiteral("no article with id %1").arg(id));
    }
    if (!tx.commit())
        return R::failure(QStringLiteral("could not commit removal"));
    return R(annotations);
}

const char *LibraryStore::column(Flag flag)
{
    switch (flag) {
    case Flag::Read:
        return "is_read";
    case Flag::Favourite:
        return "is_favourite";
    case Flag::Archived:
        break;
    }
    return "is_archived";
}

Status LibraryStore::setFlag(const QList<qint64> &ids, Flag flag, bool value)
{
    // One row needs no transaction of its own (and may be changed inside a caller's).
    std::optional<Transaction> tx;
    if (ids.size() > 1) {
        tx.emplace(m_db.connection());
        if (!tx->isActive())
            return Status::failure(QStringLiteral("cannot start a transaction"));
    }
    QSqlQuery q(m_db.connection());
    // The column is one of three fixed names (column()), never user input.
    q.prepare(QStringLiteral("UPDATE articles SET %1 = ? WHERE id = ?").arg(QLatin1String(column(flag))));
    for (qint64 id : ids) {
        q.addBindValue(value ? 1 : 0);
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(SqlErrorText::of(q));
        if (q.numRowsAffected() == 0)
            return Status::failure(QStringLiteral("no article with id %1").arg(id));
    }
    if (tx && !tx->commit())
        return Status::failure(QStringLiteral("could not commit the change"));
    return {};
}

Status LibraryStore::setRead(qint64 id, bool read)
{
    return setFlag(QList<qint64>{id}, Flag::Read, read);
}

Status LibraryStore::setFavourite(qint64 id, bool favourite)
{
    return setFlag(QList<qint64>{id}, Flag::Favourite, favourite);
}

Status LibraryStore::setArchived(qint64 id, bool archived)
{
    return setFlag(QList<qint64>{id}, Flag::Archived, archived);
}

Status LibraryStore::setPublication(qint64 id, const QString &published, const QString &author)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE articles SET published = ?, author = ? WHERE id = ?"));
    const QString date = PublicationText::published(published);
    const QString byline = PublicationText::author(author);
    q.addBindValue(date.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(date));
    q.addBindValue(byline.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(byline));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    if (q.numRowsAffected() == 0)
        return Status::failure(QStringLiteral("no article with id %1").arg(id));
    return {};
}

Result<std::optional<ReadingPosition>> LibraryStore::readingPosition(qint64 id)
{
    using R = Result<std::optional<ReadingPosition>>;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT offset, progress, updated_at FROM reading_positions WHERE article_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(SqlErrorText::of(q));
    if (!q.next())
        return std::optional<ReadingPosition>();
    ReadingPosition p;
    p.offset = q.value(0).toInt();
    p.progress = q.value(1).toInt();
    p.updatedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    return std::optional<ReadingPosition>(p);
}

Status LibraryStore::setReadingPosition(qint64 id, const ReadingPosition &position)
{
    const QDateTime when =
        position.updatedAt.isValid() ? position.updatedAt : QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.connection());
    // INSERT … SELECT: an article deleted meanwhile (by another window or
    // process) gets no row instead of a foreign key failure.
    q.prepare(QStringLiteral(
        "INSERT INTO reading_positions (article_id, offset, progress, updated_at) "
        "SELECT id, ?, ?, ? FROM articles WHERE id = ? "
        "ON CONFLICT (article_id) DO UPDATE SET offset = excluded.offset, progress = excluded.progress, "
        "updated_at = excluded.updated_at"));
    q.addBindValue(std::max(0, position.offset));
    q.addBindValue(std::clamp(position.progress, 0, 1000));
    q.addBindValue(when.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    return {};
}

Result<qint64> LibraryStore::lastUnfinishedArticle()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT article_id FROM reading_positions WHERE progress < 1000 "
                               "ORDER BY updated_at DESC LIMIT 1")))
        return Result<qint64>::failure(SqlErrorText::of(q));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status LibraryStore::rename(qint64 id, const QString &title)
{
    const QString trimmed = title.simplified();
    if (trimmed.isEmpty())
        return Status::failure(QStringLiteral("a title cannot be empty"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE articles SET title = ? WHERE id = ?"));
    q.addBindValue(trimmed);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    if (q.numRowsAffected() == 0)
        return Status::failure(QStringLiteral("no article with id %1").arg(id));
    return {};
}

} // namespace pathak
