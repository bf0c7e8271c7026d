"""Figures in questions: the value a student types, the unit the stem asks it in, and lures that
keep the sentence's story ("climbed to 9.3 million from _____" wants a lure below 9.3 million; "lift
capacity to _____" wants one above today's figure)."""

import re

from .entities import HEDGE


def completes_hundred(answer, sentence):
    """Another percentage in the sentence adds up with this one to 100."""
    values = [float(v) for v in re.findall(r"(\d+(?:\.\d+)?)\s*(?:%|per ?cent)", sentence)]
    mine = re.search(r"\d+(?:\.\d+)?", answer)
    if not mine:
        return False
    value = float(mine.group(0))
    return any(abs(value + other - 100) < 0.01 for other in values if other != value)


def numeric_value(text):
    """The figure as written: 9.3 for '9.3 million' (the hint says 'in millions'), 410000 for '410,000'."""
    match = re.search(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", text)
    if not match:
        return None
    value = float(match.group(0).replace(",", ""))
    return int(value) if value == int(value) else value


SCALES = {"m": "millions", "mn": "millions", "million": "millions", "bn": "billions", "billion": "billions",
          "k": "thousands", "thousand": "thousands", "trillion": "trillions", "tn": "trillions"}


def unit_hint(answer):
    """' (in £ millions)': what the typed figure counts, without hedges like 'about'; '' for a plain count."""
    words = HEDGE.sub("", answer, count=1) if HEDGE.match(answer) else answer
    words = re.sub(r"\d[\d.,]*\s*", " ", words).split()
    words = [SCALES.get(w.lower(), w) for w in words]
    return f" (in {' '.join(words)})" if words else ""


def same_side(options, answer, after, before=""):
    """'climbed to _____ from 6.8 million': a lure below 6.8 million contradicts the sentence. When the
    answer is followed by 'from N' (or 'up from N') in its unit, or comes after 'to N from', keep the
    lures on the answer's side of N."""
    match = re.search(r"\bto ([$€£¥]?\d[\d,.]*(?:\s*(?:million|billion|per cent)|bn\b|m\b|%)?) (?:up |down )?from "
                      r"(?:about |around )?$", before) or re.match(r"[^.;]{0,40}?\b(?:up |down )?from (?:about |around )?"
                     r"([$€£¥]?\d[\d,.]*(?:\s*(?:million|billion|per cent)|bn\b|m\b|%)?)",
                     after)
    if not match:
        return options
    base = numeric_value(match.group(1))
    mine = numeric_value(answer)
    if base is None or mine is None or mine == base or unit_words(match.group(1)) != unit_words(answer):
        return options
    # And not next to N: "to 9.3 million from 9.2 million" is no surge. A lure keeps at least
    # two fifths of the answer's distance from N.
    margin = 0.4 * abs(mine - base)
    return [(text, tier) for text, tier in options
            if (value := numeric_value(text)) is not None and (value > base) == (mine > base)
            and abs(value - base) >= margin]


# "would lift the terminal's annual capacity to _____": the blank is a new, higher figure.
RISE_TO = re.compile(r"\b(?:lift|raise|increase|expand|boost|grow|rise|climb|double|bring|take|push)(?:s|es|ed|d|ing)?\b"
                     r"|\b(?:grew|rose|risen|brought|took|taken)\b", re.IGNORECASE)


def above_current(options, answer, before, figures):
    """'lift capacity to _____' when the article gives today's figure (3.4 million) elsewhere:
    a lure at or below today's figure is no rise at all. Keeps the lures above the largest
    figure of the answer's unit that is below the answer."""
    clause = re.split(r"[.;]", before)[-1]
    if not re.search(r"\bto (?:about |around |some )?$", clause) or not RISE_TO.search(clause[-80:]):
        return options
    mine = numeric_value(answer)
    if mine is None:
        return options
    lower = [value for figure in figures if unit_words(figure) == unit_words(answer)
             and (value := numeric_value(figure)) is not None and value < mine]
    if not lower:
        return options
    floor = max(lower)
    return [(text, tier) for text, tier in options if (value := numeric_value(text)) is not None and value > floor]


def unit_words(text):
    return re.sub(r"[\d.,\s]+", " ", text).strip().lower().replace("about ", "")
