// The annotation exports (Markdown, W3C JSON, Readwise CSV, CSV) and the
// imports of W3C, Hypothesis and KOReader files, through a real library.
#include "annotation/AnnotationExporter.h"
#include "annotation/AnnotationImportReader.h"
#include "annotation/AnnotationLibraryExport.h"
#include "annotation/AnnotationLibraryImport.h"
#include "annotation/AnnotationMarkdown.h"
#include "annotation/AnnotationMarkdownTemplate.h"
#include "annotation/AnnotationStore.h"
#include "import/ArticleImporter.h"
#include "TestLibrary.h"
#include "text/BengaliText.h"
#include "text/CsvText.h"
#include "text/TextAnchor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

// A library with the seed article and three annotations on it: a note
// with markup and two lines, a passage over two paragraphs, the underline.
struct Annotated
{
    TestLibrary lib;
    qint64 id = 0;
    StoredArticle stored;
    QList<Annotation> annotations;

    explicit Annotated(const QString &file = QStringLiteral("seed-lavrov-rubio.txt"), bool annotate = true)
    {
        id = storeArticle(lib.store(), ArticleImporter::readFile(dataFile(file)).value());
        stored = lib.store().article(id).value();
        if (!annotate)
            return;
        AnnotationStore store(lib.db());
        const QString text = stored.article.plainText();
        const TextAnchor anchor(text);
        const auto range = [&](const QString &quote) { return anchor.occurrences(quote).first(); };
        EXPECT_TRUE(store
                        .create(id, range(QStringLiteral("উভয় পক্ষের মধ্যে")), AnnotationColor::Green,
                                QStringLiteral("<b>দুই</b> পক্ষই, \"লাভবান\"\n# শিরোনাম নয়"))
                        .ok());
        // From the end of the first paragraph into the second.
        const QList<TextBlock> blocks = stored.article.textBlocks();
        const auto paragraph = [&](int index) {
            return *std::find_if(blocks.begin(), blocks.end(), [&](const TextBlock &b) {
                return b.kind == TextBlock::Kind::Paragraph && b.index == index;
            });
        };
        const int p1End = paragraph(0).start + int(paragraph(0).text.toUcs4().size());
        const int p2Start = paragraph(1).start;
        EXPECT_TRUE(store.create(id, {p1End - 8, p2Start + 12}, AnnotationColor::Pink).ok());
        EXPECT_TRUE(store
                        .create(id, range(QStringLiteral("ফিলিস্তিন এবং মধ্যপ্রাচ্যের")),
                                AnnotationColor::Underline, QStringLiteral("=SUM(A1) -নোট"))
                        .ok());
        annotations = store.forArticle(id).value();
    }
    AnnotatedArticle article() { return AnnotationLibraryExport(lib.db()).article(id).value(); }
};

QList<QMap<QString, QString>> rowsAsMaps(const QByteArray &csv)
{
    const QList<QStringList> rows = CsvText::parse(csv).value();
    QList<QMap<QString, QString>> out;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QMap<QString, QString> m;
        for (qsizetype c = 0; c < rows.first().size(); ++c)
            m.insert(rows.first().at(c), rows.at(i).value(c));
        out.append(m);
    }
    return out;
}

} // namespace

TEST(CsvText, QuotesWhatNeedsQuotingAndReadsItBack)
{
    const QList<QStringList> records{
        {QStringLiteral("ক,খ"), QStringLiteral("\"উদ্ধৃতি\""), QStringLiteral("এক\nদুই")},
        {QString(), QStringLiteral("সরল"), QStringLiteral("শেষ\r\n")}};
    const QByteArray bytes = CsvText::write(records, true);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF\"ক,খ\",\"\"\"উদ্ধৃতি\"\"\",\"এক\nদুই\"\r\n"));
    EXPECT_TRUE(bytes.endsWith(",সরল,\"শেষ\r\n\"\r\n"));
    EXPECT_EQ(CsvText::parse(bytes).value(), records);
    EXPECT_FALSE(CsvText::write(records, false).startsWith("\xEF\xBB\xBF"));
    EXPECT_FALSE(CsvText::parse("\"open").ok());
}

