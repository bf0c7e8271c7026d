"""Keep the best of the overgenerated questions: no duplicates, no near-duplicates,
no stem that leaks its answer, a spread over the article's facts and question types."""

import random
import re
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz

from .entities import NAMED_KINDS, NUMERIC_KINDS
from .hiding import Hidden

# How a stem may open before the article's own words: "Fill in the number (in £ millions): ...".
PROMPT_PREFIX = re.compile(r"^(Fill in the blank|Fill in the number(?: \([^)]*\))?|True or false): ")
# Two questions from one sentence only when neither stem prints the other's answer (see gives_away).
MAX_PER_SENTENCE = 3
MAX_TRUE_FALSE_SHARE = 0.25
MAX_STEM_WORDS = 60
# A set of twenty "Who said ...?" questions covers one kind of fact twenty times.
MAX_PER_FACT_KIND = {"quote": 5, "said": 3, "title": 3, "pair": 2, "role": 2, "plan": 2, "term": 2}
LEAD_SENTENCES = 4  # news puts the main facts first


def acceptable(candidate):
    """Reject stems that are too long, leak the answer, or still hold a blank and the answer."""
    question = candidate.question
    prompt = question["prompt"]
    if len(prompt.split()) > MAX_STEM_WORDS:
        return False
    if question["type"] in ("multiple_choice", "short_answer") and candidate.answer.lower() in prompt.lower():
        return False
    if question["type"] == "multiple_choice":
        texts = [c["text"].casefold() for c in question["choices"]]
        if len(set(texts)) != len(texts) or sum(1 for c in question["choices"] if c["weight"] == 1) != 1:
            return False
    return bool(re.search(r"\w", prompt))


def drop_revealed(candidates):
    """A matching set of all the pairs shows their answers after it is answered: the single pair
    questions would then be given away, so they go. (A matching of people goes or stays against
    each question it would answer: see gives_away.)"""
    if any(c.answer == "matching-pairs" for c in candidates):
        return [c for c in candidates if not (c.fact_kind == "pair" and c.question["type"] != "matching")]
    return candidates


def demote_repeats(candidates):
    """A blank for a name another fact already asks about (the venture's name, a role) is worth less."""
    covered = {c.answer for c in candidates if c.fact_kind != "mention"}
    pair_questions = [c for c in candidates if c.fact_kind == "pair" and c.question["type"] == "multiple_choice"]
    for candidate in pair_questions:
        # The matching question already covers every pair; the twins are the ones worth a question of their own.
        if "twin" not in candidate.question["prompt"]:
            candidate.score -= 3
    for candidate in candidates:
        if candidate.fact_kind == "mention" and candidate.answer in covered:
            candidate.score -= 2


def seen(candidate):
    """shown() of a candidate's question, worked out once: the ranking asks it again and again."""
    if candidate.seen is None:
        candidate.seen = shown(candidate.question)
    return candidate.seen


def answered(candidate):
    """Every way the candidate's right answer is written, normal()ised, worked out once."""
    if candidate.answered is None:
        candidate.answered = {normal(candidate.answer), *map(normal, right_texts(candidate.question))}
    return candidate.answered


def shown(question):
    """What a student sees before answering: the stem, and the sides of a matching set."""
    sides = [side for pair in question.get("pairs", ()) for side in (pair["left"], pair["right"])]
    return normal(" ".join([question["prompt"], *sides]))


@lru_cache(maxsize=4096)
def normal(text):
    """Lower case, words only, padded with spaces so that 'in' finds whole words."""
    return " " + re.sub(r"[\W_]+", " ", text.casefold()).strip() + " "


# A time another stem lets the student work out: "fifty years ago", "since 1998".
# "A year ago" is how results compare figures, and dates nothing a student could work out.
TIME_ANCHOR = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|"
                         r"seventy|eighty|ninety|a hundred)[\s-]+(?:years?|decades?)\s+ago\b|\bsince\s+(?:1[6-9]|20)\d\d\b",
                         re.IGNORECASE)
# An answer such a time gives away: a decade, a year, a number of years.
WHEN_OR_HOW_LONG = re.compile(r"\b(?:1[6-9]|20)\d0s\b|^(?:in )?(?:1[6-9]|20)\d\d$|^\d+ (?:years|decades)$")


@lru_cache(maxsize=4096)
def when_or_how_long(answer):
    return bool(WHEN_OR_HOW_LONG.search(answer))


@lru_cache(maxsize=4096)
def time_anchored(prompt):
    return bool(TIME_ANCHOR.search(prompt))


def name_forms(name):
    """A person as a stem may print them: in full, or by a surname long enough to tell them by."""
    surname = name.split()[-1]
    return {name, surname} if len(surname) > 3 else {name}


def speaker_forms(name):
    """name_forms(), normal()ised."""
    return {normal(form) for form in name_forms(name)}


