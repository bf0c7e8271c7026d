"""Flashcards: the study dashboard, the review screen (show, check, rate, undo), suspending cards, settings.

Every card a page names must be the logged-in student's own: another's answers 404.
"""

import json
import secrets

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from ..auth import login_required
from ..db import get_db, transaction
from ..forms import ActionForm, RatingForm, ReviewSettingsForm
from ..grading import correct_answer_text, grade
from ..responses import ResponseError, describe_response, prefill, present, read_response
from ..scheduling import (
    LEECH_LAPSES,
    STATE_NAMES,
    format_interval,
    interval_words,
    iso,
    now_utc,
    preview,
    rating_for,
    state_of,
    study_day,
    time_zones,
)
from ..store import cards, question_sets
from ..study import elapsed_ms, next_card, record_review, settings_for, start_set, undo, undoable_review
from ..study_stats import statistics

bp = Blueprint("review", __name__, url_prefix="/review")

RATINGS = ((1, "Again"), (2, "Hard"), (3, "Good"), (4, "Easy"))


def set_filter():
    """The set a study session is limited to (?set=ID), or None for every set."""
    value = request.args.get("set", "")
    return int(value) if value.isdigit() else None


class CardGone(Exception):
    """The card's question was changed or removed by an instructor since the page was shown."""


@bp.errorhandler(CardGone)
def card_gone(error):
    flash("Your instructor removed this card's question (or replaced it with another), so the card is gone."
          " Any new questions can be added from the Flashcards page.", "error")
    return redirect(url_for("review.index"))


def own_card(card_id):
    """The student's card with its question, or 404 (another student's card does not exist for them)."""
    row = cards.get_card(get_db(), current_user.id, card_id)
    if row is None:
        abort(404)
    if row["retired"]:
        raise CardGone(card_id)
    return row


@bp.route("/")
@login_required
def index():
    """Per set and in total: cards new, learning and due today; other sets to start studying."""
    db = get_db()
    settings = settings_for(db, current_user.id)
    now = now_utc()
    queue = next_card(db, current_user.id, settings, now)
    _start, end = study_day(now, settings["time_zone"])
    rows = cards.counts_by_set(db, current_user.id, iso(end))
    studied = {row["set_id"] for row in rows}
    # (not a set with nothing to study: "Add Only descriptions, 0 questions" had been offered; a new user's walk)
    cardable = cards.card_counts_by_set(db)
    others = [s for s in question_sets.list_published_sets(db, current_user.id)
              if s["id"] not in studied and cardable.get(s["id"])]
    return render_template("review/index.html", rows=rows, missing=cards.missing_by_set(db, current_user.id),
                           queue=queue, others=others, cardable=cardable, settings=settings,
                           saved_settings=cards.has_settings(db, current_user.id), form=ActionForm())


@bp.route("/sets/<int:set_id>/start", methods=("POST",))
@login_required
def start(set_id):
    """Add a published set's questions to the student's flashcards, then study it."""
    row = question_sets.get_set(get_db(), set_id)
    if row is None or not (row["published"] or current_user.is_staff):
        abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    added = start_set(get_db(), current_user.id, set_id, now_utc())
    if added:
        flash(f"{added} new card{'s' if added != 1 else ''} from {row['title']} added to your flashcards.", "success")
    return redirect(url_for("review.study", set=set_id))


@bp.route("/study")
@login_required
def study():
    """The next card's front, or what is left for later when nothing is due."""
    db = get_db()
    set_id = set_filter()
    settings = settings_for(db, current_user.id)
    queue = next_card(db, current_user.id, settings, now_utc(), set_id)
    if queue.card is None:
        return render_template("review/done.html", queue=queue, set_id=set_id, settings=settings,
                               last=undoable_review(db, current_user.id, set_id), form=ActionForm(),
                               has_cards=bool(cards.counts_by_set(db, current_user.id, iso(now_utc()))))
    return render_card(queue.card, queue=queue, set_id=set_id, settings=settings)


SUSPENDED_CARD = "That card is suspended, so it is not studied or rated: resume it here to study it again."


