"""Between the quiz page and the grader: the order options are shown in,
reading a submitted form into a response, and a response back into words.
Pure functions: no Flask, no SQL."""

import math
import random
import re

from .grading import grade
from .richtext import to_plain

MAX_TEXT_ANSWER = 500
MAX_ESSAY = 20_000


class ResponseError(ValueError):
    """The form does not hold a usable answer; the message says what to do."""


def shuffled(items, seed, position, salt):
    """``items`` in an order fixed by the attempt's seed, so a refresh shows the same order."""
    items = list(items)
    random.Random(f"{seed}:{position}:{salt}").shuffle(items)
    return items


def choice_order(question, seed, position, shuffle):
    """Indexes of a multiple-choice question's choices in the order to show them."""
    indexes = range(len(question["choices"]))
    return shuffled(indexes, seed, position, "choices") if shuffle else list(indexes)


def matching_options(question, seed, position):
    """The right-hand texts to pick from, each once, shuffled: in file order they would give the answer away."""
    rights = [pair["right"] for pair in question["pairs"]] + list(question.get("distractors", ()))
    unique = list(dict.fromkeys(rights))
    return shuffled(sorted(unique), seed, position, "matching")


def present(question, seed, position, shuffle_choices):
    """What the question page needs beyond the question: the option order."""
    if question["type"] == "multiple_choice":
        order = choice_order(question, seed, position, shuffle_choices)
        return {"choices": [(i, question["choices"][i]["text"]) for i in order]}
    if question["type"] == "matching":
        return {"options": matching_options(question, seed, position)}
    return {}


def prefill(question, response=None, form=None):
    """The values to show as already chosen: from a re-submitted form, else the saved response."""
    kind = question["type"]
    if form is not None:
        if kind == "multiple_choice":
            return {"selected": set(form.getlist("choice"))}
        if kind == "matching":
            return {"picks": [form.get(f"match-{i}", "") for i in range(len(question["pairs"]))]}
        return {"value": form.get("answer", "")}
    if response is None:
        return {"selected": set(), "picks": [], "value": ""}
    if kind == "multiple_choice":
        return {"selected": {str(i) for i in response}}
    if kind == "matching":
        return {"picks": response}
    if kind == "true_false":
        return {"value": "true" if response else "false"}
    return {"value": describe_response(question, response) if kind == "numerical" else response}


def read_response(question, form):
    """Turn a submitted form (a MultiDict) into the response the grader takes."""
    kind = question["type"]
    if kind == "multiple_choice":
        return read_choices(question, form)
    if kind == "true_false":
        value = form.get("answer")
        if value not in ("true", "false"):
            raise ResponseError("Choose True or False.")
        return value == "true"
    if kind == "short_answer":
        return read_text(form, MAX_TEXT_ANSWER)
    if kind == "essay":
        return read_text(form, MAX_ESSAY)
    if kind == "numerical":
        return read_number(question, form.get("answer", ""))
    if kind == "matching":
        return read_matches(question, form)
    return None  # description: nothing to answer


def read_choices(question, form):
    """Selected choice indexes, checked against the question's choices."""
    values = form.getlist("choice")
    count = len(question["choices"])
    try:
        selected = sorted({int(v) for v in values})
    except ValueError:
        raise ResponseError("That choice is not one of the options; choose again.") from None
    if any(not 0 <= i < count for i in selected):
        raise ResponseError("That choice is not one of the options; choose again.")
    if not selected:
        raise ResponseError("Choose all the answers that apply." if question.get("multiple") else "Choose an answer.")
    if not question.get("multiple") and len(selected) > 1:
        raise ResponseError("Choose only one answer.")
    return selected


def read_text(form, limit):
    text = form.get("answer", "").strip()
    if not text:
        raise ResponseError("Type an answer.")
    if len(text) > limit:
        raise ResponseError(f"Keep the answer under {limit:,} characters.")
    return text


def read_matches(question, form):
    """One pick per pair; every pick must be one of the options offered."""
    options = {pair["right"] for pair in question["pairs"]} | set(question.get("distractors", ()))
    picks = []
    for index in range(len(question["pairs"])):
        pick = form.get(f"match-{index}", "")
        if pick not in options:
            raise ResponseError("Choose a match for every item.")
        picks.append(pick)
    return picks


def parse_number(text):
    """Read a number as people type it: "500,000", "500 000", "3.14", "3,14", "0,125", "-2", "−2", "1e3".
    "1,414" reads as a thousand and more; read_number decides such a figure by the question."""
    return number_readings(text)[0]


def number_readings(text):
    """Every value ``text`` can mean, the likelier first: two for a comma before three digits ("1,414" is 1414 to
    an English reader and 1.414 to a German one), one otherwise; ResponseError when it is no number."""
    # (a typographic minus, as phones and word processors type it: a new user's walk had "−5" refused)
    cleaned = re.sub(r"[\s_\u00a0\u202f]", "", text).replace("\u2212", "-")
    readings = [cleaned]
    if re.fullmatch(r"[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?", cleaned):
        readings = [cleaned.replace(",", "")]  # thousands separators
        if cleaned.count(",") == 1 and "." not in cleaned and not cleaned.endswith(",000"):
            readings.append(cleaned.replace(",", "."))  # or a decimal comma (but no one types 500.000 for 500)
    elif cleaned.count(",") == 1 and "." not in cleaned:
        readings = [cleaned.replace(",", ".")]  # a decimal comma ("0,125" has no thousands)
    try:
        values = [float(reading) for reading in readings]
    except ValueError:
        if re.match(r"[-+]?\d[\d.,]*\s*[^\d\s.,]", text.strip()):
            number = re.match(r"[-+]?\d[\d.,]*", text.strip()).group(0)
            raise ResponseError(f"Enter the number alone, without a unit: {number}, not “{text.strip()}”.") from None
        raise ResponseError("Enter a number, such as 42, 3.5 or 500,000.") from None
    if not all(math.isfinite(value) for value in values):
        raise ResponseError("Enter a finite number.")
    return values


def read_number(question, text):
    """The value of a typed number: of two readings ("1,414"), the one the question's answers accept, where only
    one is (a new user's walk typed √2 as "1,414" and was marked wrong with "Your answer 1414")."""
    values = number_readings(text)
    if len(values) == 1:
        return values[0]
    return max(values, key=lambda value: grade(question, value).fraction)  # (the first of equals: the likelier)


def describe_response(question, response):
    """What the student answered, in words, for feedback and results."""
    if response is None:
        return ""
    kind = question["type"]
    if kind == "multiple_choice":
        fmt = question.get("format", "plain")
        return "; ".join(to_plain(question["choices"][i]["text"], fmt) for i in response if i < len(question["choices"]))
    if kind == "true_false":
        return "True" if response else "False"
    if kind == "numerical":
        return f"{response:,.10g}" if abs(response) >= 10000 else f"{response:.10g}"
    if kind == "matching":
        return "; ".join(f"{pair['left']} → {pick}" for pair, pick in zip(question["pairs"], response, strict=False))
    return str(response)
