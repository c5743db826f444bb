#include "web/Downloader.h"

#include "web/PrivateNetwork.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

#include <limits>

// Failures are reported to the caller; the log is for diagnosis only (QT_LOGGING_RULES).
Q_LOGGING_CATEGORY(lcNetwork, "pathak.network", QtWarningMsg)

namespace pathak {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3);
}

// Qt's text for a failed transfer, made a whole sentence: some of its
// messages end in a colon and an empty detail ("Decompression failed: ").
QString networkErrorText(const QNetworkReply &reply)
{
    QString why = reply.errorString().trimmed();
    while (why.endsWith(QLatin1Char(':')))
        why.chop(1);
    if (why.startsWith(QLatin1String("Decompression failed")))
        return QStringLiteral("the server's compressed answer is broken and cannot be unpacked");
    if (why.isEmpty())
        return QStringLiteral("the transfer failed (network error %1)").arg(int(reply.error()));
    return why;
}

QString seconds(int ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 3);
}

} // namespace

DownloadLimits DownloadLimits::fromEnvironment()
{
    DownloadLimits limits;
    bool ok = false;
    const double seconds = qEnvironmentVariable("PATHAK_NETWORK_TIMEOUT").toDouble(&ok);
    if (ok && seconds > 0) {
        limits.totalTimeoutMs = int(seconds * 1000);
        limits.connectTimeoutMs = std::min(limits.connectTimeoutMs, limits.totalTimeoutMs);
    }
    return limits;
}

Downloader::Downloader(QObject *parent) : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    // Pages are saved once: a disk cache would only keep copies.
    m_manager->setCache(nullptr);
}

Downloader::~Downloader()
{
    cancelAll();
}

bool Downloader::isSupportedUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

void Downloader::refuseLater(Callback done, const QString &why)
{
    // Reported asynchronously like every other outcome, so callers see one
    // order of events. Counted as pending, but not as running: a refused URL
    // takes no transfer slot, so the jobs queued behind it still start.
    ++m_refused;
    QTimer::singleShot(0, this, [this, done = std::move(done), why] {
        --m_refused;
        done(Result<Download>::failure(why));
        if (pending() == 0)
            Q_EMIT idle();
    });
}

void Downloader::get(const DownloadRequest &request, Callback done)
{
    if (!isSupportedUrl(request.url)) {
        refuseLater(std::move(done), request.url.scheme().isEmpty() || !request.url.isValid()
                                         ? QStringLiteral("not a valid URL")
                                         : QStringLiteral("only http and https URLs can be downloaded"));
        return;
    }
    m_queue.push_back(Job{request, std::move(done)});
    startNext();
}

void Downloader::startNext()
{
    while (m_running < m_maxParallel && !m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        start(std::move(job));
    }
}

// One download and what its handlers share; it outlives its replies.
struct Downloader::Transfer
{
    Transfer(Job job, const DownloadLimits &limits)
        : job(std::move(job)), limits(limits), url(this->job.request.url)
    {
    }

    Job job;
    const DownloadLimits limits; // as they were when the transfer started
    QUrl url;                    // this hop's URL, as the server knows it
    QNetworkReply *reply = nullptr;
    int lookupId = -1; // while the host is being resolved
    std::unique_ptr<QTimer> connectTimer;
    std::unique_ptr<QTimer> totalTimer;
    QByteArray body;
    QString abortReason;
    QStringList tlsErrors;
    int redirects = 0;
    bool finished = false;
    bool budgetCounted = false; // told its budget it started
};

void Downloader::cancelAll()
{
    std::deque<Job> waiting;
    waiting.swap(m_queue);
    for (Job &job : waiting)
        job.done(Result<Download>::failure(QStringLiteral("cancelled")));
    const QList<TransferPtr> running = m_transfers;
    for (const TransferPtr &transfer : running)
        abortWith(transfer, QStringLiteral("cancelled"));
}

