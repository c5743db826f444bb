#pragma once

#include "ui/export/ExportWorker.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;

namespace pathak::ui {

class WindowHost;

// File → Export PDF…, Export Markdown… and Export EPUB… for the selected articles (or
// the one being read): asks with an ExportDialog, loads the articles and
// their annotations on the GUI thread, writes the file on an ExportWorker.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    explicit ExportActions(WindowHost *window);

    QAction *pdfAction() const { return m_pdfAction; }
    QAction *markdownAction() const { return m_markdownAction; }
    QAction *epubAction() const { return m_epubAction; }

    // The selected rows of the library list, in list order; without a
    // selection, the article in the reader.
    QList<qint64> articlesToExport() const;
    // Exports without asking (the dialog's OK ends here). False, with a
    // message in the status bar, when an export is running or nothing loads.
    bool startExport(const QList<qint64> &ids, const ExportRequest &request);
    bool running() const { return m_worker != nullptr; }

signals:
    void exportFinished(const pathak::ui::ExportOutcome &outcome);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void exportWithDialog(ExportRequest::Format format);
    void onFinished(const ExportOutcome &outcome);
    void retranslate();
    void updateActions();

    WindowHost *m_window;
    QAction *m_pdfAction = nullptr;
    QAction *m_markdownAction = nullptr;
    QAction *m_epubAction = nullptr;
    QPointer<ExportWorker> m_worker;
};

} // namespace pathak::ui
