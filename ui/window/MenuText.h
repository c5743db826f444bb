#pragma once

#include <QString>

namespace pathak::ui {

// A menu action's text as a button or a list shows it: without its
// mnemonic, whether the source marks it in place ("&Import") or a
// translation adds it at the end ("আমদানি(&I)"), and without the trailing
// "…" that promises a dialog.
class MenuText
{
public:
    static QString plain(QString text);
};

} // namespace pathak::ui
