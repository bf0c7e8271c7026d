"""Scores of whole attempts, from the graded answers of their items. Pure functions."""

import json
import re

from .generator.shown import description_forms, right_texts
from .grading import UNGRADED_TYPES, correct_answer_text, grade
from .responses import describe_response


def attempt_score(items):
    """(marks earned, marks possible) over the auto-graded questions; unanswered ones earn 0."""
    score = max_score = 0.0
    for item in items:
        if item["type"] in UNGRADED_TYPES:
            continue
        max_score += item["points"]
        score += (item["fraction"] or 0.0) * item["points"]
    return round(score, 6), round(max_score, 6)



def review_items(items, allow_typos):
    """Each item with what the student answered, how it was graded and the right answer."""
    reviewed = []
    for item in items:
        question = item["question"]
        answered = item["answered_at"] is not None
        response = json.loads(item["response"]) if answered and item["response"] is not None else None
        result = grade(question, response, allow_typos) if answered and response is not None else None
        reviewed.append({
            "item": item,
            "question": question,
            "answered": answered,
            "response": response,
            "grade": result,
            "your_answer": describe_response(question, response),
            "correct_answer": correct_answer_text(question),
            "marks": (item["fraction"] or 0.0) * item["points"] if item["type"] not in UNGRADED_TYPES else None,
        })
    return reviewed


# An editor's mark for words left out: a blank ("_____") would read as one more gap to fill.
KEPT_BACK = "[…]"


def shares_sentence(one, other):
    """Two sources that show one sentence: the same, or one inside the other (a quotation's source runs
    over two sentences, "'...,' said Nathan Brierley, president of ... … 'Smoke season ...,' Brierley said",
    and the question on his role shows only the first)."""
    return bool(one and other) and (one in other or other in one)


def source_shown(item, items):
    """The item's source sentence as shown right after it is answered, with the answers of the
    attempt's questions still to come from the same sentence blanked (a generated set asks up to
    three things of one sentence, and showing it whole would answer the others; see shares_sentence), and the right sides
    of matchings still to come wherever they are printed."""
    source = (item["question"].get("source") or {}).get("sentence")
    if not source:
        return None
    hidden = []
    for other in items:
        question = other["question"]
        if other is item or other["answered_at"] is not None:
            continue
        if question["type"] == "matching":
            # A matching spans the article: "said Erik Fosse, head of the pilots' union" would pair him with his title.
            hidden += [form for pair in question.get("pairs", ()) for form in description_forms(pair["right"])]
        elif shares_sentence((question.get("source") or {}).get("sentence"), source):
            hidden += right_texts(question)
        else:
            # A figure still to be asked, wherever this source prints it: a quotation's "We will not accept that
            # 1,150 people pay the price" before "The banks plan to cut _____ jobs".
            hidden += [text for text in right_texts(question) if re.search(r"\d", text)]
    # The item's own answer stays whole: "until June 30" is not "until June […]" for a later "30 percent", nor
    # "5.25 percent" "5.[…] percent" for a later "25" (a set 20 reviewer).
    asked_later = {t.casefold() for t in hidden}
    own = [t for t in right_texts(item["question"]) if len(t) >= 2 and t.casefold() not in asked_later]
    kept = {}  # marker -> the words as the sentence writes them ("Chief financial officer", not the answer's "chief ...")

    def keep(match):
        marker = f"\x00{len(kept)}\x00"
        kept[marker] = match.group(0)
        return marker
    for text in sorted(own, key=len, reverse=True):
        source = re.sub(rf"(?<![\w.,]){re.escape(text)}(?!\w|[.,]\d)", keep, source, flags=re.IGNORECASE)
    for text in sorted({t for t in hidden if len(t) >= 2}, key=len, reverse=True):
        # a figure only where it stands whole: not the "25" of "5.25", nor the "4" of "4.1 million"
        source = re.sub(rf"(?<![\w.,]){re.escape(text)}(?!\w|[.,]\d)", KEPT_BACK, source, flags=re.IGNORECASE)
    for marker, text in kept.items():
        source = source.replace(marker, text)
    # "[…] […] said": a name and its title kept back side by side read as one gap
    return re.sub(rf"{re.escape(KEPT_BACK)}(?:,?\s+{re.escape(KEPT_BACK)})+", KEPT_BACK, source)

