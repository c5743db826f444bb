#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace pathak {

struct DownloadLimits
{
    int connectTimeoutMs = 15000; // until the server starts to answer
    int totalTimeoutMs = 60000;   // the whole transfer
    qint64 maxBytes = qint64(20) * 1024 * 1024;
    int maxRedirects = 5;

    // The defaults, with PATHAK_NETWORK_TIMEOUT (seconds) as the total
    // timeout when set; the connect timeout never exceeds it.
    static DownloadLimits fromEnvironment();
};

struct DownloadRequest
{
    QUrl url;
    QByteArray ifNoneMatch;     // ETag of the copy we have (conditional GET)
    QByteArray ifModifiedSince; // Last-Modified of the copy we have
};

struct Download
{
    QUrl url;      // as asked for
    QUrl finalUrl; // after redirects
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;
    QByteArray etag;
    QByteArray lastModified;
    bool notModified = false; // 304: the copy we have is current
};

// Downloads over HTTP(S) with QNetworkAccessManager, defending against
// hostile servers: connect and total timeouts, a size cap enforced while
// reading, a bounded number of redirects, http and https only (redirects
// included), TLS errors reported and never ignored. At most maxParallel
// transfers run at once; the rest wait in a queue. Lives in one thread
// and calls back in it.
class Downloader : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<Download> &)>;

    explicit Downloader(QObject *parent = nullptr);
    ~Downloader() override;

    void setLimits(const DownloadLimits &limits) { m_limits = limits; }
    const DownloadLimits &limits() const { return m_limits; }
    void setMaxParallel(int n) { m_maxParallel = std::max(1, n); }

    void get(const DownloadRequest &request, Callback done);
    void get(const QUrl &url, Callback done) { get(DownloadRequest{url, {}, {}}, std::move(done)); }

    // Transfers running or waiting, and refusals not yet reported.
    int pending() const { return int(m_queue.size()) + m_running + m_refused; }
    // Transfers waiting for one of the maxParallel slots.
    int waiting() const { return int(m_queue.size()); }
    // Aborts everything; callbacks get a "cancelled" error.
    void cancelAll();

    static bool isSupportedUrl(const QUrl &url);

Q_SIGNALS:
    void idle();

private:
    struct Job
    {
        DownloadRequest request;
        Callback done;
    };
    struct Transfer; // one running transfer: what its reply's handlers share
    using TransferPtr = std::shared_ptr<Transfer>;

    void startNext();
    void start(Job job);
    QNetworkRequest networkRequest(const DownloadRequest &request) const;

    // The defences, each on the reply's signals; any of them aborts it.
    static void startTimeouts(const TransferPtr &transfer);
    static void checkRedirects(const TransferPtr &transfer);
    static void capSize(const TransferPtr &transfer);
    static void collectTlsErrors(const TransferPtr &transfer);

    // The reply finished: the caller gets its outcome, the next job starts.
    void finish(Transfer &transfer, const Callback &done, const QUrl &url);
    Result<Download> outcome(Transfer &transfer, const QUrl &url) const;
    // What stopped or refused the transfer here (an abort, the size cap,
    // TLS errors) comes before what the server or Qt reports: the reply's
    // own error after an abort is only "cancelled".
    std::optional<QString> transferFailure(const Transfer &transfer) const;
    std::optional<QString> httpFailure(const Transfer &transfer, int status) const;

    QNetworkAccessManager *m_manager;
    DownloadLimits m_limits;
    int m_maxParallel = 4;
    int m_running = 0;
    int m_refused = 0; // refused URLs whose callbacks are still to come
    bool m_cancelling = false;
    std::deque<Job> m_queue;
    QList<QNetworkReply *> m_replies;
};

} // namespace pathak
