#include "search/SearchIndex.h"

#include "library/sqlite/SqlErrorText.h"

#include "library/LibraryDatabase.h"
#include "library/sqlite/Transaction.h"
#include "search/SearchTokenizer.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace pathak {

namespace {

// A null QString binds as NULL, which the "? = ''" tests below would not catch.
QString nonNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
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
// then the caption, notes, comments, source and title; with no hit in any
// (a word only in the index), from the first piece.
struct SnippetSearch
{
    const SearchQuery &query;
    QString best;
    QList<std::pair<int, int>> ranges;
    QString fallback;

    // True when a piece of text (split at line breaks) has a hit.
    bool look(const QString &text)
    {
        for (const QString &piece : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (fallback.isEmpty())
                fallback = piece;
            ranges = query.hitRanges(piece);
            if (!ranges.isEmpty()) {
                best = piece;
                return true;
            }
        }
        return false;
    }
};

void cutSnippet(const SnippetSearch &found, SearchHit &hit)
{
    const QList<std::pair<int, int>> &bestRanges = found.ranges;
    const QString &best = found.ranges.isEmpty() ? found.fallback : found.best;
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

namespace {

// Filters cost a join with articles for every match: only the statement
// for a filtered search has them.
const QString filterClauses =
    QStringLiteral("AND (? = '' OR EXISTS (SELECT 1 FROM sources so WHERE so.article_id = a.id "
                   "     AND (instr(lower(so.label), lower(?)) > 0 OR instr(lower(so.url), lower(?)) > 0))) "
                   "AND (? = '' OR a.saved_at >= ?) "
                   "AND (? = '' OR a.saved_at < ?) "
                   "AND (? = 0 OR a.is_favourite = 1) "
                   "AND (? = 0 OR EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id)) ");

bool isFiltered(const SearchFilter &f)
{
    return !f.source.trimmed().isEmpty() || f.savedFrom.isValid() || f.savedTo.isValid() ||
           f.favouritesOnly || f.annotatedOnly || !f.condition.isEmpty();
}

} // namespace

struct SearchIndex::Statements
{
    explicit Statements(QSqlDatabase &db)
        : probe(db), window(db), filteredWindow(db), title(db), paragraphs(db), otherText(db)
    {
        for (QSqlQuery *q : {&probe, &window, &filteredWindow, &title, &paragraphs, &otherText})
            q->setForwardOnly(true);
        probe.prepare(QStringLiteral("SELECT 1 FROM search WHERE search MATCH ? LIMIT 1"));
        // The newest matches, each with its bm25 rank, in one pass: FTS5
        // walks its lists newest first and stops at the LIMIT.
        window.prepare(QStringLiteral(
            "SELECT rowid, rank FROM search WHERE search MATCH ? ORDER BY rowid DESC LIMIT ?"));
        filteredWindow.prepare(
            QStringLiteral(
                "SELECT search.rowid, search.rank FROM search JOIN articles a ON a.id = search.rowid "
                "WHERE search MATCH ? ") +
            filterClauses + QStringLiteral("ORDER BY search.rowid DESC LIMIT ?"));
        // A snippet from the body says most: its paragraphs are read one by
        // one until one has a hit, and the rest of the text only when none has.
        title.prepare(QStringLiteral("SELECT title FROM articles WHERE id = ?"));
        paragraphs.prepare(
            QStringLiteral("SELECT text FROM paragraphs WHERE article_id = ? ORDER BY position"));
        otherText.prepare(
            QStringLiteral("SELECT caption, notes, comments, source, title FROM search_text WHERE id = ?"));
    }

    // The filtered statement with a condition, prepared again only when
    // the condition's SQL changes (a query's values are bound each time).
    QSqlQuery &conditioned(QSqlDatabase &db, const QString &conditionSql)
    {
        if (!conditionedWindow || conditionedSql != conditionSql) {
            conditionedWindow = std::make_unique<QSqlQuery>(db);
            conditionedWindow->setForwardOnly(true);
            conditionedWindow->prepare(
                QStringLiteral(
                    "SELECT search.rowid, search.rank FROM search JOIN articles a ON a.id = search.rowid "
                    "WHERE search MATCH ? ") +
                filterClauses + QStringLiteral("AND (") + conditionSql +
                QStringLiteral(") ORDER BY search.rowid DESC LIMIT ?"));
            conditionedSql = conditionSql;
        }
        return *conditionedWindow;
    }

    QSqlQuery probe;
    QSqlQuery window;
    std::unique_ptr<QSqlQuery> conditionedWindow;
    QString conditionedSql;
    QSqlQuery filteredWindow;
    QSqlQuery title;
    QSqlQuery paragraphs;
    QSqlQuery otherText;
};

SearchIndex::~SearchIndex() = default;

SearchIndex::Statements &SearchIndex::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db.connection());
    return *m_statements;
}

