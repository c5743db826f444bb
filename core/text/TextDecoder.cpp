#include "text/TextDecoder.h"

#include <unicode/utf8.h>

namespace pathak {

Result<QString> TextDecoder::decodeUtf8(const QByteArray &bytes)
{
    if (bytes.size() > maxFileSize)
        return Result<QString>::failure(QStringLiteral("file is larger than 20 MiB"));
    int32_t start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        start = 3;
    // UTF-16 says so in its byte order mark; named as such, not by its
    // first NUL byte.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return Result<QString>::failure(QStringLiteral("UTF-16 text (a byte order mark at the start); "
                                                       "only UTF-8 is read: save the file as UTF-8"));

    const auto *data = reinterpret_cast<const uint8_t *>(bytes.constData());
    const int32_t length = int32_t(bytes.size());
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Result<QString>::failure(QStringLiteral("not a text file (NUL byte at offset %1)").arg(nul));

    // One pass that validates and converts. ASCII and the three-byte
    // sequences that carry all of Bengali take a short path; everything else
    // goes through ICU's checked macro, which also finds the bad offsets.
    QString out(length - start, Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    char16_t *const begin = dst;
    for (int32_t i = start; i < length;) {
        const uint8_t b = data[i];
        if (b < 0x80) {
            if (b == '\r') {
                *dst++ = u'\n';
                i += (i + 1 < length && data[i + 1] == '\n') ? 2 : 1;
                continue;
            }
            *dst++ = b;
            ++i;
            continue;
        }
        if (b >= 0xE1 && b <= 0xEC && i + 2 < length && (data[i + 1] & 0xC0) == 0x80 &&
            (data[i + 2] & 0xC0) == 0x80) {
            // E1–EC lead bytes can be neither overlong nor surrogates.
            *dst++ = char16_t(((b & 0x0F) << 12) | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F));
            i += 3;
            continue;
        }
        const int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c < 0)
            return Result<QString>::failure(QStringLiteral("invalid UTF-8 at byte offset %1").arg(at));
        if (c > 0xFFFF) {
            *dst++ = U16_LEAD(c);
            *dst++ = U16_TRAIL(c);
        } else {
            *dst++ = char16_t(c);
        }
    }
    out.truncate(dst - begin);
    return out;
}

} // namespace pathak
