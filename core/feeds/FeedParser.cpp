#include "feeds/FeedParser.h"

#include "feeds/FeedXmlReader.h"

namespace pathak {

Result<Feed> FeedParser::parse(const QByteArray &bytes, const QUrl &feedUrl)
{
    return FeedXmlReader(bytes, feedUrl).read();
}

} // namespace pathak
