#include "web/PageFetcher.h"

#include "text/CharsetDecoder.h"
#include "web/ImageSniffer.h"
#include "web/WebPageParser.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcNetwork)

namespace pathak {

PageFetcher::PageFetcher(Downloader &downloader, QObject *parent) : QObject(parent), m_downloader(downloader)
{
}

bool PageFetcher::isUrl(const QString &input)
{
    return input.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           input.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

void PageFetcher::finish(const QString &input, const Result<NewArticle> &result, const Callback &done)
{
    --m_pending;
    done(input, result);
    if (m_pending == 0)
        Q_EMIT idle();
}

void PageFetcher::fetch(const QString &input, const Callback &done)
{
    fetchPage(input, DownloadRequest::fromUser(QUrl(input, QUrl::StrictMode)), done);
}

void PageFetcher::fetchLink(const QString &input, const QString &trustedHost,
                            const std::shared_ptr<DownloadBudget> &budget, const Callback &done)
{
    fetchPage(input, DownloadRequest::linkFrom(QUrl(input, QUrl::StrictMode), trustedHost, budget), done);
}

void PageFetcher::fetchPage(const QString &input, const DownloadRequest &request, const Callback &done)
{
    ++m_pending;
    const QString trustedHost = request.trustedHost;
    const std::shared_ptr<DownloadBudget> budget = request.budget;
    m_downloader.get(request, [this, input, done, trustedHost, budget](const Result<Download> &page) {
        if (!page) {
            finish(input, Result<NewArticle>::failure(page.error()), done);
            return;
        }
        Result<WebArticle> parsed = WebPageParser::parse(page->body, page->finalUrl, page->contentType);
        if (!parsed) {
            finish(input, Result<NewArticle>::failure(parsed.error()), done);
            return;
        }
        NewArticle article;
        article.article = parsed->article;
        article.original = page->body;
        article.origin = page->finalUrl.toString(QUrl::FullyEncoded);
        article.published = parsed->published;
        article.author = parsed->authors.join(QStringLiteral(", "));
        const QUrl imageUrl = parsed->imageUrl;
        if (!Downloader::isSupportedUrl(imageUrl)) {
            finish(input, Result<NewArticle>(std::move(article)), done);
            return;
        }
        m_downloader.get(DownloadRequest::linkFrom(imageUrl, trustedHost, budget),
                         [this, input, done, article, imageUrl](const Result<Download> &image) mutable {
                             // The article is worth keeping without its photo: a missing
                             // image is logged, not a failure of the page.
                             if (!image) {
                                 qCInfo(lcNetwork) << "lead image not saved:" << imageUrl << image.error();
                             } else if (const QByteArray type = ImageSniffer::rasterType(image->body);
                                        !type.isEmpty()) {
                                 // The bytes decide, not the Content-Type: an SVG or an
                                 // HTML page sent as image/png is not a photo.
                                 article.image = image->body;
                                 article.imageMimeType = QString::fromLatin1(type);
                             } else {
                                 qCInfo(lcNetwork) << "lead image not saved:" << imageUrl
                                                   << "is not PNG, JPEG, GIF or WebP (sent as"
                                                   << CharsetDecoder::mimeType(image->contentType) << ")";
                             }
                             finish(input, Result<NewArticle>(std::move(article)), done);
                         });
    });
}

} // namespace pathak
