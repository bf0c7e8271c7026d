"""What a stem prints: the sentence with its answer blanked, cut to the clause that holds it;
whether it quotes someone's words; whether it gives its answer away."""

import os
import re
from functools import lru_cache

from .lexicon import DOLLAR_LETTERS, FACILITY_HEADS, MONTHS, TITLE_SMALL_WORDS, TITLE_WORDS, WEEKDAYS, WIRE

BLANK = "_____"
# What stands between a pair of quotation marks (five words or more: someone's words, not a title).
# Straight marks pair off in order, so that the text between two quoted titles ('"Long Light",
# while X took best actor for "Brick and Bone"') is not taken for a quotation.
QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”')


# A quotation that opens and runs past the sentence's end ('she said: "Harlow & Finch has a name people trust.'):
# the sentence splitter ends it at the quotation's own full stop.
OPEN_QUOTE = re.compile(r'(?:^|[\s(:,])["“]([^"”]+)$')


def speaks(text):
    """The text quotes someone's words: five words or more between quotation marks, or after an opening one
    that the sentence does not close, not a title ('"Still Life with Lemons and a Silver Ewer", painted in
    1652, ...')."""
    runs = [m.group(1) or m.group(2) or "" for m in QUOTED.finditer(text)]
    if text.count('"') % 2 == 1 or text.count("“") > text.count("”"):
        opened = OPEN_QUOTE.search(text)
        runs += [opened.group(1)] if opened else []
    return any(len(words := run.split()) >= 5 and not title_cased(words) for run in runs)


def title_cased(words):
    """Every word but the small ones starts with a capital: a title, not a sentence someone said."""
    return all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


def quoted_at(sentence, start):
    """The article offset ``start`` lies between quotation marks in the sentence."""
    offset = start - sentence.start
    return any(m.start() < offset < m.end() for m in QUOTED.finditer(sentence.text))


def longest_stem(sentence):
    """How many words a stem from this sentence may keep: a news story's first sentence is long and the richest."""
    return 55 if sentence.index == 0 else 45


# A last phrase set off by a comma that says more than a question needs: ", down from the roughly 310 properties
# that had been listed on sites such as Airbnb", ", according to Kuopion Energia, the municipally owned utility".
TRAILING_ASIDE = re.compile(r",\s+(?:down|up|compared|against|according|including|making|bringing|leaving|adding|which|"
                            r"who|where|while|amid)\b[^_\"“”]*$")


# Else a last relative clause, commas or not: "a group of _____ property owners [who argued the cap amounted to an
# unconstitutional taking of their property and ...]".
TRAILING_RELATIVE = re.compile(r",?\s+(?:who|which)\b[^_\"“”]*$")


def without_trailing_aside(stem, most):
    """A stem of more than ``most`` words without its last aside after the blank (see TRAILING_ASIDE), else its last
    relative clause; as it was where it has neither. The clause that holds the blank stays whole."""
    blank = stem.find(BLANK)
    if blank < 0:
        return stem
    for pattern in (TRAILING_ASIDE, TRAILING_RELATIVE):
        found = pattern.search(stem, blank + len(BLANK))
        if found:
            stem = stem[:found.start()].rstrip() + "."
            if len(stem.split()) <= most:
                return stem
    return stem


# "in eastern _____ and kept in the seed bank": "and" goes on with what was done, not with a second
# name ("_____ and the Netherlands", "_____ and its partner", "from _____ and from the board" are pairs).
JOINS_A_CLAUSE = re.compile(r"\s+and\s+(?!(?:the|a|an|its|his|her|their|our|other|others|several|some|many|two|three|four|"
                            r"elsewhere|nearby|beyond|from|to|in|at|on|with|by|for|of)\b)[a-z]+\b")


