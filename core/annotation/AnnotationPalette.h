#pragma once

#include "annotation/Annotation.h"

#include <QString>

namespace pathak {

// What each annotation colour looks like, in one table for the reader, the
// annotation list and its swatches, the CSS of the Web Annotation export
// and the PDF export. The core has no QColor (that is QtGui): colours are 0xRRGGBB,
// which the interface turns into QColor. The markers are the same in every
// reader theme, light, sepia or dark, with dark text over them.
class AnnotationPalette
{
public:
    // A highlight's marker behind the text; for Underline, the line's colour.
    static quint32 rgb(AnnotationColor color);
    // The same as "#rrggbb", as CSS writes it.
    static QString hex(AnnotationColor color);
    // On paper (the PDF export): lighter tints, because the text is printed
    // over them and must stay readable; the underline a darker red.
    static quint32 printRgb(AnnotationColor color);

    // A colour as the exporters take it, by name ("green") or as
    // "#rrggbb", as "#rrggbb"; empty for anything else, so no other text
    // reaches a style attribute.
    static QString hexOf(const QString &colorName);

    // Underline is drawn as a line under the text, every other colour as a
    // marker behind it.
    static bool isUnderline(AnnotationColor color);
    // The same for a colour by name ("underline", "yellow", …, or #rrggbb,
    // as the exporters take it), in any case.
    static bool isUnderline(const QString &colorName);

    // The text over a marker: the markers are pale, so it stays dark in
    // the dark theme too.
    static quint32 markedTextRgb() { return 0x1a1a1a; }
};

} // namespace pathak
