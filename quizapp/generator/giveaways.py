"""Which questions give each other away, and how stems are cut so that they no longer do.

A stem that prints another question's answer ('profit of _____, compared with a loss of £38.6m'),
a matching that pairs a speaker with a role their words betray, a time from which a year can be
worked out: the later question goes, unless both stems can lose the words (reconcile).
"""

import math
import re
from dataclasses import replace
from functools import lru_cache

from .entities import NAMED_KINDS, NUMERIC_KINDS
from .figures import YEAR, at_scale, word_or_figure
from .hiding import Hidden
from .lexicon import FACILITY_HEADS
from .names import family_name, occurrences
from .sentences import gist
from .shown import acceptable, answered, description_forms, normal, right_texts, seen
from .stems import NUMBER_WORDS, leaks

# How a stem may open before the article's own words: "Fill in the number (in £ millions): ...".
PROMPT_PREFIX = re.compile(r"^(Fill in the blank|Fill in the number(?: \([^)]*\))?|True or false): ")

# A time another stem lets the student work out: "fifty years ago", "since 1998".
# "A year ago" is how results compare figures, and dates nothing a student could work out.
TIME_ANCHOR = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|"
                         r"seventy|eighty|ninety|a hundred)[\s-]+(?:years?|decades?)\s+ago\b|\bsince\s+(?:1[6-9]|20)\d\d\b",
                         re.IGNORECASE)
# An answer such a time gives away: a decade, a year, a number of years.
WHEN_OR_HOW_LONG = re.compile(r"\b(?:1[6-9]|20)\d0s\b|^(?:in )?(?:1[6-9]|20)\d\d$|^\d+ (?:years|decades)$")

# A century asked ("a _____ gilded silver reliquary" for "13th-century"), which a year in another stem tells.
CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)[\s-]century\b", re.IGNORECASE)
PRINTED_YEAR = re.compile(r"(?<![\d,.])(1[0-9]\d\d|20\d\d|[5-9]\d\d)(?!\d|[,.]\d)")


def century_told(answer, prompt):
    """A year of the century the answer names stands in the stem: "made around 1260" tells "13th-century" (set 47's
    reviewer)."""
    century = CENTURY.search(answer)
    return century is not None and any((int(year) - 1) // 100 + 1 == int(century.group(1))
                                       for year in PRINTED_YEAR.findall(prompt))


@lru_cache(maxsize=4096)
def when_or_how_long(answer):
    return bool(WHEN_OR_HOW_LONG.search(answer))

@lru_cache(maxsize=4096)
def time_anchored(prompt):
    return bool(TIME_ANCHOR.search(prompt))

@lru_cache(maxsize=4096)
def figure_pattern(figure):
    return re.compile(rf"(?<![\w.,]){re.escape(figure)}(?![\w]|[.,]\d)")

def printed_figure(figure, text):
    """The figure stands whole in the text: "9" in "rose 9% to", not in "19" or "9.5"."""
    return figure_pattern(figure).search(text) is not None

def name_forms(name):
    """A person as a stem may print them: in full, or by a surname long enough to tell them by."""
    surname = family_name(name)
    return {name, surname} if len(surname) > 3 else {name}

def speaker_forms(name):
    """name_forms(), normal()ised."""
    return {normal(form) for form in name_forms(name)}

SPEECH_AFTER = re.compile(r"^\s+(?:\w+\s+){0,8}(?:said|says|told|added|adds|argued|warned|insisted|noted|stressed|"
                          r"explained|believes|thinks|called|described)\b")


def speaks_in(candidate, speaker):
    """The candidate's stem has the speaker say or think something ("Quintanar-Boyd said there would be ...",
    "according to Quintanar-Boyd"), not merely named."""
    text = normal(candidate.question["prompt"])
    for form in (form.strip() for form in speaker_forms(speaker)):
        if not form:
            continue
        for start, end in occurrences(text, form, hyphens=False):
            if SPEECH_AFTER.match(text[end:]) or text[:start].endswith("according to "):
                return True
    return False


