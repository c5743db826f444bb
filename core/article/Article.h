#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pathak {

struct Caption
{
    QString text;
    QString credit; // empty when the caption names no photo credit
    bool operator==(const Caption &) const = default;

    // How the reader, the PDF and the Markdown copy label the credit: in the
    // article's language, as the articles print it, whatever the UI language.
    static QString creditLabel(const QString &credit) { return QStringLiteral("ছবি: ") + credit; }
};

// An advertisement placeholder such as [বিজ্ঞাপন_২]: not body text, but its
// position is kept so an export or a re-parse can put it back.
struct AdMarker
{
    QString label;
    int number = 0;
    int afterParagraph = 0; // how many body paragraphs precede it
    bool operator==(const AdMarker &) const = default;
};

struct Source
{
    QString label;
    QString url; // empty for a source given without a link
    bool operator==(const Source &) const = default;
};

struct Comment
{
    std::optional<QString> author; // nullopt when the line names no author
    QString text;
    bool operator==(const Comment &) const = default;
};

struct CommentSection
{
    int declared = 0; // the count the page printed; may differ from items.size()
    QList<Comment> items;
    bool operator==(const CommentSection &) const = default;
};

// One block of an article's reading text, in Article::plainText() order.
// Views that lay the article out block by block map annotation offsets
// through these.
struct TextBlock
{
    enum class Kind { Title, Caption, Paragraph, Comment };
    Kind kind = Kind::Paragraph;
    int index = 0; // paragraph or comment number; 0 for title and caption
    QString text;  // exactly as it appears in plainText()
    int start = 0; // offset of the block in plainText(), in Unicode code points
    bool operator==(const TextBlock &) const = default;
};

// One article as the parser understands it (docs/ARTICLE-FORMAT.md).
struct Article
{
    QString title;
    std::optional<Caption> caption;
    QStringList paragraphs;
    QList<AdMarker> ads;
    std::optional<Source> source;
    std::optional<CommentSection> comments;

    bool operator==(const Article &) const = default;

    // The structure `parse --json` prints.
    QJsonObject toJson() const;
    static Article fromJson(const QJsonObject &o);

    // The article as plain reading text: title, caption, paragraphs,
    // comments ("author: text"), blocks separated by a blank line.
    // Annotation offsets count code points into it; the reading view and
    // the search index map their blocks onto it.
    QString plainText() const;
    QList<TextBlock> textBlocks() const;
    static constexpr int BlockSeparatorLength = 2; // "\n\n" between blocks
};

} // namespace pathak
