"""Several figures asked at once: a passage of the article with its figures gapped, and the figures to put
back, as a matching question ("Gap A" -> "5,912,400"). Teachers set this as a cloze with a word bank.

A news sentence often holds several figures worth asking ("5,912,400 residents on census day, down 3.8%
from the previous count"), but two questions from one sentence give each other away (giveaways), so one
question each would leave all but one unasked. Gapped together in one passage they are one question, and
the other figures of the bank stand in for the lures a single question would need.
"""

import re

from .candidates import Candidate
from .entities import HEDGE
from .figures import in_headline, numeric_value, scaled_value
from .lexicon import CURRENCY_NOUNS
from .questions import span_source
from .shown import normal
from .stems import CONVERTED_SUM, DATELINE

# Figures that read alike in a gap: a gap for a sum of money takes any sum, so a bank mixes no kinds.
GROUPS = {"money": "money", "percent": "percent", "number": "count", "quantity": "count"}
# Gaps are lettered: a passage of figures with numbered gaps would print "(3)" beside "3 million".
LETTERS = "ABCDE"
SCALES = {"thousand", "million", "billion", "trillion", "m", "bn"}
LEAST_GAPS = 3  # two gaps are one guess
MOST_GAPS = 5   # the matching's selects, on a phone
NEAREST = 2  # sentences apart, at most, from a sentence already in the passage
MOST_WORDS = 52  # with "Fill each gap ...", no longer than any stem (shown.MAX_STEM_WORDS)
# "9.6 billion zlotys ($2.4 billion)": the figure again, converted, which would tell the gap.
CONVERSION = re.compile(r"\s*\([^()]*\d[^()]*\)")
# "(A) _____ pesos ($21 million)": the sum in another currency after the gap's unit goes too (set 26's reviewer)
CONVERTED_AFTER_UNIT = re.compile(rf"(?P<unit>(?: [A-Za-z]+){{1,3}})\s*{CONVERTED_SUM}")


def figure_bank(maker, candidates):
    """A matching candidate that gaps figures of one kind in their sentences (the kind that fills most
    gaps), or None when no kind has three figures to gap. ``candidates`` are the single questions: a
    figure that none was made for (an aside, a conversion, a tally, the headline's own) is kept out for
    the same reasons, and stays printed. One bank a quiz: a second would be the same exercise again."""
    best = {}
    for candidate in candidates:
        if (candidate.fact_kind != "mention" or GROUPS.get(candidate.answer_kind) is None or candidate.where is None
                or in_headline(candidate, maker.title) or len(re.findall(r"\d+(?:[.,]\d+)*", candidate.answer)) > 1):
            # (a figure the headline rounds is typed, where the rounding leaves the exact one to recall; a vote's
            # tally, "148 to 61", is the one gap of its shape: set 34's reviewers saw it given away)
            continue
        where = (candidate.where.start, candidate.where.end)
        if where not in best or candidate.score > best[where].score:
            best[where] = candidate
    groups = {}
    for candidate in best.values():
        groups.setdefault(group_of(candidate, maker.article.text), []).append(candidate)
    banks = [bank for bank in (chosen(maker, group) for group in groups.values()) if bank]
    return as_question(maker, *max(banks, key=lambda bank: len(bank[0]))) if banks else None


def group_of(candidate, text):
    """Which figures can stand in one another's gaps: sums of money ("310 million" before "crowns" too:
    the word after the gap says it), shares, bare counts ("212", "1.2 million"), and measures of one unit
    ("90 days" fits only "for at least _____")."""
    group = GROUPS[candidate.answer_kind]
    # ("27.6 billion Swedish crowns": a nationality may come between)
    currency = re.match(r"\s+(?:[A-Z][a-z]+\s+)?([a-z]+?)s?\b", text[candidate.where.end:candidate.where.end + 30])
    if group == "count" and currency and currency.group(1) in CURRENCY_NOUNS:
        return "money"
    unit = re.search(r"[^\W\d]+$", candidate.answer) if group == "count" else None
    if unit and unit.group(0).lower() not in SCALES:
        return "measure " + unit.group(0).lower().removesuffix("s")
    return group


