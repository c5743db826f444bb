#include "ui/library/CollectionBar.h"

#include "library/Collection.h"
#include "library/CollectionCounter.h"
#include "library/LibraryStore.h"
#include "library/TagStore.h"
#include "search/LibraryQuery.h"
#include "ui/library/LibraryModel.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QSettings>

namespace pathak::ui {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
constexpr int QueryRole = Qt::UserRole + 3;

const QString savedSearchesKey = QStringLiteral("library/savedSearches");

// The saved searches as the settings keep them: "name\tquery" lines, in the
// order they were saved.
QList<std::pair<QString, QString>> savedSearches()
{
    QList<std::pair<QString, QString>> out;
    for (const QString &line : QSettings().value(savedSearchesKey).toStringList()) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab > 0)
            out.append({line.left(tab), line.mid(tab + 1)});
    }
    return out;
}

void storeSearches(const QList<std::pair<QString, QString>> &searches)
{
    QStringList lines;
    for (const auto &[name, query] : searches)
        lines.append(name + QLatin1Char('\t') + query);
    QSettings().setValue(savedSearchesKey, lines);
}

} // namespace

CollectionBar::CollectionBar(LibraryDatabase &db, QWidget *parent) : QTreeWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("collectionBar"));
    setColumnCount(2);
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_inbox = addItem(nullptr, Kind::Inbox, {}, QString(), 0);
    m_all = addItem(nullptr, Kind::All, {}, QString(), 0);
    m_favourites = addItem(nullptr, Kind::Favourites, {}, QString(), 0);
    m_archive = addItem(nullptr, Kind::Archive, {}, QString(), 0);
    m_feeds = addItem(nullptr, Kind::Group, {}, QString(), -1);
    m_tags = addItem(nullptr, Kind::Group, {}, QString(), -1);
    m_searches = addItem(nullptr, Kind::Group, {}, QString(), -1);
    for (QTreeWidgetItem *group : {m_feeds, m_tags, m_searches}) {
        group->setFlags(Qt::ItemIsEnabled);
        group->setExpanded(true);
    }
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!m_refreshing && current)
            emit collectionChosen();
    });
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(true);
    m_all->setSelected(true);
    setCurrentItem(m_all);
    retranslate();
    refresh();
}

QTreeWidgetItem *CollectionBar::addItem(QTreeWidgetItem *parent, Kind kind, const QVariant &key,
                                        const QString &name, int count)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setData(NameColumn, KindRole, int(kind));
    item->setData(NameColumn, KeyRole, key);
    item->setText(NameColumn, name);
    item->setToolTip(NameColumn, name);
    if (count >= 0)
        item->setText(CountColumn, QLocale().toString(count));
    item->setData(CountColumn, Qt::UserRole, count);
    item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTreeWidgetItem *CollectionBar::find(Kind kind, const QVariant &key) const
{
    for (QTreeWidgetItem *fixed : {m_inbox, m_all, m_favourites, m_archive}) {
        if (fixed->data(NameColumn, KindRole).toInt() == int(kind))
            return fixed;
    }
    QTreeWidgetItem *group = kind == Kind::Feed ? m_feeds : kind == Kind::Tag ? m_tags : m_searches;
    for (int i = 0; i < group->childCount(); ++i) {
        QTreeWidgetItem *child = group->child(i);
        if (child->data(NameColumn, KindRole).toInt() == int(kind) && child->data(NameColumn, KeyRole) == key)
            return child;
    }
    return nullptr;
}

