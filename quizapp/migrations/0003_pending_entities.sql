-- Names of a generated draft's article, added to the entity bank only when the
-- instructor publishes it: a draft may be junk (a mislabelled upload) and must
-- not leak its names into other quizzes as distractors.
ALTER TABLE question_set ADD COLUMN pending_entities TEXT;
