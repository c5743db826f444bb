#include "annotation/AnnotationPalette.h"

namespace pathak {

quint32 AnnotationPalette::rgb(AnnotationColor color)
{
    switch (color) {
    case AnnotationColor::Yellow:
        break;
    case AnnotationColor::Green:
        return 0xaed581;
    case AnnotationColor::Blue:
        return 0x81d4fa;
    case AnnotationColor::Pink:
        return 0xf48fb1;
    case AnnotationColor::Purple:
        return 0xce93d8;
    case AnnotationColor::Underline:
        return 0x00897b; // teal: a red line reads as a spelling mark
    }
    return 0xfff176;
}

quint32 AnnotationPalette::printRgb(AnnotationColor color)
{
    switch (color) {
    case AnnotationColor::Yellow:
        break;
    case AnnotationColor::Green:
        return 0xb9e4a0;
    case AnnotationColor::Blue:
        return 0xa8d4fb;
    case AnnotationColor::Pink:
        return 0xf8bbd9;
    case AnnotationColor::Purple:
        return 0xd7b4e6;
    case AnnotationColor::Underline:
        return 0x00796b;
    }
    return 0xfff176;
}

QString AnnotationPalette::hex(AnnotationColor color)
{
    return QStringLiteral("#%1").arg(rgb(color), 6, 16, QLatin1Char('0'));
}

QString AnnotationPalette::hexOf(const QString &colorName)
{
    if (const std::optional<AnnotationColor> c = Annotation::colorFromName(colorName))
        return hex(*c);
    QString n = colorName.trimmed().toLower();
    if (n.size() != 7 || n.front() != QLatin1Char('#'))
        return {};
    for (qsizetype i = 1; i < n.size(); ++i) {
        const QChar c = n.at(i);
        if (!(c >= QLatin1Char('0') && c <= QLatin1Char('9')) &&
            !(c >= QLatin1Char('a') && c <= QLatin1Char('f')))
            return {};
    }
    return n;
}

bool AnnotationPalette::isUnderline(AnnotationColor color)
{
    return color == AnnotationColor::Underline;
}

bool AnnotationPalette::isUnderline(const QString &colorName)
{
    return colorName.compare(QLatin1String("underline"), Qt::CaseInsensitive) == 0;
}

} // namespace pathak