Result<QList<SearchHit>> SearchIndex::search(const SearchQuery &query, const SearchFilter &filter, int limit)
{
    using R = Result<QList<SearchHit>>;
    QList<SearchHit> hits;
    if (query.isEmpty())
        return R(hits);
    Statements &st = statements();

    QSqlQuery &probe = st.probe;
    const QString match = query.ftsExpression([&probe](const QString &word) {
        probe.addBindValue(QString(QLatin1Char('"') + word + QLatin1Char('"')));
        const bool found = probe.exec() && probe.next();
        probe.finish();
        return found;
    });

    // bm25 costs a few microseconds per matching article, and a common word
    // matches a third of a big library. So the ranking looks at the newest
    // RankWindow matches only; a query with fewer matches (most queries) is
    // ranked whole. They come in one pass with their ranks and are sorted
    // here: cheaper than a pass to find the window and another for FTS5 to
    // rank and sort it.
    const bool filtered = isFiltered(filter);
    QSqlQuery &q = !filter.condition.isEmpty() ? st.conditioned(m_db.connection(), filter.condition.sql)
                   : filtered                  ? st.filteredWindow
                                               : st.window;
    q.addBindValue(match);
    if (filtered) {
        const QString source = nonNull(filter.source.trimmed());
        const QString from = nonNull(filter.savedFrom.isValid() ? utcBoundary(filter.savedFrom) : QString());
        const QString to =
            nonNull(filter.savedTo.isValid() ? utcBoundary(filter.savedTo.addDays(1)) : QString());
        for (const QString &v : {source, source, source, from, from, to, to})
            q.addBindValue(v);
        q.addBindValue(filter.favouritesOnly ? 1 : 0);
        q.addBindValue(filter.annotatedOnly ? 1 : 0);
        for (const QVariant &v : filter.condition.values)
            q.addBindValue(v);
    }
    q.addBindValue(RankWindow);
    if (!q.exec())
        return R::failure(QStringLiteral("search failed: %1").arg(SqlErrorText::of(q)));
    struct Ranked
    {
        qint64 id;
        double rank; // bm25: lower is better
    };
    std::vector<Ranked> ranked;
    ranked.reserve(RankWindow);
    while (q.next())
        ranked.push_back({q.value(0).toLongLong(), q.value(1).toDouble()});
    const bool failed = q.lastError().isValid();
    q.finish();
    if (failed)
        return R::failure(QStringLiteral("search failed: %1").arg(SqlErrorText::of(q)));
    const size_t n = std::min(ranked.size(), size_t(limit > 0 ? limit : DefaultLimit));
    // Equal ranks: the newer article first.
    std::partial_sort(
        ranked.begin(), ranked.begin() + qsizetype(n), ranked.end(),
        [](const Ranked &a, const Ranked &b) { return a.rank != b.rank ? a.rank < b.rank : a.id > b.id; });

    for (size_t i = 0; i < n; ++i) {
        SearchHit hit;
        hit.id = ranked[i].id;
        hit.score = -ranked[i].rank;
        st.title.addBindValue(hit.id);
        if (!st.title.exec() || !st.title.next()) {
            st.title.finish();
            return R::failure(QStringLiteral("search failed: %1").arg(SqlErrorText::of(st.title)));
        }
        hit.title = st.title.value(0).toString();
        st.title.finish();

        SnippetSearch found{query, {}, {}, {}};
        bool hasHit = false;
        st.paragraphs.addBindValue(hit.id);
        if (!st.paragraphs.exec())
            return R::failure(QStringLiteral("search failed: %1").arg(SqlErrorText::of(st.paragraphs)));
        while (!hasHit && st.paragraphs.next())
            hasHit = found.look(st.paragraphs.value(0).toString());
        st.paragraphs.finish();
        if (!hasHit) {
            st.otherText.addBindValue(hit.id);
            if (!st.otherText.exec() || !st.otherText.next()) {
                st.otherText.finish();
                return R::failure(QStringLiteral("search failed: %1").arg(SqlErrorText::of(st.otherText)));
            }
            for (int k = 0; k < 5 && !hasHit; ++k)
                hasHit = found.look(st.otherText.value(k).toString());
            st.otherText.finish();
        }
        cutSnippet(found, hit);
        hits.append(std::move(hit));
    }
    return R(std::move(hits));
}

