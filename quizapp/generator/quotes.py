"""Who said what: quotations and their speakers, from the usual news patterns.

Precision first: a quote whose speaker is not a named person of the article is
left unattributed (a wrong attribution would be a factual error in a quiz).
"""

import re
from dataclasses import dataclass

from .lexicon import REPORTING_VERBS, TITLE_JOINERS, TITLE_WORDS
from .names import family_name, first_surname, occurrences

VERBS = "|".join(REPORTING_VERBS)
QUOTE = r"[\"“](?P<quote>[^\"“”]{12,}?)[\"”]"
# "..." said NAME, TITLE.   /   "..." said TITLE NAME.
# (the name and title may be followed by a long clause: "said Rui Tavares, the company's director of forestry, who
# led a group of journalists on a tour of a plantation near Coruche last month, where ...": set 43's unasked quote)
# (a title's abbreviation keeps its full stop: "said Dr. Signe Holmgaard, head of audiology", "said Gov. Ana Ruiz")
ABBREVIATION = r"\b(?:Dr|Mr|Mrs|Ms|Prof|Gov|Sen|Rep|Lt|Col|Gen|Sgt|Capt|Jr|Sr|St)\."
AFTER = re.compile(QUOTE + rf",?\s+(?:{VERBS})\s+(?P<who>(?:{ABBREVIATION}|[^\"“”.]){{2,320}}?(?:\.[A-Z][^\"“”.]*?)?)[.!]")
# "..." NAME said.   /   "..." she added.
BEFORE_VERB = re.compile(QUOTE + rf",?\s+(?P<who>[^\"“”.,]{{2,60}}?)\s+(?:{VERBS})\b")
# "..." NAME, TITLE, told reporters.  (set 50: "Harith Zulkifli, chief executive of Tanjung Emas, told reporters")
# The quote ends on its comma: in '... called it "a responsible compromise." The party's leader, Sofia Antunes, said'
# the next sentence's speaker did not say it.
BEFORE_TITLED_VERB = re.compile(r"[\"“](?P<quote>[^\"“”]{12,}?)(?:,[\"”]|[\"”],)"
                                rf"\s+(?P<who>[A-Z][^\"“”.]{{2,120}}?),\s+(?:{VERBS})\b")
# NAME said: "..."   /   NAME, TITLE at ORG, said "..."
LEADING = re.compile(rf"(?P<who>[A-Z][^\"“”.]{{1,120}}?)\s+(?:{VERBS})(?:\s+that)?[:,]?\s+" + QUOTE)
PRONOUNS = ("he", "she", "they")
SPEAKER_WITHIN = 100  # characters after the reporting verb that the speaker's name starts within


@dataclass
class Quote:
    quote: str
    speaker: str | None
    title: str | None
    start: int          # the passage: from the quote's opening mark to the end of its attribution
    end: int


def find_quotes(text, paragraphs, people, sentences):
    """Every quotation in the article, with its speaker where one can be named for sure."""
    found = []
    for span in paragraphs:
        block = text[span.start:span.end]
        taken = []
        for pattern in (AFTER, BEFORE_VERB, BEFORE_TITLED_VERB, LEADING):
            for match in pattern.finditer(block):
                start, end = span.start + match.start(), span.start + match.end()
                if any(start < e and s < end for s, e in taken):
                    continue
                speaker, title = identify(match.group("who"), people)
                if speaker is None and match.group("who").strip().lower() in PRONOUNS:
                    speaker = previous_speaker(start, people, sentences, found)
                if speaker is None:
                    continue
                taken.append((start, end))
                end = sentence_end(text, end, sentences)
                found.append(Quote(clean(match.group("quote")), speaker, title, start, end))
        for match in re.finditer(QUOTE, block):
            start = span.start + match.start()
            if any(s <= start < e for s, e in taken):
                continue
            # '"A," said X. "B."' - a quote straight after an attributed one goes on in the same voice.
            previous = found[-1] if found else None
            speaker = title = None
            if previous and previous.speaker and span.start <= previous.start and not text[previous.end:start].strip():
                speaker, title = previous.speaker, previous.title
            found.append(Quote(clean(match.group("quote")), speaker, title, start, span.start + match.end()))
    return sorted(found, key=lambda q: q.start)


