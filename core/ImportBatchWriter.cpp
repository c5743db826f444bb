#include "ImportBatchWriter.h"

#include "LibraryDatabase.h"

#include <QDateTime>

#include <sqlite3.h>

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
    Savepoint,
    Release,
    RollbackTo,
    IndexArticle,
    SlotCount
};

// The pieces search_source joins, as its SQL joins them.
const QByteArray space(" ");
const QByteArray newline("\n");
const QByteArray authorSeparator(": ");

} // namespace

ImportBatchWriter::ImportBatchWriter(LibraryDatabase &db) : m_db(db)
{
    m_statements.resize(SlotCount);
}

SqliteStatement *ImportBatchWriter::statement(int slot, const char *sql, QString *error)
{
    SqliteStatement &s = m_statements[size_t(slot)];
    if (!s.isValid()) {
        Result<SqliteStatement> prepared = SqliteStatement::prepare(m_db.handle(), sql);
        if (!prepared) {
            *error = prepared.error();
            return nullptr;
        }
        s = std::move(prepared).value();
    }
    return &s;
}

QByteArray ImportBatchWriter::foldForIndex(QByteArray utf8)
{
    static constexpr QByteArrayView zwnj("\xE2\x80\x8C");          // U+200C
    static constexpr QByteArrayView zwj("\xE2\x80\x8D");           // U+200D
    static constexpr QByteArrayView aWithAa("\xE0\xA6\x85\xE0\xA6\xBE"); // অ া
    // Most text has none of these (the view tests with instr() likewise).
    if (!utf8.contains(zwnj) && !utf8.contains(zwj) && !utf8.contains(aWithAa))
        return utf8;
    utf8.replace(QByteArrayView("\xE0\xA6\xA4\xE0\xA7\x8D\xE2\x80\x8D"), QByteArrayView("\xE0\xA7\x8E")); // ত্‍ → ৎ
    utf8.replace(zwnj, QByteArrayView(""));
    utf8.replace(zwj, QByteArrayView(""));
    utf8.replace(aWithAa, QByteArrayView("\xE0\xA6\x86")); // আ
    return utf8;
}

Result<std::optional<qint64>> ImportBatchWriter::findDuplicate(const Article &article, const QString &bodyHash)
{
    using R = Result<std::optional<qint64>>;
    QString error;
    if (article.source && !article.source->url.isEmpty()) {
        SqliteStatement *q = statement(FindByUrl, "SELECT article_id FROM sources WHERE url = ? AND url <> '' LIMIT 1", &error);
        if (!q)
            return R::failure(error);
        q->bindText(1, article.source->url);
        Result<bool> row = q->next();
        if (!row)
            return R::failure(row.error());
        if (row.value()) {
            const qint64 id = q->columnInt64(0);
            q->reset();
            return R(std::optional<qint64>(id));
        }
    }
    SqliteStatement *q = statement(FindByHash, "SELECT id FROM articles WHERE body_hash = ?", &error);
    if (!q)
        return R::failure(error);
    q->bindText(1, bodyHash.isEmpty() ? LibraryStore::bodyHash(article.paragraphs) : bodyHash);
    Result<bool> row = q->next();
    if (!row)
        return R::failure(row.error());
    std::optional<qint64> found;
    if (row.value()) {
        found = q->columnInt64(0);
        q->reset();
    }
    return R(found);
}

Result<qint64> ImportBatchWriter::store(const NewArticle &input, const QString &bodyHash)
{
    QString error;
    SqliteStatement *savepoint = statement(Savepoint, "SAVEPOINT article", &error);
    SqliteStatement *release = statement(Release, "RELEASE article", &error);
    SqliteStatement *rollback = statement(RollbackTo, "ROLLBACK TO article", &error);
    if (!savepoint || !release || !rollback)
        return Result<qint64>::failure(error);
    if (Status s = savepoint->exec(); !s)
        return Result<qint64>::failure(s.error());
    IndexRow row;
    Result<qint64> id = insertRows(input, bodyHash, row);
    if (!id) {
        rollback->exec();
        release->exec();
        return id;
    }
    if (Status s = release->exec(); !s) {
        rollback->exec();
        release->exec();
        return Result<qint64>::failure(s.error());
    }
    row.id = id.value();
    m_toIndex.append(std::move(row));
    return id;
}

