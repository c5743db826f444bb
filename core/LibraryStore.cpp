#include "LibraryStore.h"

#include "LibraryDatabase.h"
#include "LibraryListQuery.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QVariant>

namespace pathak {

namespace {

enum Slot {
    FindByUrl,
    FindByHash,
    InsertArticle,
    InsertParagraph,
    InsertCaption,
    InsertAd,
    InsertSource,
    InsertComment,
    InsertOriginal,
    InsertImage,
    SlotCount
};

QString errorOf(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QVariant textOrEmpty(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

} // namespace

LibraryStore::LibraryStore(LibraryDatabase &db) : m_db(db)
{
    m_statements.resize(SlotCount);
}

LibraryStore::~LibraryStore() = default;

QSqlQuery &LibraryStore::prepared(int slot, const char *sql)
{
    std::unique_ptr<QSqlQuery> &q = m_statements[size_t(slot)];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_db.connection());
        q->prepare(QString::fromUtf8(sql));
    }
    return *q;
}

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

Result<std::optional<qint64>> LibraryStore::findDuplicate(const Article &article, const QString &knownHash)
{
    using R = Result<std::optional<qint64>>;
    if (article.source && !article.source->url.isEmpty()) {
        QSqlQuery &q = prepared(FindByUrl, "SELECT article_id FROM sources WHERE url = ? AND url <> '' LIMIT 1");
        q.addBindValue(article.source->url);
        if (!q.exec())
            return R::failure(errorOf(q));
        if (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            return R(std::optional<qint64>(id));
        }
        q.finish();
    }
    QSqlQuery &q = prepared(FindByHash, "SELECT id FROM articles WHERE body_hash = ?");
    q.addBindValue(knownHash.isEmpty() ? bodyHash(article.paragraphs) : knownHash);
    if (!q.exec())
        return R::failure(errorOf(q));
    std::optional<qint64> found;
    if (q.next())
        found = q.value(0).toLongLong();
    q.finish();
    return R(found);
}

Result<qint64> LibraryStore::insert(const NewArticle &input, const QString &knownHash)
{
    using R = Result<qint64>;
    const Article &a = input.article;

    QSqlQuery &ins = prepared(InsertArticle, "INSERT INTO articles (title, body_hash, comments_declared, saved_at, "
                                             "origin) VALUES (?, ?, ?, ?, ?)");
    ins.addBindValue(a.title);
    ins.addBindValue(knownHash.isEmpty() ? bodyHash(a.paragraphs) : knownHash);
    ins.addBindValue(a.comments ? QVariant(a.comments->declared) : QVariant(QMetaType(QMetaType::Int)));
    ins.addBindValue(isoNow());
    ins.addBindValue(textOrEmpty(input.origin));
    if (!ins.exec())
        return R::failure(errorOf(ins));
    const qint64 id = ins.lastInsertId().toLongLong();

    QSqlQuery &para = prepared(InsertParagraph, "INSERT INTO paragraphs (article_id, position, text) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < a.paragraphs.size(); ++i) {
        para.addBindValue(id);
        para.addBindValue(int(i));
        para.addBindValue(a.paragraphs.at(i));
        if (!para.exec())
            return R::failure(errorOf(para));
    }
    if (a.caption) {
        QSqlQuery &q = prepared(InsertCaption, "INSERT INTO captions (article_id, text, credit) VALUES (?, ?, ?)");
        q.addBindValue(id);
        q.addBindValue(textOrEmpty(a.caption->text));
        q.addBindValue(textOrEmpty(a.caption->credit));
        if (!q.exec())
            return R::failure(errorOf(q));
    }
    QSqlQuery &ad = prepared(InsertAd, "INSERT INTO ads (article_id, position, label, number, after_paragraph) "
                                       "VALUES (?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < a.ads.size(); ++i) {
        ad.addBindValue(id);
        ad.addBindValue(int(i));
        ad.addBindValue(a.ads.at(i).label);
        ad.addBindValue(a.ads.at(i).number);
        ad.addBindValue(a.ads.at(i).afterParagraph);
        if (!ad.exec())
            return R::failure(errorOf(ad));
    }
    if (a.source) {
        QSqlQuery &q = prepared(InsertSource, "INSERT INTO sources (article_id, label, url) VALUES (?, ?, ?)");
        q.addBindValue(id);
        q.addBindValue(textOrEmpty(a.source->label));
        q.addBindValue(textOrEmpty(a.source->url));
        if (!q.exec())
            return R::failure(errorOf(q));
    }
    if (a.comments) {
        QSqlQuery &q = prepared(InsertComment, "INSERT INTO comments (article_id, position, author, text) "
                                               "VALUES (?, ?, ?, ?)");
        for (qsizetype i = 0; i < a.comments->items.size(); ++i) {
            const Comment &c = a.comments->items.at(i);
            q.addBindValue(id);
            q.addBindValue(int(i));
            q.addBindValue(c.author ? QVariant(*c.author) : QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(c.text);
            if (!q.exec())
                return R::failure(errorOf(q));
        }
    }
    QSqlQuery &orig = prepared(InsertOriginal, "INSERT INTO originals (article_id, file_name, bytes) VALUES (?, ?, ?)");
    orig.addBindValue(id);
    orig.addBindValue(textOrEmpty(input.origin));
    orig.addBindValue(input.original.isNull() ? QByteArray("") : input.original);
    if (!orig.exec())
        return R::failure(errorOf(orig));
    if (!input.image.isEmpty()) {
        QSqlQuery &q = prepared(InsertImage, "INSERT INTO images (article_id, mime_type, bytes) VALUES (?, ?, ?)");
        q.addBindValue(id);
        q.addBindValue(textOrEmpty(input.imageMimeType));
        q.addBindValue(input.image);
        if (!q.exec())
            return R::failure(errorOf(q));
    }
    return R(id);
}

Result<StoredArticle> LibraryStore::article(qint64 id)
{
    using R = Result<StoredArticle>;
    QSqlDatabase &db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT title, comments_declared, saved_at, origin, is_read, is_favourite "
                             "FROM articles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(errorOf(q));
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

    q.prepare(QStringLiteral("SELECT text FROM paragraphs WHERE article_id = ? ORDER BY position"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(errorOf(q));
    while (q.next())
        s.article.paragraphs.append(q.value(0).toString());

    q.prepare(QStringLiteral("SELECT text, credit FROM captions WHERE article_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(errorOf(q));
    if (q.next())
        s.article.caption = Caption{q.value(0).toString(), q.value(1).toString()};

    q.prepare(QStringLiteral("SELECT label, number, after_paragraph FROM ads WHERE article_id = ? ORDER BY position"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(errorOf(q));
    while (q.next())
        s.article.ads.append(AdMarker{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});

    q.prepare(QStringLiteral("SELECT label, url FROM sources WHERE article_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(errorOf(q));
    if (q.next())
        s.article.source = Source{q.value(0).toString(), q.value(1).toString()};

    if (s.article.comments) {
        q.prepare(QStringLiteral("SELECT author, text FROM comments WHERE article_id = ? ORDER BY position"));
        q.addBindValue(id);
        if (!q.exec())
            return R::failure(errorOf(q));
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
    using R = Result<QList<ArticleSummary>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(LibraryListQuery::selectSummaries() +
                QStringLiteral(" FROM articles a LEFT JOIN sources s ON s.article_id = a.id ORDER BY a.id")))
        return R::failure(errorOf(q));
    QList<ArticleSummary> list;
    while (q.next())
        list.append(LibraryListQuery::readSummary(q));
    return R(std::move(list));
}

Result<int> LibraryStore::count()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM articles")) || !q.next())
        return Result<int>::failure(errorOf(q));
    return q.value(0).toInt();
}

Result<QByteArray> LibraryStore::originalBytes(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT bytes FROM originals WHERE article_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<QByteArray>::failure(errorOf(q));
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
        return Result<QByteArray>::failure(errorOf(q));
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
            return R::failure(errorOf(count));
        annotations += count.value(0).toInt();
        count.finish();
        del.addBindValue(id);
        if (!del.exec())
            return R::failure(errorOf(del));
        if (del.numRowsAffected() == 0)
            return R::failure(QStringLiteral("no article with id %1").arg(id));
    }
    if (!tx.commit())
        return R::failure(QStringLiteral("could not commit removal"));
    return R(annotations);
}

Status LibraryStore::setFlag(qint64 id, const char *column, bool value)
{
    QSqlQuery q(m_db.connection());
    // column is one of two fixed names chosen by the caller below, never user input.
    q.prepare(QStringLiteral("UPDATE articles SET %1 = ? WHERE id = ?").arg(QLatin1String(column)));
    q.addBindValue(value ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(errorOf(q));
    if (q.numRowsAffected() == 0)
        return Status::failure(QStringLiteral("no article with id %1").arg(id));
    return {};
}

Status LibraryStore::setRead(qint64 id, bool read)
{
    return setFlag(id, "is_read", read);
}

Status LibraryStore::setFavourite(qint64 id, bool favourite)
{
    return setFlag(id, "is_favourite", favourite);
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
        return Status::failure(errorOf(q));
    if (q.numRowsAffected() == 0)
        return Status::failure(QStringLiteral("no article with id %1").arg(id));
    return {};
}

} // namespace pathak
