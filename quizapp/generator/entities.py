"""Typed entities: spaCy's guesses, corrected by rules where the small model is weak
(products, plants, titles glued to names), then one kind per name per article."""

import re
from collections import Counter, defaultdict
from functools import lru_cache

from .distractors import COUNT_IN_WORDS
from .gazetteer import country_codes, is_known_place
from .headline import in_title_case
from .lexicon import (
    CLASS_NOUNS,
    CURRENCY_NOUNS,
    DOLLAR_LETTERS,
    EVENT_ENDINGS,
    FACILITY_HEADS,
    MONTHS,
    NOT_NAMES,
    ORG_SUFFIXES,
    PERSON_NOUNS,
    PRODUCT_HEADS,
    ROLE_NOUNS,
    SHORT_MONTHS,
    STREET_WORDS,
    TITLE_SMALL_WORDS,
    TITLE_WORDS,
    WEEKDAYS,
    WIRE,
)
from .models import Entity, Span
from .names import family_name, first_surname, occurrences
from .nlp import is_word

LABELS = {
    "PERSON": "person", "ORG": "org", "PRODUCT": "product", "FAC": "facility", "GPE": "place",
    "LOC": "place", "DATE": "date", "MONEY": "money", "PERCENT": "percent", "CARDINAL": "number",
    "QUANTITY": "quantity", "NORP": "group", "EVENT": "event", "WORK_OF_ART": "work", "LAW": "other",
}
NUMERIC_KINDS = ("date", "money", "percent", "number", "quantity")
# A currency written after a figure the model left bare: "a 75 million| euro loan", "48 million| reais".
CURRENCY_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(CURRENCY_NOUNS))}|reais|real|kronor|kroner|soles|zloty)s?\b",
                            re.IGNORECASE)
# Pounds that are a weight: "weighing 68 pounds", "a 300-pound bear", "2 million pounds of beef".
WEIGHED = re.compile(r"\bweigh|-pound\b|\bpounds? of\b")
NAMED_KINDS = ("person", "org", "product", "facility", "place", "work")
NAME_WORD = r"(?:[A-Z][\w’'&.:-]*|[a-z]{1,2}[A-Z][\w:-]*|\d+[A-Za-z][\w:-]*)"
# Names never run across a line break: a paragraph's last word and the next one's dateline are not one name.
FACILITY = re.compile(
    rf"\b((?:{NAME_WORD} ){{1,3}}(?:{'|'.join(re.escape(h) for h in FACILITY_HEADS)}))\b"
)
ALNUM_MODEL = re.compile(r"\b[A-Z][A-Za-z]*-?\d+[A-Za-z0-9:+-]*\b")
HEDGE = re.compile(r"(?:only|just|about|around|some|nearly|almost|more than|over|above|below|under|roughly|up to|"
                   r"fewer than|less than|"
                   r"smaller than|larger than|greater than|bigger than|"
                   r"as (?:low|high|much|many|little|few|long) as|"
                   r"at least|at most|just over|just under|approximately|(?:an )?estimated|"
                   # "drilled as deep as 3,000 metres": the comparison's second "as" (set 67)
                   r"as(?=\s+\d))\s+", re.IGNORECASE)
# "fines of between 1,500 euros and 3,000 euros": the model's figure "between 1,500" is half a range, whose
# "between" belongs in the stem ("fines of between _____ euros"), not in every option (set 59's reviewers)
HALF_RANGE = re.compile(r"between\s+(?!.*\band\b)", re.IGNORECASE)
SPELLED_SMALL = re.compile(r"^(one|two|three|four|five|six|seven|eight|nine|ten|both|dozens?|several|a few)$", re.I)
# A length of time the model calls a TIME: "15 minutes", "7 hours and 41 minutes".
DURATION = re.compile(r"\b\d[\d.,]*\s+(?:minutes?|hours?|seconds?)\b")
# "Anglo-Dutch", "Sino-Japanese": two nations' adjective, which the model often calls an organisation.
NATIONALITY_COMPOUND = re.compile(r"(?:Anglo|Franco|Sino|Indo|Italo|Russo|Greco|Austro|Hispano|Luso|Afro|Euro|Pan|"
                                  r"Judeo|Nippo|Turco|Arabo|Dano|Swedo|Norwego|Polono|Germano)-[A-Z][a-z]+")
# A rule's kind beats the model's on the same words: the model's PRODUCT and FAC scores are poor.
RULE_WEIGHT = 3


def extract_entities(text, docs):
    """Every entity of the article, typed, with its mentions; aliases merged."""
    candidates = without_portfolios(without_first_names(without_scores(model_candidates(text, docs)), text), text)
    orgs = Counter(c[0] for c in candidates if c[1] == "org")
    brands = {name for name, count in orgs.items() if count >= 2} | {c[0] for c in candidates if c[1] == "org"}
    candidates += company_candidates(text)
    candidates += place_votes(text, candidates)
    candidates += org_votes(text, candidates)
    candidates += with_first_names(titled_people(text), candidates, text)
    candidates += described_people(text, candidates)
    candidates += surname_speakers(text, candidates)
    candidates += quoted_titles(text)
    candidates += facility_candidates(text)
    candidates += explicit_dates(text)
    candidates += product_candidates(text, brands)
    candidates += service_candidates(text)
    candidates += joined_bodies(text, candidates)
    candidates += bodies_of(text, candidates)
    candidates += [(m.group(0), "date", m.start(), m.end(), RULE_WEIGHT) for m in WEEKDAY.finditer(text)]
    candidates += [(m.group(0), "money", m.start(), m.end(), RULE_WEIGHT) for m in LETTERED_DOLLARS.finditer(text)]
    # (Not the tail of a longer name: "Syndicat Intercommunal de la Combe" is a body, and "Combe" no person.)
    candidates += [(m.group(0), "person", m.start(), m.end(), RULE_WEIGHT) for m in PARTICLE_NAME.finditer(text)
                   if m.group(0).split()[0] not in NOT_NAMES and not place_before(text, m.start())
                   and not listed_among_places(text, m.start(), m.end()) and not PROJECT_AFTER.match(text, m.end())
                   and not re.search(r"[A-Z][\w'-]* $", text[max(0, m.start() - 20):m.start()])]
    # "an industrial estate in Ribarroja del Turia", "along Spain's drought-hit Costa del Sol": a name joined by a
    # particle, where a place is said to be, is a place.
    candidates += [(m.group(0), "place", m.start(), m.end(), 2 * RULE_WEIGHT) for m in PARTICLE_NAME.finditer(text)
                   if place_before(text, m.start()) or listed_among_places(text, m.start(), m.end())]
    candidates += aged_and_grouped(text, candidates)
    candidates += [(m.group(0), "event", m.start(), m.end(), RULE_WEIGHT) for m in NAMED_STORM.finditer(text)]
    candidates += [(m.group(1), "work", m.start(1), m.end(1), 2 * RULE_WEIGHT) for m in NAMED_PUBLICATION.finditer(text)]
    candidates += [(m.group(0), "facility", m.start(), m.end(), RULE_WEIGHT) for m in NUMBERED_SITE.finditer(text)]
    candidates += [(m.group(0), "event", m.start(), m.end(), RULE_WEIGHT) for m in NAMED_ERA.finditer(text)]
    # (only where the model saw no name there: it has "Amihan Express" of "the catamaran MV Amihan Express")
    candidates += [(m.group(0), "work", m.start(), m.end(), RULE_WEIGHT) for m in PREFIXED_SHIP.finditer(text)
                   if not any(start < m.end() and m.start() < end for _name, _kind, start, end, _weight in candidates)]
    headline = title_case_headline(text)
    entities = [e for e in merge(resolve_overlaps(text, candidates), text) if not common_word_opening(e, docs)
                and not in_a_title(e, text) and not a_kind_of_thing(e, text, docs)
                and not (e.kind not in NUMERIC_KINDS and all(m.end <= headline for m in e.mentions))
                and not (e.kind not in NUMERIC_KINDS and SCALE_STEP.match(e.name))
                and not (e.kind == "person" and SCIENTIFIC_NAME.fullmatch(e.name))]
    for entity in entities:
        if entity.kind in ("org", "person", "product") and entity.name.split()[-1] in LAW_WORDS and " " in entity.name:
            entity.kind = "work"  # "the Finance Bill": a law, no body to offer beside the National Treasury
        elif entity.kind == "person" and any(NAMED_THING.search(text[max(0, m.start - 30):m.start]) for m in entity.mentions):
            entity.kind = "work"  # "a bull called Tumbo", "the pop duo Kaldt Lys": a name to recall among its like, no person
        elif entity.kind in ("person", "org", "place", "product") and any(
                SELF_NAMED.search(text[max(0, m.start - 30):m.start]) for m in entity.mentions):
            entity.kind = "work"  # "The crew, who call themselves Northern Tide": a name they chose, no place (set 28)
        elif entity.kind in ("person", "org", "product") and (re.match(r"(?:MV|MS|MT|RV|HMS|SS) [A-Z]", entity.name) or any(
                VESSEL_BEFORE.search(text[max(0, m.start - 40):m.start]) for m in entity.mentions)):
            entity.kind = "work"  # "the Liberian-flagged Orient Meridian", "the wreck of the ...": a ship, no company
        elif entity.kind == "person" and all(text[max(0, m.start - 4):m.start].lower() == "the " for m in entity.mentions) \
                and any(STREET_AFTER.match(text, m.end) for m in entity.mentions):
            entity.kind = "place"  # "on the Lijnbaan, a pedestrian shopping street": a street, always "the" (set 42)
        elif entity.kind == "org" and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}", entity.name) and (
                entity.name.split()[-1] not in ORG_SUFFIXES) and any(
                called_a_person(text[max(0, m.start - 30):m.start]) for m in entity.mentions):
            entity.kind = "person"  # "Padova's opposite hitter Giulia Ferrandi": the model's organisation (set 49)
        elif entity.kind == "person" and re.fullmatch(r"[A-Z]{2,6}", entity.name):
            entity.kind = "org"  # "BDLS chief executive Matthias von Randow said": a body's initials, no person
        elif entity.kind in ("person", "org") and " " not in entity.name and any(
                PLACE_OWNS.match(text, m.end) for m in entity.mentions):
            entity.kind = "place"  # "Manitoba's government said": a province, which the model took for a person (set 65)
        elif entity.kind in ("person", "product") and " " in entity.name and NAMED_EVENT_END.search(entity.name):
            # "stripped of her victory at this year's Hamburg Marathon": the model's person is a race, asked among
            # events as the organisations the model does see are (set 64 offered three runners for it)
            entity.kind = "org"
    return entities


# "The Kedros bee orchid, Ophrys kedrosiana, was known only from ...": a genus and a species, which the model took for
# a person (set 49's reviewers: typing the Latin is a spelling test). A person's second word is capitalised, or a
# particle ("Ludwig van Beethoven" has three words).
# What only a place has: "Manitoba's government", "Ontario's premier", "Oslo's residents".
PLACE_OWNS = re.compile(r"['’]s (?:(?:provincial|state|regional|federal|national|city|municipal) )?(?:government|premier|"
                        r"capital|population|governor|legislature|parliament|residents|inhabitants|citizens)\b")
# The last word of an event's name: a race, a championship, a festival (never a person's or a product's).
# (not "Masters", "Open" or "Classic", which end people's names too: "Judith Masters")
NAMED_EVENT_END = re.compile(rf" (?:{'|'.join(e for e in EVENT_ENDINGS if e not in ('Masters', 'Open', 'Classic'))})$")
SCIENTIFIC_NAME = re.compile(r"[A-Z][a-z]+ (?!(?:van|von|de|da|di|del|du|dos|das|bin|al|la|le)$)[a-z]{3,}")
# The word right before a name says a person: "the 19-year-old substitute Chiara Bontempi", "their captain, Natalia
# Kowalczyk" (set 49: without it, neither was sure enough a person to be another's lure, and both were typed).
PERSON_BEFORE = re.compile(r"\b(?P<noun>[a-z]+),? $")


def called_a_person(before):
    """The words before a name end in a noun for a person ("substitute", "captain,"; not "brewer", "newspaper")."""
    word = PERSON_BEFORE.search(before)
    return bool(word) and (word.group("noun") in PERSON_NOUNS or word.group("noun") in ROLE_NOUNS)


PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|around|along)\s+$")
# ", a pedestrian shopping street": what a place is, said after its name.
STREET_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:street|road|avenue|square|boulevard|lane|bridge|"
                          r"district|neighbou?rhood|canal|quarter)\b")


def place_before(text, start):
    """The words before ``start`` say a place follows: "in ", "along Spain's drought-hit "."""
    return bool(PLACE_BEFORE.search(text[max(0, start - 12):start]) or in_a_place_s_part(text[max(0, start - 40):start].lower()))


