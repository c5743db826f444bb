// The search panel's worker reads the query language: operators narrow the
// ranked search, and operators alone list what they find.
#include "library/LibraryDatabase.h"
#include "library/TagStore.h"
#include "TestLibrary.h"
#include "ui/search/SearchWorker.h"

#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::ui;

namespace {

SearchOutcome searchFor(const QString &path, const QString &text)
{
    SearchWorker worker(path);
    std::optional<SearchOutcome> got;
    QEventLoop loop;
    QObject::connect(&worker, &SearchWorker::searched, &loop, [&](const SearchOutcome &o) {
        got = o;
        loop.quit();
    });
    SearchRequest request;
    request.text = text;
    worker.request(request);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit); // only a hang gets here
    if (!got)
        loop.exec();
    return got.value_or(SearchOutcome{});
}

QList<qint64> ids(const SearchOutcome &o)
{
    QList<qint64> out;
    for (const SearchHit &h : o.hits)
        out.append(h.id);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST(SearchOperators, NarrowTheSearchOrListOnTheirOwn)
{
    test::TestLibrary lib;
    const qint64 a = test::addArticle(lib.store(), QStringLiteral("পদ্মা সেতু খুলে দেওয়া হয়েছে।"));
    const qint64 b = test::addArticle(lib.store(), QStringLiteral("দূরে পদ্মা নদী দেখা যায়।"));
    const qint64 c = test::addArticle(lib.store(), QStringLiteral("সিলেটে ভারী বৃষ্টি হয়েছে।"));
    ASSERT_TRUE(TagStore(lib.db()).add({b, c}, QStringLiteral("নদী")).ok());
    const QString path = lib.path();
    lib.close();

    EXPECT_EQ(ids(searchFor(path, QStringLiteral("পদ্মা"))), (QList<qint64>{a, b}));
    EXPECT_EQ(ids(searchFor(path, QStringLiteral("পদ্মা -tag:নদী"))), QList<qint64>{a});
    const SearchOutcome tagged = searchFor(path, QStringLiteral("tag:নদী"));
    EXPECT_TRUE(tagged.error.isEmpty()) << tagged.error.toStdString();
    EXPECT_EQ(ids(tagged), (QList<qint64>{b, c}));
    EXPECT_TRUE(searchFor(path, QStringLiteral("published:soon")).error.isEmpty());
}
