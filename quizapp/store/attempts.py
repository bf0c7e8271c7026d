"""Quiz attempts and the answers given in them."""

from . import iso, utcnow


def create_attempt(db, user_id, question_set, question_ids, seed, *, by_student):
    """Start an attempt on ``question_ids`` in that order; return its id. ``by_student``: made by a student, whose
    results the class's count (frozen here: a student made an instructor later stays counted)."""
    cursor = db.execute(
        "INSERT INTO attempt (user_id, set_id, feedback_mode, allow_typos, shuffle_choices,"
        " seed, started_at, by_student) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (user_id, question_set["id"], question_set["feedback_mode"], question_set["allow_typos"],
         question_set["shuffle_choices"], seed, iso(utcnow()), int(by_student)),
    )
    attempt_id = cursor.lastrowid
    db.executemany(
        "INSERT INTO attempt_item (attempt_id, position, question_id) VALUES (?, ?, ?)",
        [(attempt_id, position, qid) for position, qid in enumerate(question_ids)],
    )
    return attempt_id


def get_attempt(db, attempt_id):
    """The attempt with its set's title and its student's name, or None."""
    return db.execute(
        "SELECT a.*, s.title AS set_title, u.username FROM attempt a JOIN question_set s ON s.id = a.set_id"
        " JOIN user u ON u.id = a.user_id WHERE a.id = ?",
        (attempt_id,),
    ).fetchone()


def find_running_attempt(db, user_id, set_id):
    """The user's unfinished attempt on this set, or None."""
    return db.execute(
        "SELECT * FROM attempt WHERE user_id = ? AND set_id = ? AND finished_at IS NULL"
        " ORDER BY id DESC LIMIT 1",
        (user_id, set_id),
    ).fetchone()


def get_items(db, attempt_id):
    """Every item of the attempt, in order, with its question."""
    return db.execute(
        "SELECT i.*, q.type, q.data, q.points FROM attempt_item i"
        " JOIN question q ON q.id = i.question_id WHERE i.attempt_id = ? ORDER BY i.position",
        (attempt_id,),
    ).fetchall()


def save_response(db, attempt_id, position, response_json, fraction):
    """Record (or, before the attempt ends, replace) the answer at ``position``."""
    db.execute(
        "UPDATE attempt_item SET response = ?, fraction = ?, answered_at = ?"
        " WHERE attempt_id = ? AND position = ?",
        (response_json, fraction, iso(utcnow()), attempt_id, position),
    )


def finish_attempt(db, attempt_id, score, max_score):
    """Close the attempt with its score; returns False if it was already finished."""
    cursor = db.execute(
        "UPDATE attempt SET finished_at = ?, score = ?, max_score = ?"
        " WHERE id = ? AND finished_at IS NULL",
        (iso(utcnow()), score, max_score, attempt_id),
    )
    return cursor.rowcount == 1


def list_user_attempts(db, user_id):
    """The user's attempts, newest first by the date the results page shows (when it was finished, or started if
    still running), with set titles: by start, finished attempts had looked out of order (a new user's walk)."""
    return db.execute(
        "SELECT a.*, s.title AS set_title FROM attempt a JOIN question_set s ON s.id = a.set_id"
        " WHERE a.user_id = ? ORDER BY COALESCE(a.finished_at, a.started_at) DESC, a.id DESC",
        (user_id,),
    ).fetchall()


def best_scores(db, user_id):
    """Per set: the user's best percentage and how many finished attempts."""
    return db.execute(
        "SELECT s.id AS set_id, s.title AS set_title, COUNT(*) AS attempts,"
        " MAX(a.score * 100.0 / a.max_score) AS best_percent"
        " FROM attempt a JOIN question_set s ON s.id = a.set_id"
        " WHERE a.user_id = ? AND a.finished_at IS NOT NULL AND a.max_score > 0"
        " GROUP BY s.id ORDER BY s.title COLLATE NOCASE",
        (user_id,),
    ).fetchall()


def list_set_attempts(db, set_id):
    """Finished attempts on a set, by student, for the instructor's results page (not staff trying the quiz: a
    new user's preview had halved the class average)."""
    return db.execute(
        "SELECT a.*, u.username FROM attempt a JOIN user u ON u.id = a.user_id"
        " WHERE a.set_id = ? AND a.finished_at IS NOT NULL AND a.by_student = 1 ORDER BY a.finished_at DESC",
        (set_id,),
    ).fetchall()


def question_results(db, set_id):
    """{question id: (answers, mean fraction right)} over students' finished attempts on the set, for the graded
    answers only: how hard each question proved (an instructor had only each student's answers to go by)."""
    rows = db.execute(
        "SELECT i.question_id, COUNT(*) AS answers, AVG(i.fraction) AS mean FROM attempt_item i"
        " JOIN attempt a ON a.id = i.attempt_id"
        " WHERE a.set_id = ? AND a.finished_at IS NOT NULL AND a.by_student = 1 AND i.fraction IS NOT NULL"
        " GROUP BY i.question_id",
        (set_id,),
    ).fetchall()
    return {row["question_id"]: (row["answers"], row["mean"]) for row in rows}
