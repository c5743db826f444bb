#include "ui/annotation/ReviewDialog.h"

#include "annotation/AnnotationStore.h"
#include "annotation/ReviewSchedule.h"
#include "ui/annotation/AnnotationListModel.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pathak::ui {

ReviewDialog::ReviewDialog(AnnotationStore &store, ReviewSchedule &schedule,
                           const QHash<qint64, QString> &titles, const QFont &readingFont, const QDate &today,
                           QWidget *parent)
    : QDialog(parent), m_store(store), m_schedule(schedule), m_titles(titles), m_today(today)
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Daily Review"));
    if (Result<QList<qint64>> ids = m_schedule.due(today)) {
        for (qint64 id : ids.value()) {
            if (Result<Annotation> a = m_store.annotation(id))
                m_items.append(a.value());
        }
    }
    auto *layout = new QVBoxLayout(this);
    m_position = new QLabel(this);
    m_position->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_position);
    QFont upright = readingFont;
    upright.setItalic(false);
    QFont large = upright;
    large.setPointSizeF(upright.pointSizeF() * 1.15);
    m_quote = new QLabel(this);
    m_quote->setFont(large);
    m_note = new QLabel(this);
    m_note->setFont(upright);
    m_source = new QLabel(this);
    for (QLabel *l : {m_position, m_quote, m_note, m_source}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_quote->setFrameShape(QFrame::StyledPanel);
    m_quote->setMargin(12);
    layout->addWidget(m_quote, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_source);

    auto *buttons = new QHBoxLayout;
    m_keep = new QPushButton(tr("&Keep"), this);
    m_skip = new QPushButton(tr("&Skip"), this);
    m_open = new QPushButton(tr("&Open Article"), this);
    m_keep->setToolTip(tr("Bring it back later, and later each time (K)"));
    m_skip->setToolTip(tr("Show it again tomorrow (S)"));
    m_open->setToolTip(tr("Open the article at this passage (O)"));
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_keep, &QPushButton::clicked, this, &ReviewDialog::keep);
    connect(m_skip, &QPushButton::clicked, this, &ReviewDialog::skip);
    connect(m_open, &QPushButton::clicked, this, &ReviewDialog::openArticle);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    // One key each, as well as the buttons' Alt mnemonics.
    connect(new QShortcut(QKeySequence(Qt::Key_K), this), &QShortcut::activated, this, &ReviewDialog::keep);
    connect(new QShortcut(QKeySequence(Qt::Key_S), this), &QShortcut::activated, this, &ReviewDialog::skip);
    connect(new QShortcut(QKeySequence(Qt::Key_O), this), &QShortcut::activated, this,
            &ReviewDialog::openArticle);
    m_keep->setDefault(true);
    resize(560, 380);
    showCurrent();
}

std::optional<Annotation> ReviewDialog::current() const
{
    if (m_index < 0 || m_index >= m_items.size())
        return std::nullopt;
    return m_items.at(m_index);
}

void ReviewDialog::showCurrent()
{
    const std::optional<Annotation> a = current();
    for (QPushButton *b : {m_keep, m_skip, m_open})
        b->setEnabled(a.has_value());
    if (!a) {
        m_position->clear();
        m_quote->setText(m_items.isEmpty()
                             ? tr("Nothing to review today. Highlights you make come back here.")
                             : tr("That is all for today."));
        m_note->clear();
        m_source->clear();
        return;
    }
    const QLocale locale;
    m_position->setText(tr("%1 of %2").arg(locale.toString(m_index + 1), locale.toString(m_items.size())));
    m_quote->setText(a->exact);
    m_note->setText(a->note);
    m_note->setVisible(!a->note.isEmpty());
    m_source->setText(m_titles.value(a->articleId));
    m_quote->setAccessibleName(tr("Highlight, %1").arg(AnnotationListModel::colorLabel(a->color)));
}

void ReviewDialog::next()
{
    ++m_index;
    showCurrent();
}

void ReviewDialog::keep()
{
    decide(true);
}

void ReviewDialog::skip()
{
    decide(false);
}

void ReviewDialog::decide(bool kept)
{
    const std::optional<Annotation> a = current();
    if (!a)
        return;
    const Status s = kept ? m_schedule.keep(a->id, m_today) : m_schedule.skip(a->id, m_today);
    if (!s)
        emit failed(s.error());
    next();
}

void ReviewDialog::openArticle()
{
    const std::optional<Annotation> a = current();
    if (!a)
        return;
    emit openRequested(a->articleId, a->start, a->end);
    accept();
}

} // namespace pathak::ui