@bp.route("/cards/<int:card_id>")
@login_required
def card(card_id):
    """One card: its front, or with ?show=1 its back and the rating buttons."""
    row = own_card(card_id)
    if row["suspended"]:
        # a suspended card (a leech) is studied again once resumed, from its set's list: not rated from its page
        flash(SUSPENDED_CARD, "info")
        return redirect(url_for("review.set_cards", set_id=row["set_id"]))
    settings = settings_for(get_db(), current_user.id)
    queue = next_card(get_db(), current_user.id, settings, now_utc(), set_filter())
    return render_card(row, queue=queue, set_id=set_filter(), settings=settings, show=request.args.get("show") == "1",
                       shown_at=request.args.get("shown", ""))


@bp.route("/cards/<int:card_id>/check", methods=("GET", "POST"))
@login_required
def check(card_id):
    """Answer the card actively: the app checks the answer, then suggests Again (wrong) or Good (right). The
    checked page opened again by its address (a restored tab, a bookmark) goes back to the card's front, not to
    "That action isn't allowed here" (a new user's walk)."""
    row = own_card(card_id)
    if request.method == "GET" or row["suspended"]:
        return redirect(url_for("review.card", card_id=card_id, set=set_filter()))  # (which says it is suspended)
    if not ActionForm().validate_on_submit():
        abort(400)
    if request.form.get("version") != str(row["version"]):
        # A refreshed or replayed check of a card rated since: don't offer to rate it again.
        flash("This card was already rated; use Undo to change the rating.", "error")
        return redirect(url_for("review.study", set=set_filter()))
    question = json.loads(row["question_data"])
    settings = settings_for(get_db(), current_user.id)
    queue = next_card(get_db(), current_user.id, settings, now_utc(), set_filter())
    try:
        response = read_response(question, request.form)
    except ResponseError as e:
        return render_card(row, queue=queue, set_id=set_filter(), settings=settings, error=str(e),
                           shown_at=request.form.get("shown_at", ""), form_values=request.form), 400
    # The set's own rule for typos, as its quiz marks them: the teacher's choice, not the card's.
    result = grade(question, response, allow_typos=bool(row["allow_typos"]))
    return render_card(row, queue=queue, set_id=set_filter(), settings=settings, show=True,
                       shown_at=request.form.get("shown_at", ""), checked=result,
                       your_answer=describe_response(question, response))


@bp.route("/cards/<int:card_id>/rate", methods=("POST",))
@login_required
def rate(card_id):
    """Record the rating, once, then go on to the next card."""
    row = own_card(card_id)
    form = RatingForm()
    if not form.validate_on_submit():
        flash("That rating could not be read; rate the card again.", "error")
        return redirect(url_for("review.card", card_id=card_id, set=set_filter(), show=1))
    now = now_utc()
    result = record_review(get_db(), current_user.id, card_id, int(form.rating.data), now, int(form.version.data),
                           form.request_id.data, elapsed_ms(form.shown_at.data, now),
                           fuzzing=current_app.config["REVIEW_FUZZING"])
    if result.status == "suspended":
        flash(SUSPENDED_CARD, "error")
        return redirect(url_for("review.set_cards", set_id=row["set_id"]))
    if result.status in ("stale", "replayed"):
        flash("This card was already rated (in another tab, or before going Back); here is the next one."
              " Use Undo to change the last rating.", "error")
    elif result.became_leech:
        flash(f"You have forgotten this card {LEECH_LAPSES} times, so it is suspended as a leech. Read its source "
              "again or ask your instructor about it, then resume it from the set's card list.", "error")
    return redirect(url_for("review.study", set=set_filter()))


@bp.route("/undo", methods=("POST",))
@login_required
def undo_review():
    """Take back the last rating and show that card again."""
    form = ActionForm()
    review_id = request.form.get("review_id", "")
    if not form.validate_on_submit() or not review_id.isdigit():
        abort(400)
    card_id = undo(get_db(), current_user.id, int(review_id), set_filter())
    if card_id is None:
        flash("Nothing to undo: that rating was already undone, or the card changed after it"
              " (another rating, a quiz answer, or a suspension).", "error")
        return redirect(url_for("review.study", set=set_filter()))
    flash("Rating undone.", "success")
    return redirect(url_for("review.card", card_id=card_id, set=set_filter()))


@bp.route("/cards/<int:card_id>/suspend", methods=("POST",))
@login_required
def suspend(card_id):
    return change_suspension(card_id, True)


@bp.route("/cards/<int:card_id>/resume", methods=("POST",))
@login_required
def resume(card_id):
    return change_suspension(card_id, False)


