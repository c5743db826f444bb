#include "export/ExportArticleLoader.h"

#include "annotation/AnnotationStore.h"
#include "library/LibraryStore.h"

namespace pathak {

Result<ExportArticle> ExportArticleLoader::load(qint64 articleId, bool withAnnotations)
{
    Result<StoredArticle> stored = LibraryStore(m_db).article(articleId);
    if (!stored)
        return Result<ExportArticle>::failure(stored.error());
    ExportArticle item{stored->article, {}};
    if (!withAnnotations)
        return item;
    Result<QList<Annotation>> marks = AnnotationStore(m_db).forArticle(articleId);
    if (!marks)
        return Result<ExportArticle>::failure(marks.error());
    for (const Annotation &a : marks.value()) {
        // An orphaned annotation's passage is no longer in the text, so its
        // offsets would mark the wrong words.
        if (!a.orphaned)
            item.highlights.append({a.start, a.end, Annotation::colorName(a.color), a.note});
    }
    return item;
}

Result<QByteArray> ExportArticleLoader::leadImage(qint64 articleId)
{
    return LibraryStore(m_db).image(articleId);
}

} // namespace pathak
