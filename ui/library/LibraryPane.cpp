#include "ui/library/LibraryPane.h"

#include "library/ArticleTrash.h"
#include "library/TagStore.h"
#include "ui/library/CollectionBar.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryRowDelegate.h"

#include <QCompleter>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStringListModel>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pathak::ui {

LibraryPane::LibraryPane(LibraryModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("libraryPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // The collections above the list, the split the user's to move.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("librarySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_collections = new CollectionBar(model->database(), m_splitter);
    m_splitter->addWidget(m_collections);
    auto *listPart = new QWidget(m_splitter);
    m_splitter->addWidget(listPart);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // About seven rows of collections to start with; the list gets the rest.
    m_splitter->setSizes({fontMetrics().height() * 9, fontMetrics().height() * 60});
    outer->addWidget(m_splitter);
    auto *layout = new QVBoxLayout(listPart);
    layout->setContentsMargins(4, 4, 4, 0);
    m_toolBar = new QHBoxLayout;
    m_readFilter = new QComboBox(this);
    m_readFilter->setObjectName(QStringLiteral("readFilter"));
    m_readFilter->addItems({QString(), QString(), QString()});
    m_favouritesOnly = new QCheckBox(this);
    m_favouritesOnly->setObjectName(QStringLiteral("favouritesOnly"));
    m_toolBar->addWidget(m_readFilter);
    m_toolBar->addWidget(m_favouritesOnly);
    m_toolBar->addStretch(1);
    layout->addLayout(m_toolBar);
    // Tags the selected articles: the names already in use are offered as
    // the user types (any part of a name, any case).
    m_tagField = new QLineEdit(this);
    m_tagField->setObjectName(QStringLiteral("tagField"));
    m_tagField->setClearButtonEnabled(true);
    m_tagCompleter = new QCompleter(new QStringListModel(m_tagField), m_tagField);
    m_tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tagCompleter->setFilterMode(Qt::MatchContains);
    m_tagField->setCompleter(m_tagCompleter);
    layout->addWidget(m_tagField);

    m_stack = new QStackedWidget(this);
    m_list = new QTableView(m_stack);
    m_list->setObjectName(QStringLiteral("libraryList"));
    m_list->setModel(model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    // Rows drag onto the side bar's tags, Favourites, Archive and Inbox.
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    // Tab leaves the list for the next pane instead of walking its cells.
    m_list->setTabKeyNavigation(false);
    m_list->setShowGrid(false);
    m_list->setAlternatingRowColors(true);
    // The indicator first: enabling sorting sorts by the indicator's column,
    // which would otherwise be the title's (on 100,000 articles, a full
    // read of the articles table before the first picture).
    m_list->horizontalHeader()->setSortIndicator(LibraryModel::SavedColumn, Qt::DescendingOrder);
    m_list->setSortingEnabled(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->verticalHeader()->hide();
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setItemDelegateForColumn(LibraryModel::TitleColumn, new LibraryRowDelegate(m_list));
    // Fixed row heights: the view never measures rows it has not shown.
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(LibraryRowDelegate::rowHeight(fontMetrics()));
    // The title takes what the short columns leave; the source is under it.
    QHeaderView *header = m_list->horizontalHeader();
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("★")) + 12);
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionHidden(LibraryModel::SourceColumn, true);
    header->resizeSection(LibraryModel::SavedColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("88 Mmm")) + 14);
    const int flag = fontMetrics().horizontalAdvance(QStringLiteral("88")) + 14;
    for (int column :
         {LibraryModel::ReadColumn, LibraryModel::FavouriteColumn, LibraryModel::AnnotationsColumn})
        header->resizeSection(column, flag);
    header->setSectionResizeMode(LibraryModel::SavedColumn, QHeaderView::Interactive);
    header->resizeSection(LibraryModel::PublishedColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("88 Mmm 88")) + 14);
    header->setSectionResizeMode(LibraryModel::PublishedColumn, QHeaderView::Interactive);
    header->resizeSection(LibraryModel::AuthorColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("Mmmmmmmmmm")));
    header->setSectionResizeMode(LibraryModel::AuthorColumn, QHeaderView::Interactive);
    // The panel is narrow: the published date and the author are there for
    // the asking (the header's context menu), the saved date is shown.
    header->setSectionHidden(LibraryModel::PublishedColumn, true);
    header->setSectionHidden(LibraryModel::AuthorColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu menu(this);
        for (int column : {int(LibraryModel::SavedColumn), int(LibraryModel::PublishedColumn),
                           int(LibraryModel::AuthorColumn)}) {
            QAction *a = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(column));
            connect(a, &QAction::toggled, this, [this, column](bool on) { showColumn(column, on); });
        }
        menu.exec(header->mapToGlobal(at));
    });
    m_stack->addWidget(m_list);

    m_emptyPage = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    m_emptyLabel = new QLabel(m_emptyPage);
    m_emptyLabel->setObjectName(QStringLiteral("emptyListLabel"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_clearButton = new QPushButton(m_emptyPage);
    m_clearButton->setObjectName(QStringLiteral("clearFilters"));
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_clearButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_emptyPage);
    layout->addWidget(m_stack, 1);

    connect(m_readFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_model->setReadFilter(LibraryListQuery::ReadFilter(i));
        updatePlaceholder();
        emit filtersChanged();
    });
    connect(m_favouritesOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setFavouritesOnly(on);
        updatePlaceholder();
        emit filtersChanged();
    });
    connect(m_clearButton, &QPushButton::clicked, this, &LibraryPane::clearFilters);
    connect(m_collections, &CollectionBar::collectionChosen, this, [this] {
        // Choosing another collection changes no count.
        const QScopedValueRollback switching(m_switching, true);
        m_model->setCondition(m_collections->currentCondition());
        updatePlaceholder();
        emit filtersChanged();
    });
    connect(m_collections, &CollectionBar::tagsEdited, m_model, &LibraryModel::reload);
    connect(m_collections, &CollectionBar::articlesDropped, this, &LibraryPane::changed);
    connect(m_collections, &CollectionBar::tagsChanged, this, [this](const QStringList &names) {
        static_cast<QStringListModel *>(m_tagCompleter->model())->setStringList(names);
    });
    static_cast<QStringListModel *>(m_tagCompleter->model())->setStringList(m_collections->tagNames());
    // The counts follow every change the list shows: a reload (import,
    // delete, a bulk action) or one row changed (read, favourite).
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_switching)
            m_collections->refresh();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, m_collections, &CollectionBar::refresh);
    connect(m_tagField, &QLineEdit::returnPressed, this, [this] {
        if (tagSelection(m_tagField->text()))
            m_tagField->clear();
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &LibraryPane::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPane::updatePlaceholder);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LibraryPane::updatePlaceholder);
    retranslate();
    updatePlaceholder();
}

