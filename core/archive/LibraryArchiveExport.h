#pragma once

#include "base/Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace pathak {

class LibraryDatabase;

struct LibraryArchiveExportSummary
{
    int articles = 0;
    int annotations = 0;
    int feeds = 0;
};

// Writes the whole library as files a person or another program can read
// (the layout is in README.md, "Moving a library"): a manifest, the feeds as
// OPML, and a folder per article with its text in the article format, its
// original bytes, its metadata as JSON, its annotations as W3C Web
// Annotation JSON and its lead photo. Articles are read a page at a time and
// written one at a time, so memory does not grow with the library. Use it in
// the thread of its LibraryDatabase; it only reads.
class LibraryArchiveExport
{
public:
    using ProgressCallback = std::function<void(int done, int total)>;

    static constexpr int formatVersion = 1;

    explicit LibraryArchiveExport(LibraryDatabase &db) : m_db(db) {}

    void setProgressCallback(ProgressCallback cb) { m_onProgress = std::move(cb); }
    // Checked between articles; a cancelled export leaves nothing behind.
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }

    // To a folder, or to a ZIP archive when the path ends in .zip; whole or not at all.
    Result<LibraryArchiveExportSummary> write(const QString &path);

private:
    LibraryDatabase &m_db;
    ProgressCallback m_onProgress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace pathak
