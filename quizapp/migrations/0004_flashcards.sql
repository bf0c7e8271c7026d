-- Spaced repetition: one flashcard per student and question, scheduled by FSRS.
-- The scheduling columns are fsrs's Card.to_dict(): state (1 learning, 2 review,
-- 3 relearning), step, stability, difficulty, due, last_review. A card never
-- reviewed (last_review NULL) is "new". Times are ISO 8601 UTC, to the second.
CREATE TABLE card (
  id INTEGER PRIMARY KEY,        -- fsrs's card_id
  user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
  set_id INTEGER NOT NULL REFERENCES question_set (id) ON DELETE CASCADE,
  state INTEGER NOT NULL DEFAULT 1 CHECK (state IN (1, 2, 3)),
  step INTEGER,
  stability REAL,
  difficulty REAL,
  due TEXT NOT NULL,
  last_review TEXT,
  reps INTEGER NOT NULL DEFAULT 0,
  lapses INTEGER NOT NULL DEFAULT 0,     -- Again on a card in review: 8 make a leech
  suspended INTEGER NOT NULL DEFAULT 0,
  leech INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 0,    -- bumped by every change: a stale tab's rating is refused
  created_at TEXT NOT NULL,
  UNIQUE (user_id, question_id)
);
CREATE INDEX card_by_due ON card (user_id, suspended, due);
CREATE INDEX card_by_set ON card (user_id, set_id);

-- Every review, kept: what was rated, when, how long it took, the state before and
-- after, and the whole card before (to undo exactly, and to rebuild or re-fit later).
CREATE TABLE review_log (
  id INTEGER PRIMARY KEY,
  card_id INTEGER NOT NULL REFERENCES card (id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  reviewed_at TEXT NOT NULL,
  duration_ms INTEGER,
  state_before INTEGER NOT NULL,         -- 0 new, else the fsrs state
  state_after INTEGER NOT NULL,
  card_before TEXT NOT NULL,             -- JSON: the card's columns before this review
  origin TEXT NOT NULL DEFAULT 'review' CHECK (origin IN ('review', 'quiz')),
  request_id TEXT,                       -- the form's one-time id: a replayed form logs nothing
  UNIQUE (user_id, request_id)
);
CREATE INDEX review_log_by_user ON review_log (user_id, reviewed_at);
CREATE INDEX review_log_by_card ON review_log (card_id, reviewed_at);

-- Each student's study settings; no row means the defaults.
CREATE TABLE review_settings (
  user_id INTEGER PRIMARY KEY REFERENCES user (id) ON DELETE CASCADE,
  desired_retention REAL NOT NULL DEFAULT 0.9 CHECK (desired_retention BETWEEN 0.7 AND 0.97),
  new_per_day INTEGER NOT NULL DEFAULT 20 CHECK (new_per_day BETWEEN 0 AND 9999),
  reviews_per_day INTEGER NOT NULL DEFAULT 200 CHECK (reviews_per_day BETWEEN 0 AND 99999),
  time_zone TEXT NOT NULL DEFAULT 'UTC',
  shortcuts INTEGER NOT NULL DEFAULT 1,
  parameters TEXT                        -- JSON: 21 FSRS weights fitted by `quizapp optimize`; NULL: defaults
);
