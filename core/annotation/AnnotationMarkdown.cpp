#include "annotation/AnnotationMarkdown.h"

#include <QStringList>

namespace pathak {

QString AnnotationMarkdown::escape(const QString &text)
{
    // Inline markup anywhere; block markup (headings, lists, quotes) only
    // where a line starts. Hyphens and full stops inside Bengali text stay
    // as they are, so the Markdown reads well as plain text too.
    static const QString inlineMarkup = QStringLiteral("\\`*_[]<>|");
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (inlineMarkup.contains(c))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    if (!out.isEmpty() && QStringLiteral("#-+>=").contains(out.front()))
        out.prepend(QLatin1Char('\\'));
    qsizetype digits = 0;
    while (digits < out.size() && out.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < out.size() &&
        (out.at(digits) == QLatin1Char('.') || out.at(digits) == QLatin1Char(')')))
        out.insert(digits, QLatin1Char('\\'));
    return out;
}

QString AnnotationMarkdown::render(const QString &articleTitle, const QString &sourceUrl,
                                   const QList<Annotation> &annotations)
{
    QString md = QStringLiteral("# ") + escape(articleTitle) + QStringLiteral("\n\n");
    if (!sourceUrl.isEmpty())
        md += QStringLiteral("<%1>\n\n").arg(sourceUrl);
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
