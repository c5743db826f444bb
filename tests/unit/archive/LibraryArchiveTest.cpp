// The whole-library export read back: two libraries compared row by row,
// merging into a library that has some of it, and damaged exports.
#include "annotation/AnnotationStore.h"
#include "archive/ArticleTextWriter.h"
#include "archive/LibraryArchiveExport.h"
#include "archive/LibraryArchiveImport.h"
#include "archive/LibraryArchiveReader.h"
#include "feeds/FeedStore.h"
#include "import/ArticleImporter.h"
#include "library/TagStore.h"
#include "TestLibrary.h"
#include "text/TextAnchor.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

// Every table the export carries, each row as text with article ids
// replaced by the article's body hash (and tag ids by the tag's name), so
// two libraries that hold the same compare equal whatever ids they gave.
QMap<QString, QStringList> dump(LibraryDatabase &db)
{
    QSqlDatabase &c = db.connection();
    const QMap<QString, QString> tables{
        {QStringLiteral("articles"),
         QStringLiteral("SELECT body_hash, title, comments_declared, saved_at, origin, "
                        "is_read, is_favourite, is_archived, published, author FROM articles")},
        {QStringLiteral("paragraphs"),
         QStringLiteral("SELECT a.body_hash, position, text FROM paragraphs JOIN articles a "
                        "ON a.id = article_id")},
        {QStringLiteral("captions"),
         QStringLiteral(
             "SELECT a.body_hash, text, credit FROM captions JOIN articles a ON a.id = article_id")},
        {QStringLiteral("ads"),
         QStringLiteral("SELECT a.body_hash, position, label, number, after_paragraph FROM ads "
                        "JOIN articles a ON a.id = article_id")},
        {QStringLiteral("sources"),
         QStringLiteral("SELECT a.body_hash, label, url FROM sources JOIN articles a ON a.id = article_id")},
        {QStringLiteral("comments"),
         QStringLiteral("SELECT a.body_hash, m.position, m.author, m.text FROM comments m "
                        "JOIN articles a ON a.id = m.article_id")},
        {QStringLiteral("originals"),
         QStringLiteral("SELECT a.body_hash, file_name, hex(bytes) FROM originals JOIN "
                        "articles a ON a.id = article_id")},
        {QStringLiteral("images"),
         QStringLiteral("SELECT a.body_hash, mime_type, hex(bytes) FROM images JOIN articles "
                        "a ON a.id = article_id")},
        {QStringLiteral("tags"), QStringLiteral("SELECT name, folded FROM tags")},
        {QStringLiteral("article_tags"),
         QStringLiteral("SELECT a.body_hash, t.name FROM article_tags x JOIN articles a "
                        "ON a.id = x.article_id JOIN tags t ON t.id = x.tag_id")},
        {QStringLiteral("annotations"),
         QStringLiteral(
             "SELECT a.body_hash, exact, prefix, suffix, start_pos, end_pos, color, note, orphaned, "
             "created_at, modified_at FROM annotations JOIN articles a ON a.id = article_id")},
        {QStringLiteral("reading_positions"),
         QStringLiteral("SELECT a.body_hash, offset, progress, updated_at FROM "
                        "reading_positions JOIN articles a ON a.id = article_id")},
        {QStringLiteral("feeds"), QStringLiteral("SELECT url, title, site_url FROM feeds")},
    };
    QMap<QString, QStringList> out;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        QSqlQuery q(c);
        EXPECT_TRUE(q.exec(it.value())) << it.key().toStdString();
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows.append(cells.join(QLatin1Char('\x1f')));
        }
        rows.sort();
        out.insert(it.key(), rows);
    }
    return out;
}

void expectSameLibraries(LibraryDatabase &a, LibraryDatabase &b)
{
    const QMap<QString, QStringList> left = dump(a);
    const QMap<QString, QStringList> right = dump(b);
    for (auto it = left.cbegin(); it != left.cend(); ++it) {
        const QStringList &other = right.value(it.key());
        EXPECT_EQ(it.value().size(), other.size()) << it.key().toStdString();
        for (qsizetype i = 0; i < std::min(it.value().size(), other.size()); ++i)
            EXPECT_EQ(it.value().at(i), other.at(i)) << it.key().toStdString() << " row " << i;
    }
}