def listed_among_places(text, start, end):
    """The name at [start, end) stands in a list of known places: "in Montevideo, Punta del Este and Salto" (the
    model's person, set 58). Not "teams in Lima and Maria de la Cruz of the University of Chile": the list must go on
    to a known place too, or end there."""
    before = LISTED_BEFORE.search(text[max(0, start - 40):start])
    after = LISTED_NEXT.match(text, end)
    return bool(before and is_known_place(before.group(1)) and after and (
        after.group(1) is None or is_known_place(after.group(1))))



def in_a_place_s_part(before):
    """The lower-cased words ``before`` a name put it in a known place's own part: "along spain's drought-hit "."""
    owner = OWNED_PLACE_BEFORE.search(before)
    return bool(owner) and is_known_place(owner.group(1).title())


def a_kind_of_thing(entity, text, docs):
    """'Old Master paintings': capitalised words named once, before a plural noun, say what kind the things are;
    no organisation to offer beside a museum."""
    if entity.kind != "org" or len(entity.mentions) != 1 or set(entity.name.split()) & ORG_SUFFIXES:
        return False
    end = entity.mentions[0].end
    if not re.match(r"\s+[a-z]+s\b(?! (?:of|to|in|at|from|for|by)\b)", text[end:]) or re.search(
            r"\b(?:the|by|at|with)\s+$", text[max(0, entity.mentions[0].start - 6):entity.mentions[0].start]):
        return False
    after = end + len(text[end:]) - len(text[end:].lstrip())
    for offset, doc in docs:
        token = next((t for t in doc if offset + t.idx == after), None)
        if token is not None:
            return token.tag_ == "NNS"  # "paintings", not "has" ("Scottish Government has set a target")
    return False


def title_case_headline(text):
    """Where the article's headline ends if it is written in title case, else 0. There every word has a capital,
    so the model finds names in it that are none ("Over Alleged Sale" of "... Director Over Alleged Sale of
    Medical School Places", offered as a speaker beside the vice-chancellor): a name only the headline writes
    is not taken."""
    first = text.split("\n", 1)[0]
    return len(first) if "\n" in text and len(first.split()) <= 25 and in_title_case(first) else 0


def in_a_title(entity, text):
    """'State' of "Secretary of State for Labour", 'Lands and Water Affairs' of a minister's: words of a person's
    title, no organisation to offer."""
    return entity.kind == "org" and all(
        re.search(r"\b(?:Secretary|Minister)(?: of State)? (?:of|for) $", text[max(0, m.start - 30):m.start])
        for m in entity.mentions)  # (and "Lands and Water Affairs" of "Minister of Lands and Water Affairs NAME")


# Laws, and named measures ("the Air Quality Health Index" was offered among school boards).
LAW_WORDS = frozenset({"Bill", "Act", "Treaty", "Directive", "Accord", "Index"})
# A ship named after what it is: "the Liberian-flagged Orient Meridian", "the ferry Kalliope Star".
VESSEL_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+-flagged|(?:cargo |container |passenger |cruise )?(?:ship|vessel|ferry|"
                           r"tanker|freighter|trawler|galleon|frigate|liner|catamaran|hydrofoil)|wreck of the)\s+(?:the\s+)?"
                           r"(?:(?:MV|MS|MT|RV|HMS|SS) )?$|\b(?:MV|MS|MT|RV|HMS|SS) $")
# What a person is not: "a mother named Zawadi" (an okapi), "a bull called Tumbo", "the pop duo Kaldt Lys".
SELF_NAMED = re.compile(r"\bcall(?:s|ed)? (?:themselves|itself|himself|herself|ourselves)\s+$")
NAMED_THING = re.compile(r"\b(?:(?:mother|father|bull|cow|calf|cub|dog|cat|horse|mare|foal|stallion|elephant|"
                         r"animal|bird|ship|boat|vessel|yacht|robot|rover|probe)\s+(?:named|called|nicknamed)|"
                         r"(?:duo|trio|quartet|band|group)|(?:named|called) (?:the )?(?:calf|cub|foal))\s+$")


def common_word_opening(entity, docs):
    """'Owners of either laptop will be able to ...': a lone word, only ever at a sentence's start, that the
    parse reads as a common noun, is no name whatever a rule made of its capital."""
    if " " in entity.name or entity.kind in NUMERIC_KINDS or entity.kind == "date" or not entity.mentions:
        return False
    for mention in entity.mentions:
        token = token_at(docs, mention.start)
        if token is None or not token.is_sent_start or token.pos_ != "NOUN" or token.text != entity.name:
            return False
    return True


def token_at(docs, offset):
    """The token that starts at the article offset, in the parsed paragraphs ``docs`` [(offset, doc)]; None."""
    for start, doc in docs:
        if start <= offset < start + len(doc.text):
            span = doc.char_span(offset - start, offset - start + 1, alignment_mode="expand")
            return span[0] if span is not None and len(span) and span[0].idx == offset - start else None
    return None


MONTH = rf"(?:{'|'.join(MONTHS)})"
# "9 September 2025", "September 9, 2025", "September 2025": the model sometimes folds them into a TIME.
FULL_DATE = re.compile(rf"\b(?:\d{{1,2}} {MONTH}(?: \d{{4}})?|{MONTH} \d{{1,2}}(?:, \d{{4}})?|{MONTH} \d{{4}})\b")


# "in the first quarter of next year": a when the model reads as no date at all.
PART_OF_YEAR = re.compile(r"\bthe (?:first|second|third|fourth) (?:quarter|half) of (?:this|next|last) year\b")


# What a disaster cost: the count before it is the news ("Two German skiers were killed").
TOLL_WORDS = re.compile(r"\b(?:killed|dead|died|deaths|injured|wounded|missing|buried|rescued|evacuated|arrested|"
                        r"treated|hurt)\b")


def counted_news(ent, first_paragraph):
    """A count written in words that the story is about: the lead's ("build six frigates", "Four young bearded
    vultures were released") or a toll's ("nine people were being treated"), a number of things and no more
    ("two" alone, "both", "several" stay too vague to ask)."""
    if not COUNT_IN_WORDS.fullmatch(ent.text):
        return False
    after = ent.doc[ent.end:ent.end + 3]
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in ("the", "these", "those", "its", "their", "his", "her", "'s", "’s", "our"):
        return False  # "the two companies said", "the world's ten largest": who they are, or a rank
    counts = any(t.tag_ == "NNS" for t in after) and not any(t.text in ("-", "–") for t in after[:1])
    return counts and (first_paragraph and ent.sent.start == 0 or TOLL_WORDS.search(ent.sent.text) is not None)


def without_scores(candidates):
    """'beating Tanzania 3-1 and Angola 2-0': a team with its score is the team, and so a place the votes can
    know ("Angola 2-0" was an organisation, offered as a lure for a stadium)."""
    out = []
    for name, kind, start, end, weight in candidates:
        score = re.search(r"\s+\d{1,2}[-–]\d{1,2}$", name) if kind not in NUMERIC_KINDS else None
        out.append((name[:score.start()], kind, start, end - len(score.group(0)), weight) if score else
                   (name, kind, start, end, weight))
    return out


def without_first_names(candidates, text):
    """The model's candidates less the one-word organisations that are a person's first name: "we did not
    want to sell Tiago" beside "Tiago Marçal" and "Marçal said" (the surname written on its own). Kept,
    "Tiago" made a brand of "Tiago Marçal" (a product) and ruled the person out as a name starting with a
    company's."""
    people = [c[0].split() for c in candidates if c[1] == "person"]
    orgs = Counter(c[0] for c in candidates if c[1] == "org")
    # Written alone more often than the "company" is: "Mitsubishi" beside a "Mitsubishi Kei" is still a maker.
    first_names = {first for first, last in (name for name in people if len(name) == 2)
                   if sum(text[max(0, start - len(first) - 1):start] != first + " "
                          for start, _ in occurrences(text, last, hyphens=False)) > orgs[first]}
    return [c for c in candidates if not (c[1] == "org" and c[0] in first_names)]


def without_portfolios(candidates, text):
    """The model's people less an office's last word: "Culture Brendan Lacey" of "Minister for Culture Brendan
    Lacey" is Brendan Lacey (set 37's reviewers found the minister offered as "Culture Niamh Costigan")."""
    out = []
    for name, kind, start, end, *rest in candidates:
        words = name.split()
        if kind == "person" and len(words) >= 3 and PORTFOLIO_BEFORE.search(text[max(0, start - 40):start]):
            cut = len(" ".join(words[:-2])) + 1
            name, start = name[cut:], start + cut
        out.append((name, kind, start, end, *rest))
    return out


def explicit_dates(text):
    """Dates written out in full, whatever the model made of them."""
    return [(m.group(0), "date", m.start(), m.end(), 2)
            for m in (*FULL_DATE.finditer(text), *PART_OF_YEAR.finditer(text), *ERA_DATE.finditer(text))]


# "around 600 B.C.", "AD 79": a year of an era, one date (the model takes "B.C." for a country).
ERA = r"(?:B\.C\.(?:E\.)?|A\.D\.|BCE|BC|CE|AD)"
ERA_DATE = re.compile(rf"\b\d{{1,4}}\s{ERA}(?!\w)|\b(?:AD|A\.D\.)\s\d{{1,4}}\b")
ERA_ONLY = re.compile(rf"{ERA}|B\.C|A\.D")


# A year, a decade ("the 1970s", a date and no amount of anything) or a month.
SHORT_MONTH = "|".join(re.escape(short) for short in SHORT_MONTHS)  # "Sept." of "Sept. 1"
EXPLICIT_DATE = re.compile(rf"\b(1[6-9]\d\d|20\d\d)\b|\b(1[6-9]|20)\d0s\b|\b({MONTH})\b|\b(?:{SHORT_MONTH}) \d")