def gives_away(candidate, kept):
    """One question prints another's answer: 'profit of _____, compared with a loss of £38.6m' beside
    'profit of £72.4m, compared with a loss of _____'. Across sentences only figures, dates and
    typed names count: a name printed elsewhere is only one of the options of a choice."""
    def answer_in(asked, other, same_sentence):
        if when_or_how_long(asked.answer) and time_anchored(other.question["prompt"]):
            return True  # "the 1970s" beside "Fifty years ago ...", "27 years" beside "since 1998"
        if asked.fact_kind == "quote" and other.fact_kind == "mention" and any(
                form in seen(other) for form in speaker_forms(asked.answer)):
            return True  # "Who said ...?" beside "Quintanar-Boyd said there would be no job losses": his side is known
        if asked.question["type"] == "short_answer" and (other.fact_kind in ("mention", "term")
                                                         or other.question["type"] == "matching"):
            # A typed name printed in another sentence's stem can be copied from it ("a gene named
            # _____" beside "a more active version of DRT7"). Quotations and "What is X's position?"
            # name people because that is what they ask about, and are let be.
            return any(len(form.strip()) >= 2 and form in seen(other) for form in answered(asked))
        if other.answer == "matching-people" and asked.fact_kind in ("quote", "title") and asked.question["type"] != (
                "matching") and any(pair["left"] in (asked.answer, *seen_names(asked)) for pair in other.question["pairs"]):
            # "proud to hand over a terminal" beside "Colin Pereira-Mott: managing partner at the seller";
            # "What is X's position?" or "Who is the chairman of ...?" beside X's pair.
            return True
        if other.answer == "matching-people" and asked.fact_kind != "quote" and matched_clue(asked, other):
            # "_____, an architect, designed the rooms" beside "NAME: architect at Brightwater Studio". A
            # quotation that shares a word with a title ("a flood" and "flood engineer") says nothing of it.
            return True
        if asked.answer_kind not in NUMERIC_KINDS and not same_sentence:
            return False  # a name printed in another stem is one option among others, not the answer
        words = normal(asked.answer)
        return asked.question["type"] != "matching" and len(words.strip()) >= 2 and words in seen(other)

    for other in kept:
        # A matching set spans sentences: the one it is filed under is no closer than the rest.
        same = other.sentence_index == candidate.sentence_index and "matching" not in (
            other.question["type"], candidate.question["type"])
        if answer_in(candidate, other, same) or answer_in(other, candidate, same):
            return True
    return False


def seen_names(candidate):
    """The names a title question prints: 'What is Declan Furlong-Awe's position?'."""
    return re.findall(r"^What is (.+?)['’]s position\?$", candidate.question["prompt"])


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


def printed_at(candidate, other):
    """Where the candidate's sentence prints the other's answer: [Hidden], written as what it is ("the
    company") where it is the article's subject, asked about in the lead. In one sentence that is the
    other's own place; elsewhere every way the answer is written ("Venkataraman-Holt" for "Priya
    Venkataraman-Holt")."""
    forms = {other.answer, *right_texts(other.question)}
    if other.answer_kind == "person" or other.fact_kind == "quote":
        forms |= name_forms(other.answer)
    if not any(len(form) >= 2 and normal(form) in seen(candidate) for form in forms):
        return []  # the stem, already cut, does not print it
    if other.sentence_index == candidate.sentence_index and other.where:
        return [other.where]
    if other.topic and other.fact_kind == "mention" and other.answer_kind in NAMED_KINDS:
        return [where._replace(written=True) for where in written_at(candidate, forms)]
    return written_at(candidate, forms)


