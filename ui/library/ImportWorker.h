#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <utility>

namespace pathak::ui {

struct ImportSummary
{
    int imported = 0;
    int duplicates = 0;
    QList<std::pair<QString, QString>> failures; // input, reason
    QList<qint64> importedIds;
    bool cancelled = false;
    QString error; // the library could not be opened at all
};

// Imports files and folders on its own thread, so the window never freezes.
// The thread opens its OWN connection to the library file (one connection
// per thread, docs/ARCHITECTURE.md) and drives ArticleImporter; SQLite's WAL lets
// the window keep reading meanwhile. Signals arrive in the receiver's thread.
class ImportWorker : public QThread
{
    Q_OBJECT
public:
    ImportWorker(QString libraryPath, QStringList paths, QObject *parent = nullptr);
    ~ImportWorker() override;

    // Stops after the file in hand; what was committed stays.
    void cancel() { m_cancel.store(true); }
    // Valid once finished() was emitted.
    const ImportSummary &summary() const { return m_summary; }

signals:
    void progress(int done, int total);
    void importFinished(const pathak::ui::ImportSummary &summary);

protected:
    void run() override;

private:
    QString m_libraryPath;
    QStringList m_paths;
    std::atomic<bool> m_cancel{false};
    ImportSummary m_summary;
};

} // namespace pathak::ui

Q_DECLARE_METATYPE(pathak::ui::ImportSummary)
