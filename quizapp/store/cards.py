"""Flashcards, their review log and each student's study settings.

Every query is scoped by ``user_id``: a student only ever reaches their own
cards. Cards of retired questions (edited or removed since) are left out of
every queue and count. Only questions with a right answer to learn become
cards: essays and descriptions have none.
"""

import json

CARD_TYPES = ("multiple_choice", "true_false", "short_answer", "numerical", "matching")
CARD_TYPES_SQL = "('multiple_choice', 'true_false', 'short_answer', 'numerical', 'matching')"

# A card row with what the review page needs from its question and set.
CARD_SELECT = (
    "SELECT c.*, q.data AS question_data, q.retired, s.title AS set_title, s.allow_typos FROM card c"
    " JOIN question q ON q.id = c.question_id JOIN question_set s ON s.id = c.set_id"
)
# Cards that can be studied now: not suspended, question still current. ``:set`` NULL means every set.
ACTIVE = "c.user_id = :user AND c.suspended = 0 AND q.retired = 0 AND (:set IS NULL OR c.set_id = :set)"


# --- settings -----------------------------------------------------------------

def get_settings(db, user_id, defaults):
    """The student's study settings, with ``defaults`` where they have none."""
    row = db.execute("SELECT * FROM review_settings WHERE user_id = ?", (user_id,)).fetchone()
    if row is None:
        return dict(defaults)
    return {key: (bool(row[key]) if key == "shortcuts" else row[key]) for key in defaults}


def has_settings(db, user_id):
    """True once the student has saved settings (before, they run on the defaults, UTC included)."""
    return db.execute("SELECT 1 FROM review_settings WHERE user_id = ?", (user_id,)).fetchone() is not None


def save_settings(db, user_id, desired_retention, new_per_day, reviews_per_day, time_zone, shortcuts):
    db.execute(
        "INSERT INTO review_settings (user_id, desired_retention, new_per_day, reviews_per_day, time_zone, shortcuts)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET desired_retention = excluded.desired_retention,"
        " new_per_day = excluded.new_per_day, reviews_per_day = excluded.reviews_per_day,"
        " time_zone = excluded.time_zone, shortcuts = excluded.shortcuts",
        (user_id, desired_retention, new_per_day, reviews_per_day, time_zone, int(shortcuts)),
    )


def save_parameters(db, user_id, parameters):
    """Store FSRS weights fitted to the student's reviews (a list of floats)."""
    db.execute(
        "INSERT INTO review_settings (user_id, parameters) VALUES (?, ?)"
        " ON CONFLICT (user_id) DO UPDATE SET parameters = excluded.parameters",
        (user_id, json.dumps(list(parameters))),
    )


# --- cards --------------------------------------------------------------------

# Whether the card's holder (the ? it is given) is a student: frozen on the card as it is made, so promoting them
# later keeps their cards counted as a student's (question_sets.students_work).
HOLDER_IS_STUDENT = "COALESCE((SELECT role = 'student' FROM user WHERE id = ?), 0)"

def add_set_cards(db, user_id, set_id, now):
    """Give the student a new card for every current question of the set that has none; return how many."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO card (user_id, question_id, set_id, due, created_at, by_student)"
        f" SELECT ?, q.id, q.set_id, ?, ?, {HOLDER_IS_STUDENT} FROM question q"
        f" WHERE q.set_id = ? AND q.retired = 0 AND q.type IN {CARD_TYPES_SQL}",
        (user_id, now, now, user_id, set_id),
    )
    return cursor.rowcount


def ensure_card(db, user_id, question_id, set_id, now):
    """The student's card for a question, made new if they have none yet."""
    db.execute(
        "INSERT OR IGNORE INTO card (user_id, question_id, set_id, due, created_at, by_student)"
        f" VALUES (?, ?, ?, ?, ?, {HOLDER_IS_STUDENT})",
        (user_id, question_id, set_id, now, now, user_id),
    )
    return db.execute("SELECT * FROM card WHERE user_id = ? AND question_id = ?", (user_id, question_id)).fetchone()


def move_cards(db, old_question_id, new_question_id):
    """Point every student's card for a reworded question at its new wording (schedule and log kept)."""
    # (not where the student already has a card for the new one: a question edited back to an earlier wording)
    db.execute("UPDATE card SET question_id = ?, version = version + 1 WHERE question_id = ? AND user_id NOT IN"
               " (SELECT user_id FROM card WHERE question_id = ?)", (new_question_id, old_question_id, new_question_id))


def get_card(db, user_id, card_id):
    """The student's card with its question, or None (also for another student's card)."""
    return db.execute(f"{CARD_SELECT} WHERE c.id = ? AND c.user_id = ?", (card_id, user_id)).fetchone()


