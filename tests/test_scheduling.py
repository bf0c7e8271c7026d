"""Scheduling against fsrs itself: a simulated month, the study day across time zones, leeches, undo, labels.

Fixed clock, fuzzing off: every figure must be exactly what fsrs computes.
"""

import json
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Card, Rating, Scheduler, State

from quizapp.db import get_db, transaction
from quizapp.scheduling import (
    DEFAULT_SETTINGS,
    LEARNING_STEPS,
    LEECH_LAPSES,
    RELEARNING_STEPS,
    format_interval,
    iso,
    make_scheduler,
    preview,
    review,
    study_day,
)
from quizapp.store import cards
from quizapp.study import next_card, record_review, start_set, undo
from tests.conftest import set_id

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def user_id(name="student"):
    return get_db().execute("SELECT id FROM user WHERE username = ?", (name,)).fetchone()[0]


def rating_on(card_id, day, reps):
    """A fixed, varied pattern of answers: mostly Good, some Again, Hard and Easy."""
    code = (card_id * 7 + day * 3 + reps) % 10
    return Rating.Again if code == 0 else Rating.Hard if code == 1 else Rating.Easy if code == 9 else Rating.Good


def apart_from_the_rating_below(reference, before, rating, now, after):
    """The due date fsrs gives, kept at least a day past the lower passing ratings' where all are reviews (Hard, Good,
    Easy a day apart at least, as Anki keeps them)."""
    due = after.due
    if after.state == State.Review and rating > Rating.Hard:
        lower = [reference.review_card(before, Rating(r), review_datetime=now)[0] for r in range(Rating.Hard, rating)]
        chain = None
        for card in lower:
            chain = None if card.state != State.Review else max(card.due, chain or card.due) + timedelta(days=1)
        if chain is not None:
            due = max(due, chain)
    return due


