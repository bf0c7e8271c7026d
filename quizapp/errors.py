"""Errors a user can cause, and the pages that explain them."""

from flask import render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import Forbidden, HTTPException


class QuizappError(Exception):
    """Base for errors a user can cause; ``status`` picks the HTTP code."""

    status = 400


class QuestionFileError(QuizappError):
    """A question file is invalid; ``problems`` lists every "FILE: where: what" found."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


TITLES = {
    400: "That request could not be handled",
    403: "You can't open this page",
    404: "Page not found",
    405: "That action isn't allowed here",
    413: "That upload is too large",
    429: "Too many attempts",
    500: "Something went wrong on our side",
}


def render_error(status, message, back=None):
    """The error page for ``status`` with a message that says what to do next (and ``back``, the form's address)."""
    title = TITLES.get(status, "Something went wrong")
    return render_template("errors/error.html", status=status, title=title, message=message, back=back), status


def too_large(limit, path):
    """What to do about an upload over ``limit`` bytes: the form is one step back with what was typed still in it (a
    new user's walk had lost a pasted article), and how to make the file smaller, for an article or a question file."""
    if path.startswith("/manage/import"):
        shrink = "Split the file into smaller ones and import each, or leave out the pictures embedded in it."
        what = "Question files"
    else:
        shrink = ("A page saved from a browser that is this large is mostly pictures and scripts: save it as "
                  "\"Webpage, HTML only\", or paste just the article's text.")
        what = "Files and forms"
    return (f"{what} may be at most {limit // 1024} KB. Your browser's Back button returns to the form with what you "
            f"typed. {shrink}")


def register_error_handlers(app):
    """Show a friendly page, never a stack trace, for every error."""

    @app.errorhandler(QuizappError)
    def handle_quizapp_error(error):
        return render_error(error.status, str(error))

    @app.errorhandler(CSRFError)
    def handle_csrf_error(error):
        return render_error(
            400, "The form had expired or came from another site. Go back, reload the page and try again."
        )

    @app.errorhandler(HTTPException)
    def handle_http_error(error):
        messages = {
            403: "This page is not for your account. Log in with another, or ask an admin for access.",
            404: "Check the address, or start again from the home page.",
            413: too_large(app.config["MAX_CONTENT_LENGTH"], request.path),
        }
        back = request.path if error.code == 413 and request.method == "POST" else None
        # (a 403 that says whose the page is, from role_required, keeps its own words)
        said = error.description if error.code == 403 and error.description != Forbidden.description else None
        return render_error(error.code, said or messages.get(error.code, error.description), back)

    @app.errorhandler(Exception)
    def handle_unexpected(error):
        app.logger.exception("Unhandled error")
        return render_error(500, "The error has been logged. Try again in a moment.")
