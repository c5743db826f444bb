#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pathak {

// Text operations that need ICU because Qt's own get Bengali wrong or
// differ from ICU in rare cases (docs/BENGALI-TEXT.md). Every stored offset and
// every highlight boundary in Pathak comes from these functions, so the
// whole program uses one segmenter.
class BengaliText
{
public:
    static QString toNfc(const QString &text);

    // Collapses runs of spaces, tabs, NBSP and every other Zs character
    // into one space and trims the ends. ZWJ and ZWNJ are kept.
    static QString collapseSpaces(const QString &line);
    // collapseSpaces() after turning line breaks into spaces: text from a
    // document (a feed title, a reader's error) shown as one status line.
    static QString toOneLine(const QString &text);
    // Each unpaired UTF-16 surrogate becomes U+FFFD. JSON may spell one as an
    // escape ("\ud800") and Qt's JSON reader keeps it, but no store, font or
    // PDF can take it; invalid UTF-8 bytes get the same replacement.
    static QString replaceLoneSurrogates(const QString &text);

    // Parses a number written in ASCII or Bengali digits (or any other
    // decimal digits ICU knows). nullopt when the text is not all digits.
    static std::optional<int> parseDigits(const QString &digits);

    // Bengali digits ০-৯ to ASCII 0-9; other characters unchanged.
    static QString foldDigitsToAscii(const QString &text);

    // The first sentence by ICU's sentence break rules (। ends a sentence).
    static QString firstSentence(const QString &text);

    // Cuts text at a word boundary so that the result, with the trailing
    // ellipsis, has at most maxLength characters. Unchanged when it fits.
    static QString cutAtWordBoundary(const QString &text, int maxLength);
    // The words of the text by ICU's word breaks (letters and numbers; a
    // vowel sign or virama never starts a word of its own), for reading time.
    static int wordCount(const QString &text);

    // UTF-16 offsets where grapheme clusters begin, plus text.size().
    static QList<int> graphemeBoundaries(const QString &text);

    // Widens [start, end) to the grapheme clusters it touches, so a
    // highlight never splits a conjunct such as ক্ষ.
    static std::pair<int, int> snapToGraphemes(const QString &text, int start, int end);

    // Widens [start, end) to the whole words it touches (ICU word breaks)
    // and drops the white space at its ends, so a passage picked with the
    // mouse never starts or ends inside a word; the result still lies on
    // grapheme-cluster boundaries. A range with no word in it is only
    // snapped to clusters.
    static std::pair<int, int> snapToWords(const QString &text, int start, int end);
};

} // namespace pathak
