"""Load question files into the database: new sets are added, changed ones updated,
unchanged ones skipped. All files are checked before anything is written."""

import hashlib
import json
from pathlib import Path

from .db import transaction
from .errors import QuestionFileError
from .formats import json_format
from .store import question_sets


def find_question_files(paths):
    """Every .json file named, or inside a folder named (not its sub-folders), sorted."""
    found, problems = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.glob("*.json") if p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            problems.append(f"{path}: no such file or folder")
    if problems:
        raise QuestionFileError(problems)
    return found


def content_hash(question_set):
    """A fingerprint of what students see, to tell a changed file from an unchanged one."""
    payload = json.dumps(
        [question_set.title, question_set.description, question_set.source, question_set.questions],
        sort_keys=True, ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def load_paths(db, paths):
    """Load every question file in ``paths``; return [(path, "added" | "updated" | "unchanged")].

    Raises QuestionFileError listing every problem in every file, having changed nothing.
    """
    files = find_question_files(paths)
    parsed, problems = [], []
    for path in files:
        try:
            parsed.append((path, json_format.load_file(path)))
        except QuestionFileError as e:
            problems.extend(e.problems)
    if problems:
        raise QuestionFileError(problems)
    report = []
    with transaction(db):
        for path, question_set in parsed:
            report.append((path, store_set(db, path.stem, question_set, str(path))))
    return report


def store_set(db, slug, question_set, origin):
    """Add or refresh one set under ``slug``; the caller holds the transaction."""
    digest = content_hash(question_set)
    existing = question_sets.get_set_by_slug(db, slug)
    if existing is None:
        set_id = question_sets.insert_set(db, slug, question_set, origin=origin, content_hash=digest)
        question_sets.replace_questions(db, set_id, question_set.questions)
        return "added"
    if existing["content_hash"] == digest:
        return "unchanged"
    question_sets.update_set_content(db, existing["id"], question_set, origin, digest)
    question_sets.replace_questions(db, existing["id"], question_set.questions)
    return "updated"
