#pragma once

#include "base/Result.h"
#include "library/TagStore.h"

#include <QList>
#include <QString>

namespace pathak {

class LibraryDatabase;

struct FeedCount
{
    qint64 id = 0;
    QString title;  // the feed's title, else its address
    int unread = 0; // unread and not archived: what the feed adds to the inbox
};

// What the side bar shows next to each collection (Collection).
struct CollectionCounts
{
    int all = 0;
    int inbox = 0;
    int favourites = 0;
    int archive = 0;
    QList<FeedCount> feeds; // by title
    QList<TagCount> tags;   // by folded name
};

// Counts every collection at once from indexes only: the article states in
// one grouped scan of articles_state, the feeds' unread articles through
// articles_state and feed_items_article, the tags through article_tags_tag. Uses the
// connection of the LibraryDatabase it was made with.
class CollectionCounter
{
public:
    explicit CollectionCounter(LibraryDatabase &db);
    Result<CollectionCounts> counts();

private:
    LibraryDatabase &m_db;
};

} // namespace pathak
