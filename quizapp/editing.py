"""Editing a question from the review page's form, and marking its source in the article.
Pure functions: no Flask, no SQL."""

import copy

from .formats.json_format import check
from .formats.parsed import ticks_all_for_full_marks
from .responses import ResponseError, number_readings, parse_number
from .words import clipped

MAX_OPTIONS = 8  # empty boxes the edit form offers at least; a file's question of more keeps them all, and two more
MOST_SLOTS = 1000  # boxes read back from a post, at most: beyond any question the edit form shows (a guard, not a limit)
# An option longer than a paragraph is a paste gone wrong: a 5,000-character choice had been saved and filled the
# review page, where the question itself is held to 2,000 (a new user's walk).
MAX_OPTION_CHARS = 1000


def slots_for(question):
    """How many choice or pair boxes the edit form shows for ``question``: every one it has and two empty, at least
    MAX_OPTIONS. (Eight, whatever the question: a file's ten choices lost two on an unchanged save, a new user's
    walk.)"""
    entries = question.get("choices") or question.get("pairs") or ()
    # (up to the last box with words in it: a refused edit is shown with its empty boxes in place, and counting
    # them had added two more boxes at each refusal, a review)
    held = max((n for n, entry in enumerate(entries, start=1) if entry.get("text") or entry.get("left")
                or entry.get("right")), default=0)
    return max(MAX_OPTIONS, held + 2)


def posted_slots(form, prefix):
    """How many numbered boxes (``prefix`` 0, 1, ...) the form posted."""
    numbers = [int(key[len(prefix):]) for key in form if key.startswith(prefix) and key[len(prefix):].isdigit()]
    return min(max(numbers, default=-1) + 1, MOST_SLOTS)


class Problem(str):
    """A problem with an edit, and the id of the form's box it is about (None: the question as a whole), so the page
    can mark that box and point it at the message (an accessibility audit, WCAG 3.3.1: the boxes were not marked)."""

    def __new__(cls, text, field=None):
        problem = super().__new__(cls, text)
        problem.field = field
        return problem


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
            if edited["answer"] != question["answer"]:
                # the feedback on each reply was written for the other right answer ("Right, about two thirds" on
                # what is now wrong: a new user's walk saw "Correct" beside "Wrong: ..."): it goes
                edited.pop("feedback_true", None)
                edited.pop("feedback_false", None)
    elif kind == "short_answer":
        answers = [line.strip() for line in form.get("answers", "").splitlines() if line.strip()]
        if not answers:
            problems.append(Problem("Give at least one accepted answer.", "answers"))
        # An answer whose text stays keeps its credit and feedback: a file's "=%50%Leonardo#Give the full name" or
        # its "*" that gives nothing for any other answer had become full marks for anything (a new user's walk).
        before = {answer["text"]: answer for answer in question.get("answers", ())}
        edited["answers"] = [copy.deepcopy(before[text]) if text in before else {"text": text, "weight": 1}
                             for text in dict.fromkeys(answers)]
        if answers and not any(answer.get("weight", 1) > 0 for answer in edited["answers"]):
            problems.append(Problem("Give at least one answer that earns credit.", "answers"))
    elif kind == "numerical":
        problems += edit_numerical(edited, form)
    elif kind == "matching":
        pairs = [(form.get(f"left-{i}", "").strip(), form.get(f"right-{i}", "").strip())
                 for i in range(max(posted_slots(form, "left-"), posted_slots(form, "right-")))]
        for number, (left, right) in enumerate(pairs, start=1):
            if bool(left) != bool(right):
                # (which pair, and which side: "each pair" left a new user to find it; an accessibility audit)
                problems.append(Problem(f"Item {number}: write what “{left}” matches, or empty both boxes to remove"
                                        " it." if left else f"Item {number}: write the item that “{right}” matches, or"
                                        " empty both boxes to remove it.",
                                        f"right-{number - 1}" if left else f"left-{number - 1}"))
        # A half-written pair is shown again where it was typed, to be finished, with every box in its place, so a
        # problem's box is the one it names (packed, "right-2" had outlined another pair's: a review); never saved so.
        edited["pairs"] = [{"left": left, "right": right} for left, right in pairs if left and right or problems]
        # Extra right-hand options that match nothing, so the last pair does not follow from the others.
        extra = [line.strip() for line in form.get("distractors", "").splitlines() if line.strip()]
        if extra:
            edited["distractors"] = list(dict.fromkeys(extra))
        else:
            edited.pop("distractors", None)
    longest = max(option_texts(edited), key=len, default="")
    if len(longest) > MAX_OPTION_CHARS:
        problems.append(f"Keep each option or answer to {MAX_OPTION_CHARS:,} characters; one has {len(longest):,}"
                        f" (“{clipped(longest, 41)}”).")
    if not edited["prompt"]:
        # (one message, not the form's "This field is required" and the schema's "must not be empty" and "must not
        # be blank" together: a new user's walk)
        problems.insert(0, Problem("Write the question.", "prompt"))
    elif not problems:
        problems += [sentence(what_field(where), what) for where, what in check({"title": "t", "questions": [edited]})]
    return edited, problems


