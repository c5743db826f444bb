#include "ui/window/SettingsDialog.h"

#include "ui/reader/ReaderFonts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>

namespace pathak::ui {

SettingsDialog::SettingsDialog(const ReaderSettings &settings, const QString &language, QWidget *parent)
    : QDialog(parent), m_base(settings)
{
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout;

    // Only fonts that can show Bengali are offered: any other would fall back glyph by glyph.
    m_family = new QComboBox(this);
    m_family->setObjectName(QStringLiteral("fontFamily"));
    m_family->addItem(tr("Default (%1)").arg(ReaderFonts::defaultFamily()), QString());
    for (const QString &family : ReaderFonts::bengaliFamilies())
        m_family->addItem(family, family);
    m_family->setCurrentIndex(std::max(0, m_family->findData(settings.fontFamily)));
    form->addRow(tr("Reading font:"), m_family);

    m_size = new QDoubleSpinBox(this);
    m_size->setRange(ReaderSettings::minFontSize, ReaderSettings::maxFontSize);
    m_size->setDecimals(0);
    m_size->setSuffix(tr(" pt"));
    m_size->setValue(settings.fontSize);
    form->addRow(tr("Text size:"), m_size);

    m_spacing = new QSpinBox(this);
    m_spacing->setRange(100, 300);
    m_spacing->setSingleStep(10);
    m_spacing->setSuffix(QStringLiteral(" %"));
    m_spacing->setValue(settings.lineSpacing);
    form->addRow(tr("Line spacing:"), m_spacing);

    m_width = new QSpinBox(this);
    m_width->setRange(300, 2000);
    m_width->setSingleStep(20);
    m_width->setSuffix(tr(" px"));
    m_width->setValue(settings.columnWidth);
    form->addRow(tr("Text column width:"), m_width);

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Light"), ReaderSettings::themeName(ReaderTheme::Light));
    m_theme->addItem(tr("Dark"), ReaderSettings::themeName(ReaderTheme::Dark));
    m_theme->addItem(tr("Sepia"), ReaderSettings::themeName(ReaderTheme::Sepia));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(ReaderSettings::themeName(settings.theme))));
    form->addRow(tr("Theme:"), m_theme);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    // Each language is named in itself, so it can be found whatever the current one.
    m_language->addItem(QStringLiteral("বাংলা"), QStringLiteral("bn"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    form->addRow(tr("Interface language:"), m_language);

    m_feedHours = new QSpinBox(this);
    m_feedHours->setObjectName(QStringLiteral("feedRefreshHours"));
    m_feedHours->setRange(0, 24 * 7);
    m_feedHours->setSuffix(tr(" h"));
    m_feedHours->setSpecialValueText(tr("Never"));
    m_feedHours->setValue(QSettings().value(QLatin1String(feedRefreshKey), 3).toInt());
    m_feedHours->setToolTip(tr("Feeds refresh in the background this often, never on a metered connection"));
    form->addRow(tr("Refresh feeds every:"), m_feedHours);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);
}

ReaderSettings SettingsDialog::readerSettings() const
{
    ReaderSettings s = m_base;
    s.fontFamily = m_family->currentData().toString();
    s.fontSize = m_size->value();
    s.lineSpacing = m_spacing->value();
    s.columnWidth = m_width->value();
    s.theme = ReaderSettings::themeFromName(m_theme->currentData().toString()).value_or(ReaderTheme::Light);
    return s;
}

const char *const SettingsDialog::feedRefreshKey = "feeds/refreshHours";

int SettingsDialog::feedRefreshHours() const
{
    return m_feedHours->value();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace pathak::ui
