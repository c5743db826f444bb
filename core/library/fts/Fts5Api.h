#pragma once

struct sqlite3;
struct fts5_api;

namespace pathak {

// FTS5's C interface of a connection, for the tokenizers that work with it.
class Fts5Api
{
public:
    // The connection's FTS5 interface; null without FTS5.
    static fts5_api *of(sqlite3 *db);
};

} // namespace pathak
