-- The card's version right after each review: Undo takes a review back only while the
-- card is still as that review left it (no quiz answer, suspension or later review since).
ALTER TABLE review_log ADD COLUMN version_after INTEGER;
