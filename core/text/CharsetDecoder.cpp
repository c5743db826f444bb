#include "text/CharsetDecoder.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>

#include <memory>

namespace pathak {

namespace {

bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The value after "charset=" in a parameter list or a content attribute.
QByteArray charsetParameter(const QByteArray &text)
{
    const QByteArray lower = text.toLower();
    qsizetype at = lower.indexOf("charset");
    while (at >= 0) {
        qsizetype i = at + 7;
        while (i < lower.size() && isHtmlSpace(lower.at(i)))
            ++i;
        if (i < lower.size() && lower.at(i) == '=') {
            ++i;
            while (i < lower.size() && isHtmlSpace(lower.at(i)))
                ++i;
            char quote = 0;
            if (i < lower.size() && (lower.at(i) == '"' || lower.at(i) == '\''))
                quote = lower.at(i++);
            qsizetype end = i;
            while (end < lower.size() && lower.at(end) != quote && lower.at(end) != ';' &&
                   !isHtmlSpace(lower.at(end)) && (quote || (lower.at(end) != '"' && lower.at(end) != '\'')))
                ++end;
            return lower.mid(i, end - i);
        }
        at = lower.indexOf("charset", at + 7);
    }
    return {};
}

// WHATWG maps these labels to windows-1252, a superset browsers use for them.
QByteArray canonical(QByteArray charset)
{
    charset = charset.trimmed().toLower();
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii" || charset == "ascii" ||
        charset == "iso8859-1" || charset == "l1")
        return "windows-1252";
    if (charset == "utf8" || charset == "unicode-1-1-utf-8")
        return "utf-8";
    return charset;
}

struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};

} // namespace

QByteArray CharsetDecoder::charsetFromContentType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    if (semicolon < 0)
        return {};
    return canonical(charsetParameter(contentType.mid(semicolon + 1)));
}

QByteArray CharsetDecoder::mimeType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

QByteArray CharsetDecoder::sniffHtmlCharset(const QByteArray &bytes)
{
    // The HTML prescan looks at the first 1024 bytes; pages with long
    // heads put the declaration a little later, so look a bit further.
    const QByteArray head = bytes.left(4096).toLower();
    qsizetype at = head.indexOf("<meta");
    while (at >= 0) {
        const qsizetype end = head.indexOf('>', at);
        const QByteArray tag = head.mid(at, end < 0 ? -1 : end - at);
        // <meta charset="x"> and <meta http-equiv="content-type" content="…; charset=x">
        const QByteArray found = charsetParameter(tag);
        if (!found.isEmpty())
            return canonical(found);
        if (end < 0)
            break;
        at = head.indexOf("<meta", end);
    }
    return {};
}

QByteArray CharsetDecoder::chooseCharset(const QByteArray &bytes, const QByteArray &contentType, bool isHtml)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return "utf-8";
    if (bytes.startsWith("\xFF\xFE"))
        return "utf-16le";
    if (bytes.startsWith("\xFE\xFF"))
        return "utf-16be";
    QByteArray charset = charsetFromContentType(contentType);
    if (charset.isEmpty() && isHtml) {
        charset = sniffHtmlCharset(bytes);
        // A page whose own tag says UTF-16 is mislabelled: the tag could
        // not have been read as ASCII if it were true (HTML spec, prescan).
        if (charset.startsWith("utf-16"))
            charset = "utf-8";
    }
    return charset.isEmpty() ? QByteArray("utf-8") : charset;
}

Result<QString> CharsetDecoder::decode(const QByteArray &bytes, const QByteArray &charsetName)
{
    const QByteArray charset = canonical(charsetName.isEmpty() ? QByteArray("utf-8") : charsetName);
    if (charset == "utf-8") {
        QByteArrayView view(bytes);
        if (view.startsWith("\xEF\xBB\xBF"))
            view = view.sliced(3);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        return QString(utf8(view));
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset.constData(), &status));
    if (U_FAILURE(status) || !conv)
        return Result<QString>::failure(
            QStringLiteral("unknown charset \"%1\"").arg(QString::fromLatin1(charset)));
    // ICU substitutes U+FFFD for bytes that are not in the charset, the
    // same as the UTF-8 path, so a stray byte does not lose the page.
    QString out;
    out.resize(qsizetype(bytes.size()) * 2 + 16);
    status = U_ZERO_ERROR;
    const int32_t written =
        ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                      bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return Result<QString>::failure(
            QStringLiteral("cannot decode %1: %2")
                .arg(QString::fromLatin1(charset), QString::fromLatin1(u_errorName(status))));
    out.truncate(written);
    if (out.startsWith(QChar(0xFEFF)))
        out.remove(0, 1);
    return out;
}

} // namespace pathak