def change_suspension(card_id, suspended):
    """Suspend or resume the student's card, then go back where they came from."""
    row = own_card(card_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    db = get_db()
    with transaction(db):
        cards.set_suspended(db, current_user.id, card_id, suspended)
    flash("Card suspended: it will not come up until you resume it." if suspended else "Card resumed.", "success")
    if request.form.get("back") == "list":
        return redirect(url_for("review.set_cards", set_id=row["set_id"]))
    return redirect(url_for("review.study", set=set_filter()))


@bp.route("/sets/<int:set_id>/cards")
@login_required
def set_cards(set_id):
    """The student's cards of one set: state, next due date, suspend or resume."""
    db = get_db()
    rows = cards.list_set_cards(db, current_user.id, set_id)
    if not rows:
        row = question_sets.get_set(db, set_id)
        if row is None or not (row["published"] or current_user.is_staff):
            abort(404)
        # A set the student has not added yet: say so, with the way to add it (it had been "Page not found").
        flash(f"You have no flashcards from {row['title']} yet: add the set below.", "info")
        return redirect(url_for("review.index"))
    listed = [{"row": row, "question": json.loads(row["question_data"]), "state": STATE_NAMES[state_of(row)]}
              for row in rows]
    return render_template("review/cards.html", cards=listed, set_title=rows[0]["set_title"], set_id=set_id,
                           form=ActionForm())


@bp.route("/stats")
@login_required
def stats():
    """Charts: reviews per day, due forecast, true retention, cards by state."""
    db = get_db()
    settings = settings_for(db, current_user.id)
    return render_template("review/stats.html", stats=statistics(db, current_user.id, settings, now_utc()))


@bp.route("/settings", methods=("GET", "POST"))
@login_required
def settings_page():
    """Desired retention, daily limits, time zone, keyboard shortcuts."""
    db = get_db()
    current = settings_for(db, current_user.id)
    form = ReviewSettingsForm(data={
        "desired_retention": round(current["desired_retention"] * 100), "new_per_day": current["new_per_day"],
        "reviews_per_day": current["reviews_per_day"], "time_zone": current["time_zone"],
        "shortcuts": current["shortcuts"],
    })
    form.time_zone.choices = [SelectChoice(name, name.replace("_", " ")) for name in time_zones()]
    if form.validate_on_submit():
        with transaction(db):
            cards.save_settings(db, current_user.id, form.desired_retention.data / 100, form.new_per_day.data,
                                form.reviews_per_day.data, form.time_zone.data, form.shortcuts.data)
        flash("Settings saved.", "success")
        return redirect(url_for("review.index"))
    saved = cards.has_settings(db, current_user.id)
    return render_template("review/settings.html", form=form, saved=saved), 400 if form.errors else 200


def precise(moment):
    """When a card was shown, to the millisecond: the time a review took is kept for fitting FSRS."""
    return moment.isoformat(timespec="milliseconds")


def render_card(row, queue, set_id, settings, show=False, shown_at="", checked=None, your_answer=None, error=None,
                form_values=None):
    """The review screen for ``row``: front (with the answer fields) or back (answer, explanation, source, buttons)."""
    db = get_db()
    question = json.loads(row["question_data"])
    now = now_utc()
    seed = row["id"]  # a card always shows its options in the same order
    intervals = preview(row, now, settings)
    buttons = [{"rating": value, "label": label, "interval": format_interval(intervals[value]),
                "words": interval_words(intervals[value])} for value, label in RATINGS]
    suggested = int(rating_for(checked.correct)) if checked is not None and checked.fraction is not None else None
    return render_template(
        "review/card.html", card=row, question=question, queue=queue, set_id=set_id, settings=settings, show=show,
        shown_at=shown_at or precise(now), buttons=buttons, suggested=suggested, checked=checked, your_answer=your_answer,
        correct_answer=correct_answer_text(question), error=error,
        presented=present(question, seed, 0, True), values=prefill(question, None, form_values),
        state=STATE_NAMES[state_of(row)],
        rating_form=RatingForm(formdata=None, version=row["version"], request_id=secrets.token_urlsafe(16),
                               shown_at=shown_at or precise(now)),
        form=ActionForm(), last=undoable_review(db, current_user.id, set_id),
    )
