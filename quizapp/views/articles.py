"""Instructors turn an article into a question set: upload or paste, review the
generated questions beside the article, edit or remove them, publish."""

import json
import secrets

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..auth import staff_required
from ..db import get_db, transaction
from ..editing import apply_edit, credit_notes, dropped_feedback, highlight, slots_for
from ..errors import QuizappError
from ..forms import ActionForm, ArticleForm, QuestionEditForm
from ..generator.pipeline import GeneratorFailed, generate_question_set, read_article
from ..generator.shown import answers_in_title, vouched
from ..store import entity_bank, question_sets
from ..uploads import article_text, looks_binary
from ..words import listed

bp = Blueprint("articles", __name__, url_prefix="/manage/articles")
# Questions the generator left out that the review page offers to add: enough to overrule its cut, few
# enough to read.
MAX_SPARES = 10


def read_upload(form):
    """(text, is_html) from the uploaded file or the pasted text."""
    upload = form.article_file.data
    if upload and upload.filename and (form.text.data or "").strip():
        # (the file had won without a word, and the pasted article was lost: a new user's find)
        raise QuizappError("You chose a file and also pasted text: give the article one way. Remove the file, or "
                           "empty the text box.")
    if upload and upload.filename:
        raw = upload.read()
        is_html = upload.filename.lower().endswith((".html", ".htm"))
        text = article_text(raw, is_html)
        if text is None and looks_binary(raw):
            raise QuizappError("The file is not a text or web page file (a PDF or a document renamed?). "
                               "Save the article from your browser as a web page, or paste its text.")
        if text is None:
            raise QuizappError("The file's characters are in no encoding quizapp can read. Save it again as UTF-8 "
                               "(or paste its text).")
        return text, is_html
    return form.text.data, form.text.data.lstrip().startswith("<")


@bp.route("/new", methods=("GET", "POST"))
@staff_required
def new():
    """Upload or paste an article; the generated set is saved as a hidden draft."""
    form = ArticleForm()
    if form.validate_on_submit():
        try:
            text, is_html = read_upload(form)
            db = get_db()
            generated = generate_question_set(
                text, is_html=is_html, title=form.title.data.strip() or None,
                max_questions=form.max_questions.data, bank=entity_bank.bank_entries(db),
                source_url=form.source_url.data.strip() or None, spares=MAX_SPARES,
            )
        except QuizappError as e:
            if isinstance(e, GeneratorFailed):
                current_app.logger.error("generation failed on an article", exc_info=e.__cause__)
            # Under the field the article came from: an uploaded file's problem is marked on the file, not the text
            # box the instructor left empty (a new user's find)
            uploaded = form.article_file.data and form.article_file.data.filename
            (form.article_file if uploaded else form.text).errors.append(str(e))
        else:
            question_set = generated.question_set
            question_set.settings["published"] = False  # a draft until the instructor publishes it
            with transaction(db):
                set_id = question_sets.insert_set(db, f"article-{secrets.token_hex(6)}", question_set,
                                                  origin="generated", owner_id=current_user.id)
                question_sets.replace_questions(db, set_id, question_set.questions)
                question_sets.set_pending_entities(db, set_id, json.dumps(generated.entities))
                question_sets.set_spare_questions(db, set_id, generated.spares)
            count = len(question_set.questions)
            flash(f"{count} question{'s' if count != 1 else ''} generated. Check {'them' if count != 1 else 'it'}, edit "
                  f"or remove any, then publish.",
                  "success")
            if form.title.data.strip():
                warn_of_answers_in_title(question_set.title, question_set.questions)
            return redirect(url_for("articles.review", set_id=set_id))
    kept = kept_upload(form) if form.errors and not form.article_file.errors else None
    return render_template("articles/new.html", form=form, kept=kept), 400 if form.errors else 200


def kept_upload(form):
    """On a form refused for another field (the number of questions), the uploaded article put in the text box, so
    the instructor need not choose the file again: the browser forgets it (WCAG 3.3.7; an accessibility audit found
    it gone, and the next try refused for having no article). Returns the file's name, or None."""
    upload = form.article_file.data
    if not (upload and upload.filename) or (form.text.data or "").strip():
        return None
    try:
        upload.seek(0)
        article = read_article(*read_upload(form))
    except QuizappError:
        return None  # (the article's own problem is told when it is generated from)
    # the story as the text box takes it: the headline, then its paragraphs
    form.text.data = "\n\n".join([*([article.title] if article.title else []), *article.paragraph_texts()])
    return upload.filename


