#include "annotation/AnnotationMarkdown.h"

#include "text/MarkdownText.h"

#include <QStringList>

namespace pathak {

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// A published date as YAML reads a date: a day (2025-02-13) or a moment in
// UTC; anything else the page gave stays a quoted string.
QString yamlDate(const QString &iso)
{
    QString t = iso.trimmed();
    if (t.size() == 10 && QDate::fromString(t, Qt::ISODate).isValid())
        return t;
    if (const QDateTime d = QDateTime::fromString(t, Qt::ISODate); d.isValid())
        return isoUtc(d);
    return AnnotationMarkdown::yamlString(t);
}

// The same for the facts list of the library note.
QString shownDate(const QString &iso)
{
    const QString y = yamlDate(iso);
    return y.startsWith(QLatin1Char('"')) ? MarkdownText::escape(iso.trimmed(), false) : y;
}

QString yamlList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(AnnotationMarkdown::yamlString(item));
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString annotationsOf(const AnnotatedArticle &article, const AnnotationMarkdownTemplate &format)
{
    QStringList blocks;
    for (const Annotation &a : article.annotations)
        blocks.append(format.render(article, a));
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace

QString AnnotationMarkdown::escape(const QString &text)
{
    return MarkdownText::escape(text);
}

QString AnnotationMarkdown::yamlString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case 0x85:
            out += QStringLiteral("\\N");
            break;
        case 0x2028:
            out += QStringLiteral("\\L");
            break;
        case 0x2029:
            out += QStringLiteral("\\P");
            break;
        default:
            // Other control characters are not allowed in YAML even quoted.
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0) ||
                c.unicode() == 0xfeff)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString AnnotationMarkdown::document(const AnnotatedArticle &article,
                                     const AnnotationMarkdownTemplate &format)
{
    QString md = QStringLiteral("---\n");
    md += QStringLiteral("title: ") + yamlString(article.title) + QLatin1Char('\n');
    if (!article.sourceUrl.isEmpty())
        md += QStringLiteral("source: ") + yamlString(article.sourceUrl) + QLatin1Char('\n');
    if (!article.author.isEmpty())
        md += QStringLiteral("author: ") + yamlString(article.author) + QLatin1Char('\n');
    if (!article.published.trimmed().isEmpty())
        md += QStringLiteral("published: ") + yamlDate(article.published) + QLatin1Char('\n');
    if (article.savedAt.isValid())
        md += QStringLiteral("saved: ") + isoUtc(article.savedAt) + QLatin1Char('\n');
    if (!article.tags.isEmpty())
        md += QStringLiteral("tags: ") + yamlList(article.tags) + QLatin1Char('\n');
    md += QStringLiteral("pathak: ") +
          yamlString(QStringLiteral("pathak://article/%1").arg(article.articleId)) + QLatin1Char('\n');
    md += QStringLiteral("annotations: %1\n").arg(article.annotations.size());
    md += QStringLiteral("---\n\n");
    md += QStringLiteral("# ") + escape(article.title) + QLatin1Char('\n');
    if (!article.annotations.isEmpty())
        md += QLatin1Char('\n') + annotationsOf(article, format) + QLatin1Char('\n');
    return md;
}

QString AnnotationMarkdown::library(const QList<AnnotatedArticle> &articles, const QDateTime &exportedAt,
                                    const AnnotationMarkdownTemplate &format)
{
    qsizetype total = 0;
    for (const AnnotatedArticle &a : articles)
        total += a.annotations.size();
    QString md = QStringLiteral("---\n");
    md += QStringLiteral("title: ") + yamlString(QStringLiteral("Pathak annotations")) + QLatin1Char('\n');
    md += QStringLiteral("exported: ") + isoUtc(exportedAt) + QLatin1Char('\n');
    md += QStringLiteral("articles: %1\n").arg(articles.size());
    md += QStringLiteral("annotations: %1\n").arg(total);
    md += QStringLiteral("---\n\n# Pathak annotations\n");
    for (const AnnotatedArticle &article : articles) {
        md += QStringLiteral("\n## ") + escape(article.title) + QStringLiteral("\n\n");
        QStringList facts;
        if (const QString link = MarkdownText::linkDestination(article.sourceUrl); !link.isEmpty())
            facts.append(QStringLiteral("- source: ") + link);
        else if (!article.sourceUrl.isEmpty())
            facts.append(QStringLiteral("- source: ") + MarkdownText::escape(article.sourceUrl, false));
        if (!article.author.isEmpty())
            facts.append(QStringLiteral("- author: ") + MarkdownText::escape(article.author, false));
        if (!article.published.trimmed().isEmpty())
            facts.append(QStringLiteral("- published: ") + shownDate(article.published));
        if (article.savedAt.isValid())
            facts.append(QStringLiteral("- saved: ") + isoUtc(article.savedAt));
        if (!article.tags.isEmpty()) {
            QStringList tags;
            for (const QString &t : article.tags)
                tags.append(MarkdownText::escape(t, false));
            facts.append(QStringLiteral("- tags: ") + tags.join(QStringLiteral(", ")));
        }
        facts.append(QStringLiteral("- pathak: <pathak://article/%1>").arg(article.articleId));
        md += facts.join(QLatin1Char('\n')) + QLatin1Char('\n');
        if (!article.annotations.isEmpty())
            md += QLatin1Char('\n') + annotationsOf(article, format) + QLatin1Char('\n');
    }
    return md;
}

} // namespace pathak
