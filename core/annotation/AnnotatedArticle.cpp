#include "annotation/AnnotatedArticle.h"

#include "text/MarkdownText.h"

namespace pathak {

QString AnnotatedArticle::link() const
{
    if (!MarkdownText::linkDestination(sourceUrl).isEmpty())
        return sourceUrl;
    return QStringLiteral("pathak://article/%1").arg(articleId);
}

} // namespace pathak
