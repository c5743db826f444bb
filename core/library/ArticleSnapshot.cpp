#include "library/ArticleSnapshot.h"

#include "library/sqlite/SqlErrorText.h"
#include "library/TagStore.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace pathak {

namespace {

constexpr quint32 snapshotMagic = 0x50544b53; // "PTKS"
constexpr qint32 snapshotVersion = 1;

// The tables that hang off an article, in the order a restore writes them:
// the order of an import (the article, its parts, the original last, which
// is when the search index takes it in), then what the reader added.
struct TableSelect
{
    const char *table;
    const char *where;
};
constexpr TableSelect articleTables[] = {
    {"articles", "id = ?"},
    {"paragraphs", "article_id = ?"},
    {"captions", "article_id = ?"},
    {"ads", "article_id = ?"},
    {"sources", "article_id = ?"},
    {"comments", "article_id = ?"},
    {"images", "article_id = ?"},
    {"originals", "article_id = ?"},
    {"annotations", "article_id = ?"},
    {"annotation_reviews", "annotation_id IN (SELECT id FROM annotations WHERE article_id = ?)"},
    {"reading_positions", "article_id = ?"},
};

// Values are written with a kind of their own rather than as QVariants, so a
// NULL stays a NULL and a blob a blob whatever Qt's variant streaming does.
// Read back, an empty text or blob is made non-null: Qt binds a null
// QString or QByteArray as SQL NULL, which a NOT NULL column refuses.
enum class ValueKind : quint8 { Null, Integer, Real, Text, Blob };

void writeValue(QDataStream &out, const QVariant &v)
{
    if (v.isNull()) {
        out << quint8(ValueKind::Null);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        out << quint8(ValueKind::Integer) << v.toLongLong();
        return;
    case QMetaType::Double:
        out << quint8(ValueKind::Real) << v.toDouble();
        return;
    case QMetaType::QByteArray:
        out << quint8(ValueKind::Blob) << v.toByteArray();
        return;
    default:
        out << quint8(ValueKind::Text) << v.toString();
    }
}

bool readValue(QDataStream &in, QVariant &v)
{
    quint8 kind = 0;
    in >> kind;
    switch (ValueKind(kind)) {
    case ValueKind::Null:
        v = QVariant();
        break;
    case ValueKind::Integer: {
        qint64 n = 0;
        in >> n;
        v = n;
        break;
    }
    case ValueKind::Real: {
        double d = 0;
        in >> d;
        v = d;
        break;
    }
    case ValueKind::Text: {
        QString s;
        in >> s;
        v = s.isNull() ? QStringLiteral("") : s;
        break;
    }
    case ValueKind::Blob: {
        QByteArray b;
        in >> b;
        v = b.isNull() ? QByteArray("") : b;
        break;
    }
    default:
        return false;
    }
    return in.status() == QDataStream::Ok;
}

QString damaged()
{
    return QStringLiteral("the deleted article's saved copy is damaged");
}

// The columns a table has now, from the schema itself.
QSet<QString> columnsOf(QSqlDatabase &db, const QString &table)
{
    QSet<QString> columns;
    QSqlQuery q(db);
    // The table name is one of articleTables, never input.
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        while (q.next())
            columns.insert(q.value(1).toString());
    return columns;
}

bool idIsFree(QSqlDatabase &db, const QString &table, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec() && !q.next();
}

} // namespace

