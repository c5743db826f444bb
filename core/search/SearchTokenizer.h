#pragma once

#include <QList>
#include <QString>

namespace pathak {

// How search cuts text into words and folds them. It must agree with the
// index (resources/migrations/002_search.sql: replace() folding, then FTS5's
// unicode61 with marks as token characters): queries are built from these
// words, and search hits are marked in articles with them.
//
// A word is a run of letters, numbers, private-use characters and marks:
// vowel signs and hasanta stay inside the word, so বাংলাদেশ is one token
// and never a set of fragments. ZWJ/ZWNJ join but are dropped from the
// folded word.
//
// Folding: ত্‍ → ৎ, অা → আ, Bengali digits to ASCII, case folding, then NFC
// (article text is NFC already: the parser normalises it). ৷ (U+09F7,
// often typed for the danda) separates words like ।.
class SearchTokenizer
{
public:
    struct Token
    {
        QString text;  // folded
        int start = 0; // UTF-16 offsets of the word in the input
        int end = 0;
    };

    static QList<Token> tokenize(const QString &text);
};

} // namespace pathak
