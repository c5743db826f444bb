#include "export/EpubZipWriter.h"

#include <zlib.h>

#include <limits>

namespace pathak {

namespace {

constexpr quint16 dosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
constexpr quint16 dosTime = 0;                       // 00:00:00
constexpr quint16 versionNeeded = 20;                // 2.0: deflate

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

// Raw deflate (no zlib header), as ZIP stores it, at the best compression.
Result<QByteArray> deflateRaw(const QByteArray &bytes)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return Result<QByteArray>::failure(QStringLiteral("zlib could not start compressing"));
    QByteArray out(qsizetype(deflateBound(&z, uLong(bytes.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    const qsizetype written = qsizetype(z.total_out);
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return Result<QByteArray>::failure(QStringLiteral("zlib could not compress an entry"));
    out.truncate(written);
    return out;
}

} // namespace

void EpubZipWriter::add(const QString &name, const QByteArray &bytes, Method method)
{
    m_entries.append({name.toUtf8(), bytes, method});
}

Result<QByteArray> EpubZipWriter::finish() const
{
    constexpr qint64 limit = std::numeric_limits<quint32>::max();
    QByteArray archive;
    QByteArray directory;
    for (const Entry &e : m_entries) {
        if (e.bytes.size() >= limit)
            return Result<QByteArray>::failure(QStringLiteral("an entry is too large for a ZIP archive"));
        QByteArray data = e.bytes;
        if (e.method == Method::Deflated) {
            Result<QByteArray> packed = deflateRaw(e.bytes);
            if (!packed)
                return packed;
            data = packed.value();
        }
        const quint32 crc =
            quint32(crc32(0L, reinterpret_cast<const Bytef *>(e.bytes.constData()), uInt(e.bytes.size())));
        const quint16 method = e.method == Method::Deflated ? 8 : 0;
        const qint64 offset = archive.size();
        if (offset + data.size() >= limit)
            return Result<QByteArray>::failure(QStringLiteral("the archive is too large for a ZIP file"));

        put32(archive, 0x04034b50); // local file header
        put16(archive, versionNeeded);
        put16(archive, 0); // flags
        put16(archive, method);
        put16(archive, dosTime);
        put16(archive, dosDate);
        put32(archive, crc);
        put32(archive, quint32(data.size()));
        put32(archive, quint32(e.bytes.size()));
        put16(archive, quint32(e.name.size()));
        put16(archive, 0); // extra field length
        archive.append(e.name);
        archive.append(data);

        put32(directory, 0x02014b50);    // central directory header
        put16(directory, versionNeeded); // made by: MS-DOS attributes, version 2.0
        put16(directory, versionNeeded);
        put16(directory, 0);
        put16(directory, method);
        put16(directory, dosTime);
        put16(directory, dosDate);
        put32(directory, crc);
        put32(directory, quint32(data.size()));
        put32(directory, quint32(e.bytes.size()));
        put16(directory, quint32(e.name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, quint32(offset));
        directory.append(e.name);
    }
    if (m_entries.size() > 0xffff || archive.size() + directory.size() >= limit)
        return Result<QByteArray>::failure(QStringLiteral("the archive is too large for a ZIP file"));
    const qint64 directoryOffset = archive.size();
    archive.append(directory);
    put32(archive, 0x06054b50); // end of central directory
    put16(archive, 0);
    put16(archive, 0);
    put16(archive, quint32(m_entries.size()));
    put16(archive, quint32(m_entries.size()));
    put32(archive, quint32(directory.size()));
    put32(archive, quint32(directoryOffset));
    put16(archive, 0); // comment length
    return archive;
}

} // namespace pathak
