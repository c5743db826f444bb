#include "ui/library/TrashDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pathak::ui {

namespace {
constexpr int EntryIdRole = Qt::UserRole;
}

TrashDialog::TrashDialog(LibraryDatabase &db, QWidget *parent) : QDialog(parent), m_trash(db)
{
    setWindowTitle(tr("Trash"));
    setObjectName(QStringLiteral("trashDialog"));
    resize(640, 420);
    auto *layout = new QVBoxLayout(this);
    m_explanation = new QLabel(
        tr("Deleted articles are kept here with their annotations for %Ln day(s), then deleted for good.",
           nullptr, ArticleTrash::keepDays),
        this);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("trashList"));
    m_list->setAccessibleName(tr("Deleted articles"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Title"), tr("Deleted"), tr("Annotations")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_purge = buttons->addButton(tr("&Delete for Good…"), QDialogButtonBox::ActionRole);
    m_empty = buttons->addButton(tr("&Empty Trash…"), QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelection);
    connect(m_purge, &QPushButton::clicked, this, [this] { purgeSelection(); });
    connect(m_empty, &QPushButton::clicked, this, [this] { emptyTrash(); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TrashDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &TrashDialog::restoreSelection);
    reload();
}

void TrashDialog::reload()
{
    m_list->clear();
    Result<QList<TrashEntry>> entries = m_trash.entries();
    if (!entries) {
        QMessageBox::warning(this, tr("Trash"), entries.error());
        updateButtons();
        return;
    }
    const QLocale locale;
    for (const TrashEntry &e : entries.value()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, e.title);
        item->setToolTip(0, e.title);
        item->setText(1, locale.toString(e.deletedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, locale.toString(e.annotations));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, EntryIdRole, e.id);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void TrashDialog::updateButtons()
{
    const bool selected = !m_list->selectedItems().isEmpty();
    m_restore->setEnabled(selected);
    m_purge->setEnabled(selected);
    m_empty->setEnabled(m_list->topLevelItemCount() > 0);
}

QList<qint64> TrashDialog::selectedEntries() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->isSelected())
            ids.append(m_list->topLevelItem(i)->data(0, EntryIdRole).toLongLong());
    return ids;
}

void TrashDialog::restoreSelection()
{
    const QList<qint64> entries = selectedEntries();
    if (entries.isEmpty())
        return;
    Result<TrashRestore> result = m_trash.restore(entries);
    if (!result) {
        QMessageBox::warning(this, tr("Restore"), result.error());
        return;
    }
    reload();
    if (!result->articleIds.isEmpty())
        emit restored(result->articleIds);
    if (!result->errors.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Restore"),
                        tr("%Ln article(s) could not be restored and stay in the trash.", nullptr,
                           int(result->errors.size())),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.setDetailedText(result->errors.join(QLatin1Char('\n')));
        box.exec();
    }
}

void TrashDialog::purgeSelection(bool confirmed)
{
    const QList<qint64> entries = selectedEntries();
    if (entries.isEmpty())
        return;
    if (!confirmed && QMessageBox::question(
                          this, tr("Delete for Good"),
                          tr("Delete %Ln article(s) and their annotations for good? This cannot be undone.",
                             nullptr, int(entries.size())),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    Result<int> purged = m_trash.purge(entries);
    if (!purged)
        QMessageBox::warning(this, tr("Delete for Good"), purged.error());
    reload();
}

void TrashDialog::emptyTrash(bool confirmed)
{
    const int count = m_list->topLevelItemCount();
    if (count == 0)
        return;
    if (!confirmed &&
        QMessageBox::question(
            this, tr("Empty Trash"),
            tr("Delete all %Ln article(s) in the trash for good? This cannot be undone.", nullptr, count),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    Result<int> emptied = m_trash.empty();
    if (!emptied)
        QMessageBox::warning(this, tr("Empty Trash"), emptied.error());
    reload();
}

} // namespace pathak::ui
