"""``quizapp convert`` and ``quizapp import``: question files in the formats teachers already use."""

import sys
from pathlib import Path

import click
from flask.cli import with_appcontext

from . import formats
from .db import get_db
from .errors import QuestionFileError
from .importing import read_upload, store_named_set

FORMAT_NAMES = click.Choice(list(formats.FORMATS))
READABLE_NAMES = click.Choice(list(formats.READABLE))


def read_input(path):
    """(bytes, name to show in messages) of a file, or of stdin for "-"."""
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    try:
        return Path(path).read_bytes(), path
    except OSError as e:
        fail([f"{path}: cannot read the file: {e.strerror or e}"])


def fail(problems, what="Nothing converted"):
    """Print every problem and stop with exit status 2."""
    for problem in problems:
        click.echo(problem, err=True)
    click.echo(f"{what}: {len(problems)} problem(s).", err=True)
    sys.exit(2)


def report_warnings(warnings):
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)


def read_questions(path, source_format, title=None, what="Nothing converted"):
    """The checked QuestionSet in ``path``; on any problem, list them all and exit 2."""
    raw, name = read_input(path)
    try:
        question_set = read_upload(raw, name, source_format, title)
    except QuestionFileError as e:
        fail(e.problems, what)
    report_warnings(question_set.warnings)
    return question_set


@click.command("convert")
@click.argument("source", metavar="IN")
@click.argument("target", metavar="OUT")
@click.option("--from", "source_format", type=READABLE_NAMES,
              help="Format of IN (default: from its extension, else its content).")
@click.option("--to", "target_format", type=FORMAT_NAMES, help="Format of OUT (default: from its extension).")
@click.option("--title", help="Name of the set, for formats without one of their own (default: from IN's file name).")
def convert_command(source, target, source_format, target_format, title):
    """Convert a question file from one format to another. "-" is stdin or stdout.

    Formats: gift, aiken, moodlexml, csv, json, apkg (export only). Every
    problem in IN is listed as FILE:LINE: message, and nothing is written.
    Questions OUT's format cannot hold are left out, each with a warning.
    """
    target_format = target_format or formats.guess_format(target if target != "-" else "")
    if target_format is None:
        fail([f"{target}: cannot tell which format to write; give --to ({', '.join(formats.FORMATS)})"])
    question_set = read_questions(source, source_format, title)
    exported = formats.write(question_set, target_format)
    for skipped in exported.skipped:
        # (the format's reason is a few words, as the Export list shows it: "true/false" alone said not why; a review)
        click.echo(f"warning: left out {skipped} ({formats.FORMATS[target_format].label} cannot hold it)", err=True)
    if not exported.written:
        fail([f"{target}: none of the {len(question_set.questions)} questions can be written as {target_format}"])
    write_output(target, exported.data)
    if target != "-":
        click.echo(f"{target}: {exported.written} question(s) written as {formats.FORMATS[target_format].label}.",
                   err=True)


def write_output(target, data):
    """Write text or bytes to ``target``, or to stdout for "-"."""
    if target == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        sys.stdout.flush()
        return
    try:
        if isinstance(data, bytes):
            Path(target).write_bytes(data)
        else:
            Path(target).write_text(data, encoding="utf-8")
    except OSError as e:
        fail([f"{target}: cannot write the file: {e.strerror or e}"])


@click.command("import")
@click.argument("path", metavar="FILE")
@click.option("--set", "set_name", help="Name of the set to create or update (default: the file's title, else its name).")
@click.option("--from", "source_format", type=READABLE_NAMES,
              help="Format of FILE (default: from its extension, else its content).")
@click.option("--dry-run", is_flag=True, help="Check the file and say what would be imported; change nothing.")
@with_appcontext
def import_command(path, set_name, source_format, dry_run):
    """Import a question file into the database as a set, all or nothing.

    A set imported before under the same name gets the file's questions (past
    attempts keep theirs). Any problem in the file is listed as FILE:LINE: message
    and nothing is stored.
    """
    question_set = read_questions(path, source_format, set_name, what="Nothing imported")
    count = len(question_set.questions)
    if dry_run:
        click.echo(f"{path}: {count} question(s) would be imported into set {question_set.title!r}"
                   " (dry run: nothing changed).")
        return
    set_id, status = store_named_set(get_db(), question_set, origin=f"import:{path}")
    click.echo(f"{path}: set {question_set.title!r} (id {set_id}) {status}, {count} question(s).")
