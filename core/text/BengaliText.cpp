#include "text/BengaliText.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

namespace pathak {

namespace {

icu::UnicodeString toIcu(const QString &s)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
}

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

// Unicode's White_Space property but the line feed: tab, the whole Zs
// category, and the rarer breaks (vertical tab, form feed, NEL, U+2028/9)
// that would otherwise stay as invisible junk inside a paragraph (found by
// fuzzing). Spelled out because this runs on every character of every import.
bool isCollapsibleSpace(char16_t c)
{
    if (c < 0x80)
        return c == u' ' || c == u'\t' || c == u'\v' || c == u'\f' || c == u'\r';
    return c == 0x0085 || c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Break iterators are costly to create; each thread keeps its own clone.
icu::BreakIterator *threadIterator(int kind)
{
    thread_local std::unique_ptr<icu::BreakIterator> iterators[3];
    if (!iterators[kind]) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale bn("bn");
        icu::BreakIterator *it = nullptr;
        switch (kind) {
        case 0:
            it = icu::BreakIterator::createCharacterInstance(bn, status);
            break;
        case 1:
            it = icu::BreakIterator::createWordInstance(bn, status);
            break;
        default:
            it = icu::BreakIterator::createSentenceInstance(bn, status);
            break;
        }
        if (U_FAILURE(status)) {
            delete it;
            return nullptr;
        }
        iterators[kind].reset(it);
    }
    return iterators[kind].get();
}

// A break iterator keeps a reference to its text; park it on one that lives forever.
const icu::UnicodeString &emptyText()
{
    static const icu::UnicodeString empty;
    return empty;
}

enum IteratorKind { Character = 0, Word = 1, Sentence = 2 };

} // namespace

