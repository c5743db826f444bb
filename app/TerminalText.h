#pragma once

#include <QString>

namespace pathak {

// Text from articles, pages and feeds made safe to print on a terminal.
// Control characters (ESC starts escape sequences that move the cursor,
// retitle the window or rewrite what was printed; BEL, BS, CR, the C1
// controls) and the bidirectional controls (an RLO reverses what follows,
// so a list could show another title) each become U+FFFD, visible and one
// UTF-16 unit like what it replaces (offsets into the text stay valid).
class TerminalText
{
public:
    // A whole block of lines: line breaks stay, tabs too.
    static QString text(const QString &s);
    // One field of a tab-separated line: tabs and line breaks become spaces.
    static QString field(const QString &s);
};

} // namespace pathak
