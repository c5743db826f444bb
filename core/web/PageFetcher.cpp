#include "web/PageFetcher.h"

#include "text/CharsetDecoder.h"
#include "web/WebPageParser.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcNetwork)

namespace pathak {

namespace {

// The image formats a reader view can show; anything else the server sends
// as a "photo" (HTML error pages, trackers' scripts) is not kept.
bool isImageType(const QByteArray &mime)
{
    return mime == "image/jpeg" || mime == "image/png" || mime == "image/gif" || mime == "image/webp" ||
           mime == "image/avif" || mime == "image/bmp";
}

} // namespace

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
    ++m_pending;
    const QUrl url(input, QUrl::StrictMode);
    m_downloader.get(url, [this, input, done](const Result<Download> &page) {
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
        m_downloader.get(imageUrl,
                         [this, input, done, article, imageUrl](const Result<Download> &image) mutable {
                             // The article is worth keeping without its photo: a missing
                             // image is logged, not a failure of the page.
                             if (!image) {
                                 qCInfo(lcNetwork) << "lead image not saved:" << imageUrl << image.error();
                             } else if (const QByteArray mime = CharsetDecoder::mimeType(image->contentType);
                                        isImageType(mime)) {
                                 article.image = image->body;
                                 article.imageMimeType = QString::fromLatin1(mime);
                             } else {
                                 qCInfo(lcNetwork) << "lead image not saved:" << imageUrl << "is" << mime;
                             }
                             finish(input, Result<NewArticle>(std::move(article)), done);
                         });
    });
}

} // namespace pathak
