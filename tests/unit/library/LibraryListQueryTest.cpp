// Keyset paging of the library list: paging through a real library in every
// order and filter the list offers gives every row exactly once, in order,
// also across runs of equal keys (same title, same source, same second).
#include "library/LibraryListQuery.h"
#include "library/sqlite/Transaction.h"
#include "TestLibrary.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

using namespace pathak;
using namespace pathak::test;

namespace {

// 61 articles whose keys repeat: 7 titles, 4 sources (one in three has none),
// 5 saved times; flags in cycles of 2 and 3.
void fillLibrary(TestLibrary &lib)
{
    const QStringList titles{QStringLiteral("বাজেট"),     QStringLiteral("ক্রিকেট"),
                             QStringLiteral("আবহাওয়া"),   QStringLiteral("Election"),
                             QStringLiteral("অর্থনীতি"),   QStringLiteral("ঢাকা"),
                             QStringLiteral("বাজেট ২০২৬")};
    const QStringList sources{QStringLiteral("প্রথম আলো"), QStringLiteral("BBC Bangla"),
                              QStringLiteral("যুগান্তর"), QStringLiteral("")};
    QList<NewArticle> articles;
    for (int i = 0; i < 61; ++i) {
        NewArticle a;
        a.article.title = titles.at(i % titles.size());
        a.article.paragraphs = {QStringLiteral("অনুচ্ছেদ %1").arg(i)};
        if (i % 3 != 0)
            a.article.source =
                Source{sources.at(i % sources.size()), QStringLiteral("https://example.com/%1").arg(i)};
        articles.append(a);
    }
    ASSERT_EQ(storeArticles(lib.store(), articles).size(), 61);
    Transaction tx(lib.db().connection());
    QSqlQuery q(lib.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "UPDATE articles SET saved_at = '2026-11-2' || (id % 5) || 'T10:00:00Z', "
        "is_read = id % 2, is_favourite = (id % 3 = 1), "
        "published = CASE WHEN id % 4 = 0 THEN NULL ELSE '2026-0' || (id % 3 + 1) || '-01' END, "
        "author = CASE WHEN id % 5 = 0 THEN NULL ELSE 'লেখক ' || (id % 2) END")));
    ASSERT_TRUE(tx.commit());
}

} // namespace

TEST(LibraryListQuery, KeysetPagesGiveEveryRowOnceInOrder)
{
    TestLibrary lib;
    fillLibrary(lib);
    const QList<ArticleSummary> all = lib.store().summaries().value();
    ASSERT_EQ(all.size(), 61);

    using Key = LibraryListQuery::SortKey;
    using Read = LibraryListQuery::ReadFilter;
    for (Key key : {Key::SavedAt, Key::Title, Key::Source, Key::Published, Key::Author}) {
        for (bool ascending : {true, false}) {
            for (Read read : {Read::All, Read::Unread, Read::Read}) {
                for (bool favourites : {false, true}) {
                    SCOPED_TRACE(testing::Message() << "key " << int(key) << " ascending " << ascending
                                                    << " read " << int(read) << " favourites " << favourites);
                    // The expected order, worked out here from the rows.
                    QList<ArticleSummary> expected;
                    for (const ArticleSummary &s : all) {
                        if ((read == Read::Unread && s.read) || (read == Read::Read && !s.read) ||
                            (favourites && !s.favourite))
                            continue;
                        expected.append(s);
                    }
                    auto sortKey = [key](const ArticleSummary &s) {
                        // A missing date or author sorts as empty text, first.
                        const QString k = key == Key::Title       ? s.title
                                          : key == Key::Source    ? s.sourceLabel
                                          : key == Key::Published ? QString(s.published)
                                          : key == Key::Author    ? QString(s.author)
                                                                  : s.savedAt.toString(Qt::ISODate);
                        return std::make_tuple(k, s.id);
                    };
                    std::sort(expected.begin(), expected.end(),
                              [&](const ArticleSummary &a, const ArticleSummary &b) {
                                  return ascending ? sortKey(a) < sortKey(b) : sortKey(b) < sortKey(a);
                              });

                    LibraryListQuery query(lib.db());
                    query.setSort(key, ascending);
                    query.setReadFilter(read);
                    query.setFavouritesOnly(favourites);
                    EXPECT_EQ(query.count().value(), expected.size());
                    QList<qint64> paged;
                    std::optional<LibraryListQuery::Position> after;
                    for (int pages = 0; pages < 100; ++pages) {
                        Result<LibraryListQuery::Page> page = query.page(after, 4);
                        ASSERT_TRUE(page.ok()) << page.error().toStdString();
                        if (page->rows.isEmpty())
                            break;
                        EXPECT_LE(page->rows.size(), 4);
                        for (const ArticleSummary &s : page->rows)
                            paged.append(s.id);
                        after = page->last;
                    }
                    QList<qint64> wanted;
                    for (const ArticleSummary &s : expected)
                        wanted.append(s.id);
                    EXPECT_EQ(paged, wanted);
                }
            }
        }
    }
}

TEST(LibraryListQuery, SummaryRowsAreReadTheSameEverywhere)
{
    TestLibrary lib;
    fillLibrary(lib);
    LibraryListQuery query(lib.db());
    query.setSort(LibraryListQuery::SortKey::Title, true);
    const QList<ArticleSummary> all = lib.store().summaries().value();
    for (const ArticleSummary &s : all) {
        const ArticleSummary one = query.summary(s.id).value();
        EXPECT_EQ(one.title, s.title);
        EXPECT_EQ(one.sourceLabel, s.sourceLabel);
        EXPECT_EQ(one.sourceUrl, s.sourceUrl);
        EXPECT_EQ(one.savedAt, s.savedAt);
        EXPECT_TRUE(one.savedAt.isValid());
        EXPECT_EQ(one.read, s.read);
        EXPECT_EQ(one.favourite, s.favourite);
        EXPECT_EQ(one.published, s.published);
        EXPECT_EQ(one.author, s.author);
        EXPECT_EQ(one.tags, s.tags);
    }
}
