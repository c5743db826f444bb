#include "ui/export/LibraryArchiveWorker.h"

#include "archive/LibraryArchiveExport.h"
#include "archive/LibraryArchiveImport.h"
#include "library/LibraryDatabase.h"

namespace pathak::ui {

LibraryArchiveWorker::LibraryArchiveWorker(Task task, QString libraryPath, QString archivePath,
                                           QObject *parent)
    : QThread(parent), m_task(task), m_libraryPath(std::move(libraryPath)),
      m_archivePath(std::move(archivePath))
{
}

LibraryArchiveWorker::~LibraryArchiveWorker()
{
    cancel();
    wait();
}

void LibraryArchiveWorker::run()
{
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(m_libraryPath);
    if (!db) {
        emit done(false, db.error(), {});
        return;
    }
    const auto onProgress = [this](int done, int total) { emit progress(done, total); };
    if (m_task == Task::Export) {
        LibraryArchiveExport exporter(*db.value());
        exporter.setProgressCallback(onProgress);
        exporter.setCancelFlag(&m_cancel);
        Result<LibraryArchiveExportSummary> written = exporter.write(m_archivePath);
        if (!written) {
            emit done(false, m_cancel.load() ? tr("Export cancelled; nothing was written.") : written.error(),
                      {});
            return;
        }
        emit done(true,
                  tr("Exported %Ln article(s)", nullptr, written->articles) + QStringLiteral(", ") +
                      tr("%Ln annotation(s)", nullptr, written->annotations) + QStringLiteral(", ") +
                      tr("%Ln feed(s)", nullptr, written->feeds),
                  {});
        return;
    }
    LibraryArchiveImport importer(*db.value());
    importer.setProgressCallback(onProgress);
    importer.setCancelFlag(&m_cancel);
    Result<LibraryArchiveImportSummary> read = importer.read(m_archivePath);
    if (!read) {
        emit done(false, read.error(), {});
        return;
    }
    const LibraryArchiveImportSummary &s = read.value();
    QStringList problems;
    for (const LibraryArchiveImportSummary::Failure &f : s.failures)
        problems.append(f.folder + QStringLiteral(": ") + f.error);
    if (!s.error.isEmpty())
        problems.append(s.error);
    QString summary = tr("Imported %Ln article(s)", nullptr, s.imported) + QStringLiteral(", ") +
                      tr("%Ln already in the library (merged)", nullptr, s.merged) + QStringLiteral(", ") +
                      tr("%Ln annotation(s)", nullptr, s.annotations) + QStringLiteral(", ") +
                      tr("%Ln feed(s)", nullptr, s.feeds);
    if (s.cancelled)
        summary = tr("Cancelled. %1").arg(summary);
    emit done(problems.isEmpty() && !s.cancelled, summary, problems);
}

} // namespace pathak::ui
