// Feeds arbitrary bytes to ArticleParser::parse, the first code every
// imported file meets. Besides crashes and sanitizer reports it checks what
// a successful parse promises.
#include "article/Article.h"
#include "article/ArticleParser.h"
#include "FuzzCheck.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace pathak;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A real copy, as QFile::readAll would give: fromRawData would hand the
    // parser a buffer without the terminating NUL every QByteArray has.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Article> parsed = ArticleParser::parse(bytes);
    if (!parsed) {
        PATHAK_FUZZ_CHECK(!parsed.error().isEmpty());
        PATHAK_FUZZ_CHECK(!parsed.error().contains(QLatin1Char('\n')));
        return 0;
    }
    const Article &a = parsed.value();
    PATHAK_FUZZ_CHECK(!a.paragraphs.isEmpty());
    for (const QString &p : a.paragraphs) {
        PATHAK_FUZZ_CHECK(!p.isEmpty());
        PATHAK_FUZZ_CHECK(p == p.trimmed());
        PATHAK_FUZZ_CHECK(!p.contains(QLatin1Char('\n')));
    }
    PATHAK_FUZZ_CHECK(a.title.size() <= ArticleParser::maxTitleLength + 1);
    for (const AdMarker &ad : a.ads)
        PATHAK_FUZZ_CHECK(ad.afterParagraph >= 0 && ad.afterParagraph <= a.paragraphs.size());
    // What `parse --json` prints and `show` reads back must round-trip.
    const QJsonDocument json(a.toJson());
    PATHAK_FUZZ_CHECK(Article::fromJson(QJsonDocument::fromJson(json.toJson()).object()).paragraphs ==
                      a.paragraphs);
    // The parse is a function of the text: the same bytes give the same article.
    PATHAK_FUZZ_CHECK(ArticleParser::parse(bytes).value() == a);
    return 0;
}
