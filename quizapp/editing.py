"""Editing a question from the review page's form, and marking its source in the article.
Pure functions: no Flask, no SQL."""

import copy
import math

from .formats.json_format import check

MAX_OPTIONS = 8


def apply_edit(question, prompt, feedback, form):
    """A copy of ``question`` with the form's changes; returns (question, problems)."""
    edited = copy.deepcopy(question)
    edited["prompt"] = prompt.strip()
    if feedback.strip():
        edited["feedback"] = feedback.strip()
    else:
        edited.pop("feedback", None)
    problems = []
    kind = question["type"]
    if kind == "multiple_choice":
        problems += edit_choices(edited, form)
    elif kind == "true_false":
        if form.get("answer") not in ("true", "false"):
            problems.append("Choose whether the statement is true or false.")
        else:
            edited["answer"] = form["answer"] == "true"
    elif kind == "short_answer":
        answers = [line.strip() for line in form.get("answers", "").splitlines() if line.strip()]
        if not answers:
            problems.append("Give at least one accepted answer.")
        edited["answers"] = [{"text": text, "weight": 1} for text in dict.fromkeys(answers)]
    elif kind == "numerical":
        problems += edit_numerical(edited, form)
    elif kind == "matching":
        pairs = [(form.get(f"left-{i}", "").strip(), form.get(f"right-{i}", "").strip()) for i in range(MAX_OPTIONS)]
        if any(bool(left) != bool(right) for left, right in pairs):
            problems.append("Fill in both sides of each pair, or leave both empty to remove it.")
        edited["pairs"] = [{"left": left, "right": right} for left, right in pairs if left and right]
        # Extra right-hand options that match nothing, so the last pair does not follow from the others.
        extra = [line.strip() for line in form.get("distractors", "").splitlines() if line.strip()]
        if extra:
            edited["distractors"] = list(dict.fromkeys(extra))
        else:
            edited.pop("distractors", None)
    if not problems:
        problems += [sentence(what_field(where), what) for where, what in check({"title": "t", "questions": [edited]})]
    return edited, problems


FIELD_NAMES = {"choices": "The choices", "pairs": "The pairs", "answers": "The accepted answers", "prompt": "The question"}


def what_field(where):
    """'questions[0].choices' -> 'The choices'."""
    last = where.split(".")[-1].split("[")[0]
    return FIELD_NAMES.get(last, "")


def sentence(field, what):
    """'The choices needs at least 2 entries...' as a sentence an instructor reads."""
    text = f"{field} {what}" if field else what
    text = text.replace("needs at least", "need at least") if field.endswith("s") else text
    return text[0].upper() + text[1:] + ("" if text.endswith(".") else ".")


def edit_choices(question, form):
    """Choice texts and the right one(s); feedback stays with a choice whose text is unchanged."""
    old_feedback = {c["text"]: c.get("feedback") for c in question["choices"]}
    texts = [form.get(f"choice-{i}", "").strip() for i in range(MAX_OPTIONS)]
    correct = set(form.getlist("correct"))
    choices = []
    for index, text in enumerate(texts):
        if text:
            choice = {"text": text, "weight": 1 if str(index) in correct else 0}
            if old_feedback.get(text):
                choice["feedback"] = old_feedback[text]
            choices.append(choice)
    right = [c for c in choices if c["weight"]]
    if not right:
        question["choices"] = choices  # shown again as typed, with the problem (a new user's edits were lost)
        return ["Mark the right answer."]
    if len(right) > 1:
        question["multiple"] = True
        for choice in right:
            choice["weight"] = round(1 / len(right), 6)
        right[-1]["weight"] = round(1 - sum(c["weight"] for c in right[:-1]), 6)
    else:
        question.pop("multiple", None)
    question["choices"] = choices
    return []


def edit_numerical(question, form):
    try:
        value = float(form.get("value", "").replace(",", ""))
        tolerance = float(form.get("tolerance", "0") or 0)
    except ValueError:
        return ["Give the answer and the tolerance as numbers, such as 500000 and 0."]
    if not math.isfinite(value) or not math.isfinite(tolerance) or tolerance < 0:
        return ["Give a finite answer and a tolerance of 0 or more."]
    question["answers"] = [{"value": int(value) if value == int(value) else value, "tolerance": tolerance,
                            "weight": 1}]
    return []


def highlight(text, questions):
    """The article as paragraphs of (text, [question numbers], [anchors], [refs]) pieces: each
    question's source span is marked so the review page can show where it came from. ``refs``
    are the questions whose span starts at the piece: a source of sentences apart (``spans``)
    carries its number at each of them; ``anchors``, the link target, only at the first."""
    marks = []
    for number, question in enumerate(questions, start=1):
        source = question.get("source") or {}
        if isinstance(source.get("start"), int) and isinstance(source.get("end"), int):
            marks.append((source["start"], source["end"], number))
        for span in source.get("spans", ()):  # several sentences apart: each is marked, not all between them
            marks.append((span[0], span[1], number))
    boundaries = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    pieces = []
    for start, end in zip(boundaries, boundaries[1:], strict=False):
        numbers = [n for s, e, n in marks if s <= start and end <= e]
        pieces.append((text[start:end], numbers))
    # Each question's first piece carries its anchor ("src-N"), so every "source sentence" link lands.
    anchored, first = set(), []
    for _text, numbers in pieces:
        new = [n for n in numbers if n not in anchored]
        anchored.update(new)
        first.append(new)
    starts = [sorted({n for s, _e, n in marks if s == start}) for start in boundaries[:-1]]
    pieces = [(text, numbers, anchors, refs)
              for (text, numbers), anchors, refs in zip(pieces, first, starts, strict=True)]
    paragraphs, current = [], []
    for piece, numbers, anchors, refs in pieces:
        parts = piece.split("\n\n")
        for index, part in enumerate(parts):
            if index > 0:
                paragraphs.append(current)
                current = []
            if part:
                current.append((part, numbers, anchors if index == 0 else [], refs if index == 0 else []))
    paragraphs.append(current)
    return [p for p in paragraphs if any(t.strip() for t, _n, _a, _r in p)]