Result<ArticleSnapshot> ArticleSnapshot::capture(QSqlDatabase &db, qint64 articleId)
{
    using R = Result<ArticleSnapshot>;
    ArticleSnapshot s;
    for (const TableSelect &t : articleTables) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2")
                           .arg(QLatin1String(t.table), QLatin1String(t.where))))
            return R::failure(SqlErrorText::of(q));
        q.addBindValue(articleId);
        if (!q.exec())
            return R::failure(SqlErrorText::of(q));
        TableRows rows;
        rows.table = QLatin1String(t.table);
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            rows.columns.append(record.fieldName(i));
        while (q.next()) {
            QVariantList row;
            row.reserve(record.count());
            for (int i = 0; i < record.count(); ++i)
                row.append(q.value(i));
            rows.rows.append(row);
        }
        if (rows.table == QLatin1String("articles") && rows.rows.isEmpty())
            return R::failure(QStringLiteral("no article with id %1").arg(articleId));
        s.m_tables.append(rows);
    }
    QSqlQuery tags(db);
    tags.prepare(QStringLiteral("SELECT t.name FROM article_tags a JOIN tags t ON t.id = a.tag_id "
                                "WHERE a.article_id = ? ORDER BY t.folded"));
    tags.addBindValue(articleId);
    if (!tags.exec())
        return R::failure(SqlErrorText::of(tags));
    while (tags.next())
        s.m_tags.append(tags.value(0).toString());
    QSqlQuery items(db);
    items.prepare(QStringLiteral("SELECT feed_id, item_key FROM feed_items WHERE article_id = ?"));
    items.addBindValue(articleId);
    if (!items.exec())
        return R::failure(SqlErrorText::of(items));
    while (items.next())
        s.m_feedItems.append({items.value(0).toLongLong(), items.value(1).toString()});
    return R(s);
}

QByteArray ArticleSnapshot::encode() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << snapshotMagic << snapshotVersion << qint32(m_tables.size());
    for (const TableRows &t : m_tables) {
        out << t.table << t.columns << qint32(t.rows.size());
        for (const QVariantList &row : t.rows)
            for (const QVariant &v : row)
                writeValue(out, v);
    }
    out << m_tags << qint32(m_feedItems.size());
    for (const auto &[feed, key] : m_feedItems)
        out << feed << key;
    return qCompress(bytes);
}

Result<ArticleSnapshot> ArticleSnapshot::decode(const QByteArray &compressed)
{
    using R = Result<ArticleSnapshot>;
    const QByteArray bytes = qUncompress(compressed);
    if (bytes.isEmpty())
        return R::failure(damaged());
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0;
    qint32 tables = 0;
    in >> magic >> version >> tables;
    if (in.status() != QDataStream::Ok || magic != snapshotMagic || version != snapshotVersion ||
        tables < 0 || tables > 64)
        return R::failure(damaged());
    ArticleSnapshot s;
    for (qint32 i = 0; i < tables; ++i) {
        TableRows t;
        qint32 rows = 0;
        in >> t.table >> t.columns >> rows;
        if (in.status() != QDataStream::Ok || rows < 0 || t.columns.isEmpty())
            return R::failure(damaged());
        // Each value takes at least its kind's byte: a count the bytes cannot
        // hold is damage, found before anything is reserved for it.
        if (qint64(rows) * t.columns.size() > bytes.size())
            return R::failure(damaged());
        for (qint32 r = 0; r < rows; ++r) {
            QVariantList row;
            row.reserve(t.columns.size());
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                QVariant v;
                if (!readValue(in, v))
                    return R::failure(damaged());
                row.append(v);
            }
            t.rows.append(row);
        }
        s.m_tables.append(t);
    }
    qint32 items = 0;
    in >> s.m_tags >> items;
    if (in.status() != QDataStream::Ok || items < 0 || items > bytes.size())
        return R::failure(damaged());
    for (qint32 i = 0; i < items; ++i) {
        qint64 feed = 0;
        QString key;
        in >> feed >> key;
        s.m_feedItems.append({feed, key});
    }
    if (in.status() != QDataStream::Ok || !s.rowsOf(QStringLiteral("articles")) ||
        s.rowsOf(QStringLiteral("articles"))->rows.size() != 1)
        return R::failure(damaged());
    // Only tables an article has: a snapshot never writes anywhere else.
    for (const TableRows &t : s.m_tables) {
        bool known = false;
        for (const TableSelect &k : articleTables)
            known = known || t.table == QLatin1String(k.table);
        if (!known)
            return R::failure(damaged());
    }
    return R(s);
}

const ArticleSnapshot::TableRows *ArticleSnapshot::rowsOf(const QString &table) const
{
    for (const TableRows &t : m_tables)
        if (t.table == table)
            return &t;
    return nullptr;
}

