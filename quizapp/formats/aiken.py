"""Aiken files: single-answer multiple choice, one line per question, option and answer.

::

    What is the capital of France?
    A) Berlin
    B. Paris
    C) Rome
    ANSWER: B

The reader follows Moodle's importer (``question/format/aiken/format.php``, see
formats.md §2) line by line, each line trimmed:

- a line shorter than 2 characters is ignored, so blank lines between questions are optional;
- a line matching ``^[A-Z][).]`` is an option: the label and its separator are cut and the rest
  trimmed (``A)Text``, ``A) Text`` and ``A. Text`` all work; a lower-case ``a)`` does not);
- a line starting with ``ANSWER:`` (in capitals) closes the question; the first character after
  the colon is the right option's letter;
- any other line is the text of a new question (so question text must fit on one line).

Moodle's errors keep its wording: "Question not started" (an option or ANSWER line
before any question text), "Question must have at least 2 answers", "Question not
completed before next question start". Where Moodle is silent we report a problem
too: an answer letter in lower case or not among the options (Moodle would import a
question with no right answer), options not lettered A, B, C... in order (the letter
would then pick the wrong option), an option with no text, and a question the file
ends before answering (Moodle drops it without a word). A question's text that starts like an
option ("A. Lincoln was ...") is read as one, as in Moodle, but told once as such when the
options after it start again at A, rather than as four questions not started.

Moodle stores the texts as HTML-escaped HTML; quizapp keeps them as plain text, which
means the same. Line numbers are the file's physical lines (Moodle counts a Windows
line ending as two lines, which makes its numbers drift).

The writer does what Moodle's exporter does: single-answer multiple choice only, at
most 26 options, each text flattened to one line of plain text, ``A) ...`` lines and
``ANSWER: X``, with a blank line between questions. Aiken holds nothing else: titles,
feedback, tags, points and the like are left out of the file.
"""

import re

from ..richtext import DEFAULT_FORMAT, to_plain
from ..words import clipped
from .parsed import Parsed

OPTION = re.compile(r"[A-Z][).]")
# What people write for "a)" or "Answer:" when they mean "A)" and "ANSWER:"; only used to explain an error.
LOWER_OPTION = re.compile(r"[a-z][).]")
LOOSE_ANSWER = re.compile(r"answer\s*:", re.IGNORECASE)
# "ANSWER B", "Answer = B": the answer line without its colon (read as the next question's text, it had been reported
# as two unfinished questions on one line: a new user's walk).
ANSWER_WITHOUT_COLON = re.compile(r"answer\s*(?:[=-]\s*)?([A-Za-z])\s*$", re.IGNORECASE)
ANSWER = "ANSWER:"
LINE_BREAK = re.compile(r"\r\n|\r|\n")
MAX_OPTIONS = 26


class OpenQuestion:
    """A question being read: its text line, its options so far, and whether it already has a problem."""

    def __init__(self, text, line):
        self.text = text
        self.line = line
        self.options = []  # (line, label, text)
        self.bad = False

    def letters(self):
        """The valid answer letters, as "A-D"."""
        return f"A-{chr(ord('A') + max(len(self.options), 1) - 1)}"

    def next_letter(self):
        """The letter the next option should have."""
        return chr(ord("A") + len(self.options))


def read(text):
    """Read an Aiken file; every problem is noted with its line, none is raised."""
    parsed = Parsed()
    question = None
    # A question's text read as an option ("A. Lincoln was ..."): told once, with why; its options and ANSWER line,
    # which follow from it, are not told again (four "Question not started" had given no hint: a new user's walk).
    misread = False
    lines = LINE_BREAK.split(text)
    for number, raw in enumerate(lines, start=1):
        line = raw.lstrip("\ufeff").strip()  # a BOM, or one left mid-file by pasting two files together
        if len(line) < 2:
            continue
        if OPTION.match(line):
            if question is None and not misread:
                misread = options_start_again(lines[number:])
                parsed.problem(number, not_started(line, misread))
            elif question is not None:
                add_option(parsed, question, number, line)
        elif line.startswith(ANSWER):
            if question is None and not misread:
                parsed.problem(number, "Question not started: this ANSWER line comes before any question text")
            elif question is not None:
                close_question(parsed, question, number, line[len(ANSWER):].strip())
            question, misread = None, False
        elif question is not None and LOOSE_ANSWER.match(line):
            parsed.problem(number, f'Question not completed: "{line[:line.index(":") + 1]}" is not the answer line;'
                                   " write ANSWER: in capitals, with the colon straight after it")
            question = None
        elif question is not None and (colonless := ANSWER_WITHOUT_COLON.match(line)):
            letter = colonless.group(1).upper()
            parsed.problem(number, f'Question not completed: "{line}" is not the answer line; write "ANSWER: {letter}",'
                                   " with the colon straight after ANSWER")
            question = None
        elif question is not None and LOWER_OPTION.match(line) and line[0].upper() == question.next_letter():
            parsed.problem(number, f'Question not completed before next question start: "{line[:2]}" starts a new question,'
                                   f' because option letters must be capitals ("{line[0].upper()}{line[1]}")')
            question.bad = True
            question.options.append((number, line[0].upper(), line[2:].strip() or "?"))
        else:
            if question is not None:
                parsed.problem(number, f"Question not completed before next question start: the question on line"
                                       f" {question.line} has no ANSWER line (a question's text must be on one line)")
            question, misread = OpenQuestion(line, number), False
    if question is not None:
        parsed.problem(question.line, "Question not completed: the file ends before this question's ANSWER line")
    return parsed