def update_card(db, card_id, version, columns):
    """Write a card's new columns if nobody changed it since ``version``; return True if written."""
    cursor = db.execute(
        "UPDATE card SET state = :state, step = :step, stability = :stability, difficulty = :difficulty,"
        " due = :due, last_review = :last_review, reps = :reps, lapses = :lapses, suspended = :suspended,"
        " leech = :leech, version = version + 1 WHERE id = :id AND version = :version",
        {**columns, "id": card_id, "version": version},
    )
    return cursor.rowcount == 1


def set_suspended(db, user_id, card_id, suspended):
    """Suspend or resume the student's card; resuming also clears the leech flag. True if it is theirs."""
    cursor = db.execute(
        "UPDATE card SET suspended = ?, leech = CASE WHEN ? THEN leech ELSE 0 END, version = version + 1"
        " WHERE id = ? AND user_id = ?",
        (int(suspended), int(suspended), card_id, user_id),
    )
    return cursor.rowcount == 1


def list_set_cards(db, user_id, set_id):
    """Every card of the student's in one set, with its question, for the card list."""
    return db.execute(
        f"{CARD_SELECT} WHERE c.user_id = ? AND c.set_id = ? AND q.retired = 0 ORDER BY q.position",
        (user_id, set_id),
    ).fetchall()


# --- the queue ----------------------------------------------------------------

def next_learning(db, user_id, set_id, until):
    """The learning or relearning card due soonest, if due by ``until``."""
    return db.execute(
        f"{CARD_SELECT} WHERE {ACTIVE} AND c.last_review IS NOT NULL AND c.state != 2 AND c.due <= :until"
        " ORDER BY c.due, c.id LIMIT 1",
        {"user": user_id, "set": set_id, "until": until},
    ).fetchone()


def next_review(db, user_id, set_id, day_end):
    """The review card due soonest, if due before the study day ends."""
    return db.execute(
        f"{CARD_SELECT} WHERE {ACTIVE} AND c.state = 2 AND c.due < :end ORDER BY c.due, c.id LIMIT 1",
        {"user": user_id, "set": set_id, "end": day_end},
    ).fetchone()


def next_new(db, user_id, set_id):
    """The next card never reviewed, in set and question order."""
    return db.execute(
        f"{CARD_SELECT} WHERE {ACTIVE} AND c.last_review IS NULL ORDER BY c.set_id, q.position, c.id LIMIT 1",
        {"user": user_id, "set": set_id},
    ).fetchone()


def next_learning_due(db, user_id, set_id):
    """When the next learning card comes due (to say "come back in 8 minutes"), or None."""
    row = db.execute(
        f"SELECT MIN(c.due) AS due FROM card c JOIN question q ON q.id = c.question_id"
        f" WHERE {ACTIVE} AND c.last_review IS NOT NULL AND c.state != 2",
        {"user": user_id, "set": set_id},
    ).fetchone()
    return row["due"]


def done_today(db, user_id, day_start, day_end):
    """(new cards introduced, review cards reviewed) in the study day: what the daily limits count."""
    row = db.execute(
        "SELECT COALESCE(SUM(state_before = 0), 0) AS new, COALESCE(SUM(state_before = 2), 0) AS reviews"
        " FROM review_log WHERE user_id = ? AND reviewed_at >= ? AND reviewed_at < ?",
        (user_id, day_start, day_end),
    ).fetchone()
    return row["new"], row["reviews"]


def counts_by_set(db, user_id, day_end):
    """Per set: cards new, learning (back today), due for review today, suspended, and in all."""
    return db.execute(
        "SELECT c.set_id, s.title AS set_title,"
        " SUM(c.suspended = 0 AND c.last_review IS NULL) AS new,"
        " SUM(c.suspended = 0 AND c.last_review IS NOT NULL AND c.state != 2 AND c.due < :end) AS learning,"
        " SUM(c.suspended = 0 AND c.state = 2 AND c.due < :end) AS due,"
        " SUM(c.suspended) AS suspended, COUNT(*) AS total"
        " FROM card c JOIN question q ON q.id = c.question_id JOIN question_set s ON s.id = c.set_id"
        " WHERE c.user_id = :user AND q.retired = 0 GROUP BY c.set_id ORDER BY s.title COLLATE NOCASE",
        {"user": user_id, "end": day_end},
    ).fetchall()


def card_counts_by_set(db):
    """{set id: how many of its current questions can be flashcards}: a set of essays or information has none."""
    return dict(db.execute(
        f"SELECT set_id, COUNT(*) FROM question WHERE retired = 0 AND type IN {CARD_TYPES_SQL} GROUP BY set_id"
    ).fetchall())


