#include "ui/window/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace pathak::ui {

namespace {
QTranslator *appTranslator = nullptr;
QTranslator *qtTranslator = nullptr;
} // namespace

QString UiLanguage::setting()
{
    const QString value =
        QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    return value == QLatin1String("bn") || value == QLatin1String("en") ? value : QStringLiteral("system");
}

void UiLanguage::setSetting(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString UiLanguage::resolve(const QString &setting)
{
    if (setting == QLatin1String("bn") || setting == QLatin1String("en"))
        return setting;
    return QLocale::system().language() == QLocale::Bengali ? QStringLiteral("bn") : QStringLiteral("en");
}

QString UiLanguage::apply(const QString &setting)
{
    QString language = resolve(setting);
    for (QTranslator **t : {&appTranslator, &qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    // English needs its translator too: it holds the plural forms ("1 article").
    appTranslator = new QTranslator;
    if (appTranslator->load(QStringLiteral(":/i18n/pathak_%1.qm").arg(language)))
        QCoreApplication::installTranslator(appTranslator);
    if (language == QLatin1String("bn")) {
        qtTranslator = new QTranslator;
        if (qtTranslator->load(QLocale(QLocale::Bengali), QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
    }
    QLocale::setDefault(
        QLocale(language == QLatin1String("bn") ? QLocale::Bengali : QLocale::English,
                language == QLatin1String("bn") ? QLocale::Bangladesh : QLocale::AnyTerritory));
    return language;
}

} // namespace pathak::ui
