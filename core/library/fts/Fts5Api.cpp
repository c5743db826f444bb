#include "library/fts/Fts5Api.h"

#include <sqlite3.h>

namespace pathak {

fts5_api *Fts5Api::of(sqlite3 *db)
{
    // FTS5 hands out its interface as a pointer bound to this query.
    fts5_api *api = nullptr;
    sqlite3_stmt *query = nullptr;
    if (db && sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &query, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(query, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(query);
    }
    sqlite3_finalize(query);
    return api;
}

} // namespace pathak
