"""What a question needs from the whole article to stand on its own: names for
"the two companies", the noun for organisations, and answers that are also true."""

import re
from collections import Counter
from functools import cache

from spacy.attrs import IDX, POS
from spacy.symbols import NOUN

from .distractors import org_sort, place_sort, shipped_list
from .entities import PLACE_NOUN_OF, PLACE_NOUNS, called_a_person, site_noun_after
from .gazetteer import city_named, country_codes, is_known_place, story_countries
from .lexicon import FACILITY_HEADS, MONTHS, ORG_SUFFIXES, PERSON_NOUNS, ROLE_NOUNS, WEEKDAYS
from .names import occurrences
from .rank import PROMPT_PREFIX
from .stems import dateline_of
from .titles import possessive

PRONOUNS = re.compile(r"\b(he|she|him|his|her|hers|they|them|their|theirs|it|its|we|us|our|ours|i|me|my|you|your)\b",
                      re.IGNORECASE)
# A capitalised word after the first one: a name the pronoun can refer back to ("Pelican and its rival").
NAME = re.compile(rf"(?<=\s)(?!(?:{'|'.join(MONTHS + WEEKDAYS)})\b)[A-Z][a-z]+|\b[A-Z]{{2,}}\b")
# A 'his' or 'her' with no capitalised word or blank before it, and a noun after it ("her team", not "told her
# the", "gave her a").
OWNER_BEFORE_NAME = re.compile(r"(?P<outside>(?:[a-z,;]+\s+|^(?:Under|In|On|At|For|During|After|Before|With|Since|From|By|"
                               r"As|Despite|Throughout|Over|Until|Without)\s+)*?)(?P<pronoun>\b(?:[Hh]is|[Hh]er))\s+"
                               r"(?!(?:the|a|an|to|and|that|this|of|in|on|for|with|as|by|at)\b)[a-z]")
# "that" is left alone: as often as not it is a conjunction ("said that the ..."), not a demonstrative.
NOUN_PHRASE = re.compile(r"\b(the|a|an)\s+[a-z]", re.IGNORECASE)
# A stem's first word is a name unless it is one of the words sentences open with ("Aquavance said it
# would ...", not "In 2019 they ...").
OPENERS = frozenset("""the a an in on at it they this that these those but and he she we his her its their after
before when while if as for from with by under over since during then there here some many most all both each
one two last next earlier later""".split())
OPENING_NAME = re.compile(r"^([A-Z][\w'’-]+)\s")
# A blank that may be the person a later "she" means: "_____ said she ...", not "asked about a _____, she".
# A noun for a person, for "his" and "her" to mean: "The striker passed his medical".
# (the role words of lexicon, and who someone is: "the pensioner"; "leader" too, where a body is rarely "the leader")
PERSON_WORDS = "|".join(sorted(ROLE_NOUNS | PERSON_NOUNS | {"leader", "winner", "champion"}))
PERSON_NOUN = re.compile(rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}(?:{PERSON_WORDS})\b", re.IGNORECASE)
PERSON_BLANK = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )_____", re.IGNORECASE)
# A sentence's subject "it" or "they" after a time it opens with ("By the end of last summer it had spread"): a time
# is no thing the pronoun can mean, so it means what the sentences before are about.
TIME_OPENING_IT = re.compile(
    r"^(Fill in the blank: |Fill in the number[^:]*: )?((?:By|In|At|Since|Until|During|Over|Within|Last|Earlier|Later|"
    r"This|Next|Early|Late)\b[^,\"“]{0,40}?\b(?:end|start|beginning|middle|close|summer|winter|spring|autumn|year|"
    r"month|week|day|morning|evening|night|decade|century|season|quarter|time|\d{4}|" + "|".join(MONTHS) +
    r")\b,? )(it|they) (?=[a-z])")
# The nations of the United Kingdom, and the names of the whole: a place in one is in the other.
UK_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland"})
UK_WHOLE = frozenset({"Britain", "Great Britain", "United Kingdom", "the United Kingdom", "UK", "the UK", "U.K."})
PERSONAL = {"he", "she", "him", "his", "her", "hers", "i", "me", "my", "you", "your", "we", "us", "our", "ours"}
GENDERED_WORD = re.compile(r"\b(he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)
# Titles that say it: "chairman", "spokeswoman", "actress".
GENDERED_TITLE = re.compile(r"\b(?:chair|spokes|business|sales|council|congress)(?:man|woman)\b|\b(?:actress|"
                            r"chairwoman|businesswoman)\b", re.IGNORECASE)
FEMININE_ENDINGS = ("woman", "actress")
# "this plan" needs its sentence; "this year", "this week" stand on their own, and "those on placebo",
# "those who" are people, not a thing named before ("the on placebo" would not read).
DEMONSTRATIVE = re.compile(r"\b(this|these|those)\s+(?!(?:year|week|month|morning|afternoon|evening|summer|winter|"
                           r"spring|autumn|season|decade|century|quarter|on|in|at|of|with|from|for|who|which|that|"
                           r"whose|under|over|aged|taking|living|given|receiving|affected|involved)\b)(?=[a-z])",
                           re.IGNORECASE)
# A time counted from the event before: "a week later", "two days later", "the following morning".
AFTER_THE_LAST = re.compile(r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+) "
                            r"(?:days?|weeks?|months?|years?|hours?) later|the (?:next|following) "
                            r"(?:day|week|month|morning|evening|year))\b", re.IGNORECASE)
# A time a sentence gives, from which its "two years later" counts: a year, a month, a weekday, or the blank.
WHEN_SAID = re.compile(r"\b(?:1[6-9]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:in|on|since) _____")
# A count standing for its noun as a clause's subject: "eight had withdrawn", "_____ were still on the trail".
BARE_COUNT = re.compile(r"(?:^(?:Fill in the blank: |Fill in the number[^:]*: )?|, (?:and |while |but )?)"
                        r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|"
                        r"\d+(?:,\d{3})*) (?:had|have|has|were|was|are|is|remain|remained|did|do) (?!been\b)")
# Places small enough that a city or a region is no lure for them.
SETTLEMENTS = ("village", "town", "suburb", "hamlet")
COMPANY_WORDS = re.compile(r"\b(compan(y|ies)|firms?|automakers?|carmakers?|makers?|manufacturers?|corporations?|"
                           r"groups?|brands?|retailers?|airlines?|banks?)\b", re.IGNORECASE)


