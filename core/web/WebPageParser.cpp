#include "web/WebPageParser.h"

#include "article/ArticleParser.h"
#include "text/CharsetDecoder.h"
#include "text/TextDecoder.h"

#include <QFileInfo>

namespace pathak {

QByteArray WebPageParser::contentTypeForFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return "text/html";
    return "text/plain";
}

Result<WebArticle> WebPageParser::parse(const QByteArray &bytes, const QUrl &url,
                                        const QByteArray &contentType)
{
    using R = Result<WebArticle>;
    if (bytes.size() > TextDecoder::maxFileSize)
        return R::failure(QStringLiteral("page is larger than 20 MiB"));
    const QByteArray mime = CharsetDecoder::mimeType(contentType);
    const bool isText = mime == "text/plain";
    const bool isHtml = mime.isEmpty() || mime == "text/html" || mime == "application/xhtml+xml";
    if (!isText && !isHtml)
        return R::failure(
            QStringLiteral("not an article: the server sent %1").arg(QString::fromLatin1(mime)));
    if (bytes.trimmed().isEmpty())
        return R::failure(QStringLiteral("empty page"));

    const QByteArray charset = CharsetDecoder::chooseCharset(bytes, contentType, isHtml);
    if (isText) {
        // The text format's own rules (strict UTF-8, NUL means binary) apply
        // to UTF-8 text; another declared charset is decoded first.
        Result<Article> parsed = charset == "utf-8" ? ArticleParser::parse(bytes) : [&] {
            Result<QString> text = CharsetDecoder::decode(bytes, charset);
            return text ? ArticleParser::parseText(text.value()) : Result<Article>::failure(text.error());
        }();
        if (!parsed)
            return R::failure(parsed.error());
        WebArticle out;
        out.article = std::move(parsed).value();
        // A page saved from the web names where it came from even when its
        // text does not.
        if (!out.article.source &&
            (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
            out.article.source = Source{url.host(), url.toString(QUrl::FullyEncoded | QUrl::RemoveFragment)};
        return R(std::move(out));
    }

    if (bytes.left(8192).contains('\0') && !charset.startsWith("utf-16"))
        return R::failure(QStringLiteral("not an HTML page (binary data)"));
    Result<QString> html = CharsetDecoder::decode(bytes, charset);
    if (!html)
        return R::failure(html.error());
    return HtmlExtractor::extract(html.value(), url);
}

} // namespace pathak
