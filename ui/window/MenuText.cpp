#include "ui/window/MenuText.h"

#include <QRegularExpression>

namespace pathak::ui {

QString MenuText::plain(QString text)
{
    static const QRegularExpression trailingMnemonic(QStringLiteral("\\(&[^)]\\)"));
    text.remove(trailingMnemonic);
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

} // namespace pathak::ui
