"""Figures in questions: the value a student types, the unit the stem asks it in, and lures that
keep the sentence's story ("climbed to 9.3 million from _____" wants a lure below 9.3 million; "lift
capacity to _____" wants one above today's figure)."""

import operator
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from .candidates import LURES, SPARES
from .distractors import COUNT_IN_WORDS, NUMBER_NAMES, perturb_number
from .entities import HEDGE
from .lexicon import COUNT_NOUNS, MEASURE_NOUNS, MONTHS, is_unit, plural
from .stems import NUMBER_WORDS

# "voted 9 to 3", "approved by 61.4 per cent to 38.6 per cent": one result, asked whole.
# "9 to 3", "61.4 per cent to 38.6 per cent", and a count written "7-2".
TALLY = re.compile(r"(?P<a>\d+(?:\.\d+)?)(?P<unit> per cent|%)?(?P<sep> (?:votes )?to |[-–](?=\d+\b(?![-–.]\d)))"
                   r"(?P<b>\d+(?:\.\d+)?)(?P<unit2> per cent|%)?")
# (a court's too, "ruled 5-2", set 41; and a game's, "beating Spain 14-13", set 62)
VOTE_WORDS = re.compile(r"\b(?:vot\w*|approv\w*|reject\w*|margin|majority|passed|won|lost|beat|beating|beaten|"
                        r"defeat(?:ed|ing)|carried|ruled|decided|split|upheld|overturned)\b", re.IGNORECASE)
# "in a 4-1 decision": the tally before the word that says it is one
VOTE_AFTER = re.compile(r"\s+(?:decision|ruling|vote|verdict|majority|judgment|judgement)\b", re.IGNORECASE)


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





def decimals_of(text):
    """How many places after the point its first figure is written with: 2 for "1.21 million", 0 for "35"."""
    match = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    return len(match.group(1)) if match and match.group(1) else 0


def unit_hint(answer):
    """' (in £ millions)': what the typed figure counts, without hedges like 'about'; '' for a plain count."""
    words = HEDGE.sub("", answer, count=1) if HEDGE.match(answer) else answer
    words = [w.lstrip("-") for w in re.sub(r"\d[\d.,]*\s*", " ", words).split() if w != "ago"]  # "100 years ago": in years
    # "14.2-kilometre", said in the plural: "(in kilometres)".
    words = [plural(w) if w in MEASURE_NOUNS | COUNT_NOUNS else w for w in words]
    words = [SCALES.get(w.lower(), w) for w in words]
    money = [w for w in words if w.lower().rstrip("s") in ("pound", "euro", "dollar", "crown", "franc", "zloty", "rupee")]
    scale = [w for w in words if w in SCALES.values()]
    if money and len(words) == len(money) + len(scale):
        currency = money[0].lower().rstrip("s") + "s"
        return f" (in {scale[0]} of {currency})" if scale else f" (in {currency})"  # not "(in billions pound)"
    rest = [w for w in words if w not in SCALES.values()]
    if scale and rest and len(scale) == 1 and words[0] == scale[0]:
        return f" (in {scale[0]} of {' '.join(rest)})"  # "2 billion dong": not "(in billions dong)"
    return f" (in {' '.join(words)})" if words else ""


# A figure with its scale or unit: "$1.3 billion", "6.8 million", "18 per cent", "£72.4m".
FIGURE_TEXT = r"[$€£¥]?\d[\d,.]*(?:\s*(?:million|billion|per ?cent)|bn\b|m\b|%)?"
TO_FROM = re.compile(rf"\bto ({FIGURE_TEXT}) (?:up |down )?from (?:about |around )?$")   # "climbed to 9.3m from _____"
UP_FROM = re.compile(rf"[^.;]{{0,40}}?\b(?:up |down )?from (?:about |around )?({FIGURE_TEXT})")  # "_____, up from 250,000"
# "cost 9.6 billion zlotys ($2.4 billion), up from the _____ budgeted": the lures stay below 9.6 billion.
BEFORE_UP_FROM = re.compile(rf"({FIGURE_TEXT})[^;]{{0,60}}?\b(?:up|down) from (?:the |about |around )?$")
FROM_TO = re.compile(rf"\s+to ({FIGURE_TEXT}(?:\s+[a-z]+)?)")  # "from _____ to 180 metres"
# "has fallen from 2.6 in 2005 to _____ today": the lures stay below 2.6.
FROM_THEN_TO = re.compile(rf"\bfrom (?:about |around )?({FIGURE_TEXT})(?:\s+(?:in|at the end of|a year earlier)(?:\s+\d{{4}})?)?"
                          rf"\s+to (?:about |around )?$")


def same_side(options, answer, after, before=""):
    """'climbed to _____ from 6.8 million': a lure below 6.8 million contradicts the sentence. When the
    answer is followed by 'from N' (or 'up from N') in its unit, comes after 'to N from', or stands in
    'from _____ to N', keep the lures on the answer's side of N."""
    match = (TO_FROM.search(before) or UP_FROM.match(after) or BEFORE_UP_FROM.search(re.sub(r"\([^)]*\)", "", before))
             or FROM_THEN_TO.search(before))
    if not match and re.search(r"\bfrom (?:about |around )?$", before):
        match = FROM_TO.match(after)  # "reduced the height from _____ to 180 metres": the lures stay above 180
    if not match:
        return options
    base = numeric_value(match.group(1))
    mine = numeric_value(answer)
    if base is None or mine is None or mine == base or unit_words(match.group(1)).split()[:1] != unit_words(answer).split()[:1]:
        return options
    return on_its_side(options, mine, base)  # and not next to N: "to 9.3 million from 9.2 million" is no surge


def on_its_side(options, mine, base):
    """The lures on the answer's side of another figure of the sentence, and at least two fifths of the answer's
    distance from it."""
    margin = 0.4 * abs(mine - base)
    return [(text, tier) for text, tier in options
            if (value := numeric_value(text)) is not None and (value > base) == (mine > base)
            and abs(value - base) >= margin]


# "Boys were more likely than girls to be heavy users, at _____ versus 29 percent": one figure set against another,
# where the sentence says which is more.
VERSUS_AFTER = re.compile(rf"^\s*(?:percent |per cent |% )?(?:versus|vs\.?|against|compared with|compared to)\s+"
                          rf"(?:about |around )?({FIGURE_TEXT})")
VERSUS_BEFORE = re.compile(rf"({FIGURE_TEXT})(?:\s*%|\s+percent|\s+per cent)?\s+(?:versus|vs\.?|against|compared with|"
                           rf"compared to)\s+(?:about |around )?$")
COMPARATIVE = re.compile(r"\b(?:more|less|fewer|higher|lower|larger|smaller|greater|bigger|likelier|faster|slower)\b"
                         r"[^,;]*\bthan\b")


def set_against(options, answer, before, after):
    """'more likely than girls ..., at _____ versus 29 percent' (41): a lure of 28 percent says the opposite. Keeps
    the lures on the answer's side of the figure it is set against, and apart from it (set 46's reviewers)."""
    match = VERSUS_AFTER.match(after) or VERSUS_BEFORE.search(before)
    if match is None or not COMPARATIVE.search(before + " " + after):
        return options
    base, mine = numeric_value(match.group(1)), numeric_value(answer)
    if base is None or mine is None or base == mine:
        return options
    return on_its_side(options, mine, base)


# "_____ to 2 degrees" (1.5), "1.5 to _____ degrees" (2): one end of a range the sentence gives.
RANGE_END_AFTER = re.compile(r"^\s*(?:to|-|–)\s*(\d[\d,]*(?:\.\d+)?)\b")
RANGE_START_BEFORE = re.compile(r"\b(\d[\d,]*(?:\.\d+)?)\s*(?:to|-|–)\s*$")


