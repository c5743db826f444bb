#include "ui/search/SearchWorker.h"

#include "library/LibraryDatabase.h"
#include "library/LibraryListQuery.h"
#include "search/LibraryQuery.h"

#include <QElapsedTimer>
#include <QMutexLocker>

namespace pathak::ui {

SearchWorker::SearchWorker(QString libraryPath, QObject *parent)
    : QThread(parent), m_libraryPath(std::move(libraryPath))
{
    qRegisterMetaType<pathak::ui::SearchOutcome>();
}

SearchWorker::~SearchWorker()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_pending.reset();
    }
    m_wake.wakeAll();
    wait();
}

quint64 SearchWorker::request(SearchRequest request)
{
    quint64 generation = 0;
    {
        QMutexLocker lock(&m_mutex);
        generation = ++m_generation;
        request.generation = generation;
        m_pending = std::move(request);
    }
    m_wake.wakeAll();
    if (!isRunning())
        start(QThread::LowPriority);
    return generation;
}

void SearchWorker::cancelPending()
{
    QMutexLocker lock(&m_mutex);
    ++m_generation;
    m_pending.reset();
}

quint64 SearchWorker::latestGeneration() const
{
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

bool SearchWorker::isStale(quint64 generation) const
{
    QMutexLocker lock(&m_mutex);
    return m_stop || generation != m_generation;
}

void SearchWorker::run()
{
    // Opened lazily here, closed here: a connection belongs to its thread.
    std::unique_ptr<LibraryDatabase> db;
    std::unique_ptr<SearchIndex> index;
    for (;;) {
        SearchRequest req;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stop && !m_pending)
                m_wake.wait(&m_mutex);
            if (m_stop)
                break;
            req = std::move(*m_pending);
            m_pending.reset();
        }
        // A library that cannot be opened now (locked, being restored) is
        // tried again with the next request.
        QString openError;
        if (!db) {
            Result<std::unique_ptr<LibraryDatabase>> opened = LibraryDatabase::open(m_libraryPath);
            if (opened) {
                db = std::move(opened).value();
                index = std::make_unique<SearchIndex>(*db);
            } else {
                openError = opened.error();
            }
        }
        SearchOutcome outcome;
        outcome.generation = req.generation;
        outcome.text = req.text;
        QElapsedTimer timer;
        timer.start();
        if (!index) {
            outcome.error = openError;
        } else {
            // The query language: operators narrow the ranked search; a
            // query of operators alone lists what they find, newest first.
            const LibraryQuery query = LibraryQuery::parse(req.text);
            SearchFilter filter = req.filter;
            filter.condition = query.filter();
            Result<QList<SearchHit>> hits = QList<SearchHit>();
            if (query.hasSearchText() || filter.condition.isEmpty()) {
                hits = index->search(query.searchText(), filter, req.limit);
            } else {
                LibraryListQuery list(*db);
                list.setCondition(query.condition());
                if (Result<LibraryListQuery::Page> page = list.page(std::nullopt, req.limit); page) {
                    QList<SearchHit> found;
                    for (const ArticleSummary &s : std::as_const(page->rows))
                        found.append(SearchHit{s.id, s.title, {}, {}, 0});
                    hits = std::move(found);
                } else {
                    hits = Result<QList<SearchHit>>::failure(page.error());
                }
            }
            if (hits)
                outcome.hits = std::move(hits).value();
            else
                outcome.error = hits.error();
        }
        outcome.milliseconds = double(timer.nsecsElapsed()) / 1e6;
        if (!isStale(outcome.generation))
            emit searched(outcome);
    }
    index.reset();
    db.reset();
}

} // namespace pathak::ui