TEST(AnnotationMarkdownTemplate, DefaultKeepsColourNoteAndLink)
{
    Annotated f;
    const AnnotatedArticle article = f.article();
    const AnnotationMarkdownTemplate t;
    const QString first = t.render(article, article.annotations.at(0));
    const QString quoted = article.annotations.at(0).exact;
    EXPECT_TRUE(
        first.startsWith(QStringLiteral("> <mark class=\"pathak-green\" style=\"background: #aed581;\">") +
                         quoted + QStringLiteral("</mark>\n\n")))
        << first.toStdString();
    // The note's markup is text: no tag, no heading, no attribute to end.
    EXPECT_TRUE(first.contains(QStringLiteral("\\<b\\>দুই\\</b\\> পক্ষই, \"লাভবান\"\\\n\\# শিরোনাম নয়\n")))
        << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("*green, ") +
                               article.annotations.at(0).created.toString(Qt::ISODate) +
                               QStringLiteral("* · [")))
        << first.toStdString();
    EXPECT_TRUE(first.endsWith(
        QStringLiteral("(<https://baodaknong.vn/nga-va-my-chuan-bi-to-chuc-hoi-nghi-thuong-dinh-"
                       "song-phuong-242964.html>)")))
        << first.toStdString();

    // Two paragraphs stay one quote; without a note there is no empty note line.
    const QString second = t.render(article, article.annotations.at(1));
    const QStringList lines = second.split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 5) << second.toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("> <mark class=\"pathak-pink\"")));
    EXPECT_EQ(lines.at(1), QStringLiteral(">"));
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("> <mark class=\"pathak-pink\"")));
    EXPECT_EQ(lines.at(3), QString());
    EXPECT_TRUE(lines.at(4).startsWith(QStringLiteral("*pink, "))) << second.toStdString();

    // The underline style is told apart from the markers.
    const QString third = t.render(article, article.annotations.at(2));
    EXPECT_TRUE(third.startsWith(
        QStringLiteral("> <u class=\"pathak-underline\" style=\"text-decoration-color: #00897b;\">")))
        << third.toStdString();
}

TEST(AnnotationMarkdownTemplate, PlaceholdersAndUnknownOnesLeftAsTyped)
{
    Annotated f;
    AnnotatedArticle article = f.article();
    article.sourceUrl.clear(); // no web address: the link goes back into Pathak
    const Annotation &a = article.annotations.at(0);
    const AnnotationMarkdownTemplate t(QStringLiteral(
        "- {{ text }} ({{colour}} {{hex}}, {{date}}) {{url}} {{article}}/{{id}} {{nonsense}} {{title}}\n"
        "  - {{note}}\n"));
    const QString out = t.render(article, a);
    EXPECT_EQ(out.split(QLatin1Char('\n')).first(),
              QStringLiteral("- %1 (green #aed581, %2) pathak://article/%3 %3/%4 {{nonsense}} %5")
                  .arg(a.exact, a.created.toString(QStringLiteral("yyyy-MM-dd")))
                  .arg(article.articleId)
                  .arg(a.id)
                  .arg(article.title));
    // A line of empty placeholders goes: the annotation without a note has no note line.
    EXPECT_TRUE(out.contains(QStringLiteral("\n  - \\<b\\>দুই")));
    EXPECT_FALSE(t.render(article, article.annotations.at(1)).contains(QStringLiteral("\n  -")));
}