def chosen(maker, group):
    """(gaps, passage, sentences) for figures of one kind: sentences of several figures first (one question
    each would give the others away), then the surest; whole sentences, in article order; None for fewer
    than three gaps."""
    by_sentence = {}
    for candidate in group:
        by_sentence.setdefault(candidate.sentence_index, []).append(candidate)
    ranked = sorted(by_sentence.values(), key=lambda gaps: (-min(len(gaps), 2), -max(c.score for c in gaps)))
    picked, bank = [], None
    for sentence_gaps in ranked:
        if picked and min(abs(sentence_gaps[0].sentence_index - gaps[0].sentence_index) for gaps in picked) > NEAREST:
            continue  # a figure from the article's far end "bolted on" (sets 27 and 29): one passage, one story
        trial = sorted([*picked, sentence_gaps], key=lambda gaps: gaps[0].sentence_index)
        gaps = [c for gaps in trial for c in sorted(gaps, key=lambda c: c.where.start)]
        sentences = [sentence_of(maker, gaps[0].sentence_index) for gaps in trial]
        if len(gaps) > MOST_GAPS:
            continue
        passage = gapped(maker, sentences, gaps)
        if passage is None or len(passage.split()) > MOST_WORDS:
            continue
        picked, bank = trial, (gaps, passage, sentences)
    return bank if bank is not None and len(bank[0]) >= LEAST_GAPS else None


def sentence_of(maker, index):
    return next(s for s in maker.sentences if s.index == index)


def gapped(maker, sentences, gaps):
    """The sentences with each gap's figure written "(A) _____", or None where the passage would still
    print a gap's figure (the same number written twice)."""
    text = maker.article.text
    pieces, number = [], 0
    for sentence in sentences:
        cursor, parts = sentence.start, []
        for gap in (g for g in gaps if sentence.start <= g.where.start < sentence.end):
            parts.append(text[cursor:gap.where.start] + hedge_of(gap))
            parts.append(f"({LETTERS[number]}) _____")
            number += 1
            cursor = gap.where.end
            tail = CONVERSION.match(text, cursor) or CONVERTED_AFTER_UNIT.match(text, cursor)
            if tail:
                parts.append(tail.groupdict().get("unit") or "")
                cursor = tail.end()
        parts.append(text[cursor:sentence.end])
        written = DATELINE.sub("", "".join(parts)).strip()
        written, leans = maker.context.resolve_leaning(written, maker.antecedent(sentence), sentence.index)
        # "Of those, (B) _____ had been waiting ...": the passage's own sentence before says who.
        if leans and not (pieces and sentences[len(pieces) - 1].index == sentence.index - 1):
            return None
        pieces.append(written[:1].upper() + written[1:])
    passage = " ".join(pieces)
    shown = normal(passage)
    if len({normal(gap.answer) for gap in gaps}) != len(gaps) or any(normal(gap.answer) in shown for gap in gaps):
        return None  # one figure twice: the gaps would not tell which is which
    return passage


def hedge_of(gap):
    """'an estimated ' of "an estimated 310 million": the article's words around the figure, printed
    before its gap; the figure alone is what goes in it."""
    hedged = re.match(rf"(?:an? )?(?:{HEDGE.pattern}|estimated\s+)(?=\d)", gap.answer, re.IGNORECASE)
    return hedged.group(0) if hedged else ""


DECOYS = 2  # with as many figures as gaps, the last gap fills itself and logic fills the rest ("the peak is the largest")


