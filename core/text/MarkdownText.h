#pragma once

#include <QString>

namespace pathak {

// Text from articles, pages and notes put into Markdown so that it reads as
// written and never becomes markup: every character CommonMark (and GitHub's
// tables, strikethrough and footnotes) gives a meaning is escaped, block
// markers where a line starts, entities (`&lt;`) too. A line break inside
// the text is kept as a hard line break, so a note's second line cannot
// start a heading or a list. Links are made only to http and https URLs.
class MarkdownText
{
public:
    // atBlockStart: the text starts a block (its first line may begin a
    // heading or a list); later lines always are escaped as line starts.
    static QString escape(const QString &text, bool atBlockStart = true);

    // The URL as a link destination (`<…>`), or empty when it is not an
    // http or https URL with a host: javascript:, data: and file: links
    // are never made.
    static QString linkDestination(const QString &url);
};

} // namespace pathak
