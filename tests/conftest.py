"""Shared fixtures: an app on a fresh database, its test client, and helpers to log in."""

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from werkzeug.security import generate_password_hash

from quizapp import create_app
from quizapp.db import close_thread_connections, get_db, transaction
from quizapp.formats import json_format
from quizapp.loader import store_set
from quizapp.store import users

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
# Cheap hashing keeps the suite fast; test_auth checks the real default (scrypt).
FAST_HASH = "pbkdf2:sha256:1000"
PASSWORD = "correct horse battery"


@pytest.fixture
def app(tmp_path):
    app = create_app({
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "DATABASE": str(tmp_path / "test.sqlite"),
        "PASSWORD_HASH_METHOD": FAST_HASH,
        "REVIEW_FUZZING": False,
    })
    with app.app_context():
        db = get_db()
        with transaction(db):
            for name, role in (("student", "student"), ("other", "student"),
                               ("teacher", "instructor"), ("boss", "admin")):
                users.create_user(db, name, generate_password_hash(PASSWORD, method=FAST_HASH), role)
            store_set(db, "mixed", json_format.load_file(DATA / "mixed.json"), "tests/data/mixed.json")
    yield app
    close_thread_connections()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def soup(response):
    return BeautifulSoup(response.data, "html.parser")


def csrf_token(response):
    """The CSRF token of the first form on a page."""
    return soup(response).select_one("input[name=csrf_token]")["value"]


class AuthActions:
    def __init__(self, client):
        self._client = client

    def login(self, username="student", password=PASSWORD):
        page = self._client.get("/auth/login")
        return self._client.post(
            "/auth/login",
            data={"username": username, "password": password, "csrf_token": csrf_token(page)},
        )

    def logout(self):
        page = self._client.get("/")
        return self._client.post("/auth/logout", data={"csrf_token": csrf_token(page)})


@pytest.fixture
def auth(client):
    return AuthActions(client)


def post_form(client, url, data=None, page_url=None):
    """POST to ``url`` with a valid CSRF token taken from ``page_url`` (default: ``url``)."""
    page = client.get(page_url or url)
    return client.post(url, data={"csrf_token": csrf_token(page), **(data or {})})


def set_id(app, slug="mixed"):
    with app.app_context():
        return get_db().execute("SELECT id FROM question_set WHERE slug = ?", (slug,)).fetchone()[0]


def load_json(path):
    return json.loads(Path(path).read_text())