def inside_range(options, answer, before, after):
    """'were _____ to 2 degrees above': a lure of 2.5 makes "2.5 to 2"; keeps the lures below a range's
    end the sentence gives, above its start, and not on it."""
    mine = numeric_value(answer)
    if mine is None or re.search(r"[^\d.,\s]", answer):
        return options  # a figure with its own unit ("5% to 9.3 million") is no end of a range
    end, start = RANGE_END_AFTER.match(after), RANGE_START_BEFORE.search(before)
    if end and (bound := numeric_value(end.group(1))) is not None and mine < bound:
        return [(t, tier) for t, tier in options if (v := numeric_value(t)) is not None and v < bound]
    if start and (bound := numeric_value(start.group(1))) is not None and mine > bound:
        return [(t, tier) for t, tier in options if (v := numeric_value(t)) is not None and v > bound]
    return options


# "more than _____ signatures": a lure below the answer would make the sentence true as well.
AT_LEAST = re.compile(r"\b(?:more than|over|at least|in excess of|upwards of)\s+$", re.IGNORECASE)
AT_MOST = re.compile(r"\b(?:less than|fewer than|under|at most|up to|no more than)\s+$", re.IGNORECASE)


def beyond_bound(options, answer, before):
    """'gathered more than _____ signatures' (41,000): a lure of 33,000 is true too. Keeps the lures
    above the answer after 'more than', below it after 'up to'."""
    # At their scale: "700,000" is below "more than 1.3 million", though 700,000 is more than 1.3.
    mine = at_scale(answer)
    if mine is None:
        return options
    if AT_LEAST.search(before):
        return [(text, tier) for text, tier in options if (value := at_scale(text)) is not None and value > mine]
    if AT_MOST.search(before):
        return [(text, tier) for text, tier in options if (value := at_scale(text)) is not None and value < mine]
    return options


# "The project cost _____, of which $110 million came from a loan": the whole, above its part.
OF_WHICH = re.compile(r"^,? of which (?:about |some |around |nearly |almost )?([$€£¥]?\d[\d,.]*(?: (?:million|billion))?)")


def above_its_part(options, answer, after):
    """'cost _____, of which $110 million came from a loan': no lure at or below the part ($76 million)."""
    match = OF_WHICH.match(after)
    mine, part = at_scale(answer), at_scale(match.group(1)) if match else None
    if part is None or mine is None or mine <= part:
        return options
    return [(text, tier) for text, tier in options if (value := at_scale(text)) is not None and value > part]


# A sum with its currency's word: "1.14 billion dollars", "640 million euros".
SUM_WITH_CURRENCY = re.compile(r"(\d[\d,.]*(?:\s+(?:million|billion|thousand))?)\s+([a-z]+)")


def below_its_whole(options, answer, before):
    """'the roughly 1.14 billion dollars ... would be financed with _____ in new bank loans': the sentence has
    printed a larger sum in the answer's currency before it, the whole the answer is a part of, so no lure at or
    above it (set 53's reviewers ruled out "1.4 billion dollars")."""
    mine, currency = at_scale(answer), unit_words(answer).split()[-1:]
    if mine is None or not currency:
        return options
    wholes = [value for m in SUM_WITH_CURRENCY.finditer(before) if m.group(2) == currency[0]
              and (value := at_scale(m.group(1))) is not None and value > mine]
    if not wholes:
        return options
    return [(text, tier) for text, tier in options if (value := at_scale(text)) is not None and value < min(wholes)]


# "Nearly four in _____ coral fragments survived": a share written as a ratio, whose whole is more than its part.
RATIO_BEFORE = re.compile(rf"\b(\d+|{'|'.join(NUMBER_WORDS)}) (?:in|out of) $", re.IGNORECASE)


def past_the_ratio(options, answer, before):
    """'four in _____': no lure of "three" or "two" (four in three is no share)."""
    match = RATIO_BEFORE.search(before)
    if match is None:
        return options
    part = word_or_figure(match.group(1))
    return [(text, tier) for text, tier in options if (value := word_or_figure(text)) is not None and value > part]


def word_or_figure(text):
    """4 for 'four' or '4'; None for neither."""
    word = NUMBER_WORDS.get(text.strip().lower())
    return float(word) if word is not None else numeric_value(text)


def at_scale(text):
    """The figure with its scale: 1300000 for '1.3 million', 700000 for '700,000', 4.5 for '4.5%'."""
    value = scaled_value(text)
    return value if value is not None else numeric_value(text)


# "took 31 of the 45 seats, well above the 23 needed": the answer's side of a bound the sentence names.
BOUND_AFTER = re.compile(r"^[^;]{0,120}?\b(above|below|more than|less than|fewer than|over|under)\s+(?:the\s+)?"
                         r"(?:[a-z]+\s+){0,3}?(?:of\s+)?(?:about |around )?[$€£¥]?(\d[\d,.]*)")


# A bound in another measure than the answer's: "more than 20 years old" after a fleet of aircraft.
OTHER_MEASURES = {plural(noun) for noun in MEASURE_NOUNS} | {"km", "kg", "percent", "per", "%"}


def beside_bound(options, answer, after):
    """'31 of the seats, well above the 23 needed': a lure of 21 contradicts the sentence; 'well below
    the 250 ...': a lure of 260 does. Keeps the lures on the answer's side of the bound."""
    match = BOUND_AFTER.match(after)
    mine = numeric_value(answer)
    if not match or mine is None:
        return options
    unit = re.match(r"\s*([a-z%]+)", after[match.end():])
    if unit and unit.group(1) in OTHER_MEASURES and unit.group(1) not in answer + after[:12]:
        return options  # "a fleet of _____ aircraft, some of which are more than 20 years old": another measure
    bound = numeric_value(match.group(2))
    if bound is None or (mine > bound) != (match.group(1) in ("above", "more than", "over")) or mine == bound:
        return options  # not a bound on the answer ("of the 45 seats" is no bound either way)
    return on_its_side(options, mine, bound)  # "well below the 250": not 246


# "retire at _____", "a pension age of _____", "aged _____": an age, whose lures are years apart, not decades.
AGE_BEFORE = re.compile(r"\b(?:retire|retiring|retirement|pension) (?:age )?(?:at|of|to) $|\b(?:aged|age of|ages of) $")


# People of an age: "women under 50", "adults over 65".
# (the "under" in the stem, where it hedges the figure: "women under _____")
AGED_PEOPLE = re.compile(r"\b(?:women|men|people|adults|patients|workers|those|children|girls|boys|players|drivers) "
                         r"(?:(?:under|over|aged) )?$")


def is_age(answer, before, after):
    """The figure is someone's age: 'retire at _____', 'a _____-year-old', '_____ years old', 'The 24-year-old'
    (the answer with its "-year-old": set 32's reviewer found a 12-year-old among a forward's lures), 'women
    _____' (under 50: no "under 80", set 39)."""
    return bool(AGE_BEFORE.search(before[-30:]) or re.match(r"[- ]years?[- ]old\b", after)
                or re.search(r"\byears?[- ]old$", answer)
                or AGED_PEOPLE.search(before[-26:]) and (re.match(r"(?:under|over|aged) \d", answer)
                                                         or re.search(r"\b(?:under|over|aged) $", before)))


