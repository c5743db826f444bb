#include "library/fts/IndexFolding.h"

#include <cstring>

namespace pathak {

namespace {

bool contains(const QByteArray &haystack, QByteArrayView needle)
{
    // glibc's memmem skips ahead; QByteArray::contains set up a matcher per call.
    return memmem(haystack.constData(), size_t(haystack.size()), needle.data(), size_t(needle.size())) !=
           nullptr;
}

} // namespace

QByteArray IndexFolding::fold(QByteArray utf8)
{
    static constexpr QByteArrayView zwnj("\xE2\x80\x8C");                // U+200C
    static constexpr QByteArrayView zwj("\xE2\x80\x8D");                 // U+200D
    static constexpr QByteArrayView aWithAa("\xE0\xA6\x85\xE0\xA6\xBE"); // অ া
    // Most text has none of these (the view tests with instr() likewise).
    if (!contains(utf8, zwnj) && !contains(utf8, zwj) && !contains(utf8, aWithAa))
        return utf8;
    utf8.replace(QByteArrayView("\xE0\xA6\xA4\xE0\xA7\x8D\xE2\x80\x8D"),
                 QByteArrayView("\xE0\xA7\x8E")); // ত্‍ → ৎ
    utf8.replace(zwnj, QByteArrayView(""));
    utf8.replace(zwj, QByteArrayView(""));
    utf8.replace(aWithAa, QByteArrayView("\xE0\xA6\x86")); // আ
    return utf8;
}

} // namespace pathak
