#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QUrl>
#include <QWaitCondition>

#include <functional>
#include <thread>
#include <utility>

class QEventLoop;

namespace pathak::test {

// A real HTTP/1.1 server on 127.0.0.1 (a QTcpServer in its own thread, so
// it also answers while a test blocks on a child `pathak` process). The
// thread is a std::thread, joined on destruction: QThread::wait() returns
// before the thread has run its thread-local destructors, and OpenSSL's
// (the TLS listener uses it) then ran while the test process was exiting,
// after OpenSSL's global clean-up, and crashed it. Serves
// the fixtures in tests/data/web plus the hostile cases: /loop (redirects
// to itself), /chain/N (N redirects), /to-file (redirect to file://),
// /slow (never answers: only the client's timeout ends it), /held (answers
// with a page once the test calls releaseHeld()), /huge (21 MiB, no Content-Length),
// /huge-declared (announces 21 MiB), /missing (404), /error (500),
// /latin1-header.html (charset only in Content-Type), /article.txt (the
// text format). /feed.rss answers If-None-Match with 304. tlsUrl() serves
// the same over TLS with a self-signed certificate.
class TestHttpServer
{
public:
    // On another loopback address (127.0.0.2) when asked: a host the links
    // of a page on 127.0.0.1 may not reach.
    explicit TestHttpServer(const QString &address = QStringLiteral("127.0.0.1"));
    ~TestHttpServer();

    // Answers path with this response from now on, before the built-in pages:
    // the hostile pages and feeds a test builds itself.
    void route(const QString &path, int status, const QByteArray &contentType, const QByteArray &body,
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // The answer for a path set with route(), as bytes to send; empty when none.
    QByteArray routed(const QString &path) const;

    bool isListening() const { return m_port != 0; }
    QUrl url(const QString &path) const;
    QString urlString(const QString &path) const { return url(path).toString(); }
    // The same server over TLS, with a self-signed certificate.
    QUrl tlsUrl(const QString &path) const;

    // How many requests a path got, and in all.
    int requestCount(const QString &path) const;
    int totalRequests() const;
    // The If-None-Match header of the last request for a path.
    QByteArray lastIfNoneMatch(const QString &path) const;
    // The Host header of the last request for a path.
    QByteArray lastHost(const QString &path) const;
    // Blocks until the server has had a request for path; false only when
    // none came within the time, which is a hang guard.
    bool waitForRequest(const QString &path, int timeoutMs = 30000) const;
    // Answers the requests for /held so far, and every later one at once.
    void releaseHeld();

    // Called from the server thread.
    void recordRequest(const QString &path, const QByteArray &ifNoneMatch, const QByteArray &host);

private:
    std::thread m_thread;
    QEventLoop *m_loop = nullptr; // the server thread's, while it runs
    QString m_address;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    std::function<void()> m_releaseHeld; // queues the release into the server thread
    mutable QMutex m_mutex;
    mutable QWaitCondition m_requested;
    QHash<QString, int> m_counts;
    QHash<QString, QByteArray> m_ifNoneMatch;
    QHash<QString, QByteArray> m_hosts;
    QHash<QString, QByteArray> m_routes;
    int m_total = 0;
};

} // namespace pathak::test
