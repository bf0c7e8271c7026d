"""quizapp's own question-file format: one JSON file is one question set.

The structure is checked against ``quizapp/schema/question-set.schema.json``;
the rules a schema cannot say (a question must have a right answer, offsets
must point at their sentence) are checked here. Every problem is reported at
once, as ``FILE: where: what``.
"""

import json
import math
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

import fastjsonschema
from jsonschema import Draft202012Validator

from ..errors import QuestionFileError
from ..grading import normalise
from ..words import clipped, listed
from . import json_text

QUESTION_TYPES = (
    "multiple_choice", "true_false", "short_answer", "numerical", "matching", "essay", "description",
)
DEFAULT_SETTINGS = {
    "feedback": "immediate",
    "allow_typos": False,
    "shuffle_questions": False,
    "shuffle_choices": True,
    "published": True,
}
# Weights are fractions; a right answer's weights must reach 1 within this.
WEIGHT_EPSILON = 0.001


@dataclass
class QuestionSet:
    """A validated question set, ready to store."""

    title: str
    description: str = ""
    questions: list = field(default_factory=list)
    source: dict | None = None  # title, url, text of the article
    settings: dict = field(default_factory=lambda: dict(DEFAULT_SETTINGS))
    warnings: list = field(default_factory=list)  # "FILE:LINE: message" for what an import skipped


def load_schema():
    return json.loads(files("quizapp.schema").joinpath("question-set.schema.json").read_text())


@cache
def schema_validator():
    """The JSON Schema validator that explains every error, built once per process."""
    return Draft202012Validator(load_schema())


@cache
def fast_validator():
    """The schema compiled to Python by fastjsonschema: about ten times faster, but it stops at the first error.

    It answers "is this valid?" for the common case (a 10,000-question import); only an
    invalid file pays for jsonschema's full list of errors. The schema uses nothing
    beyond draft 7 (``$defs`` is reached by JSON pointer), which fastjsonschema supports.
    """
    schema = load_schema()
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    return fastjsonschema.compile(schema)


