"""What a set uses that a format's file has no place for, as the Export list names it.

Each format declares the parts of a set it cannot keep, of the questions it can
hold (its ``LEAVES_OUT``); the Export list names those the set uses ("leaves out
points and question names"), and test_round_trips reads every file back to check
each declaration. A new user's walk found exports losing such parts unsaid.
"""

from .json_format import DEFAULT_SETTINGS, WEIGHT_EPSILON

# Each part, as the Export list names it.
NAMES = {
    "source": "the sentence each question came from",
    "article": "the article",
    "points": "points",
    "settings": "the quiz's settings",
    "explanation": "explanations",
    "choice_feedback": "feedback on options and answers",
    "wrong_feedback": "feedback on wrong options and other answers",
    "partial_credit": "answers worth part of the marks (such as 50%)",
    "case_sensitive": "answers that must match in capitals",
    "distractors": "a matching's extra right-hand items",
    "title": "question names",
    "tags": "tags",
    "category": "categories",
    "description": "the set's description",
}


def named(declared, question_set, questions):
    """The phrases for the parts in ``declared`` that ``question_set`` uses in ``questions`` (those the format
    holds), in the order declared."""
    used = uses(question_set, questions)
    return [NAMES[part] for part in declared if used[part]]


def uses(question_set, questions):
    """For each part in NAMES, whether ``question_set`` uses it in ``questions``."""
    return {
        "source": any((q.get("source") or {}).get("sentence") for q in questions),
        "article": bool((question_set.source or {}).get("text")),
        "points": any(q.get("points", 1) != 1 for q in questions),
        "settings": any(question_set.settings.get(key, value) != value for key, value in DEFAULT_SETTINGS.items()
                        if key != "published"),
        "explanation": any(q.get("feedback") for q in questions),
        "choice_feedback": any(entry.get("feedback") for q in questions for entry in answer_entries(q)),
        "wrong_feedback": any(wrong_feedback(q) for q in questions),
        "partial_credit": any(partly_right(q) for q in questions),
        "case_sensitive": any(q.get("case_sensitive") for q in questions),
        "distractors": any(q.get("distractors") for q in questions),
        "title": any(q.get("title") for q in questions),
        "tags": any(q.get("tags") for q in questions),
        "category": any(q.get("category") for q in questions),
        "description": bool(question_set.description.strip()),
    }


def answer_entries(question):
    """A question's choices, or its accepted answers."""
    return question.get("choices") or question.get("answers") or ()


def right(question, entry):
    """Whether a choice or accepted answer is a right one, as a flashcard's back shows it: any choice with credit
    in a multiple-response question, else a choice or answer worth full marks (not "*", any other answer)."""
    weight = entry.get("weight", 1)
    if question.get("multiple"):
        return weight > 0
    return abs(weight - 1) <= WEIGHT_EPSILON and "*" not in ((entry.get("text") or "").strip(), entry.get("value"))


def wrong_feedback(question):
    """Whether ``question`` has feedback for an answer that is not a right one (a wrong option, "any other answer",
    the true/false answer that is wrong)."""
    if question["type"] == "true_false":
        return bool(question.get("feedback_false" if question["answer"] else "feedback_true"))
    return any(entry.get("feedback") and not right(question, entry) for entry in answer_entries(question))


def partly_right(question):
    """Whether a single-answer question accepts an answer for part of the marks."""
    return not question.get("multiple") and any(
        WEIGHT_EPSILON < entry.get("weight", 1) < 1 - WEIGHT_EPSILON for entry in answer_entries(question))