# "passed by _____ votes to 109": the winning side had more.
VOTES_TO = re.compile(r"^\s+votes?\s+to\s+(\d[\d,]*)\b")
# "fell as much as _____ in Copenhagen trading ... before closing 4.9% lower": the day's extreme is past the close.
AS_MUCH_AS = re.compile(r"\bas (?:much|high|far) as (?:about |around )?$")
CLOSED_AT = re.compile(rf"^[^;]{{0,120}}?\b(?:clos|end|finish|settl)\w*\s+(?:the day\s+)?(?:down\s+|up\s+|at\s+)?({FIGURE_TEXT})")


# "The quota is about 28 percent below the _____": the blank is what a figure told elsewhere is a share apart from.
PERCENT_APART = re.compile(r"\b(\d+(?:\.\d+)?) ?(?:percent|per cent|%) (?P<way>below|under|less than|lower than|"
                           r"above|over|more than|higher than) (?:the |its |their )?$")


def past_the_percent(options, answer, before):
    """'The quota is about 28 percent below the _____' (4.9 million tonnes): the quota, 3.5 million, is below the
    blank, so no lure under it (set 65's reviewers had 2.2, 2.7 and 3.2 million offered beside a 3.5 million quota);
    '... 20 percent above the _____': no lure over the figure it is above."""
    apart, mine = PERCENT_APART.search(before), scaled_value(answer)
    if apart is None or mine is None or float(apart.group(1)) >= 100:
        return options
    share = float(apart.group(1)) / 100
    if apart.group("way") in ("below", "under", "less than", "lower than"):
        other = mine * (1 - share)  # what is below it
        return [(text, tier) for text, tier in options if (value := scaled_value(text)) is not None and value > other]
    other = mine * (1 + share)  # what is above it
    return [(text, tier) for text, tier in options if (value := scaled_value(text)) is not None and value < other]


# Words between a figure and the noun it counts are describing words, never these: "120 of its managers" counts
# managers, not "its".
FUNCTION_WORD = r"(?:of|in|at|to|for|from|with|by|and|or|the|a|an|its|their|his|her|our|was|is|as|has|this)\b"
# The plural noun a count is of, a few describing words after the figure: " ceramic vessels recovered" -> "vessels".
COUNTED = rf"(?:(?!{FUNCTION_WORD})[a-z-]+ ){{0,3}}?(?!{FUNCTION_WORD})(?P<noun>[a-z]+s)\b"
COUNTED_NOUN = re.compile(rf" {COUNTED}")
# "more than 20 painted ceramic vessels": a bound on a count of a thing, which the article may give the exact count of
# elsewhere ("Among the 23 ceramic vessels recovered").
BOUND_HOLDS = {"more than": operator.gt, "over": operator.gt, "upwards of": operator.gt, "at least": operator.ge,
               "fewer than": operator.lt, "less than": operator.lt, "under": operator.lt, "up to": operator.le,
               "at most": operator.le}
BOUND_OF_COUNT = re.compile(rf"\b(?P<way>{'|'.join(BOUND_HOLDS)}) (?P<bound>\d[\d,]*) {COUNTED}")


@lru_cache(maxsize=64)
def bounds_of_counts(text):
    """Every bound the article puts on a count: (counted noun, way, bound, where), read once per article (every figure
    of it asks)."""
    return tuple((m.group("noun"), m.group("way"), numeric_value(m.group("bound")), m.start())
                 for m in BOUND_OF_COUNT.finditer(text))


def within_the_bound_told(options, answer, after, text, own):
    """'Among the _____ ceramic vessels recovered' (23), where another sentence says 'more than 20 painted ceramic
    vessels': no lure the bound rules out (set 67's reviewers had 17 offered). ``own``: (start, end) of the answer's
    sentence, whose own bounds other rules read."""
    noun, mine = COUNTED_NOUN.match(after), numeric_value(answer)
    if noun is None or mine is None or is_unit(noun.group("noun")):
        return options  # (hectares or tonnes measure many things: "up to 12,000 hectares" of a scheme, 11,000 hit)
    for counted, way, limit, where in bounds_of_counts(text):
        if counted != noun.group("noun") or own[0] <= where < own[1]:
            continue
        holds = BOUND_HOLDS[way]
        if limit is None or not holds(mine, limit) or not 0.5 <= limit / (mine or 1) <= 2:
            # a bound the answer breaks, or far from it, is of something else ("more than 300 galaxies in the
            # cluster" beside a catalogue's 900 million)
            continue
        options = [(text_, tier) for text_, tier in options
                   if (value := numeric_value(text_)) is not None and holds(value, limit)]
    return options


def past_the_other(options, answer, before, after, members=None):
    """'passed by _____ votes to 109': no lure of 100 (a defeat), nor one the ``members`` of the body could
    not cast; 'fell as much as _____ before closing 4.9% lower': no lure of 4.4% (the fall would have been
    less than the close). Keeps the lures above the figure the sentence sets against the answer, as the
    answer is."""
    vote = VOTES_TO.match(after)
    match = vote or (AS_MUCH_AS.search(before) and CLOSED_AT.match(after))
    mine = numeric_value(answer)
    if not match or mine is None:
        return options
    other = numeric_value(match.group(1))
    if other is None or mine <= other or (not vote and unit_words(match.group(1)) != unit_words(answer)):
        return options
    margin = 0.4 * (mine - other)
    kept = [(text, tier) for text, tier in options if (value := numeric_value(text)) is not None and value >= other + margin]
    if vote and mine == int(mine):
        # A vote's lures stay near it: 171 or 224 votes beside 109 are more members than the house has.
        step = max(1, round((mine - other) / 3))
        made = [str(int(mine + k * step)) for k in (-2, -1, 1, 2, 3) if mine + k * step > other]
        kept = [(text, tier) for text, tier in kept if abs(numeric_value(text) - mine) <= 4 * step]
        kept += [(text, "perturbed") for text in made if text not in {t for t, _ in kept}]
        if members:
            # "the 27-member commission rejected it by _____ votes to 12": no more votes than members.
            kept = [(text, tier) for text, tier in kept if numeric_value(text) + other <= members]
    return kept


# "would lift the terminal's annual capacity to _____": the blank is a new, higher figure.
RISE_TO = re.compile(r"\b(?:lift|raise|increase|expand|boost|grow|rise|climb|double|bring|take|push)(?:s|es|ed|d|ing)?\b"
                     r"|\b(?:grew|rose|risen|brought|took|taken)\b", re.IGNORECASE)


def above_current(options, answer, before, figures):
    """'lift capacity to _____' when the article gives today's figure (3.4 million) elsewhere:
    a lure at or below today's figure is no rise at all. Keeps the lures above the largest
    figure of the answer's unit that is below the answer."""
    return past_current(options, answer, before, figures, RISE_TO, rising=True)


# "a loss of 310 million crowns, more than three times the _____ crown loss": how many times another figure
# the blank is, said after that figure (the blank the smaller) or after the blank (the blank the larger).
TIMES = (r"(?P<hedge>more than |over |nearly |almost |about |around |roughly |some |at least |less than )?"
         r"(?P<times>twice|double|(?P<k>\d+(?:\.\d+)?|" + "|".join(list(NUMBER_WORDS)[2:11]) + r") times)")
NOT_A_STOP = r"(?:[^.;]|\.(?=\d))"  # any character but a full stop or semicolon: the point of "1.58" is none
TIMES_BEFORE_BLANK = re.compile(rf"(?P<figure>{FIGURE_TEXT}){NOT_A_STOP}{{0,80}}?\b{TIMES} (?:the |as (?:much|many|high) as "
                                r"(?:the )?|that of (?:the )?)?(?:[\w-]+ ){0,3}?(?:of )?$", re.IGNORECASE)
