-- Whether a card was made for a student, frozen when it is made, as an attempt's by_student is: a student later made
-- an instructor keeps the set from deletion by their flashcards as by their attempts (a review found a promoted
-- student who had only studied the cards unprotected). Cards made before this read the rule the app had used: their
-- holder is a student now, or has made an attempt as one.
ALTER TABLE card ADD COLUMN by_student INTEGER NOT NULL DEFAULT 0;
UPDATE card SET by_student = 1
 WHERE user_id IN (SELECT id FROM user WHERE role = 'student')
    OR user_id IN (SELECT user_id FROM attempt WHERE by_student = 1);