Status SearchIndex::rebuild()
{
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Status::failure(QStringLiteral("cannot start a transaction to rebuild the search index"));
    QSqlQuery q(m_db.connection());
    for (const char *sql :
         {"DELETE FROM search_pending", "DELETE FROM search_bulk", "DELETE FROM search_bulk_articles",
          "INSERT INTO search (search) VALUES ('rebuild')",
          "INSERT INTO search (search) VALUES ('optimize')"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return Status::failure(
                QStringLiteral("cannot rebuild the search index: %1").arg(SqlErrorText::of(q)));
    }
    if (!tx.commit())
        return Status::failure(QStringLiteral("cannot commit the rebuilt search index"));
    return {};
}

Status SearchIndex::check()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("INSERT INTO search (search, rank) VALUES ('integrity-check', 1)")))
        return Status::failure(
            QStringLiteral("search index does not match the library: %1").arg(SqlErrorText::of(q)));
    return {};
}

Result<bool> SearchIndex::suspendArticle(qint64 articleId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_docsize WHERE id = ?)"));
    q.addBindValue(articleId);
    if (!q.exec() || !q.next())
        return Result<bool>::failure(SqlErrorText::of(q));
    if (!q.value(0).toBool())
        return false;
    q.finish();
    q.prepare(
        QStringLiteral("INSERT INTO search (search, rowid, title, caption, body, source, comments, notes) "
                       "SELECT 'delete', id, title, caption, body, source, comments, notes "
                       "FROM search_source WHERE id = ?"));
    q.addBindValue(articleId);
    if (!q.exec())
        return Result<bool>::failure(SqlErrorText::of(q));
    return true;
}

Status SearchIndex::resumeArticle(qint64 articleId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO search (rowid, title, caption, body, source, comments, notes) "
        "SELECT id, title, caption, body, source, comments, notes FROM search_source WHERE id = ?"));
    q.addBindValue(articleId);
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    return {};
}

Result<QStringList> SearchIndex::sourceLabels()
{
    QSqlQuery q(m_db.connection());
    // One seek of sources_label (migration 010) per distinct label, each for
    // the least label above the last: DISTINCT read every source row, 200 ms
    // and more at 1,000,000 articles, for a list of a few dozen names.
    if (!q.exec(QStringLiteral(
            "WITH RECURSIVE labels(label) AS ("
            "SELECT min(label) FROM sources WHERE label > '' "
            "UNION ALL SELECT (SELECT min(s.label) FROM sources s WHERE s.label > labels.label) "
            "FROM labels WHERE labels.label IS NOT NULL) "
            "SELECT label FROM labels WHERE label IS NOT NULL")))
        return Result<QStringList>::failure(SqlErrorText::of(q));
    QStringList labels;
    while (q.next())
        labels.append(q.value(0).toString());
    return labels;
}

} // namespace pathak
