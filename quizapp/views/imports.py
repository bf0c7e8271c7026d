"""Instructors bring question files in and take sets out: upload or paste, preview, confirm; export."""

import hashlib
import json
import secrets
from pathlib import PurePath

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from .. import formats
from ..auth import staff_required
from ..db import get_db
from ..errors import QuestionFileError
from ..exporting import export_set, stored_set
from ..forms import ImportForm
from ..importing import decode, read_file_text, store_new_set, with_unix_newlines
from ..store import question_sets
from ..words import listed

bp = Blueprint("imports", __name__, url_prefix="/manage")

PASTED = "pasted text"


def fingerprint(text, fmt):
    """What a preview showed: the text as read, in the format chosen. (Not the set's name: a teacher who names the
    set below the preview has changed no question, and was told "The text changed since the last preview".)"""
    return hashlib.sha256(json.dumps([text, fmt]).encode("utf-8")).hexdigest()


def form_text(form):
    """(text, file name, decoding warnings) from the uploaded file, else the text box."""
    upload = form.question_file.data
    if upload and getattr(upload, "filename", ""):
        # Only the base name: it is shown back to the user and in messages, never used as a path.
        name = PurePath(upload.filename.replace("\\", "/")).name[:120] or "upload"
        text, warnings = decode(upload.read(), name)
        return with_unix_newlines(text), name, warnings
    name = PurePath((form.filename.data or "").replace("\\", "/")).name[:120] or PASTED
    return with_unix_newlines(form.text.data), name, []


@bp.route("/import", methods=("GET", "POST"))
@staff_required
def new():
    """Upload or paste a file; see every question and every problem; create the set when it is clean."""
    form = ImportForm()
    if not form.validate_on_submit():
        return render_template("imports/new.html", form=form), 400 if form.errors else 200
    try:
        text, name, warnings = form_text(form)
    except QuestionFileError as e:  # not a text file at all: nothing to show in the box
        form.question_file.errors = list(e.problems)
        return render_template("imports/new.html", form=form), 400
    question_set, problems = None, []
    fmt = None if form.file_format.data == "auto" else form.file_format.data
    try:
        question_set = read_file_text(text, name, fmt, form.title.data.strip() or None,
                                      default_title="Imported questions" if name == PASTED else None)
        warnings += question_set.warnings
    except QuestionFileError as e:
        problems = e.problems
    digest = fingerprint(text, fmt)
    if question_set is not None and form.create.data:
        if form.checked.data == digest:
            question_set.settings["published"] = form.publish.data
            set_id, new_set = store_new_set(get_db(), question_set, owner_id=current_user.id,
                                            preview=form.preview.data or None)
            if new_set:
                count = len(question_set.questions)
                flash(f"Set {question_set.title!r} created with {count} question{'' if count == 1 else 's'}.", "success")
            else:
                flash("This set was created already, from the same preview: here it is. To make a second copy, check "
                      "the file again and create it from the new preview.", "info")
            return redirect(url_for("manage.set_detail", set_id=set_id))
        # Only what the teacher has seen is created: the box was edited after the preview.
        flash("The text changed since the last preview. Check this preview, then create the set.", "error")
    if request.form.get("publish_shown") != "1":
        # The page sent from had no publish box (the upload form, or a page of problems): publishing is the default.
        form.publish.data = True
    # Show the file's text in the box (an uploaded file too), so it can be fixed here and checked again.
    form.text.data, form.filename.data = text, name if name != PASTED else ""
    form.checked.data = digest
    form.preview.data = secrets.token_urlsafe(16)
    # A set of the same name already stored: creating makes a second one, which students could not tell apart in
    # their list (a new user's walk imported an export back under its own name, unwarned).
    namesake = question_sets.get_set_titled(get_db(), question_set.title) if question_set is not None else None
    return render_template("imports/preview.html", form=form, question_set=question_set, problems=problems,
                           warnings=warnings, filename=name, namesake=namesake), 200


@bp.route("/sets/<int:set_id>/export/<fmt>")
@staff_required
def export(set_id, fmt):
    """Download the set in ``fmt``; questions the format cannot hold are left out (the set page says which)."""
    if fmt not in formats.FORMATS:
        abort(404)
    db = get_db()
    row = question_sets.get_set(db, set_id)
    if row is None:
        abort(404)
    exported = export_set(db, row, fmt)
    if not exported.written:
        flash(f"No question in this set can be written as {formats.FORMATS[fmt].label}.", "error")
        return redirect(url_for("manage.set_detail", set_id=set_id))
    return Response(exported.data, content_type=exported.mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{exported.filename}"'})


def export_options(db, set_row):
    """For the set page: each writable format with how many of the set's questions it can hold, and why not, and
    what it loses of those it holds."""
    question_set = stored_set(db, set_row)
    questions = question_set.questions
    options = []
    for fmt in formats.FORMATS.values():
        module = fmt.load()
        verdicts = [(question, module.unsupported(question)) for question in questions]
        held = [question for question, reason in verdicts if not reason]
        options.append({
            "name": fmt.name, "label": fmt.label, "held": len(held), "total": len(questions),
            "reasons": reasons_by_question([reason for _question, reason in verdicts]),
            "loses": listed(formats.left_out(question_set, fmt.name, held)),  # (each question weighed once per format)
        })
    return options


def reasons_by_question(reasons):
    """Each reason a format gives for leaving questions out, after the numbers of the questions it leaves out
    ("questions 2 and 5: true/false"), in the order of their first question; ``reasons`` has one per question, None
    for a question the format holds. (The kinds alone had not said which questions: a new user's walk.)"""
    numbers = {}
    for number, reason in enumerate(reasons, start=1):
        if reason:
            numbers.setdefault(reason, []).append(number)
    return [f"{question_numbers(numbered)}: {reason}" for reason, numbered in numbers.items()]


def question_numbers(numbers):
    """'question 4', 'questions 2 and 5', 'questions 2–4 and 7' for ascending question numbers."""
    runs = []
    for number in numbers:
        if runs and runs[-1][1] == number - 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    parts = [part for a, b in runs for part in ([f"{a}–{b}"] if b > a + 1 else [str(n) for n in range(a, b + 1)])]
    return f"question{'s' if len(numbers) > 1 else ''} {listed(parts)}"
