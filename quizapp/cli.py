"""The ``quizapp`` command: Flask's click group with quizapp's own commands."""

import os
import secrets
import sqlite3
import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext

from .db import get_db, migrate, schema_version, transaction
from .errors import QuestionFileError
from .formats import json_format
from .generator.pipeline import DEFAULT_MAX_QUESTIONS
from .loader import load_paths
from .store import users

DEMO_USERS = (("demo-instructor", "instructor"), ("demo-student", "student"))


def init_app(app):
    """Register the commands on the app, so ``flask --app quizapp`` has them too."""
    from .file_commands import convert_command, import_command
    from .optimizing import optimize_command

    for command in (init_db_command, load_command, create_user_command, set_password_command, serve_command,
                    generate_command, convert_command, import_command, optimize_command):
        app.cli.add_command(command)


@click.command("init-db")
@click.option("--demo-users", is_flag=True,
              help="On a database with no users yet, create a demo instructor and student and print their log-ins.")
@with_appcontext
def init_db_command(demo_users):
    """Create or upgrade the database schema. Never drops data."""
    db = get_db()
    applied = migrate(db)
    click.echo(f"Database {current_app.config['DATABASE']} is at schema version {schema_version(db)}"
               f" ({applied} migration(s) applied now).")
    if demo_users:
        create_demo_users(db)


def create_demo_users(db):
    """Create the demo accounts with random passwords, once, and print the log-ins."""
    from .auth import hash_password

    created = []
    with transaction(db):
        if users.count_users(db) == 0:
            for username, role in DEMO_USERS:
                password = secrets.token_urlsafe(9)
                users.create_user(db, username, hash_password(password), role)
                created.append((username, role, password))
    for username, role, password in created:
        click.echo(f"Demo {role}: user name {username}  password {password}")
    if created:
        click.echo("These passwords are printed only this once; `quizapp create-user` makes more accounts.")


@click.command("load")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@with_appcontext
def load_command(paths):
    """Load question files (quizapp JSON), or every .json file in the folders given.

    A set already loaded from a file of the same name is updated if the file
    changed. If any file is invalid, every problem is listed and nothing is loaded.
    """
    try:
        report = load_paths(get_db(), paths)
    except QuestionFileError as e:
        for problem in e.problems:
            click.echo(problem, err=True)
        click.echo(f"Nothing loaded: {len(e.problems)} problem(s).", err=True)
        sys.exit(2)
    for path, status in report:
        click.echo(f"{path}: {status}")
    added = sum(1 for _, s in report if s == "added")
    updated = sum(1 for _, s in report if s == "updated")
    click.echo(f"{added} set(s) added, {updated} updated, {len(report) - added - updated} unchanged.")


def check_password(password, username):
    """The sign-up form's rule for a new password (passwords.weak_password), as a command's bad --password.
    (Not the option's callback: click reads the user name after it.)"""
    from .passwords import weak_password

    problem = weak_password(password, username)
    if problem:
        raise click.BadParameter(problem, param_hint="password")


@click.command("create-user")
@click.argument("username")
@click.option("--role", type=click.Choice(users.ROLES), default="student", show_default=True,
              help="What the account may do.")
@click.password_option(help="The password; asked for (twice, hidden) when not given.")
@with_appcontext
def create_user_command(username, role, password):
    """Create an account with the given role."""
    from .auth import hash_password

    check_password(password, username)
    db = get_db()
    try:
        with transaction(db):
            users.create_user(db, username, hash_password(password), role)
    except sqlite3.IntegrityError:
        raise click.ClickException(f"the user name {username!r} is taken") from None
    click.echo(f"Created {role} {username}.")


