#pragma once

#include "library/ArticleCondition.h"

#include <QTreeWidget>

namespace pathak {
class LibraryDatabase;
}

namespace pathak::ui {

// The collections of the library side bar, each with its count: Inbox
// (unread, not archived), All, Favourites, Archive; each feed with its
// unread articles; each tag; the saved searches (queries of the query
// language, kept in the settings). Choosing one sets what the list shows.
// The counts come from CollectionCounter (indexed queries only) and are read
// again by refresh(), which the pane calls whenever the list changes.
class CollectionBar : public QTreeWidget
{
    Q_OBJECT
public:
    enum class Kind { Inbox, All, Favourites, Archive, Feed, Tag, SavedSearch, Group };
    enum Column { NameColumn, CountColumn };

    explicit CollectionBar(LibraryDatabase &db, QWidget *parent = nullptr);

    // Counts, feeds and tags again; the chosen collection stays chosen
    // (All, when it is gone).
    void refresh();
    // What the list is to show for the chosen collection.
    ArticleCondition currentCondition() const;
    Kind currentKind() const;
    // Chooses a collection (id: the feed's or tag's; the saved search's name as text).
    bool select(Kind kind, const QVariant &key = {});
    // The count shown for a collection, or -1 when there is no such one.
    int count(Kind kind, const QVariant &key = {}) const;
    QStringList tagNames() const { return m_tagNames; }

    // Saved searches: name → query, in the settings under library/savedSearches.
    void saveSearch(const QString &name, const QString &query);
    void removeSearch(const QString &name);

    void retranslate();

protected:
    // New saved search; on a saved search, remove it; on a tag, rename or delete it.
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Articles dragged from the list onto a tag get the tag; onto
    // Favourites, Archive or Inbox, that state.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

signals:
    void collectionChosen();
    void tagsChanged(const QStringList &names);
    // A tag was renamed, merged or deleted: the list's rows show old names.
    void tagsEdited();
    // Articles were dropped on a collection and changed.
    void articlesDropped();

private:
    QTreeWidgetItem *find(Kind kind, const QVariant &key) const;
    // The collection a drop at pos would go to, or nullptr.
    QTreeWidgetItem *dropTarget(const QPoint &pos) const;
    QTreeWidgetItem *addItem(QTreeWidgetItem *parent, Kind kind, const QVariant &key, const QString &name,
                             int count);

    LibraryDatabase &m_db;
    QTreeWidgetItem *m_inbox = nullptr;
    QTreeWidgetItem *m_all = nullptr;
    QTreeWidgetItem *m_favourites = nullptr;
    QTreeWidgetItem *m_archive = nullptr;
    QTreeWidgetItem *m_feeds = nullptr;
    QTreeWidgetItem *m_tags = nullptr;
    QTreeWidgetItem *m_searches = nullptr;
    QStringList m_tagNames;
    bool m_refreshing = false;
};

} // namespace pathak::ui