def gives_away(candidate, kept):
    """One question prints another's answer: 'profit of _____, compared with a loss of £38.6m' beside
    'profit of £72.4m, compared with a loss of _____'. Across sentences only figures, dates and
    typed names count: a name printed elsewhere is only one of the options of a choice."""
    def answer_in(asked, other, same_sentence):
        if asked.answer == "matching-figures":
            # a figure the gaps ask for ("9" too), printed in another stem
            return any(printed_figure(pair["right"], other.question["prompt"]) for pair in asked.question["pairs"])
        if when_or_how_long(asked.answer) and time_anchored(other.question["prompt"]):
            return True  # "the 1970s" beside "Fifty years ago ...", "27 years" beside "since 1998"
        if century_told(asked.answer, other.question["prompt"]):
            return True
        if asked.answer_kind == "date" and other.answer_kind == "date" and one_year(asked.answer, other.answer):
            # "by _____" (2032) and "to close by _____" (Jan. 1, 2032): a date's lures move its year, so the other
            # question's answer picks it out; set 66's three reviewers dropped the second as the first again
            return True
        if asked.fact_kind == "quote" and other.fact_kind == "mention" and speaks_in(other, asked.answer):
            # "Who said ...?" beside "Quintanar-Boyd said there would be no job losses": his side is known. A stem
            # that only names the speaker ("Ferrante earned _____ euros") tells nothing of what she said.
            return True
        if asked.question["type"] == "short_answer" and (other.fact_kind in ("mention", "term")
                                                         or other.question["type"] == "matching"):
            # A typed name printed in another sentence's stem can be copied from it ("a gene named
            # _____" beside "a more active version of DRT7"). Quotations and "What is X's position?"
            # name people because that is what they ask about, and are let be.
            return any(len(form.strip()) >= 2 and form in seen(other) for form in answered(asked))
        if other.answer == "matching-people" and asked.fact_kind == "title" and asked.question["type"] != "matching" and (
                any(pair["left"] in (asked.answer, *seen_names(asked)) for pair in other.question["pairs"])
                or asked.question["type"] == "multiple_choice" and lures_all_matched(asked, other)):
            # "What is X's position?" or "Who is the chairman of ...?" beside X's pair ("Who said ...?" may stand
            # beside it: the matching asks who holds which title, and comes after the quotes: rank.in_quiz_order);
            # or "Who is the head of research at ...?" among three people the matching gives other titles: the one
            # left is the answer (set 65's reviewers)
            return True
        if other.answer == "matching-people" and asked.fact_kind != "quote" and matched_clue(asked, other):
            # "_____, an architect, designed the rooms" beside "NAME: architect at Brightwater Studio". A
            # quotation that shares a word with a title ("a flood" and "flood engineer") says nothing of it.
            return True
        if not same_sentence and told_before(asked, other):
            return True
        if asked.answer_kind not in NUMERIC_KINDS and not same_sentence:
            return False  # a name printed in another stem is one option among others, not the answer
        words = normal(asked.answer)
        if same_sentence and asked.answer_kind == "work" and leaks(other.question["prompt"], asked.answer):
            return True  # "over four decades" beside "went to _____" for "Forty Winters"
        if asked.question["type"] == "matching":
            return False
        if len(words.strip()) == 1 and asked.answer_kind in NUMERIC_KINDS:
            # "rise 9% to _____" beside "rise _____": a one-digit figure, as a word of its own
            return same_sentence and printed_figure(words.strip(), other.question["prompt"])
        if len(words.strip()) < 2 or words not in seen(other):
            return False
        figures = re.findall(r"\d[\d,]*(?:\.\d+)?", asked.answer) if asked.answer_kind in NUMERIC_KINDS else []
        # "46%" is not printed in "to 41.46 euros": a figure counts only where it stands whole
        printed = " ".join([other.question["prompt"], *(side for pair in other.question.get("pairs", ())
                                                       for side in (pair["left"], pair["right"]))])
        return all(printed_figure(figure, printed) for figure in figures)

    for other in kept:
        if quote_then_title(candidate, other):
            continue  # asked in that order, neither tells the other
        # A matching set spans sentences: the one it is filed under is no closer than the rest.
        same = other.sentence_index == candidate.sentence_index and "matching" not in (
            other.question["type"], candidate.question["type"])
        if answer_in(candidate, other, same) or answer_in(other, candidate, same):
            return True
        if one_count_twice(candidate, other) or one_count_twice(other, candidate):
            return True
    return False