QString ArticleSnapshot::title() const
{
    const TableRows *article = rowsOf(QStringLiteral("articles"));
    if (!article || article->rows.isEmpty())
        return {};
    const qsizetype column = article->columns.indexOf(QStringLiteral("title"));
    return column < 0 ? QString() : article->rows.first().value(column).toString();
}

int ArticleSnapshot::annotationCount() const
{
    const TableRows *annotations = rowsOf(QStringLiteral("annotations"));
    return annotations ? int(annotations->rows.size()) : 0;
}

Status ArticleSnapshot::restore(QSqlDatabase &db, qint64 &articleId) const
{
    const TableRows *article = rowsOf(QStringLiteral("articles"));
    const qsizetype hashColumn = article->columns.indexOf(QStringLiteral("body_hash"));
    if (hashColumn >= 0) {
        QSqlQuery same(db);
        same.prepare(QStringLiteral("SELECT id FROM articles WHERE body_hash = ?"));
        same.addBindValue(article->rows.first().value(hashColumn));
        if (same.exec() && same.next())
            return Status::failure(QStringLiteral("“%1” is in the library again (article %2)")
                                       .arg(title())
                                       .arg(same.value(0).toLongLong()));
    }

    QHash<qint64, qint64> annotationIds; // old id → id now
    articleId = 0;
    for (const TableRows &t : m_tables) {
        const QSet<QString> now = columnsOf(db, t.table);
        for (const QVariantList &row : t.rows) {
            QStringList columns;
            QVariantList values;
            bool newRowId = false;
            qint64 oldRowId = 0;
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                const QString &name = t.columns.at(c);
                if (!now.contains(name))
                    continue;
                QVariant v = row.value(c);
                const bool ownId = name == QLatin1String("id") && (t.table == QLatin1String("articles") ||
                                                                   t.table == QLatin1String("annotations"));
                if (ownId) {
                    oldRowId = v.toLongLong();
                    // An import may have taken the id meanwhile: the row gets a new one.
                    if (!idIsFree(db, t.table, oldRowId)) {
                        newRowId = true;
                        continue;
                    }
                } else if (name == QLatin1String("article_id")) {
                    v = articleId;
                } else if (name == QLatin1String("annotation_id")) {
                    v = annotationIds.value(v.toLongLong(), v.toLongLong());
                }
                columns.append(name);
                values.append(v);
            }
            QSqlQuery ins(db);
            QStringList marks;
            marks.fill(QStringLiteral("?"), columns.size());
            ins.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(t.table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
            for (const QVariant &v : values)
                ins.addBindValue(v);
            if (!ins.exec())
                return Status::failure(SqlErrorText::of(ins));
            const qint64 rowId = newRowId ? ins.lastInsertId().toLongLong() : oldRowId;
            if (t.table == QLatin1String("articles"))
                articleId = rowId;
            else if (t.table == QLatin1String("annotations"))
                annotationIds.insert(oldRowId, rowId);
        }
    }
    if (articleId == 0)
        return Status::failure(damaged());

    QSqlQuery tag(db);
    tag.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (name, folded) VALUES (?, ?)"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT ?, id FROM tags WHERE folded = ?"));
    for (const QString &name : m_tags) {
        const QString clean = TagStore::cleanName(name);
        if (clean.isEmpty())
            continue;
        tag.addBindValue(clean);
        tag.addBindValue(TagStore::fold(clean));
        link.addBindValue(articleId);
        link.addBindValue(TagStore::fold(clean));
        if (!tag.exec())
            return Status::failure(SqlErrorText::of(tag));
        if (!link.exec())
            return Status::failure(SqlErrorText::of(link));
    }
    // The feed's items lead to the article again, so a refresh does not save it twice.
    QSqlQuery item(db);
    item.prepare(QStringLiteral(
        "UPDATE feed_items SET article_id = ? WHERE feed_id = ? AND item_key = ? AND article_id IS NULL"));
    for (const auto &[feed, key] : m_feedItems) {
        item.addBindValue(articleId);
        item.addBindValue(feed);
        item.addBindValue(key);
        if (!item.exec())
            return Status::failure(SqlErrorText::of(item));
    }
    return {};
}

} // namespace pathak
