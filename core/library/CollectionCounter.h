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

// Counts every collection at once without reading the articles: the article
// states and the feeds' unread articles from the summary tables the writers
// keep (article_state_counts, feed_unread_counts), the tags from one range of
// article_tags_tag each. Uses the connection of the LibraryDatabase it was made with.
class CollectionCounter
{
public:
    explicit CollectionCounter(LibraryDatabase &db);
    Result<CollectionCounts> counts();

private:
    LibraryDatabase &m_db;
};

} // namespace pathak
