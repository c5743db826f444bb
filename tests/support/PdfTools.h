#pragma once

#include <QByteArray>
#include <QMap>
#include <QRectF>
#include <QString>
#include <QStringList>

// Reading exported PDFs back with poppler's command-line tools, the way a
// user's viewer or search tool would see them.
namespace pathak::test {

// pdftotext's text, one entry per page.
QStringList pdfPages(const QString &pdf);
// pdftotext -raw: the text in the order it is drawn, each raised note number
// where it stands rather than on a line of its own.
QString pdfRawText(const QString &pdf);
// The text pdftotext finds inside a rectangle (points, top-left origin) of one page (1-based).
QString pdfTextIn(const QString &pdf, int page, const QRectF &rect);
// One page (1-based) rendered at 72 dpi by pdftoppm, annotations hidden:
// what the page content alone shows. RGB rows, width*3 bytes each.
struct PdfPageImage
{
    int width = 0;
    int height = 0;
    QByteArray rgb;
    // The share of pixels in a rectangle (points, top-left origin) within
    // tolerance of a colour.
    double shareOfColor(const QRectF &rect, int red, int green, int blue, int tolerance = 12) const;
};
PdfPageImage pdfPageContent(const QString &pdf, int page);
// pdffonts' rows: font name -> whether it is embedded.
QMap<QString, bool> pdfFonts(const QString &pdf);
// pdfinfo's fields (Title, Author, Pages, Page size, …).
QMap<QString, QString> pdfInfo(const QString &pdf);

// NFC with every whitespace character removed: how texts are compared.
QString squashed(const QString &text);
QString bengaliDigits(int n);

} // namespace pathak::test
