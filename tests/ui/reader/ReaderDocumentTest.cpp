#include "ui/reader/ReaderDocument.h"
#include "TestLibrary.h"
#include "ui/reader/ReaderView.h"

#include "article/ArticleLabels.h"
#include "article/ArticleParser.h"
#include "import/ArticleImporter.h"
#include "text/BengaliText.h"

#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::ui;
using Part = ReaderDocument::Part;

namespace {

Article load(const QString &name)
{
    Result<NewArticle> read = ArticleImporter::readFile(test::dataFile(name));
    EXPECT_TRUE(read.ok()) << read.error().toStdString();
    return read ? read->article : Article();
}

QString blockText(const ReaderDocument &doc, const ReaderDocument::Block &b)
{
    return doc.document()->findBlockByNumber(b.blockNumber).text();
}

} // namespace

TEST(ReaderDocument, LaysOutEveryPartOfTheArticleInOrder)
{
    const Article a = load(QStringLiteral("rain-with-comments.txt"));
    ASSERT_TRUE(a.comments.has_value());
    ReaderDocument doc;
    doc.setArticle(a);
    QList<Part> parts;
    for (const ReaderDocument::Block &b : doc.blocks())
        parts.append(b.part);
    ASSERT_FALSE(parts.isEmpty());
    EXPECT_EQ(parts.first(), Part::Title);
    // A title derived from the first sentence is that sentence, shown once:
    // a first paragraph of one sentence is the headline alone.
    const int lead = ArticleParser::repeatedLeadLength(a);
    const bool leadIsWholeParagraph = lead > 0 && a.paragraphs.first().trimmed().size() <= lead;
    EXPECT_EQ(parts.count(Part::Paragraph), a.paragraphs.size() - (leadIsWholeParagraph ? 1 : 0));
    EXPECT_EQ(parts.count(Part::Comment), a.comments->items.size());
    EXPECT_EQ(parts.count(Part::CommentsHeading), 1);
    EXPECT_EQ(parts.count(Part::Source), 1);
    EXPECT_EQ(doc.blocks().size(), doc.document()->blockCount());
    // The comments heading carries the declared count, not the number
    // present, as the PDF and Markdown copies label it: মন্তব্য (৩).
    for (const ReaderDocument::Block &b : doc.blocks()) {
        if (b.part == Part::CommentsHeading) {
            EXPECT_EQ(blockText(doc, b).trimmed(), ArticleLabels::comments(a.comments->declared));
            EXPECT_EQ(BengaliText::parseDigits(
                          blockText(doc, b).section(QLatin1Char('('), 1).section(QLatin1Char(')'), 0, 0)),
                      a.comments->declared);
        }
    }
}

TEST(ReaderDocument, ShowsPhotoSlotCaptionAndCreditButNoAdPlaceholder)
{
    const Article a = load(QStringLiteral("seed-lavrov-rubio.txt"));
    ASSERT_TRUE(a.caption.has_value());
    ASSERT_FALSE(a.ads.isEmpty());
    ReaderDocument doc;
    doc.setArticle(a);
    const QList<ReaderDocument::Block> &blocks = doc.blocks();
    ASSERT_GE(blocks.size(), 4);
    EXPECT_EQ(blocks.at(1).part, Part::Photo);
    EXPECT_EQ(blocks.at(2).part, Part::Caption);
    EXPECT_EQ(blockText(doc, blocks.at(2)), a.caption->text);
    EXPECT_EQ(blocks.at(3).part, Part::Credit);
    EXPECT_EQ(blockText(doc, blocks.at(3)),
              QStringLiteral("ছবি: ") + a.caption->credit); // as printed, not "Photo:"
    EXPECT_FALSE(doc.document()->toPlainText().contains(a.ads.first().label));
}

