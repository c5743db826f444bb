#include "ui/window/SidePanels.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QSettings>

#include <algorithm>

namespace pathak::ui {

SidePanels::SidePanels(QMainWindow *window) : QObject(window), m_window(window)
{
    window->setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    window->setTabPosition(Qt::LeftDockWidgetArea, QTabWidget::North);
    window->setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
    window->installEventFilter(this);
}

QList<QDockWidget *> SidePanels::docks() const
{
    return m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
}

QList<QDockWidget *> SidePanels::visibleDocks() const
{
    QList<QDockWidget *> visible;
    for (QDockWidget *d : docks()) {
        if (d->isVisibleTo(m_window))
            visible.append(d);
    }
    return visible;
}

void SidePanels::arrange()
{
    QDockWidget *first = nullptr;
    for (QDockWidget *d : docks()) {
        if (m_window->dockWidgetArea(d) != Qt::LeftDockWidgetArea)
            continue;
        if (!first) {
            first = d;
            continue;
        }
        m_window->tabifyDockWidget(first, d);
    }
    if (first)
        first->raise();
}

void SidePanels::applyFirstStartSizes()
{
    QList<QDockWidget *> left;
    for (QDockWidget *d : docks()) {
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(d);
        if (area == Qt::RightDockWidgetArea)
            d->hide(); // the annotations: one key away, not in the way
        else if (area == Qt::LeftDockWidgetArea)
            left.append(d);
    }
    if (!left.isEmpty()) {
        const int width = std::clamp(m_window->width() / 3, 280, 440);
        m_window->resizeDocks({left.first()}, {width}, Qt::Horizontal);
    }
    windowResized();
}

void SidePanels::setFocusMode(bool on)
{
    if (on == m_focusMode)
        return;
    m_focusMode = on;
    if (on)
        hide(visibleDocks(), m_hiddenByFocus);
    else
        show(m_hiddenByFocus);
    emit focusModeChanged(on);
}

void SidePanels::hide(const QList<QDockWidget *> &docks, QStringList &into)
{
    for (QDockWidget *d : docks) {
        into.append(d->objectName());
        d->hide();
    }
}

void SidePanels::show(QStringList &names)
{
    for (QDockWidget *d : docks()) {
        if (names.contains(d->objectName()))
            d->show();
    }
    names.clear();
}

bool SidePanels::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize)
        windowResized();
    return QObject::eventFilter(watched, event);
}

void SidePanels::windowResized()
{
    const bool narrow = m_window->width() < narrowWidth;
    if (narrow == m_narrow)
        return;
    m_narrow = narrow;
    if (m_focusMode)
        return; // nothing is shown to hide, nothing to bring back
    if (narrow)
        hide(visibleDocks(), m_hiddenByNarrow);
    else
        show(m_hiddenByNarrow);
}

void SidePanels::save(QSettings &settings) const
{
    QStringList hidden = m_hiddenByNarrow;
    hidden += m_hiddenByFocus;
    settings.setValue(QStringLiteral("window/panelsToShowAgain"), hidden);
}

void SidePanels::restore(const QSettings &settings)
{
    // Panels hidden for a narrow window or focus mode at the last quit come
    // back when there is room for them.
    for (const QString &name : settings.value(QStringLiteral("window/panelsToShowAgain")).toStringList()) {
        if (!m_hiddenByNarrow.contains(name))
            m_hiddenByNarrow.append(name);
    }
    m_narrow = !m_hiddenByNarrow.isEmpty();
    windowResized();
}

} // namespace pathak::ui
