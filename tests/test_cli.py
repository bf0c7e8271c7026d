"""The quizapp command: init-db, load, create-user, serve, and --help on each."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.db import get_db
from tests.conftest import DATA, ROOT

COMMANDS = ["init-db", "load", "create-user", "set-password", "serve", "generate"]


def test_init_db_is_idempotent(runner):
    result = runner.invoke(args=["init-db"])
    assert result.exit_code == 0 and "0 migration(s) applied now" in result.output


def test_demo_users_only_on_a_database_without_users(runner, app):
    with app.app_context():
        get_db().execute("DELETE FROM user")
    first = runner.invoke(args=["init-db", "--demo-users"])
    assert "Demo instructor: user name demo-instructor" in first.output
    assert "Demo student: user name demo-student" in first.output
    second = runner.invoke(args=["init-db", "--demo-users"])
    assert "Demo" not in second.output


def test_load_reports_each_file(runner):
    result = runner.invoke(args=["load", str(ROOT / "questions")])
    assert result.exit_code == 0
    assert "nmkv-kei-cars.json: added" in result.output


def test_load_invalid_file_exits_2_with_every_problem(runner, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "x", "questions": ['
                   '{"type": "true_false", "prompt": "p"}, {"type": "nope", "prompt": "q"}]}')
    result = runner.invoke(args=["load", str(bad)])
    assert result.exit_code == 2
    assert re.search(rf"{re.escape(str(bad))}:\d+: questions\[0\]: 'answer' is missing", result.output)
    assert re.search(rf"{re.escape(str(bad))}:\d+: questions\[1\]\.type: unknown question type 'nope'", result.output)
    assert "Nothing loaded: 2 problem(s)." in result.output


def test_create_user(runner, app):
    result = runner.invoke(args=["create-user", "newteacher", "--role", "instructor", "--password", "long enough pw"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        row = get_db().execute("SELECT role, password_hash FROM user WHERE username = 'newteacher'").fetchone()
    assert row["role"] == "instructor" and "long enough pw" not in row["password_hash"]
    again = runner.invoke(args=["create-user", "newteacher", "--password", "long enough pw"])
    assert again.exit_code != 0 and "is taken" in again.output
    short = runner.invoke(args=["create-user", "x2", "--password", "short"])
    assert short.exit_code != 0 and "Use 8 to 256 characters" in short.output
    # the sign-up form's rules (a new user's walk: "password" and eight spaces were taken here)
    for weak, said in (("password", "most guessed"), (" " * 8, "three different characters"), ("kim.lee-2026", None)):
        result = runner.invoke(args=["create-user", "kim.lee-2026" if said is None else "x3", "--password", weak])
        assert result.exit_code != 0 and (said or "differ from the user name") in result.output, result.output


def test_set_password_for_someone_who_forgot_theirs(runner, app):
    # A new user's walk: a student who forgot the password had no way back in
    from werkzeug.security import check_password_hash

    runner.invoke(args=["create-user", "forgetful", "--password", "first long pw"])
    with app.app_context():
        from quizapp.store import users
        before = get_db().execute("SELECT session_token FROM user WHERE username = 'forgetful'").fetchone()[0]
        for _ in range(3):
            users.record_login_failure(get_db(), "forgetful")  # locked out by the wrong guesses
        get_db().commit()
    result = runner.invoke(args=["set-password", "forgetful", "--password", "second long pw"])
    assert result.exit_code == 0 and "logged out everywhere" in result.output, result.output
    with app.app_context():
        row = get_db().execute("SELECT password_hash, session_token FROM user WHERE username = 'forgetful'").fetchone()
    assert check_password_hash(row[0], "second long pw") and row[1] != before
    with app.app_context():
        assert not users.recent_login_failures(get_db(), "forgetful", 3600)  # the new password opens at once
    assert "most guessed" in runner.invoke(args=["set-password", "forgetful", "--password", "password"]).output
    assert "no user 'nobody'" in runner.invoke(args=["set-password", "nobody", "--password", "third long pw"]).output


@pytest.mark.parametrize("command", COMMANDS)
def test_help_on_every_command(runner, command):
    result = runner.invoke(args=[command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output and len(result.output) > 80


def test_console_script_runs(tmp_path):
    """The installed `quizapp` script works from any folder, on its own database."""
    script = Path(sys.executable).with_name("quizapp")
    env = {"QUIZAPP_DATABASE": str(tmp_path / "db.sqlite"), "QUIZAPP_INSTANCE": str(tmp_path / "inst"),
           "PATH": "/usr/bin:/bin"}
    out = subprocess.run([script, "load", str(DATA / "mixed.json")], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "1 set(s) added" in out.stdout
    listed = subprocess.run([script, "--help"], env=env, capture_output=True, text=True, timeout=60).stdout
    assert all(command in listed for command in COMMANDS)



def test_generate_to_stdout_and_file(runner, tmp_path):
    article = ROOT / "tests" / "data" / "articles" / "sports-transfer.txt"
    result = runner.invoke(args=["generate", str(article), "--max", "6", "--no-bank"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["questions"]) == 6 and "Mateo Ferrandiz" in data["source"]["text"]
    out = tmp_path / "set.json"
    result = runner.invoke(args=["generate", str(ROOT / "tests/data/articles/merger-html.html"), "-o", str(out),
                                 "--title", "Airlines"])
    assert result.exit_code == 0 and json.loads(out.read_text())["title"] == "Airlines"


def test_generate_reads_a_windows_ansi_text_file(runner, tmp_path):
    """Notepad's "ANSI" is Windows-1252: it had been refused as "not UTF-8" (a new user's find)."""
    article = (ROOT / "tests" / "data" / "articles" / "sports-transfer.txt").read_text()
    ansi = tmp_path / "ansi.txt"
    ansi.write_bytes(article.replace("Ferrandiz", "Ferrándiz").replace("'", "\u2019").encode("cp1252"))
    result = runner.invoke(args=["generate", str(ansi), "--no-bank"])
    assert result.exit_code == 0, result.output
    assert "Mateo Ferrándiz" in json.loads(result.stdout)["source"]["text"]


def test_generate_errors_exit_2(runner, tmp_path):
    missing = runner.invoke(args=["generate", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "cannot read the article" in missing.output
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    result = runner.invoke(args=["generate", str(binary)])
    assert result.exit_code == 2 and "not a text or web page file" in result.output
    # (a new user's find: a picture gave "'utf-8' codec can't decode byte 0x89 in position 0")
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = runner.invoke(args=["generate", str(picture)])
    assert result.exit_code == 2 and "codec" not in result.output and "not a text or web page file" in result.output
    garbled = tmp_path / "garbled.txt"
    garbled.write_bytes(b"The plant \x81\x8d opens in \x9d June.")  # bytes no Windows code page holds
    result = runner.invoke(args=["generate", str(garbled)])
    assert result.exit_code == 2 and "no encoding quizapp can read" in result.output
    empty = tmp_path / "empty.txt"
    empty.write_text("ok then. fine, fine, fine.")
    result = runner.invoke(args=["generate", str(empty)])
    assert result.exit_code == 2 and "No question could be made" in result.output


def test_generate_says_a_generator_fault_is_ours_without_a_traceback(runner, tmp_path, monkeypatch):
    def broken(article, bank=()):
        raise IndexError("list index out of range")
    monkeypatch.setattr("quizapp.generator.pipeline.candidates_of", broken)
    article = tmp_path / "a.txt"
    article.write_text("Kestrel Shipbuilding has won a contract to build six frigates, the company said on Monday.")
    result = runner.invoke(args=["generate", str(article)])
    assert result.exit_code == 1 and "a fault of ours" in result.output
    assert "IndexError: list index out of range" in result.output and "Traceback" not in result.output
