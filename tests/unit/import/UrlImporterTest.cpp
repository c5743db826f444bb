// UrlImporter against the real test server: download, parse, store, one outcome per URL.
#include "import/UrlImporter.h"
#include "TestHttpServer.h"
#include "TestLibrary.h"

#include <QMultiHash>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

// The outcomes of one import, by the URL they are for.
QMultiHash<QString, ImportResult> byInput(const QList<ImportResult> &results)
{
    QMultiHash<QString, ImportResult> out;
    for (const ImportResult &r : results)
        out.insert(r.input, r);
    return out;
}

} // namespace

TEST(UrlImporter, OneOutcomePerUrlWithDuplicatesAndFailures)
{
    TestHttpServer server;
    ASSERT_TRUE(server.isListening());
    TestLibrary lib;
    const QString page = server.urlString(QStringLiteral("/news-jsonld.html"));
    const QString text = server.urlString(QStringLiteral("/article.txt"));
    const QString missing = server.urlString(QStringLiteral("/missing"));
    const QString invalid = QStringLiteral("not a url");
    const QString file = QStringLiteral("file:///etc/passwd");
    // The page twice: saved once, then reported as a duplicate of itself.
    const QStringList urls{page, text, missing, page, invalid, file};

    UrlImporter importer(lib.store());
    QList<ImportResult> reported;
    QList<std::pair<int, int>> progress;
    importer.setResultCallback([&](const ImportResult &r) { reported.append(r); });
    importer.setProgressCallback([&](int done, int total) { progress.append({done, total}); });
    const QList<ImportResult> results = importer.importUrls(urls);

    ASSERT_EQ(results.size(), urls.size());
    ASSERT_EQ(reported.size(), results.size());
    for (int i = 0; i < results.size(); ++i) {
        EXPECT_EQ(reported.at(i).input, results.at(i).input);
        EXPECT_EQ(reported.at(i).status, results.at(i).status);
    }
    ASSERT_EQ(progress.size(), urls.size());
    for (int i = 0; i < progress.size(); ++i)
        EXPECT_EQ(progress.at(i), std::make_pair(i + 1, int(urls.size())));

    const QMultiHash<QString, ImportResult> outcome = byInput(results);
    const QList<ImportResult> twice = outcome.values(page);
    ASSERT_EQ(twice.size(), 2);
    // Whichever download finished first was saved.
    ImportResult imported = twice.at(0), duplicate = twice.at(1);
    if (duplicate.status == ImportResult::Status::Imported)
        std::swap(imported, duplicate);
    EXPECT_EQ(imported.status, ImportResult::Status::Imported);
    EXPECT_EQ(duplicate.status, ImportResult::Status::Duplicate);
    EXPECT_GT(imported.id, 0);
    EXPECT_EQ(duplicate.id, imported.id);

    ASSERT_EQ(outcome.count(text), 1);
    EXPECT_EQ(outcome.value(text).status, ImportResult::Status::Imported);
    ASSERT_EQ(outcome.count(missing), 1);
    EXPECT_EQ(outcome.value(missing).status, ImportResult::Status::Failed);
    EXPECT_EQ(outcome.value(missing).error, QStringLiteral("HTTP 404 Not Found"));
    ASSERT_EQ(outcome.count(invalid), 1);
    EXPECT_EQ(outcome.value(invalid).error, QStringLiteral("not a valid URL"));
    ASSERT_EQ(outcome.count(file), 1);
    EXPECT_EQ(outcome.value(file).error, QStringLiteral("only http and https URLs can be downloaded"));

    // Stored whole: the article, the page as downloaded, its lead image.
    EXPECT_EQ(lib.store().count().value(), 2);
    Result<StoredArticle> stored = lib.store().article(imported.id);
    ASSERT_TRUE(stored.ok()) << stored.error().toStdString();
    EXPECT_EQ(stored->article.title, QStringLiteral("পদ্মা সেতুতে এক দিনে রেকর্ড যান চলাচল"));
    EXPECT_EQ(stored->origin, page);
    EXPECT_EQ(lib.store().image(imported.id).value(),
              readAll(dataDir() + QStringLiteral("/web/images/lead.png")));

    // Saved again later: a duplicate naming the article already there.
    const QList<ImportResult> again = UrlImporter(lib.store()).importUrls({page});
    ASSERT_EQ(again.size(), 1);
    EXPECT_EQ(again.at(0).status, ImportResult::Status::Duplicate);
    EXPECT_EQ(again.at(0).id, imported.id);
    EXPECT_EQ(lib.store().count().value(), 2);
}

TEST(UrlImporter, NothingToSaveReturnsAtOnce)
{
    TestLibrary lib;
    UrlImporter importer(lib.store());
    int calls = 0;
    importer.setResultCallback([&](const ImportResult &) { ++calls; });
    EXPECT_TRUE(importer.importUrls({}).isEmpty());
    EXPECT_EQ(calls, 0);
}

TEST(UrlImporter, CancelStopsTheDownloadsInHand)
{
    TestHttpServer server;
    TestLibrary lib;
    const QString invalid = QStringLiteral("not a url");
    const QString slow = server.urlString(QStringLiteral("/slow"));
    UrlImporter importer(lib.store());
    // The invalid URL's outcome comes first, from the event loop's first
    // pass; the slow page cannot have answered by then (it answers after
    // seconds), so cancelling there finds it still downloading.
    importer.setResultCallback([&](const ImportResult &r) {
        if (r.input == invalid)
            importer.cancel();
    });
    const QList<ImportResult> results = importer.importUrls({invalid, slow});
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results.at(0).input, invalid);
    EXPECT_EQ(results.at(1).input, slow);
    EXPECT_EQ(results.at(1).status, ImportResult::Status::Failed);
    EXPECT_EQ(results.at(1).error, QStringLiteral("cancelled"));
    EXPECT_EQ(lib.store().count().value(), 0);
}
