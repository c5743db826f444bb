-- Schema 2: full-text search (docs/BENGALI-TEXT.md).
--
-- One FTS5 row per article, rowid = article id, over six columns. Only
-- SQLite's own parts are used, so any SQLite program can still read and
-- write a library and the index stays in step (the triggers below run
-- there too):
-- * unicode61 with marks as token characters: Bengali vowel signs and
--   hasanta stay inside words, so বাংলাদেশ is one token, never fragments.
-- * the text is folded before it is tokenized, in the view search_source:
--   ত্‍ → ৎ, ZWNJ/ZWJ dropped, অা → আ. ৷ is a separator like ।; unicode61
--   folds case. Digits are kept as written: a query looks for both ১২ and
--   12 (core/SearchQuery). core/SearchTokenizer folds the same way and
--   must change together with this file.
-- * the index keeps no copy of the text (external content): snippets are
--   made from search_text by core/SearchIndex.

-- The searchable text of each article, as stored.
CREATE VIEW search_text (id, title, caption, body, source, comments, notes) AS
SELECT a.id,
       a.title,
       (SELECT c.text || ' ' || c.credit FROM captions c WHERE c.article_id = a.id),
       (SELECT group_concat(p.text, char(10)) FROM paragraphs p WHERE p.article_id = a.id),
       (SELECT s.label || ' ' || s.url FROM sources s WHERE s.article_id = a.id),
       (SELECT group_concat(coalesce(m.author || ': ', '') || m.text, char(10))
          FROM comments m WHERE m.article_id = a.id),
       (SELECT group_concat(n.note, char(10)) FROM annotations n WHERE n.article_id = a.id AND n.note <> '')
  FROM articles a;

-- The same, folded: what the index is made from. Each piece is folded
-- before it is joined, so every expression reads a plain column (a view
-- column would repeat its subquery wherever it is named). Most text has
-- none of these spellings, and instr() is cheaper than replace().
-- ত্‍ (ta, hasanta, ZWJ) → ৎ; ZWNJ, ZWJ → nothing; অ + া → আ.
CREATE VIEW search_source (id, title, caption, body, source, comments, notes) AS
SELECT a.id,
       CASE WHEN instr(a.title, char(8204)) OR instr(a.title, char(8205)) OR instr(a.title, char(2437, 2494))
            THEN replace(replace(replace(replace(a.title, char(2468, 2509, 8205), char(2510)),
                         char(8204), ''), char(8205), ''), char(2437, 2494), char(2438))
            ELSE a.title END,
       (SELECT CASE WHEN instr(c.text || ' ' || c.credit, char(8204)) OR instr(c.text || ' ' || c.credit, char(8205)) OR instr(c.text || ' ' || c.credit, char(2437, 2494))
                    THEN replace(replace(replace(replace(c.text || ' ' || c.credit, char(2468, 2509, 8205), char(2510)),
                                 char(8204), ''), char(8205), ''), char(2437, 2494), char(2438))
                    ELSE c.text || ' ' || c.credit END
          FROM captions c WHERE c.article_id = a.id),
       (SELECT group_concat(CASE WHEN instr(p.text, char(8204)) OR instr(p.text, char(8205)) OR instr(p.text, char(2437, 2494))
                                 THEN replace(replace(replace(replace(p.text, char(2468, 2509, 8205), char(2510)),
                                              char(8204), ''), char(8205), ''), char(2437, 2494), char(2438))
                                 ELSE p.text END, char(10))
          FROM paragraphs p WHERE p.article_id = a.id),
       (SELECT CASE WHEN instr(s.label || ' ' || s.url, char(8204)) OR instr(s.label || ' ' || s.url, char(8205)) OR instr(s.label || ' ' || s.url, char(2437, 2494))
                    THEN replace(replace(replace(replace(s.label || ' ' || s.url, char(2468, 2509, 8205), char(2510)),
                                 char(8204), ''), char(8205), ''), char(2437, 2494), char(2438))
                    ELSE s.label || ' ' || s.url END
          FROM sources s WHERE s.article_id = a.id),
       (SELECT group_concat(CASE WHEN instr(coalesce(m.author || ': ', '') || m.text, char(8204)) OR instr(coalesce(m.author || ': ', '') || m.text, char(8205)) OR instr(coalesce(m.author || ': ', '') || m.text, char(2437, 2494))
                                 THEN replace(replace(replace(replace(coalesce(m.author || ': ', '') || m.text, char(2468, 2509, 8205), char(2510)),
                                              char(8204), ''), char(8205), ''), char(2437, 2494), char(2438))
                                 ELSE coalesce(m.author || ': ', '') || m.text END, char(10))
          FROM comments m WHERE m.article_id = a.id),
       (SELECT group_concat(CASE WHEN instr(n.note, char(8204)) OR instr(n.note, char(8205)) OR instr(n.note, char(2437, 2494))
                                 THEN replace(replace(replace(replace(n.note, char(2468, 2509, 8205), char(2510)),
                                              char(8204), ''), char(8205), ''), char(2437, 2494), char(2438))
                                 ELSE n.note END, char(10))
          FROM annotations n WHERE n.article_id = a.id AND n.note <> '')
  FROM articles a;