# A count as a sentence writes it, in figures or in words, and the word after it: "nine people", "4,300 people".
COUNT_AND_NOUN = re.compile(rf"(?<![\w.,])(\d[\d,]*|{'|'.join(NUMBER_WORDS)})\s+([a-z]{{4,}})", re.IGNORECASE)


def told_before(asked, other):
    """A count asked that the source sentence of a question asked before it shows, with what it counts: "_____
    people died, including three children" (nine) after a question from the lead, whose sentence, shown once it is
    answered, says "flash floods killed nine people" (set 62's reviewers)."""
    if asked.answer_kind not in ("number", "quantity") or "matching" in (asked.question["type"], other.question["type"]) \
            or other.sentence_index >= asked.sentence_index:
        return False
    mine, sentence = word_or_figure(asked.answer), source_sentence(asked)
    at = sentence.find(asked.answer)
    counted = re.match(r"\s+([a-z]{4,})", sentence[at + len(asked.answer):]) if at >= 0 else None
    if mine is None or counted is None:
        return False
    return (mine, counted.group(1)) in counts_with_nouns(source_sentence(other))


@lru_cache(maxsize=4096)
def counts_with_nouns(sentence):
    """{(count, the word after it)} of a sentence, read once (the ranking weighs each pair of questions)."""
    return {(word_or_figure(found.group(1)), found.group(2).lower()) for found in COUNT_AND_NOUN.finditer(sentence)}


# Words that say a figure is of parts put together: "creating the third-largest operator, with 142 hotels".
PUT_TOGETHER = re.compile(r"\b(?:combined|together|creat(?:e|es|ed|ing)|merged?|in all|in total|altogether|between "
                          r"them)\b", re.IGNORECASE)


def source_sentence(candidate):
    """The sentence a question is asked from, as its source shows it ('' where it has none)."""
    return (candidate.question.get("source") or {}).get("sentence", "")


def without_a_share_restated(kept):
    """``kept`` less the lower-scored of a share asked and a count asked that restates it: "cured _____ of patients"
    (91 percent) beside "Of the 206 patients ..., _____ were cured" (187 of 206 is 91 percent). Set 60's reviewers
    called the count a repeat, its whole taken out of its stem to keep it from giving the share away."""
    shares = [(c, value) for c in kept if c.answer_kind == "percent" and c.question["type"] != "matching"
              for hedge, value, _counts in figures_asked(c) if not hedge and 0 < value < 100]
    for count in kept:
        if count.answer_kind not in ("number", "quantity") or count.question["type"] == "matching":
            continue
        sentence = source_sentence(count)
        for _hedge, value, _counts in figures_asked(count):
            # (a whole the sentence says the count is of: "Of the 206 patients ..., 187 were", "187 of 206",
            # "187 out of 206"; not any figure after an "of": "a fleet of 96 aircraft")
            count_at = re.escape(count.answer)
            wholes = [at_scale(m.group(1) or m.group(2)) for m in re.finditer(
                rf"^Of (?:the |its |their |all )?(\d[\d,]*)\b[^.]*?\b{count_at}\b|\b{count_at} (?:of|out of) "
                rf"(?:the |its |their |all )?(\d[\d,]*)(?![\w]|[.,]\d)", sentence)]
            for share, percent in shares:
                if share is count or not value or len(gist(sentence) & gist(source_sentence(share))) < 2:
                    continue  # (of the same thing: "cured" and "patients" in both; 41 of 327 flights is no pay rise)
                if any(whole and whole > value and abs(100 * value / whole - percent) < 0.6 for whole in wholes):
                    weaker = min((share, count), key=lambda c: c.score)
                    return without_a_share_restated([c for c in kept if c is not weaker])
    return kept


