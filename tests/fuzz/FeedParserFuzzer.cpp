// Feeds arbitrary bytes to FeedParser::parse as a downloaded feed: the XML a
// subscribed site (or anyone between it and us) sends on every refresh.
// Besides crashes and sanitizer reports it checks what a parse promises the
// refresher: one-line errors, and items it can download and tell apart.
// The links are also put to the rules a download from a feed follows
// (the feed.dict holds odd schemes and addresses to reach them): only
// http(s) with a host is fetched, and a link to this computer or its network
// is never taken for the feed's own, public, host.
#include "feeds/FeedParser.h"
#include "FuzzCheck.h"
#include "text/BengaliText.h"
#include "web/Downloader.h"
#include "web/PrivateNetwork.h"

#include <QByteArray>
#include <QHostAddress>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace pathak;

namespace {

// A title the feeds dialog and the store take as it is: valid UTF-16, NFC,
// one line, no runs of spaces at its ends.
bool isCleanTitle(const QString &s)
{
    return s.isValidUtf16() && BengaliText::toNfc(s) == s && !s.contains(QLatin1Char('\n')) &&
           !s.contains(QLatin1Char('\r')) && s == s.trimmed();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QUrl feedUrl(QStringLiteral("https://news.example.com/bn/feed.xml"));
    const Result<Feed> parsed = FeedParser::parse(bytes, feedUrl);
    if (!parsed) {
        PATHAK_FUZZ_CHECK(!parsed.error().isEmpty());
        PATHAK_FUZZ_CHECK(!parsed.error().contains(QLatin1Char('\n')));
        return 0;
    }
    PATHAK_FUZZ_CHECK(isCleanTitle(parsed->title));
    for (const FeedItem &item : parsed->items) {
        // The key decides "already saved"; the link is what gets downloaded.
        PATHAK_FUZZ_CHECK(!item.key.isEmpty());
        PATHAK_FUZZ_CHECK(item.link.isValid() && !item.link.isEmpty());
        PATHAK_FUZZ_CHECK(isCleanTitle(item.title));
        const QUrl &link = item.link;
        if (Downloader::isSupportedUrl(link)) {
            const QString scheme = link.scheme().toLower();
            PATHAK_FUZZ_CHECK(scheme == QLatin1String("http") || scheme == QLatin1String("https"));
            const QHostAddress address(link.host());
            if (!address.isNull() && !PrivateNetwork::kindOf(address).isEmpty())
                PATHAK_FUZZ_CHECK(!PrivateNetwork::isSameHost(link.host(), feedUrl.host()));
        }
    }
    // A parse is a function of the bytes.
    const Result<Feed> again = FeedParser::parse(bytes, feedUrl);
    PATHAK_FUZZ_CHECK(again.ok() && again->items.size() == parsed->items.size());
    for (qsizetype i = 0; i < parsed->items.size(); ++i) {
        PATHAK_FUZZ_CHECK(again->items.at(i).key == parsed->items.at(i).key);
        PATHAK_FUZZ_CHECK(again->items.at(i).link == parsed->items.at(i).link);
    }
    return 0;
}
