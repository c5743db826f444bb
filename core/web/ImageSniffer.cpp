#include "web/ImageSniffer.h"

namespace pathak {

QByteArray ImageSniffer::rasterType(const QByteArray &bytes)
{
    // Each signature is long enough that text (an SVG, an HTML error page)
    // cannot start with it.
    if (bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")) && bytes.size() > 8)
        return QByteArrayLiteral("image/png");
    if (bytes.startsWith(QByteArrayLiteral("\xFF\xD8\xFF")) && bytes.size() > 3)
        return QByteArrayLiteral("image/jpeg");
    if ((bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a")) && bytes.size() > 6)
        return QByteArrayLiteral("image/gif");
    if (bytes.size() > 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QByteArrayLiteral("image/webp");
    return {};
}

} // namespace pathak
