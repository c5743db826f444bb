// The reader's shaping, checked against HarfBuzz itself: every block of
// every test article, laid out by the reading view, must carry exactly the
// glyphs hb_shape gives for the same text with the same font file.
#include "import/ArticleImporter.h"
#include "TestLibrary.h"
#include "ui/reader/ReaderDocument.h"
#include "ui/reader/ReaderFonts.h"
#include "ui/reader/ReaderView.h"

#include <QFileInfo>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <hb.h>

#include <gtest/gtest.h>

#include <map>
#include <memory>

using namespace pathak;
using namespace pathak::ui;

namespace {

// One HarfBuzz font per file, opened from the file, not from Qt.
class HbFont
{
public:
    explicit HbFont(const QString &path)
    {
        hb_blob_t *blob = hb_blob_create_from_file(path.toLocal8Bit().constData());
        hb_face_t *face = hb_face_create(blob, 0);
        m_font = hb_font_create(face);
        m_glyphCount = hb_face_get_glyph_count(face);
        hb_face_destroy(face);
        hb_blob_destroy(blob);
    }
    ~HbFont() { hb_font_destroy(m_font); }
    HbFont(const HbFont &) = delete;
    HbFont &operator=(const HbFont &) = delete;

    bool valid() const { return m_glyphCount > 0; }
    bool covers(char32_t c) const
    {
        hb_codepoint_t g = 0;
        return hb_font_get_nominal_glyph(m_font, c, &g);
    }
    struct Glyph
    {
        quint32 id;
        quint32 cluster; // UTF-16 index into the whole text
    };
    QList<Glyph> shape(const QString &text, qsizetype from, qsizetype length) const
    {
        hb_buffer_t *buf = hb_buffer_create();
        hb_buffer_add_utf16(buf, reinterpret_cast<const uint16_t *>(text.utf16()), int(text.size()),
                            unsigned(from), int(length));
        hb_buffer_guess_segment_properties(buf);
        hb_shape(m_font, buf, nullptr, 0);
        unsigned n = 0;
        const hb_glyph_info_t *info = hb_buffer_get_glyph_infos(buf, &n);
        QList<Glyph> glyphs;
        for (unsigned i = 0; i < n; ++i)
            glyphs.append({info[i].codepoint, info[i].cluster});
        hb_buffer_destroy(buf);
        return glyphs;
    }

private:
    hb_font_t *m_font = nullptr;
    unsigned m_glyphCount = 0;
};

const HbFont &hbFont(const QString &path)
{
    static std::map<QString, std::unique_ptr<HbFont>> fonts;
    auto &f = fonts[path];
    if (!f)
        f = std::make_unique<HbFont>(path);
    return *f;
}

QString file(const QString &name)
{
    return ReaderFonts::fontDirectory() + QLatin1Char('/') + name;
}

// HarfBuzz's shaping of a block: the text is cut where the Bengali font has
// no glyph for a character (Latin letters) and that run is shaped with the
// Latin fallback, which is what a font-fallback list means.
QList<HbFont::Glyph> referenceShaping(const QString &text, bool bold)
{
    const HbFont &primary = hbFont(file(bold ? QStringLiteral("NotoSansBengali-Bold.ttf")
                                             : QStringLiteral("NotoSansBengali-Regular.ttf")));
    const HbFont &fallback =
        hbFont(file(bold ? QStringLiteral("NotoSans-Bold.ttf") : QStringLiteral("NotoSans-Regular.ttf")));
    QList<HbFont::Glyph> glyphs;
    qsizetype start = 0;
    bool startPrimary = true;
    qsizetype i = 0;
    while (i <= text.size()) {
        bool isPrimary = startPrimary;
        qsizetype next = i;
        if (i < text.size()) {
            char32_t c = text.at(i).unicode();
            next = i + 1;
            if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                next = i + 2;
            }
            isPrimary = primary.covers(c);
        }
        if (i == text.size() || (i > start && isPrimary != startPrimary)) {
            if (i > start)
                glyphs.append((startPrimary ? primary : fallback).shape(text, start, i - start));
            start = i;
        }
        if (i == text.size())
            break;
        if (i == start)
            startPrimary = isPrimary;
        i = next;
    }
    return glyphs;
}

QList<quint32> referenceGlyphs(const QString &text, bool bold)
{
    QList<quint32> ids;
    for (const HbFont::Glyph &g : referenceShaping(text, bold))
        ids.append(g.id);
    return ids;
}

// A space where a line wraps is shaped but not drawn, so a wrapped block's
// glyph runs lack its glyph: the reference drops the glyphs of exactly those
// spaces, found from the lines of the layout.
QList<quint32> referenceGlyphsWrapped(const QTextBlock &block, bool bold)
{
    const QString text = block.text();
    QSet<quint32> lineEndSpaces;
    const QTextLayout *layout = block.layout();
    for (int i = 0; i + 1 < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        for (int p = line.textStart() + line.textLength() - 1; p >= line.textStart() && text.at(p).isSpace();
             --p)
            lineEndSpaces.insert(quint32(p));
    }
    QList<quint32> ids;
    for (const HbFont::Glyph &g : referenceShaping(text, bold)) {
        if (!lineEndSpaces.contains(g.cluster))
            ids.append(g.id);
    }
    return ids;
}