PART_OF_CONTINENT = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Sub-Saharan|"
                               r"North-?[Ee]ast|North-?[Ww]est|South-?[Ee]ast|South-?[Ww]est)\s+(?:Africa|Europe|Asia)")
CONTINENTS = {"Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Oceania", "Antarctica",
              "Middle East", "Scandinavia", "the Balkans", "Central Asia", "Southeast Asia",
              # Seas and the regions named after them: no lure for a town either.
              "Baltic", "Mediterranean", "Caribbean", "Arctic", "Pacific", "Atlantic", "North Sea", "Black Sea"}
# Words after "the" that are not what a thing is: "the remaining", "the said".
NOT_DESCRIPTORS = {"said", "same", "other", "remaining", "new", "first", "second", "third", "last", "next", "final",
                   "main", "whole", "and", "with", "from", "into", "by", "for", "was", "were", "has", "had", "its"}
SITE_WORDS = {"Farm", "Station", "Centre", "Center", "Letters", "Journal", "Review"}
ORG_CLASSES = {
    "company": r"compan(?:y|ies)|firm|maker|manufacturer|operator|airline|carrier|start-?up|"
               r"retailer|supplier|developer|producer|provider|broker|brand",
    # Not just any company: a bank is no lure for a tram maker, nor a maker for an insurer.
    "finance": r"bank|lender|insurer",
    "exchange": r"exchange|bourse",
    "investor": r"fund|investor|investment fund|private equity firm",
    "political": r"party|alliance|campaign|coalition|movement|group",
    "union": r"union|federation|association",
    "public": r"council|authority|ministry|government|agency|regulator|commission|office|trust",
    "court": r"court|tribunal",
    "research": r"university|institute|centre|center|laboratory|lab",
    "publication": r"journal|newspaper|magazine|broadcaster",
    "club": r"club|team|side",
}
ORG_CLASS_WORDS = "|".join(ORG_CLASSES.values())
# "the Ministry ...", "the national Department of Basic Education": a name written after "the", or after "the" and
# a word that says what sort of body it is ("the brewer Hazelaar Group" is not "the Hazelaar Group"); "Mexico's
# National Commission ..." is written after its owner instead, and says neither.
THE_BEFORE = re.compile(r"\b[Tt]he (?:(?:national|federal|state|state-owned|provincial|regional|municipal|local|"
                        r"former|new) )?$")
OWNER_BEFORE = re.compile(r"[A-Z][\w-]*['’]s $")
# "Department of ...", "University of ...", "Commission of ...": names English writes with "the".
OF_NAME = re.compile(r"(?:[A-Z][a-z]+ ){1,2}(?:of|for) [A-Z]")
# "in eastern Anatolia", "south-western Kenya": a part of a land, so a region.
COMPASS_BEFORE = re.compile(r"\b(?:(?:north|south)(?:-(?:east|west))?ern|eastern|western|central)\s+$")
# What the article may call a place ("the village of X", "X, a port town") without its being anything else.
PLACE_WORDS = (*PLACE_NOUNS, "country", "capital", "area", "valley", "coast", "hills", "municipality")
# The sort written beside a name: "the French-owned company X|", "X|, the lender", "X| Bank".
ORG_CLASS_NEAR = re.compile(rf"(?:\b(?:the|a|an|its)\s+(?:[\w-]+\s+){{0,3}}({ORG_CLASS_WORDS})\s*\|)|"
                            rf"(?:\|\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}({ORG_CLASS_WORDS})\b)|"
                            rf"(?:\|\s+({ORG_CLASS_WORDS})\b)", re.IGNORECASE)
