#include "annotation/AnnotationMarkdown.h"

#include "text/MarkdownText.h"

#include <QStringList>

namespace pathak {

QString AnnotationMarkdown::escape(const QString &text)
{
    return MarkdownText::escape(text);
}

QString AnnotationMarkdown::render(const QString &articleTitle, const QString &sourceUrl,
                                   const QList<Annotation> &annotations)
{
    QString md = QStringLiteral("# ") + escape(articleTitle) + QStringLiteral("\n\n");
    // A link only to a web page; any other address is shown as text.
    if (const QString link = MarkdownText::linkDestination(sourceUrl); !link.isEmpty())
        md += link + QStringLiteral("\n\n");
    else if (!sourceUrl.isEmpty())
        md += escape(sourceUrl) + QStringLiteral("\n\n");
    md += annotations.size() == 1 ? QStringLiteral("1 annotation\n")
                                  : QStringLiteral("%1 annotations\n").arg(annotations.size());
    for (const Annotation &a : annotations) {
        md += QLatin1Char('\n');
        // The passage may span paragraphs: quote each of them.
        const QStringList lines = a.exact.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            md += line.isEmpty() ? QStringLiteral(">\n")
                                 : QStringLiteral("> ") + escape(line) + QLatin1Char('\n');
        md += QLatin1Char('\n');
        if (!a.note.isEmpty()) {
            for (const QString &line : a.note.split(QLatin1Char('\n')))
                md += escape(line) + QLatin1Char('\n');
            md += QLatin1Char('\n');
        }
        QString meta = QStringLiteral("*%1, %2*")
                           .arg(Annotation::colorName(a.color), a.created.toUTC().toString(Qt::ISODate));
        if (a.orphaned)
            meta += QStringLiteral(" — *passage not found in the current text*");
        md += meta + QLatin1Char('\n');
    }
    return md;
}

} // namespace pathak
