-- Schema 5: an import indexes each batch of articles in one statement.
--
-- FTS5 writes its pending index data to disk at every savepoint and at
-- every statement that opens a statement journal. Indexed one by one (the
-- search_article_stored trigger of schema 2), every imported article became
-- a segment of its own, and merging those segments cost more than all the
-- rest of an import. Now, while search_bulk holds its row (an importer puts
-- it there and takes it out again inside its own transaction, so no other
-- connection ever sees it), a newly stored article is only listed in
-- search_bulk_articles; before committing, the importer indexes all the
-- listed articles with one INSERT … SELECT and empties both tables
-- (core/SearchIndex: beginBulk, endBulk). An article taken out again in the
-- meantime (a failed store rolled back to its savepoint) leaves the list
-- with it. Writers that do not use search_bulk (the sqlite3 shell, a single
-- store) still index each article at once, as before.
CREATE TABLE search_bulk (id INTEGER PRIMARY KEY CHECK (id = 1));
CREATE TABLE search_bulk_articles (article_id INTEGER PRIMARY KEY);

DROP TRIGGER search_article_stored;
CREATE TRIGGER search_article_stored AFTER INSERT ON originals
WHEN NOT EXISTS (SELECT 1 FROM search_bulk) AND NOT EXISTS (SELECT 1 FROM search_docsize WHERE id = new.article_id)
BEGIN
    INSERT INTO search (rowid, title, caption, body, source, comments, notes)
    SELECT id, title, caption, body, source, comments, notes FROM search_source WHERE id = new.article_id;
END;
CREATE TRIGGER search_article_stored_in_bulk AFTER INSERT ON originals
WHEN EXISTS (SELECT 1 FROM search_bulk) AND NOT EXISTS (SELECT 1 FROM search_docsize WHERE id = new.article_id)
BEGIN
    INSERT OR IGNORE INTO search_bulk_articles (article_id) VALUES (new.article_id);
END;
