"""Typed facts: who holds which title, which things are pairs, who does what, what
something is called and when it began, and every entity a sentence can be asked about."""

import re
from bisect import bisect_right

from .models import Fact
from .quotes import find_quotes, speech_spans
from .sentences import sentence_of
from .titles import title_facts

TWIN_CUES = re.compile(r"\b(twins?|siblings?|counterparts?|shares?|shared|sharing|rebadged|badge-engineered|"
                       r"version of|based on|sister)\b", re.IGNORECASE)
ROLE_VERBS = (r"(?:be\s+)?(?:more\s+|mainly\s+|primarily\s+|largely\s+)?(?:focus(?:ed)?\s+on|be\s+responsible\s+for|"
              r"responsible\s+for|handle|lead|oversee|take\s+charge\s+of|take\s+care\s+of|provide|supply|run|"
              r"operate|contribute|manage|do)")
NAME_CUES = re.compile(r"\b(?:is|was|will be|are)\s+(?:called|named|known as|dubbed)\s+$", re.IGNORECASE)
# "The app, called Mwanga Pamoja,", "a new portal called Arquivo Aberto": a thing introduced with its name. (Not
# "the minister called Kestrel ...", nor "The club named Millhaven Park as ...": a verb, not a name given.)
NAME_GIVEN = re.compile(r"(?P<thing>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) (?:[\w-]+ ){0,3}?[a-z][\w-]*),\s+"
                        r"(?:called|named|known as|dubbed)\s+$"
                        r"|(?P<new>\b[Aa]n? (?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:called|dubbed|known as)\s+$")
FOUNDED = re.compile(r"\b(?:established|founded|formed|created|set up|launched|incorporated)\s+(?:in|on)\s+$",
                     re.IGNORECASE)


def extract_facts(article, sentences, entities, docs=()):
    """All facts of the article, in reading order."""
    by_kind = {}
    for entity in entities:
        by_kind.setdefault(entity.kind, []).append(entity)
    people = [e.name for e in by_kind.get("person", [])]
    facts = []
    quotes = find_quotes(article.text, article.paragraphs, people, sentences)
    facts += quote_facts(article.text, quotes, sentences)
    facts += title_facts(article.text, sentences, by_kind.get("person", []), quotes, docs, by_kind.get("org", []),
                         by_kind.get("facility", []))
    facts += pair_facts(sentences, by_kind.get("product", []))
    facts += role_facts(sentences, by_kind.get("org", []))
    facts += name_facts(sentences, entities)
    facts += mention_facts(article.text, sentences, entities, speech_spans(article.text, article.paragraphs))
    facts += plan_facts(sentences, docs)
    facts += term_facts(sentences)
    return facts, quotes


# "planning to", not the "planning committee" that approved something.
PLAN_CUES = re.compile(r"\b(plans?|planning(?= to\b)|planned|underway|under way|aims?|aimed|future|next step|intends?|"
                       r"will (?:launch|build|open|start|develop|introduce))\b", re.IGNORECASE)


def plan_facts(sentences, docs):
    """What is planned or under way ('development of a minicar EV is underway'): the thing is the answer.

    Many good gap-fill questions are not about named entities (Becker et al.
    2012); plans and next steps are what a reader should remember. One per
    sentence: the most specific noun phrase (several words, or a capitalised one).
    """
    best = {}
    planned = {s.index for s in sentences if PLAN_CUES.search(s.text)}
    paragraphs_planned = {s.paragraph for s in sentences if s.index in planned}
    for number, (offset, doc) in enumerate(docs):
        if number not in paragraphs_planned:
            continue  # noun chunks are costly to walk; most paragraphs plan nothing
        for chunk in doc.noun_chunks:
            sentence = sentence_of(sentences, offset + chunk.start_char)
            if sentence is None or sentence.index not in planned or chunk.root.pos_ == "PRON":
                continue
            words = [t for t in chunk if t.dep_ not in ("det", "poss") and not t.is_punct]
            specific = len(words) >= 2
            if not words or len(words) > 4 or not specific or chunk.root.lower_ in TIME_NOUNS:
                continue
            if chunk.root.dep_ not in ("pobj", "dobj", "nsubjpass", "attr") or PLAN_CUES.search(chunk.text):
                continue
            if any(t.ent_type_ in ("PERSON", "DATE", "CARDINAL", "GPE", "MONEY", "PERCENT")
                   or any(c.isdigit() for c in t.text) for t in words):
                continue  # a figure is asked about as a figure ("which will cost £12m")
            begin = offset + words[0].idx
            end = offset + words[-1].idx + len(words[-1].text)
            answer = doc.text[words[0].idx:words[-1].idx + len(words[-1].text)]
            if sentence.index not in best or len(words) > len(best[sentence.index].answer.split()):
                head = answer.split()[-1]  # "pick-up", not the tokeniser's "up"
                best[sentence.index] = Fact("plan", sentence, answer, "thing", {"start": begin, "end": end, "head": head})
    return list(best.values())


