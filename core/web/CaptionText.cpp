#include "web/CaptionText.h"

#include "article/ArticleParser.h"
#include "web/WebText.h"

#include <QRegularExpression>

namespace pathak {

namespace {

constexpr auto kOptions =
    QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

// "ছবি: X", "ছবি : X", "Photo: X", "ছবির উৎস, X", "ছবি - X" at the end, after
// the caption's own text and maybe a '|' or ','.
const QRegularExpression &trailingCredit()
{
    static const QRegularExpression re(
        QStringLiteral(
            "(?:^|(?<=[\\s|,।.]))(?:ছবি|ছবির উৎস|ছবিসূত্র|ফটো|photo|photograph|image)\\s*[:,\\-–]\\s*"
            "([^:|]{1,80}?)\\s*[।.]?$"),
        kOptions);
    return re;
}

// "— নিজস্ব চিত্র।", "—ফাইল চিত্র", "—পিটিআই" after a sentence that ends.
const QRegularExpression &dashCredit()
{
    static const QRegularExpression re(
        QStringLiteral("(?:(?<=[।.!?])|(?<=[।.!?]\\s))\\s*[—–]\\s*([^—–।.]{1,40})[।.]?$"), kOptions);
    return re;
}

const QRegularExpression &creditLabel()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^[\\s|(—–,:]*(?:ছবি|ছবির উৎস|ছবিসূত্র|ফটো|photo|photograph|image|credit)\\s*[:,\\-–]\\s*"),
        kOptions);
    return re;
}

QString trimSeparators(QString s)
{
    s = s.trimmed();
    // "… কর্মীরা ।": a space before the final danda is a slip of the keyboard.
    if (s.endsWith(QStringLiteral(" \u0964")))
        s.remove(s.size() - 2, 1);
    while (!s.isEmpty() && (s.back() == QLatin1Char('|') || s.back() == QLatin1Char(',') ||
                            s.back() == QChar(0x2014) || s.back() == QChar(0x2013)))
        s = s.chopped(1).trimmed();
    return s;
}

} // namespace

Caption CaptionText::split(const QString &text)
{
    const QString t = WebText::normalise(text);
    Caption caption = ArticleParser::parseCaption(t);
    if (!caption.credit.isEmpty())
        return caption;
    if (const QRegularExpressionMatch m = trailingCredit().match(t); m.hasMatch()) {
        caption.credit = m.captured(1).trimmed();
        caption.text = trimSeparators(t.left(m.capturedStart()));
        // The whole caption was a credit line.
        if (caption.text.isEmpty() && m.capturedStart() == 0)
            caption.text.clear();
        return caption;
    }
    if (const QRegularExpressionMatch m = dashCredit().match(t); m.hasMatch()) {
        caption.credit = m.captured(1).trimmed();
        caption.text = trimSeparators(t.left(m.capturedStart()));
        return caption;
    }
    caption.text = trimSeparators(t);
    return caption;
}

QString CaptionText::creditOf(const QString &text)
{
    QString t = WebText::normalise(text);
    t.remove(creditLabel());
    t = t.trimmed();
    if (t.endsWith(QLatin1Char(')')) && !t.contains(QLatin1Char('(')))
        t.chop(1);
    while (t.endsWith(QChar(0x0964)) || t.endsWith(QLatin1Char('.')))
        t.chop(1);
    if (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1Char(')')))
        t = t.mid(1, t.size() - 2);
    return trimSeparators(t);
}

} // namespace pathak
