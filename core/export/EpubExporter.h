#pragma once

#include "base/Result.h"
#include "export/ExportOptions.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pathak {

struct EpubOptions
{
    bool includeComments = false;
    // Embed Noto Serif and Sans Bengali (subset to the characters used),
    // for readers with no Bengali font of their own.
    bool embedFonts = false;
    // Where the Noto fonts are looked for; empty: the system's font folders.
    QString fontDirectory;
    // The book's dcterms:modified; when not valid, 1980-01-01 (the ZIP
    // dates' first day), so the same articles always give the same file.
    QDateTime modified;
};

struct EpubExportSummary
{
    int articles = 0;
    int images = 0;
    int notes = 0;
    int fonts = 0;
};

// EPUB 3 for e-readers: one content document per article, in the order
// given, a navigation document (and an NCX for older readers) with an entry
// per article, the lead images Pathak stored (JPEG, PNG or GIF; anything
// else is left out), one stylesheet, and the fonts when asked for. The
// same articles and options give the same bytes.
class EpubExporter
{
public:
    explicit EpubExporter(EpubOptions options = {}) : m_options(std::move(options)) {}

    // leadImages: each article's lead photo as stored, by position (fewer
    // than the articles, or an empty one, for articles without).
    Result<QByteArray> toEpub(const QList<ExportArticle> &articles, const QList<QByteArray> &leadImages = {},
                              EpubExportSummary *summary = nullptr) const;
    // Writes the file only when the whole export succeeded (SafeFileWriter:
    // the old file stays as it was otherwise; a non-regular target is refused).
    Result<EpubExportSummary> writeFile(const QList<ExportArticle> &articles,
                                        const QList<QByteArray> &leadImages, const QString &path) const;

    // The image's media type from its first bytes: image/jpeg, image/png,
    // image/gif; empty for anything else.
    static QString imageMediaType(const QByteArray &bytes);

private:
    EpubOptions m_options;
};

} // namespace pathak