ORG_CLASS_WORD = {kind: re.compile(words) for kind, words in ORG_CLASSES.items()}
THE_COMPANY = re.compile(rf"\bthe (?:{ORG_CLASSES['company']}|{ORG_CLASSES['finance']})\b")  # "a difficult period for the bank"
# The noun just before a name ("the journal |") or set after it (", a bread wheat variety").
DESCRIPTOR_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?([a-z]{3,})(?:,)?\s+$")
DESCRIPTOR_AFTER = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?([a-z]{3,})\b(?=\s*(?:[,.;]|that|which|"
                              r"who|with|in|of|for|at|on|$))")
# "Penang|, Malaysia" and "George Town, |Penang": places written next to each other.
PLACE_AFTER = re.compile(r", ([A-Z][\w ]+?)\b(?=[,.;)]| and)")
PLACE_BEFORE = re.compile(r"([A-Z][\w]+), $")
ORG_NAME_WORDS = {
    "political": r"Party|Alliance|Front|Movement|Coalition|League",
    "union": r"Union|Federation|Association",
    "public": r"Council|Authority|Ministry|Commission|Agency|Trust|Government|Office|Assembly|Parliament|Senate|"
              r"Directorate|Inspectorate",
    "court": r"Court|Tribunal",
    "exchange": r"Stock Exchange|Exchange|Bourse",
    "finance": r"Bank|Insurance|Assurance|Verzekeringen|Versicherungen?|Assicurazioni",
    "research": r"University|Institute|Laboratory|Laboratories",
    "investor": r"Capital|Partners|Ventures|Investments|Asset Management",
    # Not organisations at all, though the model calls them so: where things happen, and what happens there.
    "venue": r"Hall|Arena|Stadium|Theatre|Theater|Pavilion|Rooms|Gardens|Ballroom",
    "event": r"Masters|Open|Championships?|Cup|Festival|Games|Tournament|Marathon|Prize|Awards|Classic|Grand Prix|"
             r"Olympiad|Biennale|Expo|Summit",
    "charity": r"Foundation|Charity|Society|Fund",
    "company": r"Inc|Corp|Ltd|plc|PLC|AG|GmbH|Group|Holdings|Securities|Airlines|Motors|Technologies|Systems|"
               r"Pharma|Therapeutics|Seeds|Films|Studios|Electronics|Semiconductor|Materials|Line|Shipping|Aerospace|"
               r"Aviation|Renewables|Energy|Power|Utilities|Metals|Resources|Mining|Minerals|Retail|Foods|Logistics|"
               r"Shipbuilding|Engineering|Construction|Digital|Software|Trading|Brewing|Publishing|Robotics|Industries|"
               r"Homes|Developments|Properties|Ales|Brands",
}
ORG_NAME_WORD = {kind: re.compile(rf"\b(?:{words})\b") for kind, words in ORG_NAME_WORDS.items()}


def org_sort_of(word):
    """The sort of body a lower-case word calls one ("union" for "federation", "company" for "maker"), or None."""
    return next((kind for kind, words in ORG_CLASS_WORD.items() if words.fullmatch(word)), None)


def gender_titled(title):
    """'m' for "chairman of ...", 'f' for "actress", None for a title that does not say."""
    worded = GENDERED_TITLE.search(title)
    if worded is None:
        return None
    return "f" if worded.group(0).lower().endswith(FEMININE_ENDINGS) else "m"


def gender_said(text):
    """'f' or 'm' by the first personal pronoun in the text ('for her role'), None if there is none."""
    pronoun = GENDERED_WORD.search(text)
    if pronoun is None:
        return None
    return "f" if pronoun.group(1).lower().startswith(("she", "her")) else "m"


# A stem that opens on what the sentence before set out, by a plural that names no one thing: "The measures will cost".
BACK_POINTING_OPENING = re.compile(r"^(?:Fill in the blank: |Fill in the number[^:]*: )?The (?:measures|changes|cuts|"
                                   r"moves|steps|proposals|reforms|restrictions|savings)\b(?! (?:of|to|in|on|for)\b)")
# People as the subject of the verb just before an "it": "people develop it", "patients who take it".
PEOPLE_DO = re.compile(r"\b(?:people|patients|children|adults|users|customers|workers|residents|students|women|men|"
                       r"farmers|drivers|players|fans|voters|families|who|they)\s+(?:\w+ly\s+)?"
                       r"(?!(?:when|if|once|as|because|after|before|until|while|where|since|unless|and|or|but|so|than|"
                       r"that|until)\s)[a-z]+\s+$")


def mid_sentence(phrase):
    """'the meadow' for "The meadow", as it reads inside a sentence; a name keeps its capital."""
    return re.sub(r"^(The|A|An) ", lambda m: m.group(1).lower() + " ", phrase)


def them_before(text):
    """'About _____ of them', 'Of those, _____ had been treated': who they are, the sentence before says (set 52);
    not in "employs 1,150 people, about 900 of them in Korvela", where the words before the comma do, nor in
    "of those on placebo", where the words after do, nor after a sentence of the stem's own that says."""
    if any(not re.search(r"[a-z], (?:\S+ ){0,2}$", text[:m.start()]) for m in re.finditer(r"\bof them\b", text)):
        return True
    return any(not re.search(r"[.!?] ", text[:m.start()]) for m in re.finditer(
        r"\b(?:[Oo]f|[Aa]mong) (?:those|these)(?=[,;:.]| (?:had|have|has|were|was|are|is|will|would)\b)", text))


class ArticleContext:
    def __init__(self, article, entities, facts, docs=(), sentences=()):
        # Where each noun starts in the article, for descriptor(); read as arrays, because making
        # a Token object for every word of the article cost more than the rest of this class.
        self.noun_at = {offset + int(idx) for offset, doc in docs
                        for idx, pos in doc.to_array([IDX, POS]) if pos == NOUN}
        self.text = article.text
        self.sentence_text = {sentence.index: sentence.text for sentence in sentences}
        self.body_start = article.paragraphs[0].start if article.paragraphs else 0  # after the headline
        orgs = Counter({e.name: len(e.mentions) for e in entities if e.kind == "org"})
        top = [name for name, count in orgs.most_common(2) if count >= 2]
        # "The two companies" means the main pair only when the article opens by naming them together.
        lead = article.text[:article.paragraphs[0].end] if article.paragraphs else ""
        together = len(top) == 2 and re.search(
            rf"{re.escape(top[0])}\W+(?:\w+\W+){{0,4}}?(?:and|&)\W+(?:\w+\W+){{0,4}}?{re.escape(top[1])}|"
            rf"{re.escape(top[1])}\W+(?:\w+\W+){{0,4}}?(?:and|&)\W+(?:\w+\W+){{0,4}}?{re.escape(top[0])}", lead)
        self.two_orgs = top if together else None
        # The organisation the article is about: what "The company" means when it was just named.
        # (Of two named as often, the one named first: the lead's "Saaristo Yards has won a contract ... for the
        # Canadian Coast Guard" is about the yard.)
        first_named = {e.name: e.first for e in entities if e.kind == "org"}
        most = max(orgs.values(), default=0)
        self.main_org = min((name for name, count in orgs.items() if count == most and count >= 3),
                            key=lambda name: first_named[name], default=None)
        self.org_noun = "company" if COMPANY_WORDS.search(article.text) else "organisation"
        self.country = home_country(article)
        self.speakers = {f.answer for f in facts if f.kind == "quote"}
        # Every word of a person's name: "Andersen said her team ..." opens on a person, whom "her" means.
        self.person_words = {word for e in entities if e.kind == "person" for word in e.name.split()}
        # What the article says a name it introduces is: "a new app called Mwanga Pamoja" -> "the app"
        self.named_things = {f.answer: f.data["thing"] for f in facts if f.kind == "name" and f.data.get("thing")}
        self.pair_partners = {}
        self.left_side = [f.data["left"] for f in facts if f.kind == "pair"]
        self.right_side = [f.data["right"] for f in facts if f.kind == "pair"]
        for fact in facts:
            if fact.kind == "pair":
                self.pair_partners.setdefault(fact.data["left"], set()).add(fact.data["right"])
                self.pair_partners.setdefault(fact.data["right"], set()).add(fact.data["left"])
        self.first_org = {}
        for fact in sorted((f for f in facts if f.kind == "mention" and f.answer_kind == "org"),
                           key=lambda f: f.data["start"]):
            # Only an organisation that opens its sentence (its subject, most likely) is what "It" means next.
            if len(self.text[fact.sentence.start:fact.data["start"]].split()) <= 1:
                self.first_org.setdefault(fact.sentence.index, fact.data.get("entity", fact.answer))
        self.org_classes = {}
        self.descriptors = {}
        self.place_classes = {}
        self.frames = {}  # name -> frame_after(name)
        self.modifiers = {}  # name -> modifier_only(name)
        self.genders = {}  # person -> gender_of(person)
        self.sorts = {}  # (name, kind) -> sort_of(name, kind), asked for every option of every name
        self.companies = {}  # sentence index -> company_meant(index)
        self.people = [e.name for e in entities if e.kind == "person"]
        self.places = {e.name for e in entities if e.kind == "place"}
        self.titles = {e.name: e.title for e in entities if e.kind == "person" and e.title}
        self.sentence_entities = {}
        self.full_names = {}  # "Ferrandiz" -> "Mateo Ferrandiz"
        for fact in facts:
            if fact.kind == "mention":
                self.sentence_entities.setdefault(fact.sentence.index, []).append((fact.answer, fact.answer_kind))
                self.full_names[fact.answer] = fact.data.get("entity", fact.answer)

    def resolve(self, text, antecedent=None, sentence_index=None):
        """Make a stem stand alone, or return '' if it still leans on a pronoun.

        ``antecedent`` names what a sentence-initial 'It'/'They' refers to (the
        previous sentence's first organisation), when the caller knows it.
        """
        text, leans = self.resolve_leaning(text, antecedent, sentence_index)
        return "" if leans else text

    def resolve_leaning(self, text, antecedent=None, sentence_index=None):
        """(stem, leans): the stem made to stand alone as far as it can be, and whether it still leans on the
        sentence before it ("over the same period", "since then", "It will ..."): read after that sentence, it makes sense
        (see QuestionMaker.readable)."""
        if not text:
            return "", False
        if antecedent:
            # "Its chief operations officer" -> "The Public Hospitals Executive's ...", as the article writes it.
            written = f"the {antecedent}" if self.written_with_the(antecedent) else antecedent
            named = written[0].upper() + written[1:]
            text = re.sub(r"^(Fill in the blank: |Fill in the number: )?(It|They) (?=[a-z])",
                          lambda m: f"{m.group(1) or ''}{named} ", text)
            # "Its first partnership ..." after "The festival was not without controversy."
            text = re.sub(r"^(Fill in the blank: |Fill in the number: )?(Its|Their) (?=[a-z]|[A-Z][a-z]+ [a-z])",
                          lambda m: f"{m.group(1) or ''}{possessive(named)} ", text)
            # "Around _____ of its sales come from kitchens": a share that opens the sentence is of the same "its"
            text = re.sub(r"^(Fill in the blank: |Fill in the number: )?((?:About|Around|Nearly|Almost|Roughly|Some|Over|"
                          r"More than|Less than|Half|Most|Much) (?:of )?(?:_____|[\d.,]+ ?(?:%|percent|per cent))? ?of )its\b",
                          lambda m: f"{m.group(1) or ''}{m.group(2)}{possessive(written)}", text)
            # "By the end of last summer it had spread to _____ hectares": the subject after a time, as "It" is
            text = TIME_OPENING_IT.sub(lambda m: f"{m.group(1) or ''}{m.group(2)}{mid_sentence(written)} " if m.group(3) == "it"
                                       else m.group(0), text)
        person = self.person_antecedent(sentence_index) if sentence_index is not None else None
        if person:
            text = re.sub(r"^(Fill in the blank: |Fill in the number: )?(He|She) (?=[a-z])",
                          lambda m: f"{m.group(1) or ''}{person} ", text)
            text = self.owner_named(text, person)
        company = self.company_meant(sentence_index) if sentence_index is not None else None
        if company:
            text = re.sub(r"^(Fill in the blank: |Fill in the number: )?The (?:company|firm|group)\b(?!['’])",
                          lambda m: f"{m.group(1) or ''}{company}", text)
            # "In February, it was fined ...": the subject after an opening phrase, like a sentence-initial "It".
            text = re.sub(r"^(Fill in the blank: |Fill in the number: )?((?:In|On|At|By|Last|Earlier|Since) [^,]{1,30}, )"
                          r"it (?=[a-z])", lambda m: f"{m.group(1) or ''}{m.group(2)}{company} ", text)
            surely = self.org_class(company) == "company" or set(company.split()) & ORG_SUFFIXES
            # (not where the stem names another body: "Uva Highlands owns 18 estates ..., the company said in a
            # filing" is Uva Highlands' filing, not that of the seller the paragraph is about, set 55)
            others = [name for name, kind in self.sentence_entities.get(sentence_index, []) if kind == "org"
                      and self.full_names.get(name, name) != company and not company.startswith(name + " ")]
            if surely and company.split()[0] not in text and not any(occurrences(text, name) for name in others):
                # "Shares in the company fell _____", "the company's finance director": whose, out of the paragraph
                # (outside quotations, and not "the company Transportes Andino", which names one).
                text = outside_quotations(text, lambda part: THE_COMPANY_MID.sub(
                    lambda m: company + (m.group(1) or ""), part))
        if self.country and THE_COUNTRY.search(text) and not other_country_named(text, self.country):
            # "operate in the country", "the country's largest union": the story's country, which the stem alone
            # does not say (outside quotations: a speaker's "the country" is theirs). Not where the stem names
            # another ("return a headdress to Peru, ... a burial site in the country's northern highlands").
            text = outside_quotations(text, lambda part: THE_COUNTRY.sub(lambda m: country_written(self.country, m), part))
        if self.two_orgs:
            pair = f"{self.two_orgs[0]} and {self.two_orgs[1]}"
            text = re.sub(r"\b(the two companies|both companies|the two firms|the two)\b", pair, text)
            text = re.sub(r"\b(The two companies|Both companies|The two)\b", pair, text)
        elif re.search(r"\b(the two|both companies)\b", text, re.IGNORECASE):
            return text, True  # who "the two" are is not clear
        if re.match(r"^(?:Fill in the blank: |Fill in the number[^:]*: )?Both (?:are|were|will|would|have|had|can|could|"
                    r"must|should)\b", text):
            return text, True  # "Both are expected to be operating by _____": both of what, the sentence before says
        if TIME_OPENING_IT.match(text):
            return text, True  # "By the end of last summer it had spread": what "it" is, the sentences before say
        if BACK_POINTING_OPENING.match(text):
            return text, True  # "The measures will cost about _____": which measures, the sentence before says (set 60)
        if re.search(r"\b(?:over|in|during) the same (?:period|time|year|months?|weeks?|days?|span)\b(?! (?:last|a) year| of\b)",
                     text.split('"')[0]):
            return text, True  # "Phosphate concentrations fell by _____ over the same period": which, the sentence before says
        elided = BARE_COUNT.search(text.split('"')[0])
        if elided and not re.search(r"\b(?:of|among) (?:the|its|their|these|those) ", text[:elided.start()]):
            return text, True  # "By Friday afternoon, eight had withdrawn ...": eight of what, the sentence before says
        if re.search(r"\bin (?:response|reply|return)\b(?! to)", text, re.IGNORECASE):
            return text, True  # "altered the plan in response": to what, the sentence before says
        later = AFTER_THE_LAST.search(text.split('"')[0])
        if later and not WHEN_SAID.search(PROMPT_PREFIX.sub("", text[:later.start()])):
            # "Hollis Grant was hired a week later": later than what, the sentence before says (set 48). Not "dug up
            # in _____, and shipped to England two years later": the sentence's own time.
            return text, True
        if re.search(r"\b(?:in|by|the same) (?:this|that|the same) way\b", text.split('"')[0], re.IGNORECASE):
            return text, True  # "foods already protected in this way": which way, the sentence before says (set 48)
        if re.match(r"^(?:Fill in the blank: |Fill in the number[^:]*: )?(?:That|This) (?:is|was|would|will|means|meant)\b",
                    text) or re.search(r"\b[Ss]ince then\b", text.split('"')[0]) or them_before(text.split('"')[0]):
            return text, True  # "That is roughly _____ less", "since then", "About _____ of them": the sentence before says
        # Outside quotations only: a quote is the speaker's words ("this year" stays).
        if any(m.group(1).lower() == "those" for m in DEMONSTRATIVE.finditer(QUOTED_WORDS.sub("", text))):
            return text, True  # "absences fell at those schools": "the schools" would say all of them
        text = outside_quotations(text, lambda part: DEMONSTRATIVE.sub(
            lambda m: "the " if m.group(1)[0].islower() else "The ", part))
        outside_quotes = QUOTED_WORDS.sub("", text)
        stem = PROMPT_PREFIX.sub("", outside_quotes)
        for pronoun in PRONOUNS.finditer(stem):
            before = stem[:pronoun.start()]
            if pronoun.group(1)[0].isupper() and before.strip() and not before.rstrip().endswith((".", ":", "“", '"')):
                continue  # "the campaign Our Water, Our City": part of a name, not a pronoun
            if len(before.split()) < 2:
                return text, True  # "It will operate ...": the pronoun points outside the sentence
            word = pronoun.group(1).lower()
            owning = word in ("his", "her", "their", "its")
            opening = OPENING_NAME.match(before)
            if word in PERSONAL and not (NAME.search(before) or PERSON_BLANK.search(before) or (
                    owning and (PERSON_NOUN.search(before) or word not in ("his", "her"))) or (
                    opening and opening.group(1) in self.person_words)):
                # "he", "her" with no person named before them ("The striker passed his medical" is fine;
                # "The headdress was bequeathed to the museum by his daughter" is not)
                return text, True
            if word == "it" and re.search(r"\b(?:inside|outside|within|near|around|through|across|behind|beyond|under|"
                                          r"over)\s+$", before) and not re.search(r"\b(?:the|a|an)\s", before, re.IGNORECASE):
                # "Visitors will be allowed inside it": inside what, the sentence before says (set 64's red zone round
                # the lava); not "converting the steel hall and building five new structures around it"
                return text, True
            if word == "it" and re.search(r"\b(?:on|in|at|to|for|of|with|from|about|into|put|keep)\s+$", before) and not (
                    re.search(r"\w, (?:\S+ ){0,2}of\s+$", before)) and not (
                    re.match(r"(?:A|An|The) [A-Za-z]", before) and re.search(r"\bits\b", before)):
                # "declined to put a value on it": what "it" is, the sentence before says. Not "lost 6 million
                # hectares of tree cover since 2001, most of it in the Chaco": the words before the comma say (set 39).
                # Nor "A European weather satellite fired its thrusters to avoid debris that would pass within _____
                # of it": the "its" before already meant the sentence's subject (set 48).
                return text, True
            if word == "it" and PEOPLE_DO.search(before):
                # "about _____ people develop it every year": a thing people do "it" to is the sentence before's
                # (drug-resistant tuberculosis), not the body named before it (set 60's reviewers)
                return text, True
            if word == "it" and re.search(r"\b(?:said|says|added)\s+$", before) and self.opens_on_person(stem):
                return text, True  # "_____, a former trustee, said it set a precedent": a person is no "it"
            if not (NAME.search(before) or "_____" in before or NOUN_PHRASE.search(before) or (
                    opening and opening.group(1).lower() not in OPENERS)):
                return text, True  # "In 2019 they signed ...": nothing before the pronoun for it to mean
        return text, False

    def owner_named(self, text, person):
        """"Under his leadership Ghana played _____ matches" -> "Under Valadares’ leadership ...": a 'his' or 'her'
        before any name in the stem is the one person just named, where the article's pronouns for them agree."""
        stem = PROMPT_PREFIX.sub("", text)
        owner = OWNER_BEFORE_NAME.match(stem)
        if owner is None or owner.group("outside").count('"') % 2 or "“" in owner.group("outside"):
            return text
        wanted = "m" if owner.group("pronoun").lower() == "his" else "f"
        if self.gender_of(self.full_names.get(person, person)) not in (wanted, None):
            return text
        start = len(text) - len(stem) + owner.start("pronoun")
        named = possessive(person)
        if start == 0 or text[:start].endswith(": "):
            named = named[0].upper() + named[1:]
        return text[:start] + named + text[start + len(owner.group("pronoun")):]

    def opens_on_person(self, stem):
        """The stem's subject is a person: a person's blank or name first ("_____, a former trustee, ...")."""
        first = stem.lstrip().split(",")[0]
        return first.startswith("_____") or any(first.startswith(name) or first.endswith(name.split()[-1])
                                                for name in self.people)

    def true_alternatives(self, fact):
        """Names that may also be right: same-kind names in the answer's own sentence ('A and B will
        share ...'), and places written next to the answer anywhere ('Penang, Malaysia')."""
        alternatives = [name for name, kind in self.sentence_entities.get(fact.sentence.index, [])
                        if kind == fact.answer_kind and name != fact.answer]
        if fact.answer_kind == "place":
            answer = fact.answer
            start = self.text.find(answer)
            while start != -1:
                end = start + len(answer)
                after = PLACE_AFTER.match(self.text, end)
                if after:
                    alternatives.append(after.group(1))
                if not (end < len(self.text) and self.text[end].isalnum()):
                    before = PLACE_BEFORE.search(self.text[max(0, start - 40):start])
                    if before:
                        alternatives.append(before.group(1))
                start = self.text.find(answer, start + 1)
            # "a river in _____" for England: Britain and the United Kingdom are as right (set 42), and back
            for part_of in (UK_NATIONS, UK_WHOLE):
                if answer in part_of:
                    alternatives += sorted(UK_WHOLE if part_of is UK_NATIONS else UK_NATIONS)
        return alternatives

    def person_antecedent(self, index):
        """Who a sentence-initial 'He'/'She' means: the one person named in the two sentences before."""
        named = [name for i in (index - 1, index - 2) for name, kind in self.sentence_entities.get(i, [])
                 if kind == "person"]
        if not named:
            return None
        full = {self.full_names.get(name, name) for name in named}
        return named[0] if len(full) == 1 else None

    def org_class(self, name):
        """What sort of organisation the article says a name is ('the French-owned company' -> company),
        from the words written next to it; None if it never says."""
        if name not in self.org_classes:
            found = None
            for start, end in occurrences(self.text, name):
                around = self.text[max(0, start - 40):start] + " | " + self.text[end:end + 60]
                # A capitalised word is another name's ("..., the Electoral Commission said"), not a description.
                near = next((m for m in ORG_CLASS_NEAR.finditer(around) if next(g for g in m.groups() if g).islower()),
                            None)
                if near:
                    word = next(g for g in near.groups() if g).lower()
                    found = org_sort_of(word)
                    break
            if found is None:
                # The name's own words: "... Association", "University of ...", "... Capital".
                found = next((kind for kind, words in ORG_NAME_WORD.items() if words.search(name)), None)
            self.org_classes[name] = found
        return self.org_classes[name]

    def same_class(self, answer, pools):
        """Lures of the answer's sort first ('Aquavance, the company': other companies, not a council group);
        names the article gives another sort are dropped."""
        wanted = self.org_class(self.full_names.get(answer, answer))
        if wanted is None:
            # Of no known sort ("the Sicilian Defence"): no lure of a sort the answer is known not to be of
            # sits beside it (a foundation, a hall, a tournament), or it stands out as the odd one.
            return [(tier, [n for n in pool if self.org_class(n) in (None, "company")]) for tier, pool in pools]
        out = []
        for tier, pool in pools:
            same = [n for n in pool if self.org_class(n) == wanted]
            # A name of no known sort may be a company; beside a club, a court or a union it stands out.
            unknown = [n for n in pool if self.org_class(n) is None and self.descriptor(n) is None] if wanted == (
                "company") else []
            out.append((tier, same + unknown))
        return out

    def descriptor(self, name):
        """The common noun the article puts beside a name: 'the journal Plant Genomics Letters' -> journal,
        'a bread wheat variety, Brackwell' -> variety, 'Hensby Farm' -> farm; None if there is none."""
        if name not in self.descriptors:
            found = None
            for start, end in occurrences(self.text, name):
                before = self.text[max(0, start - 40):start]
                after = self.text[end:end + 60]
                near = DESCRIPTOR_BEFORE.search(before)
                at = start - len(before) + near.start(1) if near else None
                if near is None:
                    near = DESCRIPTOR_AFTER.match(after)
                    at = end + near.start(1) if near else None
                # A noun says what the thing is ("the journal"); "the larger", "named", "the moment" do not.
                if near and at in self.noun_at and near.group(1) not in NOT_DESCRIPTORS:
                    found = near.group(1).rstrip("s") if len(near.group(1)) > 4 else near.group(1)
                    break
            if found is None and name.split()[-1] in SITE_WORDS:
                found = name.split()[-1].lower()
            self.descriptors[name] = found
        return self.descriptors[name]

    def same_descriptor(self, answer, pools):
        """A variety's lures are varieties and a journal's are journals; with none of its sort the
        question becomes a typed one, never a choice between a journal and a farm."""
        wanted = self.descriptor(self.full_names.get(answer, answer))
        if wanted is None:
            return pools
        return [(tier, [n for n in pool if self.descriptor(n) == wanted]) for tier, pool in pools]

    def place_class(self, name):
        """'the district of Hollenberg' -> district; a country or continent of the shipped list -> country."""
        if name not in self.place_classes:
            self.place_classes[name] = self.find_place_class(name)
        return self.place_classes[name]

    def find_place_class(self, name):
        if name in CONTINENTS or PART_OF_CONTINENT.fullmatch(name):
            return "continent"  # "North Africa" is no town's rival: lures are "Europe", "the Middle East"
        if name in shipped_list("country"):
            return "country"
        if name in shipped_list("region"):
            return "region"  # "Arizona": a state, which may hold the town asked for
        for start, _ in occurrences(self.text, name):
            match = PLACE_NOUN_OF.search(self.text[max(0, start - 30):start].lower())  # "the district of |Hollenberg"
            if match:
                return match.group(1)
            if COMPASS_BEFORE.search(self.text[max(0, start - 20):start]):
                return "region"  # "dry hillsides in eastern |Anatolia"
            town = PLACE_BEFORE.search(self.text[max(0, start - 30):start])
            listed = re.match(r"(?:,|\s+(?:and|or))\s+[A-Z]", self.text[start + len(name):start + len(name) + 8])
            if town and town.group(1) in self.places and not listed:  # "Dublin, Cork and Shannon" is a list
                return "region"  # "Altair's plant in Mirabel, |Quebec": the land a town is in
        return None

    def same_place_class(self, answer, pools):
        """A district's lures are districts (or places of no known sort), never 'Europe'."""
        wanted = self.place_class(answer)
        # "our Asia-Europe services", "in Copenhagen trading": a name that only ever describes
        # something else is no place a student would weigh up.
        # "a bread wheat variety, Brackwell": the article says what it is, and it is no place.
        pools = [(tier, [n for n in pool if not self.modifier_only(n) and self.descriptor(n) in (None, *PLACE_WORDS)])
                 for tier, pool in pools]
        if wanted in SETTLEMENTS:
            # "the village of _____": no city of the shipped list, nor a region the article writes with "the"
            # ("the Highlands").
            pools = [(tier, [n for n in pool if not is_known_place(n) and f"the {n}" not in self.text]) for tier, pool in pools]
        out = []
        for tier, pool in pools:
            if wanted is None:
                # A town or a street the article does not class: no country, continent or region beside it
                # ("Peru" or "Quebec" for "Lima" or "Montreal" may well be right too).
                out.append((tier, [n for n in pool if self.place_class(n) not in ("country", "continent", "region")]
                                   if tier != "list" else pool))
            elif wanted in ("country", "continent"):
                # "between northern Europe and the Baltic": a port city of no known sort is no region.
                out.append((tier, [n for n in pool if self.place_class(n) == wanted]))
            else:
                out.append((tier, [n for n in pool if self.place_class(n) in (wanted, None)]))
        return out

    def same_frame(self, answer, pools, kind):
        """'the Kafwembe mine': its lures are no sites of another sort ('Hollinbury Central station'), and a
        town's lures are no mines ('the Cerro Alto open-pit mine'); a site the article does not class
        ('at Millhaven Park') may be any site."""
        frame = self.frame_after(answer)
        if frame is None and kind == "facility":
            return pools
        return [(tier, [n for n in pool if self.frame_after(n) in (frame, None)]) for tier, pool in pools]

    def sort_of(self, name, kind):
        """What sort of person, place, body or thing the article (or the shipped tables) says a name is: 'person'
        for someone it calls "he" or gives a title, a place's class ('country', 'city', 'district', 'street'),
        a body's ('company', 'court'), the noun after a site or product ('rocket' of "a Valkyr-6 rocket");
        None where nothing says."""
        if (name, kind) not in self.sorts:
            self.sorts[(name, kind)] = self.find_sort(name, kind)
        return self.sorts[(name, kind)]

    def find_sort(self, name, kind):
        if kind == "person":
            full = self.full_names.get(name, name)
            # (or "Graham Pellow, who has led its admissions office": a body is "which")
            surely = self.titles.get(full) or full in self.speakers or self.gender_of(name) or any(
                self.text.startswith(", who ", end) or called_a_person(self.text[max(0, start - 30):start])
                for start, end in occurrences(self.text, full))
            return "person" if surely else None
        if kind == "place":
            if place_sort(name) != "area":
                return place_sort(name)  # a street, a structure, a mountain
            known = self.place_class(name)
            if known is None and name in country_codes():
                known = "country"
            if known is None and city_named(name, self.text) is not None:
                known = "city"
            return known
        if kind == "org":
            return self.org_class(self.full_names.get(name, name))
        if kind == "work":
            return "work"  # a title in quotation marks ("Forty Winters" among the festival's other films)
        head = name.split()[-1]
        return self.frame_after(name) or (head.lower() if head in FACILITY_HEADS else None) or self.noun_beside(name)

    def noun_beside(self, name):
        """The common noun the article writes right after a name or right before it: 'rocket' of "a Valkyr-6
        rocket", 'probe' of "the probe Heimdal"; None where it writes none."""
        for start, end in occurrences(self.text, name):
            after = re.match(r" ([a-z]+)\b", self.text[end:end + 30])
            if after and end + 1 in self.noun_at:
                return after.group(1).removesuffix("s")
            before = re.search(r"\b([a-z]+) $", self.text[max(0, start - 30):start])
            if before and start - len(before.group(0)) in self.noun_at:
                return before.group(1).removesuffix("s")
        return None

    def alike(self, answer, lure, kind):
        """The lure is surely a name of the answer's sort: an option of another sort ("Heimdal", the probe,
        among rockets; "Serra da Lousa" among judges) gives the answer away (reviewers of sets 20 to 32)."""
        wanted = self.sort_of(answer, kind)
        return wanted is not None and self.sort_of(lure, kind) == wanted

    def frame_after(self, name):
        """The noun the article writes after a place's name, when it names a site: 'mine' of 'the
        Kafwembe mine'; None when it has none. Asked for every lure of every site: worked out once."""
        if name not in self.frames:
            nouns = (site_noun_after(self.text, start, end) for start, end in occurrences(self.text, name))
            noun = next((n for n in nouns if n), None)
            self.frames[name] = noun.removesuffix("s") if noun else None  # "the two mines"
        return self.frames[name]

    def gender_of(self, name):
        """'f' or 'm' when the article refers to the person as 'she' or 'he' right after naming them
        ('..., Moraru-Dace said as she accepted the award', 'Kjeldgaard-Holm told reporters ... "...," he
        said'), with no one else named in between; None when it never does."""
        if name not in self.genders:
            self.genders[name] = None
            full = self.full_names.get(name, name)
            title = self.titles.get(full) or ""
            if gender_titled(title):  # "chairman of the Western Independent Cinemas Association"
                self.genders[name] = gender_titled(title)
                return self.genders[name]
            for form in dict.fromkeys([full, full.split()[-1], name]):
                for _, end in occurrences(self.text, form):
                    after = self.text[end:end + 160]
                    pronoun = GENDERED_WORD.search(after)
                    if pronoun and not any(other in after[:pronoun.start()] for other in self.people if other != full
                                           and other.split()[-1] not in full):
                        self.genders[name] = gender_said(after)
                        return self.genders[name]
        return self.genders[name]

    def modifier_only(self, name):
        """Every mention of the name in the body stands right before a noun it describes."""
        if name not in self.modifiers:
            spans = [(start, end) for start, end in occurrences(self.text, name) if start >= self.body_start]
            # "our Asia-Europe services", or joined to the word it describes: "a Norfolk-based seed company".
            joined = joined_to_word(self.text, name + "-", self.body_start)
            self.modifiers[name] = bool(spans or joined) and all(self.text[end:end + 1] == " " and end + 1 in self.noun_at
                                                                 for _, end in spans)
        return self.modifiers[name]

    def written_with_the(self, name):
        """The article writes the name after "the" ("the Public Hospitals Executive") more often than not:
        "the Tollgate deal" is one use of a name that is otherwise bare."""
        # ("the national Department of Basic Education"; "Mexico's National Commission ..." says neither, and a
        # body named "Department of ..." is written with "the" wherever the article does not say: set 55)
        found = [THE_BEFORE.search(self.text[max(0, start - 30):start]) is not None
                 for start, _ in occurrences(self.text, name)
                 if not OWNER_BEFORE.search(self.text[max(0, start - 30):start])]
        return sum(found) * 2 > len(found) or sum(found) * 2 == len(found) and OF_NAME.match(name) is not None

    def company_meant(self, index):
        """Whom a sentence-initial 'The company' means: the organisation the article is about, if the
        sentence before names it ('Shares in Meridian Line rose ... The company, which operates ...').
        Asked for every stem, so worked out once per sentence."""
        if index not in self.companies:
            self.companies[index] = self.find_company_meant(index)
        return self.companies[index]

    def find_company_meant(self, index):
        main = self.main_org
        if main is None or self.org_class(main) not in ("company", "finance", None) or org_sort(main) == "public":
            return None  # (not the "Canadian Coast Guard": the "company" written near its name was another's, set 30)
        named = [name for name, _kind in self.sentence_entities.get(index - 1, [])]
        if any(self.full_names.get(n, n) == main or main.startswith(n + " ") for n in named):
            return main
        before = self.sentence_text.get(index - 1, "")
        short = main.split()[0]
        if len(short) > 3 and occurrences(before, short)[:1] == [(0, len(short))]:
            return main  # "Meridian plans to invest ... The company said the work would ...": its short name opens it
        # "The results follow a difficult period for the bank. In February, it was fined ..."; "..., said Lena
        # Hoffmeister, the company's director ...": a person or a figure named there is no other company.
        others = [n for n, kind in self.sentence_entities.get(index - 1, []) if kind in ("org", "product", "facility")]
        if THE_COMPANY.search(before) and not others:
            return main
        return self.in_focus(index - 1)  # "... said Lena Hoffmeister, the company's director. She cited ... The company says"

    def antecedent(self, sentence):
        """The organisation a sentence-initial 'It' most likely means: the previous sentence's first one, or the
        article's company where the sentence before opens on it as "The company" ("The company, which launched in
        Spain in 2019, says ... Its Spanish revenue rose ...")."""
        named = self.first_org.get(sentence.index - 1)
        if named:
            return named
        before = self.sentence_text.get(sentence.index - 1, "")
        if re.match(r"The (?:company|firm|group)\b(?!['’])", before):
            return self.company_meant(sentence.index - 1)  # (which looks back past it: in_focus)
        return None

    def in_focus(self, index):
        """The article's company, where the sentence names it (or "the company") and no other body, or names no
        body and the sentence before it does: who "The company" opening the next sentence means."""
        main = self.main_org
        if main is None or self.org_class(main) not in ("company", "finance", None):
            return None
        for at in (index, index - 1):
            named = [n for n, kind in self.sentence_entities.get(at, []) if kind in ("org", "product", "facility")]
            ours = [n for n in named if self.full_names.get(n, n) == main or main.startswith(n + " ")]
            text = self.sentence_text.get(at, "")
            if named != ours:
                return None
            if ours or THE_COMPANY.search(text.lower()):
                return main
        return None

    def described_as_company(self, entity):
        """A company word right before or after one of the organisation's mentions."""
        for mention in entity.mentions:
            around = self.text[max(0, mention.start - 40):mention.end + 40]
            if COMPANY_WORDS.search(around):
                return True
        return False


def joined_to_word(text, prefix, start):
    """``prefix`` ("Norfolk-") begins a word and runs into a lower-case one ("Norfolk-based") somewhere
    after ``start``. A plain search: a pattern per name was a fifth of the rule layer's regex time."""
    at = text.find(prefix, start)
    while at != -1:
        before = text[at - 1] if at else " "
        if not (before.isalnum() or before in "-_") and text[at + len(prefix):at + len(prefix) + 1].islower():
            return True
        at = text.find(prefix, at + 1)
    return False


# A quotation in a stem: the speaker's own words, which stand as they were said.
QUOTED_WORDS = re.compile(r"[\"“][^\"”]*[\"”]")
# "Shares in the company fell", "the company's finance director" (not "the company Transportes Andino").
THE_COMPANY_MID = re.compile(r"\bthe (?:company|firm)(['’]s)?\b(?! [A-Z])")


def outside_quotations(text, change):
    """The text with ``change`` (str -> str) made to its words outside quotation marks only."""
    parts = re.split(rf"({QUOTED_WORDS.pattern})", text)
    return "".join(part if part[:1] in "\"“" else change(part) for part in parts)


# "in the country", "the country's": where the story is. Not "the country of 1.3 million people" (it says).
THE_COUNTRY = re.compile(r"\b[Tt]he country(['’]s)?\b(?! of\b)")


def other_country_named(text, country):
    """The text names a country other than ``country`` (by any of its names)."""
    home = country_codes().get(country.removeprefix("the "))
    return any(country_codes()[name] != home for name in country_names_pattern().findall(text))


@cache
def country_names_pattern():
    """Any country's name, longest first ("South Korea" before "Korea")."""
    names = sorted(country_codes(), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(name) for name in names)})\b")


def country_written(country, match):
    """The country in the place of "the country" ("The Netherlands's" at a sentence's start, else "the ...")."""
    written = country[0].upper() + country[1:] if match.group(0)[0] == "T" else country
    return written + (match.group(1) or "")


def home_country(article):
    """The one country the story is from, as the article writes it ("Norway" for "OSLO, Norway - "), or None
    where the dateline does not say or the article does not name it."""
    names = story_countries(dateline_of(article), article.text)
    codes = {country_codes()[name] for name in names}
    written = [name for name in names if re.search(rf"\b{re.escape(name)}\b", article.text)]
    if len(codes) != 1 or not written:
        return None
    name = max(written, key=lambda name: (len(re.findall(rf"\b{re.escape(name)}\b", article.text)), len(name)))
    # "the Czech Republic", "the Netherlands" (not "the Kenya Revenue Authority")
    return f"the {name}" if re.search(rf"\b[Tt]he {re.escape(name)}\b(?! [A-Z])", article.text) else name

