#include "web/WebText.h"

#include "text/BengaliText.h"

namespace pathak {

QString WebText::normalise(const QString &text)
{
    // JSON-LD text may hold an escaped lone surrogate, or an escaped control
    // character such as "\u0000"; HTML text never does (the HTML parser
    // makes a NUL U+FFFD). Controls other than line breaks become U+FFFD
    // too: no store, font or PDF wants them, and a NUL ends C strings.
    QString s = BengaliText::replaceLoneSurrogates(text);
    for (QChar &c : s) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\f') || c == QChar(0x0B))
            c = QLatin1Char(' ');
        else if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7F)
            c = QChar::ReplacementCharacter;
    }
    return BengaliText::collapseSpaces(BengaliText::toNfc(s));
}

} // namespace pathak