CREATE VIRTUAL TABLE search USING fts5(
    title, caption, body, source, comments, notes,
    content = 'search_source', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*' separators '৷'"
);
-- bm25 column weights, in column order: a word in the title counts most.
INSERT INTO search (search, rank) VALUES ('rank', 'bm25(10.0, 3.0, 1.0, 2.0, 0.5, 3.0)');

-- Articles whose index row is being replaced: a row put here takes the
-- article out of the index with the text as it still is; taking the row out
-- again indexes the article from its new text. Empty between statements.
CREATE TABLE search_pending (article_id INTEGER PRIMARY KEY);
CREATE TRIGGER search_pending_added AFTER INSERT ON search_pending
BEGIN
    INSERT INTO search (search, rowid, title, caption, body, source, comments, notes)
    SELECT 'delete', id, title, caption, body, source, comments, notes FROM search_source WHERE id = new.article_id;
END;
CREATE TRIGGER search_pending_done AFTER DELETE ON search_pending
BEGIN
    INSERT INTO search (rowid, title, caption, body, source, comments, notes)
    SELECT id, title, caption, body, source, comments, notes FROM search_source WHERE id = old.article_id;
END;

-- An article is stored parts first and original bytes last (the order of
-- ImportBatchWriter, which itself runs with triggers off and indexes each
-- batch; this trigger serves any other writer of that order, such as plain
-- SQL): the original is when the whole article is indexed, once.
-- Parts written earlier find it not yet indexed and leave the index alone;
-- parts written later re-index it through their triggers.
CREATE TRIGGER search_article_stored AFTER INSERT ON originals
WHEN NOT EXISTS (SELECT 1 FROM search_docsize WHERE id = new.article_id)
BEGIN
    INSERT INTO search (rowid, title, caption, body, source, comments, notes)
    SELECT id, title, caption, body, source, comments, notes FROM search_source WHERE id = new.article_id;
END;

-- An external-content index must be told the old text to forget it, so a
-- change to a part of an indexed article runs in two steps inside the same
-- statement (and so the same transaction): before it, the article goes into
-- search_pending (out of the index, old text); after it, out of
-- search_pending (into the index, new text). The triggers on the parts stay
-- small because SQLite sets up every trigger program for every row, even
-- when its WHEN clause is false: an import pays only for these.
-- Removing an article takes its row out before the cascades run, which then
-- find nothing indexed.
CREATE TRIGGER search_article_delete BEFORE DELETE ON articles
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id = old.id)
BEGIN
    INSERT INTO search (search, rowid, title, caption, body, source, comments, notes)
    SELECT 'delete', id, title, caption, body, source, comments, notes FROM search_source WHERE id = old.id;
END;
CREATE TRIGGER search_article_retitle_before BEFORE UPDATE OF title ON articles
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id = old.id)
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (old.id);
END;
CREATE TRIGGER search_article_retitle_after AFTER UPDATE OF title ON articles
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;

-- paragraphs
CREATE TRIGGER search_paragraphs_insert_before BEFORE INSERT ON paragraphs
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id = new.article_id)
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.article_id);
END;
CREATE TRIGGER search_paragraphs_update_before BEFORE UPDATE ON paragraphs
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id IN (old.article_id, new.article_id))
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id)
    SELECT id FROM search_docsize WHERE id IN (old.article_id, new.article_id);
