"""Users and failed log-ins."""

import secrets
from datetime import timedelta

from . import iso, utcnow

ROLES = ("student", "instructor", "admin")


def create_user(db, username, password_hash, role="student"):
    """Insert a user and return its id; raises sqlite3.IntegrityError if the name is taken."""
    cursor = db.execute(
        "INSERT INTO user (username, password_hash, role, session_token, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (username, password_hash, role, secrets.token_urlsafe(32), iso(utcnow())),
    )
    return cursor.lastrowid


def get_user(db, user_id):
    """The user row with this id, or None."""
    return db.execute("SELECT * FROM user WHERE id = ?", (user_id,)).fetchone()


def get_user_by_name(db, username):
    """The user row with this name (case-insensitive), or None."""
    return db.execute("SELECT * FROM user WHERE username = ?", (username,)).fetchone()


def get_user_by_session_token(db, token):
    """The user whose current session token this is, or None."""
    return db.execute("SELECT * FROM user WHERE session_token = ?", (token,)).fetchone()


def count_users(db):
    return db.execute("SELECT COUNT(*) FROM user").fetchone()[0]


def count_admins(db):
    """How many users hold the admin role."""
    return db.execute("SELECT COUNT(*) FROM user WHERE role = 'admin'").fetchone()[0]


def list_users(db):
    """Every user, for the admin page."""
    return db.execute("SELECT id, username, role, created_at FROM user ORDER BY username").fetchall()


def set_role(db, user_id, role):
    db.execute("UPDATE user SET role = ? WHERE id = ?", (role, user_id))



def set_password(db, user_id, username, password_hash):
    """A new password, and a new session token: every session the old password opened ends; failed log-ins with the
    old one are forgotten (a student given a new password after ten wrong tries had waited out the lock: a review).
    Returns the new session token."""
    db.execute("UPDATE user SET password_hash = ? WHERE id = ?", (password_hash, user_id))
    clear_login_failures(db, username)
    return rotate_session_token(db, user_id)


def rotate_session_token(db, user_id):
    """Invalidate every session cookie issued to this user; return the new token."""
    token = secrets.token_urlsafe(32)
    db.execute("UPDATE user SET session_token = ? WHERE id = ?", (token, user_id))
    return token


def record_login_failure(db, username, moment=None):
    db.execute(
        "INSERT INTO login_failure (username, failed_at) VALUES (?, ?)",
        (username, iso(moment or utcnow())),
    )


def recent_login_failures(db, username, window_seconds, moment=None):
    """How many failed log-ins for this name in the last ``window_seconds``."""
    since = iso((moment or utcnow()) - timedelta(seconds=window_seconds))
    return db.execute(
        "SELECT COUNT(*) FROM login_failure WHERE username = ? AND failed_at > ?", (username, since)
    ).fetchone()[0]


def clear_login_failures(db, username):
    db.execute("DELETE FROM login_failure WHERE username = ?", (username,))
