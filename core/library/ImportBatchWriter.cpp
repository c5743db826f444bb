#include "library/ImportBatchWriter.h"

#include "library/fts/IndexFolding.h"

#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "library/PublicationText.h"

#include <QDateTime>

#include <sqlite3.h>

#include <cstring>

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
    CountStored,
    SlotCount
};

QByteArray joined(const QList<QByteArray> &parts, char separator)
{
    qsizetype size = 0;
    for (const QByteArray &p : parts)
        size += p.size() + 1;
    QByteArray out;
    out.reserve(size);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += separator;
        out += parts.at(i);
    }
    return out;
}

} // namespace

ImportBatchWriter::ImportBatchWriter(LibraryDatabase &db) : m_db(db), m_tokenizer(db.handle())
{
    m_statements.resize(SlotCount);
    // Each article's savepoint, and each statement whose triggers write,
    // first copies every page it changes into a sub-journal. SQLite keeps
    // those in memory only up to 64 KiB and an article's savepoint needs
    // more, so every imported article wrote some 30 pages to a temporary
    // file (two thirds of an import's write calls). While importing, they
    // stay in memory; they are dropped at each release.
    sqlite3 *handle = m_db.handle();
    sqlite3_stmt *read = nullptr;
    if (handle && sqlite3_prepare_v2(handle, "PRAGMA temp_store", -1, &read, nullptr) == SQLITE_OK &&
        sqlite3_step(read) == SQLITE_ROW)
        m_previousTempStore = sqlite3_column_int(read, 0);
    sqlite3_finalize(read);
    if (m_previousTempStore >= 0 && m_previousTempStore != 2 &&
        sqlite3_exec(handle, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr) != SQLITE_OK)
        m_previousTempStore = -1;
    // synchronous=FULL makes every commit wait until the log is on the disk,
    // a sixth of an import's time. NORMAL commits the import's transactions
    // alike, and they stay whole and survive the program crashing; the log
    // reaches the disk at the next checkpoint (WalCheckpointer asks for one
    // after each commit) and at the import's last commit, which is FULL
    // again (commitDurably). Only a power cut in between can lose the newest
    // transactions, whole, and importing the files again stores them.
    if (sqlite3_prepare_v2(handle, "PRAGMA synchronous", -1, &read, nullptr) == SQLITE_OK &&
        sqlite3_step(read) == SQLITE_ROW)
        m_previousSynchronous = sqlite3_column_int(read, 0);
    sqlite3_finalize(read);
    if (m_previousSynchronous > 1)
        sqlite3_exec(handle, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    // Parts of new articles only; the writer indexes them itself.
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &m_previousTriggers);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
}

ImportBatchWriter::~ImportBatchWriter()
{
    m_statements.clear();
    commitDurably();
    sqlite3_db_config(m_db.handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, m_previousTriggers, nullptr);
    if (m_previousTempStore >= 0 && m_previousTempStore != 2) {
        const QByteArray restore = "PRAGMA temp_store = " + QByteArray::number(m_previousTempStore);
        sqlite3_exec(m_db.handle(), restore.constData(), nullptr, nullptr, nullptr);
    }
}

