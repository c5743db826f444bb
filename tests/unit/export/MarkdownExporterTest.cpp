#include "export/MarkdownExporter.h"
#include "article/ArticleLabels.h"
#include "article/ArticleParser.h"
#include "import/ArticleImporter.h"
#include "TestLibrary.h"

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

} // namespace

TEST(MarkdownExporter, ArticleStructure)
{
    const Article rain = corpusArticle(QStringLiteral("rain-with-comments.txt"));
    const Article seed = corpusArticle(QStringLiteral("seed-lavrov-rubio.txt"));
    const QString md = MarkdownExporter::toMarkdown({{rain, {}}, {seed, {}}}, true);
    // A title derived from the first sentence: that sentence is the
    // heading, once, and the first paragraph goes on after it.
    auto heading = [](const Article &a) {
        return ArticleParser::repeatedLeadLength(a) > 0 ? ArticleParser::leadHeadline(a) : a.title;
    };
    EXPECT_TRUE(md.startsWith(QStringLiteral("# ") + MarkdownExporter::escape(heading(rain)) +
                              QStringLiteral("\n\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("\n\n---\n\n# ") + MarkdownExporter::escape(heading(seed)) +
                            QStringLiteral("\n\n")));
    EXPECT_EQ(md.count(heading(seed)), 1);
    for (const Article *a : {&rain, &seed}) {
        for (qsizetype i = 0; i < a->paragraphs.size(); ++i) {
            QString p = a->paragraphs.at(i);
            if (i == 0 && ArticleParser::repeatedLeadLength(*a) > 0)
                p = p.mid(ArticleParser::repeatedLeadLength(*a)).trimmed();
            if (p.isEmpty())
                continue;
            EXPECT_TRUE(
                md.contains(QStringLiteral("\n\n") + MarkdownExporter::escape(p) + QStringLiteral("\n\n")))
                << p.toStdString();
        }
        ASSERT_TRUE(a->source.has_value());
        EXPECT_TRUE(md.contains(QStringLiteral("সূত্র: [%1](<%2>)")
                                    .arg(MarkdownExporter::escape(a->source->label), a->source->url)));
    }
    ASSERT_TRUE(rain.caption.has_value());
    EXPECT_TRUE(md.contains(QLatin1Char('*') + MarkdownExporter::escape(rain.caption->text) +
                            QStringLiteral("* (ছবি: ")));
    ASSERT_TRUE(rain.comments && !rain.comments->items.isEmpty());
    const Comment &c = rain.comments->items.first();
    EXPECT_TRUE(
        md.contains(QStringLiteral("## মন্তব্য (%1)").arg(ArticleLabels::number(rain.comments->declared))));
    if (c.author) {
        EXPECT_TRUE(md.contains(QStringLiteral("- **") + MarkdownExporter::escape(*c.author) +
                                QStringLiteral("**: ")));
    }
    EXPECT_FALSE(MarkdownExporter::toMarkdown({{rain, {}}}, false).contains(QStringLiteral("মন্তব্য")));
}

TEST(MarkdownExporter, HighlightsAndNotes)
{
    const Article seed = corpusArticle(QStringLiteral("seed-lavrov-rubio.txt"));
    const QString plain = seed.plainText();
    const QString quote = QStringLiteral("উভয় পক্ষের মধ্যে");
    const int at = int(plain.indexOf(quote));
    ASSERT_GE(at, 0);
    const QString quote2 = QStringLiteral("মার্কো রুবিও");
    const int at2 = int(plain.indexOf(quote2));
    // Snapping widens a highlight that starts inside a conjunct to the whole cluster.
    const QList<ExportHighlight> highlights{
        {at, int(at + quote.size()), QStringLiteral("yellow"), QStringLiteral("দুই পক্ষই *লাভবান*")},
        {at2 + 1, int(at2 + quote2.size()), QStringLiteral("green"), QString()},
        {at + 5, at + 11, QStringLiteral("underline"), QString()}};
    const QString md = MarkdownExporter::toMarkdown({{seed, highlights}}, false);
    // "উভয় পক্ষের মধ্যে" with "পক্ষের" also underlined: each in its colour,
    // the underline still an underline.
    const QString yellow = QStringLiteral("<mark class=\"pathak-yellow\" style=\"background: #fff176;\">");
    const QString underline =
        QStringLiteral("<u class=\"pathak-underline\" style=\"text-decoration-color: #00897b;\">");
    EXPECT_TRUE(md.contains(yellow + QStringLiteral("উভয় </mark>") + yellow + underline +
                            QStringLiteral("পক্ষের</u></mark>") + yellow + QStringLiteral(" মধ্যে</mark>[^1]")))
        << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("<mark class=\"pathak-green\" style=\"background: #aed581;\">") +
                            quote2 + QStringLiteral("</mark>")));
    EXPECT_TRUE(md.contains(QStringLiteral("\n\n[^1]: দুই পক্ষই \\*লাভবান\\*\n")));
}

