#pragma once

#include <QString>
#include <QStringList>

namespace pathak::ui {

// What a launch of the reader was given (`pathak FILE…|URL…`, the desktop
// file's %U, a pathak://save?url=… link from a browser's bookmarklet), told
// apart: files and folders for the file import, web addresses for the web
// importer. file:// URLs (what a desktop hands over for %U) are files.
class LaunchInputs
{
public:
    QStringList files;
    QStringList urls;
    QStringList refused; // "INPUT: reason", one line each

    static LaunchInputs split(const QStringList &arguments);
    // Whether an argument is one the reader takes rather than a command
    // name: an existing file or folder, or an address of a kind above.
    static bool isReaderInput(const QString &argument);
    // The page a pathak://save?url=… link asks to save; empty when it is
    // not such a link or the address is not http(s).
    static QString savedUrl(const QString &link);
};

} // namespace pathak::ui
