// `annotations --all`, the export formats, --template and the imports of
// Hypothesis and KOReader files, against the built executable.
#include "TestLibrary.h"
#include "text/CsvText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::test;

namespace {

const QString seedQuote = QStringLiteral("ফিলিস্তিন এবং মধ্যপ্রাচ্যের");
const QString rainQuote = QStringLiteral("ধন্যবাদ");
const QString seedUrl = QStringLiteral(
    "https://baodaknong.vn/nga-va-my-chuan-bi-to-chuc-hoi-nghi-thuong-dinh-song-phuong-242964.html");

class AnnotationExportCommand : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_lib = m_dir.filePath(QStringLiteral("lib.sqlite"));
        importBoth(m_lib);
        ProcessResult r =
            run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), seedQuote,
                 QStringLiteral("--note"), QStringLiteral("দুটি, \"অঞ্চল\"\n=দ্বিতীয় লাইন"),
                 QStringLiteral("--color"), QStringLiteral("green")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = run({QStringLiteral("annotate"), QStringLiteral("2"), QStringLiteral("--quote"), rainQuote,
                 QStringLiteral("--color"), QStringLiteral("underline")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    static void importBoth(const QString &lib)
    {
        ProcessResult r = runPathak({QStringLiteral("--library"), lib, QStringLiteral("import"),
                                     dataFile(QStringLiteral("seed-lavrov-rubio.txt")),
                                     dataFile(QStringLiteral("rain-with-comments.txt"))});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    ProcessResult run(QStringList args, const QString &lib = {})
    {
        args.prepend(lib.isEmpty() ? m_lib : lib);
        args.prepend(QStringLiteral("--library"));
        return runPathak(args);
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    QJsonArray itemsOf(const QString &id, const QString &lib = {})
    {
        ProcessResult r = run({QStringLiteral("annotations"), id}, lib);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out)
            .object()
            .value(QStringLiteral("first"))
            .toObject()
            .value(QStringLiteral("items"))
            .toArray();
    }
    static QString exactOf(const QJsonValue &item)
    {
        return item.toObject()
            .value(QStringLiteral("target"))
            .toObject()
            .value(QStringLiteral("selector"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("exact"))
            .toString();
    }

    QTemporaryDir m_dir;
    QString m_lib;
};

} // namespace

TEST_F(AnnotationExportCommand, EveryFormatOfTheWholeLibraryToAFile)
{
    for (const QString &format :
         {QStringLiteral("md"), QStringLiteral("json"), QStringLiteral("readwise"), QStringLiteral("csv")}) {
        SCOPED_TRACE(format.toStdString());
        const QString out = m_dir.filePath(QStringLiteral("all.") + format);
        ProcessResult r = run({QStringLiteral("annotations"), QStringLiteral("--all"),
                               QStringLiteral("--format"), format, QStringLiteral("--output"), out});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(r.out, QStringLiteral("2 annotations of 2 articles to %1\n").arg(out).toUtf8());
        const QByteArray bytes = readAll(out);
        // The same bytes as printed to a pipe.
        ProcessResult printed =
            run({QStringLiteral("annotations"), QStringLiteral("--all"), QStringLiteral("--format"), format});
        ASSERT_EQ(printed.exitCode, 0);
        if (format != QLatin1String("md")) { // the note's front matter has the export's time
            EXPECT_EQ(printed.out, bytes);
        }
        const QString text = QString::fromUtf8(bytes);
        EXPECT_TRUE(text.contains(seedQuote));
        EXPECT_TRUE(text.contains(rainQuote));
    }
    // The CSVs read back field by field, Bengali exact.
    const QList<QStringList> readwise =
        CsvText::parse(readAll(m_dir.filePath(QStringLiteral("all.readwise")))).value();
    ASSERT_EQ(readwise.size(), 3);
    EXPECT_EQ(readwise.at(0).join(QLatin1Char(',')),
              QStringLiteral("Highlight,Title,Author,URL,Note,Location,Date"));
    EXPECT_EQ(readwise.at(1).at(0), seedQuote);
    EXPECT_EQ(readwise.at(1).at(3), seedUrl);
    EXPECT_EQ(readwise.at(1).at(4), QStringLiteral("দুটি, \"অঞ্চল\"\n=দ্বিতীয় লাইন"));
    EXPECT_EQ(readwise.at(2).at(0), rainQuote);
    const QByteArray csvBytes = readAll(m_dir.filePath(QStringLiteral("all.csv")));
    EXPECT_TRUE(csvBytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> csv = CsvText::parse(csvBytes).value();
    ASSERT_EQ(csv.size(), 3);
    EXPECT_EQ(csv.at(1).at(4), seedQuote);
    EXPECT_EQ(csv.at(1).at(6), QStringLiteral("green"));
    EXPECT_EQ(csv.at(2).at(6), QStringLiteral("underline"));

    // The library's JSON export goes into a fresh library by address.
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    importBoth(other);
    const QString json = m_dir.filePath(QStringLiteral("all.json"));
    ProcessResult imp = run(
        {QStringLiteral("annotations"), QStringLiteral("--all"), QStringLiteral("--import"), json}, other);
    ASSERT_EQ(imp.exitCode, 0) << imp.err.toStdString();
    EXPECT_EQ(imp.out, QByteArray("imported 2, duplicates 0, orphaned 0 (W3C Web Annotation)\n"));
    EXPECT_EQ(exactOf(itemsOf(QStringLiteral("1"), other).at(0)), seedQuote);
    EXPECT_EQ(exactOf(itemsOf(QStringLiteral("2"), other).at(0)), rainQuote);
    imp = run({QStringLiteral("annotations"), QStringLiteral("--all"), QStringLiteral("--import"), json},
              other);
    EXPECT_EQ(imp.out, QByteArray("imported 0, duplicates 2, orphaned 0 (W3C Web Annotation)\n"));
    EXPECT_EQ(itemsOf(QStringLiteral("1"), other).size(), 1);
}

TEST_F(AnnotationExportCommand, MarkdownTemplateFromAFile)
{
    const QString tmpl = write(QStringLiteral("t.md"),
                               "- {{quote}} ({{colour}}) [open]({{url}}) {{unknown}}\n  - Note: {{note}}\n");
    ProcessResult r = run({QStringLiteral("annotations"), QStringLiteral("2"), QStringLiteral("--format"),
                           QStringLiteral("md"), QStringLiteral("--template"), tmpl});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = QString::fromUtf8(r.out);
    EXPECT_TRUE(text.contains(
        QStringLiteral("- <u class=\"pathak-underline\" style=\"text-decoration-color: #00897b;\">") +
        rainQuote +
        QStringLiteral("</u> (underline) [open](https://news.example.com/bn/weather/"
                       "heavy-rain-2026-07-14) {{unknown}}\n")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Note:")));

    EXPECT_EQ(run({QStringLiteral("annotations"), QStringLiteral("2"), QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--template"), tmpl})
                  .exitCode,
              2);
    ProcessResult missing =
        run({QStringLiteral("annotations"), QStringLiteral("2"), QStringLiteral("--format"),
             QStringLiteral("md"), QStringLiteral("--template"), m_dir.filePath(QStringLiteral("none"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err.count('\n'), 1);
    EXPECT_EQ(run({QStringLiteral("annotations"), QStringLiteral("--all"), QStringLiteral("2")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("annotations"), QStringLiteral("2"), QStringLiteral("--format"),
                   QStringLiteral("pdf")})
                  .exitCode,
              2);
}

TEST_F(AnnotationExportCommand, ImportsKoreaderAndHypothesisByShape)
{
    const QJsonObject koreader{
        {QStringLiteral("title"), QStringLiteral("আবহাওয়া অধিদপ্তরের পূর্বাভাস অনুযায়ী, আগামী ৭২ ঘণ্টায় দেশের "
                                                 "উত্তর-পূর্বাঞ্চলে ভারী…")},
        {QStringLiteral("author"), QStringLiteral("কেউ")},
        {QStringLiteral("entries"),
         QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("ড্রেনেজ ব্যবস্থার উন্নতি দরকার")},
                                {QStringLiteral("note"), QStringLiteral("ঠিক")},
                                {QStringLiteral("chapter"), QStringLiteral("মন্তব্য")},
                                {QStringLiteral("page"), 2},
                                {QStringLiteral("time"), 1739527872}},
                    QJsonObject{{QStringLiteral("text"), QStringLiteral("ঢাকার মিরপুরে জলাবদ্ধতা")},
                                {QStringLiteral("page"), 3},
                                {QStringLiteral("time"), 1739527900}}}},
        {QStringLiteral("created_on"), 1739528000},
        {QStringLiteral("version"), QStringLiteral("json/1.0.0")}};
    const QString ko = write(QStringLiteral("ko.json"), QJsonDocument(koreader).toJson());
    ProcessResult r =
        run({QStringLiteral("annotations"), QStringLiteral("--all"), QStringLiteral("--import"), ko});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << r.out.toStdString();
    EXPECT_EQ(lines.at(0), QStringLiteral("imported 2, duplicates 0, orphaned 1 (KOReader)"));
    EXPECT_EQ(lines.at(1),
              QStringLiteral("article 2: “ঢাকার মিরপুরে জলাবদ্ধতা” is not in its text; kept, marked orphaned"));
    EXPECT_EQ(itemsOf(QStringLiteral("2")).size(), 3);
    r = run({QStringLiteral("annotations"), QStringLiteral("--all"), QStringLiteral("--import"), ko});
    EXPECT_TRUE(r.out.startsWith("imported 0, duplicates 2, orphaned 0 (KOReader)\n")) << r.out.toStdString();
    EXPECT_EQ(itemsOf(QStringLiteral("2")).size(), 3);

    const QJsonObject row{
        {QStringLiteral("uri"), seedUrl},
        {QStringLiteral("text"), QStringLiteral("হাইপোথিসিস")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("কূটনীতি")}},
        {QStringLiteral("created"), QStringLiteral("2025-02-14T10:11:12.345678+00:00")},
        {QStringLiteral("target"),
         QJsonArray{QJsonObject{
             {QStringLiteral("source"), seedUrl},
             {QStringLiteral("selector"),
              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                     {QStringLiteral("exact"), QStringLiteral("মার্কো রুবিও")},
                                     {QStringLiteral("prefix"), QStringLiteral("প্রতিপক্ষ ")},
                                     {QStringLiteral("suffix"), QStringLiteral(" ফোনে")}}}}}}}};
    const QString hyp = write(QStringLiteral("h.json"),
                              QJsonDocument(QJsonObject{{QStringLiteral("rows"), QJsonArray{row}}}).toJson());
    r = run({QStringLiteral("annotations"), QStringLiteral("--all"), QStringLiteral("--import"), hyp});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QByteArray("imported 1, duplicates 0, orphaned 0 (Hypothesis)\n"));
    const QJsonArray seed = itemsOf(QStringLiteral("1"));
    ASSERT_EQ(seed.size(), 2);
    // The quote occurs twice; the context picks one and it is stored once.
    QStringList quotes;
    for (const auto &v : seed)
        quotes.append(exactOf(v));
    EXPECT_TRUE(quotes.contains(QStringLiteral("মার্কো রুবিও")));

    // Into a given article: what matches no article there is reported, not stored.
    const QString broken = write(QStringLiteral("b.json"), "{\"entries\": [{\"text\": 5}]}");
    r = run({QStringLiteral("annotations"), QStringLiteral("1"), QStringLiteral("--import"), broken});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("no highlighted text")) << r.out.toStdString();
    r = run({QStringLiteral("annotations"), QStringLiteral("1"), QStringLiteral("--import"),
             write(QStringLiteral("x.json"), "[1, 2")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.count('\n'), 1);
    EXPECT_EQ(itemsOf(QStringLiteral("1")).size(), 2);
}
