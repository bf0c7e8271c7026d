"""What an article says in passing, to set the scene, rather than as its news: the size of a town, the
land a town is in, where a company is from, the level a share price stood at. A teacher's list of facts
to ask about names none of them (seventeen evaluation sets); QuestionMaker asks them rarely or not at all."""

import re

from .titles import OPENING_WORDS

# "headquarters in Leiden, in the Netherlands": the land a town is in, after the town.
TOWN_BEFORE = re.compile(r"\bin [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, (?:in )?(?:the )?$")
# Nouns a place's name goes before as part of another place's name, as where it lies or where it happens:
# "the Tagus river", "the Alentejo region", "a United States launch". Before other nouns ("a U.S. entertainment
# group") the place only describes.
PLACE_HEADS = frozenset("""river rivers valley region regions province state county district coast island islands
mountains mountain sea bay delta basin desert plain plains peninsula border capital city town village area
plateau gulf strait lake lakes highlands lowlands countryside interior heartland crater ground park field fjord
canyon glacier volcano reef forest estuary harbour harbor port""".split()) | {
    "launch", "release", "debut", "rollout", "premiere", "market", "sales", "tour"}


def whose_thing(tokens):
    """The place's words stand before a common noun they describe ("the U.S. treasure-hunting company",
    "a Swedish truck maker"), as a word of its description, not as where something is."""
    if not tokens:
        return False
    head = next((t for t in tokens if t.head not in tokens or t.head == t), tokens[0])
    return head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ == "NOUN" and head.head.i > tokens[-1].i \
        and head.head.lower_ not in PLACE_HEADS


# The size of a place, said in passing: "a town of about 58,000", "a city of 1.2 million people".
POPULATION_ASIDE = re.compile(r"\b(?:town|city|village|municipality|community|island|suburb|district|region|hamlet)"
                              r" of (?:about |some |around |nearly |roughly |almost |more than |just over |under )?$")
# Who was there, said in passing: "in front of a crowd of 9,400", "a ceremony attended by about 400 employees".
# Reviewers of sets 45 and 49 dropped every crowd asked (9 verdicts); one teacher's fact of 3,263 is one.
CROWD_BEFORE = re.compile(r"\b(?:in front of (?:an? (?:[\w-]+ )?crowd of )?|(?:an? |the )(?:[\w-]+ )?crowd of |"
                          r"(?:ceremony|event|gala|parade|launch|unveiling|opening|service) (?:was )?attended by )"
                          r"(?:about |some |around |nearly |roughly |almost |more than |over |just over )?$",
                          re.IGNORECASE)
# ... and a crowd that is the sentence's subject: "More than 1,200 people, many from surrounding communities, crowded
# into and around the church for the inaugural concert" (set 51's reviewers: trivia).
CROWD_AFTER = re.compile(r"\s+(?:people|spectators|fans|supporters|visitors|guests|onlookers|worshippers|residents)\b"
                         r"[^.;]{0,100}?\b(?:crowded|packed|thronged|filled|lined|gathered|turned out|watched|attended)\b",
                         re.IGNORECASE)
# A price a share stood at: "shares closed at", "the stock had fallen as low as", "rose 5.7% to".
SHARE_PRICE_LEVEL = re.compile(r"\b(?:shares?|stock)\b.{0,120}\b(?:closed|ended|opened|stood|(?:were|was|is|are) trading|"
                               r"rose|fell|jumped|climbed|dropped|slumped|fallen|risen)\b.{0,30}\b(?:at|to|as low as|"
                               r"as high as)\s+(?:about\s+|around\s+)?\S*$", re.IGNORECASE)
# A share's move, with whose shares: "The company's shares closed _____ higher", "Veltra shares rose _____".
SHARE_MOVE = re.compile(r"(?:(?P<whose>(?!Its |Their )(?:[Tt]he (?:company|group|firm|bank|carmaker|airline|insurer|"
                        r"retailer)|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}))(?:['’]s?)? |(?P<its>[Ii]ts |[Tt]heir ))?"
                        r"(?:shares|stock|share price)\b"
                        r"[^.;]{0,60}?\b(?:rose|fell|closed|ended|jumped|dropped|slid|gained|lost|climbed|tumbled|surged|"
                        r"sank|slumped|were (?:up|down))\b[^.;\d]{0,30}$")


def shares_of_another(before, headline, company_meant, headline_companies):
    """The words before a blank say how a company's shares moved, and the headline names neither that company nor
    its words: "The company's shares closed _____ higher" of a bottler, in a story about olive oil prices (set 41's
    reviewers: a one-day move of a company the news is not about is trivia). Teachers' lists ask a share's move
    only where the headline names the company (14 of 14 across the sets). "Its shares" of a company the paragraph
    does not name for sure: another's where the headline names none (``headline_companies``)."""
    found = SHARE_MOVE.search(before)
    if found is None:
        return False
    whose = found.group("whose")
    if found.group("its") or (whose and whose.split()[0] in ("The", "the")):
        whose = company_meant  # "The company's shares", "Its shares": the one the paragraph is about
        if not whose:
            return not headline_companies
    if not whose:
        return False  # "The shares fell as much as 11%": the story's own, as a rule
    # (not the sentence's "Meanwhile" or "In": "Meanwhile Veltra shares rose")
    own = [word for word in re.findall(r"[A-Z][\w&-]{2,}", whose) if word not in OPENING_WORDS | {"In", "On", "At", "After"}]
    return bool(own) and not any(re.search(rf"\b{re.escape(word)}", headline or "") for word in own)


# The ends of a range a thing comes in: "priced from 24.99 pounds to 44.99 pounds", "donations ranged from 5
# euros to 20,000 euros". Where a figure moved from and to ("rises from 1.65 pounds to 1.89 pounds") is news;
# a price list's ends are not, and a lure must fall on the right side of the other end.
RANGE_ENDS = re.compile(r"\b(?:priced|ranged?|ranging|ranges|varying|vary|varies|varied|costing|sold for)"
                        r" (?:anywhere )?(?:from|between) [^,;]*?\b(?:to|and) [^,;]+"
                        # "Individual families paid between _____ and A$160,000": one end of what each paid (set 48)
                        r"|\bbetween (?=[A-Z]{0,3}[$€£¥]?\d)(?:[^,;]|,(?=\d))*?\band (?:[^,;]|,(?=\d))+")


def a_range_end(sentence, start, end):
    """The figure at [start, end) of ``sentence`` (offsets into it) is an end of a range ("priced from _____ to
    44.99 pounds")."""
    return any(match.start() < start and end <= match.end() for match in RANGE_ENDS.finditer(sentence))


# Where an unnamed person is from: "A 41-year-old man from the city of Gyor collapsed", "a tourist from Lyon".
# Who they are is no fact of the story; set 34's reviewers dropped it as trivia.
STRANGER_FROM = re.compile(r"\b(?:man|woman|boy|girl|person|resident|driver|tourist|runner|worker|pensioner|teenager|"
                           r"mother|father|passenger|cyclist|pedestrian|hiker|student)\s+from\s+(?:the\s+(?:[\w-]+\s+){0,3}"
                           r"(?:city|town|village|region|province|district)\s+of\s+)?$")