TEST(MarkdownExporter, EscapesMarkup)
{
    EXPECT_EQ(MarkdownExporter::escape(QStringLiteral("# শিরোনাম *x* [a](b) <b>")),
              QStringLiteral("\\# শিরোনাম \\*x\\* \\[a\\](b) \\<b\\>"));
    EXPECT_EQ(MarkdownExporter::escape(QStringLiteral("12. ক")), QStringLiteral("12\\. ক"));
    EXPECT_EQ(MarkdownExporter::escape(QStringLiteral("- ক"), false), QStringLiteral("- ক"));
}

TEST(MarkdownExporter, WritesTheFile)
{
    const Article seed = corpusArticle(QStringLiteral("seed-lavrov-rubio.txt"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seed.md"));
    ASSERT_TRUE(MarkdownExporter::writeFile({{seed, {}}}, false, path).ok());
    EXPECT_EQ(QString::fromUtf8(readAll(path)), MarkdownExporter::toMarkdown({{seed, {}}}, false));
    EXPECT_FALSE(MarkdownExporter::writeFile({}, false, dir.filePath(QStringLiteral("none.md"))).ok());
}

// What an article or note says stays text in any Markdown renderer: no raw
// HTML, no entity, no javascript: link, no heading or list from a note's
// second line.
TEST(MarkdownExporter, HostileTextStaysText)
{
    Article a;
    a.title = QStringLiteral("<script>alert(1)</script> AT&amp;T ~~x~~");
    a.paragraphs = {QStringLiteral("প্রথম অনুচ্ছেদ।"), QStringLiteral("   # দ্বিতীয়")};
    a.source = Source{QStringLiteral("[উৎস](javascript:x)"), QStringLiteral("javascript:alert(1)")};
    const QString note = QStringLiteral("প্রথম লাইন\n# শিরোনাম নয়\n\n- তালিকা নয়\n1. নয়");
    const QString md = MarkdownExporter::toMarkdown({{a, {{0, 3, QStringLiteral("yellow"), note}}}}, false);
    EXPECT_TRUE(
        md.startsWith(QStringLiteral("# <mark class=\"pathak-yellow\" style=\"background: "
                                     "#fff176;\">\\<sc</mark>[^1]ript\\>alert(1)\\</script\\> AT\\&amp;T "
                                     "\\~\\~x\\~\\~\n\n")))
        << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("\n\n   \\# দ্বিতীয়\n\n"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("\n\nসূত্র: \\[উৎস\\](javascript:x) (javascript:alert(1))\n")))
        << md.toStdString();
    EXPECT_TRUE(
        md.contains(QStringLiteral("\n\n[^1]: প্রথম লাইন\\\n\\# শিরোনাম নয়\\\n\\- তালিকা নয়\\\n1\\. নয়\n")))
        << md.toStdString();

    // A web address is linked, with what could end the link encoded.
    a.source->url = QStringLiteral("https://example.com/a>b <script>");
    EXPECT_TRUE(MarkdownExporter::toMarkdown({{a, {}}}, false)
                    .contains(QStringLiteral("](<https://example.com/a%3Eb%20%3Cscript%3E>)")));
}

// A colour reaches the style attribute only as #rrggbb: a name the palette
// knows, a hex colour, or nothing at all.
TEST(MarkdownExporter, HighlightColourIsKeptAndNeverMarkup)
{
    Article a;
    a.title = QStringLiteral("শিরোনাম");
    a.paragraphs = {QStringLiteral("প্রথম দ্বিতীয় তৃতীয়")};
    const int p = int(a.title.size()) + 2;
    const QString md = MarkdownExporter::toMarkdown(
        {{a,
          {{p, p + 5, QStringLiteral("#1E88E5"), QString()},
           {p + 6, p + 14, QStringLiteral("\" onmouseover=\"alert(1)"), QString()},
           {p + 15, p + 20, QStringLiteral("purple"), QString()}}}},
        false);
    EXPECT_TRUE(md.contains(
        QStringLiteral("<mark style=\"background: #1e88e5;\">প্রথম</mark> <mark>দ্বিতীয়</mark> "
                       "<mark class=\"pathak-purple\" style=\"background: #ce93d8;\">তৃতীয়</mark>")))
        << md.toStdString();
    EXPECT_FALSE(md.contains(QStringLiteral("onmouseover")));
}
