#pragma once

#include "export/ExportOptions.h"

#include <QList>
#include <QString>

namespace pathak {

// A highlight ready to draw: UTF-16 offsets over Article::plainText(),
// widened to whole grapheme clusters so no mark ends inside a conjunct.
struct HighlightSpan
{
    int start = 0;
    int end = 0;
    QString color;
    QString note;
    QString quote;      // the text it covers
    int noteNumber = 0; // 1, 2, … in reading order for highlights with a note; 0 without
};

// Turns highlights as stored (code point offsets) into spans the exporters
// draw, sorted by start. Highlights that are empty or lie outside the text
// (an orphaned annotation) are left out.
class HighlightSpans
{
public:
    static QList<HighlightSpan> fromExport(const QString &plainText,
                                           const QList<ExportHighlight> &highlights);
};

} // namespace pathak