void Downloader::start(Job job)
{
    ++m_running;
    const auto transfer = std::make_shared<Transfer>(std::move(job), m_limits);
    m_transfers.append(transfer);
    if (const std::shared_ptr<DownloadBudget> &budget = transfer->job.request.budget) {
        if (budget->isSpent()) {
            // Not started; told from the event loop like every other outcome.
            startTimeouts(transfer);
            QTimer::singleShot(0, this, [this, transfer] {
                finish(transfer, Result<Download>::failure(transfer->job.request.budget->spentReason()));
            });
            return;
        }
        budget->transferStarted();
        transfer->budgetCounted = true;
    }
    startTimeouts(transfer);
    startHop(transfer);
}

void Downloader::startHop(const TransferPtr &transfer)
{
    if (transfer->job.request.budget && transfer->job.request.budget->isSpent()) {
        finish(transfer, Result<Download>::failure(transfer->job.request.budget->spentReason()));
        return;
    }
    transfer->body.clear();
    transfer->tlsErrors.clear();
    transfer->connectTimer->start(transfer->limits.connectTimeoutMs);
    const QString host = transfer->url.host();
    QHostAddress literal;
    if (literal.setAddress(host)) {
        // No lookup (QHostInfo would look the name of an address up); the
        // outcome still comes from the event loop, like every other.
        QTimer::singleShot(0, this, [this, transfer, literal] {
            if (!transfer->finished)
                connectHop(transfer, {literal});
        });
        return;
    }
    transfer->lookupId = QHostInfo::lookupHost(host, this, [this, transfer](const QHostInfo &info) {
        transfer->lookupId = -1;
        if (transfer->finished)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            const QString why = info.errorString().trimmed();
            finish(transfer, Result<Download>::failure(
                                 QStringLiteral("could not find the server %1%2")
                                     .arg(transfer->url.host(),
                                          why.isEmpty() ? QString() : QStringLiteral(": ") + why)));
            return;
        }
        connectHop(transfer, info.addresses());
    });
}

void Downloader::connectHop(const TransferPtr &transfer, const QList<QHostAddress> &addresses)
{
    const QString host = transfer->url.host();
    const bool trusted = PrivateNetwork::isSameHost(host, transfer->job.request.trustedHost);
    if (!trusted) {
        // Every address is checked, not only the one used: a name that also
        // resolves to a private address is not a public server's.
        for (const QHostAddress &a : addresses) {
            const QString kind = PrivateNetwork::kindOf(a);
            if (!kind.isEmpty()) {
                const QString shown =
                    host == a.toString() ? host : QStringLiteral("%1 (%2)").arg(host, a.toString());
                finish(transfer,
                       Result<Download>::failure(
                           QStringLiteral("not downloaded: %1 is %2, which a link from a page or feed "
                                          "may not reach (only a host you entered yourself may be)")
                               .arg(shown, kind)));
                return;
            }
        }
    }
    // IPv4 first, as Qt itself tries it first: a local server often listens on it only.
    QHostAddress address = addresses.first();
    for (const QHostAddress &a : addresses) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol) {
            address = a;
            break;
        }
    }
    QNetworkReply *reply = m_manager->get(networkRequest(*transfer, address));
    transfer->reply = reply;
    capSize(transfer);
    collectTlsErrors(transfer);
    connect(reply, &QNetworkReply::finished, this, [this, transfer] { onHopFinished(transfer); });
}

