#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QVBoxLayout;

namespace pathak::ui {

// What the reading area shows while the library is empty: what to do next
// (import files or a folder, save a web page, add a feed), one button per
// action with its shortcut, so a first start is never a blank window.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Adds a button that triggers the action; it follows the action's text,
    // shortcut and enabled state.
    void addAction(QAction *action);
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();

    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_dropHint = nullptr;
    QVBoxLayout *m_buttons = nullptr;
    QList<QAction *> m_actions;
};

} // namespace pathak::ui
