#include "ui/library/LibraryPane.h"

#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryRowDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pathak::ui {

LibraryPane::LibraryPane(LibraryModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("libraryPane"));
    auto *layout = new QVBoxLayout(this);
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

    m_stack = new QStackedWidget(this);
    m_list = new QTableView(m_stack);
    m_list->setObjectName(QStringLiteral("libraryList"));
    m_list->setModel(model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
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
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPane::updatePlaceholder);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LibraryPane::updatePlaceholder);
    retranslate();
    updatePlaceholder();
}

bool LibraryPane::filtered() const
{
    return m_readFilter->currentIndex() != 0 || m_favouritesOnly->isChecked();
}

void LibraryPane::clearFilters()
{
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
}

} // namespace pathak::ui
