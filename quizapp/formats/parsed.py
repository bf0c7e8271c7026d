"""What a format's reader hands back, and the checks every imported file goes through.

Each reader turns a file's text into quizapp questions (the dicts of the JSON
format) and notes the 1-based line each one starts on. ``finish`` then checks
every question against the same rules as a quizapp JSON file, sanitises HTML,
and either returns the set or raises one error listing every problem as
``FILE:LINE: message``.
"""

from dataclasses import dataclass, field

from ..errors import QuestionFileError
from ..richtext import drop_missing_images, files_referred_to, formatting_in, sanitise_question
from ..words import clipped, listed
from . import json_format


@dataclass
class Parsed:
    """A file read by a format's reader, before the common checks."""

    questions: list = field(default_factory=list)  # quizapp JSON question dicts
    lines: list = field(default_factory=list)  # the line each question starts on, 1-based
    problems: list = field(default_factory=list)  # (line, message): the file cannot be imported as is
    warnings: list = field(default_factory=list)  # (line, message): skipped or changed, the rest imports
    title: str | None = None
    description: str = ""
    settings: dict | None = None
    source: dict | None = None

    def add(self, question, line):
        """Keep ``question``, read from ``line``."""
        self.questions.append(question)
        self.lines.append(line)

    def problem(self, line, message):
        self.problems.append((line, message))

    def warn(self, line, message):
        self.warnings.append((line, message))


def ticks_all_for_full_marks(question):
    """A multiple-answer question whose wrong choices cost nothing: every box ticked scores what the right ones do
    (as in Moodle, whose files often carry it; a new user's walk found it unwarned)."""
    if question.get("type") != "multiple_choice" or not question.get("multiple"):
        return False
    weights = [choice.get("weight", 0) for choice in question.get("choices", ())]
    full = sum(w for w in weights if w > 0) >= 1 - json_format.WEIGHT_EPSILON
    return full and any(w == 0 for w in weights) and not any(w < 0 for w in weights)


def finish(parsed, filename, default_title):
    """The checked QuestionSet for ``parsed``, or QuestionFileError with every problem.

    ``default_title`` names the set when the file has no title of its own (GIFT,
    Aiken and CSV files have none).
    """
    problems = list(parsed.problems)
    for index, question in enumerate(parsed.questions):
        warn_of_missing_files(parsed, parsed.lines[index], question)
        sanitise_question(question)
        if ticks_all_for_full_marks(question):
            parsed.warn(parsed.lines[index], "no wrong choice of this multiple-answer question takes marks away, so"
                                             " ticking every box scores full marks; give the wrong ones a negative"
                                             " weight (in GIFT ~%-50%), or give them one in the file before importing")
    if not parsed.questions and not problems:
        problems.append((1, "no questions found; check that this is the right file and format"))
    for index, question in enumerate(parsed.questions):
        data = {"title": default_title, "questions": [question]}
        for where, what in json_format.check(data):
            where = where.replace("questions[0]", "").lstrip(".")
            problems.append((parsed.lines[index], f"{where}: {what}" if where else what))
    ids = {}
    for index, question in enumerate(parsed.questions):
        if "id" in question:
            if question["id"] in ids:
                problems.append((parsed.lines[index], f"the id {question['id']!r} is also used on line {ids[question['id']]}"))
            ids.setdefault(question["id"], parsed.lines[index])
    if problems:
        raise QuestionFileError(format_lines(filename, problems))
    question_set = json_format.QuestionSet(
        title=(parsed.title or default_title).strip() or "Untitled set",
        description=parsed.description,
        questions=parsed.questions,
        source=parsed.source,
        settings={**json_format.DEFAULT_SETTINGS, **(parsed.settings or {})},
        warnings=format_lines(filename, parsed.warnings),
    )
    return question_set


def warn_of_missing_files(parsed, line, question):
    """Show each image of ``question`` whose file quizapp does not import as its description, and say so; say too
    which other files its links point to, as those links would not open.

    One message for every format: a GIFT file cannot carry the pictures, a Moodle XML file carries them, and
    quizapp keeps neither (the reader of each had said so in words of its own, and a Moodle XML image had got two
    warnings that contradicted each other: a new user's walk).
    """
    images = drop_missing_images(question)
    if images:
        parsed.warn(line, f"{names_of(images, 'image')} left out, as quizapp does not import picture files: students"
                          f" see [image: its description] instead (to show a picture, link to it on the web)")
    linked = files_referred_to(question)
    if linked:
        parsed.warn(line, f"{names_of(linked, 'file')} left out, as quizapp does not import files: the links to"
                          f" {'it' if len(linked) == 1 else 'them'} would not open (link to the file on the web instead)")


def names_of(names, noun):
    """'the image "a.png"', 'the images "a.png" and "b.png"'."""
    quoted = listed(f'"{name}"' for name in names)
    return f"the {noun}{'s' if len(names) > 1 else ''} {quoted}"


def formatting_left_out(written, plain, fmt):
    """A warning that a matching item written in ``fmt`` loses its formatting as the plain text ``plain``, or None.

    quizapp's pairs are plain text, as the answers a student picks from a drop-down must be, and the quiz, grading,
    flashcards and every export read them so: "x<sup>2</sup>" had become "x2" unsaid (a new user's walk).
    """
    lost = formatting_in(written, fmt)
    if not lost:
        return None
    return (f'the pair\'s formatting ({", ".join(lost)}) is left out, as matching items are plain text:'
            f' "{clipped(written)}" becomes "{clipped(plain)}"')


def format_lines(filename, entries):
    """``FILE:LINE: message`` for each (line, message), in line order."""
    return [f"{filename}:{line}: {message}" for line, message in sorted(entries, key=lambda e: e[0])]
