#include "ui/reader/ReaderDocument.h"

#include "article/ArticleLabels.h"
#include "article/ArticleParser.h"

#include "ui/reader/ReaderFonts.h"

#include <QCoreApplication>
#include <QGlyphRun>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QUrl>

#include <limits>

namespace pathak::ui {

namespace {

const QUrl photoUrl(QStringLiteral("pathak-photo:lead"));

// The empty photo slot shown above a caption whose photo was not saved:
// a plain frame with a camera outline, in the theme's colours.
QImage placeholderPhoto(int width, const ReaderColors &colors)
{
    const int height = width * 9 / 32;
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(colors.rule);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colors.muted, 3));
    p.setBrush(Qt::NoBrush);
    const int w = height / 2;
    const int h = w * 3 / 4;
    const QRectF body((width - w) / 2.0, (height - h) / 2.0 + h / 10.0, w, h);
    p.drawRoundedRect(body, 6, 6);
    p.drawEllipse(body.center(), h / 4.0, h / 4.0);
    p.drawRect(QRectF(body.left() + w / 6.0, body.top() - h / 8.0, w / 5.0, h / 8.0));
    return image;
}

} // namespace

ReaderDocument::ReaderDocument() : m_document(std::make_unique<QTextDocument>())
{
    m_document->setUndoRedoEnabled(false);
    rebuild();
}

ReaderDocument::~ReaderDocument() = default;

QString ReaderDocument::partName(Part part)
{
    switch (part) {
    case Part::Title:
        return QStringLiteral("title");
    case Part::Photo:
        return QStringLiteral("photo");
    case Part::Caption:
        return QStringLiteral("caption");
    case Part::Credit:
        return QStringLiteral("credit");
    case Part::Paragraph:
        return QStringLiteral("paragraph");
    case Part::CommentsHeading:
        return QStringLiteral("comments");
    case Part::CommentAuthor:
        return QStringLiteral("comment-author");
    case Part::Comment:
        return QStringLiteral("comment");
    case Part::Source:
        return QStringLiteral("source");
    case Part::Byline:
        return QStringLiteral("byline");
    }
    return {};
}

void ReaderDocument::setArticle(const Article &article, const QByteArray &photo, const QString &byline)
{
    m_article = article;
    m_photo = photo;
    m_byline = byline;
    m_plainText = article.plainText();
    m_hasArticle = true;
    rebuild();
}

void ReaderDocument::clear()
{
    m_article = Article();
    m_photo.clear();
    m_plainText.clear();
    m_hasArticle = false;
    rebuild();
}

void ReaderDocument::setSettings(const ReaderSettings &settings)
{
    m_settings = settings;
    rebuild();
}

void ReaderDocument::addBlock(QTextCursor &cursor, Part part, int index, const QString &text, int plainStart,
                              const QTextCharFormat &format, const QTextBlockFormat &blockFormat)
{
    if (m_blocks.isEmpty()) {
        cursor.setBlockFormat(blockFormat);
        cursor.setBlockCharFormat(format);
    } else {
        cursor.insertBlock(blockFormat, format);
    }
    cursor.insertText(text, format);
    Block b;
    b.part = part;
    b.index = index;
    b.blockNumber = cursor.block().blockNumber();
    b.plainStart = plainStart;
    b.plainLength = plainStart >= 0 ? int(text.size()) : 0;
    m_blocks.append(b);
}

void ReaderDocument::setSideMargin(qreal margin, Apply when)
{
    m_sideMargin = margin;
    if (when == Apply::NextRebuild)
        return;
    QTextFrame *root = m_document->rootFrame();
    QTextFrameFormat f = root->frameFormat();
    if (qFuzzyCompare(f.leftMargin() + 1, margin + 1) && qFuzzyCompare(f.rightMargin() + 1, margin + 1))
        return;
    f.setLeftMargin(margin);
    f.setRightMargin(margin);
    root->setFrameFormat(f);
}

