#include "search/SearchTokenizer.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <string>

namespace pathak {

namespace {

constexpr UChar32 Zwnj = 0x200C;
constexpr UChar32 Zwj = 0x200D;

enum class Kind { Separator, Joiner, Word };

Kind kindOf(UChar32 c)
{
    if (c < 0x80) {
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return Kind::Word;
        return Kind::Separator;
    }
    if (c == Zwj || c == Zwnj)
        return Kind::Joiner;
    // BENGALI CURRENCY NUMERATOR FOUR is what many keyboards give for the
    // danda; as a number it would glue sentences together.
    if (c == 0x09F7)
        return Kind::Separator;
    switch (u_charType(c)) {
    case U_DECIMAL_DIGIT_NUMBER:
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_PRIVATE_USE_CHAR:
        return Kind::Word;
    default:
        return Kind::Separator;
    }
}

const UNormalizer2 *nfc()
{
    static const UNormalizer2 *instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const UNormalizer2 *n = unorm2_getNFCInstance(&status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return instance;
}

// Reused buffers: tokenizing runs for every query and every snippet, so it
// should not allocate per word.
struct Scratch
{
    std::u16string folded;
    std::u16string normalized;
    std::string utf8;
};

// Folds one word (UTF-8 bytes) into scratch.utf8. Returns false when the
// folded word equals the input, so the caller can use the original bytes.
bool foldWord(const char *text, int length, Scratch &s)
{
    std::u16string &out = s.folded;
    out.clear();
    bool changed = false;
    int i = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT(text, i, length, c);
        if (c < 0) { // QString::toUtf8 never gives invalid UTF-8, but stay defined
            changed = true;
            continue;
        }
        if (c == Zwj || c == Zwnj) {
            // ত + hasanta + ZWJ is the old spelling of khanda ta.
            if (c == Zwj && out.size() >= 2 && out[out.size() - 2] == 0x09A4 && out.back() == 0x09CD) {
                out.resize(out.size() - 2);
                out.push_back(0x09CE);
            }
            changed = true;
            continue;
        }
        if (c == 0x09BE && !out.empty() && out.back() == 0x0985) { // অ + া typed for আ
            out.back() = 0x0986;
            changed = true;
            continue;
        }
        if (c >= '0' && c <= '9') {
            out.push_back(char16_t(c));
            continue;
        }
        if (c >= 0x09E6 && c <= 0x09EF) { // Bengali digits
            out.push_back(char16_t('0' + (c - 0x09E6)));
            changed = true;
            continue;
        }
        const UChar32 f =
            c < 0x80 ? ((c >= 'A' && c <= 'Z') ? c + 32 : c) : u_foldCase(c, U_FOLD_CASE_DEFAULT);
        if (f != c)
            changed = true;
        if (U_IS_BMP(f)) {
            out.push_back(char16_t(f));
        } else {
            out.push_back(char16_t(U16_LEAD(f)));
            out.push_back(char16_t(U16_TRAIL(f)));
        }
    }

    const std::u16string *result = &out;
    if (const UNormalizer2 *n = nfc()) {
        UErrorCode status = U_ZERO_ERROR;
        const auto *src = reinterpret_cast<const UChar *>(out.data());
        if (!unorm2_isNormalized(n, src, int32_t(out.size()), &status) && U_SUCCESS(status)) {
            s.normalized.resize(out.size() * 3 + 8);
            status = U_ZERO_ERROR;
            const int32_t len =
                unorm2_normalize(n, src, int32_t(out.size()), reinterpret_cast<UChar *>(s.normalized.data()),
                                 int32_t(s.normalized.size()), &status);
            if (U_SUCCESS(status)) {
                s.normalized.resize(size_t(len));
                result = &s.normalized;
                changed = true;
            }
        }
    }
    if (!changed)
        return false;

    s.utf8.clear();
    s.utf8.reserve(result->size() * 3);
    for (size_t k = 0; k < result->size();) {
        UChar32 c;
        U16_NEXT(result->data(), k, result->size(), c);
        char buf[4];
        int n = 0;
        U8_APPEND_UNSAFE(buf, n, c);
        s.utf8.append(buf, size_t(n));
    }
    return true;
}

// Walks text and calls onToken(token bytes, token length, start, end) for each
// word, with byte offsets into text. Stops when onToken returns non-zero and
// returns that value.
template <typename OnToken> int scan(const char *text, int length, OnToken onToken)
{
    thread_local Scratch scratch;
    int i = 0;
    while (i < length) {
        const int start = i;
        UChar32 c;
        U8_NEXT(text, i, length, c);
        const Kind kind = c < 0 ? Kind::Separator : kindOf(c);
        if (kind == Kind::Separator)
            continue;
        // Joiners belong to the word around them; alone they are nothing to find.
        bool hasWord = kind == Kind::Word;
        int end = i;
        while (i < length) {
            int next = i;
            UChar32 d;
            U8_NEXT(text, next, length, d);
            const Kind k = d < 0 ? Kind::Separator : kindOf(d);
            if (k == Kind::Separator)
                break;
            hasWord = hasWord || k == Kind::Word;
            i = next;
            end = i;
        }
        if (!hasWord)
            continue;
        const bool changed = foldWord(text + start, end - start, scratch);
        const char *token = changed ? scratch.utf8.data() : text + start;
        const int tokenLength = changed ? int(scratch.utf8.size()) : end - start;
        if (tokenLength == 0)
            continue;
        if (const int rc = onToken(token, tokenLength, start, end))
            return rc;
    }
    return 0;
}

} // namespace

QList<SearchTokenizer::Token> SearchTokenizer::tokenize(const QString &text)
{
    QList<Token> tokens;
    const QByteArray utf8 = text.toUtf8();
    // Byte offsets back to UTF-16 offsets, walking forward as tokens come in order.
    int bytePos = 0;
    int unitPos = 0;
    auto unitsAt = [&](int target) {
        while (bytePos < target) {
            const auto b = static_cast<unsigned char>(utf8[bytePos]);
            if ((b & 0xC0) != 0x80)
                unitPos += b >= 0xF0 ? 2 : 1;
            ++bytePos;
        }
        return unitPos;
    };
    scan(utf8.constData(), int(utf8.size()), [&](const char *t, int n, int start, int end) {
        Token token;
        token.text = QString::fromUtf8(t, n);
        token.start = unitsAt(start);
        token.end = unitsAt(end);
        tokens.append(std::move(token));
        return 0;
    });
    return tokens;
}

} // namespace pathak
