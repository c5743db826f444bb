#include "export/EpubExporter.h"
#include "export/EpubArticlePage.h"
#include "export/ExportArticleLoader.h"
#include "import/ArticleImporter.h"
#include "TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

Article corpusArticle(const QString &name)
{
    Result<NewArticle> r = ArticleImporter::readFile(dataFile(name));
    EXPECT_TRUE(r.ok());
    return r ? r->article : Article{};
}

QByteArray leadPng()
{
    QFile f(dataFile(QStringLiteral("web/images/lead.png")));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// An article written to trip an XHTML writer: markup, controls and a
// script link in every field the page shows.
Article hostileArticle()
{
    Article a;
    a.title = QStringLiteral("শিরোনাম <script>alert(1)</script> & \"উদ্ধৃতি\"\x01");
    a.caption = Caption{QStringLiteral("ছবির <b>ক্যাপশন</b>"), QStringLiteral("আলোকচিত্রী ]]> <i>")};
    a.paragraphs = {QStringLiteral("প্রথম অনুচ্ছেদ <img src=x onerror=alert(1)> ও &amp; চিহ্ন।"),
                    QStringLiteral("দ্বিতীয় অনুচ্ছেদ\x0b শেষ।")};
    a.source = Source{QStringLiteral("<a href=\"javascript:alert(1)\">উৎস</a>"),
                      QStringLiteral("javascript:alert(1)")};
    return a;
}

// epubcheck as a publisher runs it; empty when it reports nothing at all.
QString epubcheck(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("java"),
            {QStringLiteral("-jar"), QStringLiteral("/usr/share/java/epubcheck.jar"), path});
    if (!p.waitForFinished(120000))
        return QStringLiteral("epubcheck did not finish");
    QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (p.exitCode() == 0 && out.contains(QLatin1String("No errors or warnings detected.")))
        return {};
    return out;
}

} // namespace

TEST(EpubExporter, LeadImageHostileTextAndCustomColoursPassEpubcheck)
{
    if (!QFile::exists(QStringLiteral("/usr/share/java/epubcheck.jar")))
        GTEST_FAIL() << "epubcheck is not installed (scripts/install-deps.sh)";
    const QByteArray png = leadPng();
    ASSERT_EQ(EpubExporter::imageMediaType(png), QStringLiteral("image/png"));
    ExportArticle hostile{hostileArticle(), {}};
    const int start = int(hostile.article.title.size()) + 2 + int(hostile.article.caption->text.size()) + 2;
    hostile.highlights = {{start, start + 6, QStringLiteral("#123456"), QStringLiteral("টীকা <b>ও</b> &")},
                          {start + 8, start + 12, QStringLiteral("underline"), QString()}};
    ExportArticle rain{corpusArticle(QStringLiteral("rain-with-comments.txt")),
                       {{10, 30, QStringLiteral("blue"), QStringLiteral("নোট")}}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.epub"));
    EpubOptions options;
    options.includeComments = true;
    Result<EpubExportSummary> written = EpubExporter(options).writeFile({hostile, rain}, {png}, path);
    ASSERT_TRUE(written) << written.error().toStdString();
    EXPECT_EQ(written->articles, 2);
    EXPECT_EQ(written->images, 1);
    EXPECT_EQ(written->notes, 2);
    EXPECT_EQ(epubcheck(path), QString());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    // Images are stored as they are: the photo's bytes are in the file whole.
    EXPECT_TRUE(f.readAll().contains(png));

    const QString page =
        EpubArticlePage::render(hostile, true, 1, QStringLiteral("images/lead-001.png")).xhtml;
    EXPECT_FALSE(page.contains(QLatin1String("<script")));
    EXPECT_FALSE(page.contains(QLatin1String("<img src=x")));
    EXPECT_FALSE(page.contains(QLatin1String("javascript:alert(1)\"")));
    EXPECT_FALSE(page.contains(QChar(0x01)));
    EXPECT_TRUE(page.contains(QLatin1String("style=\"background-color: #123456;\"")));
    EXPECT_TRUE(page.contains(QLatin1String("<span class=\"pathak-underline\">")));
    EXPECT_TRUE(page.contains(QStringLiteral("টীকা &lt;b&gt;ও&lt;/b&gt; &amp;")));
}

TEST(EpubExporter, SameArticlesGiveTheSameBytesAndTheDateOnlyWhenGiven)
{
    const QList<ExportArticle> articles{{corpusArticle(QStringLiteral("seed-lavrov-rubio.txt")), {}}};
    Result<QByteArray> first = EpubExporter().toEpub(articles);
    Result<QByteArray> second = EpubExporter().toEpub(articles);
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first.value(), second.value());
    EXPECT_TRUE(first->startsWith(QByteArrayLiteral("PK\x03\x04")));
    EXPECT_EQ(first->mid(30, 28), QByteArrayLiteral("mimetypeapplication/epub+zip"));
    EpubOptions dated;
    dated.modified = QDateTime(QDate(2026, 12, 4), QTime(1, 2, 3), Qt::UTC);
    Result<QByteArray> third = EpubExporter(dated).toEpub(articles);
    ASSERT_TRUE(third);
    EXPECT_NE(third.value(), first.value());
}

TEST(EpubExporter, OtherImagesAreLeftOutAndNonRegularTargetsRefused)
{
    EXPECT_TRUE(EpubExporter::imageMediaType(QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))
                    .isEmpty());
    EXPECT_EQ(EpubExporter::imageMediaType(QByteArrayLiteral("\xff\xd8\xff\xe0")),
              QStringLiteral("image/jpeg"));
    const QList<ExportArticle> articles{{corpusArticle(QStringLiteral("cricket-crlf-bom.txt")), {}}};
    EpubExportSummary summary;
    ASSERT_TRUE(EpubExporter().toEpub(articles, {QByteArrayLiteral("<svg/>")}, &summary));
    EXPECT_EQ(summary.images, 0);

    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("a-folder.epub"));
    ASSERT_TRUE(QDir().mkdir(folder));
    Result<EpubExportSummary> refused = EpubExporter().writeFile(articles, {}, folder);
    EXPECT_FALSE(refused);
    EXPECT_TRUE(QFileInfo(folder).isDir());
    EXPECT_FALSE(EpubExporter().writeFile({}, {}, dir.filePath(QStringLiteral("empty.epub"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("empty.epub"))));
}

TEST(EpubExporter, TheLoaderGivesTheStoredLeadPhotoForTheBook)
{
    TestLibrary lib;
    Result<NewArticle> rain = ArticleImporter::readFile(dataFile(QStringLiteral("rain-with-comments.txt")));
    ASSERT_TRUE(rain.ok());
    NewArticle withPhoto = rain.value();
    withPhoto.image = leadPng();
    withPhoto.imageMimeType = QStringLiteral("image/png");
    const qint64 id = storeArticle(lib.store(), withPhoto);
    ASSERT_GT(id, 0);
    ExportArticleLoader loader(lib.db());
    Result<ExportArticle> article = loader.load(id);
    Result<QByteArray> photo = loader.leadImage(id);
    ASSERT_TRUE(article && photo);
    EXPECT_EQ(photo.value(), withPhoto.image);
    EpubExportSummary summary;
    Result<QByteArray> book = EpubExporter().toEpub({article.value()}, {photo.value()}, &summary);
    ASSERT_TRUE(book);
    EXPECT_EQ(summary.images, 1);
    EXPECT_TRUE(book->contains(withPhoto.image));
    EXPECT_TRUE(book->contains(QByteArrayLiteral("EPUB/images/lead-001.png")));
}