void CollectionBar::refresh()
{
    const QScopedValueRollback guard(m_refreshing, true);
    const Kind kind = currentKind();
    const QVariant key = currentItem() ? currentItem()->data(NameColumn, KeyRole) : QVariant();
    Result<CollectionCounts> counts = CollectionCounter(m_db).counts();
    if (!counts)
        return; // the list says why (LibraryModel::loadFailed); the old counts stay
    const auto setCount = [](QTreeWidgetItem *item, int n) {
        item->setText(CountColumn, QLocale().toString(n));
        item->setData(CountColumn, Qt::UserRole, n);
    };
    setCount(m_inbox, counts->inbox);
    setCount(m_all, counts->all);
    setCount(m_favourites, counts->favourites);
    setCount(m_archive, counts->archive);
    for (QTreeWidgetItem *group : {m_feeds, m_tags, m_searches})
        qDeleteAll(group->takeChildren());
    for (const FeedCount &f : counts->feeds)
        addItem(m_feeds, Kind::Feed, f.id, f.title, f.unread);
    m_tagNames.clear();
    for (const TagCount &t : counts->tags) {
        addItem(m_tags, Kind::Tag, t.id, t.name, t.articles);
        m_tagNames.append(t.name);
    }
    for (const auto &[name, query] : savedSearches()) {
        QTreeWidgetItem *item = addItem(m_searches, Kind::SavedSearch, name, name, -1);
        item->setData(NameColumn, QueryRole, query);
        item->setToolTip(NameColumn, query);
    }
    m_feeds->setHidden(m_feeds->childCount() == 0);
    m_tags->setHidden(m_tags->childCount() == 0);
    m_searches->setHidden(m_searches->childCount() == 0);
    QTreeWidgetItem *again = find(kind, key);
    const bool lost = !again;
    setCurrentItem(again ? again : m_all);
    emit tagsChanged(m_tagNames);
    if (lost) {
        m_refreshing = false;
        emit collectionChosen();
    }
}

CollectionBar::Kind CollectionBar::currentKind() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? Kind(item->data(NameColumn, KindRole).toInt()) : Kind::All;
}

ArticleCondition CollectionBar::currentCondition() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item)
        return {};
    switch (currentKind()) {
    case Kind::Inbox:
        return Collection::inbox();
    case Kind::Favourites:
        return Collection::favourites();
    case Kind::Archive:
        return Collection::archive();
    case Kind::Feed:
        return Collection::feed(item->data(NameColumn, KeyRole).toLongLong());
    case Kind::Tag:
        return Collection::tag(item->data(NameColumn, KeyRole).toLongLong());
    case Kind::SavedSearch:
        return LibraryQuery::parse(item->data(NameColumn, QueryRole).toString()).condition();
    case Kind::All:
    case Kind::Group:
        break;
    }
    return {};
}

bool CollectionBar::select(Kind kind, const QVariant &key)
{
    QTreeWidgetItem *item = find(kind, key);
    if (!item)
        return false;
    setCurrentItem(item);
    return true;
}

int CollectionBar::count(Kind kind, const QVariant &key) const
{
    const QTreeWidgetItem *item = find(kind, key);
    return item ? item->data(CountColumn, Qt::UserRole).toInt() : -1;
}

void CollectionBar::saveSearch(const QString &name, const QString &query)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return;
    QList<std::pair<QString, QString>> searches = savedSearches();
    searches.removeIf([&](const auto &s) { return s.first == clean; });
    searches.append({clean, query.simplified()});
    storeSearches(searches);
    refresh();
}

void CollectionBar::removeSearch(const QString &name)
{
    QList<std::pair<QString, QString>> searches = savedSearches();
    searches.removeIf([&](const auto &s) { return s.first == name; });
    storeSearches(searches);
    refresh();
}