def without_a_part_of_a_sum(kept):
    """``kept`` less, where one figure asked is the sum of two others asked of the same things ("with 142 hotels",
    "runs 88 hotels", "has 54 hotels"), the lower-scored of the two parts: once two are answered, the third is
    arithmetic (set 59's reviewers: "142 minus 88"). The total is the news, and stays. Exact figures only, and a
    total its sentence says is one of parts put together ("creating", "combined"): 38 jets ordered are no sum of
    a fleet of 26 and 12 options, whatever the figures."""
    asked = [(candidate, value, counts) for candidate in kept if candidate.question["type"] != "matching"
             for hedge, value, counts in figures_asked(candidate) if not hedge and value]
    for total, whole, counts in asked:
        if not PUT_TOGETHER.search(source_sentence(total)):
            continue
        parts = [(c, v) for c, v, what in asked if c is not total and v < whole and what & counts]
        for i, (one, first) in enumerate(parts):
            for two, second in parts[i + 1:]:
                if one is not two and math.isclose(first + second, whole, rel_tol=1e-9):
                    weaker = min((one, two), key=lambda c: c.score)
                    return without_a_part_of_a_sum([c for c in kept if c is not weaker])
    return kept


# A difference the stem states after the blank, to its end: ", almost 7 million more than Alpenquell paid."
DIFFERENCE_AFTER = re.compile(r",\s+(?P<hedge>(?:almost|nearly|about|around|roughly|some|more than|over|just over|"
                              r"just under|less than) )?[$€£¥]?(?P<figure>\d[\d,]*(?:\.\d+)?(?: (?:thousand|million|"
                              r"billion))?)(?: [a-z]+)? (?P<side>more|less|fewer|higher|lower|bigger|smaller|larger|above|"
                              r"below) than [^,;:]*?(?=\.$)")


def without_a_difference_told(kept):
    """``kept`` with a figure's stem cut of the difference it states from another figure asked: "put the company's
    worth at _____ euros, almost 7 million more than Alpenquell paid" beside "the _____ euro sale" (14.2 million) is
    sums (set 62's reviewers: "cut that clause"). The clause goes from the stem only; the source keeps it."""
    asked = [(candidate, value) for candidate in kept for _hedge, value, _counts in figures_asked(candidate)
             if candidate.question["type"] != "matching"]
    for n, candidate in enumerate(kept):
        found = figure_asked(candidate) and DIFFERENCE_AFTER.search(candidate.question["prompt"])
        mine = found and at_scale(candidate.answer)
        if not mine:
            continue
        step = at_scale(found.group("figure"))
        if not step:
            continue
        larger = found.group("side") in ("more", "higher", "bigger", "larger", "above")
        # the other figure, worked out: within 15% of the difference for a hedged one ("almost 7 million")
        base = mine - step if larger else mine + step
        slack = step * 0.15 if found.group("hedge") else step * 0.01
        if any(other is not candidate and abs(value - base) <= slack for other, value in asked):
            prompt = candidate.question["prompt"]
            question = {**candidate.question, "prompt": prompt[:found.start()] + prompt[found.end():]}
            kept[n] = replace(candidate, question=question, seen=None, answered=None)
    return kept


# A hedge that says on which side of a round figure the count lies: "more than 300 silver coins".
# ("about" and "around" leave too wide a margin: "about 3.20 euros per kilogram" to produce, 3.41 a kilogram to sell)
HEDGES = r"more than|over|at least|nearly|almost"
HEDGE_BEFORE = re.compile(rf"\b(?:{HEDGES})\s*$", re.IGNORECASE)
HEDGE_START = re.compile(rf"^(?:{HEDGES})\b", re.IGNORECASE)


def words_after(text):
    """The words that say what a figure counts: "emergency calls from" after "614"."""
    return frozenset(re.findall(r"[a-z]{4,}", text.lower())[:3])


def figure_asked(candidate):
    """(hedge, value, what it counts) of the figure a question asks, read in its source sentence; None for another
    kind of question. The hedge is "" for an exact figure."""
    if candidate.answer_kind not in NUMERIC_KINDS or candidate.question["type"] == "matching":
        return None
    return figure_in(candidate.answer, source_sentence(candidate))