QNetworkRequest Downloader::networkRequest(const Transfer &transfer, const QHostAddress &address) const
{
    const DownloadRequest &request = transfer.job.request;
    QUrl pinned = transfer.url;
    pinned.setUserInfo({});
    pinned.setFragment({});
    pinned.setHost(address.toString());
    QNetworkRequest out(pinned);
    // The server sees the name from the URL; TLS checks the certificate for it.
    out.setRawHeader("Host", transfer.url.authority(QUrl::RemoveUserInfo | QUrl::FullyEncoded).toUtf8());
    if (transfer.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        out.setPeerVerifyName(transfer.url.host());
    // HTTP/2 would name the address, not the host, as the request's authority.
    out.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    out.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    out.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Pathak/0.1 (offline news reader)"));
    out.setRawHeader("Accept",
                     "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
    if (!request.ifNoneMatch.isEmpty())
        out.setRawHeader("If-None-Match", request.ifNoneMatch);
    if (!request.ifModifiedSince.isEmpty())
        out.setRawHeader("If-Modified-Since", request.ifModifiedSince);
    return out;
}

void Downloader::startTimeouts(const TransferPtr &transfer)
{
    std::weak_ptr<Transfer> weak = transfer;
    transfer->connectTimer = std::make_unique<QTimer>();
    transfer->connectTimer->setSingleShot(true);
    connect(transfer->connectTimer.get(), &QTimer::timeout, this, [this, weak] {
        if (TransferPtr t = weak.lock())
            abortWith(
                t,
                QStringLiteral("timed out: no answer within %1 s").arg(seconds(t->limits.connectTimeoutMs)));
    });
    // The transfer's own timeout, or what is left of its budget when that is less.
    qint64 totalMs = transfer->limits.totalTimeoutMs;
    const std::shared_ptr<DownloadBudget> budget = transfer->job.request.budget;
    const bool budgetFirst = budget && budget->remainingMs() < totalMs;
    if (budgetFirst)
        totalMs = budget->remainingMs();
    transfer->totalTimer = std::make_unique<QTimer>();
    transfer->totalTimer->setSingleShot(true);
    connect(transfer->totalTimer.get(), &QTimer::timeout, this, [this, weak, budgetFirst] {
        if (TransferPtr t = weak.lock())
            abortWith(t, budgetFirst ? t->job.request.budget->spentReason()
                                     : QStringLiteral("timed out: download not finished within %1 s")
                                           .arg(seconds(t->limits.totalTimeoutMs)));
    });
    transfer->totalTimer->start(int(std::min<qint64>(totalMs, std::numeric_limits<int>::max())));
}

void Downloader::abortWith(const TransferPtr &transfer, const QString &why)
{
    if (transfer->finished)
        return;
    if (transfer->abortReason.isEmpty())
        transfer->abortReason = why;
    if (transfer->reply) {
        transfer->reply->abort(); // finished() follows, with the reason
        return;
    }
    if (transfer->lookupId >= 0)
        QHostInfo::abortHostLookup(transfer->lookupId);
    finish(transfer, Result<Download>::failure(transfer->abortReason));
}

void Downloader::capSize(const TransferPtr &transfer)
{
    QNetworkReply *reply = transfer->reply;
    // The handlers hold the transfer weakly: the reply may outlive it by a deleteLater.
    std::weak_ptr<Transfer> weak = transfer;
    connect(reply, &QNetworkReply::metaDataChanged, reply, [weak, reply] {
        TransferPtr t = weak.lock();
        if (!t || t->reply != reply)
            return;
        const qint64 maxBytes = t->limits.maxBytes;
        t->connectTimer->stop();
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (declared > maxBytes && (status < 300 || status >= 400)) {
            if (t->abortReason.isEmpty())
                t->abortReason = QStringLiteral("larger than %1 MiB (the server announced %2 MiB)")
                                     .arg(megabytes(maxBytes), megabytes(declared));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [weak, reply] {
        TransferPtr t = weak.lock();
        if (!t || t->reply != reply)
            return;
        const qint64 maxBytes = t->limits.maxBytes;
        t->connectTimer->stop();
        // Read as it arrives and stop at the cap: a server that lies about
        // (or omits) Content-Length cannot fill the memory.
        t->body += reply->read(maxBytes + 1 - t->body.size());
        if (t->body.size() > maxBytes) {
            if (t->abortReason.isEmpty())
                t->abortReason = QStringLiteral("larger than %1 MiB").arg(megabytes(maxBytes));
            reply->abort();
        }
    });
}

void Downloader::collectTlsErrors([[maybe_unused]] const TransferPtr &transfer)
{
#ifndef QT_NO_SSL
    std::weak_ptr<Transfer> weak = transfer;
    connect(transfer->reply, &QNetworkReply::sslErrors, transfer->reply,
            [weak](const QList<QSslError> &errors) {
                if (TransferPtr t = weak.lock()) {
                    for (const QSslError &e : errors)
                        t->tlsErrors.append(e.errorString());
                }
            });
#endif
}

void Downloader::onHopFinished(const TransferPtr &transfer)
{
    QNetworkReply *reply = transfer->reply;
    if (!reply || transfer->finished)
        return;
    if (transfer->abortReason.isEmpty() && reply->bytesAvailable() > 0)
        transfer->body += reply->read(transfer->limits.maxBytes + 1 - transfer->body.size());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    if (redirect && !transferFailure(*transfer) && reply->error() == QNetworkReply::NoError) {
        Result<QUrl> next = redirectTarget(*transfer, status);
        reply->deleteLater();
        transfer->reply = nullptr;
        if (!next) {
            finish(transfer, Result<Download>::failure(next.error()));
            return;
        }
        ++transfer->redirects;
        transfer->url = next.value();
        startHop(transfer);
        return;
    }
    const Result<Download> result = outcome(*transfer);
    reply->deleteLater();
    transfer->reply = nullptr;
    finish(transfer, result);
}

Result<QUrl> Downloader::redirectTarget(const Transfer &transfer, int status) const
{
    using R = Result<QUrl>;
    const QByteArray location = transfer.reply->rawHeader("Location").trimmed();
    if (location.isEmpty())
        return R::failure(
            QStringLiteral("HTTP %1 without a usable redirect (no Location header)").arg(status));
    const QUrl relative(QString::fromUtf8(location), QUrl::StrictMode);
    const QUrl to = transfer.url.resolved(relative);
    if (!relative.isValid() || !to.isValid())
        return R::failure(QStringLiteral("redirected to an invalid URL"));
    if (!isSupportedUrl(to))
        return R::failure(QStringLiteral("redirected to %1, which is not an http or https URL")
                              .arg(to.toDisplayString(QUrl::RemoveUserInfo)));
    if (transfer.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
        to.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return R::failure(QStringLiteral("redirected from https to plain http, which is refused"));
    if (transfer.redirects + 1 > transfer.limits.maxRedirects)
        return R::failure(QStringLiteral("more than %1 redirects").arg(transfer.limits.maxRedirects));
    return to;
}

void Downloader::finish(const TransferPtr &transfer, const Result<Download> &result)
{
    if (transfer->finished)
        return;
    transfer->finished = true;
    transfer->connectTimer->stop();
    transfer->totalTimer->stop();
    if (transfer->budgetCounted)
        transfer->job.request.budget->transferFinished();
    m_transfers.removeOne(transfer);
    if (!result)
        qCInfo(lcNetwork) << transfer->job.request.url << result.error();
    --m_running;
    transfer->job.done(result);
    startNext();
    if (pending() == 0)
        Q_EMIT idle();
}

Result<Download> Downloader::outcome(Transfer &transfer) const
{
    using R = Result<Download>;
    QNetworkReply *reply = transfer.reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (std::optional<QString> why = transferFailure(transfer))
        return R::failure(*why);
    Download d;
    d.url = transfer.job.request.url;
    d.finalUrl = transfer.url;
    d.httpStatus = status;
    if (status == 304) {
        d.notModified = true;
        return d;
    }
    if (std::optional<QString> why = httpFailure(transfer, status))
        return R::failure(*why);
    d.contentType = reply->rawHeader("Content-Type");
    d.body = std::move(transfer.body);
    d.etag = reply->rawHeader("ETag");
    d.lastModified = reply->rawHeader("Last-Modified");
    return d;
}

std::optional<QString> Downloader::transferFailure(const Transfer &transfer) const
{
    if (!transfer.abortReason.isEmpty())
        return transfer.abortReason;
    if (transfer.body.size() > transfer.limits.maxBytes)
        return QStringLiteral("larger than %1 MiB").arg(megabytes(transfer.limits.maxBytes));
    if (!transfer.tlsErrors.isEmpty())
        return QStringLiteral("TLS error: %1").arg(transfer.tlsErrors.join(QStringLiteral("; ")));
    return std::nullopt;
}

std::optional<QString> Downloader::httpFailure(const Transfer &transfer, int status) const
{
    const QNetworkReply *reply = transfer.reply;
    if (status >= 400) {
        const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return QStringLiteral("HTTP %1%2")
            .arg(status)
            .arg(phrase.isEmpty() ? QString() : QLatin1Char(' ') + phrase);
    }
    if (reply->error() != QNetworkReply::NoError)
        return networkErrorText(*reply);
    if (status >= 300)
        return QStringLiteral("HTTP %1 without a usable redirect").arg(status);
    if (status == 0)
        return QStringLiteral("the server sent no HTTP answer");
    return std::nullopt;
}

} // namespace pathak
