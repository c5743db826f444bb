#include "search/SearchQuery.h"

#include "search/SearchTokenizer.h"

#include <algorithm>

namespace pathak {

namespace {

// Fewer code points than this and a word is matched as it is: two letters
// (না, কর) with endings would find unrelated words.
constexpr int MinInflectLength = 3;

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
    return std::all_of(s.begin(), s.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

bool inflectable(const QString &token)
{
    return codePoints(token) >= MinInflectLength && !allDigits(token);
}

// Endings of nouns and names: case (ের, কে, তে, য়), plural (রা, দের,
// গুলো), classifiers (টি, টা) and emphasis (ও, ই), and a few of their
// combinations; s for Latin plurals.
const QStringList &endings()
{
    static const QStringList list = {
        QStringLiteral("ের"),  QStringLiteral("এর"),   QStringLiteral("র"),    QStringLiteral("ে"),
        QStringLiteral("য়"),   QStringLiteral("য়ে"),   QStringLiteral("য়ের"),  QStringLiteral("কে"),
        QStringLiteral("তে"),  QStringLiteral("রা"),   QStringLiteral("দের"),  QStringLiteral("দেরকে"),
        QStringLiteral("টি"),  QStringLiteral("টির"),  QStringLiteral("টিকে"), QStringLiteral("টা"),
        QStringLiteral("টার"), QStringLiteral("গুলো"),  QStringLiteral("গুলোর"), QStringLiteral("গুলোকে"),
        QStringLiteral("গুলি"), QStringLiteral("গুলির"), QStringLiteral("ও"),    QStringLiteral("ই"),
        QStringLiteral("েরও"), QStringLiteral("েরই"),  QStringLiteral("রও"),   QStringLiteral("রই"),
        QStringLiteral("কেও"), QStringLiteral("তেও"),  QStringLiteral("য়ও"),   QStringLiteral("s"),
        QStringLiteral("es"),
    };
    return list;
}

bool isVowelSign(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x09BE && u <= 0x09C4) || u == 0x09C7 || u == 0x09C8 || u == 0x09CB || u == 0x09CC ||
           u == 0x09D7;
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
    phrases.append({tokens, inflectable(tokens.last())});
}

void addPhrase(const QString &text, bool open, QList<SearchPhrase> &phrases)
{
    QStringList tokens;
    for (const SearchTokenizer::Token &t : SearchTokenizer::tokenize(text))
        tokens.append(t.text);
    if (!tokens.isEmpty())
        phrases.append({tokens, open && inflectable(tokens.last())});
}

} // namespace

QString SearchQuery::stem(const QString &folded)
{
    // Case and plural endings of nouns and names, longest first. Only
    // endings, never a guess at roots; forms() looks for the word itself
    // too, so a word wrongly stripped (সরকার → সরকা) still finds its forms.
    static const QStringList suffixes = {
        QStringLiteral("গুলোর"), QStringLiteral("গুলির"),  QStringLiteral("গুলোকে"), QStringLiteral("গুলো"),
        QStringLiteral("গুলি"),  QStringLiteral("দেরকে"), QStringLiteral("দের"),   QStringLiteral("টির"),
        QStringLiteral("টার"),  QStringLiteral("টিকে"),  QStringLiteral("টাকে"),  QStringLiteral("টি"),
        QStringLiteral("টা"),   QStringLiteral("য়ের"),   QStringLiteral("ের"),    QStringLiteral("এর"),
        QStringLiteral("কে"),   QStringLiteral("তে"),    QStringLiteral("রা"),    QStringLiteral("য়"),
        QStringLiteral("র"),    QStringLiteral("ে"),     QStringLiteral("ও"),
    };
    for (const QString &suffix : suffixes) {
        if (!folded.endsWith(suffix))
            continue;
        QString stem = folded.chopped(suffix.size());
        if (codePoints(stem) < MinInflectLength)
            continue;
        const QChar before = stem.back();
        // র, য় and ও follow a vowel sign (রাশিয়ার, ঢাকায়, রাশিয়াও); ে follows a
        // consonant (দেশে). Elsewhere they are part of the word (সাগর).
        if ((suffix == QStringLiteral("র") || suffix == QStringLiteral("য়") ||
             suffix == QStringLiteral("ও")) &&
            !isVowelSign(before))
            continue;
        if (suffix == QStringLiteral("ে") && !isConsonant(before))
            continue;
        return stem;
    }
    return folded;
}

QStringList SearchQuery::forms(const QString &folded)
{
    QStringList out{folded};
    if (!inflectable(folded))
        return out;
    const QString root = stem(folded);
    for (const QString &base : {folded, root}) {
        if (base != folded && !out.contains(base))
            out.append(base);
        for (const QString &ending : endings()) {
            // Latin endings go on Latin words, Bengali ones on Bengali words.
            if ((ending.at(0).unicode() < 0x80) != (base.back().unicode() < 0x80))
                continue;
            const QString form = base + ending;
            if (!out.contains(form))
                out.append(form);
        }
        if (root == folded)
            break;
    }
    return out;
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
    for (const SearchPhrase &p : std::as_const(query.m_phrases)) {
        const QStringList lasts = p.inflected ? forms(p.tokens.last()) : QStringList{p.tokens.last()};
        query.m_lasts.append(QSet<QString>(lasts.cbegin(), lasts.cend()));
    }
    return query;
}

QString SearchQuery::ftsExpression(const std::function<bool(const QString &word)> &occurs) const
{
    QStringList parts;
    for (const SearchPhrase &p : m_phrases) {
        const QStringList lasts = p.inflected ? forms(p.tokens.last()) : QStringList{p.tokens.last()};
        QStringList alternatives;
        for (const QString &last : lasts) {
            // The word as typed always stays, so the expression is never empty.
            if (occurs && last != p.tokens.last() && !occurs(last) &&
                (withBengaliDigits(last) == last || !occurs(withBengaliDigits(last))))
                continue;
            QStringList tokens = p.tokens;
            tokens.last() = last;
            const QString ascii = quoted(tokens);
            const QString bengali =
                quoted(withBengaliDigits(tokens.join(QLatin1Char(' '))).split(QLatin1Char(' ')));
            alternatives.append(ascii);
            if (bengali != ascii)
                alternatives.append(bengali);
        }
        parts.append(alternatives.size() == 1
                         ? alternatives.first()
                         : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    return parts.join(QStringLiteral(" AND "));
}

QList<std::pair<int, int>> SearchQuery::hitRanges(const QString &text) const
{
    QList<std::pair<int, int>> ranges;
    if (m_phrases.isEmpty())
        return ranges;
    const QList<SearchTokenizer::Token> words = SearchTokenizer::tokenize(text);
    for (qsizetype pi = 0; pi < m_phrases.size(); ++pi) {
        const SearchPhrase &p = m_phrases.at(pi);
        const qsizetype n = p.tokens.size();
        const QSet<QString> &lasts = m_lasts.at(pi);
        for (qsizetype i = 0; i + n <= words.size(); ++i) {
            bool match = lasts.contains(words.at(i + n - 1).text);
            for (qsizetype k = 0; k + 1 < n && match; ++k)
                match = words.at(i + k).text == p.tokens.at(k);
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