@lru_cache(maxsize=8192)
def figure_in(answer, sentence):
    """figure_asked of an answer in its sentence (worked out once: the ranking weighs each pair of questions)."""
    at = sentence.find(answer)
    value = at_scale(answer)
    if at < 0 or value is None:
        return None
    hedge = HEDGE_BEFORE.search(sentence[:at]) or HEDGE_START.match(answer)
    return (hedge.group(0).strip().lower() if hedge else "", value, words_after(sentence[at + len(answer):]))


def figures_asked(candidate):
    """figure_asked of the question, or of each gap of a figure bank."""
    return [asked for asked in map(figure_asked, [candidate, *candidate.gaps]) if asked]


@lru_cache(maxsize=8192)
def figures_printed(prompt):
    """(hedge, value, what it counts) of every figure a stem prints: "318 silver coins" in "a jug containing 318
    silver coins, most of them pennies" asked for the pennies' mint."""
    return tuple(((hedge.group(0).strip().lower() if (hedge := HEDGE_BEFORE.search(prompt[:found.start()])) else ""),
                  at_scale(found.group(0)), words_after(prompt[found.end():]))
                 for found in re.finditer(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?: (?:thousand|million|billion))?(?![\w]|[.,]\d)",
                                          prompt))


def within(hedge, round_value, value):
    """The hedge (one of HEDGES) leaves the exact figure about where it is: 318 "more than 300", 96 "nearly 100"."""
    if hedge in ("nearly", "almost"):
        return round_value * 0.8 <= value < round_value
    return round_value <= value <= round_value * 1.25 and (hedge == "at least" or value > round_value)


def one_count_twice(one, other):
    """The two ask one count twice, round and exact: "more than _____ silver coins" (300) and "_____ silver coins"
    (318) from a later sentence, a figure bank's "blocked more than (B) _____ calls" (600) and "_____ emergency
    calls" (614), or a stem prints the exact one beside the round one asked. The round figure all but tells the
    exact one, and reviewers of sets 28, 35 and 40 called the second a repeat. (Not a round figure a stem only
    prints: one that goes on to "a study of nearly 5,000 students" would cost the lead's finding for a later
    "followed _____ students"; the stem is cut where it asks.)"""
    rounds = [asked for asked in figures_asked(other) if asked[0]]
    if not rounds:
        return False
    return any(not hedge and any(counts & what and within(round_hedge, round_value, value)
                                 for round_hedge, round_value, what in rounds)
               for hedge, value, counts in [*figures_asked(one), *figures_printed(one.question["prompt"])])


def quote_then_title(one, other):
    """"Who said ...?" and "Who is X?" from the one sentence that holds both: the quiz asks the quote
    first (see rank.in_quiz_order), and the sentence shown after it blanks the role still to be asked."""
    sides = {one.fact_kind, other.fact_kind}
    # Not "Who is Meridian's chief executive?": its answer is the quote's, told right after it.
    return sides == {"quote", "title"} and one.answer != other.answer and "matching" not in (
        one.question["type"], other.question["type"]) and (
        source_sentence(one) == source_sentence(other))

def seen_names(candidate):
    """The names a title question prints: 'What is Declan Furlong-Awe's position?', 'Who is Rui Sarmento?'
    ('Who is the chief executive of ...?' prints a role, which no person's name equals)."""
    about = TITLED_PERSON.match(candidate.question["prompt"])
    return [name for name in about.groups() if name] if about else []


# "Who is Rui Sarmento?", "What is Rui Sarmento's position?": the person a role question is about.
TITLED_PERSON = re.compile(r"^(?:Who is (.+)\?|What is (.+?)['’]s position\?)$")

# A year said alone, as a date's answer: "2032", "by 2032".
BARE_YEAR = re.compile(r"(?:in |by |until )?(?:1[6-9]|20)\d\d")


def one_year(answer, other):
    """Two dates of one year, one of them the year alone: 2032 and "Jan. 1, 2032" (not March and May 2027, each a
    month to know)."""
    found = [YEAR.search(text) for text in (answer, other)]
    if not all(found) or found[0].group(0) != found[1].group(0):
        return False
    return any(BARE_YEAR.fullmatch(text.strip()) for text in (answer, other))