Result<qint64> ImportBatchWriter::insertRows(const NewArticle &input, const QString &knownHash, IndexRow &row)
{
    using R = Result<qint64>;
    const Article &a = input.article;
    QString error;
    // Every statement is prepared before the first row is written, so a
    // failure to prepare leaves nothing to undo.
    SqliteStatement *ins = statement(InsertArticle,
                                     "INSERT INTO articles (title, body_hash, comments_declared, saved_at, origin) "
                                     "VALUES (?, ?, ?, ?, ?)", &error);
    SqliteStatement *para = statement(InsertParagraph, "INSERT INTO paragraphs (article_id, position, text) VALUES (?, ?, ?)", &error);
    SqliteStatement *caption = statement(InsertCaption, "INSERT INTO captions (article_id, text, credit) VALUES (?, ?, ?)", &error);
    SqliteStatement *ad = statement(InsertAd, "INSERT INTO ads (article_id, position, label, number, after_paragraph) "
                                              "VALUES (?, ?, ?, ?, ?)", &error);
    SqliteStatement *source = statement(InsertSource, "INSERT INTO sources (article_id, label, url) VALUES (?, ?, ?)", &error);
    SqliteStatement *comment = statement(InsertComment, "INSERT INTO comments (article_id, position, author, text) "
                                                        "VALUES (?, ?, ?, ?)", &error);
    SqliteStatement *original = statement(InsertOriginal, "INSERT INTO originals (article_id, file_name, bytes) VALUES (?, ?, ?)", &error);
    SqliteStatement *image = statement(InsertImage, "INSERT INTO images (article_id, mime_type, bytes) VALUES (?, ?, ?)", &error);
    if (!ins || !para || !caption || !ad || !source || !comment || !original || !image)
        return R::failure(error);

    const QByteArray title = a.title.toUtf8();
    ins->bindUtf8(1, title);
    ins->bindText(2, knownHash.isEmpty() ? LibraryStore::bodyHash(a.paragraphs) : knownHash);
    if (a.comments)
        ins->bindInt64(3, a.comments->declared);
    else
        ins->bindNull(3);
    ins->bindText(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    ins->bindText(5, input.origin);
    if (Status s = ins->exec(); !s)
        return R::failure(s.error());
    const qint64 id = sqlite3_last_insert_rowid(m_db.handle());
    row.title = foldForIndex(title);

    QByteArray body;
    for (qsizetype i = 0; i < a.paragraphs.size(); ++i) {
        const QByteArray text = a.paragraphs.at(i).toUtf8();
        para->bindInt64(1, id);
        para->bindInt64(2, i);
        para->bindUtf8(3, text);
        if (Status s = para->exec(); !s)
            return R::failure(s.error());
        if (i > 0)
            body += newline;
        body += text;
    }
    row.body = foldForIndex(std::move(body));
    if (a.caption) {
        const QByteArray text = a.caption->text.toUtf8();
        const QByteArray credit = a.caption->credit.toUtf8();
        caption->bindInt64(1, id);
        caption->bindUtf8(2, text);
        caption->bindUtf8(3, credit);
        if (Status s = caption->exec(); !s)
            return R::failure(s.error());
        row.caption = foldForIndex(text + space + credit);
        row.hasCaption = true;
    }
    for (qsizetype i = 0; i < a.ads.size(); ++i) {
        ad->bindInt64(1, id);
        ad->bindInt64(2, i);
        ad->bindText(3, a.ads.at(i).label);
        ad->bindInt64(4, a.ads.at(i).number);
        ad->bindInt64(5, a.ads.at(i).afterParagraph);
        if (Status s = ad->exec(); !s)
            return R::failure(s.error());
    }
    if (a.source) {
        const QByteArray label = a.source->label.toUtf8();
        const QByteArray url = a.source->url.toUtf8();
        source->bindInt64(1, id);
        source->bindUtf8(2, label);
        source->bindUtf8(3, url);
        if (Status s = source->exec(); !s)
            return R::failure(s.error());
        row.source = foldForIndex(label + space + url);
        row.hasSource = true;
    }
    if (a.comments && !a.comments->items.isEmpty()) {
        QByteArray all;
        for (qsizetype i = 0; i < a.comments->items.size(); ++i) {
            const Comment &c = a.comments->items.at(i);
            const QByteArray text = c.text.toUtf8();
            comment->bindInt64(1, id);
            comment->bindInt64(2, i);
            // A null author is NULL, as Qt SQL bound it.
            const bool hasAuthor = c.author && !c.author->isNull();
            QByteArray author;
            if (hasAuthor) {
                author = c.author->toUtf8();
                comment->bindUtf8(3, author);
            } else {
                comment->bindNull(3);
            }
            comment->bindUtf8(4, text);
            if (Status s = comment->exec(); !s)
                return R::failure(s.error());
            if (i > 0)
                all += newline;
            if (hasAuthor)
                all += author + authorSeparator;
            all += text;
        }
        row.comments = foldForIndex(std::move(all));
        row.hasComments = true;
    }
    original->bindInt64(1, id);
    original->bindText(2, input.origin);
    original->bindBlob(3, input.original);
    if (Status s = original->exec(); !s)
        return R::failure(s.error());
    if (!input.image.isEmpty()) {
        image->bindInt64(1, id);
        image->bindText(2, input.imageMimeType);
        image->bindBlob(3, input.image);
        if (Status s = image->exec(); !s)
            return R::failure(s.error());
    }
    return R(id);
}

Status ImportBatchWriter::indexStored()
{
    QString error;
    // One plain single-row INSERT per article: FTS5 keeps the rows in memory
    // until the commit. (A statement that opens a statement journal, such as
    // an INSERT … SELECT, makes FTS5 write what it holds as a segment.)
    SqliteStatement *q = statement(IndexArticle,
                                   "INSERT INTO search (rowid, title, caption, body, source, comments, notes) "
                                   "VALUES (?, ?, ?, ?, ?, ?, NULL)", &error);
    if (!q)
        return Status::failure(error);
    for (const IndexRow &row : std::as_const(m_toIndex)) {
        q->bindInt64(1, row.id);
        q->bindUtf8(2, row.title);
        if (row.hasCaption)
            q->bindUtf8(3, row.caption);
        else
            q->bindNull(3);
        q->bindUtf8(4, row.body);
        if (row.hasSource)
            q->bindUtf8(5, row.source);
        else
            q->bindNull(5);
        if (row.hasComments)
            q->bindUtf8(6, row.comments);
        else
            q->bindNull(6);
        if (Status s = q->exec(); !s) {
            m_toIndex.clear();
            return Status::failure(QStringLiteral("cannot index the imported articles: %1").arg(s.error()));
        }
    }
    m_toIndex.clear();
    return {};
}

} // namespace pathak
