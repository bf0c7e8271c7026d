"""The entity bank: names from every article processed, for distractors."""

import json

from . import iso, utcnow
from .question_sets import take_pending_entities


def bank_entries(db, limit=5000):
    """[(name, kind)], the names seen in most articles first."""
    rows = db.execute(
        "SELECT name, kind FROM entity_bank ORDER BY articles DESC, last_seen DESC LIMIT ?", (limit,)
    ).fetchall()
    return [(row["name"], row["kind"]) for row in rows]


def add_to_bank(db, entries):
    """Record the (name, kind) pairs of one more article."""
    now = iso(utcnow())
    db.executemany(
        "INSERT INTO entity_bank (name, kind, articles, last_seen) VALUES (?, ?, 1, ?)"
        " ON CONFLICT (name, kind) DO UPDATE SET articles = articles + 1, last_seen = excluded.last_seen",
        [(name, kind, now) for name, kind in set(entries)],
    )


def bank_pending(db, set_id, vouched):
    """Add a published draft's names to the bank (from its Publish button or its settings' "Published" box alike):
    those ``vouched(name)`` says its questions, as published, give as right answers, which its instructor has
    vouched for (generator.shown.vouched). Every name of the article had gone in, and a new user's walk found scraps
    of samba schools' names offered as people in another set's "Who said ...?"."""
    pending = take_pending_entities(db, set_id)
    if pending:
        add_to_bank(db, [(name, kind) for name, kind in json.loads(pending) if vouched(name)])