def model_candidates(text, docs):
    """(name, kind, start, end, weight) from spaCy, with titles stripped off people.

    A one-word name seen only at the start of sentences ("Owners of either laptop ...")
    is usually a capitalised common word, and is dropped.
    """
    found = []
    initial_only, seen_inside = set(), set()
    for offset, doc in docs:
        for ent in doc.ents:
            kind = LABELS.get(ent.label_)
            if ent.label_ == "TIME" and DURATION.search(ent.text):
                kind = "quantity"  # "within 15 minutes": how long, asked as an amount; a clock time is not
            if kind is None or kind in ("other", "event"):
                continue
            start, end = offset + ent.start_char, offset + ent.end_char
            if kind in ("number", "quantity", "money") and text[start:end].endswith(" light"):
                # "2.4 billion light" and "years": the model splits the unit, and the blank split it too (set 45)
                unit = re.match(r"[ -]years?\b", text[end:end + 7])
                if unit:
                    end += unit.end()
                    kind = "quantity"
            name = text[start:end]
            if ERA_ONLY.fullmatch(name):
                continue  # "B.C.", a country to the model: part of a date (explicit_dates)
            if ent.label_ == "TIME" and kind == "quantity":  # "90 minutes later", "every 30 minutes": the length alone
                duration = DURATION.search(name)
                start, end = start + duration.start(), start + duration.end()
                name = duration.group(0)
            counted = kind in ("number", "quantity") and counted_news(ent, offset == docs[0][0])
            if kind in ("number", "quantity") and (SPELLED_SMALL.match(name.split()[0]) and not any(
                    ch.isdigit() for ch in name)) and not counted:
                continue  # "two", "three": too vague to ask "how many" about
            if ent.label_ == "PERSON" and ent.start > ent.sent.start:
                given = doc[ent.start - 1]
                # ("said Per Arne Tveit": the parse takes a capitalised "Per" mid-sentence for a preposition, set 40)
                capital_particle = given.pos_ == "ADP" and given.text.istitle() and given.i > ent.sent.start
                if (((given.pos_ == "PROPN" and given.dep_ == "compound" and ent.start <= given.head.i < ent.end)
                     or capital_particle) and not given.ent_type_ and given.text.isalpha() and given.text[:1].isupper()
                        and not re.fullmatch(HONORIFIC_WORDS + r"|Justice|Judge", given.text) and strip_title(given.text)):
                    # "Giorgos Stavrou": the model's PERSON is "Stavrou", its parse hangs "Giorgos" on it.
                    start = offset + given.idx
                    name = text[start:end]
            if kind in ("person", "org"):
                stripped = strip_title(name)
                if stripped is None:
                    continue  # only a title, e.g. "Nissan CCO"
                start += name.index(stripped)
                end = start + len(stripped)
                name = stripped
                if stripped != text[offset + ent.start_char:offset + ent.end_char] and len(stripped.split()) >= 2:
                    kind = "person"  # "COO Tetsuro Aikawa": what is left of a titled name is a person
            # A dateline's dash ends a name: "June 3 - Meridian Line" is a date, then a company.
            cut = re.search(r"\s[-–—]\s", name)
            after = name[cut.end():].split() if cut else []
            if cut and kind not in NUMERIC_KINDS and (name[:cut.start()].isupper() or re.search(r"\d", name[:cut.start()])) \
                    and len(after) >= 2 and all(w[:1].isupper() for w in after):
                # "JOHANNESBURG - Meridian Metals": the dateline's place (or date) goes, the name stays.
                start, name = start + cut.end(), name[cut.end():]
            elif cut:
                name = name[:cut.start()]
                end = start + len(name)
            if NATIONALITY_COMPOUND.fullmatch(name):
                kind = "group"  # "Anglo-Dutch consortium": whose it is, never a company's name
            if kind in ("money", "number", "quantity", "percent") and not re.search(r"\d", name) and not counted:
                continue  # "remaining", "a fifth": no figure to ask for
            if kind == "money" and re.search(r"per ?cent|%", name):
                kind = "percent"
            if kind == "money":
                # "C$41.20", "NZ$3 million": the country's letters belong to the currency.
                prefix = re.search(r"(?<![A-Za-z])[A-Z]{1,3}\$?$" if name.startswith("$") else r"(?<![A-Za-z])[A-Z]{0,3}\$$",
                                   text[max(0, start - 4):start])
                if prefix and prefix.group(0):
                    start -= len(prefix.group(0))
                    name = text[start:end]
            if kind in ("money", "number") and start > 0 and text[start - 1] in "€$£¥":
                start, name, kind = start - 1, text[start - 1] + name, "money"  # "€50,000", not "€" + "50,000"
            if kind in ("money", "number") and re.match(r"(?:m|bn|mn|k|tn)\b", text[end:end + 3]) and (
                    name[:1] in "€$£¥" or kind == "money"):
                suffix = re.match(r"(?:m|bn|mn|k|tn)\b", text[end:end + 3]).group(0)
                end, name, kind = end + len(suffix), name + suffix, "money"  # "£72.4m", not "£72.4" + "m"
            joined = re.match(rf"-(?:{'|'.join(sorted(CURRENCY_NOUNS))})\b", text[end:end + 12]) if kind in (
                "number", "quantity") and name[-1:].isalnum() else None
            if joined:
                # "an 86-million-crown contract": the model's "86-million" leaves the currency behind (set 49)
                end, name = end + len(joined.group(0)), name + joined.group(0)
            if kind in ("number", "quantity") and CURRENCY_AFTER.match(text, end):
                kind = "money"  # "a 75 million euro loan": money, lured by money, not by "300 million doses" (set 33)
            unit = name.split()[-1].split("-")[-1].lower().removesuffix("s")  # ("an 18-million-euro fund")
            if kind == "quantity" and unit in CURRENCY_NOUNS and not (unit == "pound" and WEIGHED.search(
                    text[max(0, start - 40):end + 4])):
                kind = "money"  # the model's QUANTITY "780 million zlotys" is a sum, weighed as one (set 48)
            age = re.match(r"(?:the )?age of (?=\d)", name, re.IGNORECASE) if kind in ("date", "quantity") else None
            if age:
                # "at the age of 12 years": the age is the figure, and "age of" goes in the stem, not every option.
                start, name = start + age.end(), name[age.end():]
            if kind == "date" and not EXPLICIT_DATE.search(name):
                if not re.search(r"\d", name):
                    continue  # "three-year", "coming weeks", "last year": vague times, not dates
                kind = "quantity"  # "21 days", "12 weeks": a duration, asked as an amount
            if kind == "work" and text[start - 1:start] not in "\"“'‘":
                continue  # the model's WORK_OF_ART outside quotation marks is mostly noise ("PhD")
            if ent.start == ent.sent.start and len(ent) == 1 and kind in ("org", "person", "product"):
                initial_only.add(name)
            else:
                seen_inside.add(name)
            name, start, end = trim(text, name, start, end)
            if kind == "person" and " " in name:
                # "The court ordered that Nguyen be deported": the model's person "Nguyen be" ends on a verb; a name's
                # lower-case words are particles between its capitals ("Pieter van Rooyen"), never its last (set 66)
                words = name.split()
                while len(words) > 1 and words[-1].islower():
                    words.pop()
                name = " ".join(words)
                end = start + len(name)
            scale = TEMPERATURE_SCALE.match(text, end) if kind in NUMERIC_KINDS else None
            if scale:
                name, end = name + scale.group(0), scale.end()  # "48.7 degrees Celsius": the scale is the unit's
            hedge = (HEDGE.match(name) or HALF_RANGE.match(name)) if kind in NUMERIC_KINDS else None
            if hedge and re.search(r"\d", name[hedge.end():]):
                name, start = name[hedge.end():], start + hedge.end()  # "about 3,200": the figure is 3,200
            owner = re.match(r"[A-Z][\w-]*['’]s ((?:[A-Z][\w-]*|of|for|and|the) ?){2,}$", name)
            if owner and kind in ("org", "facility"):
                # "Caldmoor's Institute for Crop Resilience": the institute, not Caldmoor's
                cut = name.index(" ") + 1
                name, start = name[cut:], start + cut
            if name in LANGUAGES and kind in ("org", "person", "product", "work"):
                continue  # "available in English and Swahili": a language, which the model calls a company
            if name.isupper() and len(name) > 5 and not re.search(r"\d", name):
                continue  # a dateline ("TAMPERE, Finland —"), not how the article names the place; acronyms are shorter
            if "\n" in name or (kind not in NUMERIC_KINDS and name == name.lower()):
                continue  # across paragraphs, or a lower-case common noun the model mistook for a name
            if name and name.split()[0] not in NOT_NAMES | {"the"}:
                found.append((name, kind, start, end, 1))
    common_words = initial_only - seen_inside
    return [c for c in found if c[0] not in common_words]


# Organisation words of bodies named after their town: "Hollinbury City Council", "University of Marlstone".
PUBLIC_BODIES = frozenset({"Council", "Authority", "Ministry", "University", "Institute", "Agency", "Foundation",
                           "FC", "Bank", "Port", "Line", "Lines"})
# A name ending in these is a place, whatever the model said: a street, a quay, a hill.
PLACE_ENDINGS = (*STREET_WORDS, "Way", "Quay", "Hill", "Green")
# Where one goes past or round, which a company is not (unlike "in" and "at": "shares in Kestrel", "jobs at Kestrel").
ROUTE_PREPOSITIONS = ("near", "around", "across", "through", "outside", "towards", "via")
PLACE_PREPOSITIONS = ("in", "near", "across", "around", "between", "through", "outside", "inside", "towards")


