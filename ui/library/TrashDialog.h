#pragma once

#include "library/ArticleTrash.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pathak {
class LibraryDatabase;
}

namespace pathak::ui {

// Article → Trash…: the deleted articles still kept, newest first, with
// when they went and how many annotations went with them. Restore brings
// the selected ones back whole; Delete for Good and Empty Trash ask first,
// since nothing brings those back.
class TrashDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TrashDialog(LibraryDatabase &db, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // The actions behind the buttons; confirmed skips the question.
    void restoreSelection();
    void purgeSelection(bool confirmed = false);
    void emptyTrash(bool confirmed = false);

signals:
    // Articles came back (their ids now): the window shows them again.
    void restored(const QList<qint64> &articleIds);

private:
    void reload();
    void updateButtons();
    QList<qint64> selectedEntries() const;

    ArticleTrash m_trash;
    QLabel *m_explanation = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_purge = nullptr;
    QPushButton *m_empty = nullptr;
};

} // namespace pathak::ui
