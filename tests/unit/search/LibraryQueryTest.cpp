// The query language: what each piece of typed text means, and what it
// finds when run through the library list and the search index.
#include "search/LibraryQuery.h"
#include "library/LibraryListQuery.h"
#include "library/TagStore.h"
#include "search/SearchIndex.h"
#include "TestLibrary.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

using Kind = LibraryQueryTerm::Kind;

namespace {

// A fixed "now": Friday 4 December 2026, 12:00 local time.
const QDateTime now(QDate(2026, 12, 4), QTime(12, 0));

QDateTime day(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0));
}

LibraryQueryTerm only(const QString &text)
{
    const LibraryQuery q = LibraryQuery::parse(text, now);
    EXPECT_EQ(q.terms().size(), 1) << text.toStdString();
    return q.terms().value(0);
}

} // namespace

TEST(LibraryQueryParse, FreeTextStaysFreeText)
{
    const LibraryQuery q = LibraryQuery::parse(QStringLiteral("ডোনাল্ড ট্রাম্প"), now);
    ASSERT_EQ(q.terms().size(), 2);
    EXPECT_EQ(q.terms()[0].kind, Kind::Text);
    EXPECT_EQ(q.searchText(), QStringLiteral("ডোনাল্ড ট্রাম্প"));
    EXPECT_TRUE(q.filter().isEmpty());
    EXPECT_FALSE(q.condition().isEmpty());
}

TEST(LibraryQueryParse, PhrasesKeepTheirQuotes)
{
    const LibraryQuery q = LibraryQuery::parse(QStringLiteral("\"শেখ হাসিনা\" ঢাকা"), now);
    ASSERT_EQ(q.terms().size(), 2);
    EXPECT_EQ(q.terms()[0].value, QStringLiteral("\"শেখ হাসিনা\""));
    EXPECT_EQ(q.searchText(), QStringLiteral("\"শেখ হাসিনা\" ঢাকা"));
    // A quoted operator is text.
    EXPECT_EQ(only(QStringLiteral("\"is:read\"")).kind, Kind::Text);
}

TEST(LibraryQueryParse, Operators)
{
    EXPECT_EQ(only(QStringLiteral("tag:খেলা")),
              (LibraryQueryTerm{Kind::Tag, false, QStringLiteral("খেলা"), {}, {}}));
    EXPECT_EQ(only(QStringLiteral("TAG:\"দুই শব্দ\"")).value, QStringLiteral("দুই শব্দ"));
    EXPECT_EQ(only(QStringLiteral("feed:bbc")).kind, Kind::Feed);
    EXPECT_EQ(only(QStringLiteral("source:prothomalo.com")).kind, Kind::Source);
    EXPECT_EQ(only(QStringLiteral("author:রহিম")).kind, Kind::Author);
    EXPECT_EQ(only(QStringLiteral("is:Unread")).value, QStringLiteral("unread"));
    EXPECT_EQ(only(QStringLiteral("is:favorite")).kind, Kind::Is);
    EXPECT_EQ(only(QStringLiteral("has:notes")).kind, Kind::Has);
    const LibraryQueryTerm neg = only(QStringLiteral("-is:archived"));
    EXPECT_TRUE(neg.negated);
    EXPECT_EQ(neg.kind, Kind::Is);
    EXPECT_TRUE(only(QStringLiteral("-ক্রিকেট")).negated);
}

