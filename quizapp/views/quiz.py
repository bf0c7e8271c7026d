"""Taking a quiz: start or resume an attempt, answer one question at a time,
review and submit, see the score. Every step is a POST-redirect-GET, so Back,
refresh and double-clicks never change an attempt twice."""

import json
import random
import secrets

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..auth import login_required
from ..db import get_db, transaction
from ..forms import ActionForm
from ..grading import grade
from ..responses import ResponseError, prefill, present, read_response
from ..scheduling import now_utc
from ..scoring import attempt_score, review_items, source_shown
from ..store import attempts, question_sets
from ..study import record_quiz_answers

bp = Blueprint("quiz", __name__)


def visible_set(set_id):
    """The set, if this user may take it: published, or the user is staff."""
    row = question_sets.get_set(get_db(), set_id)
    if row is None or (not row["published"] and not current_user.is_staff):
        abort(404)
    return row


def own_attempt(attempt_id, staff_may_read=False):
    """The attempt, if it is this user's (or, for reading results, the user is staff)."""
    row = attempts.get_attempt(get_db(), attempt_id)
    if row is None:
        abort(404)
    if row["user_id"] != current_user.id and not (staff_may_read and current_user.is_staff):
        # 404, not 403: don't confirm that someone else's attempt exists.
        abort(404)
    return row


def load_items(attempt_id):
    """The attempt's items with each question's JSON decoded."""
    return [dict(item, question=json.loads(item["data"])) for item in attempts.get_items(get_db(), attempt_id)]


@bp.route("/sets/<int:set_id>")
@login_required
def overview(set_id):
    """A set's description, the student's past attempts, and the start button."""
    db = get_db()
    question_set = visible_set(set_id)
    count = sum(1 for q in question_sets.get_questions(db, set_id) if q["type"] != "description")
    running = attempts.find_running_attempt(db, current_user.id, set_id)
    past = [a for a in attempts.list_user_attempts(db, current_user.id) if a["set_id"] == set_id and a["finished_at"]]
    return render_template("quiz/overview.html", question_set=question_set, count=count,
                           running=running, past=past, form=ActionForm())


@bp.route("/sets/<int:set_id>/start", methods=("POST",))
@login_required
def start(set_id):
    """Resume the running attempt on this set, or start a new one."""
    db = get_db()
    question_set = visible_set(set_id)
    with transaction(db):
        # Inside the write lock, so a double-click cannot open two attempts.
        running = attempts.find_running_attempt(db, current_user.id, set_id)
        if running is not None and request.form.get("restart") != "1":
            attempt_id = running["id"]
        else:
            ids = [q["id"] for q in question_sets.get_questions(db, set_id)]
            if not ids:
                abort(404)
            seed = secrets.randbelow(2**31)
            if question_set["shuffle_questions"]:
                random.Random(seed).shuffle(ids)
            attempt_id = attempts.create_attempt(db, current_user.id, question_set, ids, seed,
                                                 by_student=current_user.role == "student")
    return redirect(url_for("quiz.question", attempt_id=attempt_id, number=first_unanswered(attempt_id)))


def first_unanswered(attempt_id):
    items = load_items(attempt_id)
    for item in items:
        if item["answered_at"] is None:
            return item["position"] + 1
    return len(items)


@bp.route("/attempts/<int:attempt_id>/<int:number>", methods=("GET", "POST"))
@login_required
def question(attempt_id, number):
    """Show question ``number`` (1-based) of an attempt; POST answers it."""
    attempt = own_attempt(attempt_id)
    if attempt["finished_at"]:
        flash("This attempt is finished; here are its results.", "info")
        return redirect(url_for("quiz.result", attempt_id=attempt_id))
    items = load_items(attempt_id)
    if not 1 <= number <= len(items):
        abort(404)
    item = items[number - 1]
    form = ActionForm()
    error = None
    if request.method == "POST" and form.validate_on_submit():
        if attempt["feedback_mode"] == "immediate" and item["answered_at"] is not None:
            # Already answered and shown: a replayed or double-clicked submit changes nothing.
            flash("You had already answered this question; your first answer counts.", "info")
            return redirect(url_for("quiz.question", attempt_id=attempt_id, number=number))
        try:
            response = read_response(item["question"], request.form)
        except ResponseError as e:
            error = str(e)
        else:
            result = grade(item["question"], response, allow_typos=bool(attempt["allow_typos"]))
            db = get_db()
            with transaction(db):
                attempts.save_response(db, attempt_id, item["position"], json.dumps(response), result.fraction)
            return redirect(next_step(attempt, number, len(items), item["type"]))
    feedback = None
    if attempt["feedback_mode"] == "immediate" and item["answered_at"] is not None:
        feedback = review_items([item], bool(attempt["allow_typos"]))[0]
        feedback["source"] = source_shown(item, items)
    question = item["question"]
    saved = json.loads(item["response"]) if item["response"] is not None else None
    status = 400 if error else 200
    return render_template(
        "quiz/question.html", attempt=attempt, items=items, item=item, question=question,
        number=number, form=form, error=error, feedback=feedback,
        presented=present(question, attempt["seed"], item["position"], bool(attempt["shuffle_choices"])),
        values=prefill(question, saved, request.form if error else None),
    ), status


def next_step(attempt, number, total, question_type):
    """Where to go after answering: the feedback (immediate), the next question, or the summary."""
    if attempt["feedback_mode"] == "immediate" and question_type != "description":
        return url_for("quiz.question", attempt_id=attempt["id"], number=number)
    if number < total:
        return url_for("quiz.question", attempt_id=attempt["id"], number=number + 1)
    return url_for("quiz.summary", attempt_id=attempt["id"])


@bp.route("/attempts/<int:attempt_id>/summary")
@login_required
def summary(attempt_id):
    """Before submitting: which questions are answered, and the confirm button (WCAG 3.3.4)."""
    attempt = own_attempt(attempt_id)
    if attempt["finished_at"]:
        return redirect(url_for("quiz.result", attempt_id=attempt_id))
    items = load_items(attempt_id)
    return render_template("quiz/summary.html", attempt=attempt, items=items, form=ActionForm())


@bp.route("/attempts/<int:attempt_id>/finish", methods=("POST",))
@login_required
def finish(attempt_id):
    """Submit the attempt: score it once; a second submit just shows the results."""
    attempt = own_attempt(attempt_id)
    db = get_db()
    with transaction(db):
        items = load_items(attempt_id)
        score, max_score = attempt_score(items)
        finished = attempts.finish_attempt(db, attempt_id, score, max_score)
        if finished:
            # Quizzes feed the flashcard schedule: each graded answer is a review of its card.
            record_quiz_answers(db, current_user.id, attempt["set_id"], items, now_utc(),
                                fuzzing=current_app.config["REVIEW_FUZZING"])
    if finished:
        flash("Your answers are submitted.", "success")
    return redirect(url_for("quiz.result", attempt_id=attempt_id))


@bp.route("/attempts/<int:attempt_id>")
@login_required
def result(attempt_id):
    """The score and every question with the right answer and its explanation."""
    attempt = own_attempt(attempt_id, staff_may_read=True)
    if not attempt["finished_at"]:
        return redirect(url_for("quiz.summary", attempt_id=attempt_id))
    reviewed = review_items(load_items(attempt_id), bool(attempt["allow_typos"]))
    source = question_sets.get_set(get_db(), attempt["set_id"])
    return render_template("quiz/result.html", attempt=attempt, reviewed=reviewed,
                           question_set=source, form=ActionForm())