// FTS5's own check of the index against the articles' text, notes included.
bool searchIndexInStep(LibraryDatabase &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("INSERT INTO search (search, rank) VALUES ('integrity-check', 1)"));
}

int count(LibraryDatabase &db, const QString &table)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    return q.next() ? q.value(0).toInt() : -1;
}

void exec(LibraryDatabase &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
}

TextRange rangeOf(const QString &text, const QString &quote)
{
    const QList<TextRange> all = TextAnchor(text).occurrences(quote);
    EXPECT_FALSE(all.isEmpty()) << quote.toStdString();
    return all.value(0);
}

// A library with every kind of thing the export carries: the corpus, an
// article with a lead photo, one the text format cannot say, tags, marks,
// dates, a byline, positions, annotations with notes, an orphaned one, feeds.
void fill(TestLibrary &lib)
{
    ASSERT_GT(importCorpus(lib.store(), 50), 3);
    NewArticle photo;
    photo.article.title = QStringLiteral("ছবিসহ খবর");
    photo.article.paragraphs = {QStringLiteral("নদীর পাড়ে নতুন সেতু খুলে দেওয়া হয়েছে।")};
    photo.article.caption = Caption{QStringLiteral("নতুন সেতু"), QStringLiteral("প্রতিবেদক")};
    photo.original = QByteArrayLiteral("<html><body><p>\xe0\xa6\xa8</p></body></html>");
    photo.origin = QStringLiteral("https://example.com/bridge.html");
    photo.image = QByteArrayLiteral("\x89PNG\r\n\x1a\nnot really a picture");
    photo.imageMimeType = QStringLiteral("image/png");
    photo.published = QStringLiteral("2026-11-30T08:15:00+06:00");
    photo.author = QStringLiteral("নিজস্ব প্রতিবেদক");
    const qint64 photoId = storeArticle(lib.store(), photo);
    ASSERT_GT(photoId, 0);
    NewArticle odd; // a paragraph that reads as a source line, and a caption ending in '|'
    odd.article.title = QStringLiteral("অদ্ভুত");
    odd.article.paragraphs = {QStringLiteral("প্রথম অনুচ্ছেদ।"), QStringLiteral("সূত্র: এটি আসলে একটি অনুচ্ছেদ।")};
    odd.article.caption = Caption{QStringLiteral("শেষে দাঁড়ি |"), QString()};
    odd.original = QByteArrayLiteral("odd");
    odd.origin = QStringLiteral("/tmp/odd.txt");
    const qint64 oddId = storeArticle(lib.store(), odd);
    ASSERT_GT(oddId, 0);

    Result<QList<ArticleSummary>> all = lib.store().summaries();
    ASSERT_TRUE(all.ok());
    ASSERT_GE(all->size(), 5);
    const qint64 first = all->at(0).id;
    const qint64 second = all->at(1).id;
    TagStore tags(lib.db());
    ASSERT_TRUE(tags.add({first, second}, QStringLiteral("খেলা")).ok());
    ASSERT_TRUE(tags.add({second, photoId}, QStringLiteral("Later")).ok());
    ASSERT_TRUE(lib.store().setFlag({first}, LibraryStore::Flag::Read, true).ok());
    ASSERT_TRUE(lib.store().setFlag({second, photoId}, LibraryStore::Flag::Favourite, true).ok());
    ASSERT_TRUE(lib.store().setFlag({oddId}, LibraryStore::Flag::Archived, true).ok());
    ASSERT_TRUE(lib.store().rename(second, QStringLiteral("নিজের দেওয়া নাম")).ok());
    exec(lib.db(),
         QStringLiteral("UPDATE articles SET saved_at = '2025-07-01T09:30:00Z' WHERE id = %1").arg(first));
    ASSERT_TRUE(
        lib.store()
            .setReadingPosition(
                first, {42, 500,
                        QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00.250Z"), Qt::ISODateWithMs)})
            .ok());

    AnnotationStore notes(lib.db());
    const QString text = lib.store().article(photoId)->article.plainText();
    ASSERT_TRUE(notes
                    .create(photoId, rangeOf(text, QStringLiteral("নতুন সেতু খুলে")), AnnotationColor::Green,
                            QStringLiteral("দেখতে যাব"))
                    .ok());
    ASSERT_TRUE(
        notes.create(photoId, rangeOf(text, QStringLiteral("নদীর পাড়ে")), AnnotationColor::Underline).ok());
    const QString firstText = lib.store().article(first)->article.plainText();
    Result<Annotation> lost = notes.create(first, {0, 4}, AnnotationColor::Pink, QStringLiteral("হারানো"));
    ASSERT_TRUE(lost.ok());
    Q_UNUSED(firstText);
    exec(lib.db(), QStringLiteral("UPDATE annotations SET orphaned = 1, exact = 'গেল কোথায়' WHERE id = %1")
                       .arg(lost->id));

    FeedStore feeds(lib.db());
    ASSERT_TRUE(feeds.add(QStringLiteral("https://example.org/feed.xml"), QStringLiteral("উদাহরণ")).ok());
    ASSERT_TRUE(feeds.add(QStringLiteral("https://news.example.net/rss")).ok());
    exec(lib.db(),
         QStringLiteral("UPDATE feeds SET site_url = 'https://example.org/' WHERE url LIKE '%example.org%'"));
}

class LibraryArchive : public ::testing::TestWithParam<const char *>
{
protected:
    QTemporaryDir dir;
    QString target() const { return dir.filePath(QString::fromLatin1(GetParam())); }
};

} // namespace

TEST_P(LibraryArchive, RoundTripGivesTheSameLibraryRowByRow)
{
    TestLibrary a;
    fill(a);
    Result<LibraryArchiveExportSummary> written = LibraryArchiveExport(a.db()).write(target());
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(written->articles, count(a.db(), QStringLiteral("articles")));
    EXPECT_EQ(written->annotations, 3);
    EXPECT_EQ(written->feeds, 2);

    TestLibrary b;
    Result<LibraryArchiveImportSummary> read = LibraryArchiveImport(b.db()).read(target());
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_TRUE(read->failures.isEmpty()) << read->failures.value(0).error.toStdString();
    EXPECT_TRUE(read->error.isEmpty()) << read->error.toStdString();
    EXPECT_EQ(read->imported, written->articles);
    EXPECT_EQ(read->annotations, 3);
    EXPECT_EQ(read->feeds, 2);
    expectSameLibraries(a.db(), b.db());
    EXPECT_TRUE(searchIndexInStep(b.db()));

    // Again into the same library: all of it is there already.
    Result<LibraryArchiveImportSummary> again = LibraryArchiveImport(b.db()).read(target());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->merged, written->articles);
    EXPECT_EQ(again->annotations, 0);
    EXPECT_EQ(again->feeds, 0);
    expectSameLibraries(a.db(), b.db());
}

