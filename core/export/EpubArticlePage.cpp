#include "export/EpubArticlePage.h"

#include "annotation/AnnotationPalette.h"
#include "article/ArticleLabels.h"
#include "article/ArticleParser.h"
#include "export/EpubXml.h"
#include "export/HighlightSpans.h"

#include <algorithm>

namespace pathak {

namespace {

struct Footnote
{
    int number = 0;
    QString text;
};

// The class a highlight's colour is painted by in the stylesheet: a named
// colour by name, any other (#rrggbb) by an inline style beside a generic class.
QString colourAttributes(const HighlightSpan &s, bool underline)
{
    const std::optional<AnnotationColor> named = Annotation::colorFromName(s.color);
    if (named)
        return QStringLiteral(" class=\"pathak-%1\"").arg(Annotation::colorName(*named));
    const QString hex = AnnotationPalette::hexOf(s.color);
    if (hex.isEmpty())
        return underline ? QStringLiteral(" class=\"pathak-underline\"") : QString();
    return underline
               ? QStringLiteral(" class=\"pathak-underline\" style=\"text-decoration-color: %1;\"").arg(hex)
               : QStringLiteral(" class=\"pathak-custom\" style=\"background-color: %1;\"").arg(hex);
}

QString noteReference(int n)
{
    return QStringLiteral("<a epub:type=\"noteref\" class=\"noteref\" id=\"ref-%1\" href=\"#note-%1\">%2</a>")
        .arg(n)
        .arg(ArticleLabels::number(n));
}

// One block of plainText() with its highlights: <mark> and the underline
// span around the highlighted runs, a note reference after each noted
// highlight's last character. plainStart is the block's UTF-16 offset.
QString markedBlock(const QString &text, int plainStart, const QList<HighlightSpan> &spans, int firstNote,
                    QList<Footnote> &footnotes)
{
    QString out;
    for (const HighlightPiece &p : HighlightSpans::pieces(text, plainStart, spans)) {
        QString piece = EpubXml::escape(text.mid(p.start, p.end - p.start));
        if (p.underline)
            piece = QStringLiteral("<span") + colourAttributes(*p.underline, true) + QLatin1Char('>') +
                    piece + QStringLiteral("</span>");
        if (p.marker)
            piece = QStringLiteral("<mark") + colourAttributes(*p.marker, false) + QLatin1Char('>') + piece +
                    QStringLiteral("</mark>");
        out += piece;
        for (const HighlightSpan *s : p.notesEnding) {
            const int n = firstNote + s->noteNumber - 1;
            out += noteReference(n);
            footnotes.append({n, s->note});
        }
    }
    return out;
}

QString page(const QString &title, const QString &body)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<!DOCTYPE html>\n"
               "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
               "lang=\"bn\" xml:lang=\"bn\">\n"
               "<head>\n<meta charset=\"UTF-8\"/>\n<title>%1</title>\n"
               "<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n"
               "<body>\n%2</body>\n</html>\n")
        .arg(title, body);
}

} // namespace

