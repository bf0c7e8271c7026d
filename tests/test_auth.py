"""Sign up, log in, log out: hashing, sessions, CSRF, rate limiting."""

import pytest
from werkzeug.security import check_password_hash

from quizapp import create_app
from quizapp.db import get_db
from tests.conftest import PASSWORD, csrf_token, soup


def signup(client, username="newbie", password="a long pass phrase", confirm=None):
    page = client.get("/auth/signup")
    return client.post("/auth/signup", data={
        "username": username, "password": password, "confirm": confirm or password,
        "csrf_token": csrf_token(page),
    })


def test_signup_creates_a_student_and_logs_in(client, app):
    response = signup(client)
    assert response.status_code == 302
    assert "Welcome, newbie" in client.get("/").get_data(as_text=True)
    with app.app_context():
        row = get_db().execute("SELECT role, password_hash FROM user WHERE username = 'newbie'").fetchone()
    assert row["role"] == "student"
    assert check_password_hash(row["password_hash"], "a long pass phrase")


def test_default_password_hash_is_salted_scrypt(tmp_path):
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "DATABASE": str(tmp_path / "d.sqlite")})
    client = app.test_client()
    for name in ("alice", "bobby"):
        signup(client, name, "same pass phrase")
        client.post("/auth/logout", data={"csrf_token": csrf_token(client.get("/"))})
    with app.app_context():
        hashes = [r[0] for r in get_db().execute("SELECT password_hash FROM user")]
    assert all(h.startswith("scrypt:") for h in hashes)
    assert hashes[0] != hashes[1] and not any("same pass phrase" in h for h in hashes)


@pytest.mark.parametrize(("username", "password", "confirm", "message"), [
    ("", "a long pass phrase", None, "This field is required."),
    ("a", "a long pass phrase", None, "Use 2 to 40 letters, digits, dots, dashes or underscores."),
    ("bad name!", "a long pass phrase", None, "Use letters, digits"),
    ("newbie", "short", None, "Use 8 to 256 characters."),
    ("newbie", "password123", None, "most guessed"),
    ("newbie12", "NEWBIE12", None, "must differ from the user name"),
    ("newbie", "        ", None, "at least three different characters"),  # (a new user's walk: spaces accepted)
    ("newbie", "zzzzzzzzzz", None, "at least three different characters"),
    ("newbie", "a long pass phrase", "another phrase", "The two passwords differ."),
    ("Student", "a long pass phrase", None, "That user name is taken"),
])
def test_signup_errors_are_shown_by_the_field(client, app, username, password, confirm, message):
    response = signup(client, username, password, confirm)
    assert response.status_code == 200
    page = soup(response)
    assert message in page.text
    assert page.select("[aria-invalid=true]")
    with app.app_context():
        assert get_db().execute("SELECT COUNT(*) FROM user").fetchone()[0] == 4


def test_signing_up_while_logged_in_does_not_switch_accounts(client, auth, app):
    # A new user's walk: /auth/signup, logged in, made and logged in a second account without a word.
    auth.login()
    response = client.get("/auth/signup", follow_redirects=True)
    assert "You are logged in as student. Log out first to create another account." in soup(response).text
    response = client.post("/auth/signup", data={"username": "second", "password": "a long pass phrase",
                                                 "confirm": "a long pass phrase", "csrf_token": csrf_token(client.get("/"))})
    assert response.status_code == 302
    with app.app_context():
        assert get_db().execute("SELECT COUNT(*) FROM user").fetchone()[0] == 4


def test_login_and_logout(client, auth):
    response = auth.login()
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert "Log out" in client.get("/").get_data(as_text=True)
    auth.logout()
    assert "Log in" in client.get("/").get_data(as_text=True)


def test_login_follows_only_local_next(client):
    page = client.get("/auth/login")
    data = {"username": "student", "password": PASSWORD, "csrf_token": csrf_token(page)}
    assert client.post("/auth/login?next=/results/", data=data).headers["Location"] == "/results/"
    client.post("/auth/logout", data={"csrf_token": csrf_token(client.get("/"))})
    for target in ("https://evil.example/", "//evil.example/x"):
        page = client.get("/auth/login")
        data["csrf_token"] = csrf_token(page)
        assert client.post(f"/auth/login?next={target}", data=data).headers["Location"] == "/"
        client.post("/auth/logout", data={"csrf_token": csrf_token(client.get("/"))})


