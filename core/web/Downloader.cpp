#include "web/Downloader.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

// Failures are reported to the caller; the log is for diagnosis only (QT_LOGGING_RULES).
Q_LOGGING_CATEGORY(lcNetwork, "pathak.network", QtWarningMsg)

namespace pathak {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3);
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

void Downloader::get(const DownloadRequest &request, Callback done)
{
    if (!isSupportedUrl(request.url)) {
        // Reported asynchronously like every other outcome, so callers see one order of events.
        const QString why = request.url.scheme().isEmpty() || !request.url.isValid()
                                ? QStringLiteral("not a valid URL")
                                : QStringLiteral("only http and https URLs can be downloaded");
        // Counted as pending, but not as running: a refused URL takes no
        // transfer slot, so the jobs queued behind it still start.
        ++m_refused;
        QTimer::singleShot(0, this, [this, done = std::move(done), why] {
            --m_refused;
            done(Result<Download>::failure(why));
            if (pending() == 0)
                Q_EMIT idle();
        });
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

void Downloader::cancelAll()
{
    m_cancelling = true;
    std::deque<Job> waiting;
    waiting.swap(m_queue);
    for (Job &job : waiting)
        job.done(Result<Download>::failure(QStringLiteral("cancelled")));
    const QList<QNetworkReply *> running = m_replies;
    for (QNetworkReply *reply : running)
        reply->abort();
    m_cancelling = false;
}

// The reply, and what its handlers share; freed with the reply.
struct Downloader::Transfer
{
    Transfer(QNetworkReply *reply, const DownloadLimits &limits) : reply(reply), limits(limits) {}

    void abortWith(const QString &why)
    {
        if (abortReason.isEmpty())
            abortReason = why;
        reply->abort();
    }

    QNetworkReply *reply;
    const DownloadLimits limits; // as they were when the transfer started
    QTimer *connectTimer = nullptr;
    QByteArray body;
    QString abortReason;
    QStringList tlsErrors;
    int redirects = 0;
};

void Downloader::start(Job job)
{
    ++m_running;
    QNetworkReply *reply = m_manager->get(networkRequest(job.request));
    m_replies.append(reply);

    const auto transfer = std::make_shared<Transfer>(reply, m_limits);
    startTimeouts(transfer);
    checkRedirects(transfer);
    capSize(transfer);
    collectTlsErrors(transfer);
    connect(reply, &QNetworkReply::finished, this,
            [this, transfer, done = std::move(job.done), url = job.request.url] {
                finish(*transfer, done, url);
            });
}

QNetworkRequest Downloader::networkRequest(const DownloadRequest &request) const
{
    QNetworkRequest out(request.url);
    // Qt follows redirects itself (never from https down to http) up to the
    // limit; each hop is checked again (checkRedirects) for its scheme.
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    out.setMaximumRedirectsAllowed(m_limits.maxRedirects);
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
    QNetworkReply *reply = transfer->reply;
    const DownloadLimits &limits = transfer->limits;
    auto *connectTimer = new QTimer(reply);
    connectTimer->setSingleShot(true);
    connect(connectTimer, &QTimer::timeout, reply, [transfer] {
        transfer->abortWith(QStringLiteral("timed out: no answer within %1 s")
                                .arg(seconds(transfer->limits.connectTimeoutMs)));
    });
    connectTimer->start(limits.connectTimeoutMs);
    transfer->connectTimer = connectTimer;
    auto *totalTimer = new QTimer(reply);
    totalTimer->setSingleShot(true);
    connect(totalTimer, &QTimer::timeout, reply, [transfer] {
        transfer->abortWith(QStringLiteral("timed out: download not finished within %1 s")
                                .arg(seconds(transfer->limits.totalTimeoutMs)));
    });
    totalTimer->start(limits.totalTimeoutMs);
}

void Downloader::checkRedirects(const TransferPtr &transfer)
{
    connect(transfer->reply, &QNetworkReply::redirected, transfer->reply, [transfer](const QUrl &to) {
        ++transfer->redirects;
        if (!to.isValid() || to.isEmpty())
            transfer->abortWith(QStringLiteral("redirected to an invalid URL"));
        else if (!isSupportedUrl(to))
            transfer->abortWith(
                QStringLiteral("redirected to %1, which is not an http or https URL").arg(to.toString()));
        else if (transfer->redirects > transfer->limits.maxRedirects)
            transfer->abortWith(QStringLiteral("more than %1 redirects").arg(transfer->limits.maxRedirects));
    });
}

void Downloader::capSize(const TransferPtr &transfer)
{
    connect(transfer->reply, &QNetworkReply::metaDataChanged, transfer->reply, [transfer] {
        const qint64 maxBytes = transfer->limits.maxBytes;
        transfer->connectTimer->stop();
        const qint64 declared = transfer->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const int status = transfer->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (declared > maxBytes && (status < 300 || status >= 400))
            transfer->abortWith(QStringLiteral("larger than %1 MiB (the server announced %2 MiB)")
                                    .arg(megabytes(maxBytes), megabytes(declared)));
    });
    connect(transfer->reply, &QNetworkReply::readyRead, transfer->reply, [transfer] {
        const qint64 maxBytes = transfer->limits.maxBytes;
        transfer->connectTimer->stop();
        // Read as it arrives and stop at the cap: a server that lies about
        // (or omits) Content-Length cannot fill the memory.
        transfer->body += transfer->reply->read(maxBytes + 1 - transfer->body.size());
        if (transfer->body.size() > maxBytes)
            transfer->abortWith(QStringLiteral("larger than %1 MiB").arg(megabytes(maxBytes)));
    });
}

void Downloader::collectTlsErrors([[maybe_unused]] const TransferPtr &transfer)
{
#ifndef QT_NO_SSL
    connect(transfer->reply, &QNetworkReply::sslErrors, transfer->reply,
            [transfer](const QList<QSslError> &errors) {
                for (const QSslError &e : errors)
                    transfer->tlsErrors.append(e.errorString());
            });
#endif
}

void Downloader::finish(Transfer &transfer, const Callback &done, const QUrl &url)
{
    QNetworkReply *reply = transfer.reply;
    m_replies.removeOne(reply);
    reply->deleteLater();
    if (transfer.abortReason.isEmpty() && reply->bytesAvailable() > 0)
        transfer.body += reply->read(m_limits.maxBytes + 1 - transfer.body.size());
    const Result<Download> result = outcome(transfer, url);
    if (!result)
        qCInfo(lcNetwork) << url << result.error();
    --m_running;
    done(result);
    startNext();
    if (pending() == 0)
        Q_EMIT idle();
}

Result<Download> Downloader::outcome(Transfer &transfer, const QUrl &url) const
{
    using R = Result<Download>;
    QNetworkReply *reply = transfer.reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (std::optional<QString> why = transferFailure(transfer))
        return R::failure(*why);
    Download d;
    d.url = url;
    d.finalUrl = reply->url();
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
    if (transfer.body.size() > m_limits.maxBytes)
        return QStringLiteral("larger than %1 MiB").arg(megabytes(m_limits.maxBytes));
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
    if (reply->error() == QNetworkReply::TooManyRedirectsError)
        return QStringLiteral("more than %1 redirects").arg(m_limits.maxRedirects);
    if (reply->error() == QNetworkReply::InsecureRedirectError)
        return QStringLiteral("redirected from https to plain http, which is refused");
    if (reply->error() == QNetworkReply::ProtocolUnknownError &&
        (transfer.redirects > 0 || (status >= 300 && status < 400))) {
        const QUrl to = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        return QStringLiteral("redirected to %1, which is not an http or https URL").arg(to.toString());
    }
    if (reply->error() == QNetworkReply::OperationCanceledError && m_cancelling)
        return QStringLiteral("cancelled");
    if (reply->error() != QNetworkReply::NoError)
        return reply->errorString();
    if (status >= 300)
        return QStringLiteral("HTTP %1 without a usable redirect").arg(status);
    return std::nullopt;
}

} // namespace pathak
