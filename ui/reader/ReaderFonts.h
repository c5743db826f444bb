#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace pathak::ui {

// The fonts the reader brings itself: Noto Sans and Noto Serif Bengali
// (regular and bold) from fonts-noto-core, plus Noto Sans for the Latin
// words Bengali news is full of. Loading them by file means the text never
// falls back to a font without Bengali, and lets `pathak shaping` and its
// test name the exact file that shaped each glyph.
class ReaderFonts
{
public:
    // Registers the font files with QFontDatabase once; later calls do nothing.
    static void ensureLoaded();

    static QString defaultFamily();       // Noto Sans Bengali
    static QString latinFallbackFamily(); // Noto Sans
    // Installed families that can show Bengali, for the font chooser.
    static QStringList bengaliFamilies();
    // A reading font: family first, then the Latin fallback.
    static QFont readingFont(const QString &family, qreal pointSize);

    // The file the app loaded for this family and weight, or empty when the
    // family came from the system rather than from ensureLoaded().
    static QString fileFor(const QString &family, bool bold);
    // The folder the Noto files are read from.
    static QString fontDirectory();
};

} // namespace pathak::ui
