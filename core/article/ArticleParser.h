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

    // When the title was derived from the body (it is what deriveTitle()
    // gives), the length of the first paragraph's first sentence, which the
    // title repeats: a view shows that sentence once, as the headline, and
    // the paragraph from the text after it (a sentence longer than a title
    // is shown smaller, as a lead). 0 when the title is the article's own,
    // or the sentence is too long even for a lead.
    static int repeatedLeadLength(const Article &article);
    // That sentence as the view shows it: as a headline without the full
    // stop (। or .) that ends it, or whole when it is longer than a title.
    static QString leadHeadline(const Article &article);
    static constexpr int maxLeadSentence = 400;
};

} // namespace pathak
