#include "text/TextAnchor.h"

#include "text/BengaliText.h"

#include <algorithm>
#include <cstdlib>

namespace pathak {

TextAnchor::TextAnchor(QString text) : m_text(std::move(text))
{
    m_boundaries = BengaliText::graphemeBoundaries(m_text);
    bool surrogates = false;
    for (QChar c : std::as_const(m_text)) {
        if (c.isSurrogate()) {
            surrogates = true;
            break;
        }
    }
    if (!surrogates) {
        m_length = int(m_text.size());
        return;
    }
    for (int i = 0; i < m_text.size(); ++i) {
        m_codePointToUtf16.append(i);
        if (m_text.at(i).isHighSurrogate() && i + 1 < m_text.size() && m_text.at(i + 1).isLowSurrogate())
            ++i;
    }
    m_length = int(m_codePointToUtf16.size());
    m_codePointToUtf16.append(int(m_text.size()));
}

int TextAnchor::toUtf16(int codePoint) const
{
    codePoint = std::clamp(codePoint, 0, m_length);
    return m_codePointToUtf16.isEmpty() ? codePoint : m_codePointToUtf16.at(codePoint);
}

int TextAnchor::toCodePoint(int utf16) const
{
    utf16 = std::clamp(utf16, 0, int(m_text.size()));
    if (m_codePointToUtf16.isEmpty())
        return utf16;
    // The first code point that starts at or after utf16: an index inside a
    // surrogate pair counts as the pair's end.
    const auto it = std::lower_bound(m_codePointToUtf16.cbegin(), m_codePointToUtf16.cend(), utf16);
    return int(it - m_codePointToUtf16.cbegin());
}

bool TextAnchor::isBoundaryUtf16(int index) const
{
    return std::binary_search(m_boundaries.cbegin(), m_boundaries.cend(), index);
}

bool TextAnchor::isBoundary(int codePoint) const
{
    return codePoint >= 0 && codePoint <= m_length && isBoundaryUtf16(toUtf16(codePoint));
}

std::optional<TextRange> TextAnchor::snap(int start, int end) const
{
    int s = toUtf16(std::min(start, end));
    int e = toUtf16(std::max(start, end));
    while (s < e && m_text.at(s).isSpace())
        ++s;
    while (e > s && m_text.at(e - 1).isSpace())
        --e;
    if (s >= e)
        return std::nullopt;
    // The last boundary at or before s, the first at or after e.
    const auto first = std::upper_bound(m_boundaries.cbegin(), m_boundaries.cend(), s);
    if (first != m_boundaries.cbegin())
        s = *(first - 1);
    const auto last = std::lower_bound(m_boundaries.cbegin(), m_boundaries.cend(), e);
    e = last != m_boundaries.cend() ? *last : int(m_text.size());
    return TextRange{toCodePoint(s), toCodePoint(e)};
}

QString TextAnchor::slice(TextRange range) const
{
    const int s = toUtf16(range.start);
    const int e = toUtf16(std::max(range.start, range.end));
    return m_text.mid(s, e - s);
}

TextQuote TextAnchor::quote(TextRange range) const
{
    TextQuote q;
    q.exact = slice(range);
    q.prefix = slice({std::max(0, range.start - ContextLength), range.start});
    q.suffix = slice({range.end, std::min(m_length, range.end + ContextLength)});
    return q;
}

QList<TextRange> TextAnchor::occurrences(const QString &needle) const
{
    QList<TextRange> found;
    if (needle.isEmpty())
        return found;
    for (qsizetype i = m_text.indexOf(needle); i >= 0; i = m_text.indexOf(needle, i + 1)) {
        const std::optional<TextRange> r = snap(toCodePoint(int(i)), toCodePoint(int(i + needle.size())));
        if (r && (found.isEmpty() || found.constLast() != *r))
            found.append(*r);
    }
    return found;
}

int TextAnchor::contextScore(int startUtf16, int endUtf16, const TextQuote &quote) const
{
    int score = 0;
    // Characters of the prefix that agree, reading backwards from the passage.
    for (qsizetype i = quote.prefix.size() - 1, t = startUtf16 - 1; i >= 0 && t >= 0; --i, --t) {
        if (quote.prefix.at(i) != m_text.at(t))
            break;
        ++score;
    }
    for (qsizetype i = 0, t = endUtf16; i < quote.suffix.size() && t < m_text.size(); ++i, ++t) {
        if (quote.suffix.at(i) != m_text.at(t))
            break;
        ++score;
    }
    return score;
}

std::optional<TextRange> TextAnchor::locate(const TextQuote &quote, int oldStart) const
{
    if (quote.exact.isEmpty())
        return std::nullopt;
    std::optional<TextRange> best;
    int bestScore = -1;
    int bestDistance = 0;
    for (qsizetype i = m_text.indexOf(quote.exact); i >= 0; i = m_text.indexOf(quote.exact, i + 1)) {
        const int s = int(i);
        const int e = int(i + quote.exact.size());
        // A match that splits a cluster is another word (ক inside ক্ষ), not the passage.
        if (!isBoundaryUtf16(s) || !isBoundaryUtf16(e))
            continue;
        const int score = contextScore(s, e, quote);
        const TextRange r{toCodePoint(s), toCodePoint(e)};
        const int distance = std::abs(r.start - oldStart);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = r;
            bestScore = score;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace pathak
