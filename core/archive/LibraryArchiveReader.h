#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct archive;

namespace pathak {

// The files of one article's folder in a library export, by name.
struct ArchivedArticle
{
    QString folder; // "articles/000042"
    QHash<QString, QByteArray> files;
};

// Reads a library export (LibraryArchiveWriter's layout) from a folder or a
// ZIP archive, one article folder at a time, so memory does not grow with
// the library. A ZIP is read through its central directory (libarchive's
// seekable reader), so a truncated archive fails when it is opened, before
// anything of it is used; an entry whose data is damaged fails its CRC.
class LibraryArchiveReader
{
public:
    static constexpr const char *manifestName = "pathak-library.json";
    static constexpr const char *feedsName = "feeds.opml";
    // No file of an export is larger (an original is capped far lower on import).
    static constexpr qint64 maxFileSize = qint64(256) * 1024 * 1024;

    static Result<std::unique_ptr<LibraryArchiveReader>> open(const QString &path);
    ~LibraryArchiveReader();
    LibraryArchiveReader(const LibraryArchiveReader &) = delete;
    LibraryArchiveReader &operator=(const LibraryArchiveReader &) = delete;

    // The manifest and the feeds (empty when the export has none).
    const QByteArray &manifest() const { return m_manifest; }
    const QByteArray &feeds() const { return m_feeds; }

    // The next article folder; nullopt after the last. An error ends the reading.
    Result<std::optional<ArchivedArticle>> next();

private:
    LibraryArchiveReader() = default;
    Status readTopOfZip();
    Result<std::optional<ArchivedArticle>> nextFromZip();
    Result<std::optional<ArchivedArticle>> nextFromFolder();
    // Reads the data of the entry the ZIP reader stands on.
    Result<QByteArray> zipData(qint64 declaredSize);
    // Splits "articles/FOLDER/FILE"; false for any other name.
    static bool splitArticlePath(const QString &name, QString *folder, QString *file);

    QString m_path;
    struct archive *m_zip = nullptr;
    // A folder's article folders, in order of their names (the ids they had);
    // the names alone, a few bytes an article.
    QStringList m_folders;
    qsizetype m_nextFolder = 0;
    QByteArray m_manifest;
    QByteArray m_feeds;
    // A ZIP entry read ahead: the first file of the next article.
    std::optional<std::pair<QString, std::pair<QString, QByteArray>>> m_pending;
    bool m_done = false;
    bool m_zipAtEnd = false;
};

} // namespace pathak
