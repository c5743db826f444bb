#include "ui/library/LibraryWriter.h"

#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"

#include <QMutexLocker>

#include <memory>

namespace pathak::ui {

LibraryWriter::LibraryWriter(QString libraryPath, QObject *parent)
    : QThread(parent), m_libraryPath(std::move(libraryPath))
{
}

LibraryWriter::~LibraryWriter()
{
    stop();
    wait();
}

void LibraryWriter::setRead(qint64 articleId, bool read)
{
    enqueue({Request::Kind::SetRead, articleId, read, {}});
}

void LibraryWriter::reanchor(qint64 articleId)
{
    enqueue({Request::Kind::Reanchor, articleId, false, {}});
}

void LibraryWriter::setReadingPosition(qint64 articleId, const ReadingPosition &position)
{
    enqueue({Request::Kind::SetReadingPosition, articleId, false, position});
}

void LibraryWriter::enqueue(const Request &request)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return;
        bool merged = false;
        for (Request &waiting : m_queue) {
            if (waiting.kind == request.kind && waiting.articleId == request.articleId) {
                waiting.read = request.read;
                waiting.position = request.position;
                merged = true;
                break;
            }
        }
        if (!merged)
            m_queue.append(request);
        m_wake.wakeOne();
    }
    // Started at the first request: a window that opens no article needs no thread.
    if (!isRunning())
        start();
}

void LibraryWriter::stop()
{
    const QMutexLocker lock(&m_mutex);
    m_stopping = true;
    m_wake.wakeOne();
}

void LibraryWriter::run()
{
    // Made in this thread and closed in it, in this order (the stores use the connection).
    std::unique_ptr<LibraryDatabase> db;
    std::unique_ptr<LibraryStore> articles;
    std::unique_ptr<AnnotationStore> annotations;
    for (;;) {
        Request request;
        {
            const QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.isEmpty())
                break; // stopping, and everything asked for is written
            request = m_queue.takeFirst();
        }
        QString openError;
        if (!db) {
            // Tried again at the next request: the file may be usable by then.
            Result<std::unique_ptr<LibraryDatabase>> opened = LibraryDatabase::open(m_libraryPath);
            if (opened) {
                db = std::move(opened).value();
                articles = std::make_unique<LibraryStore>(*db);
                annotations = std::make_unique<AnnotationStore>(*db);
            } else {
                openError = opened.error();
            }
        }
        switch (request.kind) {
        case Request::Kind::SetRead: {
            const Status stored =
                db ? articles->setRead(request.articleId, request.read) : Status::failure(openError);
            if (stored)
                emit readStored(request.articleId, request.read);
            else
                emit readFailed(request.articleId, request.read, stored.error());
            break;
        }
        case Request::Kind::SetReadingPosition: {
            const Status stored = db ? articles->setReadingPosition(request.articleId, request.position)
                                     : Status::failure(openError);
            if (stored)
                emit readingPositionStored(request.articleId);
            else
                emit readingPositionFailed(request.articleId, stored.error());
            break;
        }
        case Request::Kind::Reanchor: {
            const Result<ReanchorSummary> found =
                db ? annotations->reanchor(request.articleId) : Result<ReanchorSummary>::failure(openError);
            if (found)
                emit reanchored(request.articleId, found.value());
            else
                emit reanchorFailed(request.articleId, found.error());
            break;
        }
        }
    }
}

} // namespace pathak::ui
