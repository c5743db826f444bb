#pragma once

#include "import/ArticleImporter.h"

#include <QList>

namespace pathak {
class LibraryStore;
}

namespace pathak::bench {

// Stores already parsed articles as `pathak import` stores them: through
// ArticleImporter, in transactions of batchSize articles, so a benchmark's
// library is written by the product's one writer. Prints each article that
// was not stored and then returns false. ids, when given, receives the ids
// of the stored articles in order.
bool storeArticles(LibraryStore &store, const QList<NewArticle> &articles, int batchSize,
                   QList<qint64> *ids = nullptr);

} // namespace pathak::bench
