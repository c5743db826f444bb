#include "annotation/AnnotationMarkdownTemplate.h"

#include "annotation/AnnotationPalette.h"
#include "text/MarkdownText.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace pathak {

namespace {

// The address as a link destination, or pathak://article/ID, which
// MarkdownText does not link (it links only web addresses); digits need no
// escaping.
QString destination(const AnnotatedArticle &article)
{
    const QString web = MarkdownText::linkDestination(article.sourceUrl);
    return web.isEmpty() ? QStringLiteral("<pathak://article/%1>").arg(article.articleId) : web;
}

// A line's leading block-quote markers ("> ", ">> "), which a value's later
// lines repeat; empty when the line starts with anything else.
QString quotePrefix(const QString &beforePlaceholder)
{
    for (QChar c : beforePlaceholder) {
        if (c != QLatin1Char('>') && c != QLatin1Char(' ') && c != QLatin1Char('\t'))
            return {};
    }
    return beforePlaceholder;
}

} // namespace

AnnotationMarkdownTemplate::AnnotationMarkdownTemplate(QString text) : m_text(std::move(text))
{
    m_text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

QString AnnotationMarkdownTemplate::defaultText()
{
    return QStringLiteral("> {{quote}}\n"
                          "\n"
                          "{{note}}\n"
                          "\n"
                          "*{{color}}, {{datetime}}* · {{link}}\n");
}

QString AnnotationMarkdownTemplate::markedQuote(const Annotation &a)
{
    const QString name = Annotation::colorName(a.color);
    const QString hex = AnnotationPalette::hex(a.color);
    const bool underline = AnnotationPalette::isUnderline(a.color);
    QStringList lines;
    for (const QString &line : a.exact.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            lines.append(QString());
            continue;
        }
        // The class names the colour for a stylesheet (an Obsidian CSS
        // snippet); the inline style shows it where there is none.
        const QString text = MarkdownText::escape(line, false);
        lines.append(
            underline ? QStringLiteral("<u class=\"pathak-%1\" style=\"text-decoration-color: %2;\">%3</u>")
                            .arg(name, hex, text)
                      : QStringLiteral("<mark class=\"pathak-%1\" style=\"background: %2;\">%3</mark>")
                            .arg(name, hex, text));
    }
    return lines.join(QLatin1Char('\n'));
}

QString AnnotationMarkdownTemplate::render(const AnnotatedArticle &article, const Annotation &a) const
{
    QStringList quoteLines;
    for (const QString &line : a.exact.split(QLatin1Char('\n')))
        quoteLines.append(line.trimmed().isEmpty() ? QString() : MarkdownText::escape(line, false));
    const QString title = MarkdownText::escape(article.title, false);
    const QHash<QString, QString> values{
        {QStringLiteral("quote"), markedQuote(a)},
        {QStringLiteral("text"), quoteLines.join(QLatin1Char('\n'))},
        {QStringLiteral("note"),
         a.note.trimmed().isEmpty() ? QString() : MarkdownText::escape(a.note.trimmed())},
        {QStringLiteral("color"), Annotation::colorName(a.color)},
        {QStringLiteral("colour"), Annotation::colorName(a.color)},
        {QStringLiteral("hex"), AnnotationPalette::hex(a.color)},
        {QStringLiteral("date"), a.created.toUTC().toString(QStringLiteral("yyyy-MM-dd"))},
        {QStringLiteral("datetime"), a.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("link"), QStringLiteral("[%1](%2)").arg(title, destination(article))},
        {QStringLiteral("url"), destination(article).mid(1).chopped(1)},
        {QStringLiteral("title"), title},
        {QStringLiteral("id"), QString::number(a.id)},
        {QStringLiteral("article"), QString::number(article.articleId)},
    };
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([A-Za-z]+)\\s*\\}\\}"));

    QStringList out;
    for (const QString &line : m_text.split(QLatin1Char('\n'))) {
        QString filled;
        qsizetype at = 0;
        bool hadPlaceholder = false;
        bool allEmpty = true;
        QRegularExpressionMatchIterator it = placeholder.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            filled += line.mid(at, m.capturedStart() - at);
            at = m.capturedEnd();
            const auto value = values.constFind(m.captured(1).toLower());
            if (value == values.constEnd()) {
                filled += m.captured(0); // unknown: left as typed
                allEmpty = false;
                continue;
            }
            hadPlaceholder = true;
            if (!value->isEmpty())
                allEmpty = false;
            // Later lines of the value carry the line's quote markers.
            const QString prefix = quotePrefix(line.left(m.capturedStart()));
            const QStringList valueLines = value->split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < valueLines.size(); ++i) {
                if (i > 0) {
                    filled += QLatin1Char('\n');
                    filled += valueLines.at(i).isEmpty() ? QString(prefix).trimmed() : prefix;
                }
                filled += valueLines.at(i);
            }
        }
        filled += line.mid(at);
        if (hadPlaceholder && allEmpty)
            continue; // nothing to show on it ("Note: " with no note, "> " with no quote)
        out.append(filled);
    }
    // One blank line at most in a row, none at the start or end.
    QStringList lines = out.join(QLatin1Char('\n')).split(QLatin1Char('\n'));
    QStringList kept;
    for (const QString &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty() && (kept.isEmpty() || kept.last().trimmed().isEmpty()))
            continue;
        kept.append(line);
    }
    while (!kept.isEmpty() && kept.last().trimmed().isEmpty())
        kept.removeLast();
    return kept.join(QLatin1Char('\n'));
}

} // namespace pathak