def structurally_valid(data):
    """True when ``data`` matches the schema (the quick check)."""
    try:
        fast_validator()(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def load_file(path):
    """Read and validate the question set in ``path``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise QuestionFileError([f"{path}: cannot read the file: {e}"]) from None
    return loads(text, str(path), base_dir=path.parent)


def loads(text, filename="<input>", base_dir=None):
    """Parse and validate a question set given as JSON text.

    ``base_dir`` is where ``source.file`` paths are looked up; without it a
    set may not refer to an article file.
    """
    data = json_text.parse(text, filename)
    problems = list(check(data))
    if problems:
        raise located_error(filename, text, problems)
    source = read_source(data.get("source"), filename, base_dir)
    problems = list(check_offsets(data, source))
    if problems:
        raise located_error(filename, text, problems)
    return QuestionSet(
        title=data["title"].strip(),
        description=data.get("description", "").strip(),
        questions=data["questions"],
        source=source,
        settings={**DEFAULT_SETTINGS, **data.get("settings", {})},
    )


def dumps(question_set):
    """Write a question set as quizapp JSON text (the article text inline)."""
    data = {"title": question_set.title, "description": question_set.description}
    if question_set.source:
        data["source"] = {k: v for k, v in question_set.source.items() if v}
    data["settings"] = question_set.settings
    data["questions"] = question_set.questions
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def check(data):
    """Yield (where, what) for every problem in a parsed question file."""
    errors = [] if structurally_valid(data) else sorted(
        schema_validator().iter_errors(data), key=lambda e: list(map(str, e.path)))
    for error in errors:
        yield location(error.absolute_path), describe(error)
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        return  # the rules below need the list of questions
    # The rules below read a question's fields, so they skip the questions the schema found wrong, but check
    # every other: a teacher fixes every problem in one round, not one kind per upload.
    broken = {error.absolute_path[1] for error in errors
              if len(error.absolute_path) >= 2 and error.absolute_path[0] == "questions"}
    ids = set()
    for index, question in enumerate(data["questions"]):
        if index in broken or not isinstance(question, dict):
            continue
        where = f"questions[{index}]"
        if "id" in question:
            if question["id"] in ids:
                yield f"{where}.id", f"duplicate id {question['id']!r}; ids must be unique in a set"
            ids.add(question["id"])
        for what in check_answers(question):
            yield where, what


def check_answers(question):
    """Yield what is wrong with a question's answers: no right answer, duplicates and so on."""
    kind = question["type"]
    if kind == "multiple_choice":
        weights = [c["weight"] for c in question["choices"]]
        if question.get("multiple"):
            total = sum(w for w in weights if w > 0)
            if total <= WEIGHT_EPSILON:
                yield 'no choice is marked right; mark the right one ("=" in GIFT, "weight": 1 in JSON)'
            elif abs(total - 1) > WEIGHT_EPSILON:
                yield f"the positive weights add up to {total:g}; the right choices' weights must add up to 1"
        elif not any(abs(w - 1) <= WEIGHT_EPSILON for w in weights):
            yield 'no choice has weight 1; mark the right choice with "weight": 1 (or set "multiple": true)'
        texts = [normalise(c["text"]) for c in question["choices"]]
        for first, second in repeated(texts):
            # (which two, and alike however spaced, capitalised or stopped: "412  Billion" beside "412 billion" had
            # been saved, one of them marked wrong, a new user's walk)
            yield (f"choices {first + 1} and {second + 1} (“{question['choices'][second]['text'].strip()}”) read the "
                   f"same; change or remove one")
    elif kind in ("short_answer", "numerical"):
        if not any(abs(a.get("weight", 1) - 1) <= WEIGHT_EPSILON for a in question["answers"]):
            yield 'no answer has weight 1; at least one accepted answer must be fully right'
        if kind == "numerical":
            values = [a["value"] for a in question["answers"]]
            if not all(v == "*" or math.isfinite(v) for v in values):
                yield "answer values must be finite numbers"
            if not any(v != "*" and a.get("weight", 1) >= 1 - WEIGHT_EPSILON
                       for v, a in zip(values, question["answers"], strict=True)):
                yield 'the fully right answer must be a number, not "*"'
        elif question["answers"][0]["text"].strip() == "*" and len(question["answers"]) == 1:
            yield 'the only accepted answer is "*", which accepts anything; give the right answer first'

    elif kind == "matching":
        lefts = [normalise(p["left"]) for p in question["pairs"]]
        for first, second in repeated(lefts):
            yield (f"pairs {first + 1} and {second + 1} have the same left side (“{question['pairs'][second]['left']}”);"
                   f" each item to match must be different")
        rights = {normalise(p["right"]) for p in question["pairs"]}
        if any(normalise(d) in rights for d in question.get("distractors", [])):
            yield "a distractor is also a right-hand side; distractors must match nothing"


def repeated(keys):
    """(first, later) index pairs of ``keys`` that repeat an earlier one."""
    seen = {}
    for index, key in enumerate(keys):
        if key in seen:
            yield seen[key], index
        else:
            seen[key] = index


def check_offsets(data, source):
    """Yield (where, what) for question sources whose offsets don't point at their sentence."""
    text = (source or {}).get("text")
    for index, question in enumerate(data["questions"]):
        where = f"questions[{index}].source"
        src = question.get("source")
        for start, end in (src or {}).get("spans", ()):
            if start > end:
                yield where, f"a span starts ({start}) after it ends ({end})"
            elif text is not None and text[start:end] not in src["sentence"]:
                yield where, f"the article's text at {start}..{end} is not in the sentence; fix the spans or the sentence"
        if not src or ("start" not in src and "end" not in src):
            continue
        if "start" not in src or "end" not in src:
            yield where, "give both start and end, or neither"
        elif src["start"] > src["end"]:
            yield where, f"start ({src['start']}) is after end ({src['end']})"
        elif text is not None and text[src["start"]:src["end"]] != src["sentence"]:
            yield where, (f"the article's text at {src['start']}..{src['end']} is not the sentence;"
                          " fix the offsets or the sentence")


def read_source(source, filename, base_dir):
    """Return the set's source with the article text read from ``source.file`` if given."""
    if not source:
        return None
    source = dict(source)
    article = source.pop("file", None)
    if article is not None:
        if base_dir is None:
            raise QuestionFileError([f"{filename}: source.file: not allowed here; put the article in source.text"])
        path = (Path(base_dir) / article).resolve()
        try:
            source["text"] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise QuestionFileError([f"{filename}: source.file: cannot read {article}: {e.strerror or e}"]) from None
    return source


def located_error(filename, text, problems):
    """QuestionFileError with each (where, what) as FILE:LINE: where: what (lines are found only when needed)."""
    lines = question_lines(text)
    return QuestionFileError([f"{filename}:{line_of(where, lines)}: {where}: {what}" for where, what in problems])


def question_lines(text):
    """The 1-based line on which each element of the top-level "questions" array starts.

    A small scan over the JSON text (already known to parse): it tracks nesting
    and strings only, which is all it takes to find where each question begins.
    """
    lines, depth, line, in_string, escaped = [], 0, 1, False, False
    key, last_string, in_questions, expect_value = None, None, False, False
    start = None
    for char in text:
        if char == "\n":
            line += 1
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
                last_string = "".join(start)
            else:
                start.append(char)
            continue
        if char == '"':
            in_string, start = True, []
            if in_questions and depth == 2 and expect_value:
                lines.append(line)
                expect_value = False
        elif char == ":" and depth == 1:
            key = last_string
        elif char in "[{":
            if in_questions and depth == 2 and expect_value:
                lines.append(line)
                expect_value = False
            depth += 1
            if depth == 2 and char == "[" and key == "questions":
                in_questions, expect_value = True, True
        elif char in "]}":
            depth -= 1
            if depth < 2:
                in_questions = in_questions and depth >= 2
        elif char == "," and in_questions and depth == 2:
            expect_value = True
        elif not char.isspace() and in_questions and depth == 2 and expect_value:
            lines.append(line)  # a number, true, false or null where a question should be
            expect_value = False
    return lines


def line_of(where, lines):
    """The line of the question a problem is in (``questions[3]...``), else 1."""
    if where.startswith("questions["):
        index = int(where[len("questions["):where.index("]")])
        if index < len(lines):
            return lines[index]
    return 1


def location(path):
    """Turn a jsonschema path like deque(['questions', 2, 'choices']) into questions[2].choices."""
    where = ""
    for part in path:
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else part)
    return where or "top level"