bool LibraryPane::filtered() const
{
    return m_readFilter->currentIndex() != 0 || m_favouritesOnly->isChecked() ||
           m_collections->currentKind() != CollectionBar::Kind::All;
}

void LibraryPane::clearFilters()
{
    m_collections->select(CollectionBar::Kind::All);
    m_favouritesOnly->setChecked(false);
    m_readFilter->setCurrentIndex(0);
    m_list->setFocus(Qt::OtherFocusReason);
}

void LibraryPane::updatePlaceholder()
{
    const bool empty = m_model->totalCount() == 0 && m_model->rowCount() == 0;
    const bool showEmpty = empty && filtered();
    m_stack->setCurrentWidget(showEmpty ? m_emptyPage : static_cast<QWidget *>(m_list));
}

void LibraryPane::retranslate()
{
    m_readFilter->setItemText(0, tr("All articles"));
    m_readFilter->setItemText(1, tr("Unread"));
    m_readFilter->setItemText(2, tr("Read"));
    m_readFilter->setToolTip(tr("Show all articles, only the unread or only the read ones"));
    m_readFilter->setAccessibleName(tr("Read filter"));
    m_favouritesOnly->setText(tr("Favourites"));
    m_favouritesOnly->setToolTip(tr("Show only favourite articles"));
    m_list->setAccessibleName(tr("Articles"));
    m_list->setToolTip(QString());
    m_emptyLabel->setText(tr("No article matches these filters."));
    m_clearButton->setText(tr("Show All Articles"));
    m_clearButton->setToolTip(tr("Clear the read and favourite filters"));
    m_tagField->setPlaceholderText(tr("Tag selected articles…"));
    m_tagField->setToolTip(tr("Type a tag and press Enter to add it to the selected articles"));
    m_tagField->setAccessibleName(tr("Tag"));
    m_collections->retranslate();
}

void LibraryPane::showColumn(int column, bool shown)
{
    m_list->horizontalHeader()->setSectionHidden(column, !shown);
}

QList<qint64> LibraryPane::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        ids.append(m_model->idAt(row));
    return ids;
}

