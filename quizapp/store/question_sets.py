"""Question sets and their questions."""

import hashlib
import json

from . import cards, iso, utcnow

SETTING_COLUMNS = {
    "feedback": "feedback_mode",
    "allow_typos": "allow_typos",
    "shuffle_questions": "shuffle_questions",
    "shuffle_choices": "shuffle_choices",
    "published": "published",
}


def get_set(db, set_id):
    """The question_set row with this id, or None."""
    return db.execute("SELECT * FROM question_set WHERE id = ?", (set_id,)).fetchone()


def get_set_by_slug(db, slug):
    return db.execute("SELECT * FROM question_set WHERE slug = ?", (slug,)).fetchone()


def get_set_titled(db, title):
    """A set named ``title`` (letter case and surrounding spaces aside), or None."""
    return db.execute("SELECT * FROM question_set WHERE lower(trim(title)) = lower(trim(?)) ORDER BY id LIMIT 1",
                      (title,)).fetchone()


def get_set_created_from(db, token):
    """The set an import preview's token created, or None."""
    return db.execute("SELECT * FROM question_set WHERE created_from = ?", (token,)).fetchone()


def mark_created_from(db, set_id, token):
    db.execute("UPDATE question_set SET created_from = ? WHERE id = ?", (token, set_id))


def insert_set(db, slug, question_set, origin=None, content_hash=None, owner_id=None):
    """Store a new set with its settings; return its id. Questions go in separately."""
    source = question_set.source or {}
    settings = {column: question_set.settings[key] for key, column in SETTING_COLUMNS.items()}
    now = iso(utcnow())
    cursor = db.execute(
        "INSERT INTO question_set (slug, title, description, source_title, source_url, source_text,"
        " feedback_mode, allow_typos, shuffle_questions, shuffle_choices, published,"
        " owner_id, origin, content_hash, created_at, updated_at)"
        " VALUES (:slug, :title, :description, :source_title, :source_url, :source_text,"
        " :feedback_mode, :allow_typos, :shuffle_questions, :shuffle_choices, :published,"
        " :owner_id, :origin, :content_hash, :now, :now)",
        {
            "slug": slug, "title": question_set.title, "description": question_set.description,
            "source_title": source.get("title"), "source_url": source.get("url"),
            "source_text": source.get("text"), "owner_id": owner_id, "origin": origin,
            "content_hash": content_hash, "now": now, **settings,
        },
    )
    return cursor.lastrowid


def update_set_content(db, set_id, question_set, origin, content_hash):
    """Refresh a set's title, description and article from a changed file (settings stay)."""
    source = question_set.source or {}
    db.execute(
        "UPDATE question_set SET title = ?, description = ?, source_title = ?, source_url = ?,"
        " source_text = ?, origin = ?, content_hash = ?, updated_at = ? WHERE id = ?",
        (question_set.title, question_set.description, source.get("title"), source.get("url"),
         source.get("text"), origin, content_hash, iso(utcnow()), set_id),
    )


def rename_set(db, set_id, title, description):
    """Give a set the title and description its instructor chose."""
    db.execute("UPDATE question_set SET title = ?, description = ?, updated_at = ? WHERE id = ?",
               (title, description, iso(utcnow()), set_id))


def update_settings(db, set_id, feedback_mode, allow_typos, shuffle_questions, shuffle_choices, published):
    """Change how a set is quizzed; running attempts keep the settings they started with."""
    db.execute(
        "UPDATE question_set SET feedback_mode = ?, allow_typos = ?, shuffle_questions = ?,"
        " shuffle_choices = ?, published = ?, updated_at = ? WHERE id = ?",
        (feedback_mode, int(allow_typos), int(shuffle_questions), int(shuffle_choices),
         int(published), iso(utcnow()), set_id),
    )


