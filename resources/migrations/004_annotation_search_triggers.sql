-- Schema 4: annotations re-index their article only when the index would change.
--
-- The index holds an article's notes (the search_source view takes only
-- notes that are not ''), so an annotation without a note, or a change that
-- leaves the note and the article alone (re-anchoring moves offsets,
-- prefixes and suffixes; a colour change), cannot change what is indexed.
-- Schema 2 re-indexed the whole article for every such row: importing or
-- re-anchoring 1,000 annotations of a long article re-indexed it 1,000
-- times. Only the BEFORE triggers change; the AFTER triggers still empty
-- search_pending, which these now fill only when the notes change.
DROP TRIGGER search_annotations_insert_before;
DROP TRIGGER search_annotations_update_before;
DROP TRIGGER search_annotations_delete_before;

CREATE TRIGGER search_annotations_insert_before BEFORE INSERT ON annotations
WHEN new.note <> '' AND EXISTS (SELECT 1 FROM search_docsize WHERE id = new.article_id)
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.article_id);
END;
CREATE TRIGGER search_annotations_update_before BEFORE UPDATE OF article_id, note ON annotations
WHEN (old.note IS NOT new.note OR old.article_id IS NOT new.article_id)
     AND (old.note <> '' OR new.note <> '')
     AND EXISTS (SELECT 1 FROM search_docsize WHERE id IN (old.article_id, new.article_id))
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id)
    SELECT id FROM search_docsize WHERE id IN (old.article_id, new.article_id);
END;
CREATE TRIGGER search_annotations_delete_before BEFORE DELETE ON annotations
WHEN old.note <> '' AND EXISTS (SELECT 1 FROM search_docsize WHERE id = old.article_id)
BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (old.article_id);
END;