TEST(LibraryQueryParse, DatesAndRanges)
{
    LibraryQueryTerm t = only(QStringLiteral("published:2026-01..2026-03"));
    EXPECT_EQ(t.kind, Kind::Published);
    EXPECT_EQ(t.from, day(2026, 1, 1));
    EXPECT_EQ(t.to, day(2026, 4, 1));
    t = only(QStringLiteral("published:২০২৬-০১..২০২৬-০৩")); // Bengali digits
    EXPECT_EQ(t.from, day(2026, 1, 1));
    EXPECT_EQ(t.to, day(2026, 4, 1));
    t = only(QStringLiteral("saved:2026-11-05"));
    EXPECT_EQ(t.from, day(2026, 11, 5));
    EXPECT_EQ(t.to, day(2026, 11, 6));
    t = only(QStringLiteral("saved:2026"));
    EXPECT_EQ(t.to, day(2027, 1, 1));
    t = only(QStringLiteral("published:>2026-02"));
    EXPECT_EQ(t.from, day(2026, 3, 1));
    EXPECT_FALSE(t.to.has_value());
    t = only(QStringLiteral("published:<=2026-02-15"));
    EXPECT_EQ(t.to, day(2026, 2, 16));
    EXPECT_FALSE(t.from.has_value());
    t = only(QStringLiteral("published:2026-03.."));
    EXPECT_EQ(t.from, day(2026, 3, 1));
    EXPECT_FALSE(t.to.has_value());
    t = only(QStringLiteral("saved:today"));
    EXPECT_EQ(t.from, day(2026, 12, 4));
    EXPECT_EQ(t.to, day(2026, 12, 5));
}

TEST(LibraryQueryParse, AgesCountBackFromNow)
{
    LibraryQueryTerm t = only(QStringLiteral("saved:7d")); // within the last week
    EXPECT_EQ(t.from, now.addDays(-7));
    EXPECT_FALSE(t.to.has_value());
    t = only(QStringLiteral("saved:>7d")); // longer ago than a week
    EXPECT_EQ(t.to, now.addDays(-7));
    EXPECT_FALSE(t.from.has_value());
    t = only(QStringLiteral("saved:<২w"));
    EXPECT_EQ(t.from, now.addDays(-14));
    EXPECT_EQ(only(QStringLiteral("saved:3m")).from, now.addMonths(-3));
}

TEST(LibraryQueryParse, AnythingTypedIsAQuery)
{
    // Unknown operators, values no operator reads, stray syntax: text.
    for (const QString &text :
         {QStringLiteral("published:soon"), QStringLiteral("is:maybe"), QStringLiteral("colour:red"),
          QStringLiteral("saved:2026-13"), QStringLiteral("published:.."), QStringLiteral("tag:"),
          QStringLiteral("https://example.com/a?b=c"), QStringLiteral("saved:7d..2026")}) {
        const LibraryQuery q = LibraryQuery::parse(text, now);
        ASSERT_FALSE(q.terms().isEmpty()) << text.toStdString();
        for (const LibraryQueryTerm &t : q.terms())
            EXPECT_EQ(t.kind, Kind::Text) << text.toStdString();
    }
    // Nothing searchable: no terms, every article.
    for (const QString &text :
         {QString(), QStringLiteral("   "), QStringLiteral("- -- \"\" \" :"), QStringLiteral("।")}) {
        const LibraryQuery q = LibraryQuery::parse(text, now);
        EXPECT_TRUE(q.isEmpty()) << text.toStdString();
        EXPECT_TRUE(q.condition().isEmpty());
    }
    // An open quote runs to the end.
    EXPECT_EQ(only(QStringLiteral("\"শেখ হাসি")).value, QStringLiteral("\"শেখ হাসি\""));
}

namespace {

// Five articles with every field the operators read; ids in order a–e.
struct QueryLibrary
{
    TestLibrary lib;
    QList<qint64> ids;

