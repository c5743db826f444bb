#include "ArticleGenerator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <random>

namespace pathak::bench {

namespace {

const QStringList kAuthors = {QStringLiteral("রহিম উদ্দিন"), QStringLiteral("নাসরিন আক্তার"),
                              QStringLiteral("Farhana K."), QStringLiteral("তানভীর হাসান"),
                              QStringLiteral("অজ্ঞাত")};
const QStringList kCredits = {QStringLiteral("নিজস্ব প্রতিবেদক"), QStringLiteral("সংগৃহীত"),
                              QStringLiteral("রয়টার্স"), QStringLiteral("এএফপি")};
const QStringList kSections = {QStringLiteral("national"), QStringLiteral("world"), QStringLiteral("sports"),
                               QStringLiteral("economy"), QStringLiteral("weather")};
const QStringList kBengaliDigits = {
    QStringLiteral("০"), QStringLiteral("১"), QStringLiteral("২"), QStringLiteral("৩"), QStringLiteral("৪"),
    QStringLiteral("৫"), QStringLiteral("৬"), QStringLiteral("৭"), QStringLiteral("৮"), QStringLiteral("৯")};

QString bengaliNumber(int n)
{
    QString s;
    for (QChar c : QString::number(n))
        s += kBengaliDigits.at(c.digitValue());
    return s;
}

} // namespace

ArticleGenerator::ArticleGenerator(std::uint64_t seed, QStringList vocabulary)
    : m_words(std::move(vocabulary)), m_seed(seed)
{
    if (m_words.isEmpty())
        m_words = {QStringLiteral("খবর")};
}

QString ArticleGenerator::defaultCorpusFolder()
{
    return QStringLiteral(PATHAK_SOURCE_DIR "/tests/data");
}

QStringList ArticleGenerator::loadVocabulary(const QString &folder)
{
    QSet<QString> seen;
    QStringList words;
    const QDir dir(folder);
    // Words only: punctuation, URLs, digits and markers would make odd sentences.
    static const QRegularExpression wordPattern(QStringLiteral("^[\\x{0980}-\\x{09FF}\\x{200C}\\x{200D}]+$"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        for (QString w : text.split(QRegularExpression(QStringLiteral("[\\s,।:;\"'‘’()\\[\\]|-]+")),
                                    Qt::SkipEmptyParts)) {
            if (wordPattern.match(w).hasMatch() && !seen.contains(w)) {
                seen.insert(w);
                words.append(w);
            }
        }
    }
    return words;
}

QString ArticleGenerator::article(std::uint64_t index, int wordTarget) const
{
    std::mt19937_64 rng(m_seed * 0x9E3779B97F4A7C15ULL + index);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    auto word = [&]() -> QString { return m_words.at(pick(0, int(m_words.size()) - 1)); };
    auto sentence = [&](int minWords, int maxWords) -> QString {
        QStringList ws;
        const int n = pick(minWords, maxWords);
        for (int i = 0; i < n; ++i) {
            ws.append(word());
            if (i + 1 < n && pick(0, 11) == 0)
                ws.last() += QLatin1Char(',');
        }
        if (pick(0, 9) == 0)
            ws.insert(pick(0, int(ws.size()) - 1), bengaliNumber(pick(1, 2026)));
        return ws.join(QLatin1Char(' ')) + QChar(0x0964);
    };

    QStringList lines;
    if (pick(0, 9) < 8) {
        lines.append(sentence(6, 16) +
                     QStringLiteral(" (ছবি: %1) |").arg(kCredits.at(pick(0, int(kCredits.size()) - 1))));
        lines.append(QString());
    }
    const int paragraphs = wordTarget > 0 ? std::max(1, wordTarget / 60) : pick(4, 12);
    int adNumber = 1;
    for (int p = 0; p < paragraphs; ++p) {
        QStringList sentences;
        const int count = wordTarget > 0 ? 5 : pick(1, 4);
        for (int s = 0; s < count; ++s)
            sentences.append(sentence(6, 18));
        lines.append(sentences.join(QLatin1Char(' ')));
        if (p > 0 && p + 1 < paragraphs && pick(0, 7) == 0)
            lines.append(QStringLiteral("[বিজ্ঞাপন_%1]").arg(bengaliNumber(adNumber++)));
    }
    lines.append(QStringLiteral("সূত্র: https://news.example.com/bn/%1/%2-%3.html")
                     .arg(kSections.at(pick(0, int(kSections.size()) - 1)))
                     .arg(index)
                     .arg(m_seed));
    const int comments = pick(0, 5);
    lines.append(QStringLiteral("মন্তব্য (%1)").arg(bengaliNumber(comments + pick(0, 3))));
    for (int c = 0; c < comments; ++c)
        lines.append(kAuthors.at(pick(0, int(kAuthors.size()) - 1)) + QStringLiteral(": ") + sentence(4, 12));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace pathak::bench
