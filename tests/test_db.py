"""The connection and migrations: pragmas, transactions, and upgrades that never lose data."""

import sqlite3
from datetime import UTC, datetime

import pytest

from quizapp.db import connect, get_db, migrate, migration_scripts, schema_version, split_statements, transaction


def test_migrations_bring_a_blank_database_to_the_latest_version(tmp_path):
    db = connect(tmp_path / "blank.sqlite")
    assert schema_version(db) == 0
    applied = migrate(db)
    latest = migration_scripts()[-1][0]
    assert applied == len(migration_scripts()) and schema_version(db) == latest
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"user", "question_set", "question", "attempt", "attempt_item"} <= tables


def test_migrate_twice_changes_nothing_and_keeps_data(app):
    with app.app_context():
        db = get_db()
        before = db.execute("SELECT COUNT(*) FROM user").fetchone()[0]
        assert migrate(db) == 0
        assert db.execute("SELECT COUNT(*) FROM user").fetchone()[0] == before > 0


def test_migration_numbers_are_unique_and_ordered():
    versions = [v for v, _, _ in migration_scripts()]
    assert versions == sorted(set(versions)) and versions[0] == 1


def test_connection_pragmas(app):
    with app.app_context():
        db = get_db()
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_transaction_rolls_back_everything_on_error(app):
    with app.app_context():
        db = get_db()
        with pytest.raises(sqlite3.IntegrityError), transaction(db):
            db.execute("UPDATE user SET role = 'admin' WHERE username = 'student'")
            db.execute("INSERT INTO user (username) VALUES ('incomplete')")  # NOT NULL fails
        assert db.execute("SELECT role FROM user WHERE username = 'student'").fetchone()[0] == "student"
        assert not db.in_transaction


def test_foreign_keys_are_enforced(app):
    with app.app_context(), pytest.raises(sqlite3.IntegrityError):
        get_db().execute("INSERT INTO attempt_item (attempt_id, position, question_id) VALUES (999, 0, 999)")


def test_failed_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    db = connect(tmp_path / "x.sqlite")
    good = migration_scripts()
    broken = good + [(good[-1][0] + 1, "9999_broken.sql", "CREATE TABLE extra (id INTEGER);\nNOT SQL;")]
    monkeypatch.setattr("quizapp.db.migration_scripts", lambda: broken)
    with pytest.raises(sqlite3.OperationalError):
        migrate(db)
    assert schema_version(db) == 0  # all or nothing, even the good scripts before it
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "extra" not in tables and "user" not in tables


def test_split_statements_ignores_comments_and_keeps_triggers_whole():
    sql = "-- a comment\nCREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\nEND;\n"
    assert split_statements(sql) == [
        "CREATE TABLE a (x);",
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\nEND;",
    ]


def migrated_before(tmp_path, monkeypatch, version, roles):
    """A database migrated to just before ``version`` with a user per role (ids from 1) and one set (id 1); the
    scripts put back, so the next migrate() runs ``version`` on it."""
    db = connect(tmp_path / "x.sqlite")
    scripts = migration_scripts()
    monkeypatch.setattr("quizapp.db.migration_scripts", lambda: [s for s in scripts if s[0] < version])
    migrate(db)
    with transaction(db):
        for number, role in enumerate(roles):
            db.execute("INSERT INTO user (username, password_hash, role, session_token, created_at)"
                       " VALUES (?, 'x', ?, ?, '2026-01-01')", (f"user{number}", role, f"user{number}"))
        db.execute("INSERT INTO question_set (slug, title, created_at, updated_at) VALUES ('s', 'S', '2026-01-01', '2026-01-01')")
    monkeypatch.setattr("quizapp.db.migration_scripts", lambda: scripts)
    return db


def test_attempts_made_before_by_student_was_kept_read_their_maker_s_role(tmp_path, monkeypatch):
    """0008: attempts already made count as a student's where their maker is a student at the upgrade."""
    db = migrated_before(tmp_path, monkeypatch, 8, ("student", "instructor"))
    with transaction(db):
        for user in (1, 2):
            db.execute("INSERT INTO attempt (user_id, set_id, feedback_mode, allow_typos, shuffle_choices, seed,"
                       " started_at) VALUES (?, 1, 'end', 0, 0, 1, '2026-01-02')", (user,))
    migrate(db)
    assert [row[0] for row in db.execute("SELECT by_student FROM attempt ORDER BY user_id")] == [1, 0]


def test_has_student_work_says_yes_where_students_work_counts_any(app):
    """The review page's yes or no agrees with the counts the deletion goes by."""
    from quizapp.store import question_sets
    from tests.conftest import set_id

    with app.app_context():
        db = get_db()
        sid = set_id(app)
        assert not question_sets.has_student_work(db, sid) and question_sets.students_work(db, sid) == (0, 0)
        student = db.execute("SELECT id FROM user WHERE role = 'student'").fetchone()[0]
        with transaction(db):
            db.execute("INSERT INTO attempt (user_id, set_id, feedback_mode, allow_typos, shuffle_choices, seed,"
                       " started_at, by_student) VALUES (?, ?, 'end', 0, 0, 1, '2026-01-02', 1)", (student, sid))
        assert question_sets.has_student_work(db, sid) and question_sets.students_work(db, sid) == (1, 0)


def test_cards_made_before_by_student_was_kept_read_the_rule_the_app_had(tmp_path, monkeypatch):
    """0009: a card already made counts as a student's where its holder is a student, or made an attempt as one."""
    db = migrated_before(tmp_path, monkeypatch, 9, ("student", "instructor", "instructor"))
    with transaction(db):
        db.execute("INSERT INTO question (set_id, position, type, prompt, data) VALUES (1, 0, 'true_false', 'Q', '{}')")
        db.execute("INSERT INTO attempt (user_id, set_id, feedback_mode, allow_typos, shuffle_choices, seed,"
                   " started_at, by_student) VALUES (3, 1, 'end', 0, 0, 1, '2026-01-02', 1)")  # the third, since promoted
        for user in (1, 2, 3):
            db.execute("INSERT INTO card (user_id, question_id, set_id, due, created_at)"
                       " VALUES (?, 1, 1, '2026-01-02', '2026-01-02')", (user,))
    migrate(db)
    assert [row[0] for row in db.execute("SELECT by_student FROM card ORDER BY user_id")] == [1, 0, 1]


def test_a_promoted_student_s_flashcards_still_keep_the_set(app):
    """A student who only studied a set's cards, then made an instructor: the set is still theirs to lose (a review
    found them unprotected, where their attempts had been)."""
    from quizapp.store import question_sets
    from quizapp.study import start_set
    from tests.conftest import set_id

    with app.app_context():
        db = get_db()
        sid = set_id(app)
        student = db.execute("SELECT id FROM user WHERE role = 'student'").fetchone()[0]
        added = start_set(db, student, sid, datetime(2026, 1, 2, tzinfo=UTC))
        with transaction(db):
            db.execute("UPDATE user SET role = 'instructor' WHERE id = ?", (student,))
        assert added and question_sets.has_student_work(db, sid)
        assert question_sets.students_work(db, sid) == (0, added)