def missing_by_set(db, user_id):
    """{set id: how many of its current questions are not yet the student's cards} (added since they started it)."""
    return dict(db.execute(
        "SELECT q.set_id, COUNT(*) FROM question q"
        f" WHERE q.retired = 0 AND q.type IN {CARD_TYPES_SQL}"
        " AND q.set_id IN (SELECT DISTINCT set_id FROM card WHERE user_id = :user)"
        " AND NOT EXISTS (SELECT 1 FROM card c WHERE c.user_id = :user AND c.question_id = q.id)"
        " GROUP BY q.set_id",
        {"user": user_id},
    ).fetchall())


# --- the review log -------------------------------------------------------------

def insert_review(db, card_id, user_id, rating, reviewed_at, duration_ms, state_before, state_after, card_before,
                  origin, request_id, version_after):
    """Log a review; return its id, or None if this request was logged already (a replayed form)."""
    cursor = db.execute(
        "INSERT INTO review_log (card_id, user_id, rating, reviewed_at, duration_ms, state_before, state_after,"
        " card_before, origin, request_id, version_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (user_id, request_id) DO NOTHING",
        (card_id, user_id, rating, reviewed_at, duration_ms, state_before, state_after, card_before, origin, request_id,
         version_after),
    )
    return cursor.lastrowid if cursor.rowcount == 1 else None


def review_logged(db, user_id, request_id):
    """True if the rating form with ``request_id`` was logged already."""
    return request_id is not None and db.execute(
        "SELECT 1 FROM review_log WHERE user_id = ? AND request_id = ?", (user_id, request_id)).fetchone() is not None


def last_review(db, user_id, set_id=None):
    """The student's most recent review made on the review screen (what Undo takes back), of a card of the set
    ``set_id`` if given, or None."""
    return db.execute(
        "SELECT r.* FROM review_log r JOIN card c ON c.id = r.card_id"
        " WHERE r.user_id = :user AND r.origin = 'review' AND (:set IS NULL OR c.set_id = :set)"
        " ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1",
        {"user": user_id, "set": set_id},
    ).fetchone()


def delete_review(db, review_id):
    db.execute("DELETE FROM review_log WHERE id = ?", (review_id,))


def restore_card(db, card_id, columns):
    """Put a card back as it was before a review (from the log's snapshot)."""
    db.execute(
        "UPDATE card SET state = :state, step = :step, stability = :stability, difficulty = :difficulty,"
        " due = :due, last_review = :last_review, reps = :reps, lapses = :lapses, suspended = :suspended,"
        " leech = :leech, version = version + 1 WHERE id = :id",
        {**columns, "id": card_id},
    )


def card_reviews(db, card_id):
    """A card's reviews, oldest first (to rebuild it, or to fit parameters)."""
    return db.execute("SELECT * FROM review_log WHERE card_id = ? ORDER BY reviewed_at, id", (card_id,)).fetchall()


def user_reviews(db, user_id, since=None):
    """The student's reviews (since an ISO time, if given), oldest first."""
    return db.execute(
        "SELECT * FROM review_log WHERE user_id = ? AND reviewed_at >= ? ORDER BY reviewed_at, id",
        (user_id, since or ""),
    ).fetchall()


# --- statistics -------------------------------------------------------------------

def due_dates(db, user_id, until):
    """The due times of the student's active review cards due before ``until``."""
    return [row["due"] for row in db.execute(
        "SELECT c.due FROM card c JOIN question q ON q.id = c.question_id"
        " WHERE c.user_id = ? AND c.suspended = 0 AND q.retired = 0 AND c.last_review IS NOT NULL AND c.due < ?",
        (user_id, until),
    )]


def state_counts(db, user_id):
    """How many of the student's cards are new, learning, young, mature (interval of 21 days or more) and suspended."""
    return db.execute(
        "SELECT COALESCE(SUM(c.suspended = 0 AND c.last_review IS NULL), 0) AS new,"
        " COALESCE(SUM(c.suspended = 0 AND c.last_review IS NOT NULL AND c.state != 2), 0) AS learning,"
        " COALESCE(SUM(c.suspended = 0 AND c.state = 2 AND julianday(c.due) - julianday(c.last_review) < 21), 0) AS young,"
        " COALESCE(SUM(c.suspended = 0 AND c.state = 2 AND julianday(c.due) - julianday(c.last_review) >= 21), 0) AS mature,"
        " COALESCE(SUM(c.suspended), 0) AS suspended"
        " FROM card c JOIN question q ON q.id = c.question_id WHERE c.user_id = ? AND q.retired = 0",
        (user_id,),
    ).fetchone()


def users_with_reviews(db, username=None):
    """(id, username, review count) of students with reviews, or of the one named."""
    return db.execute(
        "SELECT u.id, u.username, COUNT(r.id) AS reviews FROM user u LEFT JOIN review_log r ON r.user_id = u.id"
        " WHERE (? IS NULL OR u.username = ?) GROUP BY u.id HAVING ? IS NOT NULL OR COUNT(r.id) > 0"
        " ORDER BY u.username",
        (username, username, username),
    ).fetchall()