TEST(AnnotationMarkdown, FrontMatterFirstWithTheArticlesFacts)
{
    Annotated f;
    AnnotatedArticle article = f.article();
    QString md = AnnotationMarkdown::document(article);
    ASSERT_TRUE(md.startsWith(QStringLiteral("---\ntitle: \"") + article.title + QStringLiteral("\"\n")))
        << md.toStdString();
    const qsizetype end = md.indexOf(QStringLiteral("\n---\n"), 4);
    ASSERT_GT(end, 0);
    const QString front = md.left(end);
    EXPECT_TRUE(front.contains(QStringLiteral("\nsource: \"https://baodaknong.vn/")));
    EXPECT_TRUE(front.contains(QStringLiteral("\nsaved: ") + article.savedAt.toUTC().toString(Qt::ISODate)));
    EXPECT_TRUE(front.contains(QStringLiteral("\nannotations: 3")));
    // What the library does not know is left out, not written empty.
    EXPECT_FALSE(front.contains(QStringLiteral("author:")));
    EXPECT_FALSE(front.contains(QStringLiteral("published:")));
    EXPECT_FALSE(front.contains(QStringLiteral("tags:")));
    EXPECT_TRUE(md.mid(end).startsWith(QStringLiteral("\n---\n\n# ")));

    article.author = QStringLiteral("নিজস্ব \"প্রতিবেদক\"");
    article.published = QStringLiteral("2025-02-13T14:00:00+06:00");
    article.tags = {QStringLiteral("কূটনীতি"), QStringLiteral("রাশিয়া")};
    article.title = QStringLiteral("শিরোনাম\n---\nkey: \\ value");
    md = AnnotationMarkdown::document(article);
    EXPECT_TRUE(md.startsWith(QStringLiteral("---\ntitle: \"শিরোনাম\\n---\\nkey: \\\\ value\"\n")))
        << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("\nauthor: \"নিজস্ব \\\"প্রতিবেদক\\\"\"\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("\npublished: 2025-02-13T08:00:00Z\n")));
    // A day stays a day; what is not a date stays a string.
    article.published = QStringLiteral("2025-02-13");
    EXPECT_TRUE(AnnotationMarkdown::document(article).contains(QStringLiteral("\npublished: 2025-02-13\n")));
    article.published = QStringLiteral("১৩ ফেব্রুয়ারি: \"সকাল\"");
    EXPECT_TRUE(AnnotationMarkdown::document(article).contains(
        QStringLiteral("\npublished: \"১৩ ফেব্রুয়ারি: \\\"সকাল\\\"\"\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("\ntags: [\"কূটনীতি\", \"রাশিয়া\"]\n")));
}

TEST(AnnotationExporter, FormatsListForTheExportDialog)
{
    const QList<AnnotationExportFormatInfo> formats = AnnotationExporter::formats();
    ASSERT_EQ(formats.size(), 4);
    QStringList names;
    for (const AnnotationExportFormatInfo &f : formats) {
        names.append(f.name + QLatin1Char('.') + f.suffix);
        EXPECT_FALSE(f.label.isEmpty());
        EXPECT_EQ(AnnotationExporter::formatNamed(f.name), f.format);
    }
    EXPECT_EQ(names, QStringList({QStringLiteral("md.md"), QStringLiteral("json.json"),
                                  QStringLiteral("readwise.csv"), QStringLiteral("csv.csv")}));
    EXPECT_FALSE(AnnotationExporter::formatNamed(QStringLiteral("docx")));
}

TEST(AnnotationExporter, ReadwiseCsvReadsBackWithItsColumns)
{
    Annotated f;
    const QByteArray csv = AnnotationExporter::render(AnnotationExportFormat::ReadwiseCsv, {f.article()});
    EXPECT_TRUE(csv.startsWith("Highlight,Title,Author,URL,Note,Location,Date\r\n")) << csv.toStdString();
    const auto rows = rowsAsMaps(csv);
    ASSERT_EQ(rows.size(), 3);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Annotation &a = f.annotations.at(i);
        EXPECT_EQ(rows.at(i).value(QStringLiteral("Highlight")), a.exact);
        EXPECT_EQ(BengaliText::toNfc(rows.at(i).value(QStringLiteral("Highlight"))), a.exact);
        EXPECT_EQ(rows.at(i).value(QStringLiteral("Title")), f.stored.article.title);
        EXPECT_EQ(rows.at(i).value(QStringLiteral("URL")), f.stored.article.source->url);
        EXPECT_EQ(rows.at(i).value(QStringLiteral("Note")),
                  a.note); // Readwise imports it, no spreadsheet guard
        EXPECT_EQ(rows.at(i).value(QStringLiteral("Location")), QString::number(a.start));
        EXPECT_EQ(rows.at(i).value(QStringLiteral("Date")),
                  a.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
}

TEST(AnnotationExporter, CsvHasABomEveryFieldAndNoFormulas)
{
    Annotated f;
    const QByteArray csv = AnnotationExporter::render(AnnotationExportFormat::Csv, {f.article()});
    EXPECT_TRUE(
        csv.startsWith("\xEF\xBB\xBF"
                       "Article,Title,URL,Saved,Quote,Note,Colour,Created,Modified,Start,End,Orphaned\r\n"));
    const auto rows = rowsAsMaps(csv);
    ASSERT_EQ(rows.size(), 3);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Annotation &a = f.annotations.at(i);
        EXPECT_EQ(rows.at(i).value(QStringLiteral("Quote")), a.exact);
        EXPECT_EQ(rows.at(i).value(QStringLiteral("Colour")), Annotation::colorName(a.color));
        EXPECT_EQ(rows.at(i).value(QStringLiteral("Start")).toInt(), a.start);
        EXPECT_EQ(rows.at(i).value(QStringLiteral("End")).toInt(), a.end);
        EXPECT_EQ(QDateTime::fromString(rows.at(i).value(QStringLiteral("Created")), Qt::ISODate), a.created);
        EXPECT_EQ(rows.at(i).value(QStringLiteral("Article")).toLongLong(), f.id);
    }
    EXPECT_EQ(rows.at(0).value(QStringLiteral("Note")), f.annotations.at(0).note);
    // A note a spreadsheet would run as a formula is shown as text.
    EXPECT_EQ(rows.at(2).value(QStringLiteral("Note")), QStringLiteral("'=SUM(A1) -নোট"));
}

TEST(AnnotationLibraryImport, JsonRoundTripIntoAnotherLibraryAndTwiceStoresOnce)
{
    Annotated from;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.json"));
    ASSERT_TRUE(AnnotationLibraryExport(from.lib.db())
                    .writeFile(path, AnnotationExportFormat::WebAnnotationJson, std::nullopt)
                    .ok());
    Annotated to(QStringLiteral("seed-lavrov-rubio.txt"), false);
    Annotated other(QStringLiteral("rain-with-comments.txt"), false);
    AnnotationStore store(to.lib.db());
    // Without an article: found by its address.
    Result<AnnotationImportReport> r =
        AnnotationLibraryImport(to.lib.db(), store).importFile(path, std::nullopt);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->kind, QStringLiteral("W3C Web Annotation"));
    EXPECT_EQ(r->added, 3);
    EXPECT_EQ(r->orphaned, 0);
    EXPECT_TRUE(r->problems.isEmpty()) << r->problems.join(QLatin1Char('\n')).toStdString();
    const QList<Annotation> back = store.forArticle(to.id).value();
    ASSERT_EQ(back.size(), 3);
    for (qsizetype i = 0; i < back.size(); ++i) {
        EXPECT_EQ(back.at(i).exact, from.annotations.at(i).exact);
        EXPECT_EQ(back.at(i).exact, BengaliText::toNfc(back.at(i).exact));
        EXPECT_EQ(back.at(i).note, from.annotations.at(i).note);
        EXPECT_EQ(back.at(i).color, from.annotations.at(i).color);
        EXPECT_EQ(back.at(i).start, from.annotations.at(i).start);
        EXPECT_EQ(back.at(i).created, from.annotations.at(i).created);
    }
    r = AnnotationLibraryImport(to.lib.db(), store).importFile(path, std::nullopt);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->added, 0);
    EXPECT_EQ(r->duplicates, 3);
    EXPECT_EQ(store.forArticle(to.id)->size(), 3);

    // In a library without that article nothing is stored, and the report says why.
    AnnotationStore otherStore(other.lib.db());
    r = AnnotationLibraryImport(other.lib.db(), otherStore).importFile(path, std::nullopt);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->added, 0);
    EXPECT_EQ(r->unmatched, 3);
    ASSERT_EQ(r->problems.size(), 1);
    EXPECT_TRUE(
        r->problems.first().contains(QStringLiteral("no article in the library has this address or title")))
        << r->problems.first().toStdString();
    EXPECT_TRUE(otherStore.all()->isEmpty());
}

