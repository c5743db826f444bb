#include "StoreArticles.h"

#include <cstdio>

namespace pathak::bench {

bool storeArticles(LibraryStore &store, const QList<NewArticle> &articles, int batchSize, QList<qint64> *ids)
{
    QList<std::pair<QString, Result<NewArticle>>> items;
    items.reserve(articles.size());
    for (const NewArticle &a : articles)
        items.append({a.origin, Result<NewArticle>(a)});
    ArticleImporter importer(store);
    importer.setBatchSize(batchSize);
    bool all = true;
    for (const ImportResult &r : importer.importArticles(items)) {
        if (r.status != ImportResult::Status::Imported) {
            std::fprintf(stderr, "%s: not stored: %s\n", qPrintable(r.input), qPrintable(r.error));
            all = false;
        } else if (ids) {
            ids->append(r.id);
        }
    }
    return all;
}

} // namespace pathak::bench
