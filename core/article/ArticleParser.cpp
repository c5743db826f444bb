#include "article/ArticleParser.h"

#include "text/BengaliText.h"
#include "text/TextDecoder.h"

#include <QRegularExpression>
#include <QUrl>

namespace pathak {

namespace {

const QString kBengaliSource = QStringLiteral("সূত্র:");
const QString kEnglishSource = QStringLiteral("Source:");

// `(ছবি: X)` or `(Photo: X)` at the very end of a caption.
const QRegularExpression &creditPattern()
{
    static const QRegularExpression re(QStringLiteral("\\((?:ছবি|photo)\\s*:\\s*([^()]*?)\\s*\\)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A whole line `[বিজ্ঞাপন_N]`, N in any decimal digits.
const QRegularExpression &adPattern()
{
    static const QRegularExpression re(QStringLiteral("^\\[(বিজ্ঞাপন_(\\d+))\\]$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &commentsHeaderPattern()
{
    static const QRegularExpression re(QStringLiteral("^(?:মন্তব্য|Comments)\\s*\\((\\d+)\\)$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(QStringLiteral("https?://\\S+"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

Caption captionOf(QString text)
{
    Caption caption;
    text = text.trimmed();
    const QRegularExpressionMatch m = creditPattern().match(text);
    if (m.hasMatch()) {
        caption.credit = m.captured(1).trimmed();
        text.truncate(m.capturedStart());
    }
    caption.text = text.trimmed();
    return caption;
}

Source parseSource(const QString &line, qsizetype prefixLength)
{
    const QString rest = line.mid(prefixLength).trimmed();
    Source source;
    const QRegularExpressionMatch m = urlPattern().match(rest);
    if (!m.hasMatch()) {
        source.label = rest;
        return source;
    }
    source.url = m.captured(0);
    QString label = rest;
    label.remove(m.capturedStart(), m.capturedLength());
    source.label = BengaliText::collapseSpaces(label);
    // Separators left around the link, as in "Label - https://…", say nothing.
    while (!source.label.isEmpty() && QStringLiteral("-–—|,:").contains(source.label.back()))
        source.label = source.label.chopped(1).trimmed();
    if (source.label.isEmpty())
        source.label = QUrl(source.url).host();
    return source;
}

Comment parseComment(const QString &line)
{
    Comment comment;
    const qsizetype colon = line.indexOf(QStringLiteral(": "));
    if (colon > 0) {
        const QString author = line.left(colon).trimmed();
        const bool plausibleAuthor = !author.isEmpty() && author.size() <= 60 &&
                                     !author.contains(QChar(0x0964)) && !author.contains(QLatin1Char('?')) &&
                                     !author.contains(QLatin1Char('!'));
        if (plausibleAuthor) {
            comment.author = author;
            comment.text = line.mid(colon + 2).trimmed();
            return comment;
        }
    }
    comment.text = line;
    return comment;
}

} // namespace

Result<Article> ArticleParser::parse(const QByteArray &bytes)
{
    Result<QString> text = TextDecoder::decodeUtf8(bytes);
    if (!text)
        return Result<Article>::failure(text.error());
    return parseText(text.value());
}

Result<Article> ArticleParser::parseText(const QString &rawText)
{
    QString text = rawText;
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    // A leading BOM, and any U+FEFF later on: files joined end to end carry
    // their BOMs inside, and Qt's JSON reader drops the character, so
    // keeping it would make `parse --json` lose text (found by fuzzing).
    if (text.contains(QChar(0xFEFF)))
        text.remove(QChar(0xFEFF));
    text = BengaliText::toNfc(text);

    Article article;
    bool firstLine = true;
    bool inComments = false;
    for (QStringView rawLine : QStringView(text).split(QLatin1Char('\n'))) {
        const QString line = BengaliText::collapseSpaces(rawLine.toString());
        if (line.isEmpty())
            continue;
        const bool isFirst = firstLine;
        firstLine = false;

        if (inComments) {
            article.comments->items.append(parseComment(line));
            continue;
        }
        if (isFirst && line.endsWith(QLatin1Char('|'))) {
            article.caption = captionOf(line.chopped(1));
            continue;
        }
        // Cheap tests first: the regular expressions run only on lines that could match.
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            const QRegularExpressionMatch ad = adPattern().match(line);
            if (const std::optional<int> n =
                    ad.hasMatch() ? BengaliText::parseDigits(ad.captured(2)) : std::nullopt) {
                article.ads.append(AdMarker{ad.captured(1), *n, int(article.paragraphs.size())});
                continue;
            }
        }
        if (!article.source) {
            if (line.startsWith(kBengaliSource)) {
                article.source = parseSource(line, kBengaliSource.size());
                continue;
            }
            if (line.startsWith(kEnglishSource, Qt::CaseInsensitive)) {
                article.source = parseSource(line, kEnglishSource.size());
                continue;
            }
        }
        if (line.endsWith(QLatin1Char(')')) && line.size() < 32) {
            const QRegularExpressionMatch header = commentsHeaderPattern().match(line);
            if (const std::optional<int> n =
                    header.hasMatch() ? BengaliText::parseDigits(header.captured(1)) : std::nullopt) {
                article.comments = CommentSection{*n, {}};
                inComments = true;
                continue;
            }
        }
        article.paragraphs.append(line);
    }

    if (firstLine)
        return Result<Article>::failure(QStringLiteral("no text (empty or whitespace-only file)"));
    if (article.paragraphs.isEmpty())
        return Result<Article>::failure(QStringLiteral("no body paragraphs"));
    article.title = deriveTitle(article.paragraphs);
    return article;
}

Caption ArticleParser::parseCaption(const QString &text)
{
    return captionOf(text);
}

QString ArticleParser::deriveTitle(const QStringList &paragraphs)
{
    if (paragraphs.isEmpty())
        return {};
    QString sentence = BengaliText::firstSentence(paragraphs.first());
    if (sentence.isEmpty())
        sentence = paragraphs.first();
    // A headline reads better without the full stop (। or .) that ends the sentence.
    while (sentence.size() > 1 && (sentence.back() == QChar(0x0964) || sentence.back() == QLatin1Char('.')))
        sentence = sentence.chopped(1).trimmed();
    if (sentence.size() <= maxTitleLength)
        return sentence;
    // A clause reads better than a sentence cut mid-way: the last comma,
    // semicolon, colon or dash in the latter part of the allowed length
    // ends the title, if there is one; else the last word that fits.
    const int earliest = maxTitleLength * 2 / 3;
    for (int i = maxTitleLength - 1; i >= earliest; --i) {
        const QChar c = sentence.at(i);
        if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QChar(0x2014) ||
            c == QChar(0x2013)) {
            const QString clause = sentence.left(i).trimmed();
            if (!clause.isEmpty())
                return clause + QChar(0x2026);
        }
    }
    return BengaliText::cutAtWordBoundary(sentence, maxTitleLength);
}

int ArticleParser::repeatedLeadLength(const Article &article)
{
    if (article.paragraphs.isEmpty() || article.title.isEmpty() ||
        article.title != deriveTitle(article.paragraphs))
        return 0;
    const QString &first = article.paragraphs.first();
    const QString sentence = BengaliText::firstSentence(first);
    if (sentence.isEmpty() || sentence.size() > maxLeadSentence || !first.startsWith(sentence))
        return 0;
    return int(sentence.size());
}

QString ArticleParser::leadHeadline(const Article &article)
{
    const int lead = repeatedLeadLength(article);
    if (lead == 0)
        return {};
    QString headline = article.paragraphs.first().left(lead).trimmed();
    // A sentence longer than a title is shown as a lead, a sentence that
    // keeps its full stop; a short one is a headline, which has none.
    if (headline.size() > maxTitleLength)
        return headline;
    while (headline.size() > 1 && (headline.back() == QChar(0x0964) || headline.back() == QLatin1Char('.') ||
                                   headline.back().isSpace()))
        headline.chop(1);
    return headline;
}

} // namespace pathak
