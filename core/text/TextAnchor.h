#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pathak {

// A half-open range [start, end) in Unicode code points.
struct TextRange
{
    int start = 0;
    int end = 0;
    bool operator==(const TextRange &) const = default;
};

// The W3C TextQuoteSelector: the passage and a little text on each side.
struct TextQuote
{
    QString exact;
    QString prefix;
    QString suffix;
    bool operator==(const TextQuote &) const = default;
};

// Anchors passages in one text: snaps ranges to ICU grapheme clusters,
// describes a range by quote and context, and finds a quote again after
// the text has changed. Offsets at this interface are code points (what
// the W3C selectors count); Qt strings index UTF-16, so this class owns
// the conversion. Construct once per text: the grapheme boundaries are
// computed up front, which makes re-anchoring many annotations cheap.
class TextAnchor
{
public:
    // How many code points of context the prefix and suffix keep.
    static constexpr int ContextLength = 32;

    explicit TextAnchor(QString text);

    const QString &text() const { return m_text; }
    int length() const { return m_length; }

    int toUtf16(int codePoint) const;
    int toCodePoint(int utf16) const;
    bool isBoundary(int codePoint) const;

    // Trims white space off the ends of [start, end) and widens what is
    // left to whole grapheme clusters, so a selection that ends after ক্
    // takes the whole ক্ষ. nullopt when nothing but white space remains.
    std::optional<TextRange> snap(int start, int end) const;

    // The text of range and up to ContextLength code points either side.
    TextQuote quote(TextRange range) const;
    QString slice(TextRange range) const;

    // Every place the text contains `needle`, each widened to grapheme
    // clusters, in text order.
    QList<TextRange> occurrences(const QString &needle) const;

    // Finds a quoted passage again: among the places where `exact` occurs
    // on grapheme boundaries, the one whose surroundings agree best with
    // prefix and suffix; on a tie, the one nearest the old start.
    // nullopt when the quote is gone.
    std::optional<TextRange> locate(const TextQuote &quote, int oldStart) const;

private:
    bool isBoundaryUtf16(int index) const;
    int contextScore(int startUtf16, int endUtf16, const TextQuote &quote) const;

    QString m_text;
    int m_length = 0;
    QList<int> m_boundaries;       // UTF-16 offsets of grapheme boundaries, ascending
    QList<int> m_codePointToUtf16; // empty when the text has no surrogate pairs
};

} // namespace pathak