TIMES_AFTER_BLANK = re.compile(rf"^{NOT_A_STOP}{{0,80}}?\b{TIMES} (?:the |as (?:much|many|high) as (?:the )?|that of (?:the )?)?"
                               rf"(?P<figure>{FIGURE_TEXT})", re.IGNORECASE)
def scaled_value(text):
    """410000 for '410,000', 310000000 for '310 million crowns' (see amounts)."""
    found = amounts(text)
    return found[0][0] if found else None


def times_apart(options, answer, before, after):
    """'more than three times the _____' after a loss of 310 million: a lure the ratio breaks (240 million)
    is ruled out by arithmetic, which leaves the answer the one option below 103 million (set 27's
    reviewer: "4.1 is the nearest value under 4.13"). Keeps the lures the stated ratio fits, which only
    the article tells apart."""
    # (a clause ends at a full stop, not at the point of "1.58 million")
    clause_before, clause_after = re.split(r"[.;](?!\d)", before)[-1], re.split(r"[.;](?!\d)", after)[0]
    mine = scaled_value(answer)
    if not mine:
        return options
    # Each figure before the ratio in turn: "the crop at 1.58 million tonnes, up from 1.37 million tonnes last season
    # and more than double the _____" joins the first to the blank, not the nearest (set 41)
    matches = [(TIMES_BEFORE_BLANK.match(clause_before, figure.start()), False)
               for figure in re.finditer(FIGURE_TEXT, clause_before)]
    matches = [(match, larger) for match, larger in matches if match] or [(TIMES_AFTER_BLANK.search(clause_after), True)]
    for match, larger in matches:
        other = scaled_value(match.group("figure")) if match else None
        if not other:
            continue
        fits = ratio_fits(match, other, larger)
        if fits(mine):
            return [(text, tier) for text, tier in options if (value := scaled_value(text)) is None or fits(value)]
    return options  # the sentence's figures are not the ones the ratio joins


def ratio_fits(match, other, larger):
    """Whether a value stands in the ratio the match states ("more than double") to ``other``, which is the
    smaller of the two where ``larger`` is False."""
    times = match.group("times").lower()
    k = 2.0 if times in ("twice", "double") else float(NUMBER_WORDS.get(match.group("k").lower(), match.group("k")))
    hedge = (match.group("hedge") or "").strip().lower()

    def fits(value):
        ratio = value / other if larger else other / value
        if hedge in ("more than", "over", "at least"):
            return ratio >= k
        if hedge in ("nearly", "almost", "less than"):
            return k * 0.8 <= ratio <= k
        return k * 0.85 <= ratio <= k * 1.15
    return fits


# "Nineteen of 22 analysts ... with the remaining three": any of the three is the others' sum or difference.
COUNT = r"(?:\d[\d,]*|" + "|".join(NUMBER_WORDS) + r")"
PART_OF_WHOLE = re.compile(rf"\b(?P<part>{COUNT}) of (?:the |its |their )?(?P<whole>{COUNT})\b", re.IGNORECASE)
REMAINDER = re.compile(rf"\b(?:the )?(?:remaining|other) (?P<rest>{COUNT})\b", re.IGNORECASE)


def count_of(text):
    """3 for '3' or 'three', 1200 for '1,200'."""
    word = text.lower()
    return NUMBER_WORDS[word] if word in NUMBER_WORDS else int(text.replace(",", ""))


def worked_out_from_parts(sentence, start, end):
    """The figure at [start, end) of the sentence is one of a part, its whole and the rest the sentence
    all gives ('Nineteen of _____ analysts ..., with the remaining three'): arithmetic, not recall."""
    for whole in PART_OF_WHOLE.finditer(sentence):
        for rest in REMAINDER.finditer(sentence, whole.end()):
            if count_of(whole.group("part")) + count_of(rest.group("rest")) != count_of(whole.group("whole")):
                continue
            spans = [whole.span("part"), whole.span("whole"), rest.span("rest")]
            if any(a <= start and end <= b or start <= a < end for a, b in spans):
                return True
    return False


# A bare count of the sentence: "1,760 pharmacies", "640 stores" (not a year, a share or a sum of money).
BARE_COUNT_IN = re.compile(r"(?<![\w$€£¥.,])(\d{1,3}(?:,\d{3})+|\d{2,})(?![\w.,]?\d)(?!\s*(?:%|percent|per cent|million|"
                           r"billion|[a-z]*(?:dollar|euro|pound|peso|yen|sole|real|rupee)s?\b))")


def measured(after):
    """The figure is a measure ("65-kilometre", "15 megawatts"), not a count of things that may add up."""
    word = re.match(r"(-|\s+)([a-z]+)", after)
    return bool(word) and (word.group(1) == "-" or word.group(2) in OTHER_MEASURES or word.group(2) in MEASURE_NOUNS)


def sum_of_the_sentence(sentence, start, end):
    """The count at [start, end) and two others of the sentence add up ("would run 1,760 pharmacies - Andalué's 640
    stores in Chile, and Inkasalud's 1,120 in Peru"): each is the others' sum or difference, so a question on any
    one, beside the others or their questions, is arithmetic (set 53's reviewers dropped all three)."""
    counts = [(int(m.group(1).replace(",", "")), m.start(1)) for m in BARE_COUNT_IN.finditer(sentence)
              if not re.fullmatch(r"(?:1[6-9]|20)\d\d", m.group(1)) and not measured(sentence[m.end(1):])]
    mine = next((value for value, at in counts if at == start), None)
    others = [value for value, at in counts if at != start]
    if mine is None or mine < 10:
        return False
    return any(a + b == mine or abs(a - b) == mine for a, b in combinations(others, 2))


# "was expected to fall to _____", "cut its forecast to _____": the blank is a new, lower figure.
FALL_TO = re.compile(r"\b(?:fall|drop|ease|cut|reduce|lower|decline|shrink|slip|sink)(?:s|es|ed|d|ing)?\b"
                     r"|\b(?:fell|fallen|dropped|eased|shrank|shrunk|sank|sunk)\b", re.IGNORECASE)


# "have fallen by more than _____": a fall (FALL_TO's verbs, or "down", "slumped", ...) by a hedged figure.
FALL_BY = re.compile(rf"(?:{FALL_TO.pattern}|\b(?:down|slumped|plunged|plummeted)\b)\s+(?:by\s+)?(?:{HEDGE.pattern})?$",
                     re.IGNORECASE)


def under_a_whole_fall(options, answer, before):
    """'Curlew numbers have fallen by more than _____': no lure of 100 percent or more (set 53's reviewers). Where
    a bound ("more than") has left lures only above the answer, the steps of five between it and 100 stand in."""
    if not FALL_BY.search(before):
        return options
    kept = [(text, tier) for text, tier in options if (value := numeric_value(text)) is not None and value < 100]
    mine = numeric_value(answer)
    if len(kept) < 2 and mine is not None and mine == int(mine) and all((numeric_value(t) or 0) > mine for t, _ in kept):
        shown = {text for text, _ in kept}
        kept += [(lure, "perturbed") for step in range(5, 100, 5) if mine + step < 100
                 and (lure := re.sub(r"\d+", str(int(mine) + step), answer, count=1)) not in shown][:3 - len(kept)]
    return kept


def below_current(options, answer, before, figures):
    """'the danger level was expected to fall to _____' when the article gives today's level (4): a lure at or
    above it is no fall. Keeps the lures below the smallest figure of the answer's unit above the answer."""
    return past_current(options, answer, before, figures, FALL_TO, rising=False)


