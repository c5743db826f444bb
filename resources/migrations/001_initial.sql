-- Schema 1: articles and their parts, the original bytes of each import,
-- and annotations. Each part table hangs off articles with ON DELETE CASCADE
-- so removing an article never leaves pieces behind.
CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    title             TEXT    NOT NULL,
    body_hash         TEXT    NOT NULL,
    comments_declared INTEGER,            -- NULL: the article had no comments section
    saved_at          TEXT    NOT NULL,   -- ISO 8601, UTC
    origin            TEXT    NOT NULL DEFAULT '',  -- file path or URL it came from
    is_read           INTEGER NOT NULL DEFAULT 0,
    is_favourite      INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX articles_body_hash ON articles (body_hash);
CREATE INDEX articles_saved_at ON articles (saved_at);

CREATE TABLE paragraphs (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

CREATE TABLE captions (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    credit     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE ads (
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    label           TEXT    NOT NULL,
    number          INTEGER NOT NULL,
    after_paragraph INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

CREATE TABLE sources (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    label      TEXT NOT NULL,
    url        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sources_url ON sources (url) WHERE url <> '';

CREATE TABLE comments (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    author     TEXT,                      -- NULL: the line named no author
    text       TEXT    NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

CREATE TABLE originals (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL DEFAULT '',
    bytes      BLOB NOT NULL
);

CREATE TABLE images (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    mime_type  TEXT NOT NULL,
    bytes      BLOB NOT NULL
);

-- Offsets are in Unicode code points over Article::plainText(); the quote
-- and its context let an annotation find its passage again after the
-- text changes.
CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    exact       TEXT    NOT NULL,
    prefix      TEXT    NOT NULL DEFAULT '',
    suffix      TEXT    NOT NULL DEFAULT '',
    start_pos   INTEGER NOT NULL,
    end_pos     INTEGER NOT NULL,
    color       TEXT    NOT NULL DEFAULT 'yellow',
    note        TEXT    NOT NULL DEFAULT '',
    orphaned    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    modified_at TEXT    NOT NULL
);
CREATE INDEX annotations_article ON annotations (article_id);
