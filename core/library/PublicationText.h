#pragma once

#include <QString>
#include <QStringList>

namespace pathak {

// The published date and author as the library stores them. Pages and feeds
// write these in many ways, some of them broken; what is stored is either a
// well-formed value or nothing (a null QString), so a list sorts and a query
// compares them as plain text.
class PublicationText
{
public:
    // Longest byline kept, in UTF-16 units: a page that puts its whole
    // footer in the author field is cut there.
    static constexpr int maxAuthorLength = 200;

    // ISO 8601: "YYYY-MM-DD", or a date and time, kept with the offset the
    // source gave ("2026-03-01T08:30:00+06:00"; "Z" for UTC). Anything else,
    // or a year outside 1800–2200, is null. Sorting the text sorts by date
    // (times with different offsets within a day of each other aside).
    static QString published(const QString &text);
    // Spaces collapsed, controls dropped, cut at maxAuthorLength; null when
    // nothing is left.
    static QString author(const QString &text);
    // Several names as one byline, each cleaned, duplicates dropped.
    static QString authors(const QStringList &names);
};

} // namespace pathak
