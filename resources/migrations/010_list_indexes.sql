-- Schema 10: a list and a side bar that cost the same at a million articles
-- as at a thousand.
--
-- The list sorts by title and by source from an index, so a page at any
-- depth reads its 200 rows and no others (core/library LibraryListQuery).
-- Before, both orders sorted every article for each page: 230–480 ms a page
-- at 1,000,000 articles.
CREATE INDEX articles_title ON articles (title);

-- The source's label kept on the article's own row: the list's order by
-- source then needs no join, and one index serves it. The triggers below
-- keep it equal to sources.label ('' when the article has no source).
ALTER TABLE articles ADD COLUMN source_label TEXT NOT NULL DEFAULT '';
UPDATE articles SET source_label = (SELECT s.label FROM sources s WHERE s.article_id = articles.id)
WHERE id IN (SELECT article_id FROM sources WHERE label <> '');
CREATE INDEX articles_source_label ON articles (source_label);
-- The filter box's list of sources walks this index one label at a time
-- (a seek per label, not a read of every source).
CREATE INDEX sources_label ON sources (label);

CREATE TRIGGER articles_source_label_insert AFTER INSERT ON sources
WHEN new.label <> ''
BEGIN
    UPDATE articles SET source_label = new.label WHERE id = new.article_id;
END;
CREATE TRIGGER articles_source_label_update AFTER UPDATE OF label, article_id ON sources
BEGIN
    UPDATE articles SET source_label = '' WHERE id = old.article_id AND old.article_id <> new.article_id;
    UPDATE articles SET source_label = new.label WHERE id = new.article_id;
END;
CREATE TRIGGER articles_source_label_delete AFTER DELETE ON sources
BEGIN
    UPDATE articles SET source_label = '' WHERE id = old.article_id;
END;

-- The side bar's counts, kept by the writer of each change instead of
-- counted at each look: how many articles are in each combination of the
-- three states (at most eight rows), and how many unread, unarchived
-- articles each feed holds. Counting them from indexes took 100 ms and more
-- at 1,000,000 articles, at every change of a read mark.
CREATE TABLE article_state_counts (
    is_archived  INTEGER NOT NULL,
    is_read      INTEGER NOT NULL,
    is_favourite INTEGER NOT NULL,
    articles     INTEGER NOT NULL,
    PRIMARY KEY (is_archived, is_read, is_favourite)
) WITHOUT ROWID;
INSERT INTO article_state_counts (is_archived, is_read, is_favourite, articles)
SELECT is_archived, is_read, is_favourite, count(*) FROM articles GROUP BY is_archived, is_read, is_favourite;

CREATE TRIGGER article_state_counts_insert AFTER INSERT ON articles
BEGIN
    INSERT INTO article_state_counts (is_archived, is_read, is_favourite, articles)
    VALUES (new.is_archived, new.is_read, new.is_favourite, 1)
    ON CONFLICT DO UPDATE SET articles = articles + 1;
END;
CREATE TRIGGER article_state_counts_delete AFTER DELETE ON articles
BEGIN
    UPDATE article_state_counts SET articles = articles - 1
    WHERE is_archived = old.is_archived AND is_read = old.is_read AND is_favourite = old.is_favourite;
END;
CREATE TRIGGER article_state_counts_update AFTER UPDATE OF is_archived, is_read, is_favourite ON articles
WHEN old.is_archived IS NOT new.is_archived OR old.is_read IS NOT new.is_read
     OR old.is_favourite IS NOT new.is_favourite
BEGIN
    UPDATE article_state_counts SET articles = articles - 1
    WHERE is_archived = old.is_archived AND is_read = old.is_read AND is_favourite = old.is_favourite;
    INSERT INTO article_state_counts (is_archived, is_read, is_favourite, articles)
    VALUES (new.is_archived, new.is_read, new.is_favourite, 1)
    ON CONFLICT DO UPDATE SET articles = articles + 1;
END;

-- A feed's unread, unarchived articles: one per feed item whose article is
-- in the inbox, as the count over feed_items it replaces counted them.
CREATE TABLE feed_unread_counts (
    feed_id INTEGER PRIMARY KEY REFERENCES feeds (id) ON DELETE CASCADE,
    unread  INTEGER NOT NULL
);
INSERT INTO feed_unread_counts (feed_id, unread)
SELECT fi.feed_id, count(*) FROM feed_items fi JOIN articles a ON a.id = fi.article_id
WHERE a.is_archived = 0 AND a.is_read = 0 GROUP BY fi.feed_id;

CREATE TRIGGER feed_unread_counts_item_insert AFTER INSERT ON feed_items
WHEN new.article_id IS NOT NULL
BEGIN
    INSERT INTO feed_unread_counts (feed_id, unread)
    SELECT new.feed_id, 1 FROM articles WHERE id = new.article_id AND is_archived = 0 AND is_read = 0
    ON CONFLICT DO UPDATE SET unread = unread + 1;
END;
CREATE TRIGGER feed_unread_counts_item_delete AFTER DELETE ON feed_items
WHEN old.article_id IS NOT NULL
BEGIN
    UPDATE feed_unread_counts SET unread = unread - 1
    WHERE feed_id = old.feed_id
      AND EXISTS (SELECT 1 FROM articles WHERE id = old.article_id AND is_archived = 0 AND is_read = 0);
END;
-- An item whose article is deleted is set to NULL after the article's row
-- is gone; feed_unread_counts_article_delete has counted it out by then.
CREATE TRIGGER feed_unread_counts_item_update AFTER UPDATE OF feed_id, article_id ON feed_items
BEGIN
    UPDATE feed_unread_counts SET unread = unread - 1
    WHERE feed_id = old.feed_id
      AND EXISTS (SELECT 1 FROM articles WHERE id = old.article_id AND is_archived = 0 AND is_read = 0);
    INSERT INTO feed_unread_counts (feed_id, unread)
    SELECT new.feed_id, 1 FROM articles WHERE id = new.article_id AND is_archived = 0 AND is_read = 0
    ON CONFLICT DO UPDATE SET unread = unread + 1;
END;
CREATE TRIGGER feed_unread_counts_article_delete BEFORE DELETE ON articles
WHEN old.is_archived = 0 AND old.is_read = 0
BEGIN
    UPDATE feed_unread_counts
    SET unread = unread - (SELECT count(*) FROM feed_items fi WHERE fi.feed_id = feed_unread_counts.feed_id
                                                                AND fi.article_id = old.id)
    WHERE feed_id IN (SELECT feed_id FROM feed_items WHERE article_id = old.id);
END;
CREATE TRIGGER feed_unread_counts_article_update AFTER UPDATE OF is_archived, is_read ON articles
WHEN (old.is_archived = 0 AND old.is_read = 0) <> (new.is_archived = 0 AND new.is_read = 0)
BEGIN
    UPDATE feed_unread_counts
    SET unread = unread + (CASE WHEN new.is_archived = 0 AND new.is_read = 0 THEN 1 ELSE -1 END) *
                              (SELECT count(*) FROM feed_items fi WHERE fi.feed_id = feed_unread_counts.feed_id
                                                                    AND fi.article_id = new.id)
    WHERE feed_id IN (SELECT feed_id FROM feed_items WHERE article_id = new.id);
    INSERT INTO feed_unread_counts (feed_id, unread)
    SELECT fi.feed_id, count(*) FROM feed_items fi
    WHERE fi.article_id = new.id AND new.is_archived = 0 AND new.is_read = 0
      AND fi.feed_id NOT IN (SELECT feed_id FROM feed_unread_counts)
    GROUP BY fi.feed_id
    ON CONFLICT DO NOTHING;
END;
