-- Schema 8: the daily review of highlights.
--
-- A highlight seen in the review and kept comes back after interval_days,
-- and each keep doubles the interval, so what is known fades out of the
-- daily few while what was just made comes up soon. A highlight that was
-- never reviewed has no row (new highlights join the review without a
-- write). due is the UTC day it is next shown, as YYYY-MM-DD.
CREATE TABLE annotation_reviews (
    annotation_id INTEGER PRIMARY KEY REFERENCES annotations (id) ON DELETE CASCADE,
    due           TEXT    NOT NULL,
    interval_days INTEGER NOT NULL CHECK (interval_days >= 1),
    reviews       INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX annotation_reviews_due ON annotation_reviews (due);
