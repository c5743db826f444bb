#include "SearchIndex.h"

#include "LibraryDatabase.h"
#include "SearchTokenizer.h"
#include "Transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace pathak {

namespace {

// A null QString binds as NULL, which the "? = ''" tests below would not catch.
QString nonNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QString errorOf(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

// saved_at is ISO 8601 in UTC; a day boundary is local midnight.
QString utcBoundary(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

// How much of a paragraph a snippet shows around its first hit, in words.
constexpr int SnippetWordsBefore = 6;
constexpr int SnippetWords = 24;

// The snippet comes from the article's own text, not the folded text the
// index holds, so it shows what the reader will see (১২, not 12). It is cut
// from the first piece with a hit, looking at the body's paragraphs first,
// then the caption, notes, comments, source and title.
void makeSnippet(const SearchQuery &query, const QStringList &fields, SearchHit &hit)
{
    QString best;
    QList<std::pair<int, int>> bestRanges;
    QString fallback;
    for (const QString &field : fields) {
        for (const QString &piece : field.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (fallback.isEmpty())
                fallback = piece;
            bestRanges = query.hitRanges(piece);
            if (!bestRanges.isEmpty()) {
                best = piece;
                break;
            }
        }
        if (!bestRanges.isEmpty())
            break;
    }
    if (bestRanges.isEmpty())
        best = fallback;
    const QList<SearchTokenizer::Token> words = SearchTokenizer::tokenize(best);
    if (words.isEmpty()) {
        hit.snippet = best.left(160);
        return;
    }
    qsizetype first = 0;
    if (!bestRanges.isEmpty()) {
        while (first < words.size() && words.at(first).end <= bestRanges.first().first)
            ++first;
    }
    const qsizetype from = std::max<qsizetype>(0, first - SnippetWordsBefore);
    const qsizetype to = std::min<qsizetype>(words.size(), from + SnippetWords);
    const int start = from == 0 ? 0 : words.at(from).start;
    const int end = to == words.size() ? int(best.size()) : words.at(to - 1).end;
    const QString ellipsis = QStringLiteral("…");
    const int shift = (start > 0 ? int(ellipsis.size()) : 0) - start;
    hit.snippet = (start > 0 ? ellipsis : QString()) + best.mid(start, end - start) +
                  (end < best.size() ? ellipsis : QString());
    for (const auto &[s, e] : std::as_const(bestRanges)) {
        if (s >= start && e <= end)
            hit.snippetHits.append({s + shift, e + shift});
    }
}

} // namespace

QString SearchHit::markedSnippet(const QString &open, const QString &close) const
{
    QString out = snippet;
    // From the end, so earlier offsets stay valid.
    for (auto it = snippetHits.crbegin(); it != snippetHits.crend(); ++it) {
        out.insert(it->second, close);
        out.insert(it->first, open);
    }
    return out;
}

SearchIndex::SearchIndex(LibraryDatabase &db) : m_db(db)
{
    // A query touches pages all over the index and the article tables; read
    // through a memory map and keep more of them cached than SQLite's 2 MB
    // default, instead of copying them from the OS cache again each query.
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("PRAGMA mmap_size = 1073741824"));
    q.exec(QStringLiteral("PRAGMA cache_size = -32768"));
}

Result<QList<SearchHit>> SearchIndex::search(const QString &text, const SearchFilter &filter, int limit)
{
    return search(SearchQuery::parse(text), filter, limit);
}

Result<QList<SearchHit>> SearchIndex::search(const SearchQuery &query, const SearchFilter &filter, int limit)
{
    using R = Result<QList<SearchHit>>;
    QList<SearchHit> hits;
    if (query.isEmpty())
        return R(hits);

    const QString filters = QStringLiteral(
        "AND (? = '' OR EXISTS (SELECT 1 FROM sources so WHERE so.article_id = a.id "
        "     AND (instr(lower(so.label), lower(?)) > 0 OR instr(lower(so.url), lower(?)) > 0))) "
        "AND (? = '' OR a.saved_at >= ?) "
        "AND (? = '' OR a.saved_at < ?) "
        "AND (? = 0 OR a.is_favourite = 1) "
        "AND (? = 0 OR EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id)) ");
    const QString source = nonNull(filter.source.trimmed());
    const QString from = nonNull(filter.savedFrom.isValid() ? utcBoundary(filter.savedFrom) : QString());
    const QString to = nonNull(filter.savedTo.isValid() ? utcBoundary(filter.savedTo.addDays(1)) : QString());
    QSqlQuery probe(m_db.connection());
    probe.setForwardOnly(true);
    probe.prepare(QStringLiteral("SELECT 1 FROM search WHERE search MATCH ? LIMIT 1"));
    const QString match = query.ftsExpression([&probe](const QString &word) {
        probe.addBindValue(QString(QLatin1Char('"') + word + QLatin1Char('"')));
        const bool found = probe.exec() && probe.next();
        probe.finish();
        return found;
    });
    auto bindFilters = [&](QSqlQuery &q) {
        for (const QString &v : {source, source, source, from, from, to, to})
            q.addBindValue(v);
        q.addBindValue(filter.favouritesOnly ? 1 : 0);
        q.addBindValue(filter.annotatedOnly ? 1 : 0);
    };

    // bm25 costs a few microseconds per matching article, and a common word
    // matches a third of a big library. So the ranking looks at the newest
    // RankWindow matches only: FTS5 walks its lists newest first and stops
    // there. A query with fewer matches (most queries) is ranked whole.
    qint64 floor = 0;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT search.rowid FROM search JOIN articles a ON a.id = search.rowid "
                                 "WHERE search MATCH ? ") +
                  filters + QStringLiteral("ORDER BY search.rowid DESC LIMIT 1 OFFSET ?"));
        q.addBindValue(match);
        bindFilters(q);
        q.addBindValue(RankWindow - 1);
        if (!q.exec())
            return R::failure(QStringLiteral("search failed: %1").arg(errorOf(q)));
        if (q.next())
            floor = q.value(0).toLongLong();
    }

    // ORDER BY rank with the FTS table outermost lets FTS5 sort by bm25
    // itself, and LIMIT stops it early; text for the snippets is read after,
    // for the hits only.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT search.rowid, a.title, search.rank "
                             "FROM search JOIN articles a ON a.id = search.rowid "
                             "WHERE search MATCH ? AND search.rowid >= ? ") +
              filters + QStringLiteral("ORDER BY search.rank LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(floor);
    bindFilters(q);
    q.addBindValue(limit > 0 ? limit : DefaultLimit);
    if (!q.exec())
        return R::failure(QStringLiteral("search failed: %1").arg(errorOf(q)));
    while (q.next()) {
        SearchHit hit;
        hit.id = q.value(0).toLongLong();
        hit.title = q.value(1).toString();
        hit.score = -q.value(2).toDouble();
        hits.append(std::move(hit));
    }
    if (q.lastError().isValid())
        return R::failure(QStringLiteral("search failed: %1").arg(errorOf(q)));
    q.finish();

    QSqlQuery text(m_db.connection());
    text.setForwardOnly(true);
    // Body first: a snippet from the body says most; the title is shown anyway.
    text.prepare(QStringLiteral("SELECT body, caption, notes, comments, source, title FROM search_text WHERE id = ?"));
    for (SearchHit &hit : hits) {
        text.addBindValue(hit.id);
        if (!text.exec() || !text.next())
            return R::failure(QStringLiteral("search failed: %1").arg(errorOf(text)));
        QStringList fields;
        for (int i = 0; i < 6; ++i)
            fields.append(text.value(i).toString());
        text.finish();
        makeSnippet(query, fields, hit);
    }
    return R(std::move(hits));
}

Status SearchIndex::rebuild()
{
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Status::failure(QStringLiteral("cannot start a transaction to rebuild the search index"));
    QSqlQuery q(m_db.connection());
    for (const char *sql : {"DELETE FROM search_pending", "INSERT INTO search (search) VALUES ('rebuild')",
                            "INSERT INTO search (search) VALUES ('optimize')"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return Status::failure(QStringLiteral("cannot rebuild the search index: %1").arg(errorOf(q)));
    }
    if (!tx.commit())
        return Status::failure(QStringLiteral("cannot commit the rebuilt search index"));
    return {};
}

Status SearchIndex::check()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("INSERT INTO search (search, rank) VALUES ('integrity-check', 1)")))
        return Status::failure(QStringLiteral("search index does not match the library: %1").arg(errorOf(q)));
    return {};
}

Result<QStringList> SearchIndex::sourceLabels()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT label FROM sources WHERE label <> '' ORDER BY label")))
        return Result<QStringList>::failure(errorOf(q));
    QStringList labels;
    while (q.next())
        labels.append(q.value(0).toString());
    return labels;
}

} // namespace pathak
