#pragma once

#include "annotation/AnnotatedArticle.h"
#include "annotation/AnnotationMarkdownTemplate.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pathak {

// Annotations as a Markdown note that Obsidian and Logseq read: a YAML
// front matter block first, between `---` lines (title, source, saved and,
// when the library knows them, published, author and tags), then a heading
// and each annotation written by the template (AnnotationMarkdownTemplate).
// Every string of the front matter is a double-quoted YAML scalar, so no
// title or address can end the block or become another key.
class AnnotationMarkdown
{
public:
    // One article: its facts in the front matter.
    static QString document(const AnnotatedArticle &article,
                            const AnnotationMarkdownTemplate &format = AnnotationMarkdownTemplate());
    // The library in one note: the front matter says what was exported and
    // when; each article is a section (## title) that starts with its facts
    // as a list, then its annotations.
    static QString library(const QList<AnnotatedArticle> &articles, const QDateTime &exportedAt,
                           const AnnotationMarkdownTemplate &format = AnnotationMarkdownTemplate());

    // A string as a double-quoted YAML scalar.
    static QString yamlString(const QString &text);

    // Backslash-escapes what Markdown would read as markup.
    static QString escape(const QString &text);
};

} // namespace pathak
