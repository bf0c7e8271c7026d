"""Who said what: quotations and their speakers, from the usual news patterns.

Precision first: a quote whose speaker is not a named person of the article is
left unattributed (a wrong attribution would be a factual error in a quiz).
"""

import re
from dataclasses import dataclass

from .lexicon import REPORTING_VERBS, TITLE_JOINERS, TITLE_WORDS

VERBS = "|".join(REPORTING_VERBS)
QUOTE = r"[\"“](?P<quote>[^\"“”]{12,}?)[\"”]"
# "..." said NAME, TITLE.   /   "..." said TITLE NAME.
AFTER = re.compile(QUOTE + rf",?\s+(?:{VERBS})\s+(?P<who>[^\"“”.]{{2,120}}?(?:\.[A-Z][^\"“”.]*?)?)[.!]")
# "..." NAME said.   /   "..." she added.
BEFORE_VERB = re.compile(QUOTE + rf",?\s+(?P<who>[^\"“”.,]{{2,60}}?)\s+(?:{VERBS})\b")
# NAME said: "..."   /   NAME, TITLE at ORG, said "..."
LEADING = re.compile(rf"(?P<who>[A-Z][^\"“”.]{{1,120}}?)\s+(?:{VERBS})(?:\s+that)?[:,]?\s+" + QUOTE)
PRONOUNS = ("he", "she", "they")


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
        for pattern in (AFTER, BEFORE_VERB, LEADING):
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
            if not any(s <= start < e for s, e in taken):
                found.append(Quote(clean(match.group("quote")), None, None, start, span.start + match.end()))
    return sorted(found, key=lambda q: q.start)


def identify(who, people):
    """Split 'Hiroto Saikawa, Nissan CCO' or 'Mitsubishi President and COO Tetsuro Aikawa'
    into the speaker (a known person) and their title."""
    who = " ".join(who.split()).strip(" ,")
    for person in sorted(people, key=len, reverse=True):
        index = who.find(person)
        if index < 0:
            continue
        before, after = who[:index].strip(" ,"), who[index + len(person):].strip(" ,")
        title = after or before
        if title and not is_title(title):
            title = None
        return person, title
    return None, None


def is_title(phrase):
    """'Nissan CCO', 'chief executive of Norvik Energy', 'President and COO': a job title."""
    words = [w.strip(",.") for w in phrase.split()]
    return any(w.lower() in TITLE_WORDS for w in words) and all(
        w.lower() in TITLE_WORDS or w.lower() in TITLE_JOINERS or w[:1].isupper() for w in words
    ) and len(words) <= 12


def previous_speaker(start, people, sentences, found):
    """'..., she added': the one person named in the two sentences before, else nobody."""
    before = [s for s in sentences if s.end <= start][-2:]
    named = {p for s in before for p in people if p in s.text}
    if found and found[-1].speaker and found[-1].end >= (before[0].start if before else start):
        named.add(found[-1].speaker)
    return named.pop() if len(named) == 1 else None


def sentence_end(text, end, sentences):
    """Extend a quote passage to the end of the sentence its attribution is in."""
    for sentence in sentences:
        if sentence.start <= end - 1 < sentence.end:
            return max(end, sentence.end)
    return end


def clean(quote):
    return " ".join(quote.split()).strip(" ,")