def describe(error):
    """A jsonschema error message in words a teacher can act on: what the value must be, and what it is.

    jsonschema's own words are a validator's ("'ten' is not valid under any of the given schemas", a new user's
    walk); each kind of rule the schema uses has its sentence here.
    """
    explain = DESCRIPTIONS.get(error.validator)
    return explain(error) if explain else error.message


# JSON's kinds of value, as a teacher would name them.
KINDS = {"number": "a number", "integer": "a whole number", "string": "a text in quotes", "boolean": "true or false",
         "array": "a list in [ ]", "object": "named values in { }", "null": "null"}


def shown(value):
    """``value`` as a message quotes it: as written in the file, or by its kind when it is a list or named values."""
    if isinstance(value, dict | list):
        return KINDS["object" if isinstance(value, dict) else "array"]
    written = json.dumps(value, ensure_ascii=False)
    return clipped(written, 40)


def one_of(names):
    """'a, b or c'; '' for none."""
    return listed(names, "or")


def allowed(schema, described=False):
    """What a (sub)schema lets a value be, in words: 'a number'; '"*" (any other answer)', ``described``, for one of
    several alternatives whose description says what it is for."""
    if "const" in schema:
        said = json.dumps(schema["const"], ensure_ascii=False)
        return f"{said} ({schema['description']})" if described and schema.get("description") else said
    kinds = schema.get("type", [])
    return one_of([KINDS[kind] for kind in ([kinds] if isinstance(kinds, str) else kinds)]) or "something else"


def unknown_fields(error):
    """Fields the schema does not know, by name."""
    extra = [name for name in error.instance if name not in error.schema.get("properties", {})]
    names = listed(repr(name) for name in extra)
    return f"unknown field{'s' if len(extra) > 1 else ''} {names}; check the spelling against the README"


def too_few(error):
    """A list shorter than the schema asks, with how many it has."""
    need, have = error.validator_value, len(error.instance)
    return f"needs at least {need} {'entry' if need == 1 else 'entries'}; there {'is' if have == 1 else 'are'} {have}"


def not_listed(error):
    """A value none of the schema's listed ones: the question types by name, else the values it may be."""
    if error.path and error.path[-1] == "type":
        return f"unknown question type {error.instance!r}; use one of {', '.join(QUESTION_TYPES)}"
    return f"must be {one_of([shown(value) for value in error.validator_value])}, not {shown(error.instance)}"


DESCRIPTIONS = {
    "required": lambda e: e.message.replace("is a required property", "is missing"),
    "additionalProperties": unknown_fields,
    "enum": not_listed,
    "const": lambda e: f"must be {allowed(e.schema)}, not {shown(e.instance)}",
    "type": lambda e: f"must be {allowed(e.schema)}, not {shown(e.instance)}",
    "oneOf": lambda e: f"must be {one_of([allowed(s, True) for s in e.validator_value])}, not {shown(e.instance)}",
    "anyOf": lambda e: f"must be {one_of([allowed(s, True) for s in e.validator_value])}, not {shown(e.instance)}",
    "minimum": lambda e: f"must be {e.validator_value} or more, not {shown(e.instance)}",
    "maximum": lambda e: f"must be {e.validator_value} or less, not {shown(e.instance)}",
    "exclusiveMinimum": lambda e: f"must be more than {e.validator_value}, not {shown(e.instance)}",
    "exclusiveMaximum": lambda e: f"must be less than {e.validator_value}, not {shown(e.instance)}",
    # (the text rule is one pattern, "\\S": an empty text had been told twice, as empty and as blank)
    "pattern": lambda e: "must not be empty" if e.instance == "" else "must not be blank",
    "minItems": too_few,
    "maxItems": lambda e: f"needs at most {e.validator_value} entries; there are {len(e.instance)}",
}


def write(question_set):
    """The format registry's name for ``dumps``."""
    return dumps(question_set)


def unsupported(question):
    """quizapp JSON holds every question type."""
    return None
