#include "ui/library/PlainToolTip.h"

namespace pathak::ui {

QString PlainToolTip::of(const QString &text)
{
    if (text.isEmpty())
        return {}; // no tooltip at all
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace pathak::ui
