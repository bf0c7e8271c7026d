"""My results: a student's attempts and best score per set."""

from flask import Blueprint, render_template
from flask_login import current_user

from ..auth import login_required
from ..db import get_db
from ..store import attempts

bp = Blueprint("results", __name__, url_prefix="/results")


@bp.route("/")
@login_required
def index():
    """Every attempt of the logged-in user (never anyone else's), newest first."""
    db = get_db()
    return render_template(
        "results/index.html",
        attempts=attempts.list_user_attempts(db, current_user.id),
        best=attempts.best_scores(db, current_user.id),
    )
