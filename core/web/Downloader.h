#pragma once

#include "base/Result.h"
#include "web/DownloadBudget.h"

#include <QByteArray>
#include <QHostAddress>
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
    // The host the user entered themself (the page they save, the feed they
    // added): only there may the download, or a redirect, reach a loopback,
    // private or link-local address. Empty: nowhere.
    QString trustedHost;
    // The total time this download shares with others (a feed's, a
    // refresh's); none when null. A download that finds it spent is not started.
    std::shared_ptr<DownloadBudget> budget;

    // A URL the user gave: its own host is trusted.
    static DownloadRequest fromUser(const QUrl &url)
    {
        return DownloadRequest{url, {}, {}, url.host(), nullptr};
    }
    // A link found in remote content (a feed item, a page's image), which
    // the user reached from trustedHost.
    static DownloadRequest linkFrom(const QUrl &url, const QString &trustedHost,
                                    std::shared_ptr<DownloadBudget> budget = nullptr)
    {
        return DownloadRequest{url, {}, {}, trustedHost, std::move(budget)};
    }
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
// included), TLS errors reported and never ignored. Each hop's host is
// resolved once, its addresses checked (PrivateNetwork: no loopback,
// private or link-local address unless the host is the request's trusted
// host), and the connection goes to the address that was checked, with the
// Host header and the TLS name of the URL: a name that resolves to a public
// address for the check and a private one for the connection (DNS
// rebinding) gets nowhere. Redirects are followed here, not by Qt, so that
// every hop is checked the same way. At most maxParallel
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
    // A URL the user gave (DownloadRequest::fromUser).
    void get(const QUrl &url, Callback done) { get(DownloadRequest::fromUser(url), std::move(done)); }

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
    struct Transfer; // one download, over all its hops: what its handlers share
    using TransferPtr = std::shared_ptr<Transfer>;

    void startNext();
    void start(Job job);
    void refuseLater(Callback done, const QString &why);

    // One hop: resolve its host, check the addresses, connect to one.
    void startHop(const TransferPtr &transfer);
    void connectHop(const TransferPtr &transfer, const QList<QHostAddress> &addresses);
    QNetworkRequest networkRequest(const Transfer &transfer, const QHostAddress &address) const;
    void onHopFinished(const TransferPtr &transfer);
    // The next hop of a redirect, or why it is refused.
    Result<QUrl> redirectTarget(const Transfer &transfer, int status) const;

    // The defences, each on the reply's signals; any of them aborts it.
    void startTimeouts(const TransferPtr &transfer);
    static void capSize(const TransferPtr &transfer);
    static void collectTlsErrors(const TransferPtr &transfer);
    void abortWith(const TransferPtr &transfer, const QString &why);

    // The caller gets the outcome, the next job starts.
    void finish(const TransferPtr &transfer, const Result<Download> &result);
    Result<Download> outcome(Transfer &transfer) const;
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
    std::deque<Job> m_queue;
    QList<TransferPtr> m_transfers; // running
};

} // namespace pathak
