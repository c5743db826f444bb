-- Schema 7: organising a library — archive, tags, published date and author.
--
-- is_archived: an archived article has left the inbox (it was dealt with)
-- but stays in the library and in search; it is a state, not a deletion.
-- published: when the page or feed says the article was published, ISO 8601
-- as the page gave it (a date, or a date and time with its offset); NULL
-- when nothing said so. author: the byline, names joined with ", "; NULL
-- when there is none. Neither is part of the searchable text: queries reach
-- them through the columns (core/search LibraryQuery).
ALTER TABLE articles ADD COLUMN is_archived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN published TEXT;
ALTER TABLE articles ADD COLUMN author TEXT;

-- The side bar's counts (inbox, all, favourites, archive) are one grouped
-- scan of this index, never of the table; the list's collection filters
-- seek on it.
CREATE INDEX articles_state ON articles (is_archived, is_read, is_favourite);
-- The inbox and the archive listed newest first, the list's usual order,
-- straight from an index: without these, a page of the inbox sorted every
-- unread article first (180 ms at 100,000 articles).
CREATE INDEX articles_inbox ON articles (is_archived, is_read, saved_at);
CREATE INDEX articles_archive ON articles (is_archived, saved_at);
-- The list sorts and pages on these expressions (core/library
-- LibraryListQuery: a NULL key could not be sought past) and the query
-- language compares dates through the same one, so one index serves both.
CREATE INDEX articles_published ON articles (coalesce(published, ''));
CREATE INDEX articles_author ON articles (coalesce(author, ''));

-- A tag's name is shown as the user first typed it; folded is the key two
-- spellings of one tag share (NFC, case folded, joiners dropped, spaces
-- collapsed: core/library TagStore::fold), so "Cricket" and "cricket", or
-- a Bengali name typed with and without a zero-width joiner, are one tag.
CREATE TABLE tags (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL COLLATE NOCASE,
    folded TEXT NOT NULL UNIQUE
);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
-- A tag's articles and its count; also what deleting a tag cascades through.
CREATE INDEX article_tags_tag ON article_tags (tag_id, article_id);

-- A feed's articles (the feed: collection, per-feed unread counts) and the
-- ON DELETE SET NULL of feed_items when an article goes, which without an
-- index would scan every feed item for each deleted article.
CREATE INDEX feed_items_article ON feed_items (article_id);
CREATE INDEX feed_items_feed_article ON feed_items (feed_id, article_id);
