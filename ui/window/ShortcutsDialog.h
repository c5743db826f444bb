#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace pathak::ui {

// Help → Keyboard Shortcuts: every shortcut of the menus, read from the
// actions themselves (so the list is never out of date, and in the
// interface's language), and the keys of the reading view that no menu
// shows.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace pathak::ui