IN_A_COUNTRY = re.compile(r"^ in (?:neighbouring |neighboring |nearby |northern |southern |eastern |western |central "
                          r"|north-eastern |north-western |south-eastern |south-western )?"
                          r"(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def in_a_country(after):
    """The words after a name put it in a country: "Dubrovnik in neighbouring Croatia"."""
    match = IN_A_COUNTRY.match(after)
    return bool(match) and match.group("country") in country_codes()


def place_votes(text, candidates):
    """The model often calls a town a person or a company: a name after 'in'/'near', ending in 'Lane'
    or before '-based' is a place."""
    votes = []
    named = {name for name, kind, *_ in candidates if kind in ("org", "person", "product")}
    people = {name for name, kind, *_ in candidates if kind == "person"}
    # "Shares in Kestrel's parent company" beside "Kestrel Shipbuilding": a company's short name, not a town
    # ("in Hollinbury" beside "Hollinbury City Council" is the town).
    person_words = {word for name in people if " " in name for word in name.split()}
    companies = {name.split()[0] for name, kind, *_ in candidates if kind == "org" and " " in name
                 and name.split()[-1] in ORG_SUFFIXES - PUBLIC_BODIES}
    # Every mention counts, not only those the model saw: "the eastern district of Eastwick" may be
    # the one it did not tag.
    for name in named:
        for start, end in occurrences(text, name):
            before = text[max(0, start - 30):start].lower()
            if PLACE_NOUN_OF.search(before) or PLACE_APPOSITION.match(text, end):
                # "the village of Kinlochbraigh", "at Camas Ruadh, the island's only settlement" (set 68), whatever the
                # model said
                votes.append((name, "place", start, end, 4))
            elif " " not in name and PLACE_NOUN_AFTER.match(text[end:end + 20]):
                votes.append((name, "place", start, end, 4))  # "the Nordvik fjord": a place, though the model says a company
            elif name not in people:
                if " " not in name and before.split()[-1:] and before.split()[-1] in ROUTE_PREPOSITIONS and (
                        name not in companies):
                    votes.append((name, "place", start, end, 3))  # "going around Skagen": no company is gone around
                continue  # what follows is only ever how the model mistakes a town for a person
            elif name.endswith(PLACE_ENDINGS) or PLACE_NOUN_AFTER.match(text[end:end + 20].lower()):
                votes.append((name, "place", start, end, 4))
            elif " " not in name and name not in person_words and in_a_country(text[end:end + 40]):
                votes.append((name, "place", start, end, 4))  # "at Dubrovnik in neighbouring Croatia"
            elif in_a_place_s_part(before):
                votes.append((name, "place", start, end, 3))  # "along Spain's drought-hit Costa del Sol" (set 29)
            elif before.split()[-1:] and before.split()[-1] in PLACE_PREPOSITIONS and name not in companies:
                votes.append((name, "place", start, end, 3))
    votes += [(m.group("name"), "place", m.start("name"), m.end("name"), 4) for m in LAND_KNOWN_AS.finditer(text)]
    # "from Hollinbury Central station", "the Cerro Alto open-pit mine": a site, whatever the model said.
    for name in {name for name, kind, *_ in candidates if kind in ("org", "person", "product", "place")}:
        if not set(name.split()) & ORG_SUFFIXES:
            votes += [(name, "facility", start, end, 3) for start, end in occurrences(text, name)
                      if site_noun_after(text, start, end)
                      and not PLACE_NOUN_OF.search(text[max(0, start - 30):start].lower())]
    # "Derby", "Copenhagen": a large city or a country is a place, unless it is a surname ("Sarah Lincoln");
    # "Ho Chi Minh City", "San Jose": a city of several words, which the model takes for a person's name.
    surnames = {word for name in people for word in name.split()[1:]}
    # (and the model's "facility" that is a city with no site's word: "his father's snooker hall in Chiang Mai")
    sites = {name for name, kind, *_ in candidates if kind == "facility" and name.split()[-1] not in FACILITY_HEADS}
    for name in named | sites:
        if name not in surnames and is_known_place(name):
            votes += [(name, "place", start, end, 2) for start, end in standalone(text, name)]
    for name in named:
        if PLACE_OPENING.match(name):
            votes += [(name, "place", start, end, 4) for start, end in standalone(text, name)]
        elif STADIUM_OPENING.match(name):
            votes += [(name, "facility", start, end, 4) for start, end in standalone(text, name)]
    # "the northern provinces of Lai Chau, Lao Cai and Yen Bai": each of the list is a place.
    for match in (*PLACES_OF_LIST.finditer(text), *LIST_OF_PLACES.finditer(text)):
        for item in re.finditer(NAME_IN_LIST, match.group("items")):
            if item.group(0) in named:
                start = match.start("items") + item.start()
                votes.append((item.group(0), "place", start, start + len(item.group(0)), 4))
    # "KILBRANNAN, Scotland - ...": the dateline names the town the story is filed from.
    dateline = DATELINE.search(text[:600])
    if dateline:
        for place in (dateline.group(1).title(), dateline.group(2)):
            if " " not in place or place in named:
                votes += [(place, "place", start, end, 4) for start, end in standalone(text, place)]
    # "between Lima and La Oroya", "from Huancayo to Canta": the other end of a journey from a place is a place.
    places = {name for name, kind, *_ in candidates if kind == "place"}
    for match in PLACE_TO_PLACE.finditer(text):
        first, second = match.group("first"), match.group("second")
        for name, other in ((first, second), (second, first)):
            if name in named and (other in places or is_known_place(other)):
                start = match.start("first") if name == first else match.start("second")
                votes.append((name, "place", start, start + len(name), 4))
    # "the Cork-based company": where something is based is a place, whatever the model said.
    for match in BASED_IN.finditer(text):
        words = match.group(1).split()
        for n in range(len(words)):  # "The Cork-based": the name is the last words before the hyphen
            name = " ".join(words[n:])
            if name in named:
                votes.append((name, "place", match.end(1) - len(name), match.end(1), 3))
                break
    return votes


def standalone(text, name):
    """Where ``name`` stands alone, not as a word of a longer name ("Hollinbury" in "Hollinbury Falcons")."""
    return [(start, end) for start, end in occurrences(text, name)
            if not re.match(r" [A-Z]", text[end:end + 2]) and not re.search(r"[A-Z][\w’'-]* $", text[max(0, start - 30):start])]


DATELINE = re.compile(r"(?m)^([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?), ([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                      rf"(?: {WIRE})?\s*[-–—]\s")
BASED_IN = re.compile(r"((?:[A-Z][\w’'.&]*\s){0,3}[A-Z][\w’'.&]*)-(?:based|headquartered)\b")


# A lower-case site noun after a name: "Hollinbury Central station", "the Cerro Alto open-pit mine".
SITE_NOUNS = (r"(station|airport|stadium|hospital|plant|factory|mines?|refinery|terminal|yard|oilfield|quarry|smelter|"
              r"reservoir|dam|wind farm|solar farm|observatory|laboratory|prison)\b")
SITE_NOUN_AFTER = re.compile(rf" {SITE_NOUNS}")
# With describing words between, only after "the" ("the Kafwembe underground mine"): "Falcons plan new stadium"
# is a headline's verb, not a site.
SITE_NOUN_AFTER_WORDS = re.compile(r" (?:(?!(?:and|or|the|an?|of|in|on|at|to|for|with|from|by|is|was|has|had|said|will)"
                                   rf"\s)[a-z-]+ ){{1,2}}{SITE_NOUNS}")


def site_noun_after(text, start, end):
    """The site noun written after the name at [start, end) ('mine'), or None."""
    match = SITE_NOUN_AFTER.match(text, end)
    if match is None and re.search(r"\bthe\s+$", text[max(0, start - 5):start], re.IGNORECASE):
        match = SITE_NOUN_AFTER_WORDS.match(text, end)
    return match.group(1).lower() if match else None


PLACE_NOUN_AFTER = re.compile(r"\s+(delta|river|valley|coast|island|islands|mountains|lake|sea|bay|region|province|"
                              r"district|county|estuary|basin|peninsula|fjord|strait|gulf|canal|glacier|plateau|road|highway|"
                              r"motorway|route)\b")
# The last word of a place's name that is no family name's: "Dzelkva Cave", "Kastanos Gorge".
LANDFORMS = frozenset("Cave Caves Gorge Canyon Glacier Volcano Reef Peninsula Mountains Valley Desert Fjord "
                      "Estuary Plateau Lagoon Islands Archipelago".split())
# A district's name after its town's: "Abeokuta North", "Ogun Central".
COMPASS = frozenset("North South East West Central Northeast Northwest Southeast Southwest".split())
# "the district of Eastwick", "the town of Olszyn": a place whatever the model said.
PLACE_NOUNS = ("district", "town", "city", "village", "region", "province", "county", "suburb", "borough", "state", "port",
               "island")
# "along Spain's drought-hit ", "in Chile's northern ": a place's own part, before the part's name (lower case: the
# text before a name is compared lower-cased).
OWNED_PLACE_BEFORE = re.compile(r"\b(?:along|across|in|near|on|off)\s+(?:the\s+)?([a-z]+)['’]s\s+(?:[a-z-]+\s+){0,2}$")
LANGUAGES = frozenset("""English French Spanish Portuguese German Italian Dutch Swahili Arabic Mandarin Cantonese
Hindi Urdu Bengali Russian Ukrainian Polish Turkish Greek Japanese Korean Vietnamese Thai Indonesian Malay Tagalog
Amharic Hausa Yoruba Zulu Xhosa Afrikaans Hebrew Persian Farsi Welsh Irish Gaelic Catalan Basque Swedish Norwegian
Danish Finnish Icelandic Czech Slovak Hungarian Romanian Bulgarian Serbian Croatian""".split())
PLACE_NOUN_OF = re.compile(rf"\b({'|'.join(PLACE_NOUNS)}) of\s+$")
# ", the island's only settlement": what a name is said to be right after it.
PLACE_APPOSITION = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{'|'.join(PLACE_NOUNS)}|settlement|hamlet|"
                              r"neighbourhood|neighborhood|capital)(?=[,.;]|\s+(?:on|in|near|where|which|that|north|south|"
                              r"east|west|about|with|and)\b)")  # (not "a town councillor")
# "a mound known as Cerro Tambo", "a hill called Kōpū": a place by the land the article says it is (set 67: the
# model's product)
LAND_KNOWN_AS = re.compile(r"\b(?:mound|hill|mountain|peak|ridge|valley|gorge|cave|lake|lagoon|island|islet|bay|beach|"
                           r"plain|plateau|crater|volcano|headland|cape|marsh|wetland|swamp|forest|settlement|"
                           r"hamlet|neighbourhood|neighborhood),? (?:known (?:locally )?as|called|named) "
                           r"(?P<name>[A-Z][\w'’-]*(?: (?:(?:de|del|la|el|of)\b|[A-Z][\w'’-]*))*"
                           r"(?<! of)(?<! de)(?<! del)(?<! la)(?<! el))")
NAME_IN_LIST = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
# A name listed right before another: "Montevideo, " of "Montevideo, Punta del Este and Salto" (listed_among_places).
LISTED_BEFORE = re.compile(rf"\b({NAME_IN_LIST}),? (?:and |or )?$")
# What follows a listed name: the next ("and Salto"), or the list's end.
LISTED_NEXT = re.compile(rf"(?:,? (?:and |or )?({NAME_IN_LIST})|(?=[.;]| in\b| on\b| at\b))")
# "the provinces of Lai Chau, Lao Cai and Yen Bai", "counties such as Kakamega and Bungoma".
PLACES_OF_LIST = re.compile(rf"\b(?:{'|'.join(n + 's' for n in PLACE_NOUNS if not n.endswith('y'))}|cities|counties)"
                            rf",? (?:of|such as|including|like) (?P<items>{NAME_IN_LIST}(?:, {NAME_IN_LIST})*,? and "
                            rf"{NAME_IN_LIST})")
# "the Altai, Khangai and Gobi mountain ranges", "the Shetland and Orkney islands": names before their places' noun.
LIST_OF_PLACES = re.compile(rf"(?P<items>{NAME_IN_LIST}(?:, {NAME_IN_LIST})*,? and {NAME_IN_LIST}) (?:mountain ranges|"
                            r"mountains|ranges|regions|provinces|islands|rivers|valleys|districts|states|counties|deserts|"
                            r"lakes|coasts)\b")
PLACE_TO_PLACE = re.compile(rf"\b(?:between|from) (?P<first>{NAME_IN_LIST}) (?:and|to) (?P<second>{NAME_IN_LIST})")
# "Port Douglas", "Mount Seruwa", "Cape Verde": a place by its first word, whatever the model says.
# (and the Spanish, Portuguese and Italian words: "Laguna Blanca", "Rio Blanco", "Cerro Alto", which the model calls
# people, set 67)
PLACE_OPENING = re.compile(r"^(?:Port|Mount|Cape|Lake|Fort|Lough|Loch|Rio|Río|Laguna|Lago|Cerro|Sierra|Puerto|Isla|Ilha|"
                           r"Bahía|Bahia|Monte|Valle|Playa|Praia|Punta|Salar|Volcán|Nevado) [A-Z][a-z]+$")
# "the Stade Adrar in Agadir": a ground named in French, Spanish, Italian or German puts its noun first.
STADIUM_OPENING = re.compile(r"^(?:Stade|Estadio|Estádio|Stadio|Stadion) (?:[A-Z][\w'-]+ ?)+$")


ORG_NOUNS = (r"(?:company|companies|maker|makers|group|firm|operator|manufacturer|supplier|bank|agency|club|"
             r"carrier|airline|start-?up|insurer|retailer|chain|developer|designer|provider|producer|consortium|"
             r"organi[sz]ation|charity|party|union|association|university|institute|lab|laboratory|society|"
             r"federation|foundation|trust|alliance|cooperative|co-operative|coalition|publisher|label|broadcaster|"
             r"regulator|watchdog)")
# "chief executive of Nordisk Tonerett": what someone heads or works at is an organisation, whatever the model says.
ORG_AFTER_TITLE = re.compile(r"\b(?:chief executive|executive|director|head|chair|chairman|chairwoman|president|founder|"
                             r"spokesman|spokeswoman|spokesperson|secretary|manager|officer|analyst|economist) "
                             r"(?:of|at) (?:the )?$", re.IGNORECASE)
# ", a Czech maker of buses" describes the name; ", the company said" is an attribution, not a description.
ORG_APPOSITION = re.compile(rf"^(?:['’]s)?,\s+(?:an?|the|its|their)\s+(?:(?!(?:at|of|in|for|with|from|the)\s)[\w'’-]+\s+){{0,4}}"
                            rf"{ORG_NOUNS}\b(?!['’]s)"
                            r"(?!\s+(?:said|says|added|announced|told|confirmed|reported|stated))", re.IGNORECASE)
# ("market leader Halvorsen Hearing": a market is led by a company; "opposition leader" is a person's title)
ORG_BEFORE = re.compile(rf"\b(?:{ORG_NOUNS}|market leader)\s+$", re.IGNORECASE)
# The kind of firm, then its name, after a place: " consultancy Savannah Economics".
FIRM_NOUN_AFTER = re.compile(rf" (?:{ORG_NOUNS}|consultancy|think tank) [A-Z]")


CLUB_NAME = re.compile(r"\b(?:FC|AFC|AC|SC|CF|SV|Club|Real|Sporting|Deportivo|Atletico|Atlético|Athletic|Inter|Dynamo|"
                       r"Olympique|Racing|Union) [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?|\b[A-Z][\w’'-]+ (?:FC|FK|AFC|SC|BK|IF)\b")


def org_votes(text, candidates):
    """'Korda Bus, a Czech maker of buses', 'the group Zielona Brzana', 'FC Lindholm': organisations."""
    votes = [(m.group(0), "org", m.start(), m.end(), 3) for m in CLUB_NAME.finditer(text)]
    names = {name for name, kind, *_ in candidates
             if kind not in NUMERIC_KINDS and kind != "org" and not name.endswith(FACILITY_HEADS)}
    # Where the model saw a longer organisation ("copper producer Kessler Resources"), "Kessler" is only its start.
    longer = {(start, end) for _, kind, start, end, _ in candidates if kind == "org"}
    for name in names:
        # Every mention counts, not only those the model saw: the apposition that says what a name
        # is ("Meridian Line, the world's fifth-largest container shipping company") is often one it missed.
        for start, end in occurrences(text, name):
            if any(s == start and e > end for s, e in longer):
                continue
            after_title = ORG_AFTER_TITLE.search(text[max(0, start - 30):start])
            if after_title and FIRM_NOUN_AFTER.match(text, end) and is_known_place(name):
                continue  # "an energy analyst at Nairobi consultancy Savannah Economics": the city says where it is
            if after_title or ORG_APPOSITION.match(text[end:end + 80]) or ORG_BEFORE.search(text[max(0, start - 30):start]):
                votes.append((name, "org", start, end, 3))
    return votes


TITLED_NAME = re.compile(
    r"\b(?:Officer|Executive|President|Director|Minister|Mayor|Chairman|Chairwoman|Chair|Manager|Secretary|"
    r"Councillor|Councilor|Governor|Senator|Spokesperson|Spokesman|Spokeswoman|Founder|Professor|Dr\.?|"
    r"Prosecutor|Attorney|Magistrate|Ombudsman|Auditor|Inspector|Detective|Sheriff|Colonel|Sergeant|Bishop|"
    r"CEO|COO|CFO|CTO|CCO|CMO|"
    # in lower case too: "Astraeon chief executive Marcus Delaney", "mission director Renata Okafor"
    r"executive|president|director|chairman|chairwoman|manager|spokesman|spokeswoman|spokesperson|founder"
    r") ((?:[A-ZÀ-ÖØ-Þ][\w’'-]+)(?: [A-ZÀ-ÖØ-Þ][\w’'-]+){1,3})")  # ("Rosa Elena Martínez Santiago": four, set 51)


# A short Title Case phrase in quotation marks, its small words lower case; never ending in one.
TITLE_WORD = rf"(?:[A-Z][\w'’-]*|{'|'.join(TITLE_SMALL_WORDS)})"
QUOTED_TITLE = re.compile(rf"[\"“']((?:The |A |An )?[A-Z][\w'’-]*(?: {TITLE_WORD}){{0,7}})[\"”']")
WORK_NOUNS = re.compile(r"\b(films?|movies?|documentar(?:y|ies)|books?|novels?|albums?|songs?|singles?|series|shows?|plays?|"
                        r"operas?|paintings?|games?|podcasts?|drama|thriller|comedy|feature|painted|written|directed|"
                        r"composed|portrait|sculpture|still life)\b", re.IGNORECASE)


def quoted_titles(text):
    """'"The Salt Orchard", a quiet family drama': a short Title Case phrase in quotation marks near a word
    for a work (film, book, album...) names that work."""
    found = []
    for match in QUOTED_TITLE.finditer(text):
        name = match.group(1).strip()
        around = text[max(0, match.start() - 60):match.end() + 60]
        if name.split()[-1] in TITLE_SMALL_WORDS or not WORK_NOUNS.search(around):
            continue
        found.append((name, "work", match.start(1), match.start(1) + len(name), 3))
    return found


HONORIFIC_WORDS = r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Lord|Lady|Advocate)\.?"
HONORIFIC = re.compile(rf"\b{HONORIFIC_WORDS}\s+$")


