#include "ui/annotation/LibraryAnnotationsDock.h"

#include "ui/annotation/AnnotationDelegate.h"
#include "ui/annotation/AnnotationFilterModel.h"
#include "ui/annotation/AnnotationListModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pathak::ui {

LibraryAnnotationsDock::LibraryAnnotationsDock(AnnotationStore &store, QWidget *parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("libraryAnnotationsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_color = new QComboBox(body);
    m_color->addItem(QString());
    for (AnnotationColor c : Annotation::colors())
        m_color->addItem(AnnotationListModel::colorLabel(c), Annotation::colorName(c));
    m_text = new QLineEdit(body);
    m_text->setClearButtonEnabled(true);
    layout->addWidget(m_text);
    // Days back from now; 0 is any time.
    m_time = new QComboBox(body);
    for (int days : {0, 1, 7, 30, 365})
        m_time->addItem(QString(), days);
    m_tag = new QComboBox(body);
    m_tag->addItem(QString());
    m_order = new QComboBox(body);
    for (AnnotationFilterModel::Order o :
         {AnnotationFilterModel::Order::Newest, AnnotationFilterModel::Order::Oldest,
          AnnotationFilterModel::Order::Article, AnnotationFilterModel::Order::Colour})
        m_order->addItem(QString(), int(o));
    // Three choices side by side must not widen the panel (and starve the
    // reading column): each shows a few letters and opens to its full text.
    for (QComboBox *box : {m_color, m_time, m_tag, m_order}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(2);
    }
    filters->addWidget(m_color, 1);
    filters->addWidget(m_time, 1);
    layout->addLayout(filters);
    auto *more = new QHBoxLayout;
    more->addWidget(m_tag, 1);
    more->addWidget(m_order, 1);
    layout->addLayout(more);

    m_model = new AnnotationListModel(store, this);
    m_filter = new AnnotationFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_view = new QListView(body);
    m_view->setModel(m_filter);
    auto *delegate = new AnnotationDelegate(m_view);
    delegate->setShowArticleTitle(true);
    m_view->setItemDelegate(delegate);
    m_view->setWordWrap(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(m_view, 1);
    setWidget(body);

    connect(m_color, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setColor(Annotation::colorFromName(m_color->currentData().toString())); });
    connect(m_text, &QLineEdit::textChanged, m_filter, &AnnotationFilterModel::setText);
    connect(m_time, &QComboBox::currentIndexChanged, this, &LibraryAnnotationsDock::applyTime);
    connect(m_tag, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTag(m_tag->currentIndex() > 0 ? m_tag->currentText() : QString()); });
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setOrder(static_cast<AnnotationFilterModel::Order>(m_order->currentData().toInt()));
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_filter->mapToSource(index);
        const Annotation &a = m_model->annotationAt(source.row());
        emit openRequested(a.articleId, a.start, a.end);
    });
    retranslate();
}

void LibraryAnnotationsDock::reload(const QHash<qint64, QString> &titles,
                                    const QHash<qint64, QStringList> &tags)
{
    // The tags the annotated articles have, the chosen one kept.
    const QString chosen = m_tag->currentIndex() > 0 ? m_tag->currentText() : QString();
    QStringList names;
    for (const QStringList &t : tags)
        names += t;
    names.removeDuplicates();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    {
        const QSignalBlocker quiet(m_tag);
        while (m_tag->count() > 1)
            m_tag->removeItem(1);
        m_tag->addItems(names);
        m_tag->setCurrentIndex(std::max(0, int(m_tag->findText(chosen))));
    }
    m_filter->setArticleTags(tags);
    m_filter->setTag(m_tag->currentIndex() > 0 ? m_tag->currentText() : QString());
    m_model->showLibrary(titles);
    applyTime(); // "the last 7 days" moves on with the clock
}

void LibraryAnnotationsDock::applyTime()
{
    const int days = m_time->currentData().toInt();
    m_filter->setSince(days > 0 ? std::optional(QDateTime::currentDateTimeUtc().addDays(-days))
                                : std::nullopt);
}

void LibraryAnnotationsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void LibraryAnnotationsDock::retranslate()
{
    setWindowTitle(tr("All annotations"));
    m_color->setItemText(0, tr("All colours"));
    for (int i = 1; i < m_color->count(); ++i) {
        if (const std::optional<AnnotationColor> c =
                Annotation::colorFromName(m_color->itemData(i).toString()))
            m_color->setItemText(i, AnnotationListModel::colorLabel(*c));
    }
    const QStringList times = {tr("Any time"), tr("Last day"), tr("Last 7 days"), tr("Last 30 days"),
                               tr("Last year")};
    for (int i = 0; i < m_time->count() && i < times.size(); ++i)
        m_time->setItemText(i, times.at(i));
    const QStringList orders = {tr("Newest first"), tr("Oldest first"), tr("By article"), tr("By colour")};
    for (int i = 0; i < m_order->count() && i < orders.size(); ++i)
        m_order->setItemText(i, orders.at(i));
    m_tag->setItemText(0, tr("All tags"));
    m_tag->setToolTip(tr("Show the annotations of articles with a tag"));
    m_tag->setAccessibleName(tr("Tag"));
    m_time->setToolTip(tr("Show the annotations made in a time"));
    m_time->setAccessibleName(tr("Time"));
    m_order->setToolTip(tr("Order of the annotations"));
    m_order->setAccessibleName(tr("Order"));
    m_color->setAccessibleName(tr("Colour"));
    m_text->setPlaceholderText(tr("Search quotes, notes and titles"));
    m_text->setAccessibleName(tr("Search annotations"));
    m_color->setToolTip(tr("Show the annotations of one colour"));
    m_view->setAccessibleName(tr("Annotations in the library"));
}

} // namespace pathak::ui
