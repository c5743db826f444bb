#include "AnnotationFixtures.h"

#include "import/ArticleImporter.h"
#include "library/LibraryStore.h"

#include <gtest/gtest.h>

namespace pathak::test {

qint64 importFile(TestLibrary &lib, const QString &name)
{
    Result<NewArticle> in = ArticleImporter::readFile(dataFile(name));
    EXPECT_TRUE(in.ok()) << name.toStdString();
    return in.ok() ? storeArticle(lib.store(), in.value()) : 0;
}

TextRange find(TestLibrary &lib, qint64 articleId, const QString &quote)
{
    return TextAnchor(lib.store().article(articleId)->article.plainText()).occurrences(quote).value(0);
}

} // namespace pathak::test
