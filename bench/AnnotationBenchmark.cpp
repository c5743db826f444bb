// Figures for annotations (README "Annotations"): highlighting, re-anchoring
// every annotation of a long article after its text changed, and the W3C
// JSON export and import, on a generated article.
#include "AnnotationStore.h"
#include "ArticleGenerator.h"
#include "ArticleParser.h"
#include "LibraryDatabase.h"
#include "LibraryStore.h"
#include "TextAnchor.h"
#include "Transaction.h"
#include "WebAnnotationJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace pathak;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
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
    const bench::ArticleGenerator generator(7, bench::ArticleGenerator::loadVocabulary(bench::ArticleGenerator::defaultCorpusFolder()));
    Result<Article> parsed = ArticleParser::parse(generator.article(0, words).toUtf8());
    if (!parsed)
        return 1;
    NewArticle input{parsed.value(), {}, QStringLiteral("bench"), {}, {}};
    Transaction tx(db.value()->connection());
    const qint64 id = articles.insert(input).value();
    tx.commit();
    const QString text = parsed->plainText();
    std::printf("article: %d words, %lld code points, %lld paragraphs\n", words, qlonglong(TextAnchor(text).length()),
                qlonglong(parsed->paragraphs.size()));

    AnnotationStore store(*db.value());
    std::mt19937 random(11);
    const int length = TextAnchor(text).length();
    std::uniform_int_distribution<int> pos(0, length - 40);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count; ++i) {
        const int start = pos(random);
        if (!store.create(id, {start, start + 5 + i % 30}, AnnotationColor(i % 6)).ok())
            return 1;
    }
    std::printf("highlight: %.2f ms each (%d annotations, one commit each, synchronous=FULL)\n", ms(t) / count, count);

    // A paragraph inserted at the top moves every annotation.
    QSqlQuery q(db.value()->connection());
    q.prepare(QStringLiteral("UPDATE paragraphs SET text = ? || text WHERE article_id = ? AND position = 0"));
    q.addBindValue(QStringLiteral("নতুন একটি বাক্য যোগ হয়েছে। "));
    q.addBindValue(id);
    q.exec();
    t.restart();
    Result<ReanchorSummary> r = store.reanchor(id);
    std::printf("re-anchor after an edit: %.1f ms for %d annotations (moved %d, unchanged %d, orphaned %d)\n", ms(t),
                count, r->moved, r->unchanged, r->orphaned);
    t.restart();
    r = store.reanchor(id);
    std::printf("re-anchor, nothing changed: %.1f ms\n", ms(t));

    const QList<Annotation> all = store.forArticle(id).value();
    t.restart();
    const QByteArray json = QJsonDocument(WebAnnotationJson::toCollection({id, parsed->title, {}}, all)).toJson();
    std::printf("export W3C JSON: %.1f ms (%.0f KB)\n", ms(t), double(json.size()) / 1e3);
    q.prepare(QStringLiteral("DELETE FROM annotations WHERE article_id = ?"));
    q.addBindValue(id);
    q.exec();
    t.restart();
    Result<AnnotationImportSummary> imported = store.import(id, WebAnnotationJson::parse(json).value());
    std::printf("import W3C JSON: %.1f ms (added %d, orphaned %d)\n", ms(t), imported->added, imported->orphaned);
    return 0;
}