// The whole document is replaced in ONE edit block, starting with clear():
// the layout then sees a single change "everything new" and, as for
// setPlainText(), lays out only the first part at once and the rest in idle
// steps (QTextDocumentLayout's lazy layout). Built block by block outside an
// edit block, every insertion would be laid out on the spot: a 5,000-word
// article would be shaped entirely before the view could paint its first
// page. Fonts and the root frame's margins are set inside the same block,
// before the text, so nothing asks for a second layout pass.
void ReaderDocument::rebuild()
{
    QTextDocument &doc = *m_document;
    m_blocks.clear();
    m_titleMirrorLength = 0;
    m_titleMirrorShift = 0;
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    doc.clear();
    fillDocument(cursor);
    cursor.endEditBlock();
}

void ReaderDocument::fillDocument(QTextCursor &cursor)
{
    QTextDocument &doc = *m_document;
    const ReaderColors colors = m_settings.colors();
    const QFont base = ReaderFonts::readingFont(m_settings.effectiveFontFamily(), m_settings.fontSize);
    doc.setDefaultFont(base);
    doc.setDocumentMargin(24);
    // clear() made a new root frame, without the side margins.
    QTextFrameFormat root = doc.rootFrame()->frameFormat();
    root.setLeftMargin(m_sideMargin);
    root.setRightMargin(m_sideMargin);
    doc.rootFrame()->setFrameFormat(root);
    if (!m_hasArticle)
        return;

    auto charFormat = [&](qreal scale, bool bold, const QColor &color) {
        QTextCharFormat f;
        QFont font = base;
        font.setPointSizeF(m_settings.fontSize * scale);
        font.setBold(bold);
        f.setFont(font);
        f.setForeground(color);
        return f;
    };
    auto blockFormat = [&](int lineHeight, qreal top, qreal bottom) {
        QTextBlockFormat f;
        f.setLineHeight(lineHeight, QTextBlockFormat::ProportionalHeight);
        f.setTopMargin(top);
        f.setBottomMargin(bottom);
        return f;
    };
    const qreal em = QFontMetricsF(base).height();
    const int spacing = m_settings.lineSpacing;
    const QTextCharFormat bodyFormat = charFormat(1.0, false, colors.text);
    const QTextBlockFormat bodyBlock = blockFormat(spacing, 0, em * 0.7);

    cursor.setPosition(0);
    const Article &a = m_article;
    int plain = 0; // where the next block of plainText() starts
    auto advance = [&plain](const QString &text) {
        const int start = plain;
        plain += int(text.size()) + 2; // blocks of plainText() are joined by a blank line
        return start;
    };

    // A title derived from the first sentence is not shown twice: that
    // sentence is the headline (its own text, so a highlight on it shows
    // there) and the first paragraph starts after it.
    const int lead = ArticleParser::repeatedLeadLength(a);
    const int titleStart = advance(a.title);
    const QTextCharFormat headlineFormat = charFormat(1.6, true, colors.text);
    const QTextBlockFormat headlineBlock = blockFormat(125, 0, em * 0.9);
    if (lead == 0)
        addBlock(cursor, Part::Title, 0, a.title, titleStart, headlineFormat, headlineBlock);
    const int firstParagraphStart =
        titleStart + int(a.title.size()) + 2 + (a.caption ? int(a.caption->text.size()) + 2 : 0);
    if (lead > 0) {
        const QString headline = ArticleParser::leadHeadline(a);
        m_titleMirrorLength = int(a.title.endsWith(QChar(0x2026)) ? a.title.size() - 1 : a.title.size());
        m_titleMirrorShift = firstParagraphStart - titleStart;
        // A sentence longer than a title would make a headline of four
        // lines: it is set as a lead, bold at a smaller size.
        const bool asLead = headline.size() > ArticleParser::maxTitleLength;
        addBlock(cursor, Part::Title, 0, headline, firstParagraphStart,
                 asLead ? charFormat(1.2, true, colors.text) : headlineFormat, headlineBlock);
    }
    if (!m_byline.isEmpty())
        addBlock(cursor, Part::Byline, 0, m_byline, -1, charFormat(0.9, false, colors.muted),
                 blockFormat(spacing, 0, em * 0.9));

    if (a.caption || !m_photo.isEmpty()) {
        QImage photo;
        if (!m_photo.isEmpty())
            photo = QImage::fromData(m_photo);
        const int width = m_settings.columnWidth - 48;
        if (photo.isNull())
            photo = placeholderPhoto(std::max(200, width), colors);
        doc.addResource(QTextDocument::ImageResource, photoUrl, photo);
        QTextBlockFormat photoBlock = blockFormat(100, em * 0.2, em * 0.3);
        photoBlock.setAlignment(Qt::AlignHCenter);
        cursor.insertBlock(photoBlock, bodyFormat);
        QTextImageFormat image;
        image.setName(photoUrl.toString());
        const qreal shown = std::min<qreal>(photo.width(), width);
        image.setWidth(shown);
        image.setHeight(photo.height() * shown / std::max(1, photo.width()));
        cursor.insertImage(image);
        m_blocks.append({Part::Photo, 0, cursor.block().blockNumber(), -1, 0});
    }
    if (a.caption) {
        addBlock(cursor, Part::Caption, 0, a.caption->text, advance(a.caption->text),
                 charFormat(0.9, false, colors.muted),
                 blockFormat(spacing, 0, a.caption->credit.isEmpty() ? em : 0));
        if (!a.caption->credit.isEmpty()) {
            addBlock(cursor, Part::Credit, 0, Caption::creditLabel(a.caption->credit), -1,
                     charFormat(0.8, false, colors.muted), blockFormat(spacing, 0, em));
        }
    }
    for (qsizetype i = 0; i < a.paragraphs.size(); ++i) {
        const QString &text = a.paragraphs.at(i);
        const int start = advance(text);
        if (i == 0 && lead > 0) {
            int skip = lead;
            while (skip < text.size() && text.at(skip).isSpace())
                ++skip;
            if (skip < text.size())
                addBlock(cursor, Part::Paragraph, 0, text.mid(skip), start + skip, bodyFormat, bodyBlock);
            continue;
        }
        addBlock(cursor, Part::Paragraph, int(i), text, start, bodyFormat, bodyBlock);
    }

    if (a.source) {
        const QString label = a.source->label.isEmpty() ? a.source->url : a.source->label;
        // The article's labels, as in its PDF and Markdown copies (ArticleLabels).
        const QString prefix = ArticleLabels::source() + QLatin1Char(' ');
        const QTextCharFormat prefixFormat = charFormat(0.9, false, colors.muted);
        addBlock(cursor, Part::Source, 0, prefix, -1, prefixFormat, blockFormat(spacing, em * 0.5, em));
        QTextCharFormat link = prefixFormat;
        if (!a.source->url.isEmpty()) {
            link.setAnchor(true);
            link.setAnchorHref(a.source->url);
            link.setForeground(colors.link);
            link.setFontUnderline(true);
            // Shown as it is, never as HTML (see ui/library/PlainToolTip.h,
            // which this folder may not include).
            link.setToolTip(QStringLiteral("<p style='white-space:pre-wrap'>") +
                            a.source->url.toHtmlEscaped() + QStringLiteral("</p>"));
        }
        // The format changes after the space, never inside a word.
        cursor.insertText(label, link);
    }

    // No heading over no comments (মন্তব্য (০)), as in the PDF and Markdown copies.
    if (a.comments && !a.comments->items.isEmpty()) {
        addBlock(cursor, Part::CommentsHeading, 0, ArticleLabels::comments(a.comments->declared), -1,
                 charFormat(1.1, true, colors.text), blockFormat(spacing, em, em * 0.5));
        for (qsizetype i = 0; i < a.comments->items.size(); ++i) {
            const Comment &c = a.comments->items.at(i);
            if (c.author) {
                const int start = advance(*c.author + QStringLiteral(": ") + c.text);
                addBlock(cursor, Part::CommentAuthor, int(i), *c.author, start,
                         charFormat(0.9, true, colors.muted), blockFormat(spacing, em * 0.4, 0));
                addBlock(cursor, Part::Comment, int(i), c.text, start + int(c.author->size()) + 2, bodyFormat,
                         blockFormat(spacing, 0, em * 0.4));
            } else {
                addBlock(cursor, Part::Comment, int(i), c.text, advance(c.text), bodyFormat,
                         blockFormat(spacing, em * 0.4, em * 0.4));
            }
        }
    }
}

