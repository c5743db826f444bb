#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pathak {

class LibraryDatabase;

struct FeedInfo
{
    qint64 id = 0;
    QString url;
    QString title;
    QString siteUrl;
    QByteArray etag;
    QByteArray lastModified;
    QDateTime addedAt;
    QDateTime lastCheckedAt; // invalid: never refreshed
    QString lastError;       // empty after a refresh that went well
    int savedItems = 0;
    // Refreshes in a row that could not read the feed itself (items that
    // failed do not count), and when a refresh of all feeds tries it again:
    // invalid when at once.
    int failuresInARow = 0;
    QDateTime nextAttemptAt;
};

// The feed subscriptions of a library (resources/migrations/003_feeds.sql).
// Uses the connection of its LibraryDatabase, so it lives in that thread.
class FeedStore
{
public:
    explicit FeedStore(LibraryDatabase &db) : m_db(db) {}

    // Subscribes; an address already subscribed is an error naming its id.
    Result<qint64> add(const QString &url, const QString &title = {});
    Result<QList<FeedInfo>> feeds();
    Result<FeedInfo> feed(qint64 id);
    Status remove(qint64 id);

    Result<bool> hasItem(qint64 feedId, const QString &key);
    Status addItem(qint64 feedId, const QString &key, const QString &link, qint64 articleId);

    // After a refresh: the feed's title and site, the validators to send
    // next time (empty to download in full), and the error ('' when none).
    Status recordRefresh(qint64 id, const QString &title, const QString &siteUrl, const QByteArray &etag,
                         const QByteArray &lastModified, const QString &error,
                         const QDateTime &at = QDateTime::currentDateTimeUtc());
    // After a refresh that failed before reading the feed: the error, with
    // how many times in a row it failed (which backs the feed off).
    Status recordError(qint64 id, const QString &error,
                       const QDateTime &at = QDateTime::currentDateTimeUtc());

    // Back-off: once a feed could not be read twice in a row, a refresh of
    // all feeds waits an hour before trying it again, doubling with each
    // further failure, up to a day.
    static QDateTime nextAttempt(int failuresInARow, const QDateTime &lastCheckedAt);
    // The stored error of a feed that could not be read, and the count read back from it.
    static QString failureText(int failuresInARow, const QString &error);
    static int failuresIn(const QString &lastError);

private:
    LibraryDatabase &m_db;
};

} // namespace pathak
