// PDF export, checked from the outside: poppler reads the text and fonts
// back, qpdf reads the annotations, outline, links and catalog.
#include "export/PdfExporter.h"
#include "article/ArticleParser.h"
#include "import/ArticleImporter.h"
#include "PdfTools.h"
#include "TestLibrary.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <gtest/gtest.h>

#include <cstdio>
#include <thread>

using namespace pathak;
using namespace pathak::test;

namespace {

// Every corpus article, imported into a fresh library and read back from it.
QList<StoredArticle> importCorpus(TestLibrary &lib)
{
    ArticleImporter importer(lib.store());
    QList<StoredArticle> out;
    for (const ImportResult &r : importer.importPaths(corpusFiles())) {
        EXPECT_EQ(r.status, ImportResult::Status::Imported) << r.input.toStdString();
        Result<StoredArticle> a = lib.store().article(r.id);
        EXPECT_TRUE(a.ok());
        if (a)
            out.append(a.value());
    }
    return out;
}

// What the PDF shows of an article, in reading order, written independently
// of the renderer: title, caption, credit, body, source and URL, comments.
// A title derived from the first sentence is that sentence, printed once
// as the headline (ArticleParser::leadHeadline), and the first paragraph
// goes on after it.
QString shownTitle(const Article &a)
{
    return ArticleParser::repeatedLeadLength(a) > 0 ? ArticleParser::leadHeadline(a) : a.title;
}

QStringList shownParagraphs(const Article &a)
{
    QStringList paragraphs = a.paragraphs;
    if (const int lead = ArticleParser::repeatedLeadLength(a); lead > 0) {
        paragraphs.first() = paragraphs.first().mid(lead).trimmed();
        if (paragraphs.first().isEmpty())
            paragraphs.removeFirst();
    }
    return paragraphs;
}

QString expectedText(const Article &a, bool comments)
{
    QStringList parts{shownTitle(a)};
    if (a.caption) {
        parts.append(a.caption->text);
        if (!a.caption->credit.isEmpty())
            parts.append(QStringLiteral("ছবি: ") + a.caption->credit);
    }
    parts.append(shownParagraphs(a));
    if (a.source)
        parts.append({QStringLiteral("সূত্র: ") + a.source->label, a.source->url});
    if (a.comments && comments && !a.comments->items.isEmpty()) {
        parts.append(QStringLiteral("মন্তব্য (%1)").arg(bengaliDigits(a.comments->declared)));
        for (const Comment &c : a.comments->items)
            parts.append(c.author ? *c.author + QStringLiteral(": ") + c.text : c.text);
    }
    return parts.join(QLatin1Char('\n'));
}

// pdftotext's text with each page's number checked and taken off.
QString textWithoutPageNumbers(const QString &pdf)
{
    const QStringList pages = pdfPages(pdf);
    QString text;
    for (int i = 0; i < pages.size(); ++i) {
        const QString page = pages.at(i).trimmed();
        const QString number = bengaliDigits(i + 1);
        EXPECT_TRUE(page.endsWith(number)) << "page " << i + 1 << " has no page number";
        text += page.chopped(page.endsWith(number) ? number.size() : 0) + QLatin1Char('\n');
    }
    return text;
}

QString withoutBengaliDigits(QString s)
{
    s.removeIf([](QChar c) { return c >= QChar(0x09E6) && c <= QChar(0x09EF); });
    return s;
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

ExportHighlight highlightOf(const QString &plain, const QString &quote, const QString &color,
                            const QString &note, int from = 0)
{
    const qsizetype at = plain.indexOf(quote, from);
    EXPECT_GE(at, 0) << utf8(quote);
    // Offsets are code points; the corpus is all in the BMP, so UTF-16 offsets are the same.
    return {int(at), int(at + quote.size()), color, note};
}

} // namespace

TEST(PdfExporter, EveryArticleComesBackAsItsText)
{
    TestLibrary lib;
    const QList<StoredArticle> stored = importCorpus(lib);
    ASSERT_EQ(stored.size(), corpusFiles().size());
    QTemporaryDir dir;
    for (bool comments : {false, true}) {
        for (const StoredArticle &s : stored) {
            SCOPED_TRACE(utf8(s.article.title) + (comments ? " with comments" : ""));
            PdfOptions options;
            options.includeComments = comments;
            const QString path = dir.filePath(QStringLiteral("a%1-%2.pdf").arg(s.id).arg(comments));
            Result<PdfExportSummary> r = PdfExporter(options).writeFile({{s.article, {}}}, path);
            ASSERT_TRUE(r.ok()) << utf8(r.error());
            EXPECT_EQ(squashed(textWithoutPageNumbers(path)), squashed(expectedText(s.article, comments)));
        }
    }
}

TEST(PdfExporter, EveryFontIsEmbedded)
{
    TestLibrary lib;
    QList<ExportArticle> all;
    for (const StoredArticle &s : importCorpus(lib))
        all.append({s.article, {}});
    QTemporaryDir dir;
    for (const QString &family :
         {QStringLiteral("Noto Serif Bengali"), QStringLiteral("Noto Sans Bengali")}) {
        SCOPED_TRACE(utf8(family));
        PdfOptions options;
        options.fontFamily = family;
        options.includeComments = true;
        const QString path = dir.filePath(QStringLiteral("all.pdf"));
        ASSERT_TRUE(PdfExporter(options).writeFile(all, path).ok());
        const QMap<QString, bool> fonts = pdfFonts(path);
        ASSERT_FALSE(fonts.isEmpty());
        bool usesFamily = false;
        for (auto it = fonts.begin(); it != fonts.end(); ++it) {
            EXPECT_TRUE(it.value()) << utf8(it.key()) << " is not embedded";
            usesFamily |= it.key().contains(QString(family).remove(QLatin1Char(' ')));
        }
        EXPECT_TRUE(usesFamily) << "the chosen font is not in the PDF";
    }
}

TEST(PdfExporter, SeveralArticlesGetOneOutlineEntryEachAndMetadata)
{
    TestLibrary lib;
    const QList<StoredArticle> stored = importCorpus(lib);
    QList<ExportArticle> all;
    for (const StoredArticle &s : stored)
        all.append({s.article, {}});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.pdf"));
    PdfOptions options;
    options.paper = PaperSize::Letter;
    Result<PdfExportSummary> r = PdfExporter(options).writeFile(all, path);
    ASSERT_TRUE(r.ok()) << utf8(r.error());
    EXPECT_EQ(r->articles, stored.size());

    // Together the articles read back in order, each starting on a page its bookmark points to.
    QString expected;
    for (const StoredArticle &s : stored)
        expected += expectedText(s.article, false) + QLatin1Char('\n');
    EXPECT_EQ(squashed(textWithoutPageNumbers(path)), squashed(expected));

    QPDF pdf;
    pdf.processFile(path.toLocal8Bit().constData());
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    EXPECT_EQ(int(pages.size()), r->pages);
    QPDFOutlineDocumentHelper outlines(pdf);
    std::vector<QPDFOutlineObjectHelper> top = outlines.getTopLevelOutlines();
    ASSERT_EQ(top.size(), size_t(stored.size()));
    int previousPage = -1;
    for (size_t i = 0; i < top.size(); ++i) {
        EXPECT_EQ(QString::fromStdString(top[i].getTitle()), stored.at(qsizetype(i)).article.title);
        QPDFObjectHandle dest = top[i].getDestPage();
        int pageIndex = -1;
        for (size_t p = 0; p < pages.size(); ++p) {
            if (pages[p].getObjectHandle().getObjGen() == dest.getObjGen())
                pageIndex = int(p);
        }
        EXPECT_GT(pageIndex, previousPage) << "bookmark " << i << " does not point at a later page";
        const QString pageText = squashed(pdfPages(path).value(pageIndex));
        EXPECT_TRUE(pageText.startsWith(squashed(shownTitle(stored.at(qsizetype(i)).article))))
            << "bookmark " << i;
        previousPage = pageIndex;
    }

    // Source links are real link annotations.
    QStringList uris;
    for (QPDFPageObjectHelper &page : pages) {
        for (QPDFAnnotationObjectHelper &link : page.getAnnotations("/Link"))
            uris.append(
                QString::fromStdString(link.getObjectHandle().getKey("/A").getKey("/URI").getUTF8Value()));
    }
    for (const StoredArticle &s : stored) {
        if (s.article.source && !s.article.source->url.isEmpty()) {
            EXPECT_TRUE(uris.contains(s.article.source->url)) << utf8(s.article.source->url);
        }
    }

    EXPECT_EQ(pdf.getRoot().getKey("/Lang").getUTF8Value(), "bn");
    const QMap<QString, QString> info = pdfInfo(path);
    EXPECT_EQ(info.value(QStringLiteral("Title")),
              QStringLiteral("%1টি নিবন্ধ").arg(bengaliDigits(int(stored.size()))));
    for (const StoredArticle &s : stored) {
        if (s.article.source) {
            EXPECT_TRUE(info.value(QStringLiteral("Author")).contains(s.article.source->label));
        }
    }
    EXPECT_FALSE(info.value(QStringLiteral("Subject")).isEmpty());
    EXPECT_TRUE(info.value(QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")));
}

TEST(PdfExporter, OneArticleMetadataIsItsTitleSourceAndFirstSentence)
{
    Result<NewArticle> seed = ArticleImporter::readFile(dataFile(QStringLiteral("seed-lavrov-rubio.txt")));
    ASSERT_TRUE(seed.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seed.pdf"));
    ASSERT_TRUE(PdfExporter().writeFile({{seed->article, {}}}, path).ok());
    const QMap<QString, QString> info = pdfInfo(path);
    EXPECT_EQ(info.value(QStringLiteral("Title")), seed->article.title);
    EXPECT_EQ(info.value(QStringLiteral("Author")), seed->article.source->label);
    EXPECT_TRUE(
        seed->article.paragraphs.first().startsWith(info.value(QStringLiteral("Subject")).chopped(1)));
    EXPECT_TRUE(info.value(QStringLiteral("Page size")).contains(QStringLiteral("A4")));
}

TEST(PdfExporter, HighlightsAreDrawnAndBecomeAnnotations)
{
    Result<NewArticle> seed = ArticleImporter::readFile(dataFile(QStringLiteral("seed-lavrov-rubio.txt")));
    ASSERT_TRUE(seed.ok());
    // A title of its own, so the first paragraph is printed whole after the
    // photo (a derived title's sentence would be the lead, before it).
    Article article = seed->article;
    article.title = QStringLiteral("লাভরভ ও রুবিওর ফোনালাপ");
    const QString plain = article.plainText();
    // Conjuncts (ক্ষ, ষ্ট্র), a pre-base vowel sign (র্কি), a passage across
    // two paragraphs, one in the caption.
    const QString &first = article.paragraphs.at(0), &second = article.paragraphs.at(1);
    const QString across = first.mid(first.lastIndexOf(QLatin1Char(' '), first.size() - 8) + 1) +
                           QStringLiteral("\n\n") + second.left(second.indexOf(QLatin1Char(' '), 5));
    const QList<ExportHighlight> highlights{
        highlightOf(plain, QStringLiteral("উভয় পক্ষের মধ্যে"), QStringLiteral("yellow"),
                    QStringLiteral("দুই পক্ষই লাভবান")),
        highlightOf(plain, QStringLiteral("পররাষ্ট্রমন্ত্রীরা"), QStringLiteral("green"), QString()),
        highlightOf(plain, QStringLiteral("মার্কিন প্রতিপক্ষ"), QStringLiteral("blue"), QString()),
        highlightOf(plain, QStringLiteral("মিঃ ট্রাম্পের"), QStringLiteral("pink"), QStringLiteral("পদবি")),
        highlightOf(plain, across, QStringLiteral("#ffcc80"), QStringLiteral("দুই অনুচ্ছেদ জুড়ে")),
        highlightOf(plain, QStringLiteral("রাষ্ট্রপতি পুতিন তার পক্ষ থেকে"), QStringLiteral("purple"), QString()),
        highlightOf(plain, QStringLiteral("শান্তিপূর্ণ সমাধানের"), QStringLiteral("underline"), QString()),
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("highlights.pdf"));
    if (qEnvironmentVariableIsSet("PATHAK_KEEP_TEST_PDF")) // to look at the pages
        dir.setAutoRemove(false), std::printf("%s\n", qPrintable(path));
    Result<PdfExportSummary> r = PdfExporter().writeFile({{article, highlights}}, path);
    ASSERT_TRUE(r.ok()) << utf8(r.error());

    QPDF pdf;
    pdf.processFile(path.toLocal8Bit().constData());
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    QStringList notes;
    int annotations = 0, underlines = 0;
    for (size_t p = 0; p < pages.size(); ++p) {
        const double pageHeight = pages[p].getMediaBox().getArrayItem(3).getNumericValue();
        for (QPDFAnnotationObjectHelper &a : pages[p].getAnnotations()) {
            const bool underline = a.getSubtype() == "/Underline";
            if (a.getSubtype() != "/Highlight" && !underline)
                continue;
            ++annotations;
            underlines += underline;
            QPDFObjectHandle annot = a.getObjectHandle();
            // The contents: the words the quads cover, then the note after a blank line.
            const QString contents = QString::fromStdString(annot.getKey("/Contents").getUTF8Value());
            const QString passage = contents.section(QStringLiteral("\n\n"), 0, 0);
            const QString note = contents.section(QStringLiteral("\n\n"), 1);
            notes.append(note);
            EXPECT_EQ(annot.getKey("/C").getArrayNItems(), 3);
            std::vector<QPDFObjectHandle> quads = annot.getKey("/QuadPoints").getArrayAsVector();
            ASSERT_FALSE(quads.empty());
            ASSERT_EQ(quads.size() % 8, 0u);
            // The page content itself shows the colour over most of each quad (the rest is ink).
            const PdfPageImage content = pdfPageContent(path, int(p) + 1);
            std::vector<QPDFObjectHandle> color = annot.getKey("/C").getArrayAsVector();
            for (size_t q = 0; q < quads.size(); q += 8) {
                QRectF quad(quads[q].getNumericValue(), pageHeight - quads[q + 1].getNumericValue(),
                            quads[q + 2].getNumericValue() - quads[q].getNumericValue(),
                            quads[q + 1].getNumericValue() - quads[q + 5].getNumericValue());
                if (underline) // only the line at the bottom of the quad
                    quad.setTop(quad.bottom() - 3);
                EXPECT_GT(content.shareOfColor(quad, int(color[0].getNumericValue() * 255 + 0.5),
                                               int(color[1].getNumericValue() * 255 + 0.5),
                                               int(color[2].getNumericValue() * 255 + 0.5)),
                          0.4)
                    << "highlight colour missing at quad " << q / 8 << " of " << utf8(note);
            }
            // The text under the quads is the highlighted passage. A cluster's
            // marks are read from a narrow glyph just inside its end (see
            // PdfClusterFont), so a quad's text is taken from half a point in
            // on the left to half a point past its right end.
            QString under;
            for (size_t q = 0; q < quads.size(); q += 8) {
                const double x0 = quads[q].getNumericValue(),
                             top = pageHeight - quads[q + 1].getNumericValue();
                const double x1 = quads[q + 2].getNumericValue(),
                             bottom = pageHeight - quads[q + 5].getNumericValue();
                under += pdfTextIn(path, int(p) + 1, QRectF(x0 + 0.5, top + 1, x1 - x0, bottom - top - 2));
            }
            // A note's number is raised after the passage, so it may fall inside the quads; none of these
            // passages has digits.
            under = withoutBengaliDigits(under);
            EXPECT_EQ(under.simplified(), passage.simplified())
                << "the contents are not the words under the quads";
            under = squashed(under);
            const auto h = std::find_if(highlights.begin(), highlights.end(), [&](const ExportHighlight &h) {
                return h.end > h.start && h.note == note &&
                       squashed(plain.mid(h.start, h.end - h.start)).startsWith(under.left(4));
            });
            ASSERT_NE(h, highlights.end()) << "no highlight for text " << utf8(under);
            EXPECT_EQ(under, squashed(plain.mid(h->start, h->end - h->start)));
        }
    }
    // One per highlight, or more where one crosses a page break.
    EXPECT_GE(annotations, int(highlights.size()));
    EXPECT_EQ(underlines, 1);
    EXPECT_EQ(r->highlights, annotations);
    EXPECT_TRUE(notes.contains(QStringLiteral("দুই পক্ষই লাভবান")));
    EXPECT_TRUE(notes.contains(QStringLiteral("দুই অনুচ্ছেদ জুড়ে")));

    // Notes are numbered in reading order after their passages and listed at the end.
    const QString text = squashed(pdfRawText(path));
    EXPECT_TRUE(text.contains(squashed(QStringLiteral("উভয় পক্ষের মধ্যে") + bengaliDigits(1))));
    EXPECT_TRUE(text.contains(squashed(across + bengaliDigits(2))));
    EXPECT_TRUE(text.contains(squashed(QStringLiteral("মিঃ ট্রাম্পের") + bengaliDigits(3))));
    const qsizetype notesAt = text.indexOf(squashed(QStringLiteral("টীকা")));
    EXPECT_GT(notesAt, 0);
    EXPECT_GT(
        text.indexOf(squashed(QStringLiteral("%1. “উভয় পক্ষের মধ্যে” — দুই পক্ষই লাভবান").arg(bengaliDigits(1)))),
        notesAt);
    EXPECT_GT(text.indexOf(squashed(QStringLiteral("%1. “মিঃ ট্রাম্পের” — পদবি").arg(bengaliDigits(3)))),
              notesAt);
}

TEST(PdfExporter, BadOptionsAreErrorsAndWriteNothing)
{
    Result<NewArticle> seed = ArticleImporter::readFile(dataFile(QStringLiteral("seed-lavrov-rubio.txt")));
    ASSERT_TRUE(seed.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.pdf"));
    PdfOptions options;
    options.fontFamily = QStringLiteral("No Such Font Family");
    Result<PdfExportSummary> r = PdfExporter(options).writeFile({{seed->article, {}}}, path);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("No Such Font Family")));
    options = {};
    options.fontSize = 200;
    EXPECT_FALSE(PdfExporter(options).writeFile({{seed->article, {}}}, path).ok());
    EXPECT_FALSE(PdfExporter().writeFile({}, path).ok());
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(PdfExporter, ExportsRunInParallelThreads)
{
    // The GUI exports off its thread while the command line or another export may run:
    // nothing may be shared between exports.
    TestLibrary lib;
    QList<ExportArticle> all;
    for (const StoredArticle &s : importCorpus(lib))
        all.append({s.article, {}});
    QTemporaryDir dir;
    std::vector<std::thread> threads;
    std::vector<QString> errors(4);
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&, i] {
            PdfOptions options;
            options.fontFamily =
                i % 2 ? QStringLiteral("Noto Sans Bengali") : QStringLiteral("Noto Serif Bengali");
            Result<PdfExportSummary> r =
                PdfExporter(options).writeFile(all, dir.filePath(QStringLiteral("t%1.pdf").arg(i)));
            if (!r)
                errors[size_t(i)] = r.error();
        });
    }
    for (std::thread &t : threads)
        t.join();
    QString expected;
    for (const ExportArticle &a : all)
        expected += expectedText(a.article, false) + QLatin1Char('\n');
    for (int i = 0; i < 4; ++i) {
        EXPECT_TRUE(errors[size_t(i)].isEmpty()) << utf8(errors[size_t(i)]);
        EXPECT_EQ(squashed(textWithoutPageNumbers(dir.filePath(QStringLiteral("t%1.pdf").arg(i)))),
                  squashed(expected))
            << i;
    }
}

TEST(PdfExporter, UnusualArticlesStillComeBackWhole)
{
    // A word longer than a line, a source without a link, a caption that is
    // only a credit, a comment without author, mixed scripts and a ZWNJ.
    Article a;
    a.title = QStringLiteral("অস্বাভাবিক নিবন্ধ");
    a.caption = Caption{QString(), QStringLiteral("আলোকচিত্রী")};
    a.paragraphs = {
        QString(300, QChar(0x0995)) + QStringLiteral("্ষ শেষ"),
        QStringLiteral(
            "English, العربية and বাংলা র‌্যাব in one paragraph; 12-34-56 "
            "রাশিয়া-মার্কিন।")};
    a.source = Source{QStringLiteral("স্থানীয় সংবাদদাতা"), QString()};
    a.comments = CommentSection{2, {Comment{std::nullopt, QStringLiteral("নামহীন মন্তব্য")}}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.pdf"));
    PdfOptions options;
    options.includeComments = true;
    Result<PdfExportSummary> r = PdfExporter(options).writeFile({{a, {}}}, path);
    ASSERT_TRUE(r.ok()) << utf8(r.error());
    QStringList parts{a.title, QStringLiteral("ছবি: আলোকচিত্রী")};
    parts.append(a.paragraphs);
    parts.append({QStringLiteral("সূত্র: স্থানীয় সংবাদদাতা"), QStringLiteral("মন্তব্য (২)"),
                  QStringLiteral("নামহীন মন্তব্য")});
    // pdftotext writes Arabic in visual order, wrapped in bidi embedding marks; compare the rest exactly.
    QString text = squashed(textWithoutPageNumbers(path));
    QString expected = squashed(parts.join(QLatin1Char('\n')));
    text.remove(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}\\x{202A}-\\x{202E}]+")));
    expected.remove(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}\\x{202A}-\\x{202E}]+")));
    EXPECT_EQ(text, expected);
    EXPECT_EQ(pdfFonts(path).values().count(false), 0);
}

