"""Wrong options another question rules out: a figure another stem says something else measures,
a quotation another stem attributes, a name another stem places elsewhere. Struck lures give way
to spares; a question left with fewer than two lures goes."""

import random

from .entities import NUMERIC_KINDS
from .shown import answered, normal, seen


def quoted(text):
    """The opening words of a quotation, enough to recognise it in another stem."""
    return normal(" ".join(text.replace("…", " ").split()[:6]))


HARD, SOFT = 2, 1

def ruled_out(asked, lure, by, topics=frozenset()):
    """How surely a stem or answer of a question in ``by`` tells the student that ``lure``, an
    option of ``asked``, is wrong: HARD, SOFT or 0. ``topics``: the names the article keeps
    coming back to, normal()ised.

    A stem that prints a figure says what it measures ('the locum cost of £7.3m'), so it is not
    what this question asks for, and a figure that is another question's answer is a cue the other
    way; a stem that quotes words says who said them; a stem from the same or the next sentence that
    names someone or something says what they did there ('Patients will be taken to _____' beside
    the stem saying which hospitals will close). All these are HARD. A name printed in a stem
    further away is a weaker clue (SOFT), and a name the article keeps coming back to ('Nissan' and
    'Mitsubishi' in an article about them) none at all."""
    if asked.answer_kind == "quote":
        opening = quoted(lure)
        return HARD if len(opening.split()) >= 4 and any(opening in seen(o) for o in by) else 0
    words = normal(lure)
    if len(words.strip()) < 2:
        return 0
    if asked.answer_kind in NUMERIC_KINDS:
        # The other's answer as the article writes it ("5 million"), whatever the question shows ("5").
        # So does the start of one: a lure of "148" beside "tickets sold: 148,000" points to that answer.
        return HARD if any(words in seen(o) or any(answer.startswith(words) for answer in answered(o))
                           for o in by) else 0
    if asked.answer_kind in ("work", "product", "facility") and any(words in answered(o) for o in by):
        return SOFT  # a film offered for best director that another question has win the audience award
    if asked.answer_kind == "person" and asked.fact_kind != "quote" and any(words in answered(o) for o in by):
        return SOFT  # "the Romanian director _____" offered as best actress
    # Matching people to their titles says what each does: "the festival's artistic director" was not
    # named best actress (HARD), and is unlikely to speak for the union (SOFT, below).
    printed = [o for o in by if words in seen(o)]
    if asked.fact_kind == "quote":
        # "What is Kwabena Asante-Boateng's position?", or "Noah Feldmann estimated that _____ ..." from another
        # sentence, says nothing of who said this: the article's speakers stay the lures of each other's quotations
        # (set 24's were swapped for players who never spoke, and for a forger dead 75 years).
        printed = [o for o in printed if (o.fact_kind != "title" and o.question["type"] != "matching"
                                          and o.sentence_index == asked.sentence_index) or o.answer == "matching-people"]
    if not printed or (words in topics and not any(o.answer == "matching-people" for o in printed)):
        return 0  # a matching says what even a name on every line does ("Moraru-Dace: the Romanian director")
    if asked.fact_kind == "quote" and all(o.answer == "matching-people" for o in printed):
        return SOFT  # "chief executive" beside a union's words: a hint, swapped when a spare can stand in
    if asked.answer_kind in ("work", "product"):
        return HARD  # a title printed anywhere comes with what it is: 'the Swedish film "Long Light"'
    return HARD if any(abs(o.sentence_index - asked.sentence_index) <= 1 or o.question["type"] == "matching"
                       for o in printed) else SOFT

def elimination_fix(candidate, kept, topics=frozenset()):
    """How to keep the candidate with no option that another question rules out:
    [(question, lures to strike, spares to put in)], or None when a question would be left with
    fewer than two lures (two strong lures beat three with one struck out). A SOFT clue only
    costs a lure when a spare can take its place."""
    everyone = [*kept, candidate]
    plan = []
    for asked, by in [(candidate, kept), *((k, [candidate]) for k in kept)]:
        lures = [c for c in asked.question.get("choices", ()) if not c["weight"]]
        strength = {id(c): ruled_out(asked, c["text"], by, topics) for c in lures}
        hard = [c for c in lures if strength[id(c)] == HARD]
        soft = [c for c in lures if strength[id(c)] == SOFT]
        if not hard and not soft:
            continue
        others = [o for o in everyone if o is not asked]
        spares = [s for s in asked.spares if not ruled_out(asked, s, others, topics)]
        if len(lures) - len(hard) + min(len(hard), len(spares)) < 2:
            return None
        struck = hard + soft[:max(0, len(spares) - len(hard))]
        if struck:
            plan.append((asked, struck, spares[:len(struck)]))
    return plan

def strike(plan):
    """Put spares in place of the ruled-out lures, in the question's own stable order."""
    for asked, struck, spares in plan:
        gone = [id(c) for c in struck]
        kept = [c for c in asked.question["choices"] if id(c) not in gone]
        # Built and shuffled as QuestionMaker.multiple_choice does: the answer first, then the lures.
        choices = ([c for c in kept if c["weight"]] + [c for c in kept if not c["weight"]]
                   + [{"text": s, "weight": 0} for s in spares])
        random.Random(asked.question["prompt"]).shuffle(choices)
        asked.question["choices"] = choices
        asked.spares = [s for s in asked.spares if s not in spares]
