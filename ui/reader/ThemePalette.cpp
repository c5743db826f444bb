#include "ui/reader/ThemePalette.h"

#include <QApplication>

#include <optional>

namespace pathak::ui {

namespace {

std::optional<QPalette> &rememberedPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}

struct FrameColors
{
    QColor window;    // panels, menus, the status bar
    QColor button;    // buttons, headers
    QColor alternate; // every other row
    QColor highlight; // the selected row
    QColor highlightedText;
    QColor disabledText;
};

FrameColors frameOf(ReaderTheme theme)
{
    switch (theme) {
    case ReaderTheme::Dark:
        return {QColor(0x2b, 0x2d, 0x30), QColor(0x35, 0x37, 0x3b), QColor(0x25, 0x27, 0x2a),
                QColor(0x3d, 0x6f, 0xb4), QColor(0xff, 0xff, 0xff), QColor(0x70, 0x72, 0x76)};
    case ReaderTheme::Sepia:
        return {QColor(0xea, 0xdf, 0xc6), QColor(0xe4, 0xd7, 0xb9), QColor(0xee, 0xe4, 0xcc),
                QColor(0x9c, 0x6b, 0x3e), QColor(0xff, 0xff, 0xff), QColor(0xa8, 0x98, 0x80)};
    case ReaderTheme::Light:
        break;
    }
    return {QColor(0xef, 0xef, 0xef), QColor(0xe8, 0xe8, 0xe8), QColor(0xf5, 0xf5, 0xf5),
            QColor(0x30, 0x8c, 0xc6), QColor(0xff, 0xff, 0xff), QColor(0x9a, 0x9a, 0x9a)};
}

} // namespace

void ThemePalette::rememberDesktopPalette()
{
    if (!rememberedPalette())
        rememberedPalette() = QApplication::palette();
}

QPalette ThemePalette::desktopPalette()
{
    rememberDesktopPalette();
    return *rememberedPalette();
}

void ThemePalette::setDesktopPalette(const QPalette &palette)
{
    rememberedPalette() = palette;
}

bool ThemePalette::desktopPrefersDark()
{
    rememberDesktopPalette();
    const QPalette p = desktopPalette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

ReaderTheme ThemePalette::desktopTheme()
{
    return desktopPrefersDark() ? ReaderTheme::Dark : ReaderTheme::Light;
}

QPalette ThemePalette::paletteFor(ReaderTheme theme)
{
    rememberDesktopPalette();
    if (theme == ReaderTheme::Light && !desktopPrefersDark())
        return desktopPalette();
    const ReaderColors page = ReaderSettings::colorsOf(theme);
    const FrameColors frame = frameOf(theme);
    QPalette p;
    p.setColor(QPalette::Window, frame.window);
    p.setColor(QPalette::WindowText, page.text);
    p.setColor(QPalette::Base, page.background);
    p.setColor(QPalette::AlternateBase, frame.alternate);
    p.setColor(QPalette::Text, page.text);
    p.setColor(QPalette::Button, frame.button);
    p.setColor(QPalette::ButtonText, page.text);
    p.setColor(QPalette::BrightText, page.link);
    p.setColor(QPalette::Highlight, frame.highlight);
    p.setColor(QPalette::HighlightedText, frame.highlightedText);
    p.setColor(QPalette::ToolTipBase, frame.button);
    p.setColor(QPalette::ToolTipText, page.text);
    p.setColor(QPalette::PlaceholderText, page.muted);
    p.setColor(QPalette::Link, page.link);
    p.setColor(QPalette::LinkVisited, page.link);
    // The bevel shades, from the frame's own colour so borders stay visible.
    p.setColor(QPalette::Light, frame.button.lighter(130));
    p.setColor(QPalette::Midlight, frame.button.lighter(115));
    p.setColor(QPalette::Mid, frame.button.darker(130));
    p.setColor(QPalette::Dark, frame.button.darker(160));
    p.setColor(QPalette::Shadow, frame.window.darker(250));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, frame.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, frame.button.darker(120));
    return p;
}

void ThemePalette::apply(ReaderTheme theme)
{
    QApplication::setPalette(paletteFor(theme));
}

} // namespace pathak::ui
