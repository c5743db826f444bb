#pragma once

#include "article/Article.h"
#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace pathak {

// Parses the plain-text article format of docs/ARTICLE-FORMAT.md. Pure: no I/O, no
// state, safe to call from any thread.
class ArticleParser
{
public:
    static constexpr int maxTitleLength = 90;

    // From the raw bytes of a file (decoding rules included).
    static Result<Article> parse(const QByteArray &bytes);
    // From text that is already decoded (for pages served as text).
    static Result<Article> parseText(const QString &text);

    // The caption rule: a trailing `(ছবি: X)` or `(Photo: X)` is the credit.
    // Shared with the web extractor, whose figcaptions follow the same rule.
    static Caption parseCaption(const QString &text);

    // The title rule: the first sentence of the body, cut to 90 characters.
    static QString deriveTitle(const QStringList &paragraphs);
};

} // namespace pathak
