#include "annotation/Annotation.h"

#include <QStringList>

namespace pathak {

QString Annotation::colorName(AnnotationColor color)
{
    switch (color) {
    case AnnotationColor::Yellow:
        return QStringLiteral("yellow");
    case AnnotationColor::Green:
        return QStringLiteral("green");
    case AnnotationColor::Blue:
        return QStringLiteral("blue");
    case AnnotationColor::Pink:
        return QStringLiteral("pink");
    case AnnotationColor::Purple:
        return QStringLiteral("purple");
    case AnnotationColor::Underline:
        return QStringLiteral("underline");
    }
    return QStringLiteral("yellow");
}

std::optional<AnnotationColor> Annotation::colorFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (AnnotationColor c : colors()) {
        if (colorName(c) == n)
            return c;
    }
    return std::nullopt;
}

QList<AnnotationColor> Annotation::colors()
{
    return {AnnotationColor::Yellow, AnnotationColor::Green,  AnnotationColor::Blue,
            AnnotationColor::Pink,   AnnotationColor::Purple, AnnotationColor::Underline};
}

QStringList Annotation::colorNames()
{
    QStringList names;
    for (AnnotationColor c : colors())
        names.append(colorName(c));
    return names;
}

QDateTime Annotation::now()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return QDateTime(t.date(), QTime(t.time().hour(), t.time().minute(), t.time().second()), Qt::UTC);
}

} // namespace pathak
