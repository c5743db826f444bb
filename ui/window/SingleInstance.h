#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace pathak::ui {

// One reader per library: the first launch listens on a local socket named
// after the library file; a later launch on the same library hands its
// arguments (files, URLs) to it and exits, so two windows never write to
// one library with two different views of it.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &libraryPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's path: in socketFolder(), named by a hash of the
    // library's canonical path, so any spelling of the same file finds the
    // same reader. Empty when there is no private folder.
    static QString serverName(const QString &libraryPath);

    // $XDG_RUNTIME_DIR when it is this user's alone, else a folder of this
    // user's own in the temporary folder (mode 0700), else empty. A socket
    // under a predictable name in /tmp could be taken by another user, who
    // would receive the files and addresses handed over.
    static QString socketFolder();

    // Makes this process the library's reader, or hands arguments to the
    // one already running. Returns true when this process should go on and
    // open the window; false when the running reader took the arguments.
    bool claim(const QStringList &arguments, int timeoutMs = 3000);

    // Arguments made absolute, as the running reader, in another working
    // folder, needs them. URLs pass unchanged.
    static QStringList absoluteArguments(const QStringList &arguments);

signals:
    // Arguments a later launch handed over, already absolute.
    void argumentsReceived(const QStringList &arguments);

private:
    bool handOff(const QStringList &arguments, int timeoutMs) const;
    bool listen();
    void onNewConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace pathak::ui
