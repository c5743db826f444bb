#pragma once

#include "base/Result.h"
#include "library/ArticleCondition.h"
#include "search/SearchQuery.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace pathak {

class LibraryDatabase;

// Narrows a search; an empty filter lets every article through.
struct SearchFilter
{
    QString source;  // part of the source label or URL, any case
    QDate savedFrom; // saved on or after this local day (null: no bound)
    QDate savedTo;   // saved on or before this local day (null: no bound)
    bool favouritesOnly = false;
    bool annotatedOnly = false;
    // Anything else, such as the operators of a LibraryQuery (its filter()).
    ArticleCondition condition;
};

struct SearchHit
{
    qint64 id = 0;
    QString title;
    QString snippet;                        // plain text, one line
    QList<std::pair<int, int>> snippetHits; // UTF-16 ranges of the matched words in snippet
    double score = 0;                       // higher is better (bm25, title weighted)

    // The snippet with each hit wrapped in open/close, for plain-text output.
    QString markedSnippet(const QString &open, const QString &close) const;
};

// Searches one library's full-text index (migrations 002, 004, 005) and
// repairs it. Uses the connection of the LibraryDatabase it was made with:
// a searching thread opens its own.
class SearchIndex
{
public:
    explicit SearchIndex(LibraryDatabase &db);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    static constexpr int DefaultLimit = 20;
    // A query matching more articles than this is ranked among the newest
    // this many of them (see search()).
    static constexpr int RankWindow = 1000;

    // Best hits first by bm25 (title weighted) among the newest RankWindow
    // matching articles that pass the filter. A query with no words (only punctuation, only
    // spaces) finds nothing; no query text is an error.
    Result<QList<SearchHit>> search(const SearchQuery &query, const SearchFilter &filter = {},
                                    int limit = DefaultLimit);
    Result<QList<SearchHit>> search(const QString &text, const SearchFilter &filter = {},
                                    int limit = DefaultLimit);

    // Builds the index again from the library's text, in one transaction.
    Status rebuild();
    // FTS5's own check that the index matches the library's text.
    Status check();

    // For a batch that changes many parts of one article in one
    // transaction (an import of annotations with notes): the triggers
    // re-index an article for every changed row, but leave alone one that
    // is not indexed. suspendArticle takes the article out of the index
    // (from its text as it still is) and says whether it was in;
    // resumeArticle indexes it once from its new text. Both must run in
    // the transaction that makes the changes, so a rollback undoes them too.
    Result<bool> suspendArticle(qint64 articleId);
    Status resumeArticle(qint64 articleId);

    // The source labels in the library, for a filter list.
    Result<QStringList> sourceLabels();

private:
    struct Statements;
    Statements &statements();

    LibraryDatabase &m_db;
    // Prepared once, on the first search: a query runs four statements, and
    // preparing them (the text view expands to six subqueries) cost as much
    // as running some of them.
    std::unique_ptr<Statements> m_statements;
};

} // namespace pathak
