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
        ++m_running;
        QTimer::singleShot(0, this, [this, done = std::move(done), why] {
            --m_running;
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

void Downloader::start(Job job)
{
    ++m_running;
    QNetworkRequest request(job.request.url);
    // Qt follows redirects itself (never from https down to http) up to the
    // limit; each hop is checked again below for its scheme.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Pathak/0.1 (offline news reader)"));
    request.setRawHeader("Accept",
                         "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
    if (!job.request.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", job.request.ifNoneMatch);
    if (!job.request.ifModifiedSince.isEmpty())
        request.setRawHeader("If-Modified-Since", job.request.ifModifiedSince);

    QNetworkReply *reply = m_manager->get(request);
    m_replies.append(reply);

    // State shared by the reply's handlers; freed with the reply.
    struct State
    {
        QByteArray body;
        QString abortReason;
        QStringList tlsErrors;
        int redirects = 0;
    };
    auto state = std::make_shared<State>();
    const DownloadLimits limits = m_limits;
    const auto abortWith = [reply, state](const QString &why) {
        if (state->abortReason.isEmpty())
            state->abortReason = why;
        reply->abort();
    };

    auto *connectTimer = new QTimer(reply);
    connectTimer->setSingleShot(true);
    connect(connectTimer, &QTimer::timeout, reply, [abortWith, limits] {
        abortWith(QStringLiteral("timed out: no answer within %1 s").arg(seconds(limits.connectTimeoutMs)));
    });
    connectTimer->start(limits.connectTimeoutMs);
    auto *totalTimer = new QTimer(reply);
    totalTimer->setSingleShot(true);
    connect(totalTimer, &QTimer::timeout, reply, [abortWith, limits] {
        abortWith(QStringLiteral("timed out: download not finished within %1 s")
                      .arg(seconds(limits.totalTimeoutMs)));
    });
    totalTimer->start(limits.totalTimeoutMs);

    connect(reply, &QNetworkReply::redirected, reply, [state, abortWith, limits](const QUrl &to) {
        ++state->redirects;
        if (!isSupportedUrl(to))
            abortWith(
                QStringLiteral("redirected to %1, which is not an http or https URL").arg(to.toString()));
        else if (state->redirects > limits.maxRedirects)
            abortWith(QStringLiteral("more than %1 redirects").arg(limits.maxRedirects));
    });
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, connectTimer, abortWith, limits] {
        connectTimer->stop();
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (declared > limits.maxBytes && (status < 300 || status >= 400))
            abortWith(QStringLiteral("larger than %1 MiB (the server announced %2 MiB)")
                          .arg(megabytes(limits.maxBytes), megabytes(declared)));
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, state, connectTimer, abortWith, limits] {
        connectTimer->stop();
        // Read as it arrives and stop at the cap: a server that lies about
        // (or omits) Content-Length cannot fill the memory.
        state->body += reply->read(limits.maxBytes + 1 - state->body.size());
        if (state->body.size() > limits.maxBytes)
            abortWith(QStringLiteral("larger than %1 MiB").arg(megabytes(limits.maxBytes)));
    });
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            state->tlsErrors.append(e.errorString());
    });
#endif
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, state, done = std::move(job.done), url = job.request.url] {
            m_replies.removeOne(reply);
            reply->deleteLater();
            if (state->abortReason.isEmpty() && reply->bytesAvailable() > 0)
                state->body += reply->read(m_limits.maxBytes + 1 - state->body.size());
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            Result<Download> result = [&]() -> Result<Download> {
                using R = Result<Download>;
                if (!state->abortReason.isEmpty())
                    return R::failure(state->abortReason);
                if (state->body.size() > m_limits.maxBytes)
                    return R::failure(QStringLiteral("larger than %1 MiB").arg(megabytes(m_limits.maxBytes)));
                if (!state->tlsErrors.isEmpty())
                    return R::failure(
                        QStringLiteral("TLS error: %1").arg(state->tlsErrors.join(QStringLiteral("; "))));
                if (status == 304) {
                    Download d;
                    d.url = url;
                    d.finalUrl = reply->url();
                    d.httpStatus = status;
                    d.notModified = true;
                    return d;
                }
                if (status >= 400) {
                    const QString phrase =
                        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
                    return R::failure(QStringLiteral("HTTP %1%2")
                                          .arg(status)
                                          .arg(phrase.isEmpty() ? QString() : QLatin1Char(' ') + phrase));
                }
                if (reply->error() == QNetworkReply::TooManyRedirectsError)
                    return R::failure(QStringLiteral("more than %1 redirects").arg(m_limits.maxRedirects));
                if (reply->error() == QNetworkReply::InsecureRedirectError)
                    return R::failure(
                        QStringLiteral("redirected from https to plain http, which is refused"));
                if (reply->error() == QNetworkReply::ProtocolUnknownError &&
                    (state->redirects > 0 || (status >= 300 && status < 400))) {
                    const QUrl to = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
                    return R::failure(QStringLiteral("redirected to %1, which is not an http or https URL")
                                          .arg(to.toString()));
                }
                if (reply->error() == QNetworkReply::OperationCanceledError && m_cancelling)
                    return R::failure(QStringLiteral("cancelled"));
                if (reply->error() != QNetworkReply::NoError)
                    return R::failure(reply->errorString());
                if (status >= 300)
                    return R::failure(QStringLiteral("HTTP %1 without a usable redirect").arg(status));
                Download d;
                d.url = url;
                d.finalUrl = reply->url();
                d.httpStatus = status;
                d.contentType = reply->rawHeader("Content-Type");
                d.body = std::move(state->body);
                d.etag = reply->rawHeader("ETag");
                d.lastModified = reply->rawHeader("Last-Modified");
                return d;
            }();
            if (!result)
                qCInfo(lcNetwork) << url << result.error();
            --m_running;
            done(result);
            startNext();
            if (pending() == 0)
                Q_EMIT idle();
        });
}

} // namespace pathak
