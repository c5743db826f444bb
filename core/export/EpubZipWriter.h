#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pathak {

// A ZIP archive built in memory, as an EPUB container needs it: entries in
// the order added, each stored or deflated (zlib), every one dated
// 1980-01-01 00:00 (the format's first day), so the same entries always give
// the same bytes. No extra fields, no data descriptors, no ZIP64: an EPUB
// reader's unzipper and epubcheck read it plainly.
class EpubZipWriter
{
public:
    enum class Method { Stored, Deflated };

    // name: a relative path with '/' separators, ASCII (the exporter names
    // every entry itself).
    void add(const QString &name, const QByteArray &bytes, Method method = Method::Deflated);
    // The whole archive; fails only when zlib does, or when an entry or the
    // archive would pass the 4 GiB a ZIP without ZIP64 can say.
    Result<QByteArray> finish() const;

private:
    struct Entry
    {
        QByteArray name;
        QByteArray bytes;
        Method method = Method::Deflated;
    };
    QList<Entry> m_entries;
};

} // namespace pathak
