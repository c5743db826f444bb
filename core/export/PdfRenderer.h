#pragma once

#include "base/Result.h"
#include "export/ExportOptions.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace pathak {

// Where one highlight landed on one page, for the PDF annotation that
// repeats it. Rectangles are in PDF points with the origin at the top left
// of the page (the renderer's user space); one per line the highlight covers.
struct PdfHighlightMark
{
    int page = 0; // 0-based
    QList<QRectF> rects;
    double red = 1, green = 1, blue = 0;
    bool underline = false; // the "underline" style: a line under the text, an /Underline annotation
    QString note;
    QString quote;
    QString text; // the part of the passage on this page: the words under rects
};

// One element of the PDF's structure tree, in the order Cairo opened them:
// its type (H1, P, Figure, Span, Link, …) and what Cairo does not write.
struct PdfStructElement
{
    QByteArray type;
    QString alt;  // a figure's alternate text
    QString lang; // a span's language (BCP 47), when not the document's
};

struct PdfRendering
{
    QByteArray pdf;
    int pageCount = 0;
    double pageWidth = 0, pageHeight = 0;
    QList<PdfHighlightMark> highlights;
    QList<PdfStructElement> structure;
};

// Lays out articles with Pango and draws them with Cairo's PDF surface,
// each grapheme cluster as one glyph of a cluster font (PdfClusterFont)
// that maps to the cluster's text, so conjuncts, reph and pre-base vowel
// signs copy and search as the Unicode text they came from in poppler,
// MuPDF and pdf.js alike (docs/BENGALI-TEXT.md, scripts/pdf-words.py).
// Everything the renderer touches is created per call, so exports may run
// in any thread.
class PdfRenderer
{
public:
    explicit PdfRenderer(PdfOptions options);

    Result<PdfRendering> render(const QList<ExportArticle> &articles) const;

    // Whether fontconfig knows a family of this name (case-insensitive).
    static bool hasFontFamily(const QString &family);

    // Page size in points.
    static std::pair<double, double> pageSize(PaperSize paper);

    // A highlight colour name (yellow, green, blue, pink, red, orange,
    // purple, grey) or #rrggbb as RGB in 0..1; yellow for anything else.
    // "underline" is a style, not a colour: it gets the underline's red.
    static void highlightColor(const QString &name, double &red, double &green, double &blue);

    // 0-9 as Bengali digits, for page and note numbers.
    static QString bengaliNumber(int n);
    static bool isUnderline(const QString &colorName);

private:
    PdfOptions m_options;
};

} // namespace pathak
