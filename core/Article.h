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

// One article as the parser understands it (DESIGN.md §2).
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
    static Article fromJson(const QJsonObject &json);

    // The article as plain reading text: caption, paragraphs, comments,
    // blocks separated by a blank line. Used for export and text checks.
    QString plainText() const;
};

} // namespace pathak