def option_texts(question):
    """Every text a student picks or types in ``question``: choices, accepted answers, both sides of pairs, decoys."""
    texts = [c["text"] for c in question.get("choices", ())]
    texts += [a["text"] for a in question.get("answers", ()) if isinstance(a.get("text"), str)]
    texts += [side for pair in question.get("pairs", ()) for side in (pair["left"], pair["right"])]
    return texts + list(question.get("distractors", ()))


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
    """Choice texts and the right one(s); feedback stays with a choice whose text is unchanged.

    Credit as a file gave it (a partly right choice worth 25%, a wrong one that takes 100% away) stays while the
    right choices do: saving a question unchanged had made "=A ~%25%B" a two-answer question and a penalty
    nothing, so ticking every box scored full marks (a new user's walk). Ticking other choices shares the credit
    equally among them; a wrong choice's penalty stays, and where there is none, a second right choice gives each
    wrong one an equal share of the whole as its penalty."""
    stored = question["choices"]
    before = {c["text"]: c for c in stored}
    texts = [form.get(f"choice-{i}", "").strip() for i in range(posted_slots(form, "choice-"))]
    correct = set(form.getlist("correct"))
    choices, kept_credit = [], True
    for index, text in enumerate(texts):
        if not text:
            continue
        ticked = str(index) in correct
        # The choice of that wording, else the one in that box reworded ("Jupiter" for "Jupitre" keeps its credit)
        old = before.get(text) or (stored[index] if index < len(stored) else None)
        if old is not None and (old["weight"] > 0) == ticked:
            choices.append({**copy.deepcopy(old), "text": text})
            continue
        kept_credit = False
        # (a choice's feedback, written for it as right or as wrong, goes when its tick changes: "No: condensation is
        # ..." beside the now right "condensation" told a new user's students "Correct" and "No" at once)
        choices.append({"text": text, "weight": 1 if ticked else 0})
    right = [c for c in choices if c["weight"] > 0]
    if not right:
        # shown again as typed, with the problem (a new user's edits were lost), every box in its place, so the
        # problem's box is the one it names
        question["choices"] = [{"text": text, "weight": 1 if str(index) in correct else 0}
                               for index, text in enumerate(texts)]
        empty = sorted(int(i) + 1 for i in correct if i.isdigit() and int(i) < len(texts) and not texts[int(i)])
        if empty:
            # (the box ticked was empty: "Mark the right answer" beside a ticked box puzzled a new user)
            return [Problem(f"Choice {empty[0]} is ticked as the right answer but has no text: write it, or tick"
                            " another.", f"choice-{empty[0] - 1}")]
        return ["Mark the right answer."]
    if kept_credit and len(right) == len([c for c in question["choices"] if c["weight"] > 0]):
        question["choices"] = choices  # the same right choices: their credit, and single or multiple, as they were
        if ticks_all_for_full_marks(question):
            penalise_wrong(choices)  # (as credit_notes tells the instructor before the save)
        return []
    if len(right) > 1:
        question["multiple"] = True
        for choice in right:
            choice["weight"] = round(1 / len(right), 6)
        right[-1]["weight"] = round(1 - sum(c["weight"] for c in right[:-1]), 6)
        if not any(c["weight"] < 0 for c in choices):
            penalise_wrong(choices)  # (a penalty the file gave stays as it was)
    else:
        right[0]["weight"] = 1
        question.pop("multiple", None)
    question["choices"] = choices
    return []


def penalise_wrong(choices):
    """Each wrong choice of a multiple-answer question takes its share of the whole away, so ticking every box scores
    nothing: with no penalty it had scored full marks (a new user's walk)."""
    wrong = [c for c in choices if c["weight"] == 0]
    for choice in wrong:
        choice["weight"] = -round(1 / len(wrong), 6)


def dropped_feedback(before, after):
    """The replies whose feedback an edit dropped, as the right answer changed: choice texts, or "True" and "False"."""
    if after["type"] == "true_false":
        return [word for word, key in (("True", "feedback_true"), ("False", "feedback_false"))
                if before.get(key) and not after.get(key)]
    if after["type"] != "multiple_choice":
        return []
    kept = {choice["text"] for choice in after["choices"] if choice.get("feedback")}
    return [choice["text"] for choice in before.get("choices", ()) if choice.get("feedback") and choice["text"] not in kept
            and any(c["text"] == choice["text"] for c in after["choices"])]