def identify(who, people):
    """Split 'Hiroto Saikawa, Nissan CCO' or 'Mitsubishi President and COO Tetsuro Aikawa'
    into the speaker (a known person) and their title. A bare surname ('Pryce') is the one
    person of the article with that surname."""
    who = " ".join(who.split()).strip(" ,")
    # "said Iturbe, who also coached her father": the surname before a clause about its bearer
    # (or before an age: "said Tadesse Girma, 23, who until this year had raced ...")
    surname = re.split(r",\s+(?:who|whose|adding|referring|speaking|\d{1,3},)", who)[0]
    # "Mrs Hume told BBC Look North", "Mr Atkinson said": the British papers' honorific before the surname (set 41)
    surname = re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\.?\s+(?=[A-Z])", "", surname)
    by_surname = [p for p in people if " " in p and family_name(p) == surname]
    if not by_surname and " " in surname and re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+", surname):
        # "Vasconcelos Ribeiro told reporters", "Ferrer Bosch said": a Portuguese or Spanish name's two surnames
        by_surname = [p for p in people if p.endswith(" " + surname)]
    if not by_surname and re.fullmatch(r"[A-Z][\w'’-]+", surname):
        # "Mendoza said" of Lucia Mendoza Paredes: a Spanish name's first surname, written alone (set 67)
        by_surname = [p for p in people if first_surname(p) == surname]
    if len(by_surname) == 1:
        return by_surname[0], None
    # "Rosnah said", "Lim said": a Malay name is written by the given name, a Chinese one by the family name,
    # which comes first (set 50); one person whose name starts so, and none called so by surname.
    by_first = [p for p in people if " " in p and p.split()[0] == surname]
    if len(by_first) == 1 and not by_surname and re.fullmatch(r"[A-Z][a-z]+", surname):
        return by_first[0], None
    # The name nearest the verb is the speaker: in "Ingrid Solberg, chief executive of Nordisk Tonerett" the
    # second name is where she works, whatever the model took it for.
    # (not a name deep in a clause after the speaker's: "said the report, which ... by John Smith" names no speaker)
    for person in sorted((p for p in people if 0 <= who.find(p) < SPEAKER_WITHIN), key=lambda p: (who.find(p), -len(p))):
        index = who.find(person)
        before, after = who[:index].strip(" ,"), who[index + len(person):].strip(" ,")
        if re.match(r"\s+(?:after|before|at|in|on|during|when|while|as|outside|to|from|with)\b",
                    who[index + len(person):]):
            after = ""  # "said Mayor Elena Ruiz after the vote": when she said it, not what she is (a new user's find)
        # "..., the president of Okamura Industries, at a news conference": the title ends at its comma
        after = re.split(r",\s+(?:at|in|on|during|after|before|when|while|speaking|who|according)\b", after)[0].strip(" ,")
        title = after or before
        if title and not is_title(title):
            # "said Ruth Annersley, a flood engineer at the Tarn Rivers Agency": a description will do.
            described = after and describes(title) and not re.match(r"(?:who|whose|which|that)\b", title)
            title = re.sub(r"^(?:a|an)\s+", "", title) if described else None
        return person, title
    return None, None


def is_title(phrase):
    """'Nissan CCO', 'chief executive of Norvik Energy', 'President and COO': a job title."""
    words = [w.strip(",.") for w in phrase.split()]
    return any(w.lower() in TITLE_WORDS for w in words) and all(
        w.lower() in TITLE_WORDS or w.lower() in TITLE_JOINERS or w[:1].isupper() for w in words
    ) and len(words) <= 12


MAX_DESCRIPTION_WORDS = 12


def describes(phrase):
    """A short description with a title or a job noun, not a clause or a list of names."""
    words = phrase.split()
    if not 1 <= len(words) <= MAX_DESCRIPTION_WORDS or re.search(r"\d{3,}|\b(?:said|says|told)\b", phrase):
        return False
    if words[0].lower() in ("who", "whose", "which", "that", "where", "when"):
        return False  # "whose 19-year-old daughter was among the dead": a clause about them, not what they are
    return any(w.lower().strip(",") in TITLE_WORDS or re.search(r"(?:ist|er|or|ian|man|woman|person|ant|ent)$", w)
               for w in words if w[:1].islower() or w.lower() in TITLE_WORDS)