def cloze_text(text, sentence, start, end):
    """The sentence with the answer blanked out, or '' where a blank would be ambiguous:
    the answer occurs twice, is a possessive ('_____'s plant'), or is one of a pair
    ('_____ and Mitsubishi', where either name would fit)."""
    if text.count(text[start:end], sentence.start, sentence.end) != 1:
        return ""
    after = text[end:end + 30]
    word_before = re.search(r"(\S+)\s$", text[max(sentence.start, start - 30):start])
    if word_before and start - len(word_before.group(0)) > sentence.start and word_before.group(1)[:1].isupper() \
            and word_before.group(1).lower() not in TITLE_WORDS and word_before.group(1) not in ("The", "A", "An") \
            and not re.search(r"(?:['’]s|,)$", word_before.group(1)) \
            and not re.fullmatch(r"\d+[-–]\d+", text[start:end]):
        # "The Allied _____ said": half a name blanked ("Kenya's _____ won" is whole; so is a score after its
        # loser: "beating Spain _____ on penalties", which set 62's lead lost)
        return ""
    listed = re.search(r"(?:^|\s)(\S+?)(?:,|\s+(?:and|or|&))\s+$", text[max(sentence.start, start - 40):start])
    if re.search(r"\b(?:Centre|Center|Institute|Ministry|Council|Commission|Agency|Society|Association|Federation|"
                 r"Office|Department|Bureau|Board|Fund|Foundation|Union|Court|Academy|School|College|University|"
                 r"Museum)$", text[start:end]) and (joined := re.match(r" (?:for|of|on) (?:the )?([A-Z]\w*)", after)) and (
            joined.group(1) not in CALENDAR_WORDS):
        return ""  # "the _____ for Settlement of Investment Disputes": half of a body's name
    if NAME_PARTICLE_AFTER.match(after) or NAME_PARTICLE_BEFORE.search(text[max(sentence.start, start - 30):start]):
        return ""  # "the _____ do Canto river", "Aguas do _____": half a name joined by a particle
    if re.match(r"-[a-z]", after) and not re.fullmatch(r"\d[\d,]*", text[start:end]):
        return ""  # "the _____-based bank": half a word ("a _____-bed unit" asks a count)
    if re.match(r" [A-Z][a-z]", after) and not re.match(r" (?:The|A|An|In|On|At|But|And)\b", after) and not (
            re.fullmatch(r"[\d.,]+(?: (?:million|billion|thousand))?", text[start:end])):
        return ""  # "the _____ Secretary": half a name ("ship _____ Arc Fold units" counts them)
    paired = re.match(r"\s+(and|or|&)\s", after) and not JOINS_A_CLAUSE.match(after)
    if paired and re.search(r"\d", text[start:end]) and not re.match(
            rf"\s+(?:and|or|&)\s+(?:\S+\s+)?(?:[\d$€£¥]|(?:{'|'.join([*MONTHS, *NUMBER_WORDS])})\b)", after,
            re.IGNORECASE):
        # "delivery in _____ and the remaining two by the end of 2031": a figure is one of a list of figures only
        paired = None
    # "given the new antivenom, called BDAV-2, _____ died": a name the aside gives, not an item of a list (set 54)
    named_aside = re.search(r"\b(?:called|named|dubbed|known as|titled)\s+\S+(?:\s\S+)?,\s*$",
                            text[max(sentence.start, start - 60):start])
    if (re.match(r"['’]s\b", after) or paired or re.match(r",\s+[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}(,|\s+(and|or)\s)", after)
            or (listed_before(listed, text[start:end]) and not named_aside)):
        return ""  # one of a list: "Nissan and _____" ("Of the total cost, _____" is fine)
    stem = text[sentence.start:start] + BLANK + text[end:sentence.end]
    if re.search(r"\d", text[start:end]):
        # "owed about _____ Norwegian crowns ($102 million)": the sum converted works the answer out.
        stem = CONVERTED_AFTER_BLANK.sub(r"\1", stem)
    return DATELINE.sub("", stem)


# How a figure converted for the reader is hedged: "($102 million)", "(about 20 euros)".
CONVERSION_HEDGE_WORDS = r"(?:about|around|roughly|some|nearly|almost|approximately)"
CONVERSION_HEDGE = rf"(?:{CONVERSION_HEDGE_WORDS} )?"
# The same sum in another currency, in brackets: "($102 million)", "(about €4.2m)".
CONVERTED_SUM = (rf"\({CONVERSION_HEDGE}{DOLLAR_LETTERS}?[$€£¥]\s?[\d.,]+"
                 r"(?: ?(?:million|billion|trillion|bn|m))?\)")
