#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace pathak::ui {

class LibraryModel;

// The library side panel: the read and favourite filters over the list of
// articles. When the filters leave no article, the list gives way to a
// line that says so and a button that clears them.
class LibraryPane : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPane(LibraryModel *model, QWidget *parent = nullptr);

    QTableView *listView() const { return m_list; }
    QComboBox *readFilter() const { return m_readFilter; }
    QCheckBox *favouritesOnly() const { return m_favouritesOnly; }
    QHBoxLayout *toolBarLayout() const { return m_toolBar; }

    bool filtered() const;
    void clearFilters();
    // Shows the list, or the line for an empty result.
    void updatePlaceholder();
    void retranslate();

signals:
    void filtersChanged();

private:
    LibraryModel *m_model = nullptr;
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