void ImportBatchWriter::commitDurably()
{
    if (m_previousSynchronous > 1) {
        const QByteArray restore = "PRAGMA synchronous = " + QByteArray::number(m_previousSynchronous);
        sqlite3_exec(m_db.handle(), restore.constData(), nullptr, nullptr, nullptr);
    }
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

ImportBatchWriter::Rows ImportBatchWriter::encode(const NewArticle &input)
{
    const Article &a = input.article;
    Rows r;
    r.title = a.title.toUtf8();
    r.origin = input.origin.toUtf8();
    r.published = PublicationText::published(input.published);
    r.author = PublicationText::author(input.author);
    r.paragraphs.reserve(a.paragraphs.size());
    for (const QString &p : a.paragraphs)
        r.paragraphs.append(p.toUtf8());
    r.bodyHash = LibraryStore::bodyHashOfUtf8(r.paragraphs);
    if (a.caption) {
        r.captionText = a.caption->text.toUtf8();
        r.captionCredit = a.caption->credit.toUtf8();
        r.foldedCaption = IndexFolding::fold(r.captionText + ' ' + r.captionCredit);
    }
    for (const AdMarker &ad : a.ads)
        r.adLabels.append(ad.label.toUtf8());
    if (a.source) {
        r.sourceLabel = a.source->label.toUtf8();
        r.sourceUrl = a.source->url.toUtf8();
        r.foldedSource = IndexFolding::fold(r.sourceLabel + ' ' + r.sourceUrl);
    }
    if (a.comments && !a.comments->items.isEmpty()) {
        QList<QByteArray> lines;
        for (const Comment &c : a.comments->items) {
            // A null author is NULL, as Qt SQL bound it.
            std::optional<QByteArray> author;
            if (c.author && !c.author->isNull())
                author = c.author->toUtf8();
            r.commentAuthors.append(author);
            r.commentTexts.append(c.text.toUtf8());
            lines.append(author ? *author + ": " + r.commentTexts.last() : r.commentTexts.last());
        }
        r.foldedComments = IndexFolding::fold(joined(lines, '\n'));
    }
    r.foldedTitle = IndexFolding::fold(r.title);
    r.foldedBody = IndexFolding::fold(joined(r.paragraphs, '\n'));
    r.titleTokens = IndexTokens::of(r.foldedTitle);
    r.bodyTokens = IndexTokens::of(r.foldedBody);
    if (r.foldedCaption)
        r.captionTokens = IndexTokens::of(*r.foldedCaption);
    if (r.foldedSource)
        r.sourceTokens = IndexTokens::of(*r.foldedSource);
    if (r.foldedComments)
        r.commentsTokens = IndexTokens::of(*r.foldedComments);
    return r;
}

Result<std::optional<qint64>> ImportBatchWriter::findSameSource(const Rows &rows)
{
    using R = Result<std::optional<qint64>>;
    if (rows.sourceUrl.isEmpty())
        return R(std::nullopt);
    QString error;
    SqliteStatement *q =
        statement(FindByUrl, "SELECT article_id FROM sources WHERE url = ? AND url <> '' LIMIT 1", &error);
    if (!q)
        return R::failure(error);
    q->bindUtf8(1, rows.sourceUrl);
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

Result<std::optional<qint64>> ImportBatchWriter::findDuplicate(const Rows &rows)
{
    using R = Result<std::optional<qint64>>;
    QString error;
    SqliteStatement *q = statement(FindByHash, "SELECT id FROM articles WHERE body_hash = ?", &error);
    if (!q)
        return R::failure(error);
    q->bindUtf8(1, rows.bodyHash);
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

Result<qint64> ImportBatchWriter::store(const NewArticle &input, const Rows &rows)
{
    QString error;
    SqliteStatement *savepoint = statement(Savepoint, "SAVEPOINT article", &error);
    SqliteStatement *release = statement(Release, "RELEASE article", &error);
    SqliteStatement *rollback = statement(RollbackTo, "ROLLBACK TO article", &error);
    if (!savepoint || !release || !rollback)
        return Result<qint64>::failure(error);
    if (Status s = savepoint->exec(); !s)
        return Result<qint64>::failure(s.error());
    Result<qint64> id = insertRows(input, rows);
    Status released = id ? release->exec() : Status::failure(id.error());
    if (!released) {
        // The article's rows go; the batch's earlier articles stay.
        Status undone = rollback->exec();
        if (undone)
            undone = release->exec();
        if (!undone)
            return Result<qint64>::failure(released.error() + QStringLiteral("; undoing it failed too: ") +
                                           undone.error());
        return Result<qint64>::failure(released.error());
    }
    m_toIndex.append({id.value(), &rows});
    return id;
}

Result<qint64> ImportBatchWriter::insertRows(const NewArticle &input, const Rows &rows)
{
    using R = Result<qint64>;
    const Article &a = input.article;
    QString error;
    // Every statement is prepared before the first row is written.
    SqliteStatement *ins = statement(
        InsertArticle,
        "INSERT INTO articles (title, body_hash, comments_declared, saved_at, origin, published, author, "
        "source_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        &error);
    SqliteStatement *para = statement(
        InsertParagraph, "INSERT INTO paragraphs (article_id, position, text) VALUES (?, ?, ?)", &error);
    SqliteStatement *caption =
        statement(InsertCaption, "INSERT INTO captions (article_id, text, credit) VALUES (?, ?, ?)", &error);
    SqliteStatement *ad = statement(InsertAd,
                                    "INSERT INTO ads (article_id, position, label, number, after_paragraph) "
                                    "VALUES (?, ?, ?, ?, ?)",
                                    &error);
    SqliteStatement *source =
        statement(InsertSource, "INSERT INTO sources (article_id, label, url) VALUES (?, ?, ?)", &error);
    SqliteStatement *comment = statement(InsertComment,
                                         "INSERT INTO comments (article_id, position, author, text) "
                                         "VALUES (?, ?, ?, ?)",
                                         &error);
    SqliteStatement *original = statement(
        InsertOriginal, "INSERT INTO originals (article_id, file_name, bytes) VALUES (?, ?, ?)", &error);
    SqliteStatement *image =
        statement(InsertImage, "INSERT INTO images (article_id, mime_type, bytes) VALUES (?, ?, ?)", &error);
    if (!ins || !para || !caption || !ad || !source || !comment || !original || !image)
        return R::failure(error);

    ins->bindUtf8(1, rows.title);
    ins->bindUtf8(2, rows.bodyHash);
    if (a.comments)
        ins->bindInt64(3, a.comments->declared);
    else
        ins->bindNull(3);
    ins->bindText(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    ins->bindUtf8(5, rows.origin);
    for (const auto &[index, text] : {std::pair{6, &rows.published}, std::pair{7, &rows.author}}) {
        if (text->isNull())
            ins->bindNull(index);
        else
            ins->bindText(index, *text);
    }
    // What the trigger on sources keeps for every other writer (migration 010).
    if (a.source)
        ins->bindUtf8(8, rows.sourceLabel);
    else
        ins->bindText(8, QString());
    if (Status s = ins->exec(); !s)
        return R::failure(s.error());
    const qint64 id = sqlite3_last_insert_rowid(m_db.handle());

    for (qsizetype i = 0; i < rows.paragraphs.size(); ++i) {
        para->bindInt64(1, id);
        para->bindInt64(2, i);
        para->bindUtf8(3, rows.paragraphs.at(i));
        if (Status s = para->exec(); !s)
            return R::failure(s.error());
    }
    if (a.caption) {
        caption->bindInt64(1, id);
        caption->bindUtf8(2, rows.captionText);
        caption->bindUtf8(3, rows.captionCredit);
        if (Status s = caption->exec(); !s)
            return R::failure(s.error());
    }
    for (qsizetype i = 0; i < a.ads.size(); ++i) {
        ad->bindInt64(1, id);
        ad->bindInt64(2, i);
        ad->bindUtf8(3, rows.adLabels.at(i));
        ad->bindInt64(4, a.ads.at(i).number);
        ad->bindInt64(5, a.ads.at(i).afterParagraph);
        if (Status s = ad->exec(); !s)
            return R::failure(s.error());
    }
    if (a.source) {
        source->bindInt64(1, id);
        source->bindUtf8(2, rows.sourceLabel);
        source->bindUtf8(3, rows.sourceUrl);
        if (Status s = source->exec(); !s)
            return R::failure(s.error());
    }
    for (qsizetype i = 0; i < rows.commentTexts.size(); ++i) {
        comment->bindInt64(1, id);
        comment->bindInt64(2, i);
        if (const std::optional<QByteArray> &author = rows.commentAuthors.at(i))
            comment->bindUtf8(3, *author);
        else
            comment->bindNull(3);
        comment->bindUtf8(4, rows.commentTexts.at(i));
        if (Status s = comment->exec(); !s)
            return R::failure(s.error());
    }
    original->bindInt64(1, id);
    original->bindUtf8(2, rows.origin);
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
    // The side bar's count of new (unread, unarchived, not favourite)
    // articles, which the triggers of migration 010 keep for every other
    // write; first, before the index holds any of the batch, as the
    // articles' own savepoints come before it.
    if (!m_toIndex.isEmpty()) {
        SqliteStatement *counted =
            statement(CountStored,
                      "INSERT INTO article_state_counts "
                      "(is_archived, is_read, is_favourite, articles) VALUES (0, 0, 0, ?) "
                      "ON CONFLICT DO UPDATE SET articles = articles + excluded.articles",
                      &error);
        if (!counted)
            return Status::failure(error);
        counted->bindInt64(1, m_toIndex.size());
        if (Status s = counted->exec(); !s) {
            m_toIndex.clear();
            return Status::failure(QStringLiteral("cannot count the imported articles: %1").arg(s.error()));
        }
    }
    // One plain single-row INSERT per article: FTS5 keeps the rows in memory
    // until the commit. (A statement that opens a statement journal, such as
    // an INSERT … SELECT, makes FTS5 write what it holds as a segment.)
    SqliteStatement *q =
        statement(IndexArticle,
                  "INSERT INTO search (rowid, title, caption, body, source, comments, notes) "
                  "VALUES (?, ?, ?, ?, ?, ?, NULL)",
                  &error);
    if (!q)
        return Status::failure(error);
    const auto bindOptional = [q](int index, const std::optional<QByteArray> &text) {
        if (text)
            q->bindUtf8(index, *text);
        else
            q->bindNull(index);
    };
    for (const auto &[id, stored] : std::as_const(m_toIndex)) {
        const Rows &rows = *stored;
        q->bindInt64(1, id);
        q->bindUtf8(2, rows.foldedTitle);
        bindOptional(3, rows.foldedCaption);
        q->bindUtf8(4, rows.foldedBody);
        bindOptional(5, rows.foldedSource);
        bindOptional(6, rows.foldedComments);
        m_tokenizer.offer({&rows.titleTokens, &rows.bodyTokens, &rows.captionTokens, &rows.sourceTokens,
                           &rows.commentsTokens});
        Status s = q->exec();
        m_tokenizer.withdraw();
        if (!s) {
            m_toIndex.clear();
            return Status::failure(QStringLiteral("cannot index the imported articles: %1").arg(s.error()));
        }
    }
    m_toIndex.clear();
    return {};
}

} // namespace pathak
