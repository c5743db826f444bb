#include "annotation/AnnotationStore.h"

#include "library/sqlite/SqlErrorText.h"

#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "library/sqlite/Transaction.h"
#include "search/SearchIndex.h"

#include <QSignalBlocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace pathak {

namespace {

const char *const selectColumns =
    "SELECT id, article_id, start_pos, end_pos, exact, prefix, suffix, color, note, "
    "orphaned, created_at, modified_at FROM annotations ";

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

Annotation fromRow(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.articleId = q.value(1).toLongLong();
    a.start = q.value(2).toInt();
    a.end = q.value(3).toInt();
    a.exact = q.value(4).toString();
    a.prefix = q.value(5).toString();
    a.suffix = q.value(6).toString();
    // A colour this build does not know (a newer Pathak wrote it) still shows, as yellow.
    a.color = Annotation::colorFromName(q.value(7).toString()).value_or(AnnotationColor::Yellow);
    a.note = q.value(8).toString();
    a.orphaned = q.value(9).toBool();
    a.created = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
    a.modified = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    return a;
}

Result<QList<Annotation>> runSelect(QSqlQuery &q)
{
    using R = Result<QList<Annotation>>;
    if (!q.exec())
        return R::failure(SqlErrorText::of(q));
    QList<Annotation> list;
    while (q.next())
        list.append(fromRow(q));
    return R(std::move(list));
}

QString nonNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

// The same passage with the same colour and note: what an import skips.
bool sameContent(const Annotation &a, const Annotation &b)
{
    return a.start == b.start && a.end == b.end && a.exact == b.exact && a.color == b.color &&
           a.note == b.note;
}

} // namespace

AnnotationStore::AnnotationStore(LibraryDatabase &db, QObject *parent) : QObject(parent), m_db(db) {}

AnnotationStore::~AnnotationStore() = default;

QSqlQuery &AnnotationStore::prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db.connection());
        slot->prepare(sql);
    }
    return *slot;
}

Result<QList<Annotation>> AnnotationStore::forArticle(qint64 articleId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(selectColumns) +
              QStringLiteral("WHERE article_id = ? ORDER BY start_pos, end_pos, id"));
    q.addBindValue(articleId);
    return runSelect(q);
}

Result<QList<Annotation>> AnnotationStore::all()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(selectColumns) +
              QStringLiteral("ORDER BY article_id, start_pos, end_pos, id"));
    return runSelect(q);
}

Result<QHash<qint64, QString>> AnnotationStore::annotatedArticleTitles()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, title FROM articles "
                             "WHERE id IN (SELECT DISTINCT article_id FROM annotations)"));
    if (!q.exec())
        return Result<QHash<qint64, QString>>::failure(SqlErrorText::of(q));
    QHash<qint64, QString> titles;
    while (q.next())
        titles.insert(q.value(0).toLongLong(), q.value(1).toString());
    return titles;
}

Result<Annotation> AnnotationStore::annotation(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(selectColumns) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    Result<QList<Annotation>> rows = runSelect(q);
    if (!rows)
        return Result<Annotation>::failure(rows.error());
    if (rows->isEmpty())
        return Result<Annotation>::failure(QStringLiteral("no annotation with id %1").arg(id));
    return rows->first();
}

Result<QString> AnnotationStore::articleText(qint64 articleId)
{
    LibraryStore articles(m_db);
    Result<StoredArticle> stored = articles.article(articleId);
    if (!stored)
        return Result<QString>::failure(stored.error());
    return stored->article.plainText();
}

Result<Annotation> AnnotationStore::create(qint64 articleId, TextRange range, AnnotationColor color,
                                           const QString &note)
{
    using R = Result<Annotation>;
    Result<QString> text = articleText(articleId);
    if (!text)
        return R::failure(text.error());
    const TextAnchor anchor(text.value());
    if (range.start < 0 || range.end > anchor.length() || range.start >= range.end)
        return R::failure(QStringLiteral("range %1–%2 is outside the article's text (0–%3)")
                              .arg(range.start)
                              .arg(range.end)
                              .arg(anchor.length()));
    const std::optional<TextRange> snapped = anchor.snap(range.start, range.end);
    if (!snapped)
        return R::failure(QStringLiteral("the selection holds no text"));
    Annotation a;
    a.articleId = articleId;
    a.start = snapped->start;
    a.end = snapped->end;
    const TextQuote quote = anchor.quote(*snapped);
    a.exact = quote.exact;
    a.prefix = quote.prefix;
    a.suffix = quote.suffix;
    a.color = color;
    a.note = note;
    return insert(a);
}

