"""A question as the generator makes it, before the ranking: the question itself, its score, and what
the ranking needs to know of it (which fact it asks, what kind of thing its answer is, how its stem can be
made again without another question's answer)."""

from dataclasses import dataclass, field

from .hiding import Hidden
from .lexicon import FACILITY_HEADS, ORG_SUFFIXES

LURES = 3   # wrong options shown
SPARES = 3  # more kept aside, to stand in for one another question's stem rules out (see eliminations.elimination_fix)
NOT_PEOPLE = {h.split()[-1] for h in FACILITY_HEADS} | set(ORG_SUFFIXES) | {
    "Farm", "Farms", "Letters", "Journal", "Review", "Times", "News", "Post", "Press", "Trust", "Fund", "Foundation",
    "Regulation", "Act", "Directive", "Law", "Bill", "Treaty", "Convention", "Code",
    "Sport", "Sports"}  # laws: "Data Protection Regulation"
# The small words of family names: "Marieke van Dam" is a person, though a dam is a facility.
NAME_PARTICLES = {"van", "von", "de", "da", "di", "du", "del", "der", "den", "la", "le", "ten", "ter", "bin", "al"}


def not_a_person(name):
    """The model's person is a thing by the last word of its name ("Hensby Farm", "Data Protection Regulation"), not
    one of a family name's ("Marieke van Dam", set 44: the co-founder was no lure for "Who said")."""
    words = name.split()
    return words[-1] in NOT_PEOPLE and not (len(words) > 2 and words[-2] in NAME_PARTICLES)


KIND_PRIORITY = {"quote": 10, "pair": 9, "role": 9, "name": 8, "founded": 8, "term": 7, "title": 6}


@dataclass
class Candidate:
    question: dict
    score: float
    fact_kind: str
    answer: str
    sentence_index: int
    tiers: list = field(default_factory=list)
    answer_kind: str = ""   # person, org, number...: what kind of thing the student gives
    topic: bool = False     # the answer is what the article is about, named all through it
    thing: str = ""         # the entity the answer names, in full ("Declan Furlong-Awe" for "Furlong-Awe")
    spares: list = field(default_factory=list)  # more lures, for when another question's stem rules one out
    seen: str | None = None         # what the student sees before answering, normal()ised (shown.seen)
    answered: set | None = None     # the right answer's written forms, normal()ised (shown.answered)
    restem: object = None   # hide -> the stem again without the answers at hide's places (hiding.Hidden), or None
    where: Hidden | None = None  # where the answer stands in the article, for other questions' restem
    hidden: tuple = ()      # what restem has taken out of the stem so far
    role: bool = False      # the stem names the role of the person it asks for ("_____, Zambia's minister of mines, said")
    aliases: tuple = ()     # other ways the article writes the answer: "Kestrel" for "Kestrel Shipbuilding"
    called: str | None = None  # what other stems may write for a person they name: "the striker" (see giveaways)
    gaps: list = field(default_factory=list)  # a figure matching's single questions, one per gap (figure_bank)
