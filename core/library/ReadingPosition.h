#pragma once

#include <QDateTime>

namespace pathak {

// Where the reader left off in one article (table reading_positions).
struct ReadingPosition
{
    // UTF-16 index into Article::plainText() of the first text in view.
    int offset = 0;
    // How far the reader got, in per mille (1000: the end was in view).
    int progress = 0;
    QDateTime updatedAt;

    bool operator==(const ReadingPosition &) const = default;
};

} // namespace pathak