TEST(AnnotationImportReader, HypothesisRowsByShape)
{
    Annotated f(QStringLiteral("seed-lavrov-rubio.txt"), false);
    const QString url = f.stored.article.source->url;
    // A line break inside the quote, as a browser may copy it.
    const QString quote = QStringLiteral("উভয় পক্ষের\nমধ্যে");
    // The same page by another form of its address.
    const QString otherForm = QString(url).replace(QStringLiteral("https://baodaknong.vn"),
                                                   QStringLiteral("http://BaoDakNong.VN")) +
                              QStringLiteral("#comments");
    const QJsonObject row{
        {QStringLiteral("id"), QStringLiteral("abc")},
        {QStringLiteral("created"), QStringLiteral("2025-02-14T10:11:12.345678+00:00")},
        {QStringLiteral("updated"), QStringLiteral("2025-02-14T10:11:12.345678+00:00")},
        {QStringLiteral("uri"), otherForm},
        {QStringLiteral("text"), QStringLiteral("হাইপোথিসিসের নোট")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("কূটনীতি"), QStringLiteral("two words")}},
        {QStringLiteral("document"), QJsonObject{{QStringLiteral("title"), QJsonArray{QStringLiteral("x")}}}},
        {QStringLiteral("target"),
         QJsonArray{QJsonObject{
             {QStringLiteral("source"), url},
             {QStringLiteral("selector"),
              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("RangeSelector")}},
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                     {QStringLiteral("exact"), quote}}}}}}}};
    const QJsonObject pageNote{
        {QStringLiteral("uri"), url},
        {QStringLiteral("text"), QStringLiteral("পাতার নোট")},
        {QStringLiteral("target"), QJsonArray{QJsonObject{{QStringLiteral("source"), url}}}}};
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("total"), 2},
                                                      {QStringLiteral("rows"), QJsonArray{row, pageNote}}})
                                .toJson();
    Result<AnnotationImportFile> file = AnnotationImportReader::parse(json);
    ASSERT_TRUE(file.ok()) << file.error().toStdString();
    EXPECT_EQ(file->kind, QStringLiteral("Hypothesis"));
    AnnotationStore store(f.lib.db());
    Result<AnnotationImportReport> r =
        AnnotationLibraryImport(f.lib.db(), store).import(file.value(), std::nullopt);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->added, 1);
    EXPECT_EQ(r->orphaned, 0);
    ASSERT_EQ(r->problems.size(), 1);
    EXPECT_TRUE(r->problems.first().contains(QStringLiteral("page note")))
        << r->problems.first().toStdString();
    const QList<Annotation> list = store.forArticle(f.id).value();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().exact, QStringLiteral("উভয় পক্ষের মধ্যে"));
    EXPECT_EQ(list.first().note, QStringLiteral("হাইপোথিসিসের নোট\n\n#কূটনীতি #two-words"));
    EXPECT_EQ(list.first().created, QDateTime(QDate(2025, 2, 14), QTime(10, 11, 12), Qt::UTC));
    r = AnnotationLibraryImport(f.lib.db(), store).import(file.value(), f.id);
    EXPECT_EQ(r->duplicates, 1);
    EXPECT_EQ(store.forArticle(f.id)->size(), 1);
}

