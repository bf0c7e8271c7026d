"""A plain (non-editable) install ships templates, static files, migrations and the schema,
and serves pages. Built offline: hatchling comes with the test extra."""

import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT

SERVE_ONE_PAGE = """
import quizapp, sys
assert quizapp.__file__.startswith(sys.argv[1]), quizapp.__file__
app = quizapp.create_app({"TESTING": True, "SECRET_KEY": "x", "DATABASE": sys.argv[2]})
client = app.test_client()
page = client.get("/auth/signup")
css = client.get("/static/quizapp.css")
print(page.status_code, css.status_code, b"Create a student account" in page.data, b"--accent" in css.data)
css.close()
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    return next(out.glob("quizapp-*.whl"))


def test_wheel_contains_everything_the_app_reads(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("quizapp/templates/base.html", "quizapp/templates/quiz/question.html",
                   "quizapp/static/quizapp.css", "quizapp/migrations/0001_initial.sql",
                   "quizapp/schema/question-set.schema.json", "quizapp/generator/data/cities.tsv",
                   "quizapp/generator/data/country_facts.tsv"):
        assert needed in names, needed


def test_installed_wheel_serves_pages(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    # PYTHONPATH puts the installed copy ahead of the editable checkout; cwd is elsewhere.
    result = subprocess.run(
        [sys.executable, "-c", SERVE_ONE_PAGE, str(target), str(tmp_path / "db.sqlite")],
        cwd=tmp_path, env={"PYTHONPATH": str(target), "QUIZAPP_INSTANCE": str(tmp_path / "instance")},
        capture_output=True, text=True, timeout=120,
    )
    assert result.stdout.split() == ["200", "200", "True", "True"], result.stderr