def decoys(gaps, passage):
    """Figures that fill no gap: each gap's own multiple-choice lures (which its sentence allows), the
    best-scored gaps' first, never a gap's answer or a figure the passage prints."""
    answers = {normal(gap.answer[len(hedge_of(gap)):]) for gap in gaps}
    shown = normal(passage)
    values = [numeric_value(gap.answer) for gap in gaps]
    total = gaps_total(gaps)  # (worked out once, for every lure of every gap)
    out = []
    # A gap whose figure is the only one of its shape (the one decimal, the one time of day) is told by its
    # shape alone (set 33's reviewers): its own lures, which share its shape, come first.
    shapes = [shape_of(gap.answer[len(hedge_of(gap)):]) for gap in gaps]
    kinds = [shape[:2] for shape in shapes]  # its words and point first, then its count of digits

    def told_apart(n):
        return kinds.count(kinds[n]) > 1, shapes.count(shapes[n]) > 1, -gaps[n].score
    # Every gap its shape alone tells gets a decoy of its shape, up to one more than DECOYS: "0.41", "42" and
    # "19,000" in three gaps left the count of countries with none (set 39's reviewers).
    alone = sum(shapes.count(shape) == 1 for shape in shapes)
    most = min(max(DECOYS, alone), DECOYS + 1)
    order = sorted(range(len(gaps)), key=told_apart)
    # One decoy for each kind of figure first, then more: "0.02 percent" and "0.10 percent" beside doses of 0.05
    # and 0.01 percent left the gaps of 41 and 17 percent to be told by their look (set 44's reviewers).
    first = [n for i, n in enumerate(order) if kinds[n] not in {kinds[m] for m in order[:i]}]
    for gap in [gaps[n] for n in first + [n for n in order if n not in first]]:
        lures = [c["text"] for c in gap.question.get("choices", ()) if c["weight"] <= 0] + list(gap.spares or ())
        lure = next((text for text in lures if normal(text) not in answers and normal(text) not in shown
                     and text not in out and apart(text, values) and not beyond_whole(text, gaps)
                     and not sum_of(text, total)), None)
        if lure is not None:
            out.append(lure)
        if len(out) == most:
            break
    return out


def shape_of(figure):
    """How a figure looks beside others: its words, whether it has a decimal point, and how many digits come
    before the point ("2.3" and "41" differ; "1,500" and "2,400" do not)."""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", figure)
    if number is None:
        return (figure,)
    whole, _, decimals = number.group(0).replace(",", "").partition(".")
    words = re.sub(r"[\d.,]+", "#", figure)
    return words, bool(decimals), len(whole)


def beyond_whole(text, gaps):
    """A share of 100 or more among gaps that are shares of a whole ("122 percent" beside the proportion of books
    returned on time): no gap could take it. Nor the whole itself, beside shares of a survey's answers ("100
    percent" beside "above 80 percent" of IT workers, set 59's reviewers): no survey finds everyone."""
    shares = all(re.search(r"%|\bper ?cent\b", gap.answer) for gap in gaps)
    return shares and (numeric_value(text) or 0) >= 100


def gaps_total(gaps):
    """The gaps' figures added up, or None where they are one gap or not all figures."""
    values = [scaled_value(gap.answer) for gap in gaps]
    return sum(values) if len(values) > 1 and all(v is not None and v > 0 for v in values) else None


def sum_of(text, total):
    """``text`` is the gaps' ``total``: "$148 million", the telescope's cost, beside what Chile, Germany and Canada
    each paid of it ($22, $71 and $55 million), which could fill no gap (set 64's reviewers)."""
    value = scaled_value(text)
    return value is not None and total is not None and abs(value - total) <= 0.01 * total


def apart(text, values):
    """Not beside any gap's figure: "70 percent" among gaps of 71 and 94 percent asks which is which of two
    near-twins, not what the article says."""
    value = numeric_value(text)
    return value is not None and all(v is None or abs(value - v) > 0.15 * max(abs(v), abs(value)) for v in values)


def as_question(maker, gaps, passage, sentences):
    """The matching candidate: "Gap A" to its figure. It is weighed before the single questions (its
    score), since it asks what they would give away to each other; they go where they print its figures."""
    question = {
        "id": "figures-" + gaps[0].question["id"],
        "type": "matching",
        "prompt": f"Fill each gap with the right figure: {passage}",
        "tags": ["figure", "matching"],
        "pairs": [{"left": f"Gap {letter}", "right": gap.answer[len(hedge_of(gap)):]}
                  for letter, gap in zip(LETTERS, gaps, strict=False)],
        "distractors": decoys(gaps, passage),
        "feedback": "The article says: " + " ".join(f"“{s.text}”" for s in sentences),
        "source": span_source(maker.article.text, sentences),
        "difficulty": 0.55,
    }
    candidate = Candidate(question, 13, "figure", "matching-figures", sentences[0].index)
    candidate.thing = "matching-figures"
    candidate.gaps = list(gaps)
    return candidate