# The blank, its currency's words, then the same sum in another currency in brackets, or written out after
# ", or" ("about _____, or roughly 108 million US dollars, in its first year"), or hedged in a currency's sign
# ("fined up to _____ kronur, about $3,600, under the new regulation", set 64; not "cost _____, about C$340 million
# more than its budget").
CONVERTED_AFTER_BLANK = re.compile(
    rf"(_{{5}}(?: [A-Za-z]+){{0,3}})(?: {CONVERTED_SUM}|, or {CONVERSION_HEDGE}"
    rf"{DOLLAR_LETTERS}?[$€£¥]?\d[\d.,]*(?: (?:million|billion|trillion))? (?:US dollars|dollars|euros|pounds)\b,?"
    rf"|, {CONVERSION_HEDGE_WORDS} {DOLLAR_LETTERS}?[$€£¥]\d[\d.,]*"
    rf"(?: ?(?:million|billion|trillion|bn|m)\b)?(?:,|(?=[.;])))")


NAME_PARTICLES = r"(?:do|da|dos|das|de|del|della|di|du|von|van|der|den|ter|al|el|bin|ibn)"
NAME_PARTICLE_AFTER = re.compile(rf" {NAME_PARTICLES} [A-Z]")
NAME_PARTICLE_BEFORE = re.compile(rf"[A-Z][\w'’-]* {NAME_PARTICLES} $")


def listed_before(before, answer):
    """The word before the blank ('Nissan, ', 'Nissan and ') is another item of a list the answer is one of.
    Joined by "and", only an item of the answer's own sort is: a figure before a figure, a name before a
    name ("on Saturday and _____ flights were cancelled" lists nothing)."""
    if not before or not re.match(r"[A-Z0-9£$€¥]", before.group(1)):
        return False
    if before.group(1) in WEEKDAYS and re.match(rf"(?:{'|'.join(MONTHS)}|\d)", answer):
        return False  # "on Sunday, _____" for "October 11, 2026": the date of that day, not a list
    figure = re.match(r"[0-9£$€¥]", answer) is not None
    if before.group(0).rstrip().endswith(","):
        # "In a survey carried out in January, _____ of the fragments", "In 2019, _____ people": a phrase before a
        # figure, not a list it is one of (coverage lost "78 percent" of transplanted coral alive)
        word = before.group(1)
        year = re.fullmatch(r"(?:1[6-9]|20)\d\d", word) and not re.fullmatch(r"(?:1[6-9]|20)\d\d", answer)
        return not (figure and (word in CALENDAR_WORDS or year))
    return figure == bool(re.match(r"[0-9£$€¥]", before.group(1))) and before.group(1) not in CALENDAR_WORDS


# "TAMPERE, Finland — " opens a news story; it is not part of the sentence a student reads.
# Capitals of other alphabets too: "TROMSØ, Norway - ", "SÃO PAULO - ".
# The wire's name may follow in brackets, and the date the country: "DUBLIN (Reuters) - ", "CUCUTA, Colombia,
# Oct. 3 (AP) — ".
DATELINE = re.compile(rf"^(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'/-]{{2,}}(?:, [A-Z0-9][\w .'-]+?){{0,3}}(?: {WIRE})?"
                      rf"|{WIRE}) [—–-]+ ")  # (or the wire alone: "(Bloomberg) -- ")


def dateline_of(article):
    """The dateline that opens the article's body ("OSLO, Norway - "), or ''."""
    opening = DATELINE.match(article.text[article.paragraphs[0].start:][:80]) if article.paragraphs else None
    return opening.group(0) if opening else ""


# A few people counted by what the stem says of each: "_____ men, aged 41 and 36 and both Dutch nationals" (two).
AGES_LISTED = re.compile(r"\baged (\d+(?:, \d+)*,? and \d+)\b")
SMALL_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def count_told(prompt, answer):
    """The stem counts what the answer counts: "both" says two, "aged 41 and 36" says two (set 47's reviewers)."""
    count = SMALL_COUNTS.get(answer.strip().lower())
    if count is None:
        return False
    if count == 2 and re.search(r"\bboth\b", prompt, re.IGNORECASE):
        return True
    ages = AGES_LISTED.search(prompt)
    return ages is not None and len(re.findall(r"\d+", ages.group(1))) == count


