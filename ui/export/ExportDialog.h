#pragma once

#include "ui/export/ExportWorker.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace pathak::ui {

// Asks where to export and how: the file, and for a PDF the paper, font
// and size; for an EPUB whether to embed the fonts; comments for all. Remembers the choices for next time.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(ExportRequest::Format format, const QStringList &titles, QWidget *parent = nullptr);

    ExportRequest request() const;
    // Fills the form (tests, and the remembered choices).
    void setRequest(const ExportRequest &request);

    void accept() override;

private:
    void browse();
    void updateOk();

    ExportRequest::Format m_format;
    QLineEdit *m_path = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_font = nullptr;
    QDoubleSpinBox *m_size = nullptr;
    QCheckBox *m_comments = nullptr;
    QCheckBox *m_embedFonts = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pathak::ui