Result<Annotation> AnnotationStore::insert(const Annotation &input)
{
    using R = Result<Annotation>;
    if (input.exact.isEmpty() || input.start < 0 || input.end <= input.start)
        return R::failure(QStringLiteral("an annotation needs a non-empty passage"));
    Annotation a = input;
    if (!a.created.isValid())
        a.created = Annotation::now();
    if (!a.modified.isValid())
        a.modified = a.created;
    QSqlQuery &q = prepared(
        m_insert,
        QStringLiteral(
            "INSERT INTO annotations (id, article_id, exact, prefix, suffix, start_pos, end_pos, color, "
            "note, orphaned, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.id > 0 ? QVariant(a.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(a.articleId);
    q.addBindValue(a.exact);
    q.addBindValue(nonNull(a.prefix));
    q.addBindValue(nonNull(a.suffix));
    q.addBindValue(a.start);
    q.addBindValue(a.end);
    q.addBindValue(Annotation::colorName(a.color));
    q.addBindValue(nonNull(a.note));
    q.addBindValue(a.orphaned ? 1 : 0);
    q.addBindValue(iso(a.created));
    q.addBindValue(iso(a.modified));
    if (!q.exec()) {
        const QString why = SqlErrorText::of(q);
        if (why.contains(QLatin1String("FOREIGN KEY")))
            return R::failure(QStringLiteral("no article with id %1").arg(a.articleId));
        return R::failure(why);
    }
    a.id = q.lastInsertId().toLongLong();
    emit added(a);
    return R(std::move(a));
}

Status AnnotationStore::write(const Annotation &a)
{
    QSqlQuery &q = prepared(
        m_update, QStringLiteral(
                      "UPDATE annotations SET exact = ?, prefix = ?, suffix = ?, start_pos = ?, end_pos = ?, "
                      "color = ?, note = ?, orphaned = ?, modified_at = ? WHERE id = ?"));
    q.addBindValue(a.exact);
    q.addBindValue(nonNull(a.prefix));
    q.addBindValue(nonNull(a.suffix));
    q.addBindValue(a.start);
    q.addBindValue(a.end);
    q.addBindValue(Annotation::colorName(a.color));
    q.addBindValue(nonNull(a.note));
    q.addBindValue(a.orphaned ? 1 : 0);
    q.addBindValue(iso(a.modified.isValid() ? a.modified : Annotation::now()));
    q.addBindValue(a.id);
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    if (q.numRowsAffected() == 0)
        return Status::failure(QStringLiteral("no annotation with id %1").arg(a.id));
    return {};
}

Status AnnotationStore::update(const Annotation &annotation)
{
    if (annotation.exact.isEmpty() || annotation.end <= annotation.start)
        return Status::failure(QStringLiteral("an annotation needs a non-empty passage"));
    Status s = write(annotation);
    if (s) {
        Annotation stored = annotation;
        if (!stored.modified.isValid())
            stored.modified = Annotation::now();
        emit changed(stored);
    }
    return s;
}

Status AnnotationStore::remove(qint64 id)
{
    Result<Annotation> existing = annotation(id);
    if (!existing)
        return Status::failure(existing.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    emit removed(id, existing->articleId);
    return {};
}

Result<ReanchorSummary> AnnotationStore::reanchor(qint64 articleId)
{
    return reanchorWith(articleId, std::nullopt);
}

Result<ReanchorSummary> AnnotationStore::reanchor(qint64 articleId, const QString &plainText)
{
    return reanchorWith(articleId, plainText);
}

Result<AnnotationStore::ReanchorPlan> AnnotationStore::planReanchor(qint64 articleId,
                                                                    const std::optional<QString> &plainText)
{
    using R = Result<ReanchorPlan>;
    QString text;
    if (plainText) {
        text = *plainText;
    } else {
        Result<QString> stored = articleText(articleId);
        if (!stored)
            return R::failure(stored.error());
        text = stored.value();
    }
    Result<QList<Annotation>> list = forArticle(articleId);
    if (!list)
        return R::failure(list.error());
    const TextAnchor anchor(text);
    ReanchorPlan plan;
    for (Annotation a : list.value()) {
        const std::optional<TextRange> found = anchor.locate({a.exact, a.prefix, a.suffix}, a.start);
        if (!found) {
            ++plan.summary.orphaned;
            if (a.orphaned)
                continue;
            // Keep the last known offsets and the quote: the user's words stay.
            a.orphaned = true;
            plan.changed.append(a);
            continue;
        }
        const TextQuote quote = anchor.quote(*found);
        if (!a.orphaned && found->start == a.start && found->end == a.end && quote.prefix == a.prefix &&
            quote.suffix == a.suffix) {
            ++plan.summary.unchanged;
            continue;
        }
        a.start = found->start;
        a.end = found->end;
        a.prefix = quote.prefix;
        a.suffix = quote.suffix;
        a.orphaned = false;
        plan.changed.append(a);
        ++plan.summary.moved;
    }
    return plan;
}

Result<ReanchorSummary> AnnotationStore::reanchorWith(qint64 articleId,
                                                      const std::optional<QString> &plainText)
{
    using R = Result<ReanchorSummary>;
    // Most articles open with every passage where it was: reading tells, and
    // then the write lock, which an import may hold for a while, is not needed.
    Result<ReanchorPlan> plan = planReanchor(articleId, plainText);
    if (!plan)
        return R::failure(plan.error());
    if (plan->changed.isEmpty())
        return R(plan->summary);
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return R::failure(QStringLiteral("could not lock the library to re-anchor annotations"));
    // Read again under the lock: an annotation edited through another
    // connection since the first read keeps its edit (the rows are written whole).
    plan = planReanchor(articleId, plainText);
    if (!plan)
        return R::failure(plan.error());
    for (const Annotation &a : std::as_const(plan->changed)) {
        if (Status s = write(a); !s)
            return R::failure(s.error());
    }
    if (!tx.commit())
        return R::failure(QStringLiteral("could not commit re-anchored annotations"));
    if (!plan->changed.isEmpty())
        emit articleReanchored(articleId);
    return R(plan->summary);
}

void AnnotationStore::announceReanchored(qint64 articleId)
{
    emit articleReanchored(articleId);
}

Result<AnnotationImportSummary> AnnotationStore::import(qint64 articleId,
                                                        const QList<Annotation> &annotations)
{
    using R = Result<AnnotationImportSummary>;
    Result<QString> text = articleText(articleId);
    if (!text)
        return R::failure(text.error());
    Result<QList<Annotation>> existing = forArticle(articleId);
    if (!existing)
        return R::failure(existing.error());
    const TextAnchor anchor(text.value());
    AnnotationImportSummary summary;
    QList<Annotation> added;
    {
        // Signals wait for the commit: a listener must not see rows a rollback would take back.
        const QSignalBlocker quiet(this);
        Transaction tx(m_db.connection());
        // Every note added would re-index the whole article through the
        // triggers; out of the index for the batch, it is indexed once.
        const auto hasNote = [](const Annotation &a) { return !a.note.isEmpty(); };
        SearchIndex index(m_db);
        bool suspended = false;
        if (std::count_if(annotations.cbegin(), annotations.cend(), hasNote) > 1) {
            Result<bool> s = index.suspendArticle(articleId);
            if (!s)
                return R::failure(s.error());
            suspended = s.value();
        }
        for (Annotation a : annotations) {
            a.id = 0;
            a.articleId = articleId;
            if (a.exact.isEmpty())
                return R::failure(QStringLiteral("an annotation has no quoted text"));
            const std::optional<TextRange> found = anchor.locate({a.exact, a.prefix, a.suffix}, a.start);
            if (found) {
                const TextQuote quote = anchor.quote(*found);
                a.start = found->start;
                a.end = found->end;
                a.prefix = quote.prefix;
                a.suffix = quote.suffix;
                a.orphaned = false;
            } else {
                a.orphaned = true;
                a.start = std::max(0, a.start);
                if (a.end <= a.start)
                    a.end = a.start + int(a.exact.toUcs4().size());
            }
            const auto same = [&a](const Annotation &e) { return sameContent(a, e); };
            if (std::any_of(existing->cbegin(), existing->cend(), same)) {
                ++summary.duplicates;
                continue;
            }
            Result<Annotation> stored = insert(a);
            if (!stored)
                return R::failure(stored.error());
            existing->append(stored.value());
            added.append(stored.value());
            ++summary.added;
            if (stored->orphaned) {
                ++summary.orphaned;
                summary.orphanedQuotes.append(stored->exact);
            }
        }
        if (suspended) {
            if (Status s = index.resumeArticle(articleId); !s)
                return R::failure(s.error());
        }
        if (!tx.commit())
            return R::failure(QStringLiteral("could not commit imported annotations"));
    }
    for (const Annotation &a : std::as_const(added))
        emit this->added(a);
    return R(summary);
}

} // namespace pathak