int ReaderDocument::toDocumentPosition(int plainOffset) const
{
    if (plainOffset < 0 || plainOffset > m_plainText.size())
        return -1;
    if (plainOffset < m_titleMirrorLength)
        plainOffset += m_titleMirrorShift;
    // Blocks are not always in plainText() order (a headline taken from the
    // first paragraph comes before the caption), and some of plainText() is
    // not shown (the title it repeats): an offset in no block goes to the
    // start of the next block shown, or the end of the text.
    int next = -1;
    int nextStart = std::numeric_limits<int>::max();
    int last = -1;
    int lastEnd = -1;
    for (const Block &b : m_blocks) {
        if (b.plainStart < 0)
            continue;
        const int blockStart = m_document->findBlockByNumber(b.blockNumber).position();
        if (plainOffset >= b.plainStart && plainOffset <= b.plainStart + b.plainLength)
            return blockStart + plainOffset - b.plainStart;
        if (b.plainStart > plainOffset && b.plainStart < nextStart) {
            nextStart = b.plainStart;
            next = blockStart;
        }
        if (b.plainStart + b.plainLength > lastEnd) {
            lastEnd = b.plainStart + b.plainLength;
            last = blockStart + b.plainLength;
        }
    }
    return next >= 0 ? next : last;
}

