"""Flashcard review cost as the database grows: fetching the next due card and recording a review.

Builds two databases with the app's own schema (migrations), then times, for random
students, ``study.next_card`` (daily counts, the queue queries, per-set counts) and
``study.record_review`` (one BEGIN IMMEDIATE transaction: read, schedule with fsrs,
log, update), --ops times each; prints medians and p95 for each size and the ratio
large/small, measured in the same run (this machine is shared and noisy).

- small: 100 students, 10,000 review-log rows;
- large: 10,000 students, 1,000,000 review-log rows.

Each student has --cards cards (new, learning and review, due dates spread over
two months) and an equal share of the log.

    .venv/bin/python bench/review_queue.py [--ops 400] [--cards 50]
"""

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp import create_app  # noqa: E402
from quizapp.db import close_thread_connections, get_db, transaction  # noqa: E402
from quizapp.scheduling import DEFAULT_SETTINGS, iso  # noqa: E402
from quizapp.study import next_card, record_review  # noqa: E402

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
SIZES = (("small", 100, 10_000), ("large", 10_000, 1_000_000))


def build(db, students, log_rows, cards_per_student, rng):
    """Users, one set of questions, every student's cards and their review log, in one transaction."""
    with transaction(db):
        db.execute("INSERT INTO question_set (id, slug, title, feedback_mode, allow_typos, shuffle_questions,"
                   " shuffle_choices, published, created_at, updated_at)"
                   " VALUES (1, 'bench', 'Bench', 'immediate', 0, 0, 1, 1, ?, ?)", (iso(NOW), iso(NOW)))
        db.executemany(
            "INSERT INTO question (id, set_id, position, type, prompt, points, data) VALUES (?, 1, ?, 'true_false', ?, 1, ?)",
            ((n + 1, n, f"Statement {n}", json.dumps({"type": "true_false", "prompt": f"Statement {n}", "answer": True}))
             for n in range(cards_per_student)))
        db.executemany("INSERT INTO user (id, username, password_hash, role, session_token, created_at)"
                       " VALUES (?, ?, 'x', 'student', ?, ?)",
                       ((u, f"student{u}", f"token{u}", iso(NOW)) for u in range(1, students + 1)))
        db.executemany(
            "INSERT INTO card (id, user_id, question_id, set_id, state, step, stability, difficulty, due, last_review,"
            " reps, created_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
            (card_row(u, q, cards_per_student, rng) for u in range(1, students + 1) for q in range(1, cards_per_student + 1)))
        per_student = log_rows // students
        db.executemany(
            "INSERT INTO review_log (card_id, user_id, rating, reviewed_at, duration_ms, state_before, state_after,"
            " card_before) VALUES (?, ?, ?, ?, ?, 2, 2, '{}')",
            (((u - 1) * cards_per_student + rng.randint(1, cards_per_student), u, rng.choice((1, 3, 3, 3, 4)),
              iso(NOW - timedelta(days=rng.uniform(0, 365))), rng.randint(2000, 20000))
             for u in range(1, students + 1) for _ in range(per_student)))
    db.execute("ANALYZE")


def card_row(user, question, per_student, rng):
    """A card in a realistic mix: a fifth new, a tenth learning, the rest in review with spread due dates."""
    card_id = (user - 1) * per_student + question
    kind = rng.random()
    if kind < 0.2:
        return card_id, user, question, 1, 0, None, None, iso(NOW), None, 0, iso(NOW)
    last = NOW - timedelta(days=rng.uniform(1, 60))
    if kind < 0.3:
        return card_id, user, question, 1, 1, 2.3, 5.0, iso(NOW + timedelta(minutes=rng.uniform(-30, 30))), iso(last), 2, iso(NOW)
    due = NOW + timedelta(days=rng.uniform(-5, 60))
    return card_id, user, question, 2, None, rng.uniform(2, 90), rng.uniform(1, 10), iso(due), iso(last), 5, iso(NOW)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(db, students, ops, rng):
    """(next-card times, record-review times) in ms for ``ops`` random students."""
    fetch, record = [], []
    settings = dict(DEFAULT_SETTINGS)
    for n in range(ops):
        user = rng.randint(1, students)
        start = time.perf_counter()
        queue = next_card(db, user, settings, NOW)
        fetch.append((time.perf_counter() - start) * 1000)
        if queue.card is None:
            continue
        start = time.perf_counter()
        result = record_review(db, user, queue.card["id"], rng.choice((1, 3, 3, 4)), NOW, queue.card["version"],
                               f"bench-{n}-{user}", 4000, fuzzing=False)
        record.append((time.perf_counter() - start) * 1000)
        assert result.status == "recorded", result
    return fetch, record


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=400)
    parser.add_argument("--cards", type=int, default=50, help="cards per student")
    args = parser.parse_args()
    results = {}
    for name, students, log_rows in SIZES:
        rng = random.Random(7)
        with tempfile.TemporaryDirectory() as folder:
            app = create_app({"DATABASE": str(Path(folder) / "bench.sqlite"), "SECRET_KEY": "bench"})
            with app.app_context():
                db = get_db()
                started = time.perf_counter()
                build(db, students, log_rows, args.cards, rng)
                built = time.perf_counter() - started
                size_mb = sum(p.stat().st_size for p in Path(folder).glob("bench.sqlite*")) / 1e6
                fetch, record = measure(db, students, args.ops, rng)
            close_thread_connections()
        results[name] = (statistics.median(fetch), statistics.median(record))
        print(f"{name}: {students:,} students, {students * args.cards:,} cards, {log_rows:,} review-log rows"
              f" ({size_mb:.0f} MB, built in {built:.1f} s)")
        print(f"  next due card   median {statistics.median(fetch):6.2f} ms   p95 {percentile(fetch, 0.95):6.2f} ms"
              f"   ({len(fetch)} fetches)")
        print(f"  record a review median {statistics.median(record):6.2f} ms   p95 {percentile(record, 0.95):6.2f} ms"
              f"   ({len(record)} reviews)")
    small, large = results["small"], results["large"]
    print(f"large/small: next due card {large[0] / small[0]:.2f}x, record a review {large[1] / small[1]:.2f}x"
          " (100x the students and the log)")


if __name__ == "__main__":
    main()
