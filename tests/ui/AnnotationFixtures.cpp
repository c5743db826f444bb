#include "AnnotationFixtures.h"

#include "ArticleImporter.h"
#include "LibraryStore.h"

namespace pathak::test {

qint64 importFile(TestLibrary &lib, const QString &name)
{
    Result<NewArticle> in = ArticleImporter::readFile(dataFile(name));
    return lib.store().insert(in.value()).value();
}

TextRange find(TestLibrary &lib, qint64 articleId, const QString &quote)
{
    return TextAnchor(lib.store().article(articleId)->article.plainText()).occurrences(quote).value(0);
}

} // namespace pathak::test
