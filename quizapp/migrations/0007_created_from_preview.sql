-- The import preview a set was created from: a random token each preview page carries, so that a
-- second "Create the set" from the same page (a double click, or Back and Create again) finds the
-- set the first one made instead of making a copy. NULL for sets made any other way.
ALTER TABLE question_set ADD COLUMN created_from TEXT;
CREATE UNIQUE INDEX question_set_created_from ON question_set (created_from) WHERE created_from IS NOT NULL;
