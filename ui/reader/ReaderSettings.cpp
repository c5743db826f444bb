#include "ui/reader/ReaderSettings.h"

#include "ui/reader/ReaderFonts.h"
#include "ui/reader/ThemePalette.h"

#include <QSettings>

#include <algorithm>

namespace pathak::ui {

QString ReaderSettings::effectiveFontFamily() const
{
    return fontFamily.isEmpty() ? ReaderFonts::defaultFamily() : fontFamily;
}

ReaderSettings ReaderSettings::load(const QSettings &settings)
{
    ReaderSettings s;
    s.fontFamily = settings.value(QStringLiteral("reader/fontFamily")).toString();
    s.fontSize = std::clamp(settings.value(QStringLiteral("reader/fontSize"), defaultFontSize).toReal(),
                            minFontSize, maxFontSize);
    s.lineSpacing = std::clamp(settings.value(QStringLiteral("reader/lineSpacing"), 160).toInt(), 100, 300);
    s.theme = themeFromName(settings.value(QStringLiteral("reader/theme")).toString())
                  .value_or(ThemePalette::desktopTheme());
    s.columnWidth = std::clamp(settings.value(QStringLiteral("reader/columnWidth"), 720).toInt(), 300, 2000);
    return s;
}

void ReaderSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("reader/fontFamily"), fontFamily);
    settings.setValue(QStringLiteral("reader/fontSize"), fontSize);
    settings.setValue(QStringLiteral("reader/lineSpacing"), lineSpacing);
    settings.setValue(QStringLiteral("reader/theme"), themeName(theme));
    settings.setValue(QStringLiteral("reader/columnWidth"), columnWidth);
}

ReaderColors ReaderSettings::colorsOf(ReaderTheme theme)
{
    switch (theme) {
    case ReaderTheme::Dark:
        return {QColor(0x1e, 0x1f, 0x22), QColor(0xdc, 0xdc, 0xd8), QColor(0x9a, 0x9c, 0xa0),
                QColor(0x8a, 0xb4, 0xf8), QColor(0x3a, 0x3c, 0x40)};
    case ReaderTheme::Sepia:
        return {QColor(0xf4, 0xec, 0xd8), QColor(0x43, 0x34, 0x22), QColor(0x7a, 0x66, 0x4d),
                QColor(0x8b, 0x45, 0x13), QColor(0xe0, 0xd2, 0xb4)};
    case ReaderTheme::Light:
        break;
    }
    return {QColor(0xff, 0xff, 0xff), QColor(0x1d, 0x1d, 0x1f), QColor(0x5f, 0x63, 0x68),
            QColor(0x1a, 0x5f, 0xb4), QColor(0xe6, 0xe6, 0xe6)};
}

QString ReaderSettings::themeName(ReaderTheme theme)
{
    switch (theme) {
    case ReaderTheme::Dark:
        return QStringLiteral("dark");
    case ReaderTheme::Sepia:
        return QStringLiteral("sepia");
    case ReaderTheme::Light:
        break;
    }
    return QStringLiteral("light");
}

std::optional<ReaderTheme> ReaderSettings::themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return ReaderTheme::Light;
    if (name == QLatin1String("dark"))
        return ReaderTheme::Dark;
    if (name == QLatin1String("sepia"))
        return ReaderTheme::Sepia;
    return std::nullopt;
}

} // namespace pathak::ui
