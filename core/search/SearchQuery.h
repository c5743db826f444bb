#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace pathak {

// One thing a hit must contain: consecutive folded words; with inflected
// set, the last word may also take any of its inflected forms.
struct SearchPhrase
{
    QStringList tokens;
    bool inflected = false;
    bool operator==(const SearchPhrase &) const = default;
};

// What the user typed, understood as words and phrases. Any text is a valid
// query: the FTS5 expression is built here from folded words, each one
// quoted, so FTS5 syntax the user types (AND, NEAR, *, -, column:) is
// searched as text and never reaches the FTS5 parser as syntax.
//
// A word finds its inflected forms: the word and its stem (a light strip of
// common Bengali case and plural endings) are looked for with each of those
// endings (ট্রাম্প finds ট্রাম্পের, রাশিয়ার finds রাশিয়া and রাশিয়াকে), as
// whole words: never as fragments, and never as an open prefix, which FTS5
// would expand over the whole index. Short words and numbers match as they
// are. Text in quotes is an exact phrase; a quote still open at the end (the
// user is typing) lets its last word be inflected.
class SearchQuery
{
public:
    static SearchQuery parse(const QString &text);

    bool isEmpty() const { return m_phrases.isEmpty(); }
    const QList<SearchPhrase> &phrases() const { return m_phrases; }

    // The FTS5 MATCH expression: all phrases must occur; a phrase with
    // digits occurs with ASCII or with Bengali digits. With occurs given,
    // inflected forms it says are nowhere in the index are left out: every
    // phrase in the expression costs bm25 a pass over its list.
    QString ftsExpression(const std::function<bool(const QString &word)> &occurs = {}) const;

    // Where the query's phrases occur in text, as sorted, non-overlapping
    // UTF-16 ranges [start, end) covering whole words.
    QList<std::pair<int, int>> hitRanges(const QString &text) const;

    // The word with one common inflection suffix removed, or the word itself.
    static QString stem(const QString &folded);
    // The folded words a query word stands for: itself and, unless it is
    // short or a number, its inflected forms and those of its stem.
    static QStringList forms(const QString &folded);

private:
    QList<SearchPhrase> m_phrases;
    // Per phrase, the words its last token may be (forms(), or itself):
    // made once here, as hitRanges() runs over every paragraph of every hit.
    QList<QSet<QString>> m_lasts;
};

} // namespace pathak
