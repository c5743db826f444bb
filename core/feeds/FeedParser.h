#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace pathak {

struct FeedItem
{
    QString key; // guid (RSS) or id (Atom), else the link: what "already saved" is decided by
    QString title;
    QUrl link; // the article's page
    QDateTime published;
    QString author; // dc:creator or author (RSS), author/name (Atom); names joined with ", "
};

struct Feed
{
    QString title;
    QUrl siteUrl;
    QList<FeedItem> items; // in the feed's order
};

// Reads RSS 2.0 and Atom 1.0 with QXmlStreamReader. Malformed XML, or XML
// that is neither, is an error naming the line and column. Pure.
class FeedParser
{
public:
    static Result<Feed> parse(const QByteArray &bytes, const QUrl &feedUrl);
};

} // namespace pathak
