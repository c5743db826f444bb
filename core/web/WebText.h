#pragma once

#include <QString>

namespace pathak {

// Text taken from a web page (markup or structured data), normalised the
// way the article parser normalises an article file.
class WebText
{
public:
    // NFC, every run of white space one space, ends trimmed. HTML line
    // breaks inside a paragraph are spaces; control characters other than
    // line breaks and tabs, and lone surrogates, become U+FFFD.
    static QString normalise(const QString &text);
};

} // namespace pathak
