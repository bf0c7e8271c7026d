"""Grade a student's response to one question. Pure functions: no Flask, no SQL.

A response is what the student gave, in a JSON-friendly shape per type:
multiple_choice: list of choice indexes; true_false: bool; short_answer and
essay: str; numerical: float; matching: list of chosen right-hand texts, one
per pair (None where left blank); description: None.
"""

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from .richtext import to_plain

UNGRADED_TYPES = ("essay", "description")


@dataclass(frozen=True)
class Grade:
    """How a response scored: ``fraction`` of the points (None when not auto-graded)."""

    fraction: float | None
    feedback: str = ""
    typo: bool = False  # accepted although misspelt

    @property
    def correct(self):
        return self.fraction is not None and self.fraction >= 0.999

    @property
    def verdict(self):
        """correct / partial / incorrect / ungraded, for labels and icons."""
        if self.fraction is None:
            return "ungraded"
        if self.correct:
            return "correct"
        return "partial" if self.fraction > 0 else "incorrect"


def grade(question, response, allow_typos=False):
    """Grade ``response`` to ``question`` (a quizapp JSON question)."""
    kind = question["type"]
    if kind in UNGRADED_TYPES:
        return Grade(None)
    grader = {
        "multiple_choice": grade_choices,
        "true_false": grade_true_false,
        "short_answer": lambda q, r: grade_short_answer(q, r, allow_typos),
        "numerical": grade_numerical,
        "matching": grade_matching,
    }[kind]
    return grader(question, response)


def clamp(value):
    return max(0.0, min(1.0, value))


def grade_choices(question, selected):
    """Single answer: the chosen choice's weight. Multiple: the sum of the chosen weights."""
    choices = question["choices"]
    selected = [i for i in selected if 0 <= i < len(choices)]
    if not question.get("multiple"):
        selected = selected[:1]
    fraction = clamp(sum(choices[i]["weight"] for i in selected)) if selected else 0.0
    feedback = " ".join(choices[i].get("feedback", "") for i in selected if choices[i].get("feedback"))
    return Grade(round(fraction, 6), feedback)


def grade_true_false(question, answer):
    """Right when the answer matches; feedback is the one written for what the student said."""
    feedback = question.get("feedback_true" if answer else "feedback_false", "")
    return Grade(1.0 if answer == question["answer"] else 0.0, feedback)


def normalise(text, case_sensitive=False):
    """Compare short answers ignoring case, accents' composition, punctuation at the ends and spacing."""
    text = unicodedata.normalize("NFKC", text)
    if not case_sensitive:
        text = text.casefold()
    # Typed on a phone or pasted from the article, quotes and apostrophes come curly or straight.
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" .,;:!?\"'")


def without_the(text):
    """A normalised answer less a leading "the"."""
    return re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)


def typo_budget(answer):
    """Edits allowed for a typo: none for very short answers, where one letter changes the word, nor for
    answers with digits."""
    length = len(answer)
    if length <= 3 or re.search(r"\d", answer):
        return 0  # and none in a code or a figure: "H5N8" is another strain than "H5N1"
    return 1 if length <= 8 else 2


def wildcard_match(pattern, given):
    """Moodle's short-answer wildcard: ``*`` stands for any run of characters, nothing else is special."""
    regex = ".*".join(re.escape(part) for part in pattern.split("*"))
    return re.fullmatch(regex, given, re.DOTALL) is not None


