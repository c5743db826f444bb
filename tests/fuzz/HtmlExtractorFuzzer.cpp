// Feeds arbitrary bytes to WebPageParser::parse as an HTML page, the path
// every downloaded or dropped web page takes: charset detection, the HTML5
// parser, JSON-LD, OpenGraph and the markup rules of HtmlExtractor. Besides
// crashes and sanitizer reports it checks what an extraction promises.
#include "article/Article.h"
#include "FuzzCheck.h"
#include "text/BengaliText.h"
#include "web/WebPageParser.h"

#include <QByteArray>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace pathak;

namespace {

// Text the reader, the store and the search index can take as it is: valid
// UTF-16 (no lone surrogates from a bad charset conversion), already NFC,
// one line.
bool isCleanText(const QString &s)
{
    return s.isValidUtf16() && BengaliText::toNfc(s) == s && !s.contains(QLatin1Char('\n')) &&
           !s.contains(QLatin1Char('\r')) && !s.contains(QChar(0));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QUrl pageUrl(QStringLiteral("https://news.example.com/bn/article/1"));
    const Result<WebArticle> parsed = WebPageParser::parse(bytes, pageUrl, "text/html");
    if (!parsed) {
        PATHAK_FUZZ_CHECK(!parsed.error().isEmpty());
        PATHAK_FUZZ_CHECK(!parsed.error().contains(QLatin1Char('\n')));
        return 0;
    }
    const Article &a = parsed->article;
    PATHAK_FUZZ_CHECK(!a.paragraphs.isEmpty());
    for (const QString &p : a.paragraphs) {
        PATHAK_FUZZ_CHECK(!p.isEmpty());
        PATHAK_FUZZ_CHECK(p == p.trimmed());
        PATHAK_FUZZ_CHECK(isCleanText(p));
    }
    PATHAK_FUZZ_CHECK(a.title == a.title.trimmed());
    PATHAK_FUZZ_CHECK(isCleanText(a.title));
    if (a.caption) {
        PATHAK_FUZZ_CHECK(isCleanText(a.caption->text));
        PATHAK_FUZZ_CHECK(isCleanText(a.caption->credit));
    }
    if (a.source) {
        PATHAK_FUZZ_CHECK(isCleanText(a.source->label));
        PATHAK_FUZZ_CHECK(isCleanText(a.source->url));
    }
    // Only a web address may be downloaded as the lead image.
    if (!parsed->imageUrl.isEmpty()) {
        const QString scheme = parsed->imageUrl.scheme();
        PATHAK_FUZZ_CHECK(scheme == QLatin1String("http") || scheme == QLatin1String("https"));
    }
    // Extraction is a function of the bytes: the same page gives the same article.
    const Result<WebArticle> again = WebPageParser::parse(bytes, pageUrl, "text/html");
    PATHAK_FUZZ_CHECK(again.ok() && again->article == a && again->imageUrl == parsed->imageUrl);
    return 0;
}