def canonical(question):
    """A question's JSON in one spelling, to tell changed questions from unchanged ones."""
    return json.dumps(question, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def replace_questions(db, set_id, questions):
    """Make ``questions`` the set's current questions, in order.

    Unchanged questions keep their rows (running attempts refer to them);
    changed or removed ones are retired, not deleted, so past attempts can
    still show what was asked. A question changed in place (same position)
    hands its students' flashcards to the new wording, as Anki keeps a card's
    schedule when its note is edited.
    """
    rows = get_questions(db, set_id)
    current = {row["data"]: row["id"] for row in rows}
    at_position = {row["position"]: row["id"] for row in rows}
    # A question brought back as it was (removed by mistake, then added again from those left out) is its old row
    # again, with its students' flashcards and their history: a new row had started them afresh (a new user's walk).
    before = {row["data"]: row["id"] for row in get_retired_questions(db, set_id)}
    inserted = {}
    keep = set()
    for position, question in enumerate(questions):
        data = canonical(question)
        if data in current and current[data] not in keep:
            keep.add(current[data])
            db.execute("UPDATE question SET position = ? WHERE id = ?", (position, current[data]))
        elif data in before and before[data] not in keep:
            keep.add(before[data])
            db.execute("UPDATE question SET position = ?, retired = 0 WHERE id = ?", (position, before[data]))
            inserted[position] = (before[data], question["type"])
        else:
            cursor = db.execute(
                "INSERT INTO question (set_id, position, type, prompt, points, data)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (set_id, position, question["type"], question["prompt"],
                 question.get("points", 1), data),
            )
            inserted[position] = (cursor.lastrowid, question["type"])
    retired = set(current.values()) - keep
    for question_id in retired:
        db.execute("UPDATE question SET retired = 1 WHERE id = ?", (question_id,))
    for position, (new_id, kind) in inserted.items():
        if at_position.get(position) in retired and kind in cards.CARD_TYPES:
            cards.move_cards(db, at_position[position], new_id)


# A card made for a student, whatever its holder's role now (migration 0009).
STUDENT_CARD = "c.by_student = 1"


def students_work(db, set_id):
    """How many attempts students have made on the set and how many flashcards they hold of it: what deleting it
    would lose. An attempt or a card made as a student counts whatever its holder's role now (a new user's walk
    deleted a promoted student's results with the set); staff trying the quiz do not. Cards of questions since
    edited or removed keep the set too, and are counted only where no current one is (they are out of the student's
    sight)."""
    row = db.execute(
        "SELECT (SELECT COUNT(*) FROM attempt a WHERE a.set_id = :set_id AND a.by_student = 1) AS attempts,"
        "       (SELECT COUNT(*) FROM card c JOIN question q ON q.id = c.question_id"
        f"        WHERE c.set_id = :set_id AND q.retired = 0 AND {STUDENT_CARD}) AS cards,"
        f"       (SELECT COUNT(*) FROM card c WHERE c.set_id = :set_id AND {STUDENT_CARD}) AS all_cards",
        {"set_id": set_id}).fetchone()
    return row["attempts"], row["cards"] or row["all_cards"]


def has_student_work(db, set_id):
    """Whether students have made an attempt on the set or hold a card of it (students_work's yes or no, which a
    page loaded often asks: it stops at the first, where students_work counts every one)."""
    return db.execute(
        "SELECT EXISTS (SELECT 1 FROM attempt a WHERE a.set_id = :set_id AND a.by_student = 1)"
        f"    OR EXISTS (SELECT 1 FROM card c WHERE c.set_id = :set_id AND {STUDENT_CARD})",
        {"set_id": set_id}).fetchone()[0] == 1


def delete_set(db, set_id):
    """Delete the set; its questions, attempts and cards go with it (ON DELETE CASCADE)."""
    db.execute("DELETE FROM question_set WHERE id = ?", (set_id,))


def get_retired_questions(db, set_id):
    """The set's questions removed or changed since, oldest first."""
    return db.execute("SELECT id, data FROM question WHERE set_id = ? AND retired = 1 ORDER BY id", (set_id,)).fetchall()


def get_questions(db, set_id):
    """The set's current questions, in order."""
    return db.execute(
        "SELECT * FROM question WHERE set_id = ? AND retired = 0 ORDER BY position", (set_id,)
    ).fetchall()


def get_question_dicts(db, set_id):
    """The set's current questions, in order, as the question dicts they hold."""
    return [json.loads(row["data"]) for row in get_questions(db, set_id)]


