-- Users, question sets, questions, attempts and their answers.
-- Times are ISO 8601 strings in UTC ("2026-11-25T16:05:35+00:00").

CREATE TABLE user (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('student', 'instructor', 'admin')),
  -- Flask-Login keeps this token in the session cookie, not the id: rotating it
  -- at log-out revokes every copy of the cookie (ASVS 7.4.1).
  session_token TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

CREATE TABLE login_failure (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL COLLATE NOCASE,
  failed_at TEXT NOT NULL
);
CREATE INDEX login_failure_by_user ON login_failure (username, failed_at);

CREATE TABLE question_set (
  id INTEGER PRIMARY KEY,
  -- Stable name of the set (the file name for loaded sets) so loading is idempotent.
  slug TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  source_title TEXT,
  source_url TEXT,
  source_text TEXT,
  feedback_mode TEXT NOT NULL DEFAULT 'immediate' CHECK (feedback_mode IN ('immediate', 'end')),
  allow_typos INTEGER NOT NULL DEFAULT 0,
  shuffle_questions INTEGER NOT NULL DEFAULT 0,
  shuffle_choices INTEGER NOT NULL DEFAULT 1,
  published INTEGER NOT NULL DEFAULT 1,
  owner_id INTEGER REFERENCES user (id) ON DELETE SET NULL,
  origin TEXT,             -- the file it was loaded from, if any
  content_hash TEXT,       -- sha256 of that file's questions, to notice changes
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Questions are never edited in place once students may have answered them:
-- a changed set retires the old rows, so past attempts still show what was asked.
CREATE TABLE question (
  id INTEGER PRIMARY KEY,
  set_id INTEGER NOT NULL REFERENCES question_set (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  type TEXT NOT NULL,
  prompt TEXT NOT NULL,
  points REAL NOT NULL DEFAULT 1,
  data TEXT NOT NULL,      -- the whole question as quizapp JSON
  retired INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX question_by_set ON question (set_id, retired, position);

CREATE TABLE attempt (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
  set_id INTEGER NOT NULL REFERENCES question_set (id) ON DELETE CASCADE,
  feedback_mode TEXT NOT NULL,   -- frozen at start: a settings change must not alter a running quiz
  allow_typos INTEGER NOT NULL,
  shuffle_choices INTEGER NOT NULL,
  seed INTEGER NOT NULL,         -- choice order, stable across refreshes
  started_at TEXT NOT NULL,
  finished_at TEXT,
  score REAL,                    -- marks earned, set when finished
  max_score REAL
);
CREATE INDEX attempt_by_user ON attempt (user_id, set_id, finished_at);
CREATE INDEX attempt_by_set ON attempt (set_id, finished_at);

-- One row per question of an attempt, in the order the student sees them;
-- the answer columns stay NULL until the question is answered.
CREATE TABLE attempt_item (
  attempt_id INTEGER NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  question_id INTEGER NOT NULL REFERENCES question (id),
  response TEXT,                 -- JSON of what the student answered
  fraction REAL,                 -- 0..1 of the question's points; NULL: not auto-graded
  answered_at TEXT,
  PRIMARY KEY (attempt_id, position)
) WITHOUT ROWID;
