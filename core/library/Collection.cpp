#include "library/Collection.h"

namespace pathak {

ArticleCondition Collection::inbox()
{
    return {QStringLiteral("a.is_archived = 0 AND a.is_read = 0"), {}};
}

ArticleCondition Collection::favourites()
{
    return {QStringLiteral("a.is_favourite = 1"), {}};
}

ArticleCondition Collection::archive()
{
    return {QStringLiteral("a.is_archived = 1"), {}};
}

ArticleCondition Collection::feed(qint64 feedId)
{
    return {QStringLiteral("a.id IN (SELECT fi.article_id FROM feed_items fi WHERE fi.feed_id = ?)"),
            {feedId}};
}

ArticleCondition Collection::tag(qint64 tagId)
{
    return {QStringLiteral("a.id IN (SELECT at.article_id FROM article_tags at WHERE at.tag_id = ?)"),
            {tagId}};
}

} // namespace pathak