# "Peru's Minister of Culture, Rosa Elena Valdivia, welcomed ...": a title, then the name set off by commas.
TITLE_THEN_NAME = re.compile(
    r"\b(?:Minister|Secretary|Director|President|Chairman|Chairwoman|Governor|Mayor|Ambassador|Commissioner)"
    r"(?: (?:of|for) (?:the )?[A-Z][\w’'-]+(?: (?:and )?[A-Z][\w’'-]+){0,3})?, ((?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+){1,2}),")
# '"...," Secretary of State for Labour Ignacio Berrocal said': a title of several capitalised words, then the
# name, then the speaking verb (the model saw a body called "State" and no person).
TITLE_OF_NAME_SAID = re.compile(
    r"\b(?:Minister|Secretary|Director|President|Chairman|Chairwoman|Governor|Mayor|Ambassador|Commissioner)"
    r"(?: (?:of|for) (?:the )?[A-Z][\w’'-]+(?:,? (?:and )?[A-Z][\w’'-]+)*?)+ ([A-Z][\w’'-]+ [A-Z][\w’'-]+) "
    # ("Minister for Housing, Local Government and Heritage Declan Moran said"; "..., who attended")
    r"(?:said|says|told|added|announced|warned|who\b|,)")
# "Priyanka Desai, an analyst at ...": a name, then what they are.
# "Rahmat Salim, head of the provincial agency, said": the article may go too (the title word must follow).
APPOSED_TITLE = re.compile(r"(?<![\w’'-])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w’'-]*(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w’'-]*){1,3}), "
                           r"(?:(?:an?|the|its) )?"
                           r"((?:[\w-]+ ){0,2}[\w-]+)")
# A name that "said he" or "said she": "Raghunathan, who is in seventh grade, said he had tried not to think".
SAID_OF_THEMSELVES = re.compile(r"(?<![\w’'-])([A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*){0,2})(?:, who [^,\"“”]{1,80},)? "
                                r"(?:said|says|told [a-z]+|added) (?:that )?(?:he|she) ")
# A judge by the title of the bench: "Lady Justice Harwood", "Mr Justice Okafor", "Mrs Justice Helena Okafor" (not
# "Mrs Justice Helena" alone, set 46).
JUDGE = re.compile(r"\b(?:Lord|Lady|Mr|Mrs|Ms|Dame|Sir) Justice [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?(?! [A-Z])")


def described_people(text, candidates):
    """'Glenys Partridge, a spokeswoman for ...', 'Dr Miriam Oyelaran-Finch': people by their title."""
    votes = []
    for name, kind, start, end, _weight in candidates:
        if kind in NUMERIC_KINDS or kind == "person" or len(name.split()) < 2 or set(name.split()) & ORG_SUFFIXES:
            continue
        # (not a person noun: in "Iasi county, mother of three Elena Munteanu" the mother is the name after)
        title_after = any(says_a_person(re.sub(r"['’]s$", "", w), nouns=False) for w in described_after(text, end))
        if title_after or HONORIFIC.search(text[max(0, start - 12):start]):
            votes.append((name, "person", start, end, 3))
    return votes


def titled_people(text):
    """'Chief Product Officer Renata Vasquez', "Peru's Minister of Culture, Rosa Elena Valdivia,": the
    capitalised words after a title are a person; 'Lady Justice Harwood' is a judge."""
    found = []
    for match in (*TITLED_NAME.finditer(text), *TITLE_THEN_NAME.finditer(text), *TITLE_OF_NAME_SAID.finditer(text)):
        name, start = match.group(1), match.start(1)
        words = name.split()
        if words[0] in NOT_NAMES or words[0].lower() in TITLE_WORDS or set(words) & ORG_SUFFIXES:
            continue
        before = re.search(r"(?<= )([A-Z][a-z]+) $", text[max(0, start - 30):start]) if match.re is TITLE_OF_NAME_SAID else None
        if before and not is_word(before.group(1)):
            # "Deputy Minister of Industry and Trade Pham Thu Hien said": the pattern's name is two words, and the
            # office's last word is an English one ("Affairs", "Trade"); one that is no word is the name's first
            # (set 65 had asked about "Thu Hien", and matched her to "... Industry and Trade Pham")
            name, start = before.group(1) + " " + name, start - len(before.group(1)) - 1
        weight = {TITLED_NAME: 2, TITLE_OF_NAME_SAID: 4}.get(match.re, 3)  # (a title, a name, "said": surest)
        found.append((name, "person", start, match.end(1), weight))
    found += [(m.group(0), "person", m.start(), m.end(), 3) for m in JUDGE.finditer(text)]
    # "Raghunathan, who is in seventh grade, said he had ...": only a person says "he" of themselves.
    for match in SAID_OF_THEMSELVES.finditer(text):
        name = strip_title(match.group(1))  # "Minister Graham Ellery said he": the name after the title
        if name and name.split()[0] not in NOT_NAMES:
            found.append((name, "person", match.end(1) - len(name), match.end(1), 4))
    for match in APPOSED_TITLE.finditer(text):
        # "Priyanka Desai, an analyst at Brightwater Securities, said": a name the model may not see at all.
        name = strip_title(re.sub(rf"^{HONORIFIC_WORDS} ", "", match.group(1)))
        words = match.group(2).split()
        bare = not re.search(r", (?:an?|the|its) ", match.group(0))
        # ("Erlend Haugland, a 61-year-old retired electrician": an age or a trade says a person, set 40)
        titled = words[0].lower() in TITLE_WORDS if bare else any(says_a_person(word) for word in words)
        if name and " " in name and titled and name.split()[0] not in NOT_NAMES and not set(name.split()) & ORG_SUFFIXES:
            start = match.end(1) - len(name)  # "Professor Ines Carvalho": the person is the name after the title
            found.append((name, "person", start, match.end(1), 2))
    return found


# "Minister for Culture Brendan Lacey": the model's person may take in the office's last word.
PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|Secretary|Commissioner|Ambassador|Director)(?: of State)? (?:of|for) (?:the )?$")


def with_first_names(found, candidates, text):
    """A titled name the model read longer, as the model read it: "Minister of Tourism and Environment Ibrahim
    Faisal Latheef" is the minister Ibrahim Faisal Latheef, whose first name the title's capitals took."""
    people = {(start, end) for _name, kind, start, end, _weight in candidates if kind == "person"}
    out = []
    for name, kind, start, end, weight in found:
        longer = [s for s, e in people if e == end and s < start and re.fullmatch(r"(?:[A-Z][\w'’-]+ ){1,2}", text[s:start])
                  and not PORTFOLIO_BEFORE.search(text[max(0, s - 40):s])]
        if longer:
            start = min(longer)
            name = text[start:end]
        out.append((name, kind, start, end, weight))
    return out


def strip_title(name):
    """'COO Tetsuro Aikawa' -> 'Tetsuro Aikawa'; 'Nissan CCO' -> None (a title, not a name). What is left is
    a slice of ``name`` as written, so that it is found in it: a name wrapped onto the next line keeps its
    line break ("Hiroto\\n  Saikawa", in a hard-wrapped text)."""
    words = list(re.finditer(r"\S+", name))
    first = 0
    while first < len(words) and words[first].group().lower().strip(",") in TITLE_WORDS:
        first += 1
    words = words[first:]
    if not words:
        return None
    if len(words) >= 2 and all(w.group().lower() in TITLE_WORDS for w in words[1:]):
        return None
    return name[words[0].start():words[-1].end()]


def trim(text, name, start, end):
    """Drop a leading 'the' and a trailing possessive from an entity's span."""
    if name.lower().startswith("the "):
        name, start = name[4:], start + 4
    for tail in ("'s", "’s"):
        if name.endswith(tail):
            name, end = name[: -len(tail)], end - len(tail)
    name = name.strip(" ,;:")
    if name.endswith(".") and not re.search(r"(?:\b[A-Z]|\.[A-Za-z])\.$", name):
        name = name.rstrip(".")  # a sentence's full stop; "U.S." and "B.C." keep theirs
    name = name.lstrip(".")
    return name, start, start + len(name)


def facility_candidates(text):
    """'Mizushima Plant', 'Tarnow Works': capitalised words before a facility noun."""
    found = []
    for match in FACILITY.finditer(text):
        name, start = match.group(1), match.start(1)
        words = name.split()
        # "Mitsubishi's Mizushima Plant": the owner is not part of the plant's name.
        while len(words) > 2 and (words[0].endswith(("'s", "’s")) or words[0] in NOT_NAMES):
            start += len(words[0]) + 1
            words = words[1:]
        if words[0] in NOT_NAMES or words[0].endswith(("'s", "’s")):
            continue
        if re.match(r" (?:(?:for|of|on|and) (?:the )?)?[A-Z]", text[match.end(1):match.end(1) + 10]):
            # "the Allied Shipyard Workers union", "the International Centre for Settlement of Investment
            # Disputes": the facility's noun is part of a longer name
            continue
        found.append((" ".join(words), "facility", start, start + len(" ".join(words)), RULE_WEIGHT))
    return found


# "the Dutch Golden Age", "the Bronze Age", "the Ming dynasty": a time, not a place to offer cities beside.
NAMED_ERA = re.compile(r"\b(?:[A-Z][a-z]+ ){1,2}(?:Age|Era|Period|Dynasty|Renaissance)\b")
# "Pier Seven", "Terminal 2", "Berth 14": a site named by its number, which the model takes for a person.
NUMBERED_SITE = re.compile(r"\b(?:Pier|Berth|Terminal|Dock|Platform|Runway|Hangar|Quay|Wharf) (?:\d{1,3}[A-Z]?|One|Two|Three|"
                           r"Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\b")
# "the SS Ardmore Lass", "HMS Erebus": a ship by its prefix, which the model may not see as a name at all (set 41).
PREFIXED_SHIP = re.compile(r"\b(?:MV|MS|MT|RV|HMS|RMS|SS|USS|HMAS|HMCS|HMNZS) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")
# "the journal Alzheimer's Research & Therapy": a publication's whole name after the word for it, possessive and all
# (the model took "Research & Therapy" for a company, and set 57's decoy made someone its chief executive).
NAMED_PUBLICATION = re.compile(r"\bthe (?:(?:medical|scientific|peer-reviewed|academic) )?(?:journal|magazine|newspaper) "
                               r"((?:[A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|&|of|and|for|in|the)){0,6}(?<![a-z] of)"
                               r"(?<! and)(?<! for)(?<! in)(?<! the)(?<! &))")
# "Storm Halden", "Hurricane Ida": a storm is no place, person or company to ask about or offer.
NAMED_STORM = re.compile(r"\b(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm) [A-Z][a-z]+\b")
COMPANY_WORDS = "|".join(re.escape(w) for w in sorted(ORG_SUFFIXES, key=len, reverse=True))
# "Vietnam Rare Earth Processing Joint Stock Co": "Joint Stock" is a part of the company word, not of the name.
COMPANY = re.compile(rf"\b((?:{NAME_WORD} ){{1,3}}(?:(?:{NAME_WORD} )?Joint Stock )?(?:{COMPANY_WORDS}))(?![\w’'&-]| [A-Z])")


def company_candidates(text):
    """'Kestrel Shipbuilding', 'Harbridge Partners': capitalised words before a company word name a company,
    where the model saw none (it often sees nothing in a headline or after a dateline)."""
    found = []
    for match in COMPANY.finditer(text):
        words = match.group(1).split()
        while words and (words[0] in NOT_NAMES or words[0].isupper() and len(words[0]) > 3):
            words = words[1:]  # "The", and a dateline's "KILBRANNAN"
        owner = max((i for i, word in enumerate(words[:-1]) if word.endswith(("'s", "’s"))), default=None)
        if owner is not None:
            words = words[owner + 1:]  # "South Korea's Hanwol Bioscience": whose it is, then its name
        if len(words) >= 2:
            name = " ".join(words)
            found.append((name, "org", match.end(1) - len(name), match.end(1), 1))  # the model's longer name wins
    return found