QString join(const QList<quint32> &glyphs)
{
    QStringList s;
    for (quint32 g : glyphs)
        s.append(QString::number(g));
    return s.join(QLatin1Char('|'));
}

} // namespace

TEST(Shaping, TheReaderLoadsItsOwnBengaliFont)
{
    ReaderFonts::ensureLoaded();
    EXPECT_EQ(ReaderFonts::fileFor(QStringLiteral("Noto Sans Bengali"), false),
              file(QStringLiteral("NotoSansBengali-Regular.ttf")));
    EXPECT_EQ(ReaderFonts::fileFor(QStringLiteral("Noto Sans Bengali"), true),
              file(QStringLiteral("NotoSansBengali-Bold.ttf")));
    EXPECT_TRUE(ReaderFonts::bengaliFamilies().contains(QStringLiteral("Noto Sans Bengali")));
    ASSERT_TRUE(hbFont(file(QStringLiteral("NotoSansBengali-Regular.ttf"))).valid());
}

class ShapingPerWrapMode : public ::testing::TestWithParam<QTextEdit::LineWrapMode>
{
};

TEST_P(ShapingPerWrapMode, EveryBlockOfEveryArticleEqualsHarfBuzz)
{
    const bool wrapped = GetParam() != QTextEdit::NoWrap;
    int blocksChecked = 0;
    int linesWrapped = 0;
    for (const QString &path : test::corpusFiles()) {
        Result<NewArticle> read = ArticleImporter::readFile(path);
        ASSERT_TRUE(read.ok()) << read.error().toStdString();
        ReaderView view;
        view.setLineWrapMode(GetParam());
        view.resize(900, 800);
        view.showArticle(1, read->article);
        const ReaderDocument &doc = view.readerDocument();
        for (const ReaderDocument::Block &b : doc.blocks()) {
            if (b.part == ReaderDocument::Part::Photo)
                continue;
            const QTextBlock block = doc.document()->findBlockByNumber(b.blockNumber);
            const bool bold = block.charFormat().font().bold();
            const QList<ReaderDocument::ShapedRun> runs = doc.shapedRuns(b);
            QList<quint32> qt;
            for (const ReaderDocument::ShapedRun &run : runs) {
                // Each run's font is one the reader loaded from a known file.
                const bool runBold = run.font.weight() >= QFont::Bold;
                EXPECT_EQ(runBold, bold);
                EXPECT_FALSE(ReaderFonts::fileFor(run.font.familyName(), runBold).isEmpty())
                    << run.font.familyName().toStdString();
                qt.append(run.glyphs);
            }
            const QString where = QFileInfo(path).fileName() + QLatin1Char(' ') +
                                  ReaderDocument::partName(b.part) + QLatin1Char(' ') +
                                  QString::number(b.index);
            EXPECT_FALSE(qt.contains(0u)) << where.toStdString();
            const QList<quint32> reference =
                wrapped ? referenceGlyphsWrapped(block, bold) : referenceGlyphs(block.text(), bold);
            EXPECT_EQ(join(qt), join(reference)) << where.toStdString();
            if (!wrapped) {
                EXPECT_EQ(block.layout()->lineCount(), 1);
            }
            linesWrapped += block.layout()->lineCount() - 1;
            ++blocksChecked;
        }
    }
    EXPECT_GE(blocksChecked, 30);
    if (wrapped) {
        EXPECT_GT(linesWrapped, 20); // the wrapped case really wraps
    }
}

INSTANTIATE_TEST_SUITE_P(Shaping, ShapingPerWrapMode,
                         ::testing::Values(QTextEdit::NoWrap, QTextEdit::WidgetWidth));

TEST(Shaping, ConjunctsAreOneGlyphAsInDesignNotes)
{
    // ক্ষ is one glyph in Noto Sans Bengali (docs/BENGALI-TEXT.md).
    Article a;
    a.title = QStringLiteral("ক্ষ");
    a.paragraphs = {QStringLiteral("পরিস্থিতি ক্ষমতা রাষ্ট্রপতি")};
    ReaderView view;
    view.resize(900, 600);
    view.showArticle(1, a);
    const ReaderDocument &doc = view.readerDocument();
    const QList<ReaderDocument::ShapedRun> title = doc.shapedRuns(doc.blocks().at(0));
    ASSERT_EQ(title.size(), 1);
    EXPECT_EQ(title.first().glyphs.size(), 1);
    const QList<ReaderDocument::ShapedRun> body = doc.shapedRuns(doc.blocks().at(1));
    QList<quint32> glyphs;
    for (const auto &r : body)
        glyphs.append(r.glyphs);
    EXPECT_EQ(join(glyphs), join(referenceGlyphs(a.paragraphs.first(), false)));
}
