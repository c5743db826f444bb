#pragma once

#include "base/Result.h"
#include "export/ExportOptions.h"

namespace pathak {

class LibraryDatabase;

// Reads an article and its stored annotations as the exporters take them,
// so the `export` command and the reader's Export menu put the same marks
// on the page.
class ExportArticleLoader
{
public:
    explicit ExportArticleLoader(LibraryDatabase &db) : m_db(db) {}

    // With withAnnotations false the article comes back unmarked.
    Result<ExportArticle> load(qint64 articleId, bool withAnnotations = true);
    // The lead photo's bytes as stored (for the EPUB); empty when there is none.
    Result<QByteArray> leadImage(qint64 articleId);

private:
    LibraryDatabase &m_db;
};

} // namespace pathak