@click.command("set-password")
@click.argument("username")
@click.password_option(help="The new password; asked for (twice, hidden) when not given.")
@with_appcontext
def set_password_command(username, password):
    """Give an account a new password (for someone who forgot theirs); their sessions end."""
    from .auth import hash_password

    check_password(password, username)
    db = get_db()
    row = users.get_user_by_name(db, username)
    if row is None:
        raise click.ClickException(f"there is no user {username!r}")
    with transaction(db):
        users.set_password(db, row["id"], row["username"], hash_password(password))
    click.echo(f"New password set for {row['username']}; they are logged out everywhere and log in with it.")


@click.command("generate")
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the question set here (quizapp JSON); standard output without it.")
@click.option("--title", help="Title of the question set (default: from the article's headline).")
@click.option("--max", "max_questions", type=click.IntRange(1, 100), default=DEFAULT_MAX_QUESTIONS, show_default=True,
              help="Keep at most this many questions.")
@click.option("--no-bank", is_flag=True,
              help="Don't draw distractors from the entity bank of earlier articles (reproducible output).")
@click.option("--article-file", help="Refer to the article by this path (relative to the output file) instead of "
              "copying its text into the set.")
@with_appcontext
def generate_command(article, output, title, max_questions, no_bank, article_file):
    """Generate a question set from a news article (.html/.htm read as HTML, anything else as text)."""
    from .generator.nlp import ModelMissing
    from .generator.pipeline import GeneratorFailed, NothingToAsk, generate_question_set
    from .store.entity_bank import bank_entries
    from .uploads import article_text, looks_binary

    try:
        data = article.read_bytes()
    except OSError as e:
        click.echo(f"{article}: cannot read the article: {e.strerror or e}", err=True)
        sys.exit(2)
    # (the same checks and words as the web upload: a teacher may try both)
    raw = article_text(data, article.suffix.lower() in (".html", ".htm"))
    if raw is None and looks_binary(data):
        click.echo(f"{article}: cannot read the article: it is not a text or web page file (a PDF, an image or a "
                   "document renamed?). Save the article from your browser as a web page, or as plain text.", err=True)
        sys.exit(2)
    if raw is None:
        click.echo(f"{article}: cannot read the article: its characters are in no encoding quizapp can read. Save "
                   "it again as UTF-8.", err=True)
        sys.exit(2)
    bank = [] if no_bank else bank_entries(get_db())
    try:
        generated = generate_question_set(raw, is_html=article.suffix.lower() in (".html", ".htm"),
                                          title=title, max_questions=max_questions, bank=bank)
    except (NothingToAsk, ModelMissing) as e:
        click.echo(f"{article}: {e}", err=True)
        sys.exit(2)
    except GeneratorFailed as e:
        cause = e.__cause__
        click.echo(f"{article}: {e}\n(the fault: {type(cause).__name__}: {cause})", err=True)
        sys.exit(1)
    question_set = generated.question_set
    if article_file:
        question_set.source = {k: v for k, v in question_set.source.items() if k != "text"}
        question_set.source["file"] = article_file
    text = json_format.dumps(question_set)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{output}: {len(question_set.questions)} questions", err=True)


@click.command("serve")
@click.option("--port", type=int, default=lambda: int(os.environ.get("PORT", 5000)),
              show_default="$PORT or 5000", help="TCP port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--workers", type=int, default=2, show_default=True, help="gunicorn worker processes.")
@click.option("--threads", type=int, default=4, show_default=True, help="Threads per worker.")
@with_appcontext
def serve_command(port, host, workers, threads):
    """Serve the app with gunicorn (gthread workers), the production set-up."""
    from .server import run_gunicorn

    click.echo(f"quizapp serving at http://{host}:{port} (Ctrl+C to stop)")
    run_gunicorn(current_app._get_current_object(), host, port, workers, threads)


def create_cli_app():
    from . import create_app

    return create_app()


@click.group(cls=FlaskGroup, create_app=create_cli_app, add_default_commands=False,
             add_version_option=False, load_dotenv=False)
def main():
    """quizapp: quizzes and flashcards from what you read."""
