// A paragraph of megabytes is stored in pieces the reader can lay out,
// cut where the text allows, and none of its text is lost.
#include "import/ArticleImporter.h"
#include "TestLibrary.h"

#include "library/LibraryStore.h"

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

QString sentences(int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += QStringLiteral("পদ্মা সেতুর কাজ শেষ হয়েছে %1। ").arg(i);
    return s.trimmed();
}

} // namespace

TEST(LongParagraph, SplitAtSentenceEndsWithoutLosingText)
{
    const QString paragraph = sentences(3000); // about 90 000 characters
    const QStringList pieces = ArticleImporter::splitLongParagraph(paragraph);
    ASSERT_GT(pieces.size(), 3);
    for (const QString &p : pieces) {
        EXPECT_LE(p.size(), ArticleImporter::maxParagraphLength);
        EXPECT_TRUE(p.endsWith(QChar(0x0964))) << p.right(20).toStdString();
    }
    EXPECT_EQ(pieces.join(QLatin1Char(' ')), paragraph);

    // No space at all: cut between grapheme clusters, nothing dropped.
    const QString unbroken = QString(45000, QChar(0x0995));
    const QStringList cut = ArticleImporter::splitLongParagraph(unbroken);
    ASSERT_EQ(cut.size(), 3);
    EXPECT_EQ(cut.join(QString()), unbroken);
    EXPECT_EQ(ArticleImporter::splitLongParagraph(QStringLiteral("ছোট।")),
              QStringList{QStringLiteral("ছোট।")});
}

TEST(LongParagraph, ImportStoresItSplit)
{
    TestLibrary lib;
    NewArticle a;
    a.article.title = QStringLiteral("দীর্ঘ অনুচ্ছেদ");
    a.article.paragraphs = {QStringLiteral("প্রথম।"), sentences(3000), QStringLiteral("শেষ।")};
    ArticleImporter importer(lib.store());
    const QList<ImportResult> results = importer.importArticles({{QStringLiteral("long"), a}});
    ASSERT_EQ(results.size(), 1);
    ASSERT_EQ(results.first().status, ImportResult::Status::Imported) << results.first().error.toStdString();
    Result<StoredArticle> stored = lib.store().article(results.first().id);
    ASSERT_TRUE(stored);
    const QStringList &paragraphs = stored->article.paragraphs;
    ASSERT_GT(paragraphs.size(), 5);
    EXPECT_EQ(paragraphs.first(), QStringLiteral("প্রথম।"));
    EXPECT_EQ(paragraphs.last(), QStringLiteral("শেষ।"));
    EXPECT_EQ(paragraphs.mid(1, paragraphs.size() - 2).join(QLatin1Char(' ')), sentences(3000));
    for (const QString &p : paragraphs)
        EXPECT_LE(p.size(), ArticleImporter::maxParagraphLength);
}
