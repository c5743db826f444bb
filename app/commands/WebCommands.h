#pragma once

#include <QStringList>

namespace pathak {

class ArticleImporter;

namespace commands {

// Downloads and stores the pages at urls through the importer, so they are
// reported by its result callback like files. Returns when all are done.
void importUrls(ArticleImporter &importer, const QStringList &urls);

} // namespace commands
} // namespace pathak
