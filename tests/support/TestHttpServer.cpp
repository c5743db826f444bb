#include "TestHttpServer.h"

#include "TestLibrary.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QMutexLocker>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <future>
#include <memory>
#include <utility>

namespace pathak::test {

namespace {

constexpr qint64 kHugeSize = 21 * 1024 * 1024;

QByteArray statusLine(int status)
{
    switch (status) {
    case 200:
        return "200 OK";
    case 302:
        return "302 Found";
    case 304:
        return "304 Not Modified";
    case 404:
        return "404 Not Found";
    case 500:
        return "500 Internal Server Error";
    default:
        return QByteArray::number(status) + " Status";
    }
}

QByteArray response(int status, const QByteArray &contentType, const QByteArray &body,
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QByteArray out = "HTTP/1.1 " + statusLine(status) + "\r\nConnection: close\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return out;
}

// Fixture pages are stored as .page so that importing the tests/data
// folder does not pick them up as articles.
QByteArray fixture(const QString &name)
{
    return readAll(dataDir() + QStringLiteral("/web/") + name);
}

class Worker : public QObject
{
public:
    Worker(TestHttpServer *owner, const QString &address) : m_owner(owner), m_address(address) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(m_address, 0))
            return 0;
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
        return m_server->serverPort();
    }

    // The same pages over TLS with a self-signed certificate (tests/data/web/tls),
    // which a client must refuse.
    quint16 listenTls()
    {
        auto *server = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(fixture(QStringLiteral("tls/cert.pem"))));
        config.setPrivateKey(QSslKey(fixture(QStringLiteral("tls/key.pem")), QSsl::Rsa));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(config);
        if (!server->listen(m_address, 0))
            return 0;
        QObject::connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] {
            while (QTcpSocket *s = server->nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
        return server->serverPort();
    }

    void releaseHeld()
    {
        m_released = true;
        for (const QPointer<QTcpSocket> &s : std::exchange(m_held, {})) {
            if (s)
                send(s,
                     response(200, "text/html; charset=utf-8", fixture(QStringLiteral("news-plain.page"))));
        }
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m_buffers.remove(s);
        const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
        const QString path = QString::fromUtf8(request.value(1));
        QByteArray ifNoneMatch;
        QByteArray host;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("if-none-match:"))
                ifNoneMatch = line.mid(14).trimmed();
            if (line.toLower().startsWith("host:"))
                host = line.mid(5).trimmed();
        }
        m_owner->recordRequest(path, ifNoneMatch, host);
        answer(s, path, ifNoneMatch);
    }

    void send(QTcpSocket *s, const QByteArray &bytes)
    {
        s->write(bytes);
        s->disconnectFromHost();
    }

    void answer(QTcpSocket *s, const QString &path, const QByteArray &ifNoneMatch)
    {
        const QByteArray html = "text/html; charset=utf-8";
        if (const QByteArray custom = m_owner->routed(path); !custom.isEmpty())
            return send(s, custom);
        if (path == QLatin1String("/loop"))
            return send(s, response(302, {}, {}, {{"Location", "/loop"}}));
        if (path.startsWith(QLatin1String("/chain/"))) {
            const int n = path.mid(7).toInt();
            if (n <= 0)
                return send(s, response(200, html, fixture(QStringLiteral("news-plain.page"))));
            return send(s, response(302, {}, {}, {{"Location", "/chain/" + QByteArray::number(n - 1)}}));
        }
        if (path == QLatin1String("/to-file"))
            return send(s, response(302, {}, {}, {{"Location", "file:///etc/passwd"}}));
        // The connection stays open and silent until the client gives up
        // or the server ends: no answer can come first, however slow the client.
        if (path == QLatin1String("/slow"))
            return;
        if (path == QLatin1String("/held")) {
            m_held.append(s);
            if (m_released)
                releaseHeld();
            return;
        }
        if (path == QLatin1String("/huge")) {
            // No Content-Length: the client has to stop while reading.
            QByteArray head = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\n\r\n";
            s->write(head);
            s->write(QByteArray(kHugeSize, 'a'));
            s->disconnectFromHost();
            return;
        }
        if (path == QLatin1String("/huge-declared")) {
            s->write("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\nContent-Length: " +
                     QByteArray::number(kHugeSize) + "\r\n\r\n<html>");
            s->disconnectFromHost();
            return;
        }
        if (path == QLatin1String("/missing"))
            return send(s, response(404, "text/html", "<h1>not found</h1>"));
        if (path == QLatin1String("/error"))
            return send(s, response(500, "text/html", "<h1>server error</h1>"));
        if (path == QLatin1String("/article.txt"))
            return send(s, response(200, "text/plain; charset=utf-8",
                                    readAll(dataFile(QStringLiteral("rain-with-comments.txt")))));
        if (path == QLatin1String("/latin1-header.html")) {
            QByteArray page = fixture(QStringLiteral("windows-1252.page"));
            page.replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
                         "");
            return send(s, response(200, "text/html; charset=ISO-8859-1", page));
        }
        if (path == QLatin1String("/windows-1252.html"))
            return send(s, response(200, "text/html", fixture(QStringLiteral("windows-1252.page"))));
        if (path == QLatin1String("/feed.rss")) {
            const QByteArray etag = "\"rss-v1\"";
            if (ifNoneMatch == etag)
                return send(s, response(304, {}, {}, {{"ETag", etag}}));
            return send(s, response(200, "application/rss+xml", fixture(QStringLiteral("feed.rss")),
                                    {{"ETag", etag}}));
        }
        if (path == QLatin1String("/feed.atom"))
            return send(s, response(200, "application/atom+xml", fixture(QStringLiteral("feed.atom")),
                                    {{"Last-Modified", "Sat, 28 Nov 2026 09:00:00 GMT"}}));
        if (path == QLatin1String("/hostile-links.rss"))
            return send(s,
                        response(200, "application/rss+xml", fixture(QStringLiteral("hostile-links.rss"))));
        if (path == QLatin1String("/broken-items.rss"))
            return send(s, response(200, "application/rss+xml", fixture(QStringLiteral("broken-items.rss"))));
        if (path == QLatin1String("/malformed.xml"))
            return send(s, response(200, "application/rss+xml", fixture(QStringLiteral("malformed.xml"))));
        if (path == QLatin1String("/images/lead.png"))
            return send(s, response(200, "image/png", fixture(QStringLiteral("images/lead.png"))));
        if (path.endsWith(QLatin1String(".html"))) {
            const QByteArray page = fixture(path.mid(1).chopped(5) + QStringLiteral(".page"));
            if (!page.isEmpty())
                return send(s, response(200, html, page));
        }
        send(s, response(404, "text/html", "<h1>not found</h1>"));
    }

    TestHttpServer *m_owner;
    QHostAddress m_address;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_held;
    bool m_released = false;
};

} // namespace

