#include "export/MarkdownExporter.h"

#include "annotation/AnnotationPalette.h"
#include "article/ArticleLabels.h"
#include "article/ArticleParser.h"
#include "base/SafeFileWriter.h"
#include "export/HighlightSpans.h"
#include "text/MarkdownText.h"

#include <algorithm>

namespace pathak {

namespace {

struct Footnote
{
    int number = 0;
    QString text;
};

// The opening tag of a highlight in its colour: <mark> with the marker's
// colour as an inline style (Obsidian and other renderers that allow
// styles show it; the class names it for a stylesheet), <u> with the line's
// colour for the underline style.
QString colouredTag(const QString &tag, const HighlightSpan &s)
{
    const QString hex = AnnotationPalette::hexOf(s.color);
    if (hex.isEmpty())
        return QLatin1Char('<') + tag + QLatin1Char('>');
    const std::optional<AnnotationColor> named = Annotation::colorFromName(s.color);
    const QString cls =
        named ? QStringLiteral(" class=\"pathak-%1\"").arg(Annotation::colorName(*named)) : QString();
    const QString style = tag == QLatin1String("u") ? QStringLiteral("text-decoration-color: ")
                                                    : QStringLiteral("background: ");
    return QStringLiteral("<%1%2 style=\"%3%4;\">").arg(tag, cls, style, hex);
}

// One block of plainText() with its highlights: <mark> around the
// highlighted runs, a footnote reference after each noted highlight.
QString markedBlock(const QString &text, int plainStart, const QList<HighlightSpan> &spans, int firstNote,
                    QList<Footnote> &footnotes)
{
    QString out;
    for (const HighlightPiece &p : HighlightSpans::pieces(text, plainStart, spans)) {
        QString piece = MarkdownExporter::escape(text.mid(p.start, p.end - p.start), p.start == 0);
        if (p.underline)
            piece = colouredTag(QStringLiteral("u"), *p.underline) + piece + QStringLiteral("</u>");
        if (p.marker)
            piece = colouredTag(QStringLiteral("mark"), *p.marker) + piece + QStringLiteral("</mark>");
        out += piece;
        for (const HighlightSpan *s : p.notesEnding) {
            const int n = firstNote + s->noteNumber - 1;
            out += QStringLiteral("[^%1]").arg(n);
            footnotes.append({n, s->note});
        }
    }
    return out;
}

} // namespace

QString MarkdownExporter::escape(const QString &text, bool atBlockStart)
{
    return MarkdownText::escape(text, atBlockStart);
}

QString MarkdownExporter::toMarkdown(const QList<ExportArticle> &articles, bool includeComments)
{
    QStringList parts;
    int nextNote = 1;
    for (const ExportArticle &item : articles) {
        const Article &a = item.article;
        QList<HighlightSpan> spans = HighlightSpans::fromExport(a.plainText(), item.highlights);
        // A title derived from the first sentence is not printed twice (as
        // in the reader): that sentence is the heading, and the first
        // paragraph goes on after it. A highlight on the title's words
        // (where a quote is found first) marks the same words of the heading.
        const int lead = ArticleParser::repeatedLeadLength(a);
        const int firstParagraph = HighlightSpans::firstParagraphStart(a);
        HighlightSpans::moveTitleHighlightsToLead(spans, a);
        QList<Footnote> footnotes;
        QStringList blocks;
        int offset = 0; // UTF-16 offset in plainText(), advanced the way plainText() joins blocks
        auto plain = [&](const QString &text) {
            QString md = markedBlock(text, offset, spans, nextNote, footnotes);
            offset += int(text.size()) + 2;
            return md;
        };
        if (lead == 0) {
            blocks.append(QStringLiteral("# ") + plain(a.title));
        } else {
            offset += int(a.title.size()) + 2;
            blocks.append(QStringLiteral("# ") + markedBlock(ArticleParser::leadHeadline(a), firstParagraph,
                                                             spans, nextNote, footnotes));
        }
        if (a.caption) {
            QString caption = plain(a.caption->text);
            if (!caption.isEmpty())
                caption = QLatin1Char('*') + caption + QLatin1Char('*');
            if (!a.caption->credit.isEmpty())
                caption +=
                    QStringLiteral(" (") + Caption::creditLabel(escape(a.caption->credit)) + QLatin1Char(')');
            blocks.append(caption.trimmed());
        }
        for (qsizetype i = 0; i < a.paragraphs.size(); ++i) {
            const QString &p = a.paragraphs.at(i);
            if (i == 0 && lead > 0) {
                int skip = lead;
                while (skip < p.size() && p.at(skip).isSpace())
                    ++skip;
                if (skip < p.size())
                    blocks.append(markedBlock(p.mid(skip), offset + skip, spans, nextNote, footnotes));
                offset += int(p.size()) + 2;
                continue;
            }
            blocks.append(plain(p));
        }
        if (a.source) {
            const QString label = escape(a.source->label, false);
            const QString destination = MarkdownText::linkDestination(a.source->url);
            QString source = label;
            if (!destination.isEmpty())
                source = QStringLiteral("[%1](%2)").arg(label, destination);
            else if (!a.source->url.isEmpty()) // shown, never linked
                source += QStringLiteral(" (") + escape(a.source->url, false) + QLatin1Char(')');
            blocks.append(ArticleLabels::source() + QLatin1Char(' ') + source);
        }
        if (a.comments && includeComments && !a.comments->items.isEmpty()) {
            blocks.append(QStringLiteral("## ") + ArticleLabels::comments(a.comments->declared));
            for (const Comment &c : a.comments->items) {
                if (c.author) {
                    // The author keeps its place in plainText() ("author: text") so offsets still line up.
                    const QString line = *c.author + QStringLiteral(": ") + c.text;
                    const QString md = plain(line);
                    const QString author = escape(*c.author);
                    blocks.append(md.startsWith(author)
                                      ? QString(QStringLiteral("- **") + author + QStringLiteral("**") +
                                                md.mid(author.size()))
                                      : QString(QStringLiteral("- ") + md));
                } else {
                    blocks.append(QStringLiteral("- ") + plain(c.text));
                }
            }
        }
        std::sort(footnotes.begin(), footnotes.end(),
                  [](const Footnote &x, const Footnote &y) { return x.number < y.number; });
        for (const Footnote &f : std::as_const(footnotes))
            blocks.append(QStringLiteral("[^%1]: %2").arg(f.number).arg(escape(f.text)));
        nextNote += int(std::count_if(spans.begin(), spans.end(),
                                      [](const HighlightSpan &s) { return s.noteNumber > 0; }));
        parts.append(blocks.join(QStringLiteral("\n\n")));
    }
    return parts.join(QStringLiteral("\n\n---\n\n")) + QLatin1Char('\n');
}

Status MarkdownExporter::writeFile(const QList<ExportArticle> &articles, bool includeComments,
                                   const QString &path)
{
    if (articles.isEmpty())
        return Status::failure(QStringLiteral("nothing to export"));
    return SafeFileWriter::write(path, toMarkdown(articles, includeComments).toUtf8());
}

} // namespace pathak
