#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace pathak {

// Turns the bytes of an article file into text (docs/ARTICLE-FORMAT.md, rule 1):
// UTF-8 only, a leading BOM dropped, CRLF and CR made LF. A NUL byte or an
// invalid UTF-8 sequence is an error; the message names the byte offset.
class TextDecoder
{
public:
    static constexpr qint64 maxFileSize = qint64(20) * 1024 * 1024;

    static Result<QString> decodeUtf8(const QByteArray &bytes);
};

} // namespace pathak
