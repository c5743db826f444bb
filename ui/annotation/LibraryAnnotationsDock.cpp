#include "ui/annotation/LibraryAnnotationsDock.h"

#include "ui/annotation/AnnotationDelegate.h"
#include "ui/annotation/AnnotationFilterModel.h"
#include "ui/annotation/AnnotationListModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
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
    filters->addWidget(m_color);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);

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
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_filter->mapToSource(index);
        const Annotation &a = m_model->annotationAt(source.row());
        emit openRequested(a.articleId, a.start, a.end);
    });
    retranslate();
}

void LibraryAnnotationsDock::reload(const QHash<qint64, QString> &titles)
{
    m_model->showLibrary(titles);
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
    m_text->setPlaceholderText(tr("Filter by text"));
    m_text->setAccessibleName(tr("Filter by text"));
    m_color->setToolTip(tr("Show the annotations of one colour"));
    m_view->setAccessibleName(tr("Annotations in the library"));
}

} // namespace pathak::ui