TEST(AnnotationImportReader, KoreaderExportByShapeMatchedByTitle)
{
    Annotated f(QStringLiteral("seed-lavrov-rubio.txt"), false);
    // The Bengali given decomposed: ো as ে + া, which the article has composed.
    const QString decomposed = QStringLiteral("ফ\u09C7\u09BEনালাপের পর");
    ASSERT_NE(decomposed, BengaliText::toNfc(decomposed));
    const QJsonObject doc{
        {QStringLiteral("title"), f.stored.article.title},
        {QStringLiteral("author"), QStringLiteral("কেউ")},
        {QStringLiteral("file"), QStringLiteral("/mnt/onboard/seed.epub")},
        {QStringLiteral("entries"),
         QJsonArray{QJsonObject{{QStringLiteral("text"), decomposed},
                                {QStringLiteral("note"), QStringLiteral("কোরিডার নোট")},
                                {QStringLiteral("chapter"), QStringLiteral("১")},
                                {QStringLiteral("page"), 3},
                                {QStringLiteral("time"), 1739527872},
                                {QStringLiteral("drawer"), QStringLiteral("underscore")}},
                    QJsonObject{{QStringLiteral("text"), QStringLiteral("এই বাক্যটি প্রবন্ধে নেই")},
                                {QStringLiteral("page"), 4},
                                {QStringLiteral("time"), 1739527900},
                                {QStringLiteral("color"), QStringLiteral("green")}},
                    QJsonObject{{QStringLiteral("page"), 5}, {QStringLiteral("time"), 1739527999}}}},
        {QStringLiteral("created_on"), 1739528000},
        {QStringLiteral("version"), QStringLiteral("json/1.0.0")}};
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("documents"), QJsonArray{doc}}}).toJson();
    Result<AnnotationImportFile> file = AnnotationImportReader::parse(json);
    ASSERT_TRUE(file.ok()) << file.error().toStdString();
    EXPECT_EQ(file->kind, QStringLiteral("KOReader"));
    ASSERT_EQ(file->documents.size(), 1);
    AnnotationStore store(f.lib.db());
    Result<AnnotationImportReport> r =
        AnnotationLibraryImport(f.lib.db(), store).import(file.value(), std::nullopt);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->added, 2);
    EXPECT_EQ(r->orphaned, 1);
    ASSERT_EQ(r->problems.size(), 2) << r->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(r->problems.at(0).contains(QStringLiteral("no highlighted text")));
    EXPECT_TRUE(r->problems.at(1).contains(QStringLiteral("is not in its text; kept, marked orphaned")));
    const QList<Annotation> list = store.forArticle(f.id).value();
    ASSERT_EQ(list.size(), 2);
    const Annotation placed = list.at(0).orphaned ? list.at(1) : list.at(0);
    EXPECT_EQ(placed.exact, QStringLiteral("ফোনালাপের পর"));
    EXPECT_EQ(placed.color, AnnotationColor::Underline);
    EXPECT_EQ(placed.note, QStringLiteral("কোরিডার নোট"));
    EXPECT_EQ(placed.created, QDateTime::fromSecsSinceEpoch(1739527872, Qt::UTC));

    // The same file again: nothing new.
    r = AnnotationLibraryImport(f.lib.db(), store).import(file.value(), std::nullopt);
    EXPECT_EQ(r->added, 0);
    EXPECT_EQ(r->duplicates, 2);
    EXPECT_EQ(store.forArticle(f.id)->size(), 2);
}