# "the Salar de Pucara project": a name before a project's or a site's noun is no person's, whatever its particle says.
PROJECT_AFTER = re.compile(rf" (?:(?:project|deposit|concession|salt flat)\b|{SITE_NOUNS})")
# "Pieter van Houten", "Ana de la Cruz", "Omar bin Said": a name with a lower-case particle, which the model
# splits into a first name it calls a product and a surname.
PARTICLE_NAME = re.compile(r"\b[A-Z][a-z]+ (?:van|von|de|der|den|da|di|du|le|la|bin|ibn|al|el|dos|das|del)"
                           r"(?: (?:der|den|de|la|le))? [A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
# "Lee Hudspith, 51, who ...": an age after a name says it is a person's.
AGE_AFTER = re.compile(r"^,\s+(?:(?:1[5-9]|[2-9]\d|10\d),|an?\s+(?:1[5-9]|[2-9]\d|10\d)-year-old\b)")
# "the Kamariny Striders training camp": a group's own noun after a name says it is no person.
GROUP_NOUN_AFTER = re.compile(r"^\s+(?:training\s+)?(?:camp|academy|club|team|squad|school|choir|band|programme|program|"
                              r"community|communities|tribe)\b")  # ("the Kolla community": a people's body, set 67)


# "a Munich-based alpine travel agency, Gipfelweg Reisen,": the noun a name stands beside says what it is.
BODY_NOUN_BEFORE = re.compile(r"\b(?:agency|company|firm|group|operator|maker|insurer|bank|lender|retailer|publisher|"
                              r"developer|carrier|airline|brewer|manufacturer|studio|consultancy|charity|"
                              r"association|society|federation|foundation|broker),\s+$")


TEMPERATURE_SCALE = re.compile(r" (?:Celsius|Fahrenheit|centigrade)\b")
WHO_AFTER = re.compile(r",\s+who\b")
# "said the exhibition's curator, Karin Holmgaard": a title only a person holds, just before the name. Not the
# words a body or a plan can be too ("its partner, Nissan", "the project, Harbour Link").
PERSON_TITLES = sorted(TITLE_WORDS - {"partner", "owner", "member", "lead", "principal", "senior", "junior", "associate",
                                      "mission", "project", "program", "programme", "board", "head", "vice", "general",
                                      "chief", "executive", "officer", "operating", "financial", "technology",
                                      "technical", "marketing", "commercial", "competitive", "managing", "deputy",
                                      "representative", "player", "leader", "boss", "chair"}, key=len, reverse=True)
PERSON_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(map(re.escape, PERSON_TITLES))}),?\s+$")
# "saved spot kicks from Daniel Ofori and Emmanuel Tetteh": one name joined to a person's is a person's.
AND_NAME = re.compile(r"\s+and\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+)(?!\s+(?:[a-z]+\s+)?(?:divisions|districts|councils|schools|"
                      r"clubs|companies|firms|groups|teams|regions|provinces|counties|areas|brands|banks)\b)")  # not "... and
# Louis Riel school divisions": names of bodies before their plural noun


def aged_and_grouped(text, candidates):
    """Votes from the words beside a name the model typed: an age makes it a person ('crane operator Lee
    Hudspith, 51,', which "operator" had made a company), a group's noun an organisation (after it, or before it
    with a comma: 'a travel agency, Gipfelweg Reisen,')."""
    votes = []
    people = {name for name, kind, *_ in candidates if kind == "person"}
    for name, kind, start, end, _weight in candidates:
        if kind in NUMERIC_KINDS or not name[:1].isupper():
            continue
        after = text[end:end + 24]
        joined = AND_NAME.match(text, end)
        named_like_a_person = kind != "person" and 2 <= len(name.split()) <= 3 and not set(name.split()) & ORG_SUFFIXES
        if kind != "person" and " " in name and AGE_AFTER.match(after):
            votes.append((name, "person", start, end, 2 * RULE_WEIGHT))
        elif named_like_a_person and PERSON_TITLE_BEFORE.search(text[max(0, start - 30):start]):
            votes.append((name, "person", start, end, 2 * RULE_WEIGHT))
        elif named_like_a_person and joined and joined.group(1) in people and len(joined.group(1).split()) == len(
                name.split()):
            # (a lighter vote: the model's "person" is sometimes a town, "Lai Chau, Lao Cai and Yen Bai")
            votes.append((name, "person", start, end, RULE_WEIGHT))
        elif kind in ("facility", "place", "product", "work") and " " in name and WHO_AFTER.match(after) and not (
                re.search(r"\b(?:from|in|of|at|near)\s+$", text[max(0, start - 6):start]) and is_known_place(name)):
            # "staff nurse Siobhan Keane, who has worked on a surgical ward": no site is a "who"
            # (an organisation can be: "Arsenal, who won", so the model's org stays). But "The 19-year-old from
            # Chiang Mai, who came through qualifying" is the teenager's "who", and the city had been lured by
            # people's names (set 60's reviewers).
            votes.append((name, "person", start, end, 2 * RULE_WEIGHT))
        elif kind == "person" and (GROUP_NOUN_AFTER.match(after) or BODY_NOUN_BEFORE.search(text[max(0, start - 30):start])):
            votes.append((name, "org", start, end, 2 * RULE_WEIGHT))
    return votes


# The day of the week news is dated by ("erupted on Saturday morning"): the model reads it as a TIME, or as
# a DATE without a figure, which is dropped as vague.
WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b")
# "NZ$310 million", "A$18.5 million": the model's tokenizer keeps "NZ$310" one word and sees no sum in it.
LETTERED_DOLLARS = re.compile(rf"(?<![\w$]){DOLLAR_LETTERS}\$\d[\d,]*(?:\.\d+)?"
                              r"(?: (?:million|billion|trillion)\b|(?:m|bn)\b)?")
# "the National Volcanology and Geological Hazard Centre": one body named by two fields, which the model
# reads as two names.
JOINED_BODY = re.compile(r"\b((?:[A-Z][a-z]+ ){1,3}and (?:[A-Z][a-z]+ ){1,3}(?:Centre|Center|Institute|Agency|Authority|"
                         r"Council|Ministry|Department|Commission|Service|Office|Board|Survey|Society|Museum))\b")


def joined_bodies(text, candidates):
    """'National Volcanology and Geological Hazard Centre', 'Food and Drug Administration': one organisation,
    unless the words before "and" are named on their own elsewhere ("Nissan and Mitsubishi Motors"), or the model
    reads the name whole past the pattern's three words ("the National Disaster Risk Reduction and Management
    Council", which set 66's decoy had cut to "Disaster Risk ...")."""
    found = []
    for match in JOINED_BODY.finditer(text):
        if inside_a_longer_org(candidates, match.span(1)):
            continue
        words = match.group(1).split()
        while words[0] in NOT_NAMES:
            words = words[1:]
        name = " ".join(words)
        first = name.split(" and ")[0]
        if words[0] == "and" or len(re.findall(rf"\b{re.escape(first)}\b", text)) > 1:
            continue
        found.append((name, "org", match.end(1) - len(name), match.end(1), RULE_WEIGHT))
    return found


# "the platform Lumen+", "Disney+": the model sees no name in a word that ends in "+".
SERVICE = re.compile(r"(?<![\w+])([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}\+)(?![\w+])")


def service_candidates(text):
    """Streaming services and apps named with a plus sign."""
    return [(m.group(1), "org", m.start(1), m.end(1), RULE_WEIGHT) for m in SERVICE.finditer(text)]


# "Level 4 restrictions", "Phase 2", "Group E": a step of a scale or a round, no model to offer among products.
SCALE_STEP = re.compile(r"(?:Level|Stage|Phase|Category|Grade|Tier|Class|Group|Round|Zone|Article|Section|Chapter|"
                        r"Step|Type) \w{1,3}$")
# "The Gaborone Chamber of Commerce and Industry", "the Ministry of Lands and Water Affairs": one body, which the
# model cuts at "of" or "and".
# (and "Institute", "Agency", "Centre": "the National Institute of Pulmonology", which the model cut to "National
# Institute", had made a matching's decoy "tuberculosis specialist at the National Institute", set 60's reviewers)
BODY_OF = re.compile(r"\b(?:The )?((?:[A-Z][a-z]+ ){0,2}(?:Chamber|Ministry|Department|Federation|Association|Bureau|Commission|"
                     r"Institute|Agency|Authority|Office|Centre|Center|Academy) "
                     r"of [A-Z][a-z]+(?: (?:and|&) [A-Z][a-z]+)*(?: [A-Z][a-z]+)?)\b")


def bodies_of(text, candidates):
    """"Ministry of Health", "Chamber of Commerce and Industry": a body's name the model may cut or miss.

    Not where the model's own name of the body runs on past the pattern's two words: "the Association of Icelandic
    Mountain Guides" (set 64), whose matching had offered "managing director of the Association of Icelandic
    Mountain".
    """
    return [(m.group(1), "org", m.start(1), m.end(1), RULE_WEIGHT + 1) for m in BODY_OF.finditer(text)
            if m.group(1).split()[0] not in NOT_NAMES and not inside_a_longer_org(candidates, m.span(1))]


def inside_a_longer_org(candidates, span):
    """The model's name of an organisation runs past ``span`` (a rule's shorter reading of it) on either side."""
    return any(kind == "org" and start <= span[0] and span[1] <= end and (start, end) != span
               for _name, kind, start, end, _weight in candidates)


# Words that end a name's description before a product noun: a verb of saying, an article, a conjunction.
NOT_DESCRIBING = re.compile(r"\b(?:said|says|told|added|the|a|an|and|or|of|to|is|was|are|were|has|had|will|would)\b")


# A word of four letters or more ending a sentence ("Alzheimer's. The"), not an abbreviation ("St. ", "Corp. ").
SENTENCE_END_INSIDE = re.compile(r"[a-z’']{4,}\. ")


def product_candidates(text, brands):
    """Models named with their maker, alphanumeric model codes, and names before a product noun."""
    found = []
    if brands:
        brand_re = "|".join(re.escape(b) for b in sorted(brands, key=len, reverse=True))
        pattern = re.compile(rf"\b({brand_re})(?:['’]s)? ((?:{NAME_WORD} ?){{1,3}})")
        for match in pattern.finditer(text):
            model = trim_model(match.group(2), text, match.end(2))
            if model and COMPANY_APPOSITIVE.match(text, match.start(2) + len(model)):
                continue  # "Nordvig Forsikring, Denmark's second-largest property insurer": the company's full name
            if model and person_described_at(text, match.start(2) + len(model)):
                continue  # "Choi Hyun-woo, the chief engineer on the project": a person, the model's "Choi" no brand
            if model and not set(model.split()) & ORG_SUFFIXES:  # "Altair Aerospace" is the maker itself
                start = match.start(1) if not re.match(r"['’]s", text[match.end(1):match.end(1) + 2]) else match.start(2)
                name = text[start:match.start(2) + len(model)]
                found.append((name, "product", start, start + len(name), RULE_WEIGHT))
    for match in ALNUM_MODEL.finditer(text):
        if not SCALE_STEP.match(match.group(0)):
            found.append((match.group(0), "product", match.start(), match.end(), 2))
    heads = "|".join(sorted(PRODUCT_HEADS, key=len, reverse=True))
    # (The words between describe the thing: "a Vanguard Heavy rocket", not "Minister Park Jae-hoon said the vessel".)
    before_heads = [m for m in re.finditer(rf"\b((?:{NAME_WORD} ){{1,3}})((?:[a-z-]+ ){{0,2}})(?:{heads})\b", text)
                    if not NOT_DESCRIBING.search(m.group(2))]
    written_before = Counter(match.group(1).strip() for match in before_heads)
    for match in before_heads:
        name = match.group(1).strip()
        # A maker named before its product ("a Quillon laptop") is no product; a name written only before
        # one ("aboard a Vanguard Heavy rocket") is, whatever the model called it.
        only_before = text.count(name) == written_before[name]
        if SENTENCE_END_INSIDE.search(name):
            continue  # "... early stages of Alzheimer's. The drug can only be given": two sentences, no name
        if name.split()[0] not in NOT_NAMES and (name not in brands or only_before):
            found.append((name, "product", match.start(1), match.start(1) + len(name), 2))
    for match in NAMED_CLASS.finditer(text):
        if match.group(1).split()[0] not in NOT_NAMES:
            found.append((match.group(1), "product", match.start(1), match.end(1), RULE_WEIGHT))
    found += conjunct_products(text, found)
    return found


def person_described_at(text, end):
    """What follows ``end`` describes a person: ", the chief engineer on ...", ", a 34-year-old teacher"."""
    return any(says_a_person(word) for word in described_after(text, end))