def lures_all_matched(asked, matching):
    """Every wrong option of a choice question is a person the people's matching pairs with a title of their own."""
    matched = {pair["left"] for pair in matching.question["pairs"]}
    lures = [choice["text"] for choice in asked.question["choices"] if choice["weight"] <= 0]
    return bool(lures) and all(lure in matched for lure in lures)


def reconcile(candidate, kept):
    """(candidate, [(kept question, its new form)]) with stems cut so that none prints another's
    answer ('agreed to buy a _____ stake ... for $1.3 billion' becomes '... a _____ stake ...', and
    the price's own stem loses '60 per cent'; 'Kestrel was founded in _____ by Venkataraman-Holt'
    loses her name beside 'Who said ...?' about her); (None, []) when a stem cannot lose the words."""
    clashes = [k for k in kept if gives_away(candidate, [k])]
    mended, rewrites = candidate, []
    for k in clashes:
        mended = hiding(mended, printed_at(mended, k)) if mended is not None else None
        spans = printed_at(k, candidate)
        if spans:
            rewrites.append((k, hiding(k, spans)))
    if mended is None or any(new is None for _, new in rewrites):
        return None, []
    new_of = {id(k): new for k, new in rewrites}
    others = [new_of.get(id(k), k) for k in kept]
    if gives_away(mended, others) or not acceptable(mended) or not all(acceptable(new) for _, new in rewrites):
        return None, []
    return mended, rewrites

def short_forms(name, kind):
    """The name as a stem may also print it: a site without its head noun ("Harrowmere General" of
    "Harrowmere General Hospital")."""
    if kind == "facility":
        for head in FACILITY_HEADS:
            if name.endswith(" " + head) and len(name.split()) > 2:
                return {name, name[:-len(head) - 1]}
    return {name}

def soft_mend(candidate, kept):
    """The candidate without another choice question's right name where its sentence reads without
    it: "... and a children's emergency area at Harrowmere General" beside "taken to an expanded
    emergency department at _____". A name in another sentence is only a hint among the options
    (see gives_away), so where the words cannot go the stem stays as it is."""
    for other in kept:
        if (other.question["type"] != "multiple_choice" or other.sentence_index == candidate.sentence_index
                or other.answer_kind not in NAMED_KINDS or other.fact_kind != "mention"):
            continue
        forms = short_forms(other.answer, other.answer_kind)
        if not any(normal(form) in seen(candidate) for form in forms):
            continue
        mended = hiding(candidate, written_at(candidate, forms))
        if mended is not None and acceptable(mended) and not gives_away(mended, kept):
            candidate = mended
    return candidate

def printed_at(candidate, other):
    """Where the candidate's sentence prints the other's answer: [Hidden], written as what it is ("the
    company") where it is the article's subject, asked about in the lead, or a person ("Quintero said" ->
    "The spokeswoman said"). In one sentence that is the other's own place; elsewhere every way the answer
    is written ("Venkataraman-Holt" for "Priya Venkataraman-Holt")."""
    if other.answer == "matching-people":
        # the descriptions of the people the stem names, not the names
        return written_at(candidate, {form for pair in other.question["pairs"] if pair_printed(pair, candidate)
                                      for form in description_forms(pair["right"])})
    forms = {other.answer, other.thing, *right_texts(other.question), *other.aliases} - {""}
    if other.answer_kind == "person" or other.fact_kind == "quote":
        forms |= name_forms(other.answer)
    if not any(len(form) >= 2 and normal(form) in seen(candidate) for form in forms):
        return []  # the stem, already cut, does not print it
    if other.sentence_index == candidate.sentence_index and other.where:
        return [other.where]
    subject = other.topic and other.fact_kind == "mention" and other.answer_kind in NAMED_KINDS
    if subject or other.answer_kind == "person" or other.fact_kind in ("quote", "name"):
        return [where._replace(written=True) for where in written_at(candidate, forms)]
    return written_at(candidate, forms)

