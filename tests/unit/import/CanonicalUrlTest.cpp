// A page that names a stored article's source (canonical) URL but carries
// other text is not that article's duplicate: it is stored as an article of
// its own, the import says so, and the real article is not touched.
#include "import/ArticleImporter.h"
#include "TestLibrary.h"

#include "library/LibraryStore.h"

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

NewArticle article(const QString &title, const QStringList &paragraphs, const QString &sourceUrl)
{
    NewArticle a;
    a.article.title = title;
    a.article.paragraphs = paragraphs;
    a.article.source = Source{QStringLiteral("prothomalo.com"), sourceUrl};
    a.origin = sourceUrl;
    return a;
}

} // namespace

TEST(CanonicalUrl, AnotherArticleWithTheSameUrlIsNotADuplicate)
{
    TestLibrary lib;
    const QString url = QStringLiteral("https://www.prothomalo.com/bangladesh/padma-bridge");
    const NewArticle real =
        article(QStringLiteral("পদ্মা সেতু"), {QStringLiteral("পদ্মা সেতুতে রেকর্ড যান চলাচল।")}, url);
    const qint64 realId = storeArticle(lib.store(), real);
    ASSERT_GT(realId, 0);

    ArticleImporter importer(lib.store());
    const NewArticle takeover =
        article(QStringLiteral("ভুয়া খবর"), {QStringLiteral("এই লেখাটি আসল খবরের ঠিকানা দাবি করে।")}, url);
    const QList<ImportResult> results = importer.importArticles({{QStringLiteral("hostile.html"), takeover}});
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.at(0).status, ImportResult::Status::Imported);
    EXPECT_NE(results.at(0).id, realId);
    EXPECT_EQ(results.at(0).note,
              QStringLiteral("stored as a new article: article %1 names the same source URL but has other "
                             "text, so neither is a duplicate of the other")
                  .arg(realId));

    // The real article is as it was, and both are in the library.
    Result<StoredArticle> stored = lib.store().article(realId);
    ASSERT_TRUE(stored.ok()) << stored.error().toStdString();
    EXPECT_EQ(stored->article.title, real.article.title);
    EXPECT_EQ(stored->article.paragraphs, real.article.paragraphs);
    EXPECT_EQ(lib.store().count().value(), 2);

    // The same text again is a duplicate, whatever URL it names.
    NewArticle copy = real;
    copy.article.source = Source{QStringLiteral("elsewhere"), QStringLiteral("https://example.org/copy")};
    const QList<ImportResult> again = importer.importArticles({{QStringLiteral("copy.html"), copy}});
    ASSERT_EQ(again.size(), 1);
    EXPECT_EQ(again.at(0).status, ImportResult::Status::Duplicate);
    EXPECT_EQ(again.at(0).id, realId);
    EXPECT_TRUE(again.at(0).note.isEmpty());
    EXPECT_EQ(lib.store().count().value(), 2);
}