def test_a_simulated_month_follows_fsrs_exactly(app):
    """Study every day for 30 days; the cards the app serves, and their schedules, are the ones fsrs predicts (their
    due dates kept a day apart from the rating below's, as Anki keeps them)."""
    reference = Scheduler(learning_steps=LEARNING_STEPS, relearning_steps=RELEARNING_STEPS, enable_fuzzing=False)
    with app.app_context():
        db = get_db()
        student = user_id()
        settings = dict(DEFAULT_SETTINGS, new_per_day=3)
        with transaction(db):
            cards.save_settings(db, student, 0.9, 3, 200, "UTC", True)
        start_set(db, student, set_id(app), START)
        ids = [row["id"] for row in db.execute("SELECT id FROM card WHERE user_id = ? ORDER BY id", (student,))]
        expected = {card_id: Card(card_id=card_id, due=START) for card_id in ids}
        reps = dict.fromkeys(ids, 0)
        introduced = []
        for day in range(30):
            now = START + timedelta(days=day)
            day_end = study_day(now, "UTC")[1]
            predicted_reviews = {i for i, c in expected.items()
                                 if c.state == State.Review and c.last_review is not None and c.due < day_end}
            served_reviews = set()
            while (queue := next_card(db, student, settings, now)).card is not None:
                row = queue.card
                card_id = row["id"]
                if row["last_review"] is None:
                    introduced.append((day, card_id))
                elif row["state"] == State.Review:
                    served_reviews.add(card_id)
                rating = rating_on(card_id, day, reps[card_id])
                result = record_review(db, student, card_id, rating, now, row["version"], f"r{day}-{card_id}-{reps[card_id]}",
                                       fuzzing=False)
                assert result.status == "recorded"
                before = expected[card_id]
                expected[card_id], _ = reference.review_card(before, rating, review_datetime=now)
                expected[card_id].due = apart_from_the_rating_below(reference, before, rating, now, expected[card_id])
                reps[card_id] += 1
                now = max(now + timedelta(minutes=1), min(now + timedelta(minutes=30), expected[card_id].due))
                stored = cards.get_card(db, student, card_id)
                assert stored["due"] == iso(expected[card_id].due)
                assert stored["state"] == expected[card_id].state
                assert stored["stability"] == pytest.approx(expected[card_id].stability)
                assert stored["difficulty"] == pytest.approx(expected[card_id].difficulty)
            assert served_reviews == predicted_reviews, f"day {day}"
        # Three new cards a day, in question order, until there are none left.
        assert [card_id for _, card_id in introduced] == ids
        assert [day for day, _ in introduced] == [n // 3 for n in range(len(ids))]
        # Every card can be rebuilt from its log alone.
        for card_id in ids:
            logs = cards.card_reviews(db, card_id)
            rebuilt = Card(card_id=card_id, due=START)
            for log in logs:
                moment, rating = datetime.fromisoformat(log["reviewed_at"]), Rating(log["rating"])
                before = rebuilt
                rebuilt, _ = reference.review_card(before, rating, review_datetime=moment)
                rebuilt.due = apart_from_the_rating_below(reference, before, rating, moment, rebuilt)
            assert iso(rebuilt.due) == cards.get_card(db, student, card_id)["due"]


@pytest.mark.parametrize(("zone", "local_start_utc"), [
    ("UTC", datetime(2026, 3, 2, 4, 0, tzinfo=UTC)),
    ("America/Los_Angeles", datetime(2026, 3, 2, 12, 0, tzinfo=UTC)),   # PST, UTC-8
    ("Pacific/Auckland", datetime(2026, 3, 1, 15, 0, tzinfo=UTC)),      # NZDT, UTC+13
    ("Asia/Kolkata", datetime(2026, 3, 1, 22, 30, tzinfo=UTC)),         # UTC+5:30
])
def test_the_study_day_starts_at_4am_in_the_students_zone(zone, local_start_utc):
    start, end = study_day(local_start_utc, zone)
    assert start == local_start_utc and end - start == timedelta(days=1)
    just_before, _ = study_day(local_start_utc - timedelta(seconds=1), zone)
    assert just_before == local_start_utc - timedelta(days=1)


def test_a_daylight_saving_day_is_23_hours_and_still_starts_at_4am():
    # Clocks go forward at 2 a.m. on 8 March 2026 in New York: the study day from 4 a.m. EST on the 7th
    # to 4 a.m. EDT on the 8th lasts 23 hours.
    start, end = study_day(datetime(2026, 3, 8, 5, 0, tzinfo=UTC), "America/New_York")
    assert (start, end) == (datetime(2026, 3, 7, 9, 0, tzinfo=UTC), datetime(2026, 3, 8, 8, 0, tzinfo=UTC))


def test_an_unknown_zone_falls_back_to_utc():
    assert study_day(START, "Mars/Olympus")[0] == datetime(2026, 3, 2, 4, 0, tzinfo=UTC)


def new_row(card_id=1):
    return {"id": card_id, "state": 1, "step": 0, "stability": None, "difficulty": None, "due": iso(START),
            "last_review": None, "reps": 0, "lapses": 0, "suspended": 0, "leech": 0}


def test_a_card_forgotten_eight_times_becomes_a_suspended_leech():
    scheduler = make_scheduler(DEFAULT_SETTINGS, fuzzing=False)
    row, now, leech_at = new_row(), START, None
    for lapse in range(1, LEECH_LAPSES + 1):
        for rating in (Rating.Good, Rating.Good):  # learn it (or relearn it) back into review
            outcome = review(row, rating, now, scheduler)
            row = {**row, **outcome.columns}
            now = datetime.fromisoformat(row["due"])
        outcome = review(row, Rating.Again, now, scheduler)
        row = {**row, **outcome.columns}
        now = datetime.fromisoformat(row["due"])
        assert row["lapses"] == lapse
        if outcome.became_leech:
            leech_at = lapse
    assert leech_at == LEECH_LAPSES and row["leech"] == 1 and row["suspended"] == 1


def test_preview_leaves_the_card_alone_and_matches_the_review():
    scheduler = make_scheduler(DEFAULT_SETTINGS, fuzzing=False)
    row = new_row()
    intervals = preview(row, START, DEFAULT_SETTINGS)
    assert row == new_row()
    for rating in Rating:
        assert datetime.fromisoformat(review(row, rating, START, scheduler).columns["due"]) - START == intervals[rating]


@pytest.mark.parametrize(("delta", "label"), [
    (timedelta(seconds=30), "<1m"), (timedelta(minutes=10), "10m"), (timedelta(hours=5), "5h"),
    (timedelta(days=3), "3d"), (timedelta(days=75), "2.5mo"), (timedelta(days=400), "1.1y"),
])
def test_interval_labels(delta, label):
    assert format_interval(delta) == label


def test_undo_only_takes_back_the_students_own_last_review(app):
    with app.app_context():
        db = get_db()
        student, other = user_id(), user_id("other")
        start_set(db, student, set_id(app), START)
        first = db.execute("SELECT * FROM card WHERE user_id = ? ORDER BY id LIMIT 1", (student,)).fetchone()
        result = record_review(db, student, first["id"], Rating.Good, START, first["version"], "req-000001", fuzzing=False)
        assert undo(db, other, result.review_id) is None
        assert undo(db, student, result.review_id + 1) is None
        assert undo(db, student, result.review_id) == first["id"]
        restored = db.execute("SELECT * FROM card WHERE id = ?", (first["id"],)).fetchone()
        assert json.loads(json.dumps(dict(restored) | {"version": 0})) == dict(first) | {"version": 0}
        assert undo(db, student, result.review_id) is None  # undone already


def test_the_daily_review_limit_holds_and_resets_with_the_study_day(app):
    """Five review cards due; a limit of two a day serves two today and two more after 4 a.m. local time."""
    with app.app_context():
        db = get_db()
        student = user_id()
        settings = dict(DEFAULT_SETTINGS, reviews_per_day=2, new_per_day=0, time_zone="Pacific/Auckland")
        start_set(db, student, set_id(app), START)
        with transaction(db):
            db.execute("UPDATE card SET state = 2, step = NULL, stability = 5, difficulty = 5, last_review = ?,"
                       " due = ? WHERE user_id = ?", (iso(START - timedelta(days=5)), iso(START), student))
        now = START  # 23:00 in Auckland: the study day runs to 4 a.m. tomorrow local time
        served = []
        while (queue := next_card(db, student, settings, now)).card is not None:
            row = queue.card
            record_review(db, student, row["id"], Rating.Good, now, row["version"], f"lim-{row['id']}", fuzzing=False)
            served.append(row["id"])
        assert len(served) == 2
        assert next_card(db, student, settings, START + timedelta(hours=4, minutes=59)).card is None  # 03:59 local
        tomorrow = START + timedelta(hours=5)  # 04:00 local: a new study day
        assert next_card(db, student, settings, tomorrow).review == 2


def test_easy_is_a_day_past_good_where_both_make_a_review():
    # A new user's walk: past a lapse the buttons read "Good · 1d, Easy · 1d" (and a card reviewed early "Hard · 1d,
    # Good · 1d, Easy · 1d"): Easy meant nothing. As in Anki, each passing rating that makes a review is a day past
    # the one below, on the buttons and in the due date recorded.
    from quizapp.scheduling import make_scheduler, preview, review

    now = START
    settings = dict(DEFAULT_SETTINGS)
    scheduler = make_scheduler(settings, fuzzing=False)
    card = Card(card_id=1, due=now)
    for rating in (Rating.Again, Rating.Good):  # a new card: forgotten, then recalled at its next step
        card, _ = scheduler.review_card(card, rating, review_datetime=now)
        now = card.due
    assert scheduler.review_card(card, Rating.Good, now)[0].due == scheduler.review_card(card, Rating.Easy, now)[0].due
    row = {"id": 1, "state": int(card.state), "step": card.step, "stability": card.stability,
           "difficulty": card.difficulty, "due": iso(card.due), "last_review": iso(card.last_review), "reps": 3,
           "lapses": 1, "leech": 0, "suspended": 0}
    shown = preview(row, now, settings)
    assert shown[Rating.Easy] >= shown[Rating.Good] + timedelta(days=1), shown
    recorded = review(row, Rating.Easy, now, make_scheduler(settings, fuzzing=True))
    assert datetime.fromisoformat(recorded.columns["due"]) >= now + shown[Rating.Good] + timedelta(days=1)

