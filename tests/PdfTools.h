#pragma once

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
// pdffonts' rows: font name -> whether it is embedded.
QMap<QString, bool> pdfFonts(const QString &pdf);
// pdfinfo's fields (Title, Author, Pages, Page size, …).
QMap<QString, QString> pdfInfo(const QString &pdf);

// NFC with every whitespace character removed: how texts are compared.
QString squashed(const QString &text);
QString bengaliDigits(int n);

} // namespace pathak::test