TestHttpServer::TestHttpServer(const QString &address) : m_address(address)
{
    std::promise<void> listening;
    std::future<void> ready = listening.get_future();
    m_thread = std::thread([this, &listening] {
        // Everything the server owns lives and dies in this thread.
        QEventLoop loop;
        auto worker = std::make_unique<Worker>(this, m_address);
        m_port = worker->listen();
        m_tlsPort = worker->listenTls();
        m_releaseHeld = [w = worker.get()] {
            QMetaObject::invokeMethod(
                w, [w] { w->releaseHeld(); }, Qt::QueuedConnection);
        };
        m_loop = &loop;
        listening.set_value();
        loop.exec();
    });
    ready.wait();
}

TestHttpServer::~TestHttpServer()
{
    QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
    m_thread.join(); // returns once the thread has fully ended, its thread-local destructors included
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://%1:%2%3").arg(m_address).arg(m_port).arg(path));
}

QUrl TestHttpServer::tlsUrl(const QString &path) const
{
    return QUrl(QStringLiteral("https://%1:%2%3").arg(m_address).arg(m_tlsPort).arg(path));
}

void TestHttpServer::route(const QString &path, int status, const QByteArray &contentType,
                           const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QMutexLocker lock(&m_mutex);
    m_routes[path] = response(status, contentType, body, headers);
}

QByteArray TestHttpServer::routed(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_routes.value(path);
}

QByteArray TestHttpServer::lastHost(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_hosts.value(path);
}

void TestHttpServer::recordRequest(const QString &path, const QByteArray &ifNoneMatch, const QByteArray &host)
{
    QMutexLocker lock(&m_mutex);
    m_hosts[path] = host;
    ++m_counts[path];
    ++m_total;
    m_ifNoneMatch[path] = ifNoneMatch;
    m_requested.wakeAll();
}

bool TestHttpServer::waitForRequest(const QString &path, int timeoutMs) const
{
    QMutexLocker lock(&m_mutex);
    QDeadlineTimer deadline(timeoutMs);
    while (!m_counts.contains(path)) {
        if (!m_requested.wait(&m_mutex, deadline))
            return false;
    }
    return true;
}

void TestHttpServer::releaseHeld()
{
    m_releaseHeld();
}

int TestHttpServer::requestCount(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_counts.value(path);
}

int TestHttpServer::totalRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_total;
}

QByteArray TestHttpServer::lastIfNoneMatch(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_ifNoneMatch.value(path);
}

} // namespace pathak::test