COMPARED = re.compile(r"\b(?:even|still|much|far) (lower|higher|smaller|larger|fewer|more|less)\b", re.IGNORECASE)


def past_current(options, answer, before, figures, verbs, rising):
    """The lures on the far side of today's figure from the one the sentence's verb moves the answer from."""
    clause = re.split(r"[.;]", before)[-1]
    moved = re.search(r"\bto (?:about |around |some )?$", clause) and verbs.search(clause[-80:])
    compared = COMPARED.search(clause)  # "was even lower, at _____": below the figure the article gave before
    if not moved and not (compared and (compared.group(1) in ("higher", "larger", "more")) == rising):
        return options
    return beyond_today(options, answer, figures, rising)


# "had broken the previous record of _____ gigawatts": the record broken is below the new figure.
PREVIOUS_RECORD = re.compile(r"\b(?:previous|old|earlier|former|prior) (?:all-time |national |world )?(?:record|high|peak|best)"
                             r"(?: level)? (?:of )?(?:about |around |some )?$", re.IGNORECASE)


# "The record for a violin sold at auction remains the _____": above the sale the story is about.
RECORD_STANDS = re.compile(r"\brecord\b[^.;]{0,60}\b(?:remains|still stands at|stands at|is still)\s+(?:the\s+)?"
                           r"(?:about |around |some )?$", re.IGNORECASE)


def below_the_new_record(options, answer, before, figures):
    """'broke the previous record of _____' when the article gives the new one (262 gigawatts): a lure at or
    above it was never broken. Keeps the lures below the smallest figure of the answer's unit above the answer.
    'The record ... remains the _____' beside this sale's $14.2 million: the lures stay above it."""
    clause = re.split(r"[.;]", before)[-1]
    if PREVIOUS_RECORD.search(clause):
        return beyond_today(options, answer, figures, rising=False)
    if RECORD_STANDS.search(clause):
        return beyond_today(options, answer, figures, rising=True)
    return options


def beyond_today(options, answer, figures, rising):
    """The lures above (``rising``) the largest figure of the answer's unit below the answer, or below the
    smallest above it."""
    mine = numeric_value(answer)
    if mine is None:
        return options
    today = [value for figure in figures if unit_words(figure) == unit_words(answer)
             and (value := numeric_value(figure)) is not None and (value < mine if rising else value > mine)]
    if not today:
        return options
    bound = max(today) if rising else min(today)
    return [(text, tier) for text, tier in options if (value := numeric_value(text)) is not None
            and (value > bound if rising else value < bound)]


# "level _____ on the five-point European scale", "a score of _____ out of 10": no lure off the scale.
SCALE_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
ON_A_SCALE = re.compile(r"^\s+(?:on|of) (?:the|a|an) (?:(\w+)|(\d+))-point\b|^\s+out of (\d+)\b"
                        r"|^\s+on a scale of (?:1|one|0|zero) to (\d+)")


def on_the_scale(options, after):
    """Keeps the lures from 1 up to the top of the scale the sentence names after the blank."""
    match = ON_A_SCALE.match(after)
    if not match:
        return options
    word, digits, out_of, to = match.groups()
    top = SCALE_WORDS.get((word or "").lower()) or int(digits or out_of or to or 0)
    if not top:
        return options
    return [(text, tier) for text, tier in options if (value := numeric_value(text)) is not None and 0 < value <= top]


def unit_words(text):
    return re.sub(r"[\d.,\s]+", " ", text).strip().lower().replace("about ", "")


@dataclass
class Tally:
    """A result written 'A to B': where it ends in the text, and lures that keep its total."""

    text: str
    end: int
    lures: list
    start: int | None = None  # where it opens, when that is before the figure asked about


def date_range_at(text, start, end):
    """The run of days the date at text[start:end] closes ('from 11 to 20 September'), with lures
    that keep its length: a week earlier or later, a month on. None when it closes no range."""
    opening = re.search(r"\b(\d{1,2}) (?:to|-|–) $", text[max(0, start - 8):start])
    closing = re.match(rf"(\d{{1,2}}) ({'|'.join(MONTHS)})\b", text[start:end])
    if not opening or not closing:
        return None
    first, last, month = int(opening.group(1)), int(closing.group(1)), closing.group(2)
    if not 1 <= first < last <= 31:
        return None
    lures = [f"{first + shift} to {last + shift} {month}" for shift in (-7, 7, 14, -14) if 1 <= first + shift
             and last + shift <= 30]
    later = MONTHS[(MONTHS.index(month) + 1) % 12]
    lures.insert(1, f"{first} to {last} {later}")
    opened = start - len(opening.group(0)) + opening.start(1) - opening.start(0)
    return Tally(text[opened:end], end, lures, opened)


# "between A.D. 780 and 850", "between 640 and 580 B.C.", "between 2021 and 2023": when something was, as two years.
ERA = r"(?:A\.D\.|AD|B\.C\.|BC|BCE|CE)"
YEAR_RANGE = re.compile(rf"\bbetween (?P<era_a>{ERA} )?(?P<a>\d{{3,4}})(?: {ERA})? and (?:{ERA} )?(?P<b>\d{{3,4}})"
                        rf"(?P<era>(?: {ERA})?)(?!\w)")
# Words that may follow a span of years; any other word makes it a count ("between 300 and 400 people").
AFTER_YEARS = re.compile(r"(?:[,.;)]|\s+(?:when|and|in|on|at|by|after|before|according|as|archaeologists|"
                         r"researchers|scientists|experts)\b|$)")


def year_range_at(text, start, end):
    """(the span of years the figure at text[start:end] is one end of, True where it is the first end): 'dated to
    between A.D. 780 and 850', with lures that keep its length, shifted a span or two earlier or later; None where it
    is no end of one. Asked whole, from its first end: either end alone leaves the other in the stem to tell it (set
    67's reviewers wanted the tomb's date). Years are four figures or carry their era: "between 300 and 400" is no
    span of years."""
    for match in YEAR_RANGE.finditer(text, max(0, start - 30), min(len(text), end + 30)):
        if not (match.start() <= start < match.end("b")) or not AFTER_YEARS.match(text, match.end()):
            continue
        if not (match.group("era_a") or match.group("era") or len(match.group("a")) == len(match.group("b")) == 4):
            continue
        a, b = int(match.group("a")), int(match.group("b"))
        step = abs(b - a)
        if step == 0 or step > 500:
            return None
        lures = []
        for shift in (-step, step, 2 * step, -2 * step):
            first, last = a + shift, b + shift
            if min(first, last) < 1 or max(first, last) > 2100 or len(str(first)) != len(str(a)):
                continue
            written = match.group(0)
            written = written[:match.start("b") - match.start()] + str(last) + written[match.end("b") - match.start():]
            written = written[:match.start("a") - match.start()] + str(first) + written[match.end("a") - match.start():]
            lures.append(written)
        return Tally(match.group(0), match.end(), lures, match.start()), start < match.end("a")
    return None


