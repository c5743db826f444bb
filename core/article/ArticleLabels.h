#pragma once

#include <QString>

namespace pathak {

// The labels Pathak sets around an article's own text (photo credit,
// source, comments, notes) and the numbers in them. One rule everywhere,
// in the reader, the PDF and the Markdown copy: the article's language,
// whatever the interface language. Pathak's articles are Bengali, so the
// labels are Bengali words with Bengali digits, as the articles print
// their own (docs/ARTICLE-FORMAT.md). The photo credit's label is
// Caption::creditLabel, by the same rule.
class ArticleLabels
{
public:
    // n in Bengali digits (০-৯), a minus sign kept.
    static QString number(int n);
    // "সূত্র:", without the space that follows it.
    static QString source() { return QStringLiteral("সূত্র:"); }
    // "মন্তব্য (৩)": the number of comments the article declares.
    static QString comments(int declared) { return QStringLiteral("মন্তব্য (%1)").arg(number(declared)); }
    // The heading over the notes of highlights.
    static QString notes() { return QStringLiteral("টীকা"); }
    // The line under the headline: "author · ৩ ডিসেম্বর ২০২৬", either
    // part alone when the other is unknown, empty when both are. published
    // is ISO 8601 (a day or a time); one that is not is left out.
    static QString byline(const QString &author, const QString &published);
};

} // namespace pathak