def written_at(candidate, forms):
    """Every place the candidate's source sentence writes one of ``forms``: [Hidden]."""
    source = candidate.question.get("source") or {}
    text, offset = source.get("sentence", ""), source.get("start", 0)
    spans = []
    for form in sorted((f for f in forms if len(f) >= 3), key=len, reverse=True):
        # (not inside a hyphened name: "Solvik-Arvena" is the team, and "the company-Arvena" no English)
        for start, end in occurrences(text, form):
            if not any(h.start <= offset + start < h.end for h in spans):
                spans.append(Hidden(offset + start, offset + end))
    return spans

def hiding(candidate, wheres):
    """A copy of the candidate whose stem no longer prints the answers at ``wheres``, or None."""
    if not wheres:
        return candidate
    if not candidate.restem:
        return None
    hidden = tuple(dict.fromkeys(candidate.hidden + tuple(wheres)))
    prompt = candidate.restem(hidden)
    if prompt is None:
        return None
    question = {**candidate.question, "prompt": prompt}
    return replace(candidate, question=question, hidden=hidden, seen=None, answered=None)

def matched_clue(asked, matching):
    """The matching pairs the question's answer with words its stem prints: 'An architect at _____'
    beside 'Joseph Ekwueme-Lund: architect at Brightwater Studio'."""
    stem = set(seen(asked).split())
    for pair in matching.question["pairs"]:
        for side, partner in ((pair["left"], pair["right"]), (pair["right"], pair["left"])):
            whole = normal(side)
            answers = [a for a in answered(asked) if len(a) >= 3 and a in whole]
            if not answers:
                continue
            clue = set(normal(partner).split()) | set(whole.replace(answers[0], " ").split())
            if any(len(word) >= 4 and word in stem for word in clue):
                return True
    return False

def name_elsewhere_as_what_it_is(kept):
    """The article's subject asked from the lead: the other stems that print its name write what it
    is instead, where they can ('Meridian Line said the work ...' -> 'The company said the work ...')."""
    for subject in [c for c in kept if c.topic and c.fact_kind == "mention" and c.answer_kind in NAMED_KINDS]:
        for n, other in enumerate(kept):
            spans = printed_at(other, subject) if other is not subject else []
            mended = hiding(other, spans) if spans else None
            if mended is not None and not any(len(form) > 3 and form in seen(mended) for form in subject_forms(subject)):
                kept[n] = mended
            elif subject.called and other is not subject and other.fact_kind == "mention":
                kept[n] = called_instead(other, subject) or other
    for named in [c for c in kept if c.fact_kind == "name" and c.called]:
        for n, other in enumerate(kept):
            if other is not named:
                kept[n] = thing_instead(other, named) or other
    return kept

def thing_instead(candidate, named):
    """The candidate with a name that "What is the joint venture called?" asks for written as that thing
    ("When was NMKV established?" -> "When was the joint venture established?", "Under the NMKV venture" ->
    "Under the joint venture"), or None where its stem does not print the name outside a quotation. Beside
    the name's question, the name in another stem is its answer, whatever the options (a new user's find in
    the sample set)."""
    prompt, thing = candidate.question["prompt"], named.called
    noun = thing.split()[-1]
    pattern = re.compile(rf"(?<!\w)(?:[Tt]he )?{re.escape(named.answer)}(?P<owned>['’]s)?(?: {re.escape(noun)})?(?!\w)")
    quoted = [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", prompt)]
    found = [m for m in pattern.finditer(prompt) if not any(a <= m.start() < b for a, b in quoted)]
    if not found:
        return None
    prefix = PROMPT_PREFIX.match(prompt)
    body_at = prefix.end() if prefix else 0
    for match in reversed(found):
        written = thing + (match.group("owned") or "")
        if match.start() == body_at:
            written = written[0].upper() + written[1:]
        prompt = prompt[:match.start()] + written + prompt[match.end():]
    question = {**candidate.question, "prompt": prompt}
    return replace(candidate, question=question, seen=None, answered=None)

def called_instead(candidate, subject):
    """The candidate with the subject's name written as what the article calls the person ('Marçal has won
    nine caps for _____' -> 'The striker has won ...'), where the name came into the stem by a resolved
    "He" and so has no place in the source to cut; None where it does not print the name."""
    prompt = candidate.question["prompt"]
    names = sorted({subject.thing, *subject.aliases}, key=len, reverse=True)
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(name) for name in names)})(?!\w)")
    if not pattern.search(prompt) or re.search(rf"\b{subject.called.split()[-1]}\b", prompt.lower()):
        return None  # nor where the stem says what the person is already
    prefix = PROMPT_PREFIX.match(prompt)
    head, body = (prompt[:prefix.end()], prompt[prefix.end():]) if prefix else ("", prompt)
    body = pattern.sub(subject.called, body)
    if body.startswith(subject.called):
        body = body[0].upper() + body[1:]
    question = {**candidate.question, "prompt": head + body}
    return replace(candidate, question=question, seen=None, answered=None)