TEST_P(LibraryArchive, MergesIntoALibraryThatHasSomeOfIt)
{
    TestLibrary a;
    fill(a);
    ASSERT_TRUE(LibraryArchiveExport(a.db()).write(target()).ok());

    // c has the seed article already, with a tag, a note and a later position of its own.
    TestLibrary c;
    Result<NewArticle> seed = ArticleImporter::readFile(dataFile(QStringLiteral("seed-lavrov-rubio.txt")));
    ASSERT_TRUE(seed.ok());
    const qint64 own = storeArticle(c.store(), seed.value());
    ASSERT_GT(own, 0);
    ASSERT_TRUE(TagStore(c.db()).add({own}, QStringLiteral("নিজের")).ok());
    ASSERT_TRUE(TagStore(c.db()).add({own}, QStringLiteral("খেলা")).ok());
    AnnotationStore notes(c.db());
    ASSERT_TRUE(notes.create(own, {0, 6}, AnnotationColor::Blue, QStringLiteral("আমার নোট")).ok());
    const QDateTime later =
        QDateTime::fromString(QStringLiteral("2030-01-01T00:00:00.000Z"), Qt::ISODateWithMs);
    ASSERT_TRUE(c.store().setReadingPosition(own, {7, 900, later}).ok());

    Result<LibraryArchiveImportSummary> read = LibraryArchiveImport(c.db()).read(target());
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(read->merged, 1);
    EXPECT_EQ(read->imported, count(a.db(), QStringLiteral("articles")) - 1);
    EXPECT_EQ(count(c.db(), QStringLiteral("articles")), count(a.db(), QStringLiteral("articles")));
    EXPECT_EQ(count(c.db(), QStringLiteral("annotations")), 4);
    const QStringList tags = c.store().article(own)->tags;
    EXPECT_TRUE(tags.contains(QStringLiteral("নিজের")));
    Result<std::optional<ReadingPosition>> position = c.store().readingPosition(own);
    ASSERT_TRUE(position.ok() && position->has_value());
    EXPECT_EQ(position->value().offset, 7); // its own, the newer
    EXPECT_TRUE(searchIndexInStep(c.db()));
}

