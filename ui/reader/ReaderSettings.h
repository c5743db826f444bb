#pragma once

#include <QColor>
#include <QString>

#include <optional>

class QSettings;

namespace pathak::ui {

enum class ReaderTheme { Light, Dark, Sepia };

// The colours of one theme, for the reading view and the photo placeholder.
struct ReaderColors
{
    QColor background;
    QColor text;
    QColor muted; // caption, credit, comment authors
    QColor link;
    QColor rule; // the photo placeholder and separators
};

// How the reading view looks: what the user chose in View and Settings,
// remembered across runs in QSettings under "reader/".
struct ReaderSettings
{
    QString fontFamily;    // empty: the default reading font
    qreal fontSize = 13.0; // points
    int lineSpacing = 160; // percent of the font's line height
    ReaderTheme theme = ReaderTheme::Light;
    int columnWidth = 720; // pixels of text column

    static constexpr qreal minFontSize = 8.0;
    static constexpr qreal maxFontSize = 40.0;
    static constexpr qreal defaultFontSize = 13.0;

    QString effectiveFontFamily() const;
    ReaderColors colors() const { return colorsOf(theme); }

    static ReaderSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    static ReaderColors colorsOf(ReaderTheme theme);
    static QString themeName(ReaderTheme theme);
    static std::optional<ReaderTheme> themeFromName(const QString &name);

    bool operator==(const ReaderSettings &) const = default;
};

} // namespace pathak::ui
