#include "SearchQuery.h"

#include "SearchTokenizer.h"

#include <algorithm>

namespace pathak {

namespace {

// Fewer code points than this and a word is matched whole: prefixes of
// two letters (না, কর) would find half the dictionary and be slow.
constexpr int MinPrefixLength = 3;

int codePoints(const QString &s)
{
    int n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!s.at(i).isLowSurrogate())
            ++n;
    }
    return n;
}

bool allDigits(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

bool prefixWorthy(const QString &token)
{
    return codePoints(token) >= MinPrefixLength && !allDigits(token);
}

bool isVowelSign(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x09BE && u <= 0x09C4) || u == 0x09C7 || u == 0x09C8 || u == 0x09CB || u == 0x09CC || u == 0x09D7;
}

bool isConsonant(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0995 && u <= 0x09B9) || u == 0x09BC || u == 0x09CE || (u >= 0x09DC && u <= 0x09DF);
}

bool isQuote(QChar c)
{
    // ASCII and typographic double quotes, as Bengali keyboards give both.
    return c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x201E);
}

QString quoted(const QStringList &tokens)
{
    QString joined = tokens.join(QLatin1Char(' '));
    joined.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + joined + QLatin1Char('"');
}

// The index keeps digits as written (folding them in SQL would cost every
// import ten passes over the text), so a number is looked for both ways.
QString withBengaliDigits(const QString &ascii)
{
    QString out = ascii;
    for (QChar &c : out) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            c = QChar(char16_t(0x09E6 + (c.unicode() - u'0')));
    }
    return out;
}

void addWords(const QString &chunk, QList<SearchPhrase> &phrases)
{
    QStringList tokens;
    for (const SearchTokenizer::Token &t : SearchTokenizer::tokenize(chunk))
        tokens.append(t.text);
    if (tokens.isEmpty())
        return;
    // A chunk the tokenizer splits (covid-19, ১২টি, U.S.) stays together as a phrase.
    tokens.last() = SearchQuery::stem(tokens.last());
    phrases.append({tokens, prefixWorthy(tokens.last())});
}

void addPhrase(const QString &text, bool open, QList<SearchPhrase> &phrases)
{
    QStringList tokens;
    for (const SearchTokenizer::Token &t : SearchTokenizer::tokenize(text))
        tokens.append(t.text);
    if (!tokens.isEmpty())
        phrases.append({tokens, open && prefixWorthy(tokens.last())});
}

} // namespace

QString SearchQuery::stem(const QString &folded)
{
    // Case and plural endings of nouns and names, longest first. Only
    // endings, never a guess at roots: the stem is then matched as a prefix,
    // so stripping too little loses nothing the prefix would have found.
    static const QStringList suffixes = {
        QStringLiteral("গুলোর"), QStringLiteral("গুলির"), QStringLiteral("গুলোকে"), QStringLiteral("গুলো"),
        QStringLiteral("গুলি"),  QStringLiteral("দেরকে"), QStringLiteral("দের"),   QStringLiteral("টির"),
        QStringLiteral("টার"),   QStringLiteral("টিকে"),  QStringLiteral("টাকে"),  QStringLiteral("টি"),
        QStringLiteral("টা"),    QStringLiteral("য়ের"),  QStringLiteral("ের"),    QStringLiteral("এর"),
        QStringLiteral("কে"),    QStringLiteral("তে"),    QStringLiteral("রা"),    QStringLiteral("য়"),
        QStringLiteral("র"),     QStringLiteral("ে"),     QStringLiteral("ও"),
    };
    for (const QString &suffix : suffixes) {
        if (!folded.endsWith(suffix))
            continue;
        const QString stem = folded.chopped(suffix.size());
        if (codePoints(stem) < MinPrefixLength)
            continue;
        const QChar before = stem.back();
        // র, য় and ও follow a vowel sign (রাশিয়ার, ঢাকায়, রাশিয়াও); ে follows a
        // consonant (দেশে). Elsewhere they are part of the word (সাগর).
        if ((suffix == QStringLiteral("র") || suffix == QStringLiteral("য়") || suffix == QStringLiteral("ও")) &&
            !isVowelSign(before))
            continue;
        if (suffix == QStringLiteral("ে") && !isConsonant(before))
            continue;
        return stem;
    }
    return folded;
}

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    QString current;
    bool inQuote = false;
    auto flushWords = [&] {
        for (const QString &chunk : current.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            addWords(chunk, query.m_phrases);
        current.clear();
    };
    for (const QChar c : text) {
        if (isQuote(c)) {
            if (inQuote) {
                addPhrase(current, false, query.m_phrases);
                current.clear();
            } else {
                flushWords();
            }
            inQuote = !inQuote;
            continue;
        }
        current.append(c.isSpace() ? QChar(QLatin1Char(' ')) : c);
    }
    if (inQuote)
        addPhrase(current, true, query.m_phrases);
    else
        flushWords();
    // The same word twice adds nothing but work.
    QList<SearchPhrase> unique;
    for (const SearchPhrase &p : std::as_const(query.m_phrases)) {
        if (!unique.contains(p))
            unique.append(p);
    }
    query.m_phrases = unique;
    return query;
}

QString SearchQuery::ftsExpression() const
{
    QStringList parts;
    for (const SearchPhrase &p : m_phrases) {
        const QString star = p.prefix ? QStringLiteral("*") : QString();
        const QString ascii = quoted(p.tokens) + star;
        const QString bengali = quoted(withBengaliDigits(p.tokens.join(QLatin1Char(' '))).split(QLatin1Char(' '))) + star;
        parts.append(ascii == bengali ? ascii : QStringLiteral("(%1 OR %2)").arg(ascii, bengali));
    }
    return parts.join(QStringLiteral(" AND "));
}

QList<std::pair<int, int>> SearchQuery::hitRanges(const QString &text) const
{
    QList<std::pair<int, int>> ranges;
    if (m_phrases.isEmpty())
        return ranges;
    const QList<SearchTokenizer::Token> words = SearchTokenizer::tokenize(text);
    for (const SearchPhrase &p : m_phrases) {
        const qsizetype n = p.tokens.size();
        for (qsizetype i = 0; i + n <= words.size(); ++i) {
            bool match = true;
            for (qsizetype k = 0; k < n && match; ++k) {
                const QString &word = words.at(i + k).text;
                const QString &want = p.tokens.at(k);
                match = (k == n - 1 && p.prefix) ? word.startsWith(want) : word == want;
            }
            if (match)
                ranges.append({words.at(i).start, words.at(i + n - 1).end});
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<int, int>> merged;
    for (const auto &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged.append(r);
    }
    return merged;
}

} // namespace pathak
