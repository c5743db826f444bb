#pragma once

#include "library/ArticleCondition.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pathak {

// One term of a query: free text or an operator, perhaps negated.
struct LibraryQueryTerm
{
    enum class Kind { Text, Tag, Feed, Source, Is, Has, Saved, Published, Author };
    Kind kind = Kind::Text;
    bool negated = false;
    QString value; // the text, or the operator's value as typed (quotes removed)
    // Saved and Published: the range [from, to); a missing end is open.
    std::optional<QDateTime> from, to;
    bool operator==(const LibraryQueryTerm &) const = default;
};

// The query language of the search field, saved searches and the command
// line: free text as SearchQuery reads it, and operators —
//   tag:NAME  feed:NAME|ID  source:TEXT  author:TEXT
//   is:unread|read|favourite|archived|inbox   has:highlights|notes|tags
//   saved:WHEN  published:WHEN
// where WHEN is a day, month or year (2026-03-01, 2026-03, 2026), a range
// (2026-01..2026-03, open at either end), a comparison (>2026-01, <=2026-02-15),
// an age (7d, 2w, 3m, 1y: within that long; >7d: longer ago than that), today
// or yesterday. Bengali digits are read as digits. A '-' before a term
// negates it; "quoted text" is a phrase, also as a value (tag:"দুই শব্দ").
//
// Any text is a valid query: an unknown operator, or a value an operator
// cannot read, is searched as text. The conditions are SQL over indexed
// columns with every typed value bound, never spliced into the SQL.
class LibraryQuery
{
public:
    static LibraryQuery parse(const QString &text, const QDateTime &now = QDateTime::currentDateTime());

    const QList<LibraryQueryTerm> &terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }
    // The free text that is not negated, for ranking with SearchIndex
    // (phrases quoted again); empty when there is none.
    QString searchText() const;
    bool hasSearchText() const { return !searchText().trimmed().isEmpty(); }
    // Every term but the positive free text: what narrows a ranked search.
    ArticleCondition filter() const;
    // Every term, the free text included (through the search index): what
    // the library list shows for this query.
    ArticleCondition condition() const;

private:
    ArticleCondition termCondition(const LibraryQueryTerm &term) const;

    QList<LibraryQueryTerm> m_terms;
};

} // namespace pathak
