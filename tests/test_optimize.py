"""``quizapp optimize``: fits FSRS parameters when it can, and says clearly when it cannot."""

import json
from datetime import UTC, datetime, timedelta

import fsrs
import pytest

from quizapp.db import get_db, transaction
from quizapp.scheduling import DEFAULT_SETTINGS, make_scheduler
from quizapp.store import cards
from tests.conftest import set_id


def add_reviews(app, count, username="student"):
    """``count`` reviews of learnt cards, each on a later day than the one before."""
    sid = set_id(app)  # before the transaction: leaving a nested app context rolls back an open one
    with app.app_context():
        db = get_db()
        with transaction(db):
            user = db.execute("SELECT id FROM user WHERE username = ?", (username,)).fetchone()[0]
            cards.add_set_cards(db, user, sid, "2026-01-01T00:00:00+00:00")
            card_id = db.execute("SELECT id FROM card WHERE user_id = ? LIMIT 1", (user,)).fetchone()[0]
            start = datetime(2024, 1, 1, tzinfo=UTC)
            for n in range(count + 1):
                db.execute("INSERT INTO review_log (card_id, user_id, rating, reviewed_at, duration_ms, state_before,"
                           " state_after, card_before) VALUES (?, ?, 3, ?, 5000, 2, 2, '{}')",
                           (card_id, user, (start + timedelta(days=n)).isoformat(timespec="seconds")))


def test_nothing_to_fit_without_reviews(runner):
    result = runner.invoke(args=["optimize"])
    assert result.exit_code == 0
    assert "No student has reviewed any card yet" in result.output


def test_an_unknown_user_is_an_error(runner):
    result = runner.invoke(args=["optimize", "--user", "nobody"])
    assert result.exit_code == 2
    assert "No user named 'nobody'" in result.output


def test_too_few_reviews_keeps_the_defaults_and_says_so(runner, app):
    add_reviews(app, 100)
    result = runner.invoke(args=["optimize", "--user", "student"])
    assert result.exit_code == 0
    assert "student: 100 usable reviews; fitting needs at least 512. Keeping the default parameters." in result.output


def test_without_the_optimizer_extra_it_names_the_install_command(runner, app):
    pytest.importorskip("fsrs")
    try:
        import torch  # noqa: F401
        pytest.skip("the optimizer extra is installed here")
    except ImportError:
        pass
    add_reviews(app, 600)
    result = runner.invoke(args=["optimize"])
    assert result.exit_code == 2
    assert 'pip install "quizapp[optimizer]"' in result.output


def test_fitted_parameters_are_saved_and_used(runner, app, monkeypatch):
    fitted = [round(w * 1.01, 4) for w in fsrs.scheduler.DEFAULT_PARAMETERS]

    class FakeOptimizer:
        """Stands in for fsrs's torch optimizer: checks what it is given, returns fixed weights."""

        def __init__(self, review_logs):
            assert len(review_logs) == 601 and all(isinstance(log, fsrs.ReviewLog) for log in review_logs)

        def compute_optimal_parameters(self):
            return fitted

    monkeypatch.setattr(fsrs, "Optimizer", FakeOptimizer, raising=False)
    add_reviews(app, 600)
    result = runner.invoke(args=["optimize", "--user", "student"])
    assert result.exit_code == 0, result.output
    assert "student: fitted 21 parameters to 600 reviews; saved." in result.output
    with app.app_context():
        user = get_db().execute("SELECT id FROM user WHERE username = 'student'").fetchone()[0]
        settings = cards.get_settings(get_db(), user, DEFAULT_SETTINGS)
    assert json.loads(settings["parameters"]) == fitted
    assert list(make_scheduler(settings).parameters) == fitted
