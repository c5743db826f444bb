#include "archive/ArticleTextWriter.h"

#include "article/ArticleParser.h"

#include <QStringList>

namespace pathak {

namespace {

void appendAdsAt(QStringList &lines, const QList<AdMarker> &ads, int afterParagraph)
{
    for (const AdMarker &ad : ads) {
        if (ad.afterParagraph == afterParagraph)
            lines.append(QLatin1Char('[') + ad.label + QLatin1Char(']'));
    }
}

} // namespace

QString ArticleTextWriter::write(const Article &article)
{
    QStringList lines;
    if (article.caption) {
        QString caption = article.caption->text;
        if (!article.caption->credit.isEmpty())
            caption += QStringLiteral(" (ছবি: ") + article.caption->credit + QLatin1Char(')');
        lines.append(caption + QLatin1Char('|'));
    }
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        appendAdsAt(lines, article.ads, int(i));
        lines.append(article.paragraphs.at(i));
    }
    appendAdsAt(lines, article.ads, int(article.paragraphs.size()));
    if (article.source) {
        QString line = QStringLiteral("সূত্র: ") + article.source->label;
        if (!article.source->url.isEmpty())
            line += QLatin1Char(' ') + article.source->url;
        lines.append(line);
    }
    if (article.comments) {
        lines.append(QStringLiteral("মন্তব্য (%1)").arg(article.comments->declared));
        for (const Comment &c : article.comments->items)
            lines.append(c.author ? *c.author + QStringLiteral(": ") + c.text : c.text);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool ArticleTextWriter::roundTrips(const Article &article, const QString &text)
{
    Result<Article> parsed = ArticleParser::parseText(text);
    if (!parsed)
        return false;
    Article back = parsed.value();
    back.title = article.title;
    return back == article;
}

} // namespace pathak
