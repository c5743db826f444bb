#include "ui/export/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pathak::ui {

namespace {

QString suffixFor(ExportRequest::Format format)
{
    switch (format) {
    case ExportRequest::Format::Pdf:
        return QStringLiteral(".pdf");
    case ExportRequest::Format::Epub:
        return QStringLiteral(".epub");
    case ExportRequest::Format::Markdown:
        break;
    }
    return QStringLiteral(".md");
}

// A file name from an article title: Bengali letters are fine in file
// names, the characters file systems or shells trip over are not.
QString fileNameFor(const QStringList &titles, ExportRequest::Format format)
{
    QString base = titles.size() == 1 ? titles.first() : QStringLiteral("pathak");
    base.remove(QChar(0x2026));
    for (QChar &c : base) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    base = base.simplified().left(60).trimmed();
    return (base.isEmpty() ? QStringLiteral("pathak") : base) + suffixFor(format);
}

} // namespace

ExportDialog::ExportDialog(ExportRequest::Format format, const QStringList &titles, QWidget *parent)
    : QDialog(parent), m_format(format)
{
    const bool pdf = format == ExportRequest::Format::Pdf;
    const bool epub = format == ExportRequest::Format::Epub;
    setWindowTitle(pdf ? tr("Export PDF") : epub ? tr("Export EPUB") : tr("Export Markdown"));

    auto *what =
        new QLabel(titles.size() == 1 ? tr("“%1”").arg(titles.first())
                                      : tr("%n articles, one after the other", nullptr, int(titles.size())),
                   this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText); // a page's title, never markup

    m_path = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("Letter"), QStringLiteral("letter"));

    // Only fonts that can show Bengali; the PDF embeds the one chosen.
    m_font = new QComboBox(this);
    m_font->addItems(QFontDatabase::families(QFontDatabase::Bengali));

    m_size = new QDoubleSpinBox(this);
    m_size->setRange(PdfOptions::minFontSize, PdfOptions::maxFontSize);
    m_size->setSingleStep(0.5);
    m_size->setDecimals(1);
    m_size->setSuffix(tr(" pt"));

    m_comments = new QCheckBox(tr("Include readers’ comments"), this);
    m_embedFonts = new QCheckBox(tr("Embed Bengali fonts (for e-readers without them)"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    if (pdf) {
        form->addRow(tr("Paper:"), m_paper);
        form->addRow(tr("Font:"), m_font);
        form->addRow(tr("Size:"), m_size);
    } else {
        m_paper->hide();
        m_font->hide();
        m_size->hide();
    }
    form->addRow(QString(), m_comments);
    if (epub)
        form->addRow(QString(), m_embedFonts);
    else
        m_embedFonts->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    // The last choices, with the file named after what is exported now.
    const QSettings settings;
    ExportRequest initial;
    initial.format = format;
    const QString folder = settings
                               .value(QStringLiteral("export/folder"),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    initial.path = QDir(folder).filePath(fileNameFor(titles, format));
    initial.pdf.paper = settings.value(QStringLiteral("export/paper")).toString() == QLatin1String("letter")
                            ? PaperSize::Letter
                            : PaperSize::A4;
    initial.pdf.fontFamily = settings.value(QStringLiteral("export/font"), initial.pdf.fontFamily).toString();
    initial.pdf.fontSize = settings.value(QStringLiteral("export/size"), initial.pdf.fontSize).toDouble();
    initial.pdf.includeComments = settings.value(QStringLiteral("export/comments"), false).toBool();
    initial.embedFonts = settings.value(QStringLiteral("export/embedFonts"), false).toBool();
    setRequest(initial);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.format = m_format;
    r.path = m_path->text().trimmed();
    r.pdf.paper =
        m_paper->currentData().toString() == QLatin1String("letter") ? PaperSize::Letter : PaperSize::A4;
    r.pdf.fontFamily = m_font->currentText();
    r.pdf.fontSize = m_size->value();
    r.pdf.includeComments = m_comments->isChecked();
    r.embedFonts = m_embedFonts->isChecked();
    return r;
}

void ExportDialog::setRequest(const ExportRequest &request)
{
    m_path->setText(request.path);
    m_paper->setCurrentIndex(request.pdf.paper == PaperSize::Letter ? 1 : 0);
    int font = m_font->findText(request.pdf.fontFamily, Qt::MatchFixedString);
    if (font < 0)
        font = m_font->findText(PdfOptions().fontFamily, Qt::MatchFixedString);
    if (font >= 0)
        m_font->setCurrentIndex(font);
    m_size->setValue(request.pdf.fontSize);
    m_comments->setChecked(request.pdf.includeComments);
    m_embedFonts->setChecked(request.embedFonts);
    updateOk();
}

void ExportDialog::accept()
{
    ExportRequest r = request();
    if (!r.path.endsWith(suffixFor(m_format), Qt::CaseInsensitive))
        m_path->setText(r.path + suffixFor(m_format));
    QSettings settings;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(m_path->text()).absolutePath());
    if (m_format == ExportRequest::Format::Pdf) {
        settings.setValue(QStringLiteral("export/paper"),
                          r.pdf.paper == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4"));
        settings.setValue(QStringLiteral("export/font"), r.pdf.fontFamily);
        settings.setValue(QStringLiteral("export/size"), r.pdf.fontSize);
    }
    if (m_format == ExportRequest::Format::Epub)
        settings.setValue(QStringLiteral("export/embedFonts"), r.embedFonts);
    settings.setValue(QStringLiteral("export/comments"), r.pdf.includeComments);
    QDialog::accept();
}

void ExportDialog::browse()
{
    QString filter = tr("Markdown files (*.md)");
    if (m_format == ExportRequest::Format::Pdf)
        filter = tr("PDF files (*.pdf)");
    else if (m_format == ExportRequest::Format::Epub)
        filter = tr("EPUB books (*.epub)");
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty());
}

} // namespace pathak::ui