def tally_at(text, start, end):
    """The tally that the figure at text[start:end] opens ('9 to 3' after 'voted', '61.4 per cent to
    38.6 per cent' after 'approved by'), or None. Its lures keep the total and the winner: a board of
    twelve voted 8 to 4 or 10 to 2, never 9 to 2."""
    match = TALLY.match(text, start)
    if not match or match.end() < end or not (VOTE_WORDS.search(text[max(0, start - 50):start])
                                              or VOTE_AFTER.match(text, match.end())):
        return None
    a, b = float(match.group("a")), float(match.group("b"))
    unit = match.group("unit") or ""
    if unit or match.group("unit2"):
        if abs(a + b - 100) > 0.5:
            return None  # "rose from 20 per cent to 31 per cent": a change, not a vote
        steps, decimals = (3.2, -4.1, 6.3, -7.4, 9.5, 2.1), len(match.group("a").partition(".")[2])
        unit = unit or match.group("unit2")
    elif a == int(a) and b == int(b) and a + b <= 1000:
        steps, decimals = (1, -1, 2, -2, 3, -3), 0
    else:
        return None
    if not unit and match.group("sep") in ("-", "–") and GAME_WORDS.search(text[max(0, start - 50):start]) and not (
            BALLOT_WORDS.search(text[max(0, start - 50):match.end() + 20])):
        if re.match(r",\s*\d+[-–]\d+", text[match.end():]) or re.search(r"\d+[-–]\d+,\s*$", text[max(0, start - 12):start]):
            return None  # one game of a match's ("21-18, 17-21, 21-15"): the match is the result, not its first game
        return Tally(match.group(0), match.end(), score_lures(int(a), int(b), match.group("sep"), text[:start]))
    total, lures = a + b, []
    for step in steps:
        first = round(a + step, decimals)
        second = round(total - first, decimals)
        if first <= 0 or second < 0 or (first > second) != (a > b) or first == second:
            continue
        lures.append(f"{number(first, decimals)}{unit}{match.group('sep')}{number(second, decimals)}{unit}")
    return Tally(match.group(0), match.end(), lures)


# A game's result, not a vote: "beat Switzerland 7-6", "won it 16-14". (Its total is no fixed size, as a board's is:
# lures that keep it, "19-11" and "18-12" after "went to overtime at 12-12", were impossible; set 59's reviewers.)
GAME_WORDS = re.compile(r"\b(?:won|win|wins|beat|beating|beaten|lost|losing|defeat\w*|drew|draw|scor\w*|match|game|"
                        r"final|map|set|round|leg|half|innings)\b", re.IGNORECASE)
BALLOT_WORDS = re.compile(r"\b(?:vot\w*|approv\w*|reject\w*|majority|passed|carried|ruled|decided|upheld|overturned|"
                          r"decision|ruling|verdict|judg\w*|court|board|council|senate|parliament|jury)\b", re.IGNORECASE)
# A level score before it in the sentence ("went to overtime at 12-12"): the final one is past it on both sides.
LEVEL_SCORE = re.compile(r"\b(\d+)[-–](\1)\b")


def score_lures(a, b, sep, before):
    """Scores near a game's ('16-14'): each side moved a little, the winner still ahead, neither side below a level
    score the sentence gives before it ('at 12-12')."""
    level = [int(m.group(1)) for m in LEVEL_SCORE.finditer(before[-200:])]
    floor = max(level) if level else 0
    lures = []
    for da, db in ((1, 1), (-1, -1), (0, -1), (1, 0), (2, 1), (0, 1), (-1, 0), (2, 2)):
        first, second = a + da, b + db
        if min(first, second) < min(floor, min(a, b)) or first < 0 or second < 0:
            continue
        if (first > second) != (a > b) or first == second or (first, second) == (a, b):
            continue
        lure = f"{first}{sep}{second}"
        if lure not in lures:
            lures.append(lure)
    return lures[:4]


def tally_ending_at(text, start):
    """The figure at ``start`` closes a tally ('38.6 per cent' of '61.4 per cent to 38.6 per cent'):
    it is asked as part of the whole."""
    opening = re.search(r"(\d+(?:\.\d+)?)(?: per cent|%)?(?: (?:votes )?to |[-–])$", text[max(0, start - 30):start])
    return bool(opening and tally_at(text, start - len(opening.group(0)), start))


def number(value, decimals):
    return f"{value:.{decimals}f}"


# A whole figure in the headline ("9" of "pass 9 million", not the "3" of "9.3"; "1,200" whole).
HEADLINE_FIGURE = re.compile(r"(?<![\d.,])\d+(?:,\d{3})*(?![,]?\d)")


# Shares a headline gives in words: "nearly half", "nine in ten", "a third".
SHARE_WORDS = {"half": 50, "a third": 33, "one third": 33, "two-thirds": 67, "two thirds": 67, "a quarter": 25,
               "one quarter": 25, "three-quarters": 75, "three quarters": 75, "a fifth": 20, "one in five": 20,
               "one in four": 25, "one in three": 33, "two in three": 67, "three in four": 75, "four in five": 80,
               "nine in ten": 90, "eight in ten": 80, "seven in ten": 70, "six in ten": 60, "one in ten": 10}