END;
CREATE TRIGGER search_paragraphs_delete_before BEFORE DELETE ON paragraphs
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id = old.article_id)
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (old.article_id);
END;
CREATE TRIGGER search_paragraphs_insert_after AFTER INSERT ON paragraphs
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;
CREATE TRIGGER search_paragraphs_update_after AFTER UPDATE ON paragraphs
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;
CREATE TRIGGER search_paragraphs_delete_after AFTER DELETE ON paragraphs
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;

-- captions
CREATE TRIGGER search_captions_insert_before BEFORE INSERT ON captions
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id = new.article_id)
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.article_id);
END;
CREATE TRIGGER search_captions_update_before BEFORE UPDATE ON captions
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id IN (old.article_id, new.article_id))
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id)
    SELECT id FROM search_docsize WHERE id IN (old.article_id, new.article_id);
END;
CREATE TRIGGER search_captions_delete_before BEFORE DELETE ON captions
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id = old.article_id)
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (old.article_id);
END;
CREATE TRIGGER search_captions_insert_after AFTER INSERT ON captions
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;
CREATE TRIGGER search_captions_update_after AFTER UPDATE ON captions
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;
CREATE TRIGGER search_captions_delete_after AFTER DELETE ON captions
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;

-- sources
CREATE TRIGGER search_sources_insert_before BEFORE INSERT ON sources
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id = new.article_id)
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.article_id);
END;
CREATE TRIGGER search_sources_update_before BEFORE UPDATE ON sources
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id IN (old.article_id, new.article_id))
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id)
    SELECT id FROM search_docsize WHERE id IN (old.article_id, new.article_id);
END;
CREATE TRIGGER search_sources_delete_before BEFORE DELETE ON sources
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id = old.article_id)
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (old.article_id);
END;
CREATE TRIGGER search_sources_insert_after AFTER INSERT ON sources
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;
CREATE TRIGGER search_sources_update_after AFTER UPDATE ON sources
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;
CREATE TRIGGER search_sources_delete_after AFTER DELETE ON sources
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;

-- comments
CREATE TRIGGER search_comments_insert_before BEFORE INSERT ON comments
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id = new.article_id)
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.article_id);
END;
CREATE TRIGGER search_comments_update_before BEFORE UPDATE ON comments
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id IN (old.article_id, new.article_id))
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id)
    SELECT id FROM search_docsize WHERE id IN (old.article_id, new.article_id);
END;
CREATE TRIGGER search_comments_delete_before BEFORE DELETE ON comments
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id = old.article_id)
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (old.article_id);
END;
CREATE TRIGGER search_comments_insert_after AFTER INSERT ON comments
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;
CREATE TRIGGER search_comments_update_after AFTER UPDATE ON comments
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;
CREATE TRIGGER search_comments_delete_after AFTER DELETE ON comments
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;

-- annotations
CREATE TRIGGER search_annotations_insert_before BEFORE INSERT ON annotations
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id = new.article_id)
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.article_id);
END;
CREATE TRIGGER search_annotations_update_before BEFORE UPDATE OF article_id, note ON annotations
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id IN (old.article_id, new.article_id))
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id)
    SELECT id FROM search_docsize WHERE id IN (old.article_id, new.article_id);
END;
CREATE TRIGGER search_annotations_delete_before BEFORE DELETE ON annotations
WHEN EXISTS (SELECT 1 FROM search_docsize WHERE id = old.article_id)
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (old.article_id);
END;
CREATE TRIGGER search_annotations_insert_after AFTER INSERT ON annotations
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;
CREATE TRIGGER search_annotations_update_after AFTER UPDATE OF article_id, note ON annotations
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;
CREATE TRIGGER search_annotations_delete_after AFTER DELETE ON annotations
WHEN EXISTS (SELECT 1 FROM search_pending)
BEGIN
    DELETE FROM search_pending;
END;

-- A library upgraded from schema 1 already has articles: index them.
INSERT INTO search (search) VALUES ('rebuild');
