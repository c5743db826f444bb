#pragma once

#include "export/ExportOptions.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QThread>

namespace pathak::ui {

// What to write and where: the choices of the export dialog.
struct ExportRequest
{
    enum class Format { Pdf, Markdown, Epub };
    Format format = Format::Pdf;
    QString path;
    PdfOptions pdf;          // includeComments also applies to Markdown and EPUB
    bool embedFonts = false; // EPUB: the Noto Bengali fonts go into the book
};

struct ExportOutcome
{
    bool ok = false;
    QString path;
    int articles = 0;
    int pages = 0;      // PDF only
    int highlights = 0; // PDF annotations written
    int images = 0;     // EPUB lead photos
    QString error;
};

// Writes an export on its own thread, so laying out a long digest never
// freezes the window. It gets the articles already loaded (the library
// connection belongs to the GUI thread) and touches no database.
class ExportWorker : public QThread
{
    Q_OBJECT
public:
    ExportWorker(QList<ExportArticle> articles, ExportRequest request, QObject *parent = nullptr);
    ~ExportWorker() override;
    // Each article's lead photo as stored, by position, for the EPUB.
    void setLeadImages(QList<QByteArray> images) { m_leadImages = std::move(images); }

signals:
    void exportFinished(const pathak::ui::ExportOutcome &outcome);

protected:
    void run() override;

private:
    QList<ExportArticle> m_articles;
    ExportRequest m_request;
    QList<QByteArray> m_leadImages;
};

} // namespace pathak::ui

Q_DECLARE_METATYPE(pathak::ui::ExportOutcome)
