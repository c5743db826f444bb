#include "ui/window/WelcomePage.h"

#include "ui/window/MenuText.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pathak::ui {

namespace {
// The action's text as a button shows it, and the shortcut after it.
QString buttonText(const QAction *action)
{
    const QString text = MenuText::plain(action->text());
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    return shortcut.isEmpty() ? text : text + QStringLiteral("   (") + shortcut + QLatin1Char(')');
}
} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *outer = new QVBoxLayout(this);
    auto *column = new QVBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("welcomeHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setAlignment(Qt::AlignHCenter);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter);
    m_dropHint = new QLabel(this);
    m_dropHint->setTextFormat(Qt::PlainText);
    m_dropHint->setWordWrap(true);
    m_dropHint->setAlignment(Qt::AlignHCenter);
    m_dropHint->setForegroundRole(QPalette::PlaceholderText);
    m_buttons = new QVBoxLayout;
    m_buttons->setSpacing(8);
    column->addWidget(m_heading);
    column->addSpacing(8);
    column->addWidget(m_text);
    column->addSpacing(16);
    column->addLayout(m_buttons);
    column->addSpacing(16);
    column->addWidget(m_dropHint);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    auto *limit = new QWidget(this);
    limit->setLayout(column);
    limit->setMaximumWidth(560);
    centre->addWidget(limit, 4);
    centre->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);
    retranslate();
}

void WelcomePage::addAction(QAction *action)
{
    m_actions.append(action);
    auto *button = new QPushButton(this);
    button->setProperty("welcomeAction", QVariant::fromValue(static_cast<QObject *>(action)));
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, this, &WelcomePage::updateButtons);
    m_buttons->addWidget(button);
    updateButtons();
}

void WelcomePage::updateButtons()
{
    for (int i = 0; i < m_buttons->count(); ++i) {
        auto *button = qobject_cast<QPushButton *>(m_buttons->itemAt(i)->widget());
        if (!button)
            continue;
        auto *action = qobject_cast<QAction *>(button->property("welcomeAction").value<QObject *>());
        if (!action)
            continue;
        button->setText(buttonText(action));
        button->setToolTip(action->toolTip());
        button->setAccessibleName(buttonText(action));
        button->setEnabled(action->isEnabled());
    }
}

void WelcomePage::retranslate()
{
    m_heading->setText(tr("Your library is empty"));
    m_text->setText(tr("Save articles to read them here, offline: from files on this computer, from a web "
                       "page, or from a news feed that brings new articles by itself."));
    m_dropHint->setText(tr("You can also drop files and folders on this window."));
    updateButtons();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pathak::ui