int ReaderDocument::toPlainOffset(int documentPosition) const
{
    const QTextBlock block = m_document->findBlock(documentPosition);
    if (!block.isValid() || block.blockNumber() >= m_blocks.size())
        return -1;
    const Block &b = m_blocks.at(block.blockNumber());
    if (b.plainStart < 0)
        return -1;
    return b.plainStart + std::clamp(documentPosition - block.position(), 0, b.plainLength);
}

QList<QTextCursor> ReaderDocument::cursorsFor(int plainStart, int plainEnd) const
{
    QList<QTextCursor> cursors;
    if (plainStart < m_titleMirrorLength && plainEnd > plainStart) {
        const int end = std::min(plainEnd, m_titleMirrorLength);
        cursors += cursorsFor(plainStart + m_titleMirrorShift, end + m_titleMirrorShift);
    }
    for (const Block &b : m_blocks) {
        if (b.plainStart < 0)
            continue;
        const int s = std::max(plainStart, b.plainStart);
        const int e = std::min(plainEnd, b.plainStart + b.plainLength);
        if (s >= e)
            continue;
        const int blockStart = m_document->findBlockByNumber(b.blockNumber).position();
        QTextCursor c(m_document.get());
        c.setPosition(blockStart + s - b.plainStart);
        c.setPosition(blockStart + e - b.plainStart, QTextCursor::KeepAnchor);
        cursors.append(c);
    }
    return cursors;
}

} // namespace pathak::ui

namespace pathak::ui {

QList<ReaderDocument::ShapedRun> ReaderDocument::shapedRuns(const Block &block) const
{
    // The layout is lazy: make sure this block has been laid out.
    m_document->size();
    const QTextBlock b = m_document->findBlockByNumber(block.blockNumber);
    const QTextLayout *layout = b.layout();
    QList<ShapedRun> runs;
    if (!layout)
        return runs;
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        for (const QGlyphRun &run : line.glyphRuns()) {
            ShapedRun r;
            r.font = run.rawFont();
            r.glyphs = run.glyphIndexes();
            runs.append(r);
        }
    }
    return runs;
}

QString ReaderDocument::glyphString(const QList<ShapedRun> &runs)
{
    QStringList ids;
    for (const ShapedRun &r : runs) {
        for (quint32 g : r.glyphs)
            ids.append(QString::number(g));
    }
    return QLatin1Char('[') + ids.join(QLatin1Char('|')) + QLatin1Char(']');
}

} // namespace pathak::ui
