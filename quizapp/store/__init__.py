"""Every SQL statement quizapp runs, in named functions that take a connection.

One module per table group: ``users``, ``question_sets``, ``attempts``. They
never import Flask; callers open transactions with ``db.transaction``.
"""

from datetime import UTC, datetime


def utcnow():
    """The current time in UTC, the only zone stored."""
    return datetime.now(UTC)


def iso(moment):
    """A datetime as stored: ISO 8601 in UTC, to the second."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")