def options_start_again(rest):
    """Whether the option lines in ``rest`` (the lines after an option with no question) start again at A: then that
    option was a question's text that starts like one ("A. Lincoln was ...", "I. M. Pei designed ...")."""
    for raw in rest:
        line = raw.lstrip("\ufeff").strip()
        if len(line) >= 2:
            return OPTION.match(line) is not None and line[0] == "A"
    return False


def not_started(line, misread):
    """The problem with an option ``line`` that comes before any question text."""
    if not misread:
        return "Question not started: this option comes before any question text"
    shown = clipped(line, 30)
    return (f'Question not started: "{shown}" reads as option {line[0]} (the options after it start again at A); a'
            f' question\'s text must not start with a capital letter and "{line[1]}"')


def add_option(parsed, question, number, line):
    """Add the option on ``line`` to ``question``, checking its letter and text."""
    label, text = line[0], line[2:].strip()
    if len(question.options) >= MAX_OPTIONS:
        parsed.problem(number, f"a question can have at most {MAX_OPTIONS} options (A-Z)")
        question.bad = True
    elif label != question.next_letter():
        parsed.problem(number, f"this option is lettered {line[:2]} but should be {question.next_letter()}{line[1]}:"
                               " options must be lettered A, B, C, ... in order")
        question.bad = True
    if not text:
        parsed.problem(number, f"option {label} has no text")
        question.bad = True
    question.options.append((number, label, text))


def close_question(parsed, question, number, rest):
    """Finish ``question`` at its ANSWER line (``number``), whose text after the colon is ``rest``."""
    if len(question.options) < 2:
        parsed.problem(number, f"Question must have at least 2 answers: the question on line {question.line}"
                               f" has {len(question.options)}")
        return
    index = answer_index(parsed, question, number, rest)
    if index is None or question.bad:
        return
    parsed.add({
        "type": "multiple_choice",
        "prompt": question.text,
        "choices": [{"text": text, "weight": 1 if i == index else 0} for i, (_, _, text) in enumerate(question.options)],
    }, question.line)


def answer_index(parsed, question, number, rest):
    """The index of the option ``rest`` names, or None after noting why it names none."""
    letters = question.letters()
    letter = rest[:1]
    if not letter:
        parsed.problem(number, f"the ANSWER line has no letter; write the right option's letter, one of {letters}")
        return None
    if rest[1:2].isalnum():
        parsed.problem(number, f'write only the right option\'s letter after ANSWER: (one of {letters}), not "{rest}"')
        return None
    if "a" <= letter <= "z":
        parsed.problem(number, f"the answer letter {letter} is lower case; write one of the options {letters} in capitals")
        return None
    index = ord(letter) - ord("A")
    if not 0 <= index < len(question.options):
        what = "answer letter" if letter.isalpha() else "answer"
        parsed.problem(number, f"the {what} {letter} is not one of the options {letters}")
        return None
    extra = rest[1:].lstrip(" \t).:")
    if extra:
        parsed.warn(number, f'only the letter {letter} is read from this ANSWER line; "{extra}" is ignored')
    return index


def flatten(text, fmt=DEFAULT_FORMAT):
    """``text`` as one line of plain text, as Aiken needs it."""
    plain = (text if fmt == "plain" else to_plain(text, fmt)).replace("\ufeff", "")  # a BOM mid-text would be lost on reading
    return " ".join(part.strip() for part in LINE_BREAK.split(plain) if part.strip())


# What this format's file has no place for (Aiken is a question, its options and its answer). The Export list names
# those the set uses (formats.left_out): a new user's walk found them lost unsaid. test_round_trips checks it.
LEAVES_OUT = ("source", "article", "points", "settings", "explanation", "choice_feedback", "title", "tags",
              "category", "description")


def unsupported(question):
    """Why ``question`` cannot be written as Aiken, or None if it can."""
    if question.get("type") != "multiple_choice" or question.get("multiple"):
        return "Aiken holds only single-answer multiple choice"
    choices = question["choices"]
    if len(choices) > MAX_OPTIONS:
        return f"Aiken holds at most {MAX_OPTIONS} choices (A-Z)"
    weights = sorted(choice["weight"] for choice in choices)
    if weights[-1] != 1 or any(weight != 0 for weight in weights[:-1]):
        return "Aiken holds one right choice and wrong ones, not partial or negative weights"
    fmt = question.get("format", DEFAULT_FORMAT)
    prompt = flatten(question["prompt"], fmt)
    if len(prompt) < 2:
        return "Aiken ignores question text shorter than 2 characters"
    if OPTION.match(prompt) or prompt.startswith(ANSWER):
        return f'the question text starts with "{prompt[:2]}", which Aiken would read as an option or answer line'
    if any(not flatten(choice["text"], fmt) for choice in choices):
        return "a choice has no text once written as plain text"
    return None


def write(question_set):
    """The questions of ``question_set`` as an Aiken file (each must pass ``unsupported``)."""
    return "\n\n".join(question_block(question) for question in question_set.questions) + "\n"


def question_block(question):
    """One question: its text, ``A) ...`` lines and ``ANSWER: X``."""
    fmt = question.get("format", DEFAULT_FORMAT)
    lines = [flatten(question["prompt"], fmt)]
    for index, choice in enumerate(question["choices"]):
        letter = chr(ord("A") + index)
        lines.append(f"{letter}) {flatten(choice['text'], fmt)}")
        if choice["weight"] == 1:
            right = letter
    lines.append(f"{ANSWER} {right}")
    return "\n".join(lines)


def looks_like(text):
    """Whether ``text`` has an ``ANSWER: X`` line and option lines, as Aiken files do."""
    answers = options = 0
    for raw in LINE_BREAK.split(text):
        line = raw.lstrip("\ufeff").strip()
        if re.match(r"ANSWER:\s*[A-Z]", line):
            answers += 1
        elif OPTION.match(line):
            options += 1
        if answers and options >= 2:
            return True
    return False