INSTANTIATE_TEST_SUITE_P(FolderAndZip, LibraryArchive, ::testing::Values("export", "export.zip"));

TEST(LibraryArchiveDamage, TruncatedZipStoresNothing)
{
    TestLibrary a;
    fill(a);
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("library.zip"));
    ASSERT_TRUE(LibraryArchiveExport(a.db()).write(zip).ok());
    QByteArray bytes = readAll(zip);
    for (const qsizetype keep : {bytes.size() - 10, bytes.size() / 2, qsizetype(100), qsizetype(0)}) {
        const QString cut = dir.filePath(QStringLiteral("cut-%1.zip").arg(keep));
        QFile out(cut);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(keep));
        out.close();
        TestLibrary b;
        Result<LibraryArchiveImportSummary> read = LibraryArchiveImport(b.db()).read(cut);
        EXPECT_FALSE(read.ok()) << keep;
        if (!read.ok()) {
            EXPECT_FALSE(read.error().isEmpty());
            EXPECT_FALSE(read.error().contains(QLatin1Char('\n')));
        }
        EXPECT_EQ(count(b.db(), QStringLiteral("articles")), 0) << keep;
        EXPECT_EQ(count(b.db(), QStringLiteral("feeds")), 0) << keep;
    }
}

TEST(LibraryArchiveDamage, DamagedDataStopsThereAndLeavesNoHalfArticle)
{
    TestLibrary a;
    fill(a);
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("library.zip"));
    ASSERT_TRUE(LibraryArchiveExport(a.db()).write(zip).ok());
    QByteArray bytes = readAll(zip);
    // Damage the compressed data of an article near the middle of the file
    // (the central directory at the end stays whole).
    const qsizetype at = bytes.indexOf("articles/", bytes.size() / 3);
    ASSERT_GT(at, 0);
    for (qsizetype i = at + 60; i < at + 90 && i < bytes.size(); ++i)
        bytes[i] = char(bytes[i] ^ 0x5a);
    const QString damaged = dir.filePath(QStringLiteral("damaged.zip"));
    QFile out(damaged);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    TestLibrary b;
    Result<LibraryArchiveImportSummary> read = LibraryArchiveImport(b.db()).read(damaged);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_FALSE(read->error.isEmpty() && read->failures.isEmpty());
    const int stored = count(b.db(), QStringLiteral("articles"));
    EXPECT_LT(stored, count(a.db(), QStringLiteral("articles")));
    // Every article that went in is whole: its text and its original.
    QSqlQuery q(b.db().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM originals o "
                              "WHERE o.article_id = a.id) OR NOT EXISTS (SELECT 1 FROM paragraphs p WHERE "
                              "p.article_id = a.id)")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    EXPECT_TRUE(searchIndexInStep(b.db()));
}