TEST(AnnotationImportReader, BadFilesAreOneLineErrors)
{
    EXPECT_FALSE(AnnotationImportReader::parse("{").ok());
    EXPECT_FALSE(AnnotationImportReader::parse(R"({"type": "Book"})").ok());
    EXPECT_FALSE(AnnotationImportReader::parse(R"({"entries": [1]})").ok());
    EXPECT_FALSE(AnnotationImportReader::parse(R"({"rows": [1]})").ok());
    QTemporaryDir dir;
    Result<AnnotationImportFile> missing =
        AnnotationImportReader::readFile(dir.filePath(QStringLiteral("none.json")));
    EXPECT_FALSE(missing.ok());
}

// The source address is linked only when it is a web address; otherwise
// the link goes back into Pathak and the address is shown as text.
TEST(AnnotationMarkdown, LinksOnlyWebAddresses)
{
    Annotated f;
    AnnotatedArticle article = f.article();
    article.sourceUrl = QStringLiteral("javascript:alert(1)>");
    const QString md = AnnotationMarkdown::document(article);
    const QString body = md.mid(md.indexOf(QStringLiteral("\n---\n"), 4));
    EXPECT_FALSE(body.contains(QStringLiteral("javascript:"))) << body.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("](<pathak://article/%1>)").arg(article.articleId)));
    EXPECT_TRUE(
        md.contains(QStringLiteral("\nsource: \"javascript:alert(1)>\"\n"))); // a YAML string, not a link
    const QString library = AnnotationMarkdown::library({article}, Annotation::now());
    EXPECT_TRUE(library.contains(QStringLiteral("\n- source: javascript:alert(1)\\>\n")))
        << library.toStdString();
    EXPECT_FALSE(
        AnnotationExporter::render(AnnotationExportFormat::ReadwiseCsv, {article}).contains("javascript:"));
}