def grade_short_answer(question, text, allow_typos=False):
    """The best weight among accepted answers matching exactly; failing that, the answer within a typo (if
    allowed) nearest to what was typed; failing that, the best weight among wildcards.

    An answer the teacher listed, whatever its weight, is what the student wrote when they wrote it: "effect" listed
    at 0% with feedback is wrong, though a letter away from the right "affect" (a new user's walk had it marked
    right, without the teacher's feedback). A typo is read as the nearest answer listed, and a catch-all "*" is
    what is left.
    """
    case_sensitive = question.get("case_sensitive", False)
    given = normalise(text, case_sensitive)
    exact, near, wild = [], [], []
    for answer in question["answers"]:
        expected = normalise(answer["text"], case_sensitive)
        weight = clamp(answer.get("weight", 1))
        feedback = answer.get("feedback", "")
        if "*" in expected:
            # Wildcards ("*" alone is Moodle's catch-all for feedback on any other answer) never count as typos.
            if wildcard_match(expected, given):
                wild.append(Grade(weight, feedback))
        elif given == expected or without_the(given) == without_the(expected):
            # ("the Riverside" for "Riverside", "Hague" for "The Hague": a name with or without its article, as the
            # article itself writes it one way and the next, is the same answer; a new user's walk was marked wrong)
            exact.append(Grade(weight, feedback))
        elif allow_typos and given:
            budget = typo_budget(expected)
            distance = Levenshtein.distance(given, expected, score_cutoff=budget)
            if distance <= budget:
                near.append((distance, Grade(weight, feedback, typo=True)))
    # A matched answer beats "no match" even at weight 0: its feedback is what the teacher wrote for it.
    if exact:
        return max(exact, key=lambda grade: grade.fraction)
    if near:
        return min(near, key=lambda item: (item[0], -item[1].fraction))[1]  # (as near: the better weight)
    if wild:
        return max(wild, key=lambda grade: grade.fraction)
    return Grade(0.0)


def grade_numerical(question, value):
    """The best weight among answers whose value ± tolerance contains ``value``."""
    best = Grade(0.0)
    fallback, matched = None, False
    for answer in question["answers"]:
        if answer["value"] == "*":
            # "Any other answer": only its feedback (and weight) apply, when nothing else matched.
            fallback = fallback or Grade(clamp(answer.get("weight", 1)), answer.get("feedback", ""))
            continue
        tolerance = answer.get("tolerance", 0)
        # A relative slack absorbs binary rounding (0.1 + 0.2 against 0.3).
        slack = tolerance + 1e-9 * max(1.0, abs(answer["value"]))
        if abs(value - answer["value"]) <= slack:
            weight = clamp(answer.get("weight", 1))
            if weight > best.fraction or (weight == best.fraction and not matched):
                best = Grade(weight, answer.get("feedback", ""))
            matched = True
    return best if matched or fallback is None else fallback


def grade_matching(question, chosen):
    """One point share per pair matched right."""
    pairs = question["pairs"]
    right = sum(
        1 for pair, pick in zip(pairs, chosen, strict=False)
        if pick is not None and normalise(pick) == normalise(pair["right"])
    )
    return Grade(round(right / len(pairs), 6))


def correct_answer_text(question):
    """The right answer in words, for the results page."""
    kind = question["type"]
    if kind == "multiple_choice":
        right = [to_plain(c["text"], question.get("format", "plain")) for c in question["choices"] if c["weight"] > 0]
        return "; ".join(right)
    if kind == "true_false":
        return "True" if question["answer"] else "False"
    if kind == "short_answer":
        return " or ".join(a["text"] for a in question["answers"] if a.get("weight", 1) >= 0.999 and a["text"] != "*")
    if kind == "numerical":
        return " or ".join(
            format_numerical(a) for a in question["answers"] if a.get("weight", 1) >= 0.999 and a["value"] != "*"
        )
    if kind == "matching":
        return "; ".join(f"{p['left']} → {p['right']}" for p in question["pairs"])
    return ""


def format_numerical(answer):
    """500000 with tolerance 0 reads "500,000"; with tolerance, "3.14 ± 0.01"."""
    value = f"{answer['value']:,.10g}" if abs(answer["value"]) >= 10000 else f"{answer['value']:.10g}"
    tolerance = answer.get("tolerance", 0)
    return f"{value} ± {tolerance:g}" if tolerance else value