    QueryLibrary()
    {
        const QStringList bodies = {
            QStringLiteral("ঢাকায় ক্রিকেট খেলা হলো।"), QStringLiteral("চট্টগ্রামে বৃষ্টি হয়েছে।"),
            QStringLiteral("ক্রিকেট দল সিলেটে পৌঁছেছে।"), QStringLiteral("বাজেট ঘোষণা করা হয়েছে।"),
            QStringLiteral("নির্বাচনের তারিখ ঠিক হয়েছে।")};
        QList<NewArticle> articles;
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            NewArticle a;
            a.article.title = QStringLiteral("খবর %1").arg(i);
            a.article.paragraphs = {bodies.at(i)};
            a.article.source = Source{i % 2 ? QStringLiteral("BBC Bangla") : QStringLiteral("প্রথম আলো"),
                                      QStringLiteral("https://news%1.example/%2").arg(i % 2).arg(i)};
            a.published = i == 4 ? QString() : QStringLiteral("2026-0%1-10").arg(i + 1);
            a.author = i == 0 ? QStringLiteral("রহিম উদ্দিন") : i == 1 ? QStringLiteral("Karim") : QString();
            articles.append(a);
        }
        ids = storeArticles(lib.store(), articles);
        TagStore tags(lib.db());
        EXPECT_TRUE(tags.add({ids[0], ids[2]}, QStringLiteral("খেলা")).ok());
        EXPECT_TRUE(tags.add({ids[3]}, QStringLiteral("অর্থনীতি")).ok());
        EXPECT_TRUE(lib.store().setRead(ids[1], true).ok());
        EXPECT_TRUE(lib.store().setFavourite(ids[2], true).ok());
        EXPECT_TRUE(lib.store().setArchived(ids[3], true).ok());
        QSqlQuery q(lib.db().connection());
        q.exec(QStringLiteral("UPDATE articles SET saved_at = CASE id WHEN %1 THEN '2026-11-01T10:00:00Z' "
                              "ELSE '2026-12-03T10:00:00Z' END")
                   .arg(ids[4]));
        q.exec(QStringLiteral(
                   "INSERT INTO annotations (article_id, exact, start_pos, end_pos, note, created_at, "
                   "modified_at) VALUES (%1, 'ক্রিকেট', 0, 6, '', 'x', 'x'), "
                   "(%2, 'বাজেট', 0, 5, 'দেখতে হবে', 'x', 'x')")
                   .arg(ids[0])
                   .arg(ids[3]));
        q.exec(QStringLiteral(
            "INSERT INTO feeds (id, url, title, added_at) VALUES (1, 'https://bbc.example/rss', "
            "'BBC বাংলা', 'x');"));
        q.exec(QStringLiteral("INSERT INTO feed_items VALUES (1, 'k', '', %1, 'x')").arg(ids[1]));
    }

    // The letters of the articles the query lists, in id order.
    QString listed(const QString &text)
    {
        LibraryListQuery q(lib.db());
        q.setCondition(LibraryQuery::parse(text, now).condition());
        q.setSort(LibraryListQuery::SortKey::Title, true);
        Result<LibraryListQuery::Page> page = q.page(std::nullopt, 100);
        EXPECT_TRUE(page.ok()) << text.toStdString() << ": " << page.error().toStdString();
        EXPECT_EQ(q.count().value(), page->rows.size());
        return letters(page->rows);
    }
    QString letters(const QList<ArticleSummary> &rows) const
    {
        QString out;
        for (const ArticleSummary &s : rows)
            out.append(QChar(char16_t(u'a' + ids.indexOf(s.id))));
        std::sort(out.begin(), out.end());
        return out;
    }
};

} // namespace