TEST(LibraryArchiveDamage, BadArticleFolderFailsAloneAndWhole)
{
    TestLibrary a;
    fill(a);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("export"));
    ASSERT_TRUE(LibraryArchiveExport(a.db()).write(folder).ok());
    const QStringList articles =
        QDir(folder + QStringLiteral("/articles")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_GE(articles.size(), 3);
    // One with broken JSON, one whose annotations are not W3C JSON (its
    // article must not go in without them), one with no text.
    {
        QFile meta(folder + QStringLiteral("/articles/") + articles.at(0) + QStringLiteral("/metadata.json"));
        ASSERT_TRUE(meta.open(QIODevice::WriteOnly | QIODevice::Truncate));
        meta.write("{\"title\": ");
    }
    const QString photoFolder = folder + QStringLiteral("/articles/") + articles.at(articles.size() - 2);
    ASSERT_TRUE(QFile::exists(photoFolder + QStringLiteral("/annotations.json")));
    {
        QFile notes(photoFolder + QStringLiteral("/annotations.json"));
        ASSERT_TRUE(notes.open(QIODevice::WriteOnly | QIODevice::Truncate));
        notes.write("[1, 2, 3]");
    }
    ASSERT_TRUE(QFile::remove(folder + QStringLiteral("/articles/") + articles.at(1) +
                              QStringLiteral("/article.txt")));
    TestLibrary b;
    Result<LibraryArchiveImportSummary> read = LibraryArchiveImport(b.db()).read(folder);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    ASSERT_EQ(read->failures.size(), 3);
    for (const LibraryArchiveImportSummary::Failure &f : read->failures)
        EXPECT_FALSE(f.error.isEmpty());
    EXPECT_EQ(read->imported, int(articles.size()) - 3);
    EXPECT_EQ(count(b.db(), QStringLiteral("articles")), int(articles.size()) - 3);
    EXPECT_EQ(count(b.db(), QStringLiteral("images")), 0); // the photo article did not go in at all
    EXPECT_EQ(count(b.db(), QStringLiteral("feeds")), 2);
    EXPECT_TRUE(searchIndexInStep(b.db()));
}

TEST(LibraryArchiveDamage, NotAnExportIsRefusedBeforeAnything)
{
    QTemporaryDir dir;
    TestLibrary b;
    EXPECT_FALSE(LibraryArchiveImport(b.db()).read(dir.path()).ok()); // an empty folder
    const QString notZip = dir.filePath(QStringLiteral("x.zip"));
    QFile f(notZip);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not a zip archive at all");
    f.close();
    Result<LibraryArchiveImportSummary> read = LibraryArchiveImport(b.db()).read(notZip);
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().contains(QLatin1String("ZIP"))) << read.error().toStdString();
    EXPECT_FALSE(LibraryArchiveImport(b.db()).read(dir.filePath(QStringLiteral("missing"))).ok());
}

TEST(LibraryArchiveExportTarget, RefusesToWriteOverAndLeavesNothingWhenItFails)
{
    TestLibrary a;
    ASSERT_GT(importCorpus(a.store(), 50), 0);
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("there.zip"));
    QFile f(zip);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("mine");
    f.close();
    EXPECT_FALSE(LibraryArchiveExport(a.db()).write(zip).ok());
    EXPECT_EQ(readAll(zip), QByteArray("mine"));
    // A cancelled export leaves neither the target nor a partial file.
    const std::atomic<bool> cancel{true};
    LibraryArchiveExport cancelled(a.db());
    cancelled.setCancelFlag(&cancel);
    const QString target = dir.filePath(QStringLiteral("cancelled.zip"));
    EXPECT_FALSE(cancelled.write(target).ok());
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_FALSE(QFile::exists(target + QStringLiteral(".part")));
    // An empty folder may be the target.
    ASSERT_TRUE(QDir().mkdir(dir.filePath(QStringLiteral("empty"))));
    EXPECT_TRUE(LibraryArchiveExport(a.db()).write(dir.filePath(QStringLiteral("empty"))).ok());
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("empty/pathak-library.json"))));
}

TEST(ArticleTextWriter, EveryCorpusArticleParsesBackTheSame)
{
    ASSERT_FALSE(corpusFiles().isEmpty());
    for (const QString &path : corpusFiles()) {
        Result<NewArticle> in = ArticleImporter::readFile(path);
        ASSERT_TRUE(in.ok()) << path.toStdString();
        const QString text = ArticleTextWriter::write(in->article);
        EXPECT_TRUE(ArticleTextWriter::roundTrips(in->article, text)) << path.toStdString() << "\n"
                                                                      << text.toStdString();
    }
}