def warn_of_answers_in_title(title, questions):
    """Flash a warning where an instructor's title prints a question's answer: said, not changed (a new user's walk
    saw one saved unwarned, though the title field's help asks for a title that gives no answer away)."""
    told = answers_in_title(title, questions)
    if told:
        number, answer = told[0]
        flash(f"The title prints the answer to question {number} (“{answer}”), and students see it above every "
              f"question; the set's settings change it.", "warning")


def load_set(set_id):
    """The set and its current questions as [(question id, question dict)]; 404 if there is no such set."""
    db = get_db()
    row = question_sets.get_set(db, set_id)
    if row is None:
        abort(404)
    return row, [(q["id"], json.loads(q["data"])) for q in question_sets.get_questions(db, set_id)]


def find_question(questions, question_id):
    """The position of question ``question_id`` in the set now, or None if it was changed or removed."""
    return next((i for i, (qid, _q) in enumerate(questions) if qid == question_id), None)


class QuestionGone(Exception):
    """The question a page was opened for has since been changed or removed (another tab?)."""


def load_question(set_id, question_id):
    """(set, [(id, question)], index of ``question_id``); QuestionGone if it is no longer current."""
    question_set, questions = load_set(set_id)
    index = find_question(questions, question_id)
    if index is None:
        raise QuestionGone(set_id)
    return question_set, questions, index


@bp.errorhandler(QuestionGone)
def question_gone(error):
    flash("That question was changed or removed in the meantime (another tab?). Here are the questions as "
          "they are now.", "error")
    return redirect(url_for("articles.review", set_id=error.args[0]))


@bp.route("/<int:set_id>")
@staff_required
def review(set_id):
    """The article with each question's source sentence marked, beside the questions."""
    question_set, questions = load_set(set_id)
    paragraphs = highlight(question_set["source_text"] or "", [q for _qid, q in questions])
    spares = [(question_sets.spare_key(q), q) for q in question_sets.get_spare_questions(get_db(), set_id)]
    # The headline above the article, where the set's title differs from it, unless the text opens with it already
    headline = question_set["source_title"]
    if not headline or headline == question_set["title"] or (question_set["source_text"] or "").lstrip().startswith(
            headline):
        headline = None
    # (a hidden set students have worked on is no draft: a new user's walk)
    taken = question_sets.has_student_work(get_db(), set_id)
    return render_template("articles/review.html", question_set=question_set, questions=questions,
                           paragraphs=paragraphs, spares=spares, headline=headline, taken=taken,
                           added=request.args.get("added", type=int), saved=request.args.get("saved", type=int),
                           removed=removed_note(request.args.get("removed", type=int), len(questions)),
                           form=ActionForm())


def removed_note(number, count):
    """Where the review page tells that question ``number`` was removed: beside the question that took its place,
    or the last (None for no removal)."""
    return {"number": number, "at": min(number, count)} if number and count else None


# Questions are addressed by their row id, not their position: a stale tab that edits
# "question 3" after another tab removed question 1 must not overwrite the wrong one.
@bp.route("/<int:set_id>/questions/<int:question_id>", methods=("GET", "POST"))
@staff_required
def edit(set_id, question_id):
    """Edit one question: its wording, answers and explanation."""
    question_set, questions, index = load_question(set_id, question_id)
    question = questions[index][1]
    form = QuestionEditForm(data={"prompt": question["prompt"], "feedback": question.get("feedback", "")})
    problems = []
    if request.method == "POST":
        # The form comes back as the instructor left it, whatever is wrong with it: an empty question or no right
        # answer had put the stored choices back and lost their edits (a new user's walk).
        edited, problems = apply_edit(question, form.prompt.data or "", form.feedback.data or "", request.form)
        valid = form.validate_on_submit()
        # the form's own (a question too long) in the summary too, which takes the focus (a new user's walk: only
        # beside the field, the focus on the page's body)
        problems += [error for field in (form.prompt, form.feedback) for error in field.errors if error not in problems]
        for problem in problems:
            if getattr(problem, "field", None) in ("prompt", "feedback") and problem not in form[problem.field].errors:
                form[problem.field].errors = [*form[problem.field].errors, problem]  # (told beside its box too)
        if valid and not problems:
            updated = [q for _qid, q in questions]
            updated[index] = edited
            save_questions(set_id, updated)
            flash(f"Question {index + 1} saved.", "success")
            dropped = dropped_feedback(question, edited)
            if dropped:
                flash("The feedback written for " + listed(f"“{text}”" for text in dropped) + " was removed, as it"
                      " was written for the other right answer; write it again in the explanation if it still holds.",
                      "warning")
            return redirect(url_for("articles.review", set_id=set_id, saved=index + 1, _anchor=f"q{index + 1}"))
        question = edited
    return render_template("articles/edit.html", question_set=question_set, question=question, number=index + 1,
                           question_id=question_id, form=form, problems=problems, notes=credit_notes(questions[index][1]),
                           slots=slots_for(question)), 400 if problems or form.errors else 200


