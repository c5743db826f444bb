#include "TextDecoder.h"

#include <unicode/utf8.h>

namespace pathak {

Result<QString> TextDecoder::decodeUtf8(const QByteArray &bytes)
{
    if (bytes.size() > maxFileSize)
        return Result<QString>::failure(QStringLiteral("file is larger than 20 MiB"));
    int32_t start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        start = 3;

    const auto *data = reinterpret_cast<const uint8_t *>(bytes.constData());
    const int32_t length = int32_t(bytes.size());
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Result<QString>::failure(QStringLiteral("not a text file (NUL byte at offset %1)").arg(nul));

    QString out;
    out.reserve(length - start);
    for (int32_t i = start; i < length;) {
        const int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c < 0)
            return Result<QString>::failure(QStringLiteral("invalid UTF-8 at byte offset %1").arg(at));
        if (c == U'\r') {
            out.append(QLatin1Char('\n'));
            if (i < length && data[i] == '\n')
                ++i;
            continue;
        }
        if (c > 0xFFFF) {
            out.append(QChar(U16_LEAD(c)));
            out.append(QChar(U16_TRAIL(c)));
        } else {
            out.append(QChar(char16_t(c)));
        }
    }
    return out;
}

} // namespace pathak
