#pragma once

#include "article/Article.h"

#include <QList>
#include <QString>

namespace pathak {

// A highlighted passage as the exporters take it. Offsets are Unicode code
// points over Article::plainText(), the same unit the annotations table
// stores, so stored annotations pass through unchanged.
struct ExportHighlight
{
    int start = 0;
    int end = 0;
    QString color = QStringLiteral("yellow"); // a name (yellow, green, …) or #rrggbb
    QString note;                             // empty: a highlight without a note
};

// One article to export, with the highlights drawn on it.
struct ExportArticle
{
    Article article;
    QList<ExportHighlight> highlights;
};

enum class PaperSize { A4, Letter };

struct PdfOptions
{
    PaperSize paper = PaperSize::A4;
    QString fontFamily = QStringLiteral("Noto Serif Bengali");
    double fontSize = 11.0; // points, body text
    bool includeComments = false;

    static constexpr double minFontSize = 6.0;
    static constexpr double maxFontSize = 36.0;
};

} // namespace pathak
