#pragma once

#include "annotation/AnnotationStore.h"
#include "library/ReadingPosition.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>

namespace pathak::ui {

// The small writes the window makes while the user reads (an article marked
// read, its annotations found again in its text) on a thread of their own,
// so the window never waits for the write lock another writer (an import's
// batch, another process) holds. The thread opens its OWN connection to the
// library file (one connection per thread) at the first request and writes
// the requests in the order they came. Each is reported by a signal, which
// arrives in the receiver's thread; a failure as much as a success.
class LibraryWriter final : public QThread
{
    Q_OBJECT
public:
    explicit LibraryWriter(QString libraryPath, QObject *parent = nullptr);
    // Writes what was asked, then ends: stop() and wait().
    ~LibraryWriter() override;

    // Each returns at once. The read flag of an article still waiting to be
    // written takes the newer value; a re-anchoring still waiting is not
    // asked for twice.
    void setRead(qint64 articleId, bool read);
    void reanchor(qint64 articleId);
    // A position still waiting to be written takes the newer one.
    void setReadingPosition(qint64 articleId, const pathak::ReadingPosition &position);
    // Takes no more requests; those asked for are still written, then the
    // thread ends.
    void stop();

signals:
    void readStored(qint64 articleId, bool read);
    void readFailed(qint64 articleId, bool read, const QString &error);
    void reanchored(qint64 articleId, const pathak::ReanchorSummary &summary);
    void reanchorFailed(qint64 articleId, const QString &error);
    void readingPositionStored(qint64 articleId);
    void readingPositionFailed(qint64 articleId, const QString &error);

protected:
    void run() override;

private:
    struct Request
    {
        enum class Kind { SetRead, Reanchor, SetReadingPosition };
        Kind kind = Kind::SetRead;
        qint64 articleId = 0;
        bool read = false;
        ReadingPosition position;
    };
    void enqueue(const Request &request);

    const QString m_libraryPath;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QList<Request> m_queue;  // guarded by m_mutex
    bool m_stopping = false; // guarded by m_mutex
};

} // namespace pathak::ui
