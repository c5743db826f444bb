#include "ui/export/ExportWorker.h"

#include "export/EpubExporter.h"
#include "export/MarkdownExporter.h"
#include "export/PdfExporter.h"

namespace pathak::ui {

ExportWorker::ExportWorker(QList<ExportArticle> articles, ExportRequest request, QObject *parent)
    : QThread(parent), m_articles(std::move(articles)), m_request(std::move(request))
{
    qRegisterMetaType<pathak::ui::ExportOutcome>();
}

ExportWorker::~ExportWorker()
{
    // An export cannot be interrupted half-way (the file is written whole or
    // not at all) and takes seconds at most: let it finish.
    wait();
}

void ExportWorker::run()
{
    ExportOutcome outcome;
    outcome.path = m_request.path;
    outcome.articles = int(m_articles.size());
    if (m_request.format == ExportRequest::Format::Pdf) {
        Result<PdfExportSummary> r = PdfExporter(m_request.pdf).writeFile(m_articles, m_request.path);
        outcome.ok = r.ok();
        if (r) {
            outcome.pages = r->pages;
            outcome.highlights = r->highlights;
        } else {
            outcome.error = r.error();
        }
    } else if (m_request.format == ExportRequest::Format::Epub) {
        EpubOptions options;
        options.includeComments = m_request.pdf.includeComments;
        options.embedFonts = m_request.embedFonts;
        Result<EpubExportSummary> r =
            EpubExporter(options).writeFile(m_articles, m_leadImages, m_request.path);
        outcome.ok = r.ok();
        if (r)
            outcome.images = r->images;
        else
            outcome.error = r.error();
    } else {
        Status s = MarkdownExporter::writeFile(m_articles, m_request.pdf.includeComments, m_request.path);
        outcome.ok = s.ok();
        outcome.error = s.error();
    }
    emit exportFinished(outcome);
}

} // namespace pathak::ui
