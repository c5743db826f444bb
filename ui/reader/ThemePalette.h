#pragma once

#include "ui/reader/ReaderSettings.h"

#include <QPalette>

namespace pathak::ui {

// The palette of the whole window for a reading theme: the list, the
// panels, the menus, the dialogs and the status bar take the page's
// colours, so a dark page does not sit in a bright frame.
class ThemePalette
{
public:
    // Remembers the desktop's own palette. Call once at start-up, before
    // any theme is applied; later calls keep the first one.
    static void rememberDesktopPalette();
    static QPalette desktopPalette();
    // Replaces what was remembered (a test's desktop, or a desktop whose
    // colours changed while Pathak ran).
    static void setDesktopPalette(const QPalette &palette);
    // Whether the desktop asked for dark colours (its window is darker than its text).
    static bool desktopPrefersDark();
    // The theme used when the user has not chosen one: the desktop's.
    static ReaderTheme desktopTheme();

    // The application palette for a theme. Light on a light desktop is the
    // desktop's palette as it was.
    static QPalette paletteFor(ReaderTheme theme);
    // Sets it on the application (and so on every top-level window).
    static void apply(ReaderTheme theme);
};

} // namespace pathak::ui