# "zoologist", "economist", "physician": words for what a person does, past any list of them.
PRACTITIONER = re.compile(r"[a-z]{3,}(?:ologist|ist|ician)")
NOT_PRACTITIONERS = frozenset({"assist", "insist", "persist", "resist", "consist", "exist", "twist", "wrist", "checklist",
                               "playlist", "shortlist", "waitlist", "blacklist", "whitelist"})


def says_a_person(word, nouns=True):
    """A word of a description that only a person fits: a title ("engineer"), a person noun ("pensioner", with
    ``nouns``), a trade ("zoologist", "physician") or an age ("61-year-old")."""
    word = word.lower()
    return (word in TITLE_WORDS or (nouns and word in PERSON_NOUNS) or word.endswith("-year-old")
            or (bool(PRACTITIONER.fullmatch(word)) and word not in NOT_PRACTITIONERS))


def described_after(text, end):
    """The first three words of what a comma sets after ``end``, less an article: ["chief", "engineer", "on"] of
    ", the chief engineer on the project"; [] when no comma follows."""
    after = re.match(r",\s+(?:(?:a|an|the|its|their)\s+)?((?:[\w'’-]+\s+){0,2}[\w'’-]+)", text[end:end + 60])
    return after.group(1).split() if after else []


# ", Denmark's second-largest property insurer", ", the state-owned lender": what follows says a company.
COMPANY_APPOSITIVE = re.compile(r",\s+(?:[A-Z][\w.-]*['’]s\s+|the\s+|an?\s+)(?:[\w-]+\s+){0,4}?(?:insurer|bank|lender|company|"
                                r"group|maker|makers|firm|carrier|airline|operator|manufacturer|retailer|brewer|publisher|"
                                r"producer|developer|provider|utility|chain|broker|conglomerate|insurance company)\b(?!['’])")


# "the Sentinel class", "Sentinel-class ships": a named class of ships, trains or aircraft is a product.
NAMED_CLASS = re.compile(rf"\b((?:{NAME_WORD} ){{0,2}}{NAME_WORD})[ -]class\b")


def trim_model(words, text, end):
    """The model-name words after a brand, or '' when they name a class ('Kei cars') or a plant."""
    tokens = [t.rstrip(".,;:") for t in words.split()]
    following = text[end:end + 30].split()
    next_word = following[0].strip(",.;:").lower() if following else ""
    if next_word in CLASS_NOUNS or any(t in FACILITY_HEADS for t in tokens) or any(t in ORG_SUFFIXES for t in tokens):
        return ""
    while tokens and (tokens[-1] in NOT_NAMES or tokens[-1].lower() in TITLE_WORDS):
        tokens.pop()
    if not tokens or tokens[0] in NOT_NAMES or any(t.lower() in TITLE_WORDS for t in tokens):
        return ""  # (a title anywhere: "Seiwa Railway President Kenji Hamada" names the company's officer, set 69)
    return " ".join(tokens)


def conjunct_products(text, products):
    """'Delica D:3 and Proudia Dignity': a name joined by 'and' to a product is a product."""
    found = []
    for _name, _kind, _start, end, _weight in products:
        match = re.match(rf" (?:and|or|&) ((?:{NAME_WORD} ?){{1,3}})", text[end:end + 60])
        if match:
            other = match.group(1).strip()
            tokens = other.split()
            while tokens and (tokens[-1].lower() in PRODUCT_HEADS or tokens[-1] in NOT_NAMES):
                tokens.pop()
            if tokens and tokens[0] not in NOT_NAMES:
                other = " ".join(tokens)
                start = end + match.start(1)
                found.append((other, "product", start, start + len(other), 2))
    return found


def tidy(candidate):
    """Strip sentence punctuation that the name patterns swallowed: 'Proudia Dignity.'"""
    name, kind, start, end, weight = candidate
    based = re.match(r"(?:[A-Z][\w’'.&]*\s){0,2}[A-Z][\w’'.&]*-(?:based|headquartered|owned|listed)\s+(?=[A-Z])", name)
    if based and kind not in NUMERIC_KINDS:
        # "Luxembourg-based Ostara Metals Group": where it is based describes the name, it is not part of it
        name, start = name[based.end():], start + based.end()
    if re.search(r"\b[A-Za-z][a-z]{3,}\.\s+[A-Z]", name):
        return "", kind, start, start, weight  # "Moon. Its first lander": two sentences, no name
    if kind not in NUMERIC_KINDS and re.match(r"(?:of|for|and)\s", name):
        return "", kind, start, start, weight  # "A Board [of Trade] inquiry": the tail of a name the model cut (set 41)
    people_of = re.match(r"(?:[A-Z][a-z]+(?:man|woman)|Spaniard|Briton|Dane|Swede|Finn|Pole|Turk|Scot|Swiss)\s+(?=[A-Z])",
                         name)
    if kind == "person":
        # "beating Ferrante 6-1, 6-2": the model ran the score into the name
        name = re.sub(r"(?:\s+\d[\d()/–-]*)+$", "", name)

    trade = re.match(r"(?:Auctioneer|Engineer|Volunteer|Mountaineer|Pioneer|Puppeteer|Cashier|Courier|Financier|Hotelier|"
                     r"Soldier|Sommelier|Glazier|Farrier|"
                     # a rank: "Brigadier General Rizal Hartono" stood out among plain names (set 66)
                     r"(?:(?:Brigadier|Major|Lieutenant|Rear|Vice) )?(?:General|Admiral)|Brigadier|Colonel|"
                     r"Lieutenant Colonel|Commodore)\s+(?=[A-Z])", name)
    if kind == "person" and trade and len(name[trade.end():].split()) >= 2:
        # "Auctioneer Simon Raikes, of Raikes & Holt, said": his trade opened the sentence; the right option alone
        # carried it among plain names (set 43)
        name, start = name[trade.end():], start + trade.end()
    if kind == "person" and people_of and len(name.split()) > 2:
        # "Frenchman Julien Marchetti": where he is from is no part of his name (and marked the answer out)
        name, start = name[people_of.end():], start + people_of.end()
    if kind not in NUMERIC_KINDS:
        # "Kingsbridge United at Millbrook Park": the model took the preposition after the name into it
        name = re.sub(r"(?:\s+(?:at|in|on|of|for|and|the|to|from|with|by))+$", "", name)
    if kind not in NUMERIC_KINDS and name.count("(") > name.count(")"):
        # "Korea Institute of Marine Exploration (KIME": the bracket's close fell outside the span (set 34)
        name = name[:name.rindex("(")].rstrip()
    # ("Uva Highlands' closing price": a plural name's possessive is a bare apostrophe, set 55)
    clean = re.sub(r"['’]s$|(?<=s)['’]$", "", name.rstrip(".,;:!?"))
    # Keep the full stop of a final initial or abbreviation ("Corp.", "J.")
    if name.endswith(".") and (name.split()[-1] in ORG_SUFFIXES or re.search(r"\b[A-Z]\.$", name)):
        clean = name
    return clean, kind, start, start + len(clean), weight


def is_class_name(text, candidate):
    """'Kei' in 'Kei cars' or 'Kei car class' names a category, not a thing."""
    if re.match(r"[ -]class\b", text[candidate[3]:candidate[3] + 7]):
        return False  # "the Sentinel class" is one class of ships, a thing of its own (NAMED_CLASS)
    following = text[candidate[3]:candidate[3] + 25].split()
    return bool(following) and following[0].strip(",.").lower() in CLASS_NOUNS


# "Bramwell's was founded", "Bramwell's reported": a name that ends in 's (a shop's), not a possessive.
SHOP_NAME = re.compile(r"(?<![\w’'])((?:[A-Z][\w&-]*\s){0,2}[A-Z][\w&-]*)['’]s\s+(?:is|was|has|had|said|says|will|would|"
                       r"reported|reports|employs|employed|operates|operated|opened|closed|sells|sold|announced|plans|"
                       r"planned|made|makes|runs|ran|confirmed|expects|expected|agreed|declined)\b")


def shop_names(text):
    """Names the article writes with 's as what does something: 'Bramwell' of "Bramwell's was founded"."""
    return {m.group(1) for m in SHOP_NAME.finditer(text) if m.group(1).split()[0] not in NOT_NAMES}


# "landed on the Moon": the model's person or place, but no name a quiz asks for or offers as a lure.
SKY = {"Moon", "Sun", "Earth"}


SPEAKS = re.compile(r"\s+(?:said|says|told|added|agreed|argued|warned|noted|explained|admitted|acknowledged|insisted|stressed)\b")


def resolve_overlaps(text, candidates):
    """Where spans overlap, keep the heavier rule, then the longer span."""
    shops = shop_names(text)
    candidates = [tidy(c) for c in candidates]
    # "Bramwell's" is the shop wherever it is written; "Bramwell" alone is still its founder.
    candidates = [(name + text[end:end + 2], kind, start, end + 2, weight)
                  if name in shops and text[end:end + 2] in ("'s", "’s") else (name, kind, start, end, weight)
                  for name, kind, start, end, weight in candidates]
    candidates += [(f"{m.group(1)}{m.group(2)}", "org", m.start(), m.end(), RULE_WEIGHT)
                   for name in shops for m in re.finditer(rf"\b({re.escape(name)})(['’]s)\b", text)]
    # "Choi said" after "Choi Hyun-woo, the chief engineer": a word of a person's name that speaks is that
    # person, whatever the model called it (an organisation, which then unmade the person: set 34).
    name_words = {w for c in candidates if c[1] == "person" and " " in c[0] for w in (c[0].split()[0], c[0].split()[-1])}
    candidates = [(name, "person", start, end, weight) if kind == "org" and name in name_words and SPEAKS.match(text, end)
                  else (name, kind, start, end, weight) for name, kind, start, end, weight in candidates]
    class_names = {c[0] for c in candidates if c[1] in ("product", "person", "org") and is_class_name(text, c)}
    orgs = {c[0] for c in candidates if c[1] == "org"}
    groups = {c[0] for c in candidates if c[1] == "group"}  # "Finnish", "Dutch": never a product
    candidates = [c for c in candidates if not (c[1] == "product" and c[0] in groups)]
    candidates = [c for c in candidates if c[0] and c[0] not in class_names - orgs and c[0] not in SKY
                  and not (c[1] == "person" and c[0].split()[0] in orgs)]
    ordered = sorted(candidates, key=lambda c: (-c[4], -(c[3] - c[2]), c[2]))
    taken, kept = [], []
    for candidate in ordered:
        start, end = candidate[2], candidate[3]
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        kept.append(candidate)
    return sorted(kept, key=lambda c: c[2])


def district_of_a_place(name, votes, text):
    """A town's name and a point of the compass ("Abeokuta North"), where the town is a place the article names or
    another of its districts is named too ("Abeokuta North, Abeokuta South"); not a person called West or North."""
    *town, point = name.split()
    if point not in COMPASS or not town:
        return False
    town = " ".join(town)
    others = "|".join(COMPASS - {point})
    return votes.get(town, {}).get("place", 0) > 0 or re.search(rf"\b{re.escape(town)} (?:{others})\b", text) is not None


# The last words of a company's name that also end places' names: "Dogger Bank", "Broadwater Estates", "Air".
PLACE_LIKE_SUFFIXES = frozenset({"Bank", "Line", "Lines", "Air", "Markets", "Estates", "Farms", "Yards", "Port"})


