// Figures for annotations (README "Annotations"): highlighting, re-anchoring
// every annotation of a long article after its text changed, and the W3C
// JSON export and import, on a generated article.
#include "annotation/AnnotationStore.h"
#include "annotation/WebAnnotationJson.h"
#include "article/ArticleParser.h"
#include "ArticleGenerator.h"
#include "CpuTimer.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "StoreArticles.h"
#include "text/TextAnchor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace pathak;

namespace {

// CPU time first: the machine is shared, so wall time varies with the neighbours.
QByteArray ms(const bench::CpuTimer &t, int per = 1)
{
    return QStringLiteral("%1 ms CPU (%2 ms wall)")
        .arg(t.cpuSeconds() * 1e3 / per, 0, 'f', per > 1 ? 2 : 1)
        .arg(t.wallSeconds() * 1e3 / per, 0, 'f', per > 1 ? 2 : 1)
        .toUtf8();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int words = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 10000;
    QTemporaryDir dir;
    auto db = LibraryDatabase::open(dir.filePath(QStringLiteral("library.sqlite")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    LibraryStore articles(*db.value());
    const bench::ArticleGenerator generator(
        7, bench::ArticleGenerator::loadVocabulary(bench::ArticleGenerator::defaultCorpusFolder()));
    Result<Article> parsed = ArticleParser::parse(generator.article(0, words).toUtf8());
    if (!parsed)
        return 1;
    NewArticle input{parsed.value(), {}, QStringLiteral("bench"), {}, {}, {}, {}};
    QList<qint64> ids;
    if (!bench::storeArticles(articles, {input}, 1, &ids))
        return 1;
    const qint64 id = ids.first();
    const QString text = parsed->plainText();
    std::printf("article: %d words, %lld code points, %lld paragraphs\n", words,
                qlonglong(TextAnchor(text).length()), qlonglong(parsed->paragraphs.size()));

    AnnotationStore store(*db.value());
    std::mt19937 random(11);
    const int length = TextAnchor(text).length();
    std::uniform_int_distribution<int> pos(0, length - 40);
    bench::CpuTimer t;
    for (int i = 0; i < count; ++i) {
        const int start = pos(random);
        // Every third one has a note: notes are indexed for search, the others are not.
        const QString note = i % 3 == 0 ? QStringLiteral("টীকা %1").arg(i) : QString();
        if (!store.create(id, {start, start + 5 + i % 30}, AnnotationColor(i % 6), note).ok())
            return 1;
    }
    std::printf(
        "highlight: %s each (%d annotations, a third with notes, one commit each, synchronous=FULL)\n",
        ms(t, count).constData(), count);

    // A paragraph inserted at the top moves every annotation.
    QSqlQuery q(db.value()->connection());
    q.prepare(QStringLiteral("UPDATE paragraphs SET text = ? || text WHERE article_id = ? AND position = 0"));
    q.addBindValue(QStringLiteral("নতুন একটি বাক্য যোগ হয়েছে। "));
    q.addBindValue(id);
    q.exec();
    t.start();
    Result<ReanchorSummary> r = store.reanchor(id);
    std::printf("re-anchor after an edit: %s for %d annotations (moved %d, unchanged %d, orphaned %d)\n",
                ms(t).constData(), count, r->moved, r->unchanged, r->orphaned);
    t.start();
    r = store.reanchor(id);
    std::printf("re-anchor, nothing changed: %s\n", ms(t).constData());

    const QList<Annotation> all = store.forArticle(id).value();
    t.start();
    const QByteArray json =
        QJsonDocument(WebAnnotationJson::toCollection({id, parsed->title, {}}, all)).toJson();
    std::printf("export W3C JSON: %s (%.0f KB)\n", ms(t).constData(), double(json.size()) / 1e3);
    q.prepare(QStringLiteral("DELETE FROM annotations WHERE article_id = ?"));
    q.addBindValue(id);
    q.exec();
    t.start();
    Result<AnnotationImportSummary> imported = store.import(id, WebAnnotationJson::parse(json).value());
    std::printf("import W3C JSON (parse, anchor, store, one commit): %s (added %d, orphaned %d)\n",
                ms(t).constData(), imported->added, imported->orphaned);
    return 0;
}
