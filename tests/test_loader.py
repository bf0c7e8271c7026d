"""Loading question files: idempotent, updates changed sets, all-or-nothing on errors."""

import json
import re
import shutil

import pytest

from quizapp.db import get_db
from quizapp.errors import QuestionFileError
from quizapp.loader import load_paths
from quizapp.store import question_sets
from tests.conftest import DATA


def copy_set(tmp_path, name="mixed.json"):
    folder = tmp_path / "sets"
    folder.mkdir(exist_ok=True)
    shutil.copy(DATA / "mixed.json", folder / name)
    return folder


def count(db, table):
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608 (fixed names)


def test_load_folder_then_again_is_unchanged(app, tmp_path):
    folder = copy_set(tmp_path, "river.json")
    with app.app_context():
        db = get_db()
        assert [s for _, s in load_paths(db, [folder])] == ["added"]
        before = count(db, "question")
        assert [s for _, s in load_paths(db, [folder])] == ["unchanged"]
        assert count(db, "question") == before


def test_changed_file_updates_set_and_keeps_unchanged_questions(app, tmp_path):
    folder = copy_set(tmp_path, "river.json")
    with app.app_context():
        db = get_db()
        load_paths(db, [folder])
        set_row = question_sets.get_set_by_slug(db, "river")
        old_ids = [q["id"] for q in question_sets.get_questions(db, set_row["id"])]
        data = json.loads((folder / "river.json").read_text())
        data["title"] = "River, revised"
        data["questions"][0]["prompt"] = "Who runs the old mill?"
        (folder / "river.json").write_text(json.dumps(data))
        assert [s for _, s in load_paths(db, [folder])] == ["updated"]
        new_ids = [q["id"] for q in question_sets.get_questions(db, set_row["id"])]
        assert question_sets.get_set(db, set_row["id"])["title"] == "River, revised"
        assert new_ids[1:] == old_ids[1:] and new_ids[0] != old_ids[0]
        retired = db.execute("SELECT retired FROM question WHERE id = ?", (old_ids[0],)).fetchone()[0]
        assert retired == 1  # kept for past attempts, not deleted


def test_one_bad_file_loads_nothing_and_reports_every_problem(app, tmp_path):
    folder = copy_set(tmp_path, "good.json")
    (folder / "bad.json").write_text(json.dumps({"title": "", "questions": [{"type": "essay"}]}))
    (folder / "worse.json").write_text("{not json")
    with app.app_context():
        db = get_db()
        before = count(db, "question_set")
        with pytest.raises(QuestionFileError) as info:
            load_paths(db, [folder])
        problems = info.value.problems
        assert any(p.startswith(str(folder / "bad.json") + ":1: title:") for p in problems)
        assert any(re.search(r"bad\.json:\d+: questions\[0\]: 'prompt' is missing", p) for p in problems)
        assert any(p.startswith(str(folder / "worse.json") + ":1: invalid JSON") for p in problems)
        assert count(db, "question_set") == before


def test_missing_path_is_reported(app, tmp_path):
    with app.app_context(), pytest.raises(QuestionFileError, match="no such file or folder"):
        load_paths(get_db(), [tmp_path / "nope"])
