"""Question-file formats: which exist, how to tell them apart, and reading and writing any of them.

Every format is a module with the same small interface:

- ``read(text) -> Parsed``: the questions found, each with its line, and every
  problem (readers never raise on bad input; ``parsed.finish`` checks the rest);
- ``write(question_set) -> str | bytes``: the file, for questions the format can hold;
- ``unsupported(question) -> str | None``: why a question cannot be written, if it can't;
- ``looks_like(text) -> bool``: whether text is probably in this format.

quizapp JSON, the native format, has its own reader (``json_format.loads``).
"""

import importlib
from dataclasses import dataclass
from pathlib import PurePath

from ..errors import QuestionFileError
from . import json_format, losses
from .parsed import finish


@dataclass(frozen=True)
class Format:
    """One file format quizapp can read, write, or both."""

    name: str
    label: str
    extensions: tuple
    module: str
    readable: bool = True
    binary: bool = False
    mimetype: str = "text/plain; charset=utf-8"

    def load(self):
        return importlib.import_module(f"{__name__}.{self.module}")


FORMATS = {
    f.name: f for f in (
        Format("json", "quizapp JSON", (".json",), "json_format", mimetype="application/json"),
        Format("gift", "Moodle GIFT", (".gift",), "gift"),
        Format("aiken", "Aiken", (), "aiken"),
        Format("moodlexml", "Moodle XML", (".xml",), "moodle_xml", mimetype="application/xml"),
        Format("csv", "CSV / TSV (Quizlet, Anki, spreadsheets)", (".csv", ".tsv", ".tab"), "delimited",
               mimetype="text/tab-separated-values; charset=utf-8"),
        Format("apkg", "Anki deck (.apkg)", (".apkg",), "apkg", readable=False, binary=True,
               mimetype="application/octet-stream"),
    )
}
READABLE = tuple(name for name, f in FORMATS.items() if f.readable)
# The file name an export gets, by format (CSV exports are tab-separated).
EXPORT_EXTENSIONS = {"json": ".json", "gift": ".gift", "aiken": ".txt", "moodlexml": ".xml", "csv": ".tsv", "apkg": ".apkg"}
# Content sniffing order: the most distinctive first; CSV accepts almost anything, so it comes last.
SNIFF_ORDER = ("json", "moodlexml", "aiken", "gift", "csv")


def guess_format(filename, text=None):
    """The format of a file, from its extension, else from its content; None when unsure."""
    suffix = PurePath(filename or "").suffix.lower()
    for fmt in FORMATS.values():
        if suffix in fmt.extensions:
            return fmt.name
    if text is None:
        return None
    for name in SNIFF_ORDER:
        if name == "json":
            if text.lstrip("\ufeff \t\r\n").startswith("{"):
                return "json"
        elif FORMATS[name].load().looks_like(text):
            return name
    return None


def read(text, fmt, filename="<input>", default_title="Imported questions"):
    """The checked QuestionSet in ``text`` written in ``fmt``; QuestionFileError lists every problem."""
    if fmt not in READABLE:
        raise QuestionFileError([f"{filename}: quizapp cannot read {FORMATS[fmt].label if fmt in FORMATS else fmt!r} files"])
    if fmt == "json":
        return json_format.loads(text, filename)
    return finish(FORMATS[fmt].load().read(text), filename, default_title)


def left_out(question_set, fmt, held=None):
    """What ``fmt``'s file would lose of what ``question_set`` uses, as phrases for the Export list ("points", "the
    quiz's settings"): the questions it cannot hold are told apart (write's skipped), these are lost from those
    it holds (``held``, where the caller has sorted them already)."""
    module = FORMATS[fmt].load()
    questions = held if held is not None else [q for q in question_set.questions if not module.unsupported(q)]
    return losses.named(getattr(module, "LEAVES_OUT", ()), question_set, questions)


@dataclass
class Export:
    """A written file and the questions left out of it, with why."""

    data: str | bytes  # empty when no question could be written
    written: int  # how many questions the file holds
    skipped: list  # "question N (title): reason"
    filename: str
    mimetype: str


def write(question_set, fmt, basename="questions"):
    """``question_set`` written in ``fmt``, leaving out questions the format cannot hold."""
    spec = FORMATS[fmt]
    module = spec.load()
    kept, skipped = [], []
    for number, question in enumerate(question_set.questions, start=1):
        reason = module.unsupported(question)
        if reason:
            name = question.get("title") or question["prompt"][:40]
            skipped.append(f"question {number} ({name}): {reason}")
        else:
            kept.append(question)
    subset = json_format.QuestionSet(
        title=question_set.title, description=question_set.description, questions=kept,
        source=question_set.source, settings=question_set.settings,
    )
    data = module.write(subset) if kept else (b"" if spec.binary else "")
    return Export(data, len(kept), skipped, f"{basename}{EXPORT_EXTENSIONS[fmt]}", spec.mimetype)