TEST(ReaderDocument, EveryTextBlockMapsToItsRangeOfPlainText)
{
    for (const QString &file : test::corpusFiles()) {
        Result<NewArticle> read = ArticleImporter::readFile(file);
        ASSERT_TRUE(read.ok());
        ReaderDocument doc;
        doc.setArticle(read->article);
        const QString plain = read->article.plainText();
        EXPECT_EQ(doc.plainText(), plain);
        int covered = 0;
        for (const ReaderDocument::Block &b : doc.blocks()) {
            if (b.plainStart < 0)
                continue;
            EXPECT_EQ(blockText(doc, b), plain.mid(b.plainStart, b.plainLength)) << file.toStdString();
            const int pos = doc.toDocumentPosition(b.plainStart + 1);
            EXPECT_EQ(doc.toPlainOffset(pos), b.plainStart + 1);
            covered += b.plainLength;
        }
        // Everything but the blank lines (and ": " after authors) is shown,
        // and a derived title, which the headline shows from the first paragraph.
        if (ArticleParser::repeatedLeadLength(read->article) > 0)
            covered += int(read->article.title.size());
        EXPECT_GT(covered, plain.size() * 9 / 10) << file.toStdString();
    }
}

TEST(ReaderDocument, CommentAuthorAndTextMapToTheirPlainTextLine)
{
    const Article a = load(QStringLiteral("rain-with-comments.txt"));
    ReaderDocument doc;
    doc.setArticle(a);
    const QString plain = doc.plainText();
    for (const ReaderDocument::Block &b : doc.blocks()) {
        if (b.part != Part::Comment)
            continue;
        const Comment &c = a.comments->items.at(b.index);
        EXPECT_EQ(plain.mid(b.plainStart, b.plainLength), c.text);
        if (c.author) {
            EXPECT_EQ(plain.mid(b.plainStart - c.author->size() - 2, c.author->size()), *c.author);
        }
    }
}

TEST(ReaderDocument, CursorsForARangeStayInsideTextBlocks)
{
    Article a = load(QStringLiteral("seed-lavrov-rubio.txt"));
    a.title = QStringLiteral("লাভরভ ও রুবিওর ফোনালাপ"); // a title of its own, shown as it is
    ReaderDocument doc;
    doc.setArticle(a);
    // From inside the title to inside the first paragraph: title, caption, paragraph.
    const int start = 3;
    const int firstParagraph = int(a.title.size() + 2 + a.caption->text.size() + 2);
    const QList<QTextCursor> cursors = doc.cursorsFor(start, firstParagraph + 5);
    ASSERT_EQ(cursors.size(), 3);
    EXPECT_EQ(cursors.at(0).selectedText(), a.title.mid(3));
    EXPECT_EQ(cursors.at(1).selectedText(), a.caption->text);
    EXPECT_EQ(cursors.at(2).selectedText(), a.paragraphs.first().left(5));
}

TEST(ReaderView, HighlightsAreExtraSelectionsNotFormats)
{
    Article a = load(QStringLiteral("seed-lavrov-rubio.txt"));
    a.title = QStringLiteral("লাভরভ ও রুবিওর ফোনালাপ");
    ReaderView view;
    view.resize(800, 600);
    view.showArticle(7, a);
    const QString plain = a.plainText();
    const int at = int(plain.indexOf(QStringLiteral("ক্ষ")));
    ASSERT_GE(at, 0);
    auto formatCounts = [&view] {
        QList<qsizetype> counts;
        for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next())
            counts.append(b.textFormats().size());
        return counts;
    };
    const QList<qsizetype> formatsBefore = formatCounts();
    const QString before =
        ReaderDocument::glyphString(view.readerDocument().shapedRuns(view.readerDocument().blocks().at(0)));
    view.setHighlights(QStringLiteral("search"), {{at, at + 3, QColor(Qt::yellow)}});
    view.setHighlights(QStringLiteral("annotations"), {{0, 4, QColor(Qt::green)}});
    EXPECT_EQ(view.extraSelections().size(), 2);
    EXPECT_EQ(view.extraSelections().at(0).cursor.selectedText(), QStringLiteral("ক্ষ"));
    // No block got a character format from the highlights, so no glyph changed.
    EXPECT_EQ(formatCounts(), formatsBefore);
    EXPECT_EQ(
        ReaderDocument::glyphString(view.readerDocument().shapedRuns(view.readerDocument().blocks().at(0))),
        before);
    // Highlights survive a change of look, and go with the article.
    ReaderSettings s;
    s.fontSize = 20;
    view.setReaderSettings(s);
    EXPECT_EQ(view.extraSelections().size(), 2);
    view.clearHighlights(QStringLiteral("search"));
    EXPECT_EQ(view.extraSelections().size(), 1);
    view.showArticle(8, a);
    EXPECT_TRUE(view.extraSelections().isEmpty());
}

