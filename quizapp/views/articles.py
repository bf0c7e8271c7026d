"""Instructors turn an article into a question set: upload or paste, review the
generated questions beside the article, edit or remove them, publish."""

import json
import secrets

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..auth import staff_required
from ..db import get_db, transaction
from ..editing import MAX_OPTIONS, apply_edit, highlight
from ..errors import QuizappError
from ..forms import ActionForm, ArticleForm, QuestionEditForm
from ..generator.pipeline import generate_question_set
from ..store import entity_bank, question_sets

bp = Blueprint("articles", __name__, url_prefix="/manage/articles")


def read_upload(form):
    """(text, is_html) from the uploaded file or the pasted text."""
    upload = form.article_file.data
    if upload and upload.filename:
        raw = upload.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise QuizappError("The file is not UTF-8 text. Save it again as UTF-8 (or paste its text).") from None
        return text, upload.filename.lower().endswith((".html", ".htm"))
    return form.text.data, form.text.data.lstrip().startswith("<")


@bp.route("/new", methods=("GET", "POST"))
@staff_required
def new():
    """Upload or paste an article; the generated set is saved as a hidden draft."""
    form = ArticleForm()
    if form.validate_on_submit():
        try:
            text, is_html = read_upload(form)
            db = get_db()
            generated = generate_question_set(
                text, is_html=is_html, title=form.title.data.strip() or None,
                max_questions=form.max_questions.data, bank=entity_bank.bank_entries(db),
                source_url=form.source_url.data.strip() or None,
            )
        except QuizappError as e:
            form.text.errors.append(str(e))
        else:
            question_set = generated.question_set
            question_set.settings["published"] = False  # a draft until the instructor publishes it
            with transaction(db):
                set_id = question_sets.insert_set(db, f"article-{secrets.token_hex(6)}", question_set,
                                                  origin="generated", owner_id=current_user.id)
                question_sets.replace_questions(db, set_id, question_set.questions)
                entity_bank.add_to_bank(db, generated.entities)
            flash(f"{len(question_set.questions)} questions generated. Check them, edit or remove any, then publish.",
                  "success")
            return redirect(url_for("articles.review", set_id=set_id))
    return render_template("articles/new.html", form=form), 400 if form.errors else 200


def load_set(set_id):
    """The set and its questions as dicts; 404 if there is no such set."""
    db = get_db()
    row = question_sets.get_set(db, set_id)
    if row is None:
        abort(404)
    return row, [json.loads(q["data"]) for q in question_sets.get_questions(db, set_id)]


@bp.route("/<int:set_id>")
@staff_required
def review(set_id):
    """The article with each question's source sentence marked, beside the questions."""
    question_set, questions = load_set(set_id)
    paragraphs = highlight(question_set["source_text"] or "", questions)
    return render_template("articles/review.html", question_set=question_set, questions=questions,
                           paragraphs=paragraphs, form=ActionForm())


@bp.route("/<int:set_id>/questions/<int:number>", methods=("GET", "POST"))
@staff_required
def edit(set_id, number):
    """Edit question ``number`` (1-based): its wording, answers and explanation."""
    question_set, questions = load_set(set_id)
    if not 1 <= number <= len(questions):
        abort(404)
    question = questions[number - 1]
    form = QuestionEditForm(data={"prompt": question["prompt"], "feedback": question.get("feedback", "")})
    problems = []
    if form.validate_on_submit():
        edited, problems = apply_edit(question, form.prompt.data, form.feedback.data, request.form)
        if not problems:
            questions[number - 1] = edited
            save_questions(set_id, questions)
            flash(f"Question {number} saved.", "success")
            return redirect(url_for("articles.review", set_id=set_id, _anchor=f"q{number}"))
        question = edited
    return render_template("articles/edit.html", question_set=question_set, question=question, number=number,
                           form=form, problems=problems, slots=MAX_OPTIONS), 400 if problems or form.errors else 200


@bp.route("/<int:set_id>/questions/<int:number>/remove", methods=("POST",))
@staff_required
def remove(set_id, number):
    """Remove one question; past attempts keep theirs (it is retired, not deleted)."""
    _question_set, questions = load_set(set_id)
    if not 1 <= number <= len(questions):
        abort(404)
    if len(questions) == 1:
        flash("A set needs at least one question; add or keep one before removing this.", "error")
    else:
        del questions[number - 1]
        save_questions(set_id, questions)
        flash(f"Question {number} removed.", "success")
    return redirect(url_for("articles.review", set_id=set_id))


@bp.route("/<int:set_id>/publish", methods=("POST",))
@staff_required
def publish(set_id):
    """Make the set visible to students."""
    question_set, _questions = load_set(set_id)
    db = get_db()
    with transaction(db):
        question_sets.set_published(db, set_id, True)
    flash(f"“{question_set['title']}” is published: students can take it now.", "success")
    return redirect(url_for("manage.set_detail", set_id=set_id))


def save_questions(set_id, questions):
    db = get_db()
    with transaction(db):
        question_sets.replace_questions(db, set_id, questions)
        question_sets.touch(db, set_id)

