#pragma once

#include "base/Result.h"
#include "web/HtmlExtractor.h"

#include <QByteArray>
#include <QUrl>

namespace pathak {

// Turns the bytes of a downloaded page (or a local .html file) into an
// article: picks the charset, then reads HTML with HtmlExtractor and
// text/plain with the article-format parser. Pure function of its
// arguments, so it can be fuzzed and called from any thread.
class WebPageParser
{
public:
    static Result<WebArticle> parse(const QByteArray &bytes, const QUrl &url, const QByteArray &contentType);

    // "text/plain", "text/html", … guessed from a local file's name.
    static QByteArray contentTypeForFile(const QString &path);
};

} // namespace pathak
