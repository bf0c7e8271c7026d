"""``quizapp optimize``: fit each student's FSRS parameters to their own review log.

The optimizer (fsrs's, on torch) is an optional extra, about 5 GB installed, so the
web app never needs it: ``pip install "quizapp[optimizer]"`` where it should run.
fsrs silently returns its defaults with fewer than 512 reviews of learnt cards on
a later day than the one before; we say so instead of pretending to have fitted.
"""

import sys

import click
from flask.cli import with_appcontext

from .db import get_db, transaction
from .scheduling import parse_time
from .store import cards

MIN_REVIEWS = 512
INSTALL_HINT = 'pip install "quizapp[optimizer]"  (brings torch; about 5 GB)'


def review_logs(rows):
    """fsrs ReviewLogs for our log rows."""
    from fsrs import Rating, ReviewLog

    return [ReviewLog(card_id=row["card_id"], rating=Rating(row["rating"]), review_datetime=parse_time(row["reviewed_at"]),
                      review_duration=row["duration_ms"]) for row in rows]


def usable_reviews(rows):
    """Reviews the optimizer learns from: of cards already learnt, on a later day than the card's previous review."""
    previous_day, count = {}, 0
    for row in rows:
        day = row["reviewed_at"][:10]
        if row["state_before"] == 2 and previous_day.get(row["card_id"], day) != day:
            count += 1
        previous_day[row["card_id"]] = day
    return count


@click.command("optimize")
@click.option("--user", "username", help="Only this student (default: every student with reviews).")
@with_appcontext
def optimize_command(username):
    """Fit FSRS parameters to each student's reviews (needs the optimizer extra and 512+ reviews)."""
    db = get_db()
    students = cards.users_with_reviews(db, username)
    if username and not students:
        click.echo(f"No user named {username!r}.", err=True)
        sys.exit(2)
    if not students:
        click.echo("No student has reviewed any card yet; nothing to fit.")
        return
    for student in students:
        rows = cards.user_reviews(db, student["id"])
        usable = usable_reviews(rows)
        if usable < MIN_REVIEWS:
            click.echo(f"{student['username']}: {usable} usable reviews; fitting needs at least {MIN_REVIEWS}."
                       " Keeping the default parameters.")
            continue
        from fsrs import Optimizer

        try:
            # fsrs's Optimizer class imports, but refuses to be built without torch and friends.
            fitter = Optimizer(review_logs(rows))
        except ImportError:
            click.echo(f"The FSRS optimizer is not installed. Install it with: {INSTALL_HINT}", err=True)
            sys.exit(2)
        parameters = fitter.compute_optimal_parameters()
        with transaction(db):
            cards.save_parameters(db, student["id"], parameters)
        click.echo(f"{student['username']}: fitted {len(parameters)} parameters to {usable} reviews; saved.")