def test_wrong_password_gives_one_message_for_both_cases(client, auth):
    wrong = auth.login(password="not the password")
    unknown = auth.login(username="nobody-here")
    assert wrong.status_code == unknown.status_code == 401
    assert "Wrong user name or password" in soup(wrong).select_one("[role=alert]").text
    assert soup(wrong).select_one("[role=alert]").text == soup(unknown).select_one("[role=alert]").text


def test_repeated_failures_are_limited_per_name(client, auth, app):
    app.config["LOGIN_FAILURE_LIMIT"] = 3
    for _ in range(3):
        assert auth.login(password="nope nope nope").status_code == 401
    blocked = auth.login()  # even the right password waits
    assert blocked.status_code == 429 and "Too many failed log-ins" in blocked.get_data(as_text=True)
    assert auth.login(username="other").status_code == 302  # other accounts are unaffected


def test_logout_revokes_a_copied_session_cookie(client, auth, app):
    auth.login()
    stolen = client.get_cookie("quizapp_session").value
    auth.logout()
    thief = app.test_client()
    thief.set_cookie("quizapp_session", stolen)
    response = thief.get("/results/")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_session_cookie_flags(client, auth):
    response = auth.login()
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("quizapp_session=") and "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_logout_needs_post_with_csrf(client, auth):
    auth.login()
    assert client.get("/auth/logout").status_code == 405
    assert client.post("/auth/logout").status_code == 400
    assert "Log out" in client.get("/").get_data(as_text=True)


def test_change_password_keeps_this_session_and_ends_the_others(client, auth, app):
    # A new user's walk: there was no way to change a password.
    auth.login()
    other = app.test_client()
    other.set_cookie("quizapp_session", client.get_cookie("quizapp_session").value)  # the same account elsewhere
    page = client.get("/auth/password")
    assert "Change password" in soup(client.get("/")).select_one("footer").text
    data = {"csrf_token": csrf_token(page), "current": "not it at all", "password": "new pass phrase", "confirm":
            "new pass phrase"}
    wrong = client.post("/auth/password", data=data)
    assert wrong.status_code == 400 and "not your current password" in wrong.get_data(as_text=True)
    weak = client.post("/auth/password", data={**data, "current": PASSWORD, "password": "password",
                                               "confirm": "password"})
    assert weak.status_code == 400 and "most guessed" in weak.get_data(as_text=True)
    changed = client.post("/auth/password", data={**data, "current": PASSWORD})
    assert changed.status_code == 302
    assert client.get("/results/").status_code == 200  # still logged in here
    assert "/auth/login" in other.get("/results/").headers["Location"]  # not there
    with app.app_context():
        stored = get_db().execute("SELECT password_hash FROM user WHERE username = 'student'").fetchone()[0]
    assert check_password_hash(stored, "new pass phrase")
    auth.logout()
    assert auth.login(password="new pass phrase").status_code == 302


def test_guessing_the_current_password_counts_as_failed_log_ins(client, auth, app):
    app.config["LOGIN_FAILURE_LIMIT"] = 2
    auth.login()
    data = {"csrf_token": csrf_token(client.get("/auth/password")), "current": "guess guess", "password":
            "new pass phrase", "confirm": "new pass phrase"}
    for _ in range(2):
        client.post("/auth/password", data=data)
    blocked = client.post("/auth/password", data={**data, "current": PASSWORD})
    assert blocked.status_code == 400 and "Too many wrong passwords" in blocked.get_data(as_text=True)


def test_changing_a_password_needs_a_login(client):
    assert "/auth/login" in client.get("/auth/password").headers["Location"]


def test_a_changed_password_must_differ_from_its_owner_s_user_name(app):
    from werkzeug.datastructures import MultiDict

    from quizapp.forms import PasswordChangeForm
    app.config["WTF_CSRF_ENABLED"] = False
    with app.test_request_context(method="POST"):
        form = PasswordChangeForm("newbie12", formdata=MultiDict(
            {"current": "old pass phrase", "password": "NEWBIE12", "confirm": "NEWBIE12"}))
        assert not form.validate() and "must differ from the user name" in form.password.errors[0]