void CollectionBar::contextMenuEvent(QContextMenuEvent *event)
{
    QTreeWidgetItem *item = itemAt(event->pos());
    const Kind kind = item ? Kind(item->data(NameColumn, KindRole).toInt()) : Kind::Group;
    QMenu menu(this);
    menu.addAction(tr("New Saved Search…"), this, [this] {
        bool ok = false;
        const QString query = QInputDialog::getText(this, tr("New Saved Search"),
                                                    tr("Query (for example: tag:খেলা is:unread saved:7d):"),
                                                    QLineEdit::Normal, QString(), &ok);
        if (!ok || query.trimmed().isEmpty())
            return;
        const QString name = QInputDialog::getText(this, tr("New Saved Search"), tr("Name:"),
                                                   QLineEdit::Normal, query.simplified(), &ok);
        if (ok && !name.trimmed().isEmpty()) {
            saveSearch(name, query);
            select(Kind::SavedSearch, name.simplified());
        }
    });
    if (kind == Kind::SavedSearch) {
        const QString name = item->data(NameColumn, KeyRole).toString();
        menu.addAction(tr("Remove Saved Search"), this, [this, name] { removeSearch(name); });
    }
    if (kind == Kind::Tag) {
        const QString name = item->text(NameColumn);
        menu.addSeparator();
        menu.addAction(tr("Rename Tag…"), this, [this, name] {
            bool ok = false;
            const QString to =
                QInputDialog::getText(this, tr("Rename Tag"), tr("New name (a tag's name merges the two):"),
                                      QLineEdit::Normal, name, &ok);
            if (!ok)
                return;
            if (Status s = TagStore(m_db).rename(name, to); !s) {
                QMessageBox::warning(this, tr("Rename Tag"), s.error());
                return;
            }
            refresh();
            emit tagsEdited();
        });
        menu.addAction(tr("Delete Tag"), this, [this, name] {
            QMessageBox confirm(QMessageBox::Question, tr("Delete Tag"),
                                tr("Take the tag “%1” off every article?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
            confirm.setTextFormat(Qt::PlainText);
            if (confirm.exec() != QMessageBox::Yes)
                return;
            if (Status s = TagStore(m_db).deleteTag(name); !s) {
                QMessageBox::warning(this, tr("Delete Tag"), s.error());
                return;
            }
            refresh();
            emit tagsEdited();
        });
    }
    menu.exec(event->globalPos());
}

QTreeWidgetItem *CollectionBar::dropTarget(const QPoint &pos) const
{
    QTreeWidgetItem *item = itemAt(pos);
    if (!item)
        return nullptr;
    const Kind kind = Kind(item->data(NameColumn, KindRole).toInt());
    return kind == Kind::Tag || kind == Kind::Favourites || kind == Kind::Archive || kind == Kind::Inbox
               ? item
               : nullptr;
}

void CollectionBar::dragEnterEvent(QDragEnterEvent *event)
{
    if (!LibraryModel::idsOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CollectionBar::dragMoveEvent(QDragMoveEvent *event)
{
    if (dropTarget(event->position().toPoint()) && !LibraryModel::idsOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CollectionBar::dropEvent(QDropEvent *event)
{
    const QList<qint64> ids = LibraryModel::idsOf(event->mimeData());
    QTreeWidgetItem *item = dropTarget(event->position().toPoint());
    if (ids.isEmpty() || !item) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Status done;
    switch (Kind(item->data(NameColumn, KindRole).toInt())) {
    case Kind::Tag: {
        Result<int> added = TagStore(m_db).add(ids, item->text(NameColumn));
        done = added ? Status() : Status::failure(added.error());
        break;
    }
    case Kind::Favourites:
        done = LibraryStore(m_db).setFlag(ids, LibraryStore::Flag::Favourite, true);
        break;
    case Kind::Archive:
        done = LibraryStore(m_db).setFlag(ids, LibraryStore::Flag::Archived, true);
        break;
    default: // the inbox: back to unread, out of the archive
        done = LibraryStore(m_db).setFlag(ids, LibraryStore::Flag::Archived, false);
        if (done)
            done = LibraryStore(m_db).setFlag(ids, LibraryStore::Flag::Read, false);
        break;
    }
    if (!done)
        QMessageBox::warning(this, tr("Library"), done.error());
    emit articlesDropped();
}

void CollectionBar::retranslate()
{
    m_inbox->setText(NameColumn, tr("Inbox"));
    m_inbox->setToolTip(NameColumn, tr("Unread articles that are not archived"));
    m_all->setText(NameColumn, tr("All"));
    m_favourites->setText(NameColumn, tr("Favourites"));
    m_archive->setText(NameColumn, tr("Archive"));
    m_feeds->setText(NameColumn, tr("Feeds"));
    m_tags->setText(NameColumn, tr("Tags"));
    m_searches->setText(NameColumn, tr("Saved searches"));
    setAccessibleName(tr("Collections"));
    // Counts in the interface language's digits.
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        const int n = (*it)->data(CountColumn, Qt::UserRole).toInt();
        if (n >= 0 && !(*it)->text(CountColumn).isEmpty())
            (*it)->setText(CountColumn, QLocale().toString(n));
    }
}

} // namespace pathak::ui
