#include "text/MarkdownText.h"

#include <QStringList>
#include <QUrl>

namespace pathak {

namespace {

bool isInlineMarkup(QChar c)
{
    switch (c.unicode()) {
    case u'\\':
    case u'`':
    case u'*':
    case u'_':
    case u'[':
    case u']':
    case u'<':
    case u'>':
    case u'|':
    case u'&': // an entity (&lt;) would be decoded
    case u'~': // strikethrough, and a code fence at a line start
        return true;
    default:
        return false;
    }
}

QString escapeLine(const QString &line, bool atLineStart)
{
    QString out;
    out.reserve(line.size() + 8);
    for (QChar c : line) {
        if (isInlineMarkup(c))
            out += QLatin1Char('\\');
        out += c;
    }
    if (!atLineStart)
        return out;
    // Up to three spaces may come before a block marker.
    qsizetype at = 0;
    while (at < out.size() && (out.at(at) == QLatin1Char(' ') || out.at(at) == QLatin1Char('\t')))
        ++at;
    if (at < out.size() && QStringLiteral("#-+=").contains(out.at(at))) {
        out.insert(at, QLatin1Char('\\'));
        return out;
    }
    qsizetype digits = at;
    while (digits < out.size() && out.at(digits) >= QLatin1Char('0') && out.at(digits) <= QLatin1Char('9'))
        ++digits;
    if (digits > at && digits < out.size() &&
        (out.at(digits) == QLatin1Char('.') || out.at(digits) == QLatin1Char(')')))
        out.insert(digits, QLatin1Char('\\'));
    return out;
}

} // namespace

QString MarkdownText::escape(const QString &text, bool atBlockStart)
{
    QString flat = text;
    flat.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    flat.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    flat.replace(QChar(0x2028), QLatin1Char('\n')).replace(QChar(0x2029), QLatin1Char('\n'));
    const QStringList lines = flat.split(QLatin1Char('\n'));
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // A blank line would end the block (a footnote, a list item) and
        // let what follows stand on its own.
        if (i > 0 && lines.at(i).trimmed().isEmpty())
            continue;
        out.append(escapeLine(lines.at(i), i > 0 || atBlockStart));
    }
    // A backslash at the end of a line is CommonMark's hard line break.
    return out.join(QStringLiteral("\\\n"));
}

QString MarkdownText::linkDestination(const QString &url)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    // Inside <…> only <, >, a backslash, spaces and line breaks could end or
    // bend the destination; they are percent-encoded, the rest (Bengali
    // paths too) stays readable.
    QString out = QStringLiteral("<");
    for (QChar c : url) {
        if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('\\') || c.unicode() <= 0x20 ||
            c.unicode() == 0x7f)
            out += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out + QLatin1Char('>');
}

} // namespace pathak
