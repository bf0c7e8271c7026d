"""Accounts: sign up, log in, log out, and the role checks every view relies on."""

import functools
import secrets
import sqlite3
from urllib.parse import urlsplit

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user
from flask_login import login_required as login_required  # re-exported for the views
from flask_wtf.csrf import CSRFProtect
from werkzeug.security import check_password_hash, generate_password_hash

from .db import get_db, transaction
from .forms import LoginForm, PasswordChangeForm, SignupForm
from .store import users
from .store.cards import get_settings

bp = Blueprint("auth", __name__, url_prefix="/auth")
login_manager = LoginManager()
csrf = CSRFProtect()
STAFF_ROLES = ("instructor", "admin")


class User(UserMixin):
    """The logged-in user, as Flask-Login sees them."""

    def __init__(self, row):
        self.id = row["id"]
        self.username = row["username"]
        self.role = row["role"]
        self.session_token = row["session_token"]

    def get_id(self):
        # The session holds a revocable token rather than the user id.
        return self.session_token

    @property
    def is_staff(self):
        return self.role in STAFF_ROLES

    @functools.cached_property
    def time_zone(self):
        """The zone dates are shown in: the one saved in the user's settings, read once a request. (Kept in the
        session from the log-in, a second browser went on showing the old zone after a change: a new user's walk.)"""
        return get_settings(get_db(), self.id, {"time_zone": "UTC"})["time_zone"]


def init_app(app):
    """Wire Flask-Login and CSRF protection into the app."""
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Log in to continue."
    login_manager.login_message_category = "info"
    csrf.init_app(app)


@login_manager.user_loader
def load_user(token):
    row = users.get_user_by_session_token(get_db(), token)
    return User(row) if row else None


@functools.cache
def dummy_hash():
    """Checked against when the user name is unknown, so a log-in takes as long whether or not
    the account exists (no user-name probing by timing). Made on first use: at import it cost
    every CLI command and worker start a tenth of a second of scrypt."""
    return generate_password_hash(secrets.token_hex(8))


def hash_password(password):
    """Hash with werkzeug (scrypt by default); tests may pick a faster method."""
    method = current_app.config.get("PASSWORD_HASH_METHOD", "scrypt")
    return generate_password_hash(password, method=method)


def role_required(*roles):
    """Allow the view only to logged-in users with one of ``roles``; others get 403."""

    def decorator(view):
        @functools.wraps(view)
        @login_required
        def wrapped(**kwargs):
            if current_user.role not in roles:
                # Say who the page is for: an instructor sent away from an admin's page had been told it was for
                # "instructors or admins" (a new user's walk)
                abort(403, description=f"This page is for {' or '.join(role + 's' for role in roles)}. Log in with"
                                       " such an account, or ask an admin for access.")
            return view(**kwargs)

        return wrapped

    return decorator


staff_required = role_required(*STAFF_ROLES)


def safe_next(target):
    """Only follow ``next`` to a path on this site, never to another host."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return url_for("home.index")


@bp.route("/signup", methods=("GET", "POST"))
def signup():
    """Create a student account and log it in."""
    if current_user.is_authenticated:
        # Signing up while logged in had switched accounts without a word (a new user's walk)
        flash(f"You are logged in as {current_user.username}. Log out first to create another account.", "info")
        return redirect(url_for("home.index"))
    form = SignupForm()
    if form.validate_on_submit():
        db = get_db()
        try:
            with transaction(db):
                user_id = users.create_user(db, form.username.data, hash_password(form.password.data))
        except sqlite3.IntegrityError:
            form.username.errors.append("That user name is taken; choose another.")
        else:
            login_user(User(users.get_user(db, user_id)))
            flash(f"Welcome, {form.username.data}! Pick a question set to start.", "success")
            return redirect(url_for("home.index"))
    return render_template("auth/signup.html", form=form)


@bp.route("/login", methods=("GET", "POST"))
def login():
    """Log in with a user name and password, with a limit on repeated failures."""
    form = LoginForm()
    if form.validate_on_submit():
        db = get_db()
        name = form.username.data.strip()
        wait = locked_out(db, name)
        if wait:
            return render_template("auth/login.html", form=form,
                                   error=f"Too many failed log-ins for this name. {wait}"), 429
        row = users.get_user_by_name(db, name)
        if check_password_hash(row["password_hash"] if row else dummy_hash(), form.password.data) and row:
            with transaction(db):
                users.clear_login_failures(db, name)
            login_user(User(row))
            flash(f"Logged in as {row['username']}.", "success")
            return redirect(safe_next(request.args.get("next")))
        with transaction(db):
            users.record_login_failure(db, name)
        return render_template("auth/login.html", form=form,
                               error="Wrong user name or password. Check both and try again."), 401
    return render_template("auth/login.html", form=form)


def locked_out(db, name):
    """'Wait N minutes and try again.' where the name has had too many failed log-ins of late, else None: the one
    limit for logging in and for giving the current password to change it."""
    window = current_app.config["LOGIN_FAILURE_WINDOW_SECONDS"]
    if users.recent_login_failures(db, name, window) >= current_app.config["LOGIN_FAILURE_LIMIT"]:
        return f"Wait {window // 60} minutes and try again."
    return None


@bp.route("/password", methods=("GET", "POST"))
@login_required
def change_password():
    """A new password for the logged-in user. Every other session of theirs ends (a lost phone, a shared computer);
    this one goes on. A wrong current password counts as a failed log-in, so it cannot be guessed here either."""
    form = PasswordChangeForm(current_user.username)
    if form.validate_on_submit():
        db = get_db()
        name = current_user.username
        wait = locked_out(db, name)
        if wait:
            form.current.errors.append(f"Too many wrong passwords. {wait}")
        elif not check_password_hash(users.get_user(db, current_user.id)["password_hash"], form.current.data):
            with transaction(db):
                users.record_login_failure(db, name)
            form.current.errors.append("That is not your current password.")
        else:
            with transaction(db):
                current_user.session_token = users.set_password(db, current_user.id, name,
                                                                hash_password(form.password.data))
            login_user(current_user._get_current_object())  # (this session, under the new token)
            flash("Password changed. You are still logged in here; any other device you used is logged out.",
                  "success")
            return redirect(url_for("home.index"))
    return render_template("auth/password.html", form=form), 400 if form.errors else 200


@bp.route("/logout", methods=("POST",))
@login_required
def logout():
    """Log out here and revoke every copy of the session cookie."""
    # CSRFProtect has already checked the token: a forged log-out is refused.
    db = get_db()
    with transaction(db):
        users.rotate_session_token(db, current_user.id)
    logout_user()
    flash("You have logged out.", "info")
    return redirect(url_for("home.index"))