def edit_numerical(question, form):
    """The first answer's value and tolerance, read as a student's answer is ("500,000", "3,14"); the file's other
    answers (a range worth half, a "*" with its feedback) and the first's own credit and feedback stay."""
    typed_value, typed_tolerance = form.get("value", "").strip(), form.get("tolerance", "").strip() or "0"
    first = question["answers"][0]
    value, tolerance = number_or_none(typed_value), number_or_none(typed_tolerance)
    # (which of the two is wrong: one message for both had a new user guess)
    problems = []
    if value is None:
        problems.append(Problem(f"The answer “{typed_value}” is not a number: write it as 500,000 or 3.14.", "value"))
    elif two_readings(typed_value):
        problems.append(Problem(two_readings(typed_value), "value"))
    if tolerance is None or tolerance < 0:
        problems.append(Problem(f"The tolerance “{typed_tolerance}” is not a number of 0 or more: write it as 0, 5 or"
                                " 2.5.", "tolerance"))
    elif two_readings(typed_tolerance):
        problems.append(Problem(two_readings(typed_tolerance), "tolerance"))
    if problems:
        # shown again as typed, with the problem: the stored answer had come back, as if the edit never happened
        question["answers"][0] = {**first, "value": typed_value, "tolerance": typed_tolerance}
        return problems
    if value == first["value"] and tolerance == first.get("tolerance", 0):
        return []
    # (whole numbers stay whole: a tolerance of "1,000" had come back as "1000.0", a new user's walk)
    question["answers"][0] = {**first, "value": whole(value), "tolerance": whole(tolerance)}
    return []


def whole(number):
    """1000.0 -> 1000; 2.5 stays 2.5."""
    return int(number) if number == int(number) else number


def two_readings(text):
    """What to write instead, where ``text`` reads two ways ("1,414": 1414 or 1.414); None where it reads one. A
    student's such answer is read by the question's answers; a teacher's answer is what decides, so it must say
    which (the review of a new user's walk: "1,414" was saved as 1414 without a word)."""
    try:
        readings = number_readings(text)
    except ResponseError:
        return None
    if len(readings) < 2:
        return None
    shown = [str(whole(reading)) for reading in readings]
    return f"“{text}” can be read as {shown[0]} or as {shown[1]}: write the one you mean without the comma."


def number_or_none(text):
    """``text`` read as a student's number ("500,000", "3,14"), or None."""
    try:
        return parse_number(text)
    except ResponseError:
        return None


def credit_notes(question):
    """What the edit form does not show but keeps: credit other than all or nothing, penalties, the file's other
    numerical answers. Told to the instructor beside the form, so no one wonders where a file's 50% went."""
    kind, notes = question["type"], []
    if kind == "multiple_choice":
        right = [c for c in question["choices"] if c["weight"] > 0]
        shares = {round(c["weight"], 6) for c in right}
        if any(c["weight"] < 0 for c in question["choices"]) or len(shares) > 1 or (
                right and not question.get("multiple") and len(right) > 1):
            notes.append("Credit: " + "; ".join(f"{c['text']}: {percent(c['weight'])}" for c in question["choices"]
                                                if c["weight"]) + ". It stays while the same choices are ticked; "
                         "ticking others shares the credit equally among them.")
        if ticks_all_for_full_marks(question):
            # (as the import warned: kept as it came, a student who ticks every box still scores full marks)
            notes.append("The wrong choices cost nothing, so ticking every box scores full marks. Saving this form "
                         "gives each wrong choice a penalty of its share, so that it scores nothing.")
    elif kind == "short_answer":
        partial = [a for a in question["answers"] if a.get("weight", 1) != 1]
        if partial:
            notes.append("Credit other than full: " + "; ".join(
                f"{'any other answer' if a['text'] == '*' else a['text']}: {percent(a.get('weight', 1))}"
                for a in partial) + ". An answer keeps its credit and feedback while its text stays; a new one earns "
                "full credit.")
    elif kind == "numerical" and len(question["answers"]) > 1:
        notes.append("Also kept from the file: " + "; ".join(
            ("any other answer" if a["value"] == "*" else f"{a['value']} ± {a.get('tolerance', 0)}")
            + f": {percent(a.get('weight', 1))}" for a in question["answers"][1:]) + ".")
    return notes


def percent(weight):
    """0.25 -> '25%', -1 -> '-100%'."""
    return f"{weight * 100:g}%"


def highlight(text, questions):
    """The article as paragraphs of (text, [question numbers], [anchors], [refs]) pieces: each
    question's source span is marked so the review page can show where it came from. ``refs``
    are the questions whose span ends with the piece: a source of sentences apart (``spans``)
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
    # A question's number follows the end of its source, as a footnote's mark does: after its first piece, a source of
    # two sentences left the second unnumbered before the next question's (a new user's walk read it as that one's).
    ends = [sorted({n for _s, e, n in marks if e == end}) for end in boundaries[1:]]
    pieces = [(text, numbers, anchors, refs)
              for (text, numbers), anchors, refs in zip(pieces, first, ends, strict=True)]
    paragraphs, current = [], []
    for piece, numbers, anchors, refs in pieces:
        parts = piece.split("\n\n")
        last = max((index for index, part in enumerate(parts) if part), default=0)
        for index, part in enumerate(parts):
            if index > 0:
                paragraphs.append(current)
                current = []
            if part:
                # (a source that runs on into the next paragraph is numbered where each of its paragraphs ends too:
                # its first part had no number, a new user's walk)
                current.append((part, numbers, anchors if index == 0 else [],
                                refs if index == last else (numbers if index < last else [])))
    paragraphs.append(current)
    return [p for p in paragraphs if any(t.strip() for t, _n, _a, _r in p)]
