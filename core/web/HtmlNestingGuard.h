#pragma once

#include "base/Result.h"

#include <QByteArray>

namespace pathak {

// Decides, before gumbo parses a page, whether the tree it would build is
// shallow enough to parse and free. gumbo's tree builder scans the stack of
// open elements for most tags, so its time grows with the square of the
// depth, and it frees the tree recursively (a page nested 300 000 deep
// crashes it). Counting start and end tags is not enough: `</x>` closes
// nothing when no x is open, and an unclosed <b> is opened again in every
// paragraph.
//
// So the guard tokenizes the page as the HTML5 tokenizer does (comments,
// raw text, quoted attributes) and replays the tree builder's rules for the
// stack of open elements, erring only towards deeper: an end tag closes
// only an element the parser would close (in scope, not behind a special
// element), cells and rows add the table parts the parser adds, formatting
// elements are reopened (with the parser's limit of three alike). Where a
// rule is not replayed (the adoption agency's moves, foster parenting, the
// breakout from SVG), the guard keeps the elements open. The tests compare
// its depth with gumbo's on generated tag soup.
//
// Markup known to crash gumbo itself is refused as well.
//
// Its own work is bounded too: it stops at the limit, and a page whose
// replay needs more than a fixed number of steps per byte (the same scans
// that make gumbo slow) is refused as well.
class HtmlNestingGuard
{
public:
    // Refuses a page the parser would nest deeper than maxDepth (counting
    // <html> and <body>), with a one-line reason.
    static Status check(const QByteArray &utf8, int maxDepth);

    // What depthBound returns instead of a depth.
    static constexpr int TooTangled = -1;  // the replay took too many steps
    static constexpr int Unparseable = -2; // markup known to crash gumbo

    // The deepest the parser's tree can get (<html> is 1), stopping once it
    // passes limit.
    static int depthBound(const QByteArray &utf8, int limit);
};

} // namespace pathak
