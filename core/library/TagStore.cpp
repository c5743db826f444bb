#include "library/TagStore.h"

#include "library/sqlite/SqlErrorText.h"

#include "library/LibraryDatabase.h"
#include "library/sqlite/Transaction.h"
#include "text/BengaliText.h"

#include <QSqlQuery>
#include <QVariant>

namespace pathak {

namespace {

QString unknownTag(const QString &name)
{
    return QStringLiteral("no tag named \"%1\"").arg(name);
}

} // namespace

TagStore::TagStore(LibraryDatabase &db) : m_db(db) {}

QString TagStore::cleanName(const QString &name)
{
    QString clean = BengaliText::toOneLine(BengaliText::replaceLoneSurrogates(BengaliText::toNfc(name)));
    if (clean.size() > maxNameLength) {
        clean.truncate(maxNameLength);
        if (clean.back().isHighSurrogate())
            clean.chop(1);
    }
    return clean.trimmed();
}

QString TagStore::fold(const QString &name)
{
    QString folded = cleanName(name);
    folded.remove(QChar(0x200C));
    folded.remove(QChar(0x200D));
    return folded.simplified().toCaseFolded();
}

Result<QList<TagCount>> TagStore::tags()
{
    using R = Result<QList<TagCount>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The counts come from article_tags_tag alone, one range per tag.
    if (!q.exec(QStringLiteral(
            "SELECT t.id, t.name, (SELECT count(*) FROM article_tags at WHERE at.tag_id = t.id) "
            "FROM tags t ORDER BY t.folded")))
        return R::failure(SqlErrorText::of(q));
    QList<TagCount> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    return R(std::move(list));
}

Result<QStringList> TagStore::tagsOf(qint64 articleId)
{
    using R = Result<QStringList>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                             "WHERE at.article_id = ? ORDER BY t.folded"));
    q.addBindValue(articleId);
    if (!q.exec())
        return R::failure(SqlErrorText::of(q));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return R(std::move(names));
}

Result<qint64> TagStore::find(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM tags WHERE folded = ?"));
    q.addBindValue(fold(name));
    if (!q.exec())
        return Result<qint64>::failure(SqlErrorText::of(q));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> TagStore::findOrCreate(const QString &name)
{
    const QString clean = cleanName(name);
    if (clean.isEmpty())
        return Result<qint64>::failure(QStringLiteral("a tag needs a name"));
    Result<qint64> id = find(clean);
    if (!id || id.value() != 0)
        return id;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO tags (name, folded) VALUES (?, ?)"));
    q.addBindValue(clean);
    q.addBindValue(fold(clean));
    if (!q.exec())
        return Result<qint64>::failure(SqlErrorText::of(q));
    return q.lastInsertId().toLongLong();
}

Result<int> TagStore::add(const QList<qint64> &articleIds, const QString &name)
{
    using R = Result<int>;
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return R::failure(QStringLiteral("cannot start a transaction"));
    Result<qint64> tag = findOrCreate(name);
    if (!tag)
        return R::failure(tag.error());
    QSqlQuery exists(m_db.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"));
    QSqlQuery ins(m_db.connection());
    ins.prepare(QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)"));
    int added = 0;
    for (qint64 id : articleIds) {
        exists.addBindValue(id);
        if (!exists.exec())
            return R::failure(SqlErrorText::of(exists));
        if (!exists.next())
            return R::failure(QStringLiteral("no article with id %1").arg(id));
        exists.finish();
        ins.addBindValue(id);
        ins.addBindValue(tag.value());
        if (!ins.exec())
            return R::failure(SqlErrorText::of(ins));
        added += ins.numRowsAffected();
    }
    if (!tx.commit())
        return R::failure(QStringLiteral("could not commit the tags"));
    return R(added);
}

Result<int> TagStore::remove(const QList<qint64> &articleIds, const QString &name)
{
    using R = Result<int>;
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return R::failure(QStringLiteral("cannot start a transaction"));
    Result<qint64> tag = find(name);
    if (!tag)
        return R::failure(tag.error());
    if (tag.value() == 0)
        return R(0);
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?"));
    int removed = 0;
    for (qint64 id : articleIds) {
        del.addBindValue(id);
        del.addBindValue(tag.value());
        if (!del.exec())
            return R::failure(SqlErrorText::of(del));
        removed += del.numRowsAffected();
    }
    if (!tx.commit())
        return R::failure(QStringLiteral("could not commit the tags"));
    return R(removed);
}

Status TagStore::rename(const QString &from, const QString &to)
{
    const QString clean = cleanName(to);
    if (clean.isEmpty())
        return Status::failure(QStringLiteral("a tag needs a name"));
    Result<qint64> source = find(from);
    if (!source)
        return Status::failure(source.error());
    if (source.value() == 0)
        return Status::failure(unknownTag(from));
    Result<qint64> target = find(clean);
    if (!target)
        return Status::failure(target.error());
    if (target.value() != 0 && target.value() != source.value())
        return merge(from, clean);
    // The same tag (a change of case or spelling only), or a new name.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE tags SET name = ?, folded = ? WHERE id = ?"));
    q.addBindValue(clean);
    q.addBindValue(fold(clean));
    q.addBindValue(source.value());
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    return {};
}

Status TagStore::merge(const QString &from, const QString &into)
{
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Status::failure(QStringLiteral("cannot start a transaction"));
    Result<qint64> source = find(from);
    if (!source)
        return Status::failure(source.error());
    if (source.value() == 0)
        return Status::failure(unknownTag(from));
    Result<qint64> target = findOrCreate(into);
    if (!target)
        return Status::failure(target.error());
    if (target.value() == source.value())
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id) "
                             "SELECT article_id, ? FROM article_tags WHERE tag_id = ?"));
    q.addBindValue(target.value());
    q.addBindValue(source.value());
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    q.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?"));
    q.addBindValue(source.value());
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    if (!tx.commit())
        return Status::failure(QStringLiteral("could not commit the merge"));
    return {};
}

Status TagStore::deleteTag(const QString &name)
{
    Result<qint64> tag = find(name);
    if (!tag)
        return Status::failure(tag.error());
    if (tag.value() == 0)
        return Status::failure(unknownTag(name));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?"));
    q.addBindValue(tag.value());
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    return {};
}

} // namespace pathak