TEST(PdfExporter, NoCommentsHeadingWithoutComments)
{
    Article a = ArticleParser::parseText(QStringLiteral("প্রথম অনুচ্ছেদ।\nমন্তব্য (০)\n")).value();
    ASSERT_TRUE(a.comments.has_value());
    PdfOptions options;
    options.includeComments = true;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.pdf"));
    ASSERT_TRUE(PdfExporter(options).writeFile({{a, {}}}, path).ok());
    EXPECT_FALSE(pdfPages(path).join(QString()).contains(QStringLiteral("মন্তব্য")));
}

TEST(PdfExporter, LatinInSerifTextIsSetInSerif)
{
    Article a = ArticleParser::parseText(QStringLiteral("ঢাকায় Rapid Action Battalion (RAB) অভিযান চালায়।\n"))
                    .value();
    a.title = QStringLiteral("ঢাকায় অভিযান"); // the Latin words in the body, not in a bold headline
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("latin.pdf"));
    ASSERT_TRUE(PdfExporter().writeFile({{a, {}}}, path).ok());
    // The real fonts are embedded inside the cluster fonts, where pdffonts
    // does not look; their names stand in the file as they are.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("+NotoSerif-Regular")) << "no Noto Serif for the Latin words";
    EXPECT_FALSE(bytes.contains("+NotoSans-"));
}

