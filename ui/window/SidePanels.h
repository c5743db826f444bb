#pragma once

#include <QObject>
#include <QStringList>

class QDockWidget;
class QMainWindow;
class QSettings;

namespace pathak::ui {

// The panels around the reading column (the library, search, annotations:
// QDockWidgets of the window) arranged so that the article comes first.
//
// - The left panels share one side bar, as tabs; the right ones (the
//   annotations) start hidden and are one key away.
// - On a first start the side bar takes about a third of the window, so
//   the reading column gets the rest.
// - A window narrower than narrowWidth hides its panels, since they would
//   starve the column; widened again, it brings back the ones it hid. A
//   panel the user opens while the window is narrow stays open.
// - Focus mode hides every panel and brings the same ones back.
class SidePanels : public QObject
{
    Q_OBJECT
public:
    static constexpr int narrowWidth = 960;

    explicit SidePanels(QMainWindow *window);

    // Call once every panel is docked (features add their own).
    void arrange();
    // Sizes for a first start, when no saved layout was restored.
    void applyFirstStartSizes();

    QList<QDockWidget *> docks() const;
    QList<QDockWidget *> visibleDocks() const;

    bool focusMode() const { return m_focusMode; }
    void setFocusMode(bool on);

    // What arrange() and the narrow window hid, kept across runs.
    void save(QSettings &settings) const;
    void restore(const QSettings &settings);

signals:
    void focusModeChanged(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void windowResized();
    void hide(const QList<QDockWidget *> &docks, QStringList &into);
    void show(QStringList &names);

    QMainWindow *m_window = nullptr;
    bool m_narrow = false;
    bool m_focusMode = false;
    QStringList m_hiddenByNarrow; // object names of the docks to bring back
    QStringList m_hiddenByFocus;
};

} // namespace pathak::ui
