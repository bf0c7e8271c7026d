"""The front page: what quizapp is, or the published sets for a logged-in user."""

from flask import Blueprint, render_template
from flask_login import current_user

from ..db import get_db
from ..forms import ActionForm
from ..store import question_sets

bp = Blueprint("home", __name__)


@bp.route("/")
def index():
    """Published sets with question counts, best score and a start or resume button."""
    if not current_user.is_authenticated:
        return render_template("home/welcome.html")
    sets = question_sets.list_published_sets(get_db(), current_user.id)
    return render_template("home/index.html", sets=sets, form=ActionForm())


@bp.route("/healthz")
def healthz():
    """Liveness check for load balancers and the load benchmark's baseline."""
    get_db().execute("SELECT 1").fetchone()
    return {"status": "ok"}