SHARE_IN_WORDS = re.compile(r"\b(" + "|".join(sorted(SHARE_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def title_share(answer, title):
    """The share the headline gives in words for a percentage answer it rounds ('nearly nine in ten' over
    87 percent), or None."""
    mine = numeric_value(answer) if re.search(r"%|per ?cent", answer) else None
    if mine is None:
        return None
    for match in SHARE_IN_WORDS.finditer(title or ""):
        share = SHARE_WORDS[match.group(1).lower()]
        if abs(share - mine) <= 8:
            return share
    return None


# A round figure the headline hedges: "nearly 1,000 hidden Maya structures", "more than 300 coins".
ROUND_IN_TITLE = re.compile(r"\b(nearly|almost|more than|over|about|around|some|close to) (\d{1,3}(?:,\d{3})+|\d+)\b",
                            re.IGNORECASE)
# Where each hedge puts the exact figure, as a share of the round one.
ROUND_WINDOWS = {"nearly": (0.85, 1.0), "almost": (0.85, 1.0), "close to": (0.85, 1.0), "more than": (1.0, 1.2),
                 "over": (1.0, 1.2), "about": (0.9, 1.1), "around": (0.9, 1.1), "some": (0.9, 1.1)}


def title_round(answer, title):
    """(low, high) of the window a hedged round figure of the headline puts the answer in ("nearly 1,000" over 964:
    850 to 1,000), or None where the headline rounds no count to it."""
    mine = numeric_value(answer)
    if mine is None or re.search(r"%|per ?cent|[$€£¥]|\b(?:million|billion)\b", answer):
        return None
    for match in ROUND_IN_TITLE.finditer(title or ""):
        low, high = ROUND_WINDOWS[match.group(1).lower()]
        whole = float(match.group(2).replace(",", ""))
        if whole >= 10 and whole * low <= mine <= whole * high and mine != whole:
            return whole * low, whole * high
    return None


def near_the_round(answer, window):
    """Lures inside the window the headline's round figure gives, as near it as the answer (916, 940 and 988 beside
    964 under "nearly 1,000"), so the title rules none out (set 63's reviewers: 964 was "the only option that fits")."""
    step = max(1, round(numeric_value(answer) * 0.025))
    return within(perturb_number(answer, step=step), *window)[:4]


def near_the_share(answer, share):
    """Lures as near the headline's share as the answer is ('84 percent', '89 percent', '92 percent' beside 87
    under 'nine in ten'), so the title rules none out."""
    mine = numeric_value(answer)
    offsets = (-6, -3, 2, 4, -5, 5)
    values = [share + k for k in offsets if 0 < share + k < 100 and share + k != mine]
    number = re.search(r"\d+(?:\.\d+)?", answer)
    return [answer[:number.start()] + str(value) + answer[number.end():] for value in values]


def near_the_top(answer, top):
    """Lures for a score near its most ("scored _____ points out of a possible 270" for 269.8): steps of the answer
    near below the most (268.6, 267.4, 266.2), where lures made by scaling it (148.4, 175.4, 188.9) left the one
    option near 270 the answer (a new user's walk); None for a score not near its most."""
    mine = numeric_value(answer)
    if mine is None or not 0.9 * top <= mine < top:
        return None
    return within(perturb_number(answer, step=max(top * 0.0045, 10 ** -decimals_of(answer))), 0.9 * top, top)


def near_the_start(answer, after):
    """Lures for a level whose start the stem shows ("quoted at _____ a tonne, up from $468"): steps of the change
    around the answer, all on the change's side of the start ($490, $534, $556 beside $512), where lures made by
    scaling the answer ($640, $717, $973) had the price nearly double in a week (set 65's reviewers); None where
    the stem shows no start."""
    moved = UP_FROM.match(after)  # (same_side's own reading of the start, which then holds these lures too)
    way = re.search(r"\b(up|down) from", moved.group(0)) if moved else None
    mine, start = scaled_value(answer), scaled_value(moved.group(1)) if way else None
    written = numeric_value(answer)
    if mine is None or start is None or not written or start == mine or (mine > start) != (way.group(1) == "up"):
        return None  # (nor from a level of 0: "fell to 0 percent, down from 2.1 percent" has no scale to step by)
    step = abs(mine - start) / 2 / (mine / written)  # (in the answer's own scale: "2.4 million" steps by millions)
    if not decimals_of(answer):
        step = max(1, round(step))  # (whole steps for a whole figure: 92 and 96 percent beside 94, not 95.5)
    lures = perturb_number(answer, step=max(step, 10 ** -decimals_of(answer)))
    share = re.search(r"%|\bper ?cent\b", answer) and mine <= 100 and start <= 100
    inside = [lure for lure in lures if (value := scaled_value(lure)) is not None and (value > start if mine > start
              else value < start) and not (share and value >= 100)]  # (no share of a whole above all of it)
    return inside if len(inside) >= 3 else None


def within(lures, low, high):
    """The lures whose figure lies from ``low`` up to (not including) ``high``."""
    return [lure for lure in lures if (value := numeric_value(lure)) is not None and low <= value < high]


def in_headline(fact, title):
    """The answer's figure is in the headline, whole ('agrees $1.3bn deal' for '$1.3 billion') or
    rounded ('customers pass 9 million' for '9.3 million'): no options, which would leave one near it."""
    figure = re.search(r"\d+(?:,\d{3})*", fact.answer)
    spelled = COUNT_IN_WORDS.match(fact.answer)
    if spelled and fact.answer_kind in ("number", "quantity"):
        # "outbreak kills nine children" over "All _____ children who died ...": the title says it in words
        return re.search(rf"(?<!\w){spelled.group(1)}(?!\w)", title or "", re.IGNORECASE) is not None
    if fact.answer_kind == "percent" and figure and any(
            abs(float(figure.group(0).replace(",", "")) - share) <= 3 for share in fractions_in(title or "")):
        # "Aral Sea shrubs cut salty dust by a third" over "the dust falling on the town dropped by _____" for 34
        # percent: the title says it in words (set 58's three reviewers)
        return True
    return bool(figure and fact.answer_kind in ("number", "money", "percent", "quantity")
                and figure.group(0) in HEADLINE_FIGURE.findall(title or ""))


# Shares a headline writes in words, as percentages.
FRACTION_WORDS = {"half": 50, "a third": 100 / 3, "one third": 100 / 3, "a quarter": 25, "one quarter": 25,
                  "two-thirds": 200 / 3, "two thirds": 200 / 3, "three-quarters": 75, "three quarters": 75,
                  "a fifth": 20, "one fifth": 20, "a tenth": 10, "one in ten": 10, "one in five": 20}
FRACTION_IN_TITLE = re.compile(rf"\b(?:{'|'.join(sorted(FRACTION_WORDS, key=len, reverse=True))})\b", re.IGNORECASE)


def fractions_in(title):
    """The shares the title writes in words ("by a third" -> 33.3)."""
    return [FRACTION_WORDS[m.group(0).lower()] for m in FRACTION_IN_TITLE.finditer(title)]


def headline_states(fact, title):
    """The headline gives the answer's figure as it stands ('$1.3bn' for '$1.3 billion'), not rounded."""
    figure = re.search(r"\d+(?:,\d{3})*(?:\.\d+)?", fact.answer)
    return bool(in_headline(fact, title) and figure and figure.group(0) in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?",
                                                                                     title or ""))


# A sentence about what is still to come.
FUTURE = re.compile(r"\b(?:will|would|shall|is due|are due|is expected|are expected|plans? to|aims? to|a target of|"
                    r"next (?:year|month|week)|is scheduled|are scheduled|to be completed|takes effect|comes into force)\b",
                    re.IGNORECASE)
YEAR = re.compile(r"\b(1[6-9]|20)\d\d\b")
# A day of a month ("June 18", "1 July"): the day a step falls due, where "March 2029" is a milestone.
DAY_OF_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]+\b|\b[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?\b")


# A sentence about a step still to come in some procedure: a meeting, a hearing, a publication, a
# deadline. Reviewers dropped three in four of the dates asked from such sentences ("The bank's next
# meeting is scheduled for _____", "Nordvig will publish its results on _____").
PROCEDURAL = re.compile(r"\b(?:scheduled|due to (?:meet|vote|report|publish|decide|rule)|(?:will|would|to) (?:publish|"
                        r"announce|present|report|release|meet|vote|decide|rule|hold (?:a|its|talks|consultations))|"
                        r"next (?:meeting|hearing|session)|must be (?:formally )?(?:announced|approved|published|signed)|"
                        r"takes? effect|deadline|(?:vote|consultation|voting) (?:runs|closes|opens)|"
                        r"open(?:s)? for (?:applications|bookings|entries)|(?:applications|bookings|entries|registration) "
                        r"(?:open|close)s?)\b", re.IGNORECASE)


def procedural(sentence):
    """The sentence tells of a step still to come in a procedure ('is scheduled for', 'will publish')."""
    return bool(PROCEDURAL.search(sentence))


def unlike_dates(answer, ahead, entities, sentences):
    """The article's other dates that would stand out beside the answer: decades away from it ("2026"
    for when a crown was dug up in 1911), or only ever a time to come where the stem tells of the past
    ("will be flown to Lima in February 2026" beside "was bequeathed in _____"). Lures are then made
    from the answer itself."""
    year = YEAR.search(answer)
    unlike = []
    for entity in entities:
        if entity.kind != "date" or entity.name == answer:
            continue
        other = YEAR.search(entity.name)
        if year and other and abs(int(other.group(0)) - int(year.group(0))) > 25:
            unlike.append(entity.name)
        elif year and other and not ahead and int(other.group(0)) - int(year.group(0)) > 10:
            # "last hit by such a frost in _____" (2009): not "2026", the crop year the article looks to
            unlike.append(entity.name)
        elif not ahead and only_ahead(entity.name, sentences):
            unlike.append(entity.name)
        elif ahead and only_behind(entity.name, sentences):
            unlike.append(entity.name)  # "expected to enter service in _____": not "since 2020", long past
    return unlike


def years_still_to_come(options, answer):
    """A date still to come ("would create them by the end of 2026") among lures of the years around it, never
    two years or more before it: "end of 2024" was already past when the news was written (set 37's reviewers).
    The lures lean ahead instead: the year before, and one, two and three years after."""
    year = YEAR.search(answer)
    if year is None:
        return options
    target = int(year.group(0))
    kept = [(text, tier) for text, tier in options
            if not ((found := YEAR.search(text)) and int(found.group(0)) < target - 1)]
    texts = {text for text, _ in kept}
    for delta in (1, 2, 3, -1):
        lure = answer[:year.start()] + str(target + delta) + answer[year.end():]
        if lure not in texts and len(kept) < LURES + SPARES:
            kept.append((lure, "perturbed"))
            texts.add(lure)
    return kept


def only_behind(date, sentences):
    """No sentence that names this date looks ahead: a time gone by ("their biggest gain since 2020")."""
    texts = [s.text for s in sentences if date in s.text]
    return bool(texts) and not any(FUTURE.search(text) for text in texts)


def only_ahead(date, sentences):
    """Every sentence that names this date looks ahead ("will be flown to Lima in February 2026")."""
    texts = [s.text for s in sentences if date in s.text]
    return bool(texts) and all(FUTURE.search(text) for text in texts)


# An amount as the article writes it: "480 million pounds", "£61.5m", "38", "20 percent".
AMOUNT = re.compile(r"(?<![\w.,])(?:[A-Z]{0,3}([$€£¥]))?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                    r"(?:\s*(million|billion|thousand|bn|m|k)\b)?(?:[\s-]*(pounds?|euros?|dollars?|pence|cents?|per ?cent\b|"
                    r"percent\b|%))?")
MULTIPLIERS = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3}
CURRENCIES = {"pound": "£", "pounds": "£", "euro": "€", "euros": "€", "dollar": "$", "dollars": "$", "pence": "p",
              "cent": "c", "cents": "c"}


@lru_cache(maxsize=512)
def amounts(text):
    """[(value, unit)] of the amounts in ``text``: (480e6, '£') for "480 million pounds", (20, '%') for
    "20 percent", (38, '') for a count; years are no amounts."""
    found = []
    for match in AMOUNT.finditer(text):
        symbol, digits, scale, word = match.groups()
        value = float(digits.replace(",", "")) * MULTIPLIERS.get((scale or "").lower(), 1)
        word = (word or "").lower()
        unit = "%" if word in ("%", "percent") or word.startswith("per") else symbol or CURRENCIES.get(word, "")
        if not unit and not scale and "," not in digits and 1600 <= value <= 2100:
            continue  # a year
        found.append((value, unit))
    found += [(float(SPELLED.index(m.group(0).lower()) + 2), "") for m in SPELLED_COUNT.finditer(text)]
    return tuple(found)  # cached: the article's own amounts are asked for with every figure


LEAD_CHARS = 400  # the headline and the first sentence or two
# "eight of the longer-range model": counts written as words, for working out totals.
SPELLED = NUMBER_NAMES[2:]  # "two" to "twenty"
SPELLED_COUNT = re.compile(rf"\b(?:{'|'.join(SPELLED)})\b", re.IGNORECASE)


def worked_out(answer, stem, article_text):
    """The stem lets a student work the answer out from figures the article prints: the parts of a total
    ("_____ from the owner, 180 million pounds in loans and 90 million pounds from land sales" of "a 480
    million pound redevelopment"; "38 jets" and "eight of the AR-260"), a change by a percentage it
    gives ("from 6.5 million pounds to _____" beside "cut by 20 percent"), a share of a total ("owns
    22% ... roughly _____" of a $1.15 billion deal), or the percentage between two figures it prints
    ("from 25 minutes to 15, a _____ cut")."""
    asked = amounts(answer)
    if len(asked) != 1:
        return False
    value, unit = asked[0]
    printed = amounts(stem)
    if unit == "%":
        return percent_between(value, printed)
    if not unit and (value < 10 or re.search(r"\d\s+(?!(?:million|billion|thousand|trillion)\b)[a-z]", answer)):
        return False  # "ending 11 years of construction", small counts: they add up to something by chance
    # "38.9 billion" is of the same money as "61.4 billion euros": a scaled figure is no count.
    scaled = not unit and value >= 1e6

    def alike(other):
        return other == unit or scaled and other != "%"

    # A count's total is the one the story leads with ("38 jets"): other counts meet by chance.
    # (not a measure: "carried out over 23 days" is no total that 11 calves, three deaths and nine make up, set 55)
    totals = [v for v, u in amounts(without_measures(article_text[:LEAD_CHARS]) if not unit and not scaled
                                    else article_text) if alike(u) and v != value]
    given = [v for v, u in printed if alike(u) and v != value]
    rates_given = [v for v, u in printed if u == "%" and 0 < v < 100]
    rates = [v for v, u in amounts(article_text) if u == "%" and 0 < v < 100]
    return (rest_of_total(value, given, [t for t in totals if t not in given])
            or any(abs(total * rate / 100 - value) <= 0.005 * value for total in totals for rate in rates_given)
            or (unit or value >= 1000) and changed_by(value, given, totals, rates, rates_given))


def without_measures(text):
    """The text with its measures' figures ("23 days", "65-kilometre") left out, its counts kept."""
    return re.sub(r"\d[\d,.]*(?=(?:-|\s+)[a-z]+)", lambda m: m.group(0) if not measured(text[m.end():]) else "",
                  text)


def rest_of_total(value, given, totals):
    """Any of the stem's figures and the answer make up a total ('the largest in its 19-year history, covers
    _____ of the AR-220 and eight of the AR-260' of '38 jets')."""
    parts = {sum(chosen) for n in range(1, min(len(given), 4) + 1) for chosen in combinations(given[:6], n)}
    return any(abs(value + part - total) <= 0.01 * total for part in parts for total in totals)


def changed_by(value, given, totals, rates, rates_given):
    """The answer is a printed figure moved by a percentage the article gives, or a total is the answer
    moved by a percentage the stem gives ('about 40% above the _____ valuation' of a $1.15 billion price).
    Small counts are left out by the caller: they meet some percentage of each other by chance."""
    return any(abs(base * (1 + sign * rate / 100) - value) <= 0.005 * value
               for base in given for rate in rates for sign in (1, -1)) or any(
        abs(value * (1 + sign * rate / 100) - total) <= 0.005 * total
        for total in totals for rate in rates_given for sign in (1, -1))


def percent_between(value, printed):
    """The percentage is the change between two figures of one kind the stem prints."""
    figures = [(v, u) for v, u in printed if u != "%" and v >= 1]
    return any(abs(abs(a - b) / base * 100 - value) <= 0.5
               for (a, unit_a), (b, unit_b) in combinations(figures, 2) if unit_a == unit_b for base in (a, b))


# "their biggest one-day gain since _____", "the highest since independence in _____": the year a record
# is measured from is there to size the news, not a fact of its own.
RECORD_SINCE = re.compile(r"\b(?:biggest|largest|highest|lowest|best|worst|strongest|weakest|fastest|slowest|sharpest|"
                          r"steepest|most|least|first)\b[^.;,]{0,60}\bsince\s+(?:[\w' ]{0,40}?\bin\s+)?$",
                          re.IGNORECASE)


# "the closest approach its operator has recorded in _____ (11 years) of flying spacecraft": the span a record holds over
RECORD_IN = re.compile(r"\b(?:biggest|largest|highest|lowest|best|worst|strongest|weakest|fastest|slowest|sharpest|"
                       r"steepest|closest|longest|shortest|most|least|first)\b[^.;]{0,60}\b(?:in|over|for)\s+"
                       r"(?:(?:its|their|his|her|the)\s+)?(?:(?:more than|nearly|almost|over|about)\s+)?$", re.IGNORECASE)


def record_anchor(before, answer=""):
    """The answer is the year a record is measured from ('biggest gain since _____'), or the years it holds over
    ('the closest approach recorded in _____ of flying')."""
    return bool(RECORD_SINCE.search(before)) or (re.search(r"\byears?$", answer) is not None
                                                 and RECORD_IN.search(before) is not None)