QString BengaliText::toNfc(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        return text;
    // Read-only alias of the QString's buffer: no copy for the common case.
    const icu::UnicodeString src(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    // Most text is NFC up to some point; normalise only from there on.
    const int32_t normalPrefix = nfc->spanQuickCheckYes(src, status);
    if (U_FAILURE(status) || normalPrefix == src.length())
        return text;
    icu::UnicodeString out(src, 0, normalPrefix);
    nfc->normalizeSecondAndAppend(out, src.tempSubString(normalPrefix), status);
    return U_SUCCESS(status) ? fromIcu(out) : text;
}

QString BengaliText::collapseSpaces(const QString &line)
{
    // No White_Space character lies outside the BMP, so UTF-16 units can be tested one by one.
    QString out(line.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    QChar *const begin = dst;
    bool pendingSpace = false;
    for (const QChar ch : line) {
        if (isCollapsibleSpace(ch.unicode())) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && dst != begin)
            *dst++ = QLatin1Char(' ');
        pendingSpace = false;
        *dst++ = ch;
    }
    out.truncate(dst - begin);
    return out;
}

QString BengaliText::toOneLine(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\n'), QLatin1Char(' ')); // collapseSpaces() already takes '\r' for a space
    return collapseSpaces(s);
}

QString BengaliText::replaceLoneSurrogates(const QString &text)
{
    if (text.isValidUtf16())
        return text;
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

std::optional<int> BengaliText::parseDigits(const QString &digits)
{
    if (digits.isEmpty() || digits.size() > 9)
        return std::nullopt;
    int value = 0;
    for (QChar ch : digits) {
        const int d = u_charDigitValue(UChar32(ch.unicode()));
        if (d < 0 || u_charType(UChar32(ch.unicode())) != U_DECIMAL_DIGIT_NUMBER)
            return std::nullopt;
        value = value * 10 + d;
    }
    return value;
}

QString BengaliText::foldDigitsToAscii(const QString &text)
{
    QString out = text;
    for (QChar &ch : out) {
        if (ch.unicode() >= 0x09E6 && ch.unicode() <= 0x09EF)
            ch = QChar(u'0' + (ch.unicode() - 0x09E6));
    }
    return out;
}

QString BengaliText::firstSentence(const QString &text)
{
    icu::BreakIterator *it = threadIterator(Sentence);
    if (!it)
        return text;
    const icu::UnicodeString src = toIcu(text);
    it->setText(src);
    const int32_t end = it->following(0);
    it->setText(emptyText()); // do not keep a pointer to a string that goes away
    if (end == icu::BreakIterator::DONE)
        return text.trimmed();
    return text.left(end).trimmed();
}

QString BengaliText::cutAtWordBoundary(const QString &text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    const QChar ellipsis(0x2026);
    icu::BreakIterator *it = threadIterator(Word);
    int cut = maxLength - 1;
    if (it) {
        const icu::UnicodeString src = toIcu(text);
        it->setText(src);
        const int32_t boundary = it->preceding(cut + 1);
        if (boundary != icu::BreakIterator::DONE && boundary > 0)
            cut = boundary;
        it->setText(emptyText());
    }
    // Never leave half a grapheme cluster behind even when ICU found no word boundary.
    const QList<int> graphemes = graphemeBoundaries(text);
    int snapped = 0;
    for (int b : graphemes) {
        if (b > cut)
            break;
        snapped = b;
    }
    QString head = text.left(snapped).trimmed();
    while (!head.isEmpty() && (head.back().isPunct() && head.back() != QChar(u')')))
        head.chop(1);
    return head + ellipsis;
}

int BengaliText::wordCount(const QString &text)
{
    icu::BreakIterator *it = threadIterator(Word);
    if (!it)
        return int(text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    const icu::UnicodeString src = toIcu(text);
    it->setText(src);
    int words = 0;
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next()) {
        // UBRK_WORD_NONE marks spaces and punctuation; everything above it is a word.
        if (it->getRuleStatus() >= UBRK_WORD_NONE_LIMIT)
            ++words;
    }
    it->setText(emptyText());
    return words;
}

QList<int> BengaliText::graphemeBoundaries(const QString &text)
{
    QList<int> boundaries;
    icu::BreakIterator *it = threadIterator(Character);
    if (!it) {
        for (int i = 0; i <= text.size(); ++i)
            boundaries.append(i);
        return boundaries;
    }
    const icu::UnicodeString src = toIcu(text);
    it->setText(src);
    for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next())
        boundaries.append(b);
    it->setText(emptyText());
    return boundaries;
}

std::pair<int, int> BengaliText::snapToGraphemes(const QString &text, int start, int end)
{
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    const QList<int> b = graphemeBoundaries(text);
    int s = 0;
    int e = int(text.size());
    for (int x : b) {
        if (x <= start)
            s = x;
        if (x >= end) {
            e = x;
            break;
        }
    }
    return {s, e};
}

std::pair<int, int> BengaliText::snapToWords(const QString &text, int start, int end)
{
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    // Words are short: looking a little around the range gives the same
    // breaks as the whole text would, without copying a long article.
    constexpr int Context = 256;
    const int from = std::max(0, start - Context);
    const int to = std::min(int(text.size()), end + Context);
    icu::BreakIterator *it = threadIterator(Word);
    if (!it)
        return snapToGraphemes(text, start, end);
    const icu::UnicodeString src = toIcu(text.mid(from, to - from));
    it->setText(src);
    int s = -1;
    int e = -1;
    int32_t segmentStart = it->first();
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; segmentStart = b, b = it->next()) {
        const int a = from + segmentStart;
        const int z = from + b;
        if (z <= start || a >= end)
            continue; // outside the range
        if (it->getRuleStatus() < UBRK_WORD_NONE_LIMIT) {
            // Space or punctuation: punctuation inside the range stays, the
            // white space at its ends goes.
            if (text.mid(a, z - a).trimmed().isEmpty())
                continue;
            if (s < 0)
                s = std::max(a, start);
            e = std::min(z, end);
            continue;
        }
        if (s < 0)
            s = a;
        e = z;
    }
    it->setText(emptyText());
    if (s < 0)
        return snapToGraphemes(text, start, end);
    return snapToGraphemes(text, s, e);
}

} // namespace pathak