def prints_figure(prompt, answer):
    """The stem prints the answer's figure: "from 18 to 16 ... to let _____ vote" for "16-year-olds". Figures are
    compared whole: "410,000" is not given away by "250,000" sharing its "000"."""
    # ("to 16, making": the figure before a comma is read without it)
    figures = {figure.rstrip(",.") for figure in re.findall(NUMBER, prompt)}
    return any(figure.rstrip(",.") in figures for figure in re.findall(NUMBER, answer) if len(figure) >= 2)


def leaks(prompt, answer):
    """The stem gives the answer away: it contains the answer, or a distinctive word of it
    ('Mizushima' of 'Mizushima Plant'; 'Plant' alone gives nothing away), a model's
    number ('LX14' beside 'a 14-inch screen'), a title's ('Forty Winters' beside 'over four decades') or a count
    ("Two" beside "aged 41 and 36")."""
    if answer.lower() in prompt.lower() or count_told(prompt, answer):
        return True
    # "the _____ (AIMS) said": the answer's initials, which the student may type back (a new user's find)
    initials = "".join(word[0] for word in answer.split() if word[:1].isupper())
    if len(initials) >= 3 and re.search(rf"\b{initials}\b", prompt):
        return True
    if spelled_numbers(answer) & spelled_numbers(prompt):
        return True
    # A model's number is a word's digits ("LX14"), not a figure's ("12.5 percent" beside "12 months").
    model_numbers = [d for word in re.findall(r"[\w-]+", answer) if re.search(r"[A-Za-z]", word)
                     for d in re.findall(r"\d{2,}", word)]
    if any(d in re.findall(r"\d{2,}", prompt) for d in model_numbers):
        return True
    if prints_figure(prompt, answer):
        return True
    words = set(re.findall(r"[\w:-]+", re.sub(NUMBER, " ", prompt))) - CALENDAR_WORDS
    heads = {h for head in FACILITY_HEADS for h in head.split()}
    answer_words = re.findall(r"[\w:-]+", re.sub(NUMBER, " ", answer))
    if len(answer_words) == 1 and any(demonym_of(answer_words[0], word) for word in words):
        return True  # "Scottish launch company" beside "northern _____" for "Scotland"
    return any(w in words for w in answer_words
               if len(w) >= 3 and w not in heads and (w[0].isupper() or any(c.isdigit() for c in w)))


def demonym_of(name, word):
    """``word`` is the adjective of the place ``name``: 'Scottish' of 'Scotland', 'Finnish' of 'Finland',
    'Canadian' of 'Canada'. Only a shared start and an adjective's ending, so 'Dutch' of 'Netherlands' is missed."""
    if not (name[:1].isupper() and word[:1].isupper()) or name == word or not DEMONYM_END.search(word):
        return False
    shared = len(os.path.commonprefix([name.lower(), word.lower()]))
    return shared >= 4 or shared >= 3 and word.lower().endswith(("ish", "ese"))


DEMONYM_END = re.compile(r"(?:ish|ese|ian|an|ic|i)$")


CALENDAR_WORDS = set(MONTHS) | set(WEEKDAYS)
NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                                                      "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
SPELLED = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b(?:\s+(decades?|centuries|century))?", re.IGNORECASE)


@lru_cache(maxsize=4096)
def spelled_numbers(text):
    """The numbers written out in words, a span of decades counted in years: {40} for 'Forty Winters'
    and for 'over four decades'."""
    found = set()
    for match in SPELLED.finditer(text):
        value = NUMBER_WORDS[match.group(1).lower()]
        scale = match.group(2) or ""
        found.add(value * (10 if scale.startswith("decade") else 100 if scale.startswith("centur") else 1))
    return frozenset(value for value in found if value >= 10)  # "one of the", "two companies": everywhere
NUMBER = r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\d,]*\d)"