def subject_forms(candidate):
    """answered(), and the other ways the article writes the answer ("Kestrel" for "Kestrel Shipbuilding")."""
    return answered(candidate) | {normal(alias) for alias in candidate.aliases}

def named_all_over(candidate, kept):
    """The article's subject, asked from the lead, when two other stems still print its name ('Meridian
    Line said the work ...', 'Shares in Meridian Line rose ...'): 'Which company agreed to buy the
    stake?' answers itself."""
    if not candidate.topic or candidate.fact_kind != "mention" or candidate.answer_kind not in NAMED_KINDS:
        return False
    return sum(1 for other in kept if other is not candidate and any(
        len(form) > 3 and form in seen(other) for form in subject_forms(candidate))) >= 2

def pair_printed(pair, candidate):
    """The candidate's stem prints a matched person with their description: "Board member Ximena Pardo
    argued for a smaller reduction of _____" beside "Ximena Pardo: board member"."""
    stem = seen(candidate)
    return any(normal(name) in stem for name in name_forms(pair["left"])) and any(
        len(form) >= 4 and normal(form) in stem for form in description_forms(pair["right"]))

def words_within(description, other):
    """Every word of one description is in the other: "Lakeshore President", "president of the Lakeshore ..."."""
    words = set(re.findall(r"[\w'’-]+", other.casefold()))
    return set(re.findall(r"[\w'’-]+", description.casefold())) <= words


def matched_apart(kept, least=3):
    """Stems that print a matched person with their description lose the description where they read
    without it ("Board member Ximena Pardo argued ..." -> "Ximena Pardo argued ..."); where one cannot,
    the matching loses that pair, if enough remain. Reviewers of set 20 marked three stems that named a
    board member, a minister and an official with their titles beside a matching that asked for them."""
    for n, matching in enumerate(kept):
        if matching.answer != "matching-people":
            continue
        printed = []
        for i, other in enumerate(kept):
            if other.question["type"] == "matching" or other.fact_kind in ("quote", "title"):
                continue
            pairs = [pair for pair in matching.question["pairs"] if pair_printed(pair, other)]
            if not pairs:
                continue
            mended = hiding(other, printed_at(other, matching))
            if mended is not None and acceptable(mended) and not any(pair_printed(pair, mended) for pair in pairs) \
                    and not gives_away(mended, [k for k in kept if k is not other]):
                kept[i] = mended
            else:
                printed += pairs
        apart = [pair for pair in matching.question["pairs"] if pair not in printed]
        if printed and len(apart) >= least:
            question = {**matching.question, "pairs": apart,
                        "feedback": "How the article describes them: " + "; ".join(
                            f"{pair['left']}, {pair['right']}" for pair in apart) + "."}
            if not question.get("distractors"):
                # A pair let go still describes someone, and no one left: the decoy that keeps the last pair from
                # following from the others (set 55's dolphin census had three pairs and none). Not one whose
                # words another's description holds: "Lakeshore President" beside "president of the Lakeshore
                # Faculty Association" is a trap.
                decoy = next((pair["right"] for pair in printed if not any(
                    words_within(pair["right"], kept_pair["right"]) for kept_pair in apart)), None)
                if decoy:
                    question["distractors"] = [decoy]
            kept[n] = replace(matching, question=question, seen=None, answered=None)
    return kept
