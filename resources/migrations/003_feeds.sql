-- Schema 3: feed subscriptions and the items already saved from them.
-- etag and last_modified are the validators of the last response whose
-- items were all saved; a refresh sends them back (conditional GET). They
-- are cleared when an item failed, so the next refresh downloads the feed
-- again and retries it.
CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    url             TEXT    NOT NULL UNIQUE,
    title           TEXT    NOT NULL DEFAULT '',
    site_url        TEXT    NOT NULL DEFAULT '',
    etag            TEXT    NOT NULL DEFAULT '',
    last_modified   TEXT    NOT NULL DEFAULT '',
    added_at        TEXT    NOT NULL,           -- ISO 8601, UTC
    last_checked_at TEXT,                       -- NULL: never refreshed
    last_error      TEXT    NOT NULL DEFAULT '' -- '' after a refresh that went well
);

-- One row per feed item already saved (or found to be a duplicate). The key
-- is the item's guid or id, else its link. Failed items get no row, so they
-- are tried again.
CREATE TABLE feed_items (
    feed_id    INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    item_key   TEXT    NOT NULL,
    link       TEXT    NOT NULL DEFAULT '',
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    saved_at   TEXT    NOT NULL,
    PRIMARY KEY (feed_id, item_key)
) WITHOUT ROWID;
