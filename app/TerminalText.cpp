#include "app/TerminalText.h"

namespace pathak {

namespace {

bool isBidiControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

QString sanitized(const QString &s, bool oneField)
{
    QString out = s;
    for (QChar &ch : out) {
        const char16_t c = ch.unicode();
        if (c == u'\n' || c == u'\t') {
            if (oneField)
                ch = QLatin1Char(' ');
        } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c)) {
            ch = QChar::ReplacementCharacter;
        }
    }
    return out;
}

} // namespace

QString TerminalText::text(const QString &s)
{
    return sanitized(s, false);
}

QString TerminalText::field(const QString &s)
{
    return sanitized(s, true);
}

} // namespace pathak