def list_published_sets(db, user_id):
    """Published sets with their question counts and this user's best score and running attempt."""
    return db.execute(
        "SELECT s.id, s.title, s.description,"
        " (SELECT COUNT(*) FROM question q WHERE q.set_id = s.id AND q.retired = 0"
        "   AND q.type != 'description') AS question_count,"
        " (SELECT MAX(a.score * 100.0 / a.max_score) FROM attempt a WHERE a.set_id = s.id"
        "   AND a.user_id = :user AND a.finished_at IS NOT NULL AND a.max_score > 0) AS best_percent,"
        " (SELECT a.id FROM attempt a WHERE a.set_id = s.id AND a.user_id = :user"
        "   AND a.finished_at IS NULL ORDER BY a.id DESC LIMIT 1) AS running_attempt_id"
        " FROM question_set s WHERE s.published = 1 ORDER BY s.title COLLATE NOCASE",
        {"user": user_id},
    ).fetchall()


def list_all_sets(db):
    """Every set with its counts and class average, for instructors: attempts made as a student only (an instructor
    trying their own quiz is no member of the class; a student promoted since still was)."""
    return db.execute(
        "SELECT s.*,"
        " (SELECT COUNT(*) FROM question q WHERE q.set_id = s.id AND q.retired = 0"
        "   AND q.type != 'description') AS question_count,"
        " (SELECT COUNT(*) FROM attempt a WHERE a.set_id = s.id"
        "   AND a.finished_at IS NOT NULL AND a.by_student = 1) AS attempt_count,"
        " (SELECT AVG(a.score * 100.0 / a.max_score) FROM attempt a"
        "   WHERE a.set_id = s.id AND a.finished_at IS NOT NULL AND a.max_score > 0 AND a.by_student = 1)"
        "   AS average_percent"
        " FROM question_set s ORDER BY s.title COLLATE NOCASE"
    ).fetchall()


def set_published(db, set_id, published):
    db.execute("UPDATE question_set SET published = ?, updated_at = ? WHERE id = ?",
               (int(published), iso(utcnow()), set_id))


def touch(db, set_id):
    """Record that a set's questions changed."""
    db.execute("UPDATE question_set SET updated_at = ? WHERE id = ?", (iso(utcnow()), set_id))


def set_pending_entities(db, set_id, entries_json):
    db.execute("UPDATE question_set SET pending_entities = ? WHERE id = ?", (entries_json, set_id))


def take_pending_entities(db, set_id):
    """The draft's names waiting for the bank (JSON text or None), cleared as they are taken."""
    row = db.execute("SELECT pending_entities FROM question_set WHERE id = ?", (set_id,)).fetchone()
    db.execute("UPDATE question_set SET pending_entities = NULL WHERE id = ?", (set_id,))
    return row["pending_entities"] if row else None


def set_spare_questions(db, set_id, questions):
    """Keep the questions the generator left out of the set (a list of question dicts)."""
    db.execute("UPDATE question_set SET spare_questions = ? WHERE id = ?",
               (json.dumps(questions, ensure_ascii=False), set_id))


def get_spare_questions(db, set_id):
    """The set's left-out questions, best first ([] when there are none)."""
    row = db.execute("SELECT spare_questions FROM question_set WHERE id = ?", (set_id,)).fetchone()
    return json.loads(row["spare_questions"]) if row and row["spare_questions"] else []


def spare_key(question):
    """What names a left-out question in the form that adds it: its content, so that any question has one (an
    imported one has no "id") and it comes back exactly as it went, to its old row (see replace_questions)."""
    return hashlib.sha256(canonical(question).encode("utf-8")).hexdigest()[:16]


def take_spare_question(db, set_id, question_key):
    """The left-out question whose spare_key is ``question_key``, removed from the spares; None if it is not there
    (added already, in another tab)."""
    spares = get_spare_questions(db, set_id)
    taken = next((q for q in spares if spare_key(q) == question_key), None)
    if taken is not None:
        set_spare_questions(db, set_id, [q for q in spares if q is not taken])
    return taken


def put_spare_back(db, set_id, question):
    """Make ``question`` (removed from the set) the first of the set's left-out questions, where one click adds it
    again."""
    spares = get_spare_questions(db, set_id)
    set_spare_questions(db, set_id, [question, *(q for q in spares if canonical(q) != canonical(question))])
