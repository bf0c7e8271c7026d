"""The app factory: configuration, the secret key, and safe defaults."""

import os

from quizapp import create_app, load_or_create_secret_key


def test_testing_config(app):
    assert app.testing
    assert not create_app({"DATABASE": app.config["DATABASE"], "SECRET_KEY": "x"}).testing


def test_secret_key_is_generated_once_into_the_instance_folder(tmp_path):
    first = load_or_create_secret_key(tmp_path)
    second = load_or_create_secret_key(tmp_path)
    assert first == second and len(first) == 64
    assert oct(os.stat(tmp_path / "secret_key").st_mode & 0o777) == "0o600"


def test_environment_configures_database_and_secret(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZAPP_DATABASE", str(tmp_path / "env.sqlite"))
    monkeypatch.setenv("QUIZAPP_INSTANCE", str(tmp_path / "inst"))
    monkeypatch.setenv("QUIZAPP_SECRET_KEY", "from-env")
    app = create_app()
    assert app.config["DATABASE"] == str(tmp_path / "env.sqlite")
    assert app.config["SECRET_KEY"] == "from-env"
    assert (tmp_path / "env.sqlite").exists()  # migrated at start-up


def test_secret_key_falls_back_to_instance_file(tmp_path, monkeypatch):
    monkeypatch.delenv("QUIZAPP_SECRET_KEY", raising=False)
    monkeypatch.setenv("QUIZAPP_INSTANCE", str(tmp_path / "inst"))
    monkeypatch.setenv("QUIZAPP_DATABASE", str(tmp_path / "db.sqlite"))
    app = create_app()
    assert app.config["SECRET_KEY"] == (tmp_path / "inst" / "secret_key").read_text()


def test_session_cookie_and_upload_defaults_are_safe(app):
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True
    assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert app.config["MAX_CONTENT_LENGTH"] == 2 * 1024 * 1024


def test_healthz(client):
    assert client.get("/healthz").json == {"status": "ok"}


def test_static_css_is_served(client):
    with client.get("/static/quizapp.css") as response:
        assert response.status_code == 200 and b"--accent" in response.data


def test_every_page_carries_the_security_headers(client):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_no_template_has_inline_script_or_style():
    """The Content-Security-Policy forbids them; a page that used one would silently break."""
    import re

    from tests.conftest import ROOT

    for path in (ROOT / "templates").rglob("*.html"):
        text = path.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), path
        assert not re.search(r"\sstyle=|<style", text), path
        assert not re.search(r"\son[a-z]+=", text), path
