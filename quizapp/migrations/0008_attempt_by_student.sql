-- Whether an attempt was made by a student, frozen when it starts, as its settings are: the class's results count
-- the attempts students made, and a student later made an instructor keeps them counted (a new user's walk saw a
-- promoted student's results vanish from the class average). Attempts made before this read their maker's role now.
ALTER TABLE attempt ADD COLUMN by_student INTEGER NOT NULL DEFAULT 0;
UPDATE attempt SET by_student = COALESCE((SELECT role = 'student' FROM user WHERE user.id = attempt.user_id), 0);