bool LibraryPane::report(const Status &status)
{
    if (!status) {
        QMessageBox box(QMessageBox::Warning, tr("Library"), status.error(), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
    return status.ok();
}

void LibraryPane::changed()
{
    // The rows may leave the collection shown (archived from the inbox): read it again.
    const QList<qint64> ids = selectedIds();
    m_model->reload();
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_list->selectionModel()->select(m_model->index(row, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    updatePlaceholder();
}

bool LibraryPane::setFlagOfSelection(LibraryStore::Flag flag, bool value)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return false;
    LibraryStore store(m_model->database());
    const bool ok = report(store.setFlag(ids, flag, value));
    changed();
    return ok;
}

bool LibraryPane::tagSelection(const QString &name)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || TagStore::cleanName(name).isEmpty())
        return false;
    Result<int> added = TagStore(m_model->database()).add(ids, name);
    const bool ok = report(added ? Status() : Status::failure(added.error()));
    changed();
    return ok;
}

bool LibraryPane::untagSelection(const QString &name)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return false;
    Result<int> removed = TagStore(m_model->database()).remove(ids, name);
    const bool ok = report(removed ? Status() : Status::failure(removed.error()));
    changed();
    return ok;
}

QString LibraryPane::deleteQuestion(int articles, int annotations)
{
    QString question = tr("Move %Ln article(s) to the Trash?", nullptr, articles);
    if (annotations > 0)
        question += QLatin1Char('\n') + tr("%Ln annotation(s) go with them.", nullptr, annotations);
    question +=
        QLatin1Char('\n') + tr("The Trash keeps them for %Ln day(s).", nullptr, ArticleTrash::keepDays);
    return question;
}

bool LibraryPane::deleteSelection(bool confirmed)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return false;
    if (!confirmed) {
        int annotations = 0;
        for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
            annotations += m_model->index(index.row(), LibraryModel::AnnotationsColumn).data().toInt();
        QMessageBox confirm(QMessageBox::Question, tr("Delete Articles"),
                            deleteQuestion(int(ids.size()), annotations),
                            QMessageBox::Yes | QMessageBox::Cancel, this);
        confirm.setDefaultButton(QMessageBox::Cancel);
        if (confirm.exec() != QMessageBox::Yes)
            return false;
    }
    Result<int> removed = ArticleTrash(m_model->database()).moveIn(ids);
    if (!report(removed ? Status() : Status::failure(removed.error())))
        return false;
    m_model->reload();
    updatePlaceholder();
    emit articlesDeleted(ids);
    return true;
}

void LibraryPane::showContextMenu(const QPoint &at)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    using Flag = LibraryStore::Flag;
    QMenu menu(this);
    menu.addAction(tr("Mark as Read"), this, [this] { setFlagOfSelection(Flag::Read, true); });
    menu.addAction(tr("Mark as Unread"), this, [this] { setFlagOfSelection(Flag::Read, false); });
    menu.addAction(tr("Add to Favourites"), this, [this] { setFlagOfSelection(Flag::Favourite, true); });
    menu.addAction(tr("Remove from Favourites"), this,
                   [this] { setFlagOfSelection(Flag::Favourite, false); });
    menu.addAction(tr("Archive"), this, [this] { setFlagOfSelection(Flag::Archived, true); });
    menu.addAction(tr("Move to Inbox"), this, [this] { setFlagOfSelection(Flag::Archived, false); });
    menu.addSeparator();
    menu.addAction(tr("Add Tag…"), this, [this] {
        bool ok = false;
        // An editable list of the tags in use: typing completes a name.
        const QString name =
            QInputDialog::getItem(this, tr("Add Tag"), tr("Tag:"), m_collections->tagNames(), -1, true, &ok);
        if (ok)
            tagSelection(name);
    });
    QStringList tagsOnSelection;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows()) {
        for (const QString &t : index.data(LibraryModel::TagsRole).toStringList()) {
            if (!tagsOnSelection.contains(t))
                tagsOnSelection.append(t);
        }
    }
    if (!tagsOnSelection.isEmpty()) {
        QMenu *remove = menu.addMenu(tr("Remove Tag"));
        for (const QString &t : std::as_const(tagsOnSelection))
            remove->addAction(QString(t).replace(QLatin1Char('&'), QStringLiteral("&&")), this,
                              [this, t] { untagSelection(t); });
    }
    // What features put on the list (File → Export PDF…, Export Markdown…).
    if (!m_list->actions().isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_list->actions());
    }
    menu.addSeparator();
    menu.addAction(tr("Delete…"), this, [this] { deleteSelection(); });
    menu.exec(m_list->viewport()->mapToGlobal(at));
}

} // namespace pathak::ui
