#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct archive;

namespace pathak {

// Writes the files of a library export, one at a time, to a folder or, for
// a path ending in .zip, to a ZIP archive (libarchive, deflated). Nothing is
// kept in memory beyond the file being written. The export appears whole
// or not at all: it is written beside the target under a temporary name and
// renamed by finish(); a writer dropped before finish() removes it.
class LibraryArchiveWriter
{
public:
    // The target must not exist (a folder may exist when it is empty).
    static Result<std::unique_ptr<LibraryArchiveWriter>> create(const QString &path);
    ~LibraryArchiveWriter();
    LibraryArchiveWriter(const LibraryArchiveWriter &) = delete;
    LibraryArchiveWriter &operator=(const LibraryArchiveWriter &) = delete;

    static bool isZipPath(const QString &path);

    // name: a relative path with '/' separators.
    Status add(const QString &name, const QByteArray &bytes);
    Status finish();

private:
    LibraryArchiveWriter(const QString &path, const QString &partPath);
    void discard();

    QString m_path;
    QString m_partPath;
    struct archive *m_zip = nullptr;
    bool m_finished = false;
};

} // namespace pathak