TEST(LibraryQueryRun, EachOperatorFindsItsArticles)
{
    QueryLibrary l;
    ASSERT_EQ(l.ids.size(), 5);
    EXPECT_EQ(l.listed(QStringLiteral("ক্রিকেট")), QStringLiteral("ac"));
    EXPECT_EQ(l.listed(QStringLiteral("ক্রিকেট -tag:খেলা")), QString());
    EXPECT_EQ(l.listed(QStringLiteral("tag:খেলা")), QStringLiteral("ac"));
    EXPECT_EQ(l.listed(QStringLiteral("-tag:খেলা")), QStringLiteral("bde"));
    EXPECT_EQ(l.listed(QStringLiteral("has:tags")), QStringLiteral("acd"));
    EXPECT_EQ(l.listed(QStringLiteral("feed:bbc")), QStringLiteral("b"));
    EXPECT_EQ(l.listed(QStringLiteral("feed:1")), QStringLiteral("b"));
    EXPECT_EQ(l.listed(QStringLiteral("source:BBC")), QStringLiteral("bd"));
    EXPECT_EQ(l.listed(QStringLiteral("source:news0.example")), QStringLiteral("ace"));
    EXPECT_EQ(l.listed(QStringLiteral("is:read")), QStringLiteral("b"));
    EXPECT_EQ(l.listed(QStringLiteral("is:unread")), QStringLiteral("acde"));
    EXPECT_EQ(l.listed(QStringLiteral("is:favourite")), QStringLiteral("c"));
    EXPECT_EQ(l.listed(QStringLiteral("is:archived")), QStringLiteral("d"));
    EXPECT_EQ(l.listed(QStringLiteral("is:inbox")), QStringLiteral("ace"));
    EXPECT_EQ(l.listed(QStringLiteral("has:highlights")), QStringLiteral("ad"));
    EXPECT_EQ(l.listed(QStringLiteral("has:notes")), QStringLiteral("d"));
    EXPECT_EQ(l.listed(QStringLiteral("author:রহিম")), QStringLiteral("a"));
    EXPECT_EQ(l.listed(QStringLiteral("author:karim")), QStringLiteral("b"));
    EXPECT_EQ(l.listed(QStringLiteral("-author:karim")), QStringLiteral("acde"));
    EXPECT_EQ(l.listed(QStringLiteral("published:2026-01..2026-03")), QStringLiteral("abc"));
    EXPECT_EQ(l.listed(QStringLiteral("published:২০২৬-০২")), QStringLiteral("b"));
    EXPECT_EQ(l.listed(QStringLiteral("published:<2026-02")), QStringLiteral("a"));
    EXPECT_EQ(l.listed(QStringLiteral("-published:2026")), QStringLiteral("e"));
    EXPECT_EQ(l.listed(QStringLiteral("saved:>7d")), QStringLiteral("e"));
    EXPECT_EQ(l.listed(QStringLiteral("saved:7d")), QStringLiteral("abcd"));
    EXPECT_EQ(l.listed(QStringLiteral("saved:2026-11")), QStringLiteral("e"));
    EXPECT_EQ(l.listed(QStringLiteral("\"ক্রিকেট দল\"")), QStringLiteral("c"));
    EXPECT_EQ(l.listed(QStringLiteral("is:unread tag:খেলা -is:favourite")), QStringLiteral("a"));
    EXPECT_EQ(l.listed(QStringLiteral("colour:red")), QString());
    EXPECT_EQ(l.listed(QStringLiteral("   ")), QStringLiteral("abcde"));
    // SQL and FTS5 syntax are only text.
    EXPECT_EQ(l.listed(QStringLiteral("tag:\"x') OR 1=1 --\"")), QString());
    EXPECT_EQ(l.listed(QStringLiteral("NEAR(ক্রিকেট) OR *")), QString());
}

TEST(LibraryQueryRun, RankedSearchNarrowedByOperators)
{
    QueryLibrary l;
    SearchIndex index(l.lib.db());
    const LibraryQuery q = LibraryQuery::parse(QStringLiteral("ক্রিকেট is:favourite"), now);
    SearchFilter filter;
    filter.condition = q.filter();
    Result<QList<SearchHit>> hits = index.search(q.searchText(), filter);
    ASSERT_TRUE(hits.ok()) << hits.error().toStdString();
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, l.ids[2]);
    // The same statement again with other values, and with another condition.
    filter.condition = LibraryQuery::parse(QStringLiteral("-is:favourite"), now).filter();
    hits = index.search(q.searchText(), filter);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, l.ids[0]);
    filter.condition = LibraryQuery::parse(QStringLiteral("tag:খেলা"), now).filter();
    hits = index.search(q.searchText(), filter);
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 2);
}