EpubArticlePage::Page EpubArticlePage::render(const ExportArticle &item, bool includeComments, int firstNote,
                                              const QString &imageHref)
{
    const Article &a = item.article;
    QList<HighlightSpan> spans = HighlightSpans::fromExport(a.plainText(), item.highlights);
    // A title derived from the first sentence is not printed twice (as in
    // the reader and the other exports): that sentence is the heading, and
    // the first paragraph goes on after it. A highlight on the title's words
    // marks the same words of the heading.
    const int lead = ArticleParser::repeatedLeadLength(a);
    const int firstParagraph = HighlightSpans::firstParagraphStart(a);
    HighlightSpans::moveTitleHighlightsToLead(spans, a);
    QList<Footnote> footnotes;
    QString body = QStringLiteral("<section class=\"article\" epub:type=\"chapter\">\n");
    int offset = 0; // UTF-16 offset in plainText(), advanced the way plainText() joins blocks
    auto plain = [&](const QString &text) {
        QString marked = markedBlock(text, offset, spans, firstNote, footnotes);
        offset += int(text.size()) + 2;
        return marked;
    };
    Page result;
    if (lead == 0) {
        result.heading = a.title;
        body += QStringLiteral("<h1>") + plain(a.title) + QStringLiteral("</h1>\n");
    } else {
        offset += int(a.title.size()) + 2;
        result.heading = ArticleParser::leadHeadline(a);
        body += QStringLiteral("<h1>") +
                markedBlock(result.heading, firstParagraph, spans, firstNote, footnotes) +
                QStringLiteral("</h1>\n");
    }
    if (!imageHref.isEmpty() || a.caption) {
        QString caption;
        if (a.caption) {
            const QString text = plain(a.caption->text);
            if (!text.isEmpty())
                caption += QStringLiteral("<span class=\"caption\">") + text + QStringLiteral("</span>");
            if (!a.caption->credit.isEmpty()) {
                if (!caption.isEmpty())
                    caption += QLatin1Char(' ');
                caption += QStringLiteral("<span class=\"credit\">") +
                           EpubXml::escape(Caption::creditLabel(a.caption->credit)) +
                           QStringLiteral("</span>");
            }
        }
        if (!imageHref.isEmpty()) {
            const QString alt = a.caption ? EpubXml::escape(a.caption->text) : QString();
            body +=
                QStringLiteral("<figure class=\"lead\">\n<img src=\"%1\" alt=\"%2\"/>\n").arg(imageHref, alt);
            if (!caption.isEmpty())
                body += QStringLiteral("<figcaption>") + caption + QStringLiteral("</figcaption>\n");
            body += QStringLiteral("</figure>\n");
        } else if (!caption.isEmpty()) {
            body += QStringLiteral("<p class=\"figure-caption\">") + caption + QStringLiteral("</p>\n");
        }
    }
    for (qsizetype i = 0; i < a.paragraphs.size(); ++i) {
        const QString &p = a.paragraphs.at(i);
        if (i == 0 && lead > 0) {
            int skip = lead;
            while (skip < p.size() && p.at(skip).isSpace())
                ++skip;
            if (skip < p.size())
                body += QStringLiteral("<p>") +
                        markedBlock(p.mid(skip), offset + skip, spans, firstNote, footnotes) +
                        QStringLiteral("</p>\n");
            offset += int(p.size()) + 2;
            continue;
        }
        body += QStringLiteral("<p>") + plain(p) + QStringLiteral("</p>\n");
    }
    if (a.source) {
        QString source = EpubXml::escape(a.source->label);
        const QString href = EpubXml::httpHref(a.source->url);
        if (!href.isEmpty())
            source = QStringLiteral("<a href=\"%1\">%2</a>").arg(href, source);
        else if (!a.source->url.isEmpty()) // shown, never linked
            source += QStringLiteral(" (") + EpubXml::escape(a.source->url) + QLatin1Char(')');
        body += QStringLiteral("<p class=\"source\">") + EpubXml::escape(ArticleLabels::source()) +
                QLatin1Char(' ') + source + QStringLiteral("</p>\n");
    }
    if (a.comments && includeComments && !a.comments->items.isEmpty()) {
        body += QStringLiteral("<section class=\"comments\">\n<h2>") +
                EpubXml::escape(ArticleLabels::comments(a.comments->declared)) +
                QStringLiteral("</h2>\n<ul>\n");
        for (const Comment &c : a.comments->items) {
            body += QStringLiteral("<li>");
            if (c.author) {
                // The author keeps its place in plainText() ("author: text"), so offsets still line up.
                const QString prefix = *c.author + QStringLiteral(": ");
                body += QStringLiteral("<b class=\"author\">") +
                        markedBlock(*c.author, offset, spans, firstNote, footnotes) +
                        QStringLiteral("</b>: ") +
                        markedBlock(c.text, offset + int(prefix.size()), spans, firstNote, footnotes);
                offset += int(prefix.size() + c.text.size()) + 2;
            } else {
                body += plain(c.text);
            }
            body += QStringLiteral("</li>\n");
        }
        body += QStringLiteral("</ul>\n</section>\n");
    }
    if (!footnotes.isEmpty()) {
        std::sort(footnotes.begin(), footnotes.end(),
                  [](const Footnote &x, const Footnote &y) { return x.number < y.number; });
        body += QStringLiteral("<section class=\"notes\">\n<h2>") + EpubXml::escape(ArticleLabels::notes()) +
                QStringLiteral("</h2>\n");
        for (const Footnote &f : std::as_const(footnotes)) {
            body += QStringLiteral("<aside epub:type=\"footnote\" class=\"footnote\" id=\"note-%1\">\n")
                        .arg(f.number);
            const QStringList lines = f.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (qsizetype i = 0; i < lines.size() || i == 0; ++i) {
                body += QStringLiteral("<p>");
                if (i == 0)
                    body += QStringLiteral("<a class=\"noteback\" href=\"#ref-%1\">%2</a> ")
                                .arg(f.number)
                                .arg(ArticleLabels::number(f.number));
                if (i < lines.size())
                    body += EpubXml::escape(lines.at(i));
                body += QStringLiteral("</p>\n");
            }
            body += QStringLiteral("</aside>\n");
        }
        body += QStringLiteral("</section>\n");
    }
    body += QStringLiteral("</section>\n");
    result.notes = int(
        std::count_if(spans.begin(), spans.end(), [](const HighlightSpan &s) { return s.noteNumber > 0; }));
    result.xhtml =
        page(EpubXml::escape(result.heading.isEmpty() ? QStringLiteral("পাঠক") : result.heading), body);
    return result;
}

} // namespace pathak
