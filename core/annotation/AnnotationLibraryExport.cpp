#include "annotation/AnnotationLibraryExport.h"

#include "annotation/AnnotationStore.h"
#include "library/LibraryStore.h"

#include <QHash>

namespace pathak {

Result<AnnotatedArticle> AnnotationLibraryExport::article(qint64 articleId)
{
    using R = Result<AnnotatedArticle>;
    Result<StoredArticle> stored = LibraryStore(m_db).article(articleId);
    if (!stored)
        return R::failure(stored.error());
    Result<QList<Annotation>> list = AnnotationStore(m_db).forArticle(articleId);
    if (!list)
        return R::failure(list.error());
    AnnotatedArticle a;
    a.articleId = articleId;
    a.title = stored->article.title;
    a.sourceUrl = stored->article.source ? stored->article.source->url : QString();
    a.savedAt = stored->savedAt;
    a.published = stored->published;
    a.author = stored->author;
    a.tags = stored->tags;
    a.annotations = std::move(list).value();
    return R(std::move(a));
}

Result<QList<AnnotatedArticle>> AnnotationLibraryExport::library()
{
    using R = Result<QList<AnnotatedArticle>>;
    // The list's rows, not the articles' bodies: a large library is not read whole.
    Result<QList<ArticleSummary>> summaries = LibraryStore(m_db).summaries();
    if (!summaries)
        return R::failure(summaries.error());
    Result<QList<Annotation>> all = AnnotationStore(m_db).all();
    if (!all)
        return R::failure(all.error());
    QHash<qint64, QList<Annotation>> byArticle;
    for (const Annotation &a : all.value())
        byArticle[a.articleId].append(a);
    QList<AnnotatedArticle> out;
    for (const ArticleSummary &s : summaries.value()) {
        const auto found = byArticle.constFind(s.id);
        if (found == byArticle.constEnd())
            continue;
        AnnotatedArticle a;
        a.articleId = s.id;
        a.title = s.title;
        a.sourceUrl = s.sourceUrl;
        a.savedAt = s.savedAt;
        a.published = s.published;
        a.author = s.author;
        a.tags = s.tags;
        a.annotations = *found;
        out.append(a);
    }
    return R(std::move(out));
}

Status AnnotationLibraryExport::writeFile(const QString &path, AnnotationExportFormat format,
                                          std::optional<qint64> articleId, AnnotationExportOptions options)
{
    QList<AnnotatedArticle> articles;
    if (articleId) {
        Result<AnnotatedArticle> one = article(*articleId);
        if (!one)
            return Status::failure(one.error());
        articles.append(std::move(one).value());
        options.library = false;
    } else {
        Result<QList<AnnotatedArticle>> all = library();
        if (!all)
            return Status::failure(all.error());
        articles = std::move(all).value();
        options.library = true;
    }
    return AnnotationExporter::writeFile(path, format, articles, options);
}

} // namespace pathak
