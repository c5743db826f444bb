#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace pathak {

// One thing a hit must contain: consecutive folded words; with prefix set,
// the last word may be the start of a longer one.
struct SearchPhrase
{
    QStringList tokens;
    bool prefix = false;
    bool operator==(const SearchPhrase &) const = default;
};

// What the user typed, understood as words and phrases. Any text is a valid
// query: the FTS5 expression is built here from folded words, each one
// quoted, so FTS5 syntax the user types (AND, NEAR, *, -, column:) is
// searched as text and never reaches the FTS5 parser as syntax.
//
// A word finds its inflected forms: it is matched as a prefix (ট্রাম্প finds
// ট্রাম্পের) after a light strip of common Bengali suffixes (রাশিয়ার finds
// রাশিয়া and রাশিয়াকে). Short words and numbers match whole. Text in quotes
// is an exact phrase; a quote still open at the end (the user is typing)
// lets its last word be a prefix.
class SearchQuery
{
public:
    static SearchQuery parse(const QString &text);

    bool isEmpty() const { return m_phrases.isEmpty(); }
    const QList<SearchPhrase> &phrases() const { return m_phrases; }

    // The FTS5 MATCH expression: all phrases must occur; a phrase with
    // digits occurs with ASCII or with Bengali digits.
    QString ftsExpression() const;

    // Where the query's phrases occur in text, as sorted, non-overlapping
    // UTF-16 ranges [start, end) covering whole words.
    QList<std::pair<int, int>> hitRanges(const QString &text) const;

    // The word with one common inflection suffix removed, or the word itself.
    static QString stem(const QString &folded);

private:
    QList<SearchPhrase> m_phrases;
};

} // namespace pathak
