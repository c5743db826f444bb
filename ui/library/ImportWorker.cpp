#include "ui/library/ImportWorker.h"

#include "import/ArticleImporter.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"

namespace pathak::ui {

ImportWorker::ImportWorker(QString libraryPath, QStringList paths, QObject *parent)
    : QThread(parent), m_libraryPath(std::move(libraryPath)), m_paths(std::move(paths))
{
    qRegisterMetaType<pathak::ui::ImportSummary>();
}

ImportWorker::~ImportWorker()
{
    cancel();
    wait();
}

void ImportWorker::run()
{
    ImportSummary summary;
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(m_libraryPath);
        if (!db) {
            summary.error = db.error();
        } else {
            LibraryStore store(*db.value());
            ArticleImporter importer(store);
            // Small batches: each committed batch is visible to the window at once.
            importer.setBatchSize(50);
            importer.setCancelFlag(&m_cancel);
            importer.setProgressCallback([this](int done, int total) { emit progress(done, total); });
            for (const ImportResult &r : importer.importPaths(m_paths)) {
                switch (r.status) {
                case ImportResult::Status::Imported:
                    ++summary.imported;
                    summary.importedIds.append(r.id);
                    break;
                case ImportResult::Status::Duplicate:
                    ++summary.duplicates;
                    break;
                case ImportResult::Status::Failed:
                    summary.failures.append({r.input, r.error});
                    break;
                }
            }
            summary.cancelled = m_cancel.load();
        }
    } // the connection closes here, in the thread that opened it
    m_summary = summary;
    emit importFinished(summary);
}

} // namespace pathak::ui
