"""Instructor pages: every set with its class results and quiz settings; admins also manage roles."""


from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user

from ..auth import role_required, staff_required
from ..db import get_db, transaction
from ..forms import DeleteSetForm, RoleForm, SetSettingsForm
from ..generator.shown import vouched
from ..store import attempts, entity_bank, question_sets, users
from .articles import warn_of_answers_in_title
from .imports import export_options

bp = Blueprint("manage", __name__, url_prefix="/manage")


def get_set_or_404(set_id):
    row = question_sets.get_set(get_db(), set_id)
    if row is None:
        abort(404)
    return row


@bp.route("/")
@staff_required
def index():
    """All sets, published or not, with attempt counts and class average."""
    return render_template("manage/index.html", sets=question_sets.list_all_sets(get_db()))


@bp.route("/sets/<int:set_id>", methods=("GET", "POST"))
@staff_required
def set_detail(set_id):
    """A set's settings form and every finished attempt on it."""
    db = get_db()
    question_set = get_set_or_404(set_id)
    form = settings_form(question_set)
    if form.validate_on_submit():
        with transaction(db):
            question_sets.rename_set(db, set_id, form.title.data.strip(),
                                     form.description.data.strip())
            question_sets.update_settings(
                db, set_id, form.feedback_mode.data, form.allow_typos.data,
                form.shuffle_questions.data, form.shuffle_choices.data, form.published.data,
            )
            questions = question_sets.get_question_dicts(db, set_id)
            if form.published.data:
                # (published from here, as from the review page's button: a new user's walk found its names left out)
                entity_bank.bank_pending(db, set_id, vouched(questions))
        flash("Settings saved. Attempts already running keep the settings they started with.", "success")
        warn_of_answers_in_title(form.title.data, questions)
        return redirect(url_for("manage.set_detail", set_id=set_id))
    return set_page(question_set, form, DeleteSetForm())


def set_page(question_set, form, delete_form):
    """The set's page with its two forms as given, a 400 where either was refused (as the other forms answer)."""
    db, set_id = get_db(), question_set["id"]
    return render_template(
        "manage/set.html", question_set=question_set, form=form, delete_form=delete_form,
        questions=question_sets.get_questions(db, set_id),
        attempts=attempts.list_set_attempts(db, set_id), results=attempts.question_results(db, set_id),
        export_options=export_options(db, question_set),
    ), 400 if form.errors or delete_form.errors else 200


def settings_form(question_set, posted=True):
    """The settings form filled with the set's own settings (or, ``posted``, with what the request posted: not where
    another form was posted, whose missing boxes would read as unticked)."""
    return SetSettingsForm(**({} if posted else {"formdata": None}), data={
        "title": question_set["title"],
        "description": question_set["description"] or "",
        "feedback_mode": question_set["feedback_mode"],
        "allow_typos": bool(question_set["allow_typos"]),
        "shuffle_questions": bool(question_set["shuffle_questions"]),
        "shuffle_choices": bool(question_set["shuffle_choices"]),
        "published": bool(question_set["published"]),
    })


@bp.route("/sets/<int:set_id>/delete", methods=("POST",))
@staff_required
def delete_set(set_id):
    """Delete a set no student has worked on (a draft, a copy made by mistake); one with students' attempts or
    flashcards is hidden instead, so their results stay."""
    db = get_db()
    question_set = get_set_or_404(set_id)
    form = DeleteSetForm()
    if not form.validate_on_submit():
        if form.confirm.errors:
            # (told beside the box, which takes the focus, not in a message at the page's top: an accessibility audit)
            # (the settings as stored: filled from the delete form's post, every box had read as unticked, for a
            # save to unpublish the set: a review)
            return set_page(question_set, settings_form(question_set, posted=False), form)
        flash("The form had expired: try again.", "error")
        return redirect(url_for("manage.set_detail", set_id=set_id, _anchor="delete"))
    with transaction(db):  # counted and deleted under one lock: a student starting it in between keeps it
        attempts_made, cards_held = question_sets.students_work(db, set_id)
        if not attempts_made and not cards_held:
            question_sets.delete_set(db, set_id)
    if attempts_made or cards_held:
        flash(f"Students have {attempts_made} attempt(s) and {cards_held} flashcard(s) of “{question_set['title']}”, "
              "so it stays: untick Published to hide it from them (their results and cards stay).", "error")
        return redirect(url_for("manage.set_detail", set_id=set_id, _anchor="delete"))
    flash(f"“{question_set['title']}” deleted.", "success")
    return redirect(url_for("manage.index"))


@bp.route("/users", methods=("GET",))
@role_required("admin")
def user_list():
    """Every account with a form to change its role."""
    return render_template("manage/users.html", users=users.list_users(get_db()), form=RoleForm())


@bp.route("/users/<int:user_id>/role", methods=("POST",))
@role_required("admin")
def change_role(user_id):
    """Give a user another role; admins cannot demote themselves (someone must stay admin)."""
    db = get_db()
    form = RoleForm()
    user = users.get_user(db, user_id)
    if user is None:
        abort(404)
    if not form.validate_on_submit():
        flash("Choose one of the roles listed.", "error")
    elif user_id == current_user.id and form.role.data != "admin":
        flash("You cannot remove your own admin role; ask another admin.", "error")
    else:
        try:
            with transaction(db):
                # Checked again inside the write lock: two admins demoting each other at once had both been let
                # through, leaving no admin (a new user's walk); and an admin demoted meanwhile acts no more.
                acting = users.get_user(db, current_user.id)
                if acting is None or acting["role"] != "admin":
                    raise RoleRefused("Your admin role was removed in the meantime; ask an admin.")
                users.set_role(db, user_id, form.role.data)
                if users.count_admins(db) == 0:
                    raise RoleRefused(f"{user['username']} is the last admin; make someone else admin first.")
        except RoleRefused as refused:
            flash(str(refused), "error")
        else:
            flash(f"{user['username']} is now {form.role.data}.", "success")
    return redirect(url_for("manage.user_list"))


class RoleRefused(Exception):
    """A role change that would leave the app without an admin, or asked by someone no longer admin."""
