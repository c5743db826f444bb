#pragma once

#include "article/Article.h"
#include "ui/reader/ReaderSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRawFont>
#include <QString>
#include <QTextCursor>

#include <memory>

class QTextDocument;

namespace pathak::ui {

// The reading view's text: one QTextDocument laid out from an Article,
// and the map between it and Article::plainText().
//
// Every block the document holds is recorded with the part of the article
// it shows (caption, paragraph i, comment i, …) and, when that text is part
// of plainText(), its character range there. Offsets are QString (UTF-16)
// indexes into plainText(); annotations and search hits are stored in those
// terms, and toDocumentPosition()/cursorsFor() bring them into the document.
//
// Each block has ONE character format: a format boundary inside a conjunct
// breaks its shaping (docs/BENGALI-TEXT.md), so nothing here ever splits a block's
// text into differently formatted ranges except at a plain space.
class ReaderDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReaderDocument)
public:
    enum class Part {
        Title,
        Photo,
        Caption,
        Credit,
        Paragraph,
        CommentsHeading,
        CommentAuthor,
        Comment,
        Source,
        Byline // who wrote it and when it was published, under the headline
    };

    struct Block
    {
        Part part = Part::Paragraph;
        int index = 0;       // paragraph or comment number; 0 for single parts
        int blockNumber = 0; // QTextBlock::blockNumber() in document()
        int plainStart = -1; // -1: the block shows text that is not in plainText()
        int plainLength = 0;
    };

    ReaderDocument();
    ~ReaderDocument();
    ReaderDocument(const ReaderDocument &) = delete;
    ReaderDocument &operator=(const ReaderDocument &) = delete;

    // photo: the image bytes LibraryStore::image() returned, or empty.
    // byline: the author and the publication date, as shown under the
    // headline (not part of plainText()); empty shows none.
    void setArticle(const Article &article, const QByteArray &photo = {}, const QString &byline = {});
    void clear();
    // Rebuilds the document in the new look; block numbers and ranges stay.
    void setSettings(const ReaderSettings &settings);
    const ReaderSettings &settings() const { return m_settings; }
    // The left and right margins of the text column (the view centres it).
    // Kept across rebuilds. NextRebuild only records them for the rebuild
    // that follows (setArticle, setSettings): changing the margins of the
    // document about to be replaced would lay it out again for nothing.
    enum class Apply { Now, NextRebuild };
    void setSideMargin(qreal margin, Apply when = Apply::Now);
    qreal sideMargin() const { return m_sideMargin; }

    QTextDocument *document() const { return m_document.get(); }
    bool hasArticle() const { return m_hasArticle; }
    const Article &article() const { return m_article; }
    const QString &plainText() const { return m_plainText; }
    const QList<Block> &blocks() const { return m_blocks; }

    // The document position of a plainText() offset. An offset between two
    // blocks (in the blank line, or the ": " after a comment's author) maps to
    // the start of the next block shown; -1 when beyond the text.
    int toDocumentPosition(int plainOffset) const;
    // The plainText() offset of a document position, or -1 when the position
    // is in text that is not part of plainText() (photo, credit, source…).
    int toPlainOffset(int documentPosition) const;
    // The range [start, end) of plainText() as one selection cursor per block
    // it touches, so a highlight never paints the gaps between blocks.
    QList<QTextCursor> cursorsFor(int plainStart, int plainEnd) const;

    // The glyphs one block was shaped into, as laid out now: its lines in
    // order, each line's glyph runs in visual order (font fallback splits a
    // line into one run per font). What `pathak shaping` prints. A space
    // where a line wraps is shaped but not drawn: it has no glyph here.
    struct ShapedRun
    {
        QRawFont font;
        QList<quint32> glyphs;
    };
    QList<ShapedRun> shapedRuns(const Block &block) const;
    // All glyph ids of a block, as hb-shape prints them: [g1|g2|…].
    static QString glyphString(const QList<ShapedRun> &runs);

    static QString partName(Part part);

private:
    void rebuild();
    void fillDocument(QTextCursor &cursor);
    void addBlock(QTextCursor &cursor, Part part, int index, const QString &text, int plainStart,
                  const QTextCharFormat &format, const QTextBlockFormat &blockFormat);

    std::unique_ptr<QTextDocument> m_document;
    ReaderSettings m_settings;
    Article m_article;
    QByteArray m_photo;
    QString m_byline;
    QString m_plainText;
    QList<Block> m_blocks;
    // A derived title is not shown; its words are the headline's first
    // words. Offsets in [0, m_titleMirrorLength) (a highlight or a search
    // hit found in the title) are shown m_titleMirrorShift further on.
    int m_titleMirrorLength = 0;
    int m_titleMirrorShift = 0;
    bool m_hasArticle = false;
    qreal m_sideMargin = 0; // the view sets it; a document on its own has none
};

} // namespace pathak::ui
