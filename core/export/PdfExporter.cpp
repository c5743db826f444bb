#include "export/PdfExporter.h"

#include "base/SafeFileWriter.h"
#include "export/PdfAnnotator.h"
#include "export/PdfRenderer.h"

namespace pathak {

PdfExporter::PdfExporter(PdfOptions options) : m_options(std::move(options)) {}

Result<QByteArray> PdfExporter::toPdf(const QList<ExportArticle> &articles, PdfExportSummary *summary) const
{
    Result<PdfRendering> rendering = PdfRenderer(m_options).render(articles);
    if (!rendering)
        return Result<QByteArray>::failure(rendering.error());
    Result<QByteArray> pdf = PdfAnnotator::annotate(rendering.value(), QStringLiteral("bn"));
    if (pdf && summary) {
        summary->articles = int(articles.size());
        summary->pages = rendering->pageCount;
        summary->highlights = int(rendering->highlights.size());
        summary->bytes = pdf->size();
    }
    return pdf;
}

Result<PdfExportSummary> PdfExporter::writeFile(const QList<ExportArticle> &articles,
                                                const QString &path) const
{
    PdfExportSummary summary;
    Result<QByteArray> pdf = toPdf(articles, &summary);
    if (!pdf)
        return Result<PdfExportSummary>::failure(pdf.error());
    if (Status written = SafeFileWriter::write(path, pdf.value()); !written)
        return Result<PdfExportSummary>::failure(written.error());
    return summary;
}

} // namespace pathak
