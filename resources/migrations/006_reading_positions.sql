-- Schema 6: where the reader left off in each article.
--
-- A table of its own rather than columns of articles: the reader writes it
-- while an article is read (every few seconds of scrolling), and a narrow
-- row keeps those writes small whatever the article's row holds. An
-- article that was never scrolled has no row. offset is the UTF-16 index
-- into Article::plainText() of the first text in view (the terms the
-- annotations use, so a position survives a change of font or window);
-- progress is how far the reader got, 0 to 1000 (per mille).
CREATE TABLE reading_positions (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    offset     INTEGER NOT NULL,
    progress   INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 1000),
    updated_at TEXT    NOT NULL  -- ISO 8601, UTC
) WITHOUT ROWID;
