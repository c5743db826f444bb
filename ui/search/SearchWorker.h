#pragma once

#include "search/SearchIndex.h"

#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <optional>

namespace pathak::ui {

struct SearchRequest
{
    quint64 generation = 0; // set by SearchWorker::request()
    QString text;
    SearchFilter filter;
    int limit = SearchIndex::DefaultLimit;
};

struct SearchOutcome
{
    quint64 generation = 0;
    QString text;
    QList<SearchHit> hits;
    QString error; // empty: the search ran
    double milliseconds = 0;
};

// Runs searches on its own thread with its OWN connection to the library
// file (one connection per thread, docs/ARCHITECTURE.md), so typing never waits
// for the index.
//
// It holds one request at a time: a request made while another waits
// replaces it, and the outcome of a search that finishes after a newer
// request came in is dropped, so the receiver only ever gets results for
// what the user is typing now, never a flicker of older ones. Each request
// gets a rising generation number; outcomes carry it.
class SearchWorker : public QThread
{
    Q_OBJECT
public:
    explicit SearchWorker(QString libraryPath, QObject *parent = nullptr);
    ~SearchWorker() override;

    // Queues the search (starting the thread if needed); returns its generation.
    quint64 request(SearchRequest request);
    // Makes every search asked for so far stale: their outcomes are dropped.
    void cancelPending();
    quint64 latestGeneration() const;

signals:
    void searched(const pathak::ui::SearchOutcome &outcome);

protected:
    void run() override;

private:
    bool isStale(quint64 generation) const;

    QString m_libraryPath;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::optional<SearchRequest> m_pending;
    quint64 m_generation = 0;
    bool m_stop = false;
};

} // namespace pathak::ui

Q_DECLARE_METATYPE(pathak::ui::SearchOutcome)
