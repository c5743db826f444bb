#pragma once

#include "annotation/Annotation.h"

#include <QList>
#include <QString>

namespace pathak {

// The annotations of one article as Markdown, for reading or pasting
// into notes: each passage as a block quote, its note below it, then
// colour and dates.
class AnnotationMarkdown
{
public:
    static QString render(const QString &articleTitle, const QString &sourceUrl,
                          const QList<Annotation> &annotations);

    // Backslash-escapes what Markdown would read as markup.
    static QString escape(const QString &text);
};

} // namespace pathak