// Odd values in a foreign file are read as text or left out, never trusted.
TEST(AnnotationImportReader, OddValuesAreReadSafely)
{
    Result<AnnotationImportFile> file = AnnotationImportReader::parse(
        R"({"title": "t", "entries": [{"text": "ক\ud800খ", "note": 7, "time": 1e300, "color": "\"><script>"},
                                      [{"text": "দুই"}, {"text": "  তিন  \n\n  চার  "}]]})");
    ASSERT_TRUE(file.ok()) << file.error().toStdString();
    ASSERT_EQ(file->documents.size(), 1);
    const QList<Annotation> &list = file->documents.first().annotations;
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list.at(0).exact, QStringLiteral("ক\uFFFDখ"));
    EXPECT_TRUE(list.at(0).note.isEmpty());
    EXPECT_EQ(list.at(0).color, AnnotationColor::Yellow);
    EXPECT_TRUE(list.at(0).created.isValid()); // an impossible time: the import's
    EXPECT_EQ(list.at(2).exact, QStringLiteral("তিন\n\nচার"));
    for (const Annotation &a : list) {
        EXPECT_EQ(a.start, 0);
        EXPECT_EQ(a.end, int(a.exact.toUcs4().size()));
    }
}

// Found by fuzz_annotation_import: a title or an address with a lone
// surrogate is text with U+FFFD, as the quotes are.
TEST(AnnotationImportReader, TitlesAndAddressesAreCleanedLikeQuotes)
{
    Result<AnnotationImportFile> file = AnnotationImportReader::parse(
        readAll(dataFile(QStringLiteral("fuzz-regressions/annotations/w3c-lone-surrogate-label.json"))));
    ASSERT_TRUE(file.ok()) << file.error().toStdString();
    ASSERT_EQ(file->documents.size(), 1);
    EXPECT_EQ(file->documents.first().title, QStringLiteral("শিরোনাম \uFFFD"));
    EXPECT_EQ(file->documents.first().url, QStringLiteral("https://example.com/\uFFFD"));
    file = AnnotationImportReader::parse(
        R"({"rows": [{"uri": "https://example.com/\udc00", "target": [], "document": {"title": ["\ud800"]}}]})");
    ASSERT_TRUE(file.ok()) << file.error().toStdString();
    EXPECT_TRUE(file->documents.first().url.isValidUtf16());
    EXPECT_TRUE(file->documents.first().title.isValidUtf16());
}

// What File → Export Annotations… calls: the whole file or nothing, and a
// missing article or an unwritable place is a one-line error.
TEST(AnnotationLibraryExport, WritesTheFileOrSaysWhyNot)
{
    Annotated f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.csv"));
    AnnotationLibraryExport exporter(f.lib.db());
    ASSERT_TRUE(exporter.writeFile(path, AnnotationExportFormat::Csv, f.id).ok());
    EXPECT_EQ(readAll(path), AnnotationExporter::render(AnnotationExportFormat::Csv, {f.article()}));
    const Status missing =
        exporter.writeFile(dir.filePath(QStringLiteral("x.md")), AnnotationExportFormat::Markdown, 99);
    EXPECT_FALSE(missing.ok());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.md"))));
    const Status nowhere = exporter.writeFile(dir.filePath(QStringLiteral("no/such/dir/x.md")),
                                              AnnotationExportFormat::Markdown, std::nullopt);
    EXPECT_FALSE(nowhere.ok());
    EXPECT_FALSE(nowhere.error().contains(QLatin1Char('\n')));
}