@bp.route("/<int:set_id>/questions/<int:question_id>/remove", methods=("POST",))
@staff_required
def remove(set_id, question_id):
    """Remove one question; past attempts keep theirs (it is retired, not deleted)."""
    question_set, questions, index = load_question(set_id, question_id)
    db = get_db()
    with transaction(db):  # read and written in one transaction: another tab's change in between is kept
        rows = question_sets.get_questions(db, set_id)
        if len(rows) == 1:
            flash("A set needs at least one question; this is the last one, so it stays.", "error")
            return redirect(url_for("articles.review", set_id=set_id))
        question_sets.replace_questions(db, set_id, [json.loads(r["data"]) for r in rows if r["id"] != question_id])
        # Back among those left out, where one click adds it again: a removal by mistake is undone there (an
        # imported set's too, which had no way back: a new user's walk)
        question_sets.put_spare_back(db, set_id, questions[index][1])
        question_sets.touch(db, set_id)
    where = "the questions left out" if question_set["source_text"] else "the questions removed"
    flash(f"Question {index + 1} removed. It is listed first under {where}, should you want it back.", "success")
    # Back where the instructor was, at the question that took its place (the last, where it was the last), as Edit
    # and Add return to theirs: the page's top had cost a keyboard user some thirty tabs (a new user's walk)
    return redirect(url_for("articles.review", set_id=set_id, removed=index + 1,
                            _anchor=f"q{min(index + 1, len(rows) - 1)}"))


@bp.route("/<int:set_id>/spares/add", methods=("POST",))
@staff_required
def add_spare(set_id):
    """Add one of the questions the generator left out to the set, where its sentence stands in the article."""
    db = get_db()
    if question_sets.get_set(db, set_id) is None:
        abort(404)
    with transaction(db):  # read and written in one transaction: another tab's change in between is kept
        questions = question_sets.get_question_dicts(db, set_id)
        spare = question_sets.take_spare_question(db, set_id, request.form.get("spare", ""))
        if spare is not None:
            at = article_place(questions, spare)
            question_sets.replace_questions(db, set_id, questions[:at] + [spare] + questions[at:])
            question_sets.touch(db, set_id)
    if spare is None:
        flash("That question is no longer among those left out (added in another tab?).", "error")
        return redirect(url_for("articles.review", set_id=set_id))
    flash(f"Question {at + 1} added.", "success")
    return redirect(url_for("articles.review", set_id=set_id, added=at + 1, _anchor=f"q{at + 1}"))


def article_place(questions, question):
    """Where the question goes among the set's so that they follow the article: before the first whose source
    starts later in it; last when it or they have no source (a set read from a file)."""
    start = source_start(question)
    if start is None:
        return len(questions)
    return next((n for n, other in enumerate(questions) if (source_start(other) or -1) > start), len(questions))


def source_start(question):
    """Where the question's source starts in the article (a matching's: its first passage's); None without one."""
    source = question.get("source") or {}
    spans = source.get("spans") or [[None]]
    return source.get("start", spans[0][0])


@bp.route("/<int:set_id>/publish", methods=("POST",))
@staff_required
def publish(set_id):
    """Make the set visible to students."""
    question_set, questions = load_set(set_id)
    db = get_db()
    with transaction(db):
        question_sets.set_published(db, set_id, True)
        # the article's names join the distractor bank once vouched for
        entity_bank.bank_pending(db, set_id, vouched([question for _id, question in questions]))
    flash(f"“{question_set['title']}” is published: students can take it now.", "success")
    return redirect(url_for("manage.set_detail", set_id=set_id))


def save_questions(set_id, questions):
    db = get_db()
    with transaction(db):
        question_sets.replace_questions(db, set_id, questions)
        question_sets.touch(db, set_id)

