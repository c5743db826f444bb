#include "ui/web/FeedSchedule.h"

#include "library/LibraryDatabase.h"
#include "ui/web/WebWorker.h"
#include "ui/window/SettingsDialog.h"
#include "ui/window/WindowEvents.h"
#include "ui/window/WindowHost.h"

#include <QNetworkInformation>
#include <QSettings>

#include <algorithm>
#include <chrono>

namespace pathak::ui {

const char *const FeedSchedule::settingKey = SettingsDialog::feedRefreshKey;

FeedSchedule::FeedSchedule(WindowHost *window) : QObject(&window->widget()), m_window(window)
{
    // A backend that can tell a metered connection, if the platform has one
    // (NetworkManager on Linux); without one nothing counts as metered.
    QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Metered);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FeedSchedule::refreshNow);
    connect(&window->events(), &WindowEvents::settingsChanged, this, &FeedSchedule::applySetting);
    applySetting();
}

FeedSchedule::~FeedSchedule()
{
    if (m_worker) {
        m_worker->cancel();
        m_worker->wait();
    }
}

int FeedSchedule::intervalHours()
{
    bool ok = false;
    const int hours = QSettings().value(QLatin1String(settingKey), defaultHours).toInt(&ok);
    return ok ? std::clamp(hours, 0, 24 * 7) : defaultHours;
}

void FeedSchedule::applySetting()
{
    const int hours = intervalHours();
    if (hours == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(std::chrono::hours(hours));
}

bool FeedSchedule::onMeteredNetwork()
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && info->supports(QNetworkInformation::Feature::Metered) && info->isMetered();
}

bool FeedSchedule::refreshNow()
{
    if (m_worker || onMeteredNetwork())
        return false;
    m_imported = 0;
    m_worker = new WebWorker(m_window->database().path(), WebWorker::Task::Refresh, {}, {}, this);
    connect(m_worker, &WebWorker::feedFinished, this,
            [this](const FeedRefreshResult &r) { m_imported += r.imported; });
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (m_imported > 0)
            m_window->reloadLibrary();
        emit refreshed(m_imported);
    });
    m_worker->start();
    return true;
}

} // namespace pathak::ui
