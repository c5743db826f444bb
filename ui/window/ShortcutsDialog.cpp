#include "ui/window/ShortcutsDialog.h"

#include "ui/window/MenuText.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pathak::ui {

namespace {

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys.append(k.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void addMenu(QTreeWidgetItem *group, const QMenu *menu)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (a->menu()) {
            addMenu(group, a->menu());
            continue;
        }
        if (a->shortcuts().isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(group, {MenuText::plain(a->text()), keysOf(a)});
        item->setToolTip(0, a->toolTip());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    for (QAction *top : menus->actions()) {
        if (!top->menu())
            continue;
        auto *group = new QTreeWidgetItem(m_list, {MenuText::plain(top->text())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        addMenu(group, top->menu());
        if (group->childCount() == 0)
            delete group;
    }
    auto *reading = new QTreeWidgetItem(m_list, {tr("Reading")});
    QFont bold = reading->font(0);
    bold.setBold(true);
    reading->setFont(0, bold);
    const QList<std::pair<QString, QString>> readingKeys = {
        {tr("Next page"), tr("Space, Page Down")},
        {tr("Previous page"), tr("Shift+Space, Page Up")},
        {tr("Scroll"), tr("Arrow keys")},
        {tr("Beginning or end of the article"), tr("Home, End")},
        {tr("Next pane (list, article, panels)"), tr("Tab, Shift+Tab")},
        {tr("Select text with the keys (caret browsing: F7), then"), tr("Shift+Arrow keys")},
    };
    for (const auto &[what, keys] : readingKeys)
        new QTreeWidgetItem(reading, {what, keys});
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 620);
}

} // namespace pathak::ui
