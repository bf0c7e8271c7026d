"""Flashcard scheduling with FSRS (the ``fsrs`` package). Pure functions: no Flask, no SQL.

Every interval comes from fsrs; this module only translates between our card
rows and fsrs's ``Card``, adds what fsrs leaves to the app (new cards, lapses and
leeches, the study day, interval labels), and never mutates its inputs.
fsrs demands timezone-aware UTC datetimes; all of ours are.
"""

import json
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from fsrs import Card, Rating, Scheduler, State

LEARNING_STEPS = (timedelta(minutes=1), timedelta(minutes=10))
RELEARNING_STEPS = (timedelta(minutes=10),)
# Anki's defaults: the study day turns over at 4 a.m., so a late evening counts as the same day.
DAY_STARTS_AT = time(4)
# Learning cards may come back this much early rather than leave the student waiting.
LEARN_AHEAD = timedelta(minutes=20)
# A card forgotten this many times after it was learnt is a leech: flagged and suspended.
LEECH_LAPSES = 8
NEW = 0  # our state for a card never reviewed (fsrs has no "new": it is Learning, step 0)
STATE_NAMES = {NEW: "new", State.Learning: "learning", State.Review: "review", State.Relearning: "relearning"}
DEFAULT_SETTINGS = {
    "desired_retention": 0.9, "new_per_day": 20, "reviews_per_day": 200, "time_zone": "UTC",
    "shortcuts": True, "parameters": None,
}
# The card columns an undo restores, all of them ours to change.
CARD_FIELDS = ("state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses", "suspended", "leech")


def now_utc():
    """The current time as fsrs wants it: timezone-aware UTC. Stored times are cut to the second by ``iso``."""
    return datetime.now(UTC)


def parse_time(value):
    return datetime.fromisoformat(value).astimezone(UTC) if value else None


def iso(moment):
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment else None


def make_scheduler(settings, fuzzing=True):
    """An fsrs Scheduler for a student's settings (their fitted parameters, if any)."""
    options = {
        "desired_retention": settings["desired_retention"],
        "learning_steps": LEARNING_STEPS,
        "relearning_steps": RELEARNING_STEPS,
        "enable_fuzzing": fuzzing,
    }
    if settings.get("parameters"):
        options["parameters"] = tuple(json.loads(settings["parameters"]))
    return Scheduler(**options)


def to_fsrs(row):
    """The fsrs Card for a card row."""
    return Card(
        card_id=row["id"], state=State(row["state"]), step=row["step"], stability=row["stability"],
        difficulty=row["difficulty"], due=parse_time(row["due"]), last_review=parse_time(row["last_review"]),
    )


def state_of(row):
    """NEW for a card never reviewed, else its fsrs state."""
    return NEW if row["last_review"] is None else row["state"]


def snapshot(row):
    """The card's changeable columns as JSON: enough to undo a review exactly."""
    return json.dumps({field: row[field] for field in CARD_FIELDS}, sort_keys=True)


@dataclass(frozen=True)
class Outcome:
    """What one review does: the card's new columns and the log entry's facts."""

    columns: dict
    state_before: int
    state_after: int
    became_leech: bool


def review(row, rating, now, scheduler):
    """Rate the card in ``row`` at ``now``; return the Outcome (``row`` is not changed)."""
    card, _log = scheduler.review_card(to_fsrs(row), Rating(rating), review_datetime=now)
    if rating > Rating.Hard and card.state == State.Review:
        plain = without_fuzz(scheduler)
        below = {r: plain.review_card(to_fsrs(row), r, review_datetime=now)[0] for r in range(Rating.Hard, rating + 1)}
        floor = floors_apart(below).get(Rating(rating))
        if floor is not None and card.due < floor:
            card.due = floor
    lapsed = rating == Rating.Again and state_of(row) == State.Review
    lapses = row["lapses"] + lapsed
    became_leech = lapsed and lapses >= LEECH_LAPSES and not row["leech"]
    columns = {
        "state": int(card.state), "step": card.step, "stability": card.stability, "difficulty": card.difficulty,
        "due": iso(card.due), "last_review": iso(card.last_review), "reps": row["reps"] + 1, "lapses": lapses,
        "leech": int(row["leech"] or became_leech), "suspended": int(row["suspended"] or became_leech),
    }
    return Outcome(columns, state_of(row), int(card.state), became_leech)


