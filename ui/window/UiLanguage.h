#pragma once

#include <QString>

namespace pathak::ui {

// The language of the user interface: Bengali or English, following the
// system locale unless the user chose one in Settings ("ui/language").
class UiLanguage
{
public:
    // "system", "bn" or "en".
    static QString setting();
    static void setSetting(const QString &language);
    // The language a setting means here: "bn" or "en".
    static QString resolve(const QString &setting);
    // Installs the translators for a setting; widgets get a LanguageChange
    // event and retranslate themselves. Returns the language now in use.
    static QString apply(const QString &setting);
};

} // namespace pathak::ui
