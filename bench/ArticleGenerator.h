#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace pathak::bench {

// Makes synthetic Bengali articles in the corpus format (docs/ARTICLE-FORMAT.md):
// caption with photo credit, body paragraphs of realistic length, ad
// markers, a source with a unique URL, comments. Words come from the test
// corpus, so the text has real Bengali clusters. Article i depends only on
// (seed, i): the same call gives the same bytes on every machine.
class ArticleGenerator
{
public:
    ArticleGenerator(std::uint64_t seed, QStringList vocabulary);

    // The distinct words of the .txt articles in a folder (tests/data).
    static QStringList loadVocabulary(const QString &folder);
    // tests/data of this source tree, compiled in.
    static QString defaultCorpusFolder();

    // Article number index as file text. wordTarget > 0 asks for a body of
    // about that many words (for layout benchmarks); 0 gives news-sized bodies.
    QString article(std::uint64_t index, int wordTarget = 0) const;

private:
    QStringList m_words;
    std::uint64_t m_seed;
};

} // namespace pathak::bench
