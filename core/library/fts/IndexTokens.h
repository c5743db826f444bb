#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace pathak {

// The tokens SQLite's own unicode61 tokenizer makes of one text, with the
// arguments the library's search index was created with (migration 002),
// kept so that they can be made on one thread and indexed on another.
//
// Tokenizing was nearly half of what storing an article cost, and
// storing must run on the one thread that writes to the library. An import
// makes the tokens on its parsing thread instead (ImportBatchWriter::encode),
// and IndexTokenizer hands them to FTS5 when it indexes the same text.
//
// unicode61 decides character by character: whether one starts a token,
// whether it continues one, and what it folds to. For every character below
// U+3000 (Latin, Indic scripts, punctuation) those three answers are read off
// SQLite's unicode61 itself, once per process, into a table; a text made only
// of such characters is tokenized from the table, some five times faster,
// and any other text by unicode61 itself. Either way the tokens, and so the
// index, are byte for byte what FTS5 would have made (IndexTokensTest
// compares the two on every character of the table).
class IndexTokens
{
public:
    // The arguments of the index's tokenizer, as FTS5 passes them (the
    // tokenize option of the search table, migration 002, split into words).
    static const std::vector<QByteArray> &indexArguments();

    IndexTokens() = default;
    // The tokens of utf8. Thread-safe. They are for indexing exactly this
    // text (see isFor) and keep a shallow copy of it.
    static IndexTokens of(const QByteArray &utf8);
    // The same, always from SQLite's unicode61 (for comparison).
    static IndexTokens bySqlite(const QByteArray &utf8);
    // Whether of() makes the tokens of utf8 from the table: well-formed
    // UTF-8 of characters below U+3000 only.
    static bool tableCovers(QByteArrayView utf8);

    bool operator==(const IndexTokens &other) const;

    // Whether these are the tokens of text: tokens of other text, or of a
    // text unicode61 could not tokenize, are never replayed.
    bool isFor(QByteArrayView text) const;
    // Gives each token to an FTS5 token callback, as unicode61 would have.
    int replay(void *context, int (*token)(void *, int, const char *, int, int, int)) const;

    qsizetype size() const { return qsizetype(m_tokens.size()); }

private:
    static bool fromTable(const QByteArray &utf8, IndexTokens &out);

    struct Token
    {
        int flags;
        int offset; // into m_bytes
        int size;
        int start; // byte offsets in the text
        int end;
    };
    static int record(void *self, int flags, const char *token, int size, int start, int end);

    bool m_valid = false;
    QByteArray m_text;  // what was tokenized (shares the caller's bytes)
    QByteArray m_bytes; // the tokens' folded bytes, one after another
    std::vector<Token> m_tokens;
};

} // namespace pathak
