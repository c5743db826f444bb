#pragma once

#include "library/LibraryStore.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QCompleter;
class QSplitter;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace pathak::ui {

class CollectionBar;
class LibraryModel;

// The library side panel: the collections (CollectionBar) above the list of
// articles, with the read and favourite filters. When the filters leave no
// article, the list gives way to a line that says so and a button that
// clears them. The list takes many rows at once; the bulk actions (context
// menu, tag field) work on the selected rows in one transaction each.
class LibraryPane : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPane(LibraryModel *model, QWidget *parent = nullptr);

    QTableView *listView() const { return m_list; }
    QComboBox *readFilter() const { return m_readFilter; }
    QCheckBox *favouritesOnly() const { return m_favouritesOnly; }
    QHBoxLayout *toolBarLayout() const { return m_toolBar; }
    CollectionBar *collections() const { return m_collections; }
    QLineEdit *tagField() const { return m_tagField; }

    // Shows or hides a column of the list (the header's context menu).
    void showColumn(int column, bool shown);
    // The ids of the selected rows, in list order.
    QList<qint64> selectedIds() const;
    // Bulk actions on the selected rows; each reports a failure in a dialog
    // and returns false (nothing changed then).
    bool setFlagOfSelection(LibraryStore::Flag flag, bool value);
    bool tagSelection(const QString &name);
    bool untagSelection(const QString &name);
    // Asks once ("Delete 3 articles and their 5 annotations?") unless
    // confirmed is true, then deletes them all.
    bool deleteSelection(bool confirmed = false);
    // The question deleteSelection() asks.
    static QString deleteQuestion(int articles, int annotations);

    bool filtered() const;
    void clearFilters();
    // Shows the list, or the line for an empty result.
    void updatePlaceholder();
    void retranslate();

signals:
    void filtersChanged();
    // After a bulk delete: the window closes an article it was showing.
    void articlesDeleted(const QList<qint64> &ids);

private:
    void showContextMenu(const QPoint &at);
    bool report(const Status &status);
    // After a bulk change: the list and the counts again.
    void changed();

    LibraryModel *m_model = nullptr;
    CollectionBar *m_collections = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_tagField = nullptr;
    QCompleter *m_tagCompleter = nullptr;
    bool m_switching = false; // a collection is being chosen: the counts stand
    QHBoxLayout *m_toolBar = nullptr;
    QComboBox *m_readFilter = nullptr;
    QCheckBox *m_favouritesOnly = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_list = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_clearButton = nullptr;
};

} // namespace pathak::ui
