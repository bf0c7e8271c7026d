-- Questions the generator left out of a set made from an article (likelier trivia,
-- or past the size asked for), as a JSON list, for the instructor to add from the
-- review page. NULL for sets not made from an article.
ALTER TABLE question_set ADD COLUMN spare_questions TEXT;
