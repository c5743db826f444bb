#pragma once

#include <QByteArray>

namespace pathak {

// Decides what an image is by its first bytes, never by what a server or a
// file name claims: only the raster formats the reader draws without
// following anything (PNG, JPEG, GIF, WebP) are kept as an article's photo.
// An SVG served as image/png would otherwise be stored, and an SVG can name
// local files and other addresses for the reader to load.
class ImageSniffer
{
public:
    // "image/png", "image/jpeg", "image/gif" or "image/webp"; empty for
    // anything else (SVG, HTML, an empty or cut-off file).
    static QByteArray rasterType(const QByteArray &bytes);
};

} // namespace pathak
