#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace pathak {

// Cuts a font down to the characters a book uses (HarfBuzz's subsetter),
// keeping the layout tables Bengali shaping needs (conjuncts, reph, vowel
// signs), so an embedded Noto font adds tens of kilobytes, not hundreds.
class EpubFontSubsetter
{
public:
    // The font file at path with only the glyphs for these code points and
    // those its substitutions reach from them.
    static Result<QByteArray> subset(const QString &path, const QSet<char32_t> &codePoints);
};

} // namespace pathak
