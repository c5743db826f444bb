#pragma once

#include "library/ArticleCondition.h"

namespace pathak {

// The collections of the side bar as conditions on articles, shared by the
// list (LibraryListQuery), the counts (CollectionCounter) and the query
// language (search/LibraryQuery), so a count always counts what the list
// shows. Each one reads an index of migration 007.
class Collection
{
public:
    // Unread and not archived: what is still to be dealt with.
    static ArticleCondition inbox();
    static ArticleCondition all() { return {}; }
    static ArticleCondition favourites();
    static ArticleCondition archive();
    static ArticleCondition feed(qint64 feedId);
    static ArticleCondition tag(qint64 tagId);
};

} // namespace pathak
