#pragma once

#include "base/Result.h"
#include "export/ExportOptions.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pathak {

struct PdfExportSummary
{
    int articles = 0;
    int pages = 0;
    int highlights = 0; // /Highlight annotations written
    qint64 bytes = 0;
};

// Exports articles to one PDF whose Bengali text stays real text: laid out
// by Pango, drawn by Cairo, annotated and tagged with its language by qpdf.
// Safe to run off the UI thread: nothing is shared between calls.
class PdfExporter
{
public:
    explicit PdfExporter(PdfOptions options = {});

    Result<QByteArray> toPdf(const QList<ExportArticle> &articles, PdfExportSummary *summary = nullptr) const;
    // Writes the file only when the whole export succeeded: a failed export
    // leaves an existing file as it was.
    Result<PdfExportSummary> writeFile(const QList<ExportArticle> &articles, const QString &path) const;

private:
    PdfOptions m_options;
};

} // namespace pathak
