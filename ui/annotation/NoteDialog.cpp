#include "ui/annotation/NoteDialog.h"

#include "ui/annotation/AnnotationDock.h"
#include "ui/annotation/AnnotationListModel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace pathak::ui {

namespace {

// A quote longer than this is cut in the dialog; the whole passage is in
// the article beside it.
constexpr int QuoteChars = 280;

} // namespace

NoteDialog::NoteDialog(const QString &quote, const QString &note, AnnotationColor color,
                       const QFont &readingFont, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Note"));
    setObjectName(QStringLiteral("noteDialog"));
    auto *layout = new QVBoxLayout(this);

    QFont upright = readingFont;
    upright.setItalic(false);
    m_quote = new QLabel(this);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setWordWrap(true);
    m_quote->setFont(upright);
    m_quote->setText(quote.size() > QuoteChars ? quote.left(QuoteChars) + QChar(0x2026) : quote);
    m_quote->setAccessibleName(tr("Highlighted passage"));
    m_quote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_quote);

    m_editor = new QPlainTextEdit(this);
    m_editor->setFont(upright);
    m_editor->setPlainText(note);
    m_editor->setTabChangesFocus(true);
    m_editor->setAccessibleName(tr("Note"));
    m_editor->setPlaceholderText(tr("Write a note about this passage"));
    m_editor->moveCursor(QTextCursor::End);
    layout->addWidget(m_editor, 1);

    auto *swatches = new QHBoxLayout;
    auto *colorLabel = new QLabel(tr("Colour:"), this);
    swatches->addWidget(colorLabel);
    m_colors = new QButtonGroup(this);
    m_colors->setExclusive(true);
    for (AnnotationColor c : Annotation::colors()) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setIcon(AnnotationDock::swatchIcon(c));
        b->setToolTip(AnnotationListModel::colorLabel(c));
        b->setAccessibleName(AnnotationListModel::colorLabel(c));
        b->setChecked(c == color);
        m_colors->addButton(b, static_cast<int>(c));
        swatches->addWidget(b);
    }
    swatches->addStretch(1);
    layout->addLayout(swatches);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_editor->setFocus();
    resize(480, 320);
}

QString NoteDialog::note() const
{
    return m_editor->toPlainText();
}

AnnotationColor NoteDialog::color() const
{
    return static_cast<AnnotationColor>(m_colors->checkedId());
}

} // namespace pathak::ui