def written_at(candidate, forms):
    """Every place the candidate's source sentence writes one of ``forms``: [Hidden]."""
    source = candidate.question.get("source") or {}
    text, offset = source.get("sentence", ""), source.get("start", 0)
    spans = []
    for form in sorted((f for f in forms if len(f) >= 3), key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if not any(h.start <= offset + match.start() < h.end for h in spans):
                spans.append(Hidden(offset + match.start(), offset + match.end()))
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


def right_texts(question):
    """What a question counts as right: its right choices, typed answers or number."""
    if question["type"] == "multiple_choice":
        return [c["text"] for c in question["choices"] if c["weight"]]
    if question["type"] == "numerical":
        # "2011" and "410,000": the figure with and without a thousands comma.
        return [form.removesuffix(".0") for a in question["answers"] for form in (f'{a["value"]}', f'{a["value"]:,}')]
    return [a["text"] for a in question.get("answers", ())]


class Spread:
    """How the kept questions spread over the article: per sentence, per kind of fact, per
    person or thing asked about. Checked before the costlier giveaway rules."""

    def __init__(self, limit):
        self.limit = limit
        self.per_sentence, self.per_kind, self.asked, self.true_false = {}, {}, set(), 0

    def allows(self, candidate, kept):
        question = candidate.question
        matching = question["type"] == "matching"
        # Questions from one sentence soon answer each other (gives_away says when they do); matching
        # sets span several sentences and are exempt.
        if not matching and self.per_sentence.get(candidate.sentence_index, 0) >= MAX_PER_SENTENCE:
            return False
        if thing_of(candidate) in self.asked:
            return False  # one question per person or thing
        if not matching and self.per_kind.get(candidate.fact_kind, 0) >= MAX_PER_FACT_KIND.get(
                candidate.fact_kind, self.limit):
            return False
        if question["type"] == "true_false" and self.true_false + 1 > max(1, MAX_TRUE_FALSE_SHARE * self.limit):
            return False
        # Two blanks over the same words of one sentence ("Calder Park" and "Calder Park business district").
        return not any(k is candidate or (k.sentence_index == candidate.sentence_index and k.answer != candidate.answer
                                          and (k.answer in candidate.answer or candidate.answer in k.answer))
                       for k in kept)

    def add(self, candidate):
        question = candidate.question
        if question["type"] != "matching":
            self.per_sentence[candidate.sentence_index] = self.per_sentence.get(candidate.sentence_index, 0) + 1
            self.per_kind[candidate.fact_kind] = self.per_kind.get(candidate.fact_kind, 0) + 1
        self.true_false += question["type"] == "true_false"
        self.asked.add(thing_of(candidate))


def thing_of(candidate):
    return (candidate.thing or candidate.answer).lower()


def select(candidates, limit, topics=()):
    """The ``limit`` best candidates under the spread rules, in article order. ``topics``: the
    names the article keeps coming back to (see ruled_out)."""
    topics = frozenset(normal(name) for name in topics)
    candidates = drop_revealed(candidates)
    demote_repeats(candidates)
    for candidate in candidates:
        if candidate.sentence_index < LEAD_SENTENCES:
            candidate.score += 1.5
    # Two passes: first the best question of each sentence, so the set spreads over the
    # article's facts; then the rest by score.
    ordered = sorted(candidates, key=lambda c: -c.score)
    firsts, seen = [], set()
    for candidate in ordered:
        if candidate.question["type"] == "matching":
            firsts.append(candidate)  # it spans sentences: the one it is filed under is not its own
        elif candidate.sentence_index not in seen and acceptable(candidate):
            seen.add(candidate.sentence_index)
            firsts.append(candidate)
    first_ids = {id(c) for c in firsts}  # by identity: a dataclass's == compares every field
    rest = [c for c in ordered if id(c) not in first_ids]
    kept, stems, spread = [], [], Spread(limit)
    for candidate in firsts + rest:
        if len(kept) >= limit:
            break
        if not acceptable(candidate) or not spread.allows(candidate, kept):
            continue
        rewrites = []
        if gives_away(candidate, kept):
            candidate, rewrites = reconcile(candidate, kept)
            if candidate is None:
                continue
        if candidate.topic and candidate.sentence_index >= LEAD_SENTENCES and candidate.question["prompt"].startswith(
                "Fill in"):
            continue  # "_____ now has 410,000 customers" in an article about _____: trivial
        stem = PROMPT_PREFIX.sub("", candidate.question["prompt"])
        # Two blanks in one sentence ask different things; elsewhere, alike stems are duplicates.
        if any(fuzz.token_set_ratio(stem, other) >= 88 and not (index == candidate.sentence_index and answer != candidate.answer)
               for other, index, answer in stems):
            continue
        plan = elimination_fix(candidate, kept, topics)
        if plan is None:
            continue
        for old, new in rewrites:
            kept[next(i for i, k in enumerate(kept) if k is old)] = new
            stems[:] = [(PROMPT_PREFIX.sub("", new.question["prompt"]) if answer == old.answer and index == old.sentence_index
                         else other, index, answer) for other, index, answer in stems]
        strike(plan)
        kept.append(candidate)
        stems.append((stem, candidate.sentence_index, candidate.answer))
        spread.add(candidate)
    kept = [c for c in name_elsewhere_as_what_it_is(kept) if not named_all_over(c, kept)]
    return sorted(kept, key=lambda c: (c.sentence_index, -c.score))


def name_elsewhere_as_what_it_is(kept):
    """The article's subject asked from the lead: the other stems that print its name write what it
    is instead, where they can ('Meridian Line said the work ...' -> 'The company said the work ...')."""
    for subject in [c for c in kept if c.topic and c.fact_kind == "mention" and c.answer_kind in NAMED_KINDS]:
        for n, other in enumerate(kept):
            spans = printed_at(other, subject) if other is not subject else []
            mended = hiding(other, spans) if spans else None
            if mended is not None and not any(len(form) > 3 and form in seen(mended) for form in answered(subject)):
                kept[n] = mended
    return kept


def named_all_over(candidate, kept):
    """The article's subject, asked from the lead, when two other stems still print its name ('Meridian
    Line said the work ...', 'Shares in Meridian Line rose ...'): 'Which company agreed to buy the
    stake?' answers itself."""
    if not candidate.topic or candidate.fact_kind != "mention" or candidate.answer_kind not in NAMED_KINDS:
        return False
    return sum(1 for other in kept if other is not candidate and any(
        len(form) > 3 and form in seen(other) for form in answered(candidate))) >= 2