TEST(PdfExporter, TitleRunsAboveTheTextFromTheSecondPage)
{
    Result<NewArticle> seed = ArticleImporter::readFile(dataFile(QStringLiteral("seed-lavrov-rubio.txt")));
    ASSERT_TRUE(seed.ok());
    PdfOptions options;
    options.fontSize = 20; // two pages or more
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(PdfExporter(options).writeFile({{seed->article, {}}}, path).ok());
    const QStringList pages = pdfPages(path);
    ASSERT_GE(pages.size(), 2);
    const QString titleStart = seed->article.title.section(QLatin1Char(' '), 0, 2);
    for (qsizetype i = 1; i < pages.size(); ++i)
        EXPECT_TRUE(pages.at(i).trimmed().startsWith(titleStart)) << "no header on page " << i + 1;
}

// A paragraph of megabytes (the importer splits them, but an article may
// come from elsewhere) is laid out piece by piece and comes back whole:
// every word, once, in order, across all its pages.
TEST(PdfExporter, AParagraphOfMegabytesComesBackWhole)
{
    QString paragraph;
    for (int i = 0; paragraph.size() < 680000; ++i)
        paragraph += QStringLiteral("বাক্য নম্বর %1 এখানে শেষ হয়। ").arg(bengaliDigits(i));
    paragraph.chop(1);
    ASSERT_GT(paragraph.toUtf8().size(), 1500000);
    Article a;
    a.title = QStringLiteral("দীর্ঘ অনুচ্ছেদ");
    a.paragraphs = {paragraph, QStringLiteral("শেষ অনুচ্ছেদ।")};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    Result<PdfExportSummary> r = PdfExporter().writeFile({{a, {}}}, path);
    ASSERT_TRUE(r.ok()) << utf8(r.error());
    const QStringList pages = pdfPages(path);
    ASSERT_GT(pages.size(), 50);
    QStringList got;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QStringList words = pages.at(i).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        ASSERT_FALSE(words.isEmpty());
        EXPECT_EQ(words.last(), bengaliDigits(int(i) + 1)) << "page " << i + 1 << " has no page number";
        words.removeLast();
        if (i > 0) { // the running header: the title
            EXPECT_EQ(words.mid(0, 2).join(QLatin1Char(' ')), a.title) << "page " << i + 1;
            words.remove(0, 2);
        }
        got += words;
    }
    const QStringList expected = QString(a.title + QLatin1Char(' ') + a.paragraphs.join(QLatin1Char(' ')))
                                     .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    ASSERT_EQ(got.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        ASSERT_EQ(got.at(i), expected.at(i)) << "word " << i;
}
