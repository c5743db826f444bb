#pragma once

#include "base/Result.h"
#include "feeds/FeedParser.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QXmlStreamReader>

namespace pathak {

// One pass of QXmlStreamReader over a feed document: an RSS channel and
// its items, or an Atom feed and its entries. Links are resolved against
// the feed's address; items without a page to download are left out.
// Use once: read() consumes the document.
class FeedXmlReader
{
public:
    FeedXmlReader(const QByteArray &bytes, const QUrl &base);

    Result<Feed> read();

private:
    // Whether the root names an RSS version this reader understands.
    Status checkRssVersion();
    Result<Feed> fail() const;
    QUrl resolve(const QString &href) const;
    QString elementText();

    void readRss();
    void readRssChannel();
    void readRssItem();
    void readAtom();
    void readAtomEntry();
    // <link href> with rel="alternate" or no rel; consumes the element.
    QUrl alternateLink();
    void add(FeedItem item, const QString &id);

    QXmlStreamReader m_xml;
    QUrl m_base;
    Feed m_feed;
};

} // namespace pathak
