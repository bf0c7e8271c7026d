"""quizapp: quizzes and spaced-repetition flashcards made from what you read."""

import os
import secrets
from pathlib import Path

from flask import Flask

PACKAGE_DIR = Path(__file__).resolve().parent


def _asset_folder(name):
    """Find templates/ or static/: inside the package when installed from a wheel,
    at the repository's top level in a source checkout or an editable install."""
    inside = PACKAGE_DIR / name
    return str(inside if inside.is_dir() else PACKAGE_DIR.parent / name)


def create_app(test_config=None):
    """Create and configure the quiz app."""
    app = Flask(
        __name__,
        instance_path=os.environ.get("QUIZAPP_INSTANCE") or None,
        instance_relative_config=True,
        template_folder=_asset_folder("templates"),
        static_folder=_asset_folder("static"),
    )
    app.config.from_mapping(
        SECRET_KEY=None,  # QUIZAPP_SECRET_KEY, else generated into instance/ once
        DATABASE=os.path.join(app.instance_path, "quizapp.sqlite"),
        # Flask's defaults are unsafe for a site with log-ins (perf-reliability.md §5).
        SESSION_COOKIE_NAME="quizapp_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=False,  # QUIZAPP_SESSION_COOKIE_SECURE=true behind HTTPS
        PERMANENT_SESSION_LIFETIME=60 * 60 * 24 * 14,
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        # A previewed file comes back as the form's text field when the set is created: a field may be as large as
        # the upload (Werkzeug's own limit, 500 KB, refused a 600 KB file at "Create" after its preview).
        MAX_FORM_MEMORY_SIZE=2 * 1024 * 1024,
        WTF_CSRF_TIME_LIMIT=None,  # tied to the session instead; a long quiz must not expire
        LOGIN_FAILURE_LIMIT=10,
        LOGIN_FAILURE_WINDOW_SECONDS=15 * 60,
        # fsrs spreads due dates a little so cards learnt together drift apart; tests turn it off.
        REVIEW_FUZZING=True,
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env("QUIZAPP")
    else:
        app.config.update(test_config)
    os.makedirs(app.instance_path, exist_ok=True)
    if not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = load_or_create_secret_key(app.instance_path)

    from . import auth, cli, db, errors, filters, headers
    from .converters import RowId
    from .views import articles, home, imports, manage, quiz, results, review

    app.url_map.converters["int"] = RowId  # (before the routes that use it are added)
    db.init_app(app)
    errors.register_error_handlers(app)
    auth.init_app(app)
    cli.init_app(app)
    filters.register(app)
    headers.register(app)
    for module in (auth, home, quiz, results, review, manage, articles, imports):
        app.register_blueprint(module.bp)
    return app


def load_or_create_secret_key(instance_path):
    """Return the key in instance/secret_key, writing a new random one the first time."""
    path = os.path.join(instance_path, "secret_key")
    try:
        # O_EXCL: when several workers start at once, exactly one writes the key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    key = Path(path).read_text().strip()
    if not key:  # another process created the file and is still writing it
        raise RuntimeError(f"{path} is empty; delete it and start again.")
    return key