def preview(row, now, settings):
    """For each rating, how long until the card would be due again: what the buttons show.

    Without fuzz, as Anki labels its buttons: the real review may land a day or two either side.
    """
    scheduler = make_scheduler(settings, fuzzing=False)
    card = to_fsrs(row)
    after = {rating: scheduler.review_card(card, rating, review_datetime=now)[0] for rating in Rating}
    floors = floors_apart(after)
    return {rating: max(after[rating].due, floors.get(rating, after[rating].due)) - now for rating in Rating}


def floors_apart(after):
    """{rating: earliest due} for Good and Easy where they and the passing rating below make the card a review: a
    day past that rating's due, as Anki keeps its buttons apart. Past a forgotten step fsrs put Good and Easy both a
    day away, and Easy meant nothing (a new user's walk). ``after``: {rating: the card fsrs makes of it, unfuzzed},
    from Hard up. A fuzzed due is moved only where it falls below its floor; fuzz spreads it either side otherwise."""
    floors, last = {}, None
    for rating in (Rating.Hard, Rating.Good, Rating.Easy):
        card = after.get(rating)
        if card is None:
            break
        if card.state != State.Review:
            last = None  # (a step in minutes is no review: the rating above it starts afresh)
            continue
        if last is not None:
            floors[rating] = last + timedelta(days=1)
        last = max(card.due, floors.get(rating, card.due))
    return floors


def without_fuzz(scheduler):
    """The same scheduler, its due dates unspread (every other setting as fsrs itself lists it, so none is lost)."""
    if not scheduler.enable_fuzzing:
        return scheduler
    return Scheduler.from_dict({**scheduler.to_dict(), "enable_fuzzing": False})


def format_interval(delta):
    """'<1m', '10m', '5h', '3d', '2.5mo', '1.2y': as Anki labels its buttons."""
    seconds = delta.total_seconds()
    if seconds < 60:
        return "<1m"
    if seconds < 3600:
        return f"{round(seconds / 60)}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}".rstrip("0").rstrip(".") + "mo"
    return f"{days / 365:.1f}".rstrip("0").rstrip(".") + "y"


def interval_words(delta):
    """The interval in words for screen readers: "1 minute", "3 days", "2.5 months"."""
    label = format_interval(delta)
    if label == "<1m":
        return "less than a minute"
    number, unit = label[:-2] if label.endswith("mo") else label[:-1], label[-2:] if label.endswith("mo") else label[-1]
    word = {"m": "minute", "h": "hour", "d": "day", "mo": "month", "y": "year"}[unit]
    return f"{number} {word}{'' if number == '1' else 's'}"


def zone(name):
    """The student's time zone, or UTC when the name is unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def time_zones():
    """The time zones a student can pick: UTC and the Area/City names (not aliases like "localtime" or "Etc/GMT+3")."""
    names = {name for name in available_timezones()
             if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix", "right/"))}
    return ["UTC", *sorted(names)]


def study_day(now, time_zone):
    """(start, end) in UTC of the study day containing ``now``: 4 a.m. to 4 a.m. in the student's zone."""
    local = now.astimezone(zone(time_zone))
    start_date = local.date() if local.time() >= DAY_STARTS_AT else local.date() - timedelta(days=1)
    start = datetime.combine(start_date, DAY_STARTS_AT, tzinfo=local.tzinfo)
    # Adding a day in local time keeps 4 a.m. across a daylight-saving change (the day is 23 or 25 hours).
    end = datetime.combine(start_date + timedelta(days=1), DAY_STARTS_AT, tzinfo=local.tzinfo)
    return start.astimezone(UTC), end.astimezone(UTC)


def rating_for(correct):
    """An answer checked by the app rates itself: right is Good, wrong is Again (pass/fail costs FSRS little)."""
    return Rating.Good if correct else Rating.Again