TEST(ReaderView, ReportsTheSelectionInPlainTextTerms)
{
    const Article a = load(QStringLiteral("seed-lavrov-rubio.txt"));
    ReaderView view;
    view.resize(800, 600);
    view.showArticle(1, a);
    const int start = int(a.plainText().indexOf(a.paragraphs.at(1)));
    QTextCursor c(view.document());
    c.setPosition(view.readerDocument().toDocumentPosition(start));
    c.setPosition(view.readerDocument().toDocumentPosition(start + 10), QTextCursor::KeepAnchor);
    view.setTextCursor(c);
    const auto range = view.selectedPlainRange();
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(range->first, start);
    EXPECT_EQ(range->second, start + 10);
}

TEST(ReaderDocument, ADerivedTitleIsShownOnceAsTheHeadline)
{
    for (const QString &name :
         {QStringLiteral("cricket-crlf-bom.txt"), QStringLiteral("seed-lavrov-rubio.txt")}) {
        SCOPED_TRACE(name.toStdString());
        const Article a = load(name);
        ASSERT_GT(ArticleParser::repeatedLeadLength(a), 0);
        ReaderDocument doc;
        doc.setArticle(a);
        const QString shown = doc.document()->toPlainText();
        const QString sentence = BengaliText::firstSentence(a.paragraphs.first());
        // The sentence once (a short one without its full stop, as a
        // headline); never the cut title and the sentence again.
        QString headline = sentence.trimmed();
        if (headline.size() <= ArticleParser::maxTitleLength)
            headline.chop(1);
        EXPECT_EQ(ArticleParser::leadHeadline(a), headline);
        EXPECT_EQ(shown.count(headline), 1);
        EXPECT_EQ(doc.blocks().first().part, Part::Title);
        EXPECT_EQ(blockText(doc, doc.blocks().first()), headline);
        if (a.title.endsWith(QChar(0x2026))) {
            EXPECT_FALSE(shown.contains(a.title));
        }
        // A highlight or a search hit found in the title's words (the first
        // place a quote occurs) is shown on the same words of the headline.
        const QList<QTextCursor> inTitle = doc.cursorsFor(0, 8);
        ASSERT_EQ(inTitle.size(), 1);
        EXPECT_EQ(inTitle.first().selectedText(), a.title.left(8));
        EXPECT_EQ(doc.document()->findBlock(inTitle.first().position()).blockNumber(),
                  doc.blocks().first().blockNumber);
        EXPECT_EQ(doc.toDocumentPosition(3), inTitle.first().selectionStart() + 3);
    }
}

TEST(ReaderDocument, BylineFollowsTheHeadlineOutsideThePlainText)
{
    const Article a = load(QStringLiteral("rain-with-comments.txt"));
    ReaderDocument without;
    without.setArticle(a);
    ReaderDocument doc;
    const QString byline =
        ArticleLabels::byline(QStringLiteral("নিজস্ব প্রতিবেদক"), QStringLiteral("2026-12-03"));
    doc.setArticle(a, {}, byline);
    EXPECT_EQ(doc.plainText(), without.plainText()); // annotations keep their offsets
    ASSERT_GE(doc.blocks().size(), 2);
    EXPECT_EQ(doc.blocks().at(0).part, Part::Title);
    const ReaderDocument::Block &b = doc.blocks().at(1);
    EXPECT_EQ(b.part, Part::Byline);
    EXPECT_EQ(b.plainStart, -1);
    EXPECT_EQ(blockText(doc, b), byline);
    EXPECT_EQ(doc.blocks().size(), without.blocks().size() + 1);
}

TEST(ReaderDocument, NoCommentsHeadingOverNoComments)
{
    Article a = load(QStringLiteral("rain-with-comments.txt"));
    ASSERT_TRUE(a.comments.has_value());
    a.comments->items.clear(); // declared, but none came with the page
    ReaderDocument doc;
    doc.setArticle(a);
    for (const ReaderDocument::Block &b : doc.blocks())
        EXPECT_NE(b.part, Part::CommentsHeading);
}
