"""``quizapp convert`` and ``quizapp import`` from the command line."""

import io
import json

from quizapp.db import get_db
from tests.conftest import csrf_token, soup

GIFT = """$CATEGORY: $course$/top/Week 1

::Capital::What is the capital of France? {=Paris ~Lyon ~Marseille}

::Twins:: Match the twins. {=Dayz -> eK Wagon =Roox -> eK Space}
"""

BROKEN = """::A:: first {=x ~y

::B:: fine {T}

::C:: no answers {=}
"""


def test_convert_gift_to_json_file(runner, tmp_path):
    source = tmp_path / "week1.gift"
    source.write_text(GIFT)
    target = tmp_path / "week1.json"
    result = runner.invoke(args=["convert", str(source), str(target)])
    assert result.exit_code == 0, result.output
    data = json.loads(target.read_text())
    assert data["title"] == "week1"
    assert [q["type"] for q in data["questions"]] == ["multiple_choice", "matching"]
    assert data["questions"][0]["category"] == "$course$/top/Week 1"


def test_convert_between_stdin_and_stdout_with_named_formats(runner):
    result = runner.invoke(args=["convert", "-", "-", "--from", "gift", "--to", "moodlexml"], input=GIFT)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<?xml")
    assert '<question type="matching">' in result.stdout
    back = runner.invoke(args=["convert", "-", "-", "--to", "json"], input=result.stdout)
    assert back.exit_code == 0, back.output
    assert len(json.loads(back.stdout)["questions"]) == 2


def test_convert_reports_every_problem_with_its_line_and_writes_nothing(runner, tmp_path):
    source = tmp_path / "broken.gift"
    source.write_text(BROKEN)
    target = tmp_path / "out.json"
    result = runner.invoke(args=["convert", str(source), str(target)])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith(str(source))]
    assert [line.split(":")[1] for line in lines] == ["1", "5"]
    assert not target.exists()


def test_convert_warns_about_questions_the_target_cannot_hold(runner, tmp_path):
    source = tmp_path / "week1.gift"
    source.write_text(GIFT)
    result = runner.invoke(args=["convert", str(source), "-", "--to", "aiken"])
    assert result.exit_code == 0
    assert "ANSWER: A" in result.stdout
    assert "left out question 2 (Twins)" in result.stderr and "(Aiken cannot hold it)" in result.stderr


def test_convert_needs_a_target_format_it_can_tell(runner, tmp_path):
    source = tmp_path / "week1.gift"
    source.write_text(GIFT)
    result = runner.invoke(args=["convert", str(source), str(tmp_path / "out.docx")])
    assert result.exit_code == 2
    assert "--to" in result.stderr


def test_convert_a_missing_file(runner, tmp_path):
    result = runner.invoke(args=["convert", str(tmp_path / "nope.gift"), "-", "--to", "json"])
    assert result.exit_code == 2
    assert "cannot read the file" in result.stderr


def test_convert_to_apkg(runner, tmp_path):
    source = tmp_path / "week1.gift"
    source.write_text(GIFT)
    target = tmp_path / "week1.apkg"
    result = runner.invoke(args=["convert", str(source), str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes()[:2] == b"PK"


def count(app, table):
    with app.app_context():
        return get_db().execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_import_dry_run_changes_nothing(runner, app, tmp_path):
    source = tmp_path / "week1.gift"
    source.write_text(GIFT)
    before = count(app, "question_set")
    result = runner.invoke(args=["import", str(source), "--dry-run"])
    assert result.exit_code == 0
    assert "2 question(s) would be imported" in result.output
    assert count(app, "question_set") == before


def test_import_creates_then_updates_the_named_set(runner, app, tmp_path):
    source = tmp_path / "week1.gift"
    source.write_text(GIFT)
    result = runner.invoke(args=["import", str(source), "--set", "Week one"])
    assert result.exit_code == 0, result.output
    assert "added" in result.output
    with app.app_context():
        row = get_db().execute("SELECT * FROM question_set WHERE title = 'Week one'").fetchone()
        assert get_db().execute("SELECT COUNT(*) FROM question WHERE set_id = ? AND retired = 0",
                                (row["id"],)).fetchone()[0] == 2
    again = runner.invoke(args=["import", str(source), "--set", "Week one"])
    assert "unchanged" in again.output
    source.write_text(GIFT + "\n::New:: Paris is in France. {T}\n")
    changed = runner.invoke(args=["import", str(source), "--set", "Week one"])
    assert "updated, 3 question(s)" in changed.output


def test_a_failed_import_changes_nothing(runner, app, tmp_path):
    source = tmp_path / "broken.gift"
    source.write_text(BROKEN)
    before = (count(app, "question_set"), count(app, "question"))
    result = runner.invoke(args=["import", str(source)])
    assert result.exit_code == 2
    assert "Nothing imported: 2 problem(s)." in result.stderr
    assert (count(app, "question_set"), count(app, "question")) == before


# Saved by Notepad: Windows line endings, a heading comment, then the questions.
WINDOWS_GIFT = b"// Edge cases\r\n\r\n::Q1:: Is this read? {T}\r\n\r\n::Q2:: 2 + 2? {#4}\r\n"


def test_a_windows_file_is_named_by_its_opening_comment_as_on_the_upload_page(runner, app, client, auth, tmp_path):
    # A new user's walk: `convert` and `import --dry-run` named the set "edge" (the file's name); the upload page,
    # which had made the line endings plain, named it "Edge cases".
    source = tmp_path / "edge.gift"
    source.write_bytes(WINDOWS_GIFT)
    converted = runner.invoke(args=["convert", str(source), "-", "--to", "json"])
    assert converted.exit_code == 0, converted.output
    assert json.loads(converted.stdout)["title"] == "Edge cases"
    dry_run = runner.invoke(args=["import", str(source), "--dry-run"])
    assert "into set 'Edge cases'" in dry_run.output, dry_run.output
    auth.login("teacher")
    page = client.get("/manage/import")
    preview = client.post("/manage/import", content_type="multipart/form-data", data={
        "csrf_token": csrf_token(page), "text": "", "file_format": "auto", "title": "", "check": "Check",
        "question_file": (io.BytesIO(WINDOWS_GIFT), "edge.gift")})
    assert soup(preview).h1.get_text(strip=True) == "Preview: Edge cases"


def test_json_nested_past_what_python_can_parse_is_a_problem_not_a_traceback(runner, tmp_path):
    # A new user's walk: `quizapp convert` printed a RecursionError's traceback for 1,000 nested "[".
    source = tmp_path / "deep.json"
    source.write_text("[" * 1000)
    result = runner.invoke(args=["convert", str(source), "-", "--to", "gift"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.stderr.splitlines()[0].startswith(f"{source}:1: brackets nested more than 64 deep (column 65)")
