"""A student's study session: which card comes next, recording a review, undoing it, and quiz answers as reviews.

The order follows Anki: learning cards that are due, then reviews due today,
then new cards, each within the daily limits; then learning cards up to 20
minutes early. Every change runs in one transaction, and a review is logged
at most once per form (its request id) and only against the card as the form
showed it (its version), so a double click, a replayed form or a second tab
never counts twice.
"""

import json
from dataclasses import dataclass
from datetime import timedelta

from .db import transaction
from .scheduling import (
    DEFAULT_SETTINGS,
    LEARN_AHEAD,
    iso,
    make_scheduler,
    parse_time,
    rating_for,
    review,
    snapshot,
    study_day,
)
from .store import cards

# A review screen left open over lunch says nothing about recall time; the optimizer wants plausible durations.
MAX_DURATION_MS = 10 * 60 * 1000


def settings_for(db, user_id):
    return cards.get_settings(db, user_id, DEFAULT_SETTINGS)


@dataclass(frozen=True)
class Queue:
    """The card to study now (or None), and what is left today."""

    card: object
    new: int
    learning: int
    review: int
    next_learning_due: str | None  # when a learning card comes back, if none is due now
    new_waiting: int = 0     # new cards today's limit holds back until tomorrow
    reviews_waiting: int = 0  # due cards today's review limit holds back

    @property
    def left(self):
        return self.new + self.learning + self.review


def next_card(db, user_id, settings, now, set_id=None):
    """The Queue for the student at ``now``, across all sets or in one."""
    start, end = study_day(now, settings["time_zone"])
    new_done, reviews_done = cards.done_today(db, user_id, iso(start), iso(end))
    new_left = max(0, settings["new_per_day"] - new_done)
    reviews_left = max(0, settings["reviews_per_day"] - reviews_done)
    card = cards.next_learning(db, user_id, set_id, iso(now))
    if card is None and reviews_left:
        card = cards.next_review(db, user_id, set_id, iso(end))
    if card is None and new_left:
        card = cards.next_new(db, user_id, set_id)
    if card is None:
        card = cards.next_learning(db, user_id, set_id, iso(now + LEARN_AHEAD))
    counts = [row for row in cards.counts_by_set(db, user_id, iso(end)) if set_id in (None, row["set_id"])]
    new_total, due_total = sum(row["new"] for row in counts), sum(row["due"] for row in counts)
    return Queue(
        card=card,
        new=min(new_left, new_total),
        learning=sum(row["learning"] for row in counts),
        review=min(reviews_left, due_total),
        next_learning_due=None if card else cards.next_learning_due(db, user_id, set_id),
        new_waiting=max(0, new_total - new_left),
        reviews_waiting=max(0, due_total - reviews_left),
    )


@dataclass(frozen=True)
class Recorded:
    """How a rating went: ``status`` is recorded, replayed (this form was counted already),
    stale (the card changed since the form was shown), suspended (the card is, and is rated no more till resumed)
    or missing (no such card of the student's)."""

    status: str
    review_id: int | None = None
    became_leech: bool = False


def record_review(db, user_id, card_id, rating, now, version, request_id, duration_ms=None, fuzzing=True):
    """Rate the student's card, in one transaction; see Recorded for the outcomes.

    ``fuzzing`` spreads due dates by a few percent (fsrs's fuzz) so cards learnt together don't stay together;
    tests turn it off to compare with fsrs exactly.
    """
    with transaction(db):
        row = cards.get_card(db, user_id, card_id)
        if row is None:
            return Recorded("missing")
        if row["version"] != version:
            return Recorded("replayed" if cards.review_logged(db, user_id, request_id) else "stale")
        if row["suspended"]:
            # (a leech's back page opened again by its address had been rated on, to "22 (10 forgotten)", while its
            # list still said suspended: a new user's walk)
            return Recorded("suspended")
        outcome = review(row, rating, now, make_scheduler(settings_for(db, user_id), fuzzing))
        duration = None if duration_ms is None else max(0, min(int(duration_ms), MAX_DURATION_MS))
        review_id = cards.insert_review(db, card_id, user_id, int(rating), iso(now), duration, outcome.state_before,
                                        outcome.state_after, snapshot(row), "review", request_id, row["version"] + 1)
        if review_id is None:
            return Recorded("replayed")
        cards.update_card(db, card_id, version, outcome.columns)
    return Recorded("recorded", review_id, outcome.became_leech)


def undo(db, user_id, review_id, set_id=None):
    """Take back the student's last review (of the set ``set_id``, if given) if it is ``review_id`` and the card is
    still as it left it.

    Returns the card's id, or None: an older review, someone else's, or a card changed since
    (a quiz answer, a suspension) is never rolled back, which would erase what came after.
    """
    with transaction(db):
        latest = undoable_review(db, user_id, set_id)
        if latest is None or latest["id"] != review_id:
            return None
        cards.restore_card(db, latest["card_id"], json.loads(latest["card_before"]))
        cards.delete_review(db, latest["id"])
    return latest["card_id"]


def undoable_review(db, user_id, set_id=None):
    """The student's last rating if Undo can still take it back (the card unchanged since), else None. Studying one
    set, the last rating of that set's cards: Undo on one set's screen had taken back a rating of another set's,
    then shown that card under this set's name and counts (a new user's walk)."""
    latest = cards.last_review(db, user_id, set_id)
    if latest is None:
        return None
    card = cards.get_card(db, user_id, latest["card_id"])
    return latest if card is not None and card["version"] == latest["version_after"] else None


def record_quiz_answers(db, user_id, set_id, items, now, fuzzing=True):
    """Each graded answer of a finished quiz is a review of its question's card: right Good, wrong Again.

    Runs inside the caller's transaction (the one that finishes the attempt, once).
    """
    scheduler = make_scheduler(settings_for(db, user_id), fuzzing)
    stamp = iso(now)
    for item in items:
        if item["fraction"] is None or item["response"] is None:
            continue  # unanswered, or not auto-graded (essays)
        row = cards.ensure_card(db, user_id, item["question_id"], set_id, stamp)
        if row is None or row["suspended"]:
            continue
        rating = rating_for(item["fraction"] >= 0.999)
        outcome = review(row, rating, now, scheduler)
        cards.insert_review(db, row["id"], user_id, int(rating), stamp, None,
                            outcome.state_before, outcome.state_after, snapshot(row), "quiz", None, row["version"] + 1)
        cards.update_card(db, row["id"], row["version"], outcome.columns)


def start_set(db, user_id, set_id, now):
    """Add the set's questions to the student's cards (those not there yet); return how many were added."""
    with transaction(db):
        return cards.add_set_cards(db, user_id, set_id, iso(now))


def elapsed_ms(shown_at, now):
    """Milliseconds since the card was shown, from the form's timestamp; None if it is missing or odd."""
    try:
        shown = parse_time(shown_at)
    except (TypeError, ValueError):
        return None
    if shown is None or shown > now + timedelta(seconds=5):
        return None
    return int((now - shown).total_seconds() * 1000)
