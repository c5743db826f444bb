#pragma once

#include "base/Result.h"

#include <QtGlobal>

#include <initializer_list>

struct sqlite3;

namespace pathak {

class IndexTokens;

// SQLite's unicode61 tokenizer, as the search index uses it, with one
// addition: it can be offered the tokens of a text made in advance
// (IndexTokens), and then indexes that text from them instead of
// tokenizing it again. Any other text it tokenizes itself.
//
// It is installed on every library connection (LibraryDatabase::open) under
// the name unicode61, in front of SQLite's own: FTS5 takes the newest
// tokenizer of a name. The schema still names plain unicode61 and the index
// is the same either way, so the sqlite3 shell and any other SQLite program
// read and change the index as before.
class IndexTokenizer
{
public:
    // Must run before the connection first opens the search table: FTS5
    // makes a table's tokenizer then.
    static Status install(sqlite3 *db);

    // The tokenizer installed on db (isInstalled() is false if none is).
    explicit IndexTokenizer(sqlite3 *db);
    bool isInstalled() const { return m_shared != nullptr; }

    // Until withdraw(), a document text that one of these is for is indexed
    // from it. The tokens must outlive the offer.
    void offer(std::initializer_list<const IndexTokens *> tokens);
    void withdraw();
    // How many texts this connection indexed from offered tokens.
    qint64 replayedTexts() const;

    struct Shared;

private:
    Shared *m_shared = nullptr; // owned by the connection's FTS5
};

} // namespace pathak
