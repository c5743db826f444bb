#include "ui/window/SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>
#include <QUrl>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcInstance, "pathak.instance", QtWarningMsg)

namespace pathak::ui {

namespace {

// The message: a tag and version, then the arguments; the reader answers
// one byte once it has them, so the sender knows it may exit.
constexpr quint32 messageTag = 0x50544b31; // "PTK1"
constexpr char acknowledgement = 'k';

// Whether folder is this user's alone: a folder (not a link), owned by
// this user, that no one else may enter.
bool isPrivateFolder(const QString &folder)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(folder).constData(), &info) == 0 && S_ISDIR(info.st_mode) &&
           info.st_uid == ::getuid() && (info.st_mode & 0077) == 0;
}

// The user id at the other end of a connected local socket, or -1.
qint64 peerUid(qintptr descriptor)
{
    struct ucred credentials = {};
    socklen_t size = sizeof credentials;
    if (::getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0)
        return -1;
    return qint64(credentials.uid);
}

bool looksLikeUrl(const QString &argument)
{
    const QUrl url(argument, QUrl::StrictMode);
    return url.isValid() && url.scheme().size() > 1 && argument.contains(QLatin1String("://"));
}

} // namespace

SingleInstance::SingleInstance(const QString &libraryPath, QObject *parent)
    : QObject(parent), m_name(serverName(libraryPath))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketFolder()
{
    // The session's own folder (the XDG base directory rules make it 0700).
    QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && isPrivateFolder(runtime))
        return runtime;
    // Else one of this user's own in the temporary folder: made 0700, and
    // used only when it is ours (another user may have made it first).
    const QString own = QDir::tempPath() + QStringLiteral("/pathak-") + QString::number(::getuid());
    ::mkdir(QFile::encodeName(own).constData(), 0700);
    return isPrivateFolder(own) ? own : QString();
}

QString SingleInstance::serverName(const QString &libraryPath)
{
    const QString folder = socketFolder();
    if (folder.isEmpty())
        return {};
    const QFileInfo info(libraryPath);
    QString path = info.canonicalFilePath();
    if (path.isEmpty())
        path = info.absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return folder + QStringLiteral("/pathak-") + QString::fromLatin1(hash);
}

QStringList SingleInstance::absoluteArguments(const QStringList &arguments)
{
    QStringList out;
    for (const QString &a : arguments)
        out.append(looksLikeUrl(a) ? a : QFileInfo(a).absoluteFilePath());
    return out;
}

bool SingleInstance::claim(const QStringList &arguments, int timeoutMs)
{
    if (m_name.isEmpty()) {
        qCWarning(lcInstance) << "no private folder for the instance socket;"
                              << "a second launch will open a second window";
        return true;
    }
    const QStringList absolute = absoluteArguments(arguments);
    // A few rounds: another launch may start listening between our attempt
    // to reach it and our attempt to listen.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (handOff(absolute, timeoutMs))
            return false;
        if (listen())
            return true;
    }
    // No one answers and the name stays taken: a reader that crashed left
    // its socket behind. Take the name over.
    QLocalServer::removeServer(m_name);
    if (!listen())
        qCWarning(lcInstance) << "cannot listen on" << m_name
                              << "; a second launch will open a second window";
    return true;
}

bool SingleInstance::handOff(const QStringList &arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    // The files and addresses go only to a reader of this user's.
    if (peerUid(socket.socketDescriptor()) != qint64(::getuid())) {
        qCWarning(lcInstance) << m_name << "is held by another user";
        return false;
    }
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << messageTag << arguments;
    QByteArray framed;
    QDataStream frame(&framed, QIODevice::WriteOnly);
    frame << message;
    socket.write(framed);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Only the answer proves the reader has the arguments.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    char reply = 0;
    socket.getChar(&reply);
    return reply == acknowledgement;
}

bool SingleInstance::listen()
{
    auto *server = new QLocalServer(this);
    // Only this user may hand arguments to this user's reader.
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // Only this user's launches may hand over files and addresses.
        if (peerUid(socket->socketDescriptor()) != qint64(::getuid())) {
            socket->abort();
            continue;
        }
        // Read as the bytes come; a sender that stalls or sends garbage is dropped.
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream frame(socket);
            frame.setVersion(QDataStream::Qt_6_4);
            frame.startTransaction();
            QByteArray message;
            frame >> message;
            if (!frame.commitTransaction())
                return; // not all there yet
            QDataStream in(message);
            in.setVersion(QDataStream::Qt_6_4);
            quint32 tag = 0;
            QStringList arguments;
            in >> tag >> arguments;
            if (in.status() != QDataStream::Ok || tag != messageTag) {
                socket->abort();
                return;
            }
            socket->putChar(acknowledgement);
            socket->flush();
            socket->disconnectFromServer();
            emit argumentsReceived(arguments);
        });
    }
}

} // namespace pathak::ui