# A word or three the article quotes, and the verb that quotes it: 'described the move as "overdue"',
# 'said it would "examine all legal options"'. Capitalised words in quotation marks are titles.
TERM = re.compile(r'["“]([a-z][^"“”]{0,40}?)[,.]?["”]')
QUOTING = re.compile(r"\b(?:described|describes|call(?:ed|s)?|branded|label(?:l)?ed|dubbed|termed|would|will)\b"
                     r"[^\"“”]{0,60}$", re.IGNORECASE)
MAX_TERM_WORDS = 4  # a student can type "overdue" or "examine all legal options", not a whole statement


def term_facts(sentences):
    """How someone described something, in their own quoted words: the words are the answer."""
    facts = []
    for sentence in sentences:
        for match in TERM.finditer(sentence.text):
            phrase = match.group(1).strip(" ,.")
            if not 1 <= len(phrase.split()) <= MAX_TERM_WORDS or "," in phrase or not QUOTING.search(
                    sentence.text[:match.start()]):
                continue  # "patient, generous and quietly devastating": a list is no word to recall
            article = re.match(r"(?:a|an|the)\s+", phrase)  # "a _____": the student types the words that matter
            start = sentence.start + match.start(1) + (article.end() if article else 0)
            phrase = phrase[article.end():] if article else phrase
            facts.append(Fact("term", sentence, phrase, "term", {"start": start, "end": start + len(phrase)}))
    return facts


TIME_NOUNS = frozenset("moment time times year years day days week weeks month months period stage point".split())


def quote_facts(text, quotes, sentences):
    """A fact per attributed quote; its passage runs from the opening mark to the attribution."""
    facts = []
    for quote in quotes:
        if quote.speaker is None:
            continue
        first = sentence_of(sentences, quote.start)
        start = quote.start
        data = {"quote": quote.quote, "title": quote.title}
        if quote.speaker not in text[start:quote.end]:
            # "..., she added" or "..., Pryce said": the evidence is where the speaker is named in full too.
            named = [s for s in sentences if s.end <= quote.start and quote.speaker in s.text]
            if not named:
                continue  # (the article never names the speaker in full before: whose words, the quiz cannot show)
            surname = quote.speaker.split()[-1]
            same_paragraph = [s for s in sentences if s.end <= quote.start and s.paragraph == first.paragraph
                              and re.search(rf"\b{re.escape(surname)}\b", s.text)]
            if same_paragraph and named[-1].paragraph != first.paragraph:
                # 'Takahashi said the team would return ... "First we will sleep," she said. "Then ..."': her paragraph
                # names her, and is the evidence; the lead that named her in full is another story (set 57)
                start = same_paragraph[-1].start
            elif named[-1].index >= first.index - 1:
                start = named[-1].start  # the sentence before: one passage
            else:
                # Sentences apart: each is shown, not the two paragraphs between (see span_source).
                data["named_in"] = named[-1]
        passage = type(first)(start, quote.end, text[start:quote.end], first.index, first.paragraph)
        facts.append(Fact("quote", passage, quote.speaker, "person", data))
    return facts


def pair_facts(sentences, products):
    """Twins and shared models: 'the A and B twins', 'shared A and B with C and D'."""
    facts = []
    for sentence in sentences:
        if not TWIN_CUES.search(sentence.text):
            continue
        inside = sorted((m.start, p) for p in products for m in p.mentions
                        if sentence.start <= m.start < sentence.end)
        pairs = respective_pairs(sentence, inside) or adjacent_pairs(sentence, inside)
        for left, right in pairs:
            facts.append(Fact("pair", sentence, right.name, "product", {"left": left.name, "right": right.name}))
    return facts


def adjacent_pairs(sentence, inside):
    """'A and B' with both products: a pair."""
    pairs = []
    for (start_a, a), (start_b, b) in zip(inside, inside[1:], strict=False):
        end_a = start_a + len(a.name)
        between = sentence.text[end_a - sentence.start:start_b - sentence.start]
        if re.fullmatch(r"['’]?s?\s+and\s+(the\s+)?", between) and a.name != b.name:
            if not any(a in pair or b in pair for pair in pairs):
                pairs.append((a, b))
    return pairs