def merge(candidates, text=""):
    """One Entity per name: kind by weighted vote, surnames merged into full names."""
    votes = defaultdict(Counter)
    mentions = defaultdict(list)
    for name, kind, start, end, weight in candidates:
        votes[name][kind] += weight
        mentions[name].append(Span(start, end))
    for name, kinds in votes.items():
        if "person" in kinds and set(name.split()) & ORG_SUFFIXES:
            kinds["org"] += kinds.pop("person")  # "Skarn Launch Systems" is a company, whatever the model said
        if "place" in kinds and name.split()[-1] in ORG_SUFFIXES - PLACE_LIKE_SUFFIXES and " " in name and not (
                is_known_place(name)):
            kinds["org"] += kinds.pop("place")  # "Uva Highlands Plantations owns 18 tea estates" (set 55)
        if "person" in kinds and name.split()[-1] in LANDFORMS:
            kinds["place"] += kinds.pop("person")  # "Dzelkva Cave" had been asked "Who has so far yielded ...?" (set 50)
    speakers = lone_speakers(text)
    for name, kinds in votes.items():
        if "person" not in kinds and kinds.keys() & {"org", "place"} and said_by_family_name(name, speakers) and not (
                family_firm(name, votes)):
            # "Japan's Haruka Nishida and Mai Okuno ... Okuno said the Japanese pair had been surprised": the model's
            # organisation "Mai Okuno" and place "Okuno" are a player, asked "Which place said ...?" (set 58)
            kinds["person"] += sum(kinds.values()) + 1
        elif "person" not in kinds and "facility" in kinds and said_by_given_name(name, speakers):
            # "Thailand's Thanawat Srisuk won ... Thanawat said": a player named by his given name, as Thai names are
            # written, whom the model took for a site (set 60: he had been asked as a name to type, and the lone
            # "Thanawat" as a place)
            kinds["person"] += sum(kinds.values()) + 1
    for name, kinds in votes.items():
        if "person" in kinds and district_of_a_place(name, votes, text):
            kinds["place"] += kinds.pop("person")  # "Abeokuta North" had been offered as a senator (set 52)
    entities = {name: Entity(name, votes[name].most_common(1)[0][0], mentions[name]) for name in votes}
    for name, entity in entities.items():
        # "Prestwick" beside "Prestwick Community Hospital": a lone word that opens a facility's name is
        # the town it is named after, not a person.
        if entity.kind == "person" and " " not in name and name not in speakers and any(
                other.kind == "facility" and other.name.startswith(name + " ") for other in entities.values()):
            entity.kind = "place"
    for name, entity in entities.items():
        # "Tallberg said it would cut its dividend" beside "Tallberg Group" and its founder "Erik Tallberg": a lone
        # name the model took for the founder's is the company's where the article writes it as a company's
        if entity.kind == "person" and " " not in name and len(companies_named_after(name, entities)) == 1 and sum(
                written_as_company(text, m) for m in entity.mentions) * 2 >= len(entity.mentions):
            entity.kind = "org"
    # "Shares in Cably's parent company, Cably Group, fell": the two are not one company.
    owners = {(m.group(1), m.group(2)) for m in re.finditer(
        r"\b([A-Z][\w&-]*(?: [A-Z][\w&-]*)*)['’]s (?:parent|owner|holding company)(?: company| group)?,? "
        r"([A-Z][\w&-]*(?: [A-Z][\w&-]*)*)", text)}
    for name, entity in list(entities.items()):
        full = alias_target(name, entity, entities, text)
        if full is not None and (name, full.name) not in owners:
            full.mentions.extend(entity.mentions)
            del entities[name]
    for name, entity in list(entities.items()):
        # A lone short acronym tagged as an organisation ("EV", "AI") is usually a common noun.
        if entity.kind == "org" and len(entity.mentions) == 1 and name.isupper() and len(name) <= 3:
            del entities[name]
    for entity in entities.values():
        entity.mentions.sort(key=lambda m: m.start)
        if entity.kind == "product":
            entity.brand = next((b for b in entities if b != entity.name and entity.name.startswith(b + " ")
                                 and entities[b].kind == "org"), None)
    return sorted(entities.values(), key=lambda e: e.first)


def said_by_family_name(name, speakers):
    """A name of one to three capitalised words whose last word is among the ``speakers`` (lone_speakers): "Okuno
    said the pair had been surprised"."""
    words = name.split()
    return (1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and words[-1] in speakers
            and words[-1] not in ORG_SUFFIXES and not is_known_place(name) and not is_known_place(words[-1]))


def said_by_given_name(name, speakers):
    """A name of two or three capitalised words, no site's, whose first word says something alone ("Thanawat
    said" of Thanawat Srisuk)."""
    words = name.split()
    return (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and words[0] in speakers
            and words[-1] not in FACILITY_HEADS and not is_known_place(name) and not is_known_place(words[0]))


def surname_speakers(text, candidates):
    """'Mendoza said' of Lucia Mendoza Paredes: a word of one person's name after the first, saying something alone,
    where the model tagged nothing (a Spanish name's first surname is the one written on second mention; untagged,
    her quotes had no speaker and she was asked about only as a name to type, set 67)."""
    people = {name for name, kind, *_ in candidates if kind == "person" and " " in name}
    spans = [(start, end) for _name, _kind, start, end, _weight in candidates]
    speakers = lone_speakers(text)
    found = []
    for match in SPEAKING_WORD.finditer(text):
        word = match.group(1)
        owners = [name for name in people if word in (family_name(name), first_surname(name))]
        # The word may name a city as well ("Mendoza"): one that says something alone is the person.
        if (len(owners) != 1 or len(word) < 3 or word in ORG_SUFFIXES or word not in speakers
                or any(start < match.end(1) and match.start(1) < end for start, end in spans)):
            continue
        found.append((word, "person", match.start(1), match.end(1), RULE_WEIGHT))
    return found


@lru_cache(maxsize=8)
def lone_speakers(text):
    """The capitalised words that say something alone, no name before them ("Okuno said"), and not as a company does
    ("Velomark said in a statement that it owed"): read once per article (cached), for merge() and surname_speakers."""
    found = set()
    for match in SPEAKING_WORD.finditer(text):
        before = text[max(0, match.start() - 30):match.start()]
        if re.search(r"[A-Z][\w’'-]*\s$", before) or re.match(r"[^.]{0,40}\bits?\b", text[match.end():]):
            continue  # "Hanbit Diagnostics said": the word ends a longer name; "said ... it would": a company
        found.add(match.group(1))
    return frozenset(found)


SPEAKING_WORD = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*) (?:said|says|told|added)\b")


def family_firm(name, votes):
    """A lone name that opens an organisation's ("Okamura" of Okamura Industries): the family's or the firm's."""
    return " " not in name and any(other.startswith(name + " ") and "org" in kinds for other, kinds in votes.items())


# What a company does that a person does not: "X said it would", "X's shares", "X expects its sales ...".
COMPANY_CONTEXT = re.compile(r"\w+(?:['’]s (?:shares|stock|board|results|sales|profits?|dividend|factory|plants?|"
                             r"workforce)\b|,? (?:said|says|expects|reported|plans|will|would|also said)\b[^.]{0,40}?"
                             r"\b(?:it|its)\b)")
SHARES_IN = re.compile(r"\b[Ss]hares (?:in|of) $")


def companies_named_after(name, entities):
    """The organisations that open with a person's family name ("Tallberg Group" of "Erik Tallberg"); [] where no
    person of the article ends with the name."""
    if not any(e.kind == "person" and n != name and n.split()[-1] == name for n, e in entities.items()):
        return []
    return [e for n, e in entities.items() if e.kind == "org" and n.startswith(name + " ")]


def written_as_company(text, mention):
    """The article writes the mention as a company's: "Shares in X", "X said it would", "X's dividend"."""
    return bool(COMPANY_CONTEXT.match(text, mention.start, min(len(text), mention.end + 60))
                or SHARES_IN.search(text[max(0, mention.start - 12):mention.start]))


# The last word of a body's name, by which the article goes on to call it: "the Commission", "the Court".
BODY_HEADS = frozenset("""Commission Court Bank Council Agency Authority Association Union Federation Institute
Ministry Parliament Board Foundation Trust Tribunal Committee Assembly Senate Congress Service Fund""".split())


def written_as_a_plain_noun(word, name, text):
    """The article writes the word of the organisation's name with the name's next word in lower case: "LNG carriers"
    beside "Aegean LNG Carriers" is what the ships carry, no short name of the company (set 67)."""
    words = name.split()
    at = words.index(word)
    return at + 1 < len(words) and bool(occurrences(text, f"{word} {words[at + 1].lower()}"))


def alias_target(name, entity, entities, text=""):
    """The entity this name is a shorter form of ('Saikawa' of 'Hiroto Saikawa'), if exactly one.

    A lone surname is a person's alias whatever the model called it ('Varga' tagged ORG).
    """
    if entity.kind in NUMERIC_KINDS:
        return None
    if entity.kind == "place" and not is_known_place(name) and not any(
            e.kind == "person" and n.endswith(" " + name) for n, e in entities.items()):
        # "Kuroshio will pay ..." after "Kuroshio Holdings", "Uva Highlands' closing price" after "Uva Highlands
        # Plantations": the model's place is the company, where one company's name opens with it and the article
        # writes it as a company's at least once (set 55: a Japanese buyer offered eight times as a place). Not a
        # family's name ("Okamura" of Kenji Okamura and Okamura Industries), which a surname's rules sort out.
        openers = [e for n, e in entities.items() if e.kind == "org" and n.startswith(name + " ")]
        if len(openers) == 1 and any(written_as_company(text, m) for m in entity.mentions):
            return openers[0]
    if " " in name:
        # "Harlow & Brand" for "Harlow & Brand Seeds": an organisation's name less its last word.
        matches = [e for n, e in entities.items() if e.kind == "org" and entity.kind == "org"
                   and n.startswith(name + " ") and len(n.split()) == len(name.split()) + 1]
        if not matches and entity.kind in ("person", "place", "org") and (name.split()[0].islower() or len(name.split()) == 2):
            # "van Houten" of "Pieter van Houten", "Tavares Neto" of "Joaquim Tavares Neto": a surname of two words,
            # whatever the model called it ("Soler Ibarra" a place)
            matches = [e for n, e in entities.items() if e.kind == "person" and n.endswith(" " + name)
                       and len(n.split()) > len(name.split())]
        if not matches and entity.kind == "person":
            # "Ana Souza" of "Ana Paula Souza": the first and last names, the middle one left out; one judge, who
            # was offered twice among the options (set 35's reviewers)
            words = name.split()
            matches = [e for n, e in entities.items() if e.kind == "person" and len(n.split()) > len(words)
                       and n.split()[0] == words[0] and n.split()[-1] == words[-1]]
        if not matches and entity.kind in ("org", "place", "product") and len(name.split()) >= 2 and not (
                is_known_place(name)):
            # "League One" of "Japan Rugby League One": the end of one organisation's name, which the article goes on
            # to use (set 56's reviewers saw the league asked twice, and "League One" marked wrong when typed)
            matches = [e for n, e in entities.items() if e.kind in ("org", "product") and n.endswith(" " + name)
                       and e.first < entity.first]
        if not matches and entity.kind == "person":
            # "Cascade Valley" of "Cascade Valley State University": the start of an organisation's name is no
            # person, though the model says so (and "... of Cascade Valley, said" then gave it a quote).
            matches = [e for n, e in entities.items() if e.kind == "org" and n.startswith(name + " ")]
        return matches[0] if len(matches) == 1 else None
    if entity.kind == "org" and name in BODY_HEADS:
        # "the Commission" after "the European Commission": the one body whose name ends so (set 48's reviewers
        # saw "European Commission" typed marked wrong); with two courts, "the Court" is neither
        bodies = [e for n, e in entities.items() if e.kind == "org" and n.endswith(" " + name)]
        if len(bodies) == 1:
            return bodies[0]
    companies = companies_named_after(name, entities) if entity.kind == "org" else []
    if len(companies) == 1:
        # "Nordhem" beside "Nordhem Group" and its founder "Erik Nordhem": what the model mostly took for a company
        # is the company the founder's name lives on in (set 45's "Who also said it would cut its dividend?")
        return companies[0]
    matches = [e for n, e in entities.items() if n != name and e.kind == "person" and n.split()[-1] == name]
    if not matches and entity.kind == "person":
        # "We thank Rui for his work" of Rui Valadares: a given name the article writes alone, in a quotation,
        # after the full name.
        matches = [e for n, e in entities.items() if n != name and e.kind == "person" and len(n.split()) > 1
                   and n.split()[0] == name and e.first < entity.first]
    if not matches and entity.kind == "person":
        # "Mendoza" of "Lucia Mendoza Paredes": a Spanish name's first surname, by which the article goes on (set 67)
        matches = [e for n, e in entities.items() if n != name and e.kind == "person" and first_surname(n) == name]
    if not matches and entity.kind != "place":
        # "Park" of "Park Ji-won", "Kim" of "Kim Hye-jin": a Korean name puts the family name first.
        matches = [e for n, e in entities.items() if n != name and e.kind == "person" and " " in n
                   and family_name(n) == name != n.split()[-1]]
    if not matches and entity.kind not in ("place", "group"):
        # "Lindholm" for "FC Lindholm", "Halvorsen" for "Halvorsen Cells": a word of one organisation's name
        # (not "Canadian" of "three Canadian icebreakers" for the "Canadian Coast Guard": a nationality)
        # (but "the village of Kinlochbraigh" is not "Kinlochbraigh Community Council").
        matches = [e for n, e in entities.items() if n != name and e.kind == "org" and name in n.split()
                   and name not in ORG_SUFFIXES and not written_as_a_plain_noun(name, n, text)]
        if len(matches) > 1:
            # "Falcons" of "Hollinbury Falcons", not of the "Falcons Supporters' Trust" named after the club: the
            # one the article names first.
            first = min(matches, key=lambda e: e.first)
            if first.first < entity.first and all(e is first or e.first > first.first for e in matches):
                return first
    return matches[0] if len(matches) == 1 else None