def previous_speaker(start, people, sentences, found):
    """'..., she added': the speaker must be certain. Candidates are the people named in
    the two sentences before, in the same paragraph, and the speaker of the quote just
    before if it is in that window; one candidate, or nobody."""
    here = next((s for s in sentences if s.start <= start < s.end), None)
    if here is None:
        return None
    before = [s for s in sentences if s.paragraph == here.paragraph and s.end <= start][-2:]
    carried = not before and not the_text_before(here, start).strip()
    if carried:
        # '"...," she said' opening its paragraph goes on from the paragraph before: "Dr Farah Idris, a geologist
        # ..., said at least 18 other projects ...", then the quote (set 50), if that paragraph has its one person
        # speak or describes them (not "The prize was presented by Mayor John Smith", then the winner's words).
        before = [s for s in sentences if s.paragraph == here.paragraph - 1]
    window = before[0].start if before else here.start
    # (by the surname too: "Haugland said he and the landowner, Sigve Braut, had agreed ...", then '"...," he
    # said' is Haugland's, and the landowner, the one full name there, was taken for him: set 40)
    named = {p for s in before for p in people if names(s.text, p)}
    named |= {p for p in people if names(the_text_before(here, start), p)}
    if found and found[-1].speaker and found[-1].end >= window and found[-1].start >= window - 1:
        named.add(found[-1].speaker)
    named = {p for p in named if not any(p != q and p in q for q in named)}  # "Solheim" inside "Ingrid Solheim"
    if len(named) > 1 and before:
        # The one who speaks in the sentence before: "Haugland said he and ... had agreed"
        speaking = {p for p in named if opens_speaking(before[-1].text, p)}
        named = speaking if len(speaking) == 1 else named
    if carried and len(named) == 1 and not any(introduces(s.text, next(iter(named))) for s in before):
        return None
    return named.pop() if len(named) == 1 else None


# After a person's name: their age or a description, a clause about them, or their own words or deeds.
INTRODUCED = re.compile(r",\s+(?:\d{1,3}\b|an?\b|the\b|who\b|whose\b|[a-z]+(?:'s|’s)?\s)|\s+(?:\w+\s+){0,1}"
                        r"(?:said|says|told|tells|wrote|won|led|was|is|has|had|believes|hopes|[a-z]{3,}ed)\b")
# Before it: the person's own words, just given ('... ," said Mayor Patricia Oduya.').
SAID_BEFORE = re.compile(rf"\b(?:{VERBS})\s+(?:[A-Z][\w.'’-]*\s+){{0,4}}$")


def introduces(text, person):
    """The sentence names the person as someone who says or does something, or describes them ("Dr Farah Idris,
    a geologist at ...", "Keane said she ...", "Tan Soo Lian, 71, whose house ..."), not in passing."""
    for name in (person, family_name(person)):
        if any(INTRODUCED.match(text, end) or SAID_BEFORE.search(text[:start])
               for start, end in occurrences(text, name)):
            return True
    return False


def opens_speaking(text, person):
    """The sentence opens with the person, in full or by surname, saying something: "Haugland said he ..."."""
    for name in (person, family_name(person)):
        if text.startswith(name + " ") and text[len(name) + 1:].split(" ", 1)[0] in ("said", "says", "told", "added"):
            return True
    return False


def names(text, person):
    """The text names the person, in full or by the family name alone (whole words: see names.occurrences)."""
    return person in text or (" " in person and bool(occurrences(text, family_name(person))))


def the_text_before(sentence, start):
    return sentence.text[: max(0, start - sentence.start)]


def sentence_end(text, end, sentences):
    """Extend a quote passage to the end of the sentence its attribution is in."""
    for sentence in sentences:
        if sentence.start <= end - 1 < sentence.end:
            return max(end, sentence.end)
    return end


def clean(quote):
    return " ".join(quote.split()).strip(" ,")


def speech_spans(text, paragraphs):
    """Where someone's own words run: from an opening quotation mark to its closing one, or
    to the paragraph's end (news leaves a quote that goes on into the next paragraph open).
    Short quoted phrases (a film's title, a word the article picks out) are not speech."""
    spans = []
    for paragraph in paragraphs:
        opened = None
        for index in range(paragraph.start, paragraph.end):
            mark = text[index]
            if mark == "“" or (mark == '"' and opened is None):
                opened = index if opened is None else opened
            elif mark in '”"' and opened is not None:
                spans.append((opened, index + 1))
                opened = None
        if opened is not None:
            spans.append((opened, paragraph.end))
    return [(start, end) for start, end in spans if len(text[start:end].split()) >= 5]