def respective_pairs(sentence, inside):
    """'shared A and B with C and D': two lists of the same length, paired in order."""
    match = re.search(r"\bwith\b", sentence.text)
    if not match or not re.search(r"\bshar", sentence.text, re.IGNORECASE):
        return []
    cut = sentence.start + match.start()
    before = [p for start, p in inside if start < cut]
    after = [p for start, p in inside if start > cut]
    if len(before) == len(after) >= 1:
        return list(zip(before, after, strict=True))
    return []


def role_facts(sentences, orgs):
    """'A will focus on X while B will be responsible for Y': each company's role."""
    names = "|".join(re.escape(o.name) for o in sorted(orgs, key=lambda o: len(o.name), reverse=True))
    if not names:
        return []
    pattern = re.compile(
        rf"\b(?P<a>{names})\s+(?:will|would|is to|is going to|shall)\s+{ROLE_VERBS}\s+(?P<r1>[^,;.]+?),?\s+"
        rf"(?:while|whereas|and|with)\s+(?P<b>{names})\s+(?:will|would|is to|shall)?\s*{ROLE_VERBS}\s+(?P<r2>[^,;.]+)"
    )
    facts = []
    for sentence in sentences:
        match = pattern.search(sentence.text)
        if match and match.group("a") != match.group("b"):
            roles = {match.group("a"): match.group("r1").strip(), match.group("b"): match.group("r2").strip()}
            for company, role in roles.items():
                facts.append(Fact("role", sentence, company, "org", {"role": role, "roles": roles}))
    return facts


# Who said it, before the thing a sentence names: "The company said (that) the chip".
SAID_BEFORE = re.compile(r"^.*\b(?:said|says|announced|added|told [a-z]+|confirmed|reported)\s+(?:that\s+)?")


def name_facts(sentences, entities):
    """'The joint venture is called NMKV', and 'established in June 2011' for the thing named."""
    facts, named = [], []
    mentions = sorted(((m.start, entity) for entity in entities for m in entity.mentions), key=lambda x: x[0])
    for start, entity in mentions:
        sentence = sentence_of(sentences, start)
        if sentence is None:
            continue
        before = sentence.text[:start - sentence.start]
        given, cue = NAME_GIVEN.search(before), NAME_CUES.search(before)
        if (given or cue) and entity.kind in ("org", "product", "facility", "event", "place", "work"):
            # "The venture is called NMKV": the thing is the last phrase before the cue.
            thing = (given.group("thing") or given.group("new")) if given else re.split(
                r"[,;]|\band\b", before[:cue.start()])[-1].strip()
            # "The company said the chip, called Lorentz-1": the chip, not "the company said the chip" (set 61's
            # reviewers: "What is the company said the chip called?")
            thing = SAID_BEFORE.sub("", thing)
            # Where "a group called X" stands, for a question on what the thing did (QuestionMaker.from_name)
            at = (sentence.start + before.rfind(thing), start + len(entity.name)) if thing in before else None
            facts.append(Fact("name", sentence, entity.name, entity.kind, {"thing": thing, "called_at": at}))
            named.append((sentence.index, entity))
        if entity.kind == "date" and FOUNDED.search(before):
            owner = founded_owner(sentence, named)
            if owner is not None:
                facts.append(Fact("founded", sentence, entity.name, "date",
                                  {"owner": owner.name, "verb": FOUNDED.search(before).group(0).split()[0]}))
    return facts


def founded_owner(sentence, named):
    """What was established: the thing named in this or the two sentences before."""
    recent = [entity for index, entity in named if sentence.index - 2 <= index <= sentence.index]
    return recent[-1] if recent else None


def mention_facts(text, sentences, entities, speech=()):
    """Every typed entity in a sentence is something a question can ask for; the answer is
    the name as this sentence writes it ('Mervane' where the article also says 'Mervane Therapeutics').
    Not inside someone's quoted words: those are asked about as quotes, not picked apart."""
    facts = []
    starts = [start for start, _ in speech]
    askable = ("person", "org", "product", "facility", "place", "date", "money", "percent", "number", "quantity",
               "work")
    for entity in entities:
        if entity.kind not in askable:
            continue
        for mention in entity.mentions:
            index = bisect_right(starts, mention.start) - 1
            if index >= 0 and mention.start < speech[index][1]:
                continue
            sentence = sentence_of(sentences, mention.start)
            if sentence is not None:
                facts.append(Fact("mention", sentence, text[mention.start:mention.end], entity.kind,
                                  {"start": mention.start, "end": mention.end, "entity": entity.name}))
    return facts
