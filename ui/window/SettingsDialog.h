#pragma once

#include "ui/reader/ReaderSettings.h"

#include <QDialog>

class QComboBox;
class QSpinBox;
class QDoubleSpinBox;

namespace pathak::ui {

// Reading comfort and interface language in one place.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const ReaderSettings &settings, const QString &language, QWidget *parent = nullptr);

    ReaderSettings readerSettings() const;
    QString language() const; // "system", "bn" or "en"
    // How often the feeds refresh themselves, in hours (0: never): the
    // setting feedRefreshKey, which ui/web's FeedSchedule reads.
    int feedRefreshHours() const;
    static const char *const feedRefreshKey;

private:
    ReaderSettings m_base;
    QComboBox *m_family = nullptr;
    QDoubleSpinBox *m_size = nullptr;
    QSpinBox *m_spacing = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_width = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_feedHours = nullptr;
};

} // namespace pathak::ui
