-- Schema 12: deleted articles wait in a trash before they go for good.
-- Deleting takes annotations, tags and the reading position with the
-- article, so a delete can be taken back: each row keeps everything the
-- article had, from every table that hangs off it, as a compressed
-- snapshot of column names and values (core/library ArticleTrash). A
-- snapshot names its columns, so an entry stays restorable after later
-- migrations add columns. The articles leave the articles table (and the
-- search index, lists and counts with it) when they go into the trash; a
-- restore stores them again through the same triggers an import runs.
-- Entries older than the trash's keeping time are emptied at start-up.
CREATE TABLE trash (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL,   -- the id the article had
    title            TEXT    NOT NULL,
    deleted_at       TEXT    NOT NULL,   -- ISO 8601, UTC
    annotation_count INTEGER NOT NULL,
    snapshot         BLOB    NOT NULL
);
CREATE INDEX trash_deleted_at ON trash (deleted_at);
CREATE INDEX trash_article ON trash (article_id);
