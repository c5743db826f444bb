#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace pathak {

// Decodes web pages and feeds: the charset a byte-order mark, the server
// (Content-Type) or the page (<meta charset>) declares, UTF-8 otherwise.
// Non-Unicode charsets go through ICU converters, so anything ICU knows
// (windows-1252, ISO-8859-x, Shift_JIS, …) can be read.
class CharsetDecoder
{
public:
    // "text/html; charset=ISO-8859-1" → "iso-8859-1"; empty when none.
    static QByteArray charsetFromContentType(const QByteArray &contentType);
    // The MIME type alone, lower case: "text/html".
    static QByteArray mimeType(const QByteArray &contentType);

    // The charset a <meta charset> or <meta http-equiv="Content-Type">
    // in the first 4 KiB of an HTML page names; empty when none.
    static QByteArray sniffHtmlCharset(const QByteArray &bytes);

    // Picks the charset for a page: BOM, then the server's, then the page's.
    static QByteArray chooseCharset(const QByteArray &bytes, const QByteArray &contentType, bool isHtml);

    // Decodes bytes in the given charset (empty = UTF-8). Malformed
    // sequences become U+FFFD as browsers do; an unknown charset is an error.
    static Result<QString> decode(const QByteArray &bytes, const QByteArray &charset);
};

} // namespace pathak
