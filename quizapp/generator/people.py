"""Questions about people: who said it ("Who said: ...?", "Which of these did X say?"), who they are
("Who is X?", "What is X's position?") and who holds a title ("Who is Kestrel Pay's chief executive?").
QuestionMaker takes these as a mixin: they use its article, entities and lures."""

import re
from collections import Counter
from functools import cached_property

from .candidates import KIND_PRIORITY, LURES, SPARES, Candidate, not_a_person
from .context import gender_titled, org_sort_of
from .distractors import pick
from .figures import YEAR
from .forms import accepted_forms, normal_words
from .lexicon import ORG_SUFFIXES, TITLE_WORDS
from .names import family_name, occurrences
from .quotes import describes, is_title
from .sentences import sentence_of
from .titles import possessive, sentence_case

SAID_WORDS = 16  # quotes offered side by side are cut to about this length
PUBLIC = (r"(?:resident|passenger|traveller|shopper|commuter|customer|fan|supporter|parent|pensioner|vendor|"
          r"stallholder|shopkeeper|borrower|tenant|homeowner|motorist|voter|mother|father)s?")
# "Neo Kebonang, a 41-year-old teacher and mother of three", "Graham Tulley, a resident of ..." (an age alone
# is no sign: "Julien Marchetti, 35," is a rider the story is about)
ORDINARY_AFTER = re.compile(rf",(?: \d{{1,2}},)? (?:(?:an?|the) (?:[\w-]+ ){{0,4}}{PUBLIC}\b|"
                            r"who (?:runs|owns|works (?:in|at)) an? (?:[\w-]+ ){0,2}"
                            r"(?:cafe|café|shop|bar|pub|restaurant|stall|bakery|kiosk|hotel|guesthouse|salon)\b)")
# "mother of three Elena Munteanu", "truck driver Wilmer Quispe"
# "Among the audience on Thursday was Martin Quill": one of a crowd.
ORDINARY_BEFORE = re.compile(rf"(?:\b(?:mother|father) of (?:one|two|three|four|five|six|\d)|\b{PUBLIC}|\b[Aa]mong (?:the )?"
                             r"(?:audience|crowd|spectators|fans|passengers|residents|visitors|mourners|shoppers)\b"
                             r"[^.]{0,30} (?:was|were)) $")

# What the article calls someone, just before or after the name: "the local historian |Magne Bakken", "a carpenter, |",
# "Signe Dahl|, a stage actor".
# ("Its owner, Rachel Dunmore", "Lancaster's MP, Cat Smith": a new user's walk had neither offered for "Who said")
DESCRIBED_BEFORE = re.compile(r"\b(?:the|a|an|[Ii]ts|[A-Z][\w-]*['’]s) (?:[a-z][\w-]* ){0,3}"
                              r"(?P<noun>(?!(?:for|of|at|in|with|from|and|by)\b)[a-z]{3,}|MP|MEP|MSP),? $")
DESCRIBED_AFTER = re.compile(r",(?: \d{1,3},)? (?:the|a|an) (?:[a-z][\w-]* ){0,3}?(?P<noun>[a-z]{3,})\b"
                             r"(?= *(?:[,.;]|of|at|for|in|with|who|from|and|$))")
# What people are called, not things ("the composer", "a carpenter", "a stage actor"; not "a supermarket chain",
# "the mountains", nor a company's "maker" or "retailer": the model's "person" is sometimes a shop or a court).
PERSON_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|wife|husband|son|daughter|mother|father|chief|head|"
                         r"mayor|minister|judge|actress|poet|author|artist|priest|nurse|doctor|student|coach|captain|"
                         r"pilot|owner|keeper|leader|member|fan|expert|official|spokesperson|grandmaster|champion|"
                         r"MP|MEP|MSP)$")

# A description that runs on into a clause or a second person: "the deputy commissioner who led the inquiry",
# "chair of the Calloway Foundation and his granddaughter". Not an option beside a plain one.
CLAUSE_IN_DESCRIPTION = re.compile(r"\b(?:who|which|whose|that|and (?:his|her|their))\b")


def one_form_each(answer, options):
    """The options less any that name the answer or an earlier option again in another form: "Ana Souza" beside
    "Ana Paula Souza" is one judge offered twice, and two options would be right (set 35's reviewers)."""
    kept, seen = [], [answer]
    for name, tier in options:
        if not any(same_person(name, other) for other in seen):
            kept.append((name, tier))
            seen.append(name)
    return kept


def same_person(one, other):
    """Two written forms of one name: the words of one inside the other's, first and last alike ("Ana Souza",
    "Ana Paula Souza"); not two of a family ("Walter Harcastle", "Claire Harcastle")."""
    a, b = one.split(), other.split()
    if len(a) < 2 or len(b) < 2:
        return False
    return a[0] == b[0] and a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))


def bare_description(description):
    """'A spokeswoman for Quebec's education ministry' -> 'spokeswoman for ...': no option opens with
    an article the others lack."""
    return re.sub(r"^(?:an?|A|An)\s+", "", description)


# Words for a forebear or a descendant: where they are told of, someone is long gone.
ANCESTRY = re.compile(r"\bgreat-(?:great-)?grand(?:father|mother|parent|son|daughter|child)s?\b|\bdescendants?\b",
                      re.IGNORECASE)


class PeopleQuestions:
    """The people questions of QuestionMaker."""

    def from_quote(self, fact):
        if len(fact.data["quote"].split()) < 5:
            return []  # a word or two in quotation marks is a term, not a statement
        excerpt = shorten(fact.data["quote"], 28)
        prompt = f"Who said: “{excerpt}”?"
        # Lures the article shows to be people (they speak, or it gives their title): the model's
        # "person" is sometimes a hall or a chocolate bar ("Kingsmere Hall", "Golden Hazel").
        speakers, people = self.could_speak
        # Never someone the quotation itself talks about ("For three centuries Jacoba Verhulst was a footnote").
        quoted = normal_words(fact.data["quote"])
        # Every person the article names is weighed, not the first few: the speakers may come late in it.
        options = [(name, tier) for name, tier in self.distractors(fact.answer, "person", want=len(self.entities) + SPARES)
                   if (name in people or tier != "article") and family_name(name).lower() not in quoted
                   and not self.spoken_of(name, fact.data["quote"])
                   and (name in speakers or not self.of_the_past(name))]
        # People of other articles the app has read only where this one names too few: a reader rejects a name the
        # article never mentions at once (a new user's find: the gym ruling's lawyer offered for an eye-drop trial).
        own = [option for option in options if option[1] == "article"]
        options = own if len(own) >= 2 else options
        # Speakers first: a titled person who never speaks (a painter dead three centuries) is a weak lure.
        options.sort(key=lambda option: option[0] not in speakers)
        options = one_form_each(fact.answer, options)[:LURES + SPARES]
        said = self.what_was_said(fact) if len(options) < 2 else []
        if said:
            # Too few people to offer for who said it: which of the article's quotations the speaker said, chosen
            # among them. Reviewers of sets 27 to 49 kept 3 of 16 speakers typed (most wanted options).
            return said
        if len(options) < 2:
            # One lure makes a coin toss, and no other quotation to offer: the student types the speaker's name.
            question = self.base(fact, "short_answer", prompt, ["quote", "person", "short-answer"])
            question["answers"] = [{"text": form, "weight": 1} for form in accepted_forms(fact.answer, "person")]
            question["difficulty"] = 0.6
            typed = Candidate(question, KIND_PRIORITY["quote"] + 2, "quote", fact.answer, fact.sentence.index)
            typed.restem = self.quote_without(fact, question.get("source") or {})
            return [typed]
        if self.ordinary(fact.answer) and sum(self.ordinary(name) for name, _ in options[:LURES]) < 2:
            # A passer-by's words among officials' are told by how they speak ("We were supposed to fly home
            # with our two children"), and their name is no fact to learn: reviewers of sets 21 to 26 kept 3 of 10.
            return []
        question = self.multiple_choice(fact, prompt, fact.answer, options, ["quote", "person"])
        candidate = self.scored(question, fact, 2 + min(LURES, len(options)), options)
        candidate.restem = self.quote_without(fact, question.get("source") or {})
        return [candidate, *self.what_was_said(fact)]

    @cached_property
    def could_speak(self):
        """(the speakers, everyone who could have said a quotation: the speakers and the people the article gives a
        title or a description), worked out once for all the article's quotes."""
        speakers = {q.answer for q in self.quotes}
        return speakers, speakers | {e.name for e in self.entities if e.kind == "person" and (e.title or self.described(e))}

    @cached_property
    def latest_year(self):
        """The latest year the article names, or None."""
        return max((int(m.group(0)) for m in YEAR.finditer(self.article.text)), default=None)

    def described(self, entity):
        """The article says who the person is, beside the name: "the composer Ola Brekke", "a carpenter, Even
        Haugen", "Signe Dahl, a stage actor". Someone so introduced could have said what is quoted, and is a lure
        for "Who said ...?" where the speakers are too few (set 42's reviewers had Norwegian names to type). A
        name with nothing beside it may be a byline's ("Editing by Mark Potter") or the model's mistake."""
        text = self.article.text
        for span in entity.mentions:
            before = DESCRIBED_BEFORE.search(text[max(0, span.start - 50):span.start])
            after = DESCRIBED_AFTER.match(text, span.end)
            if any(found and PERSON_NOUN.search(found.group("noun")) and not org_sort_of(found.group("noun"))
                   for found in (before, after)):
                return True
        return False

    def of_the_past(self, name):
        """The article brings the person in at a time long gone ("under Captain William Forster" in 1891, a
        company "founded in 1912 by" its founder): no one who could have said what is quoted today. Sets 41 and
        42's reviewers found such people among the speakers offered for "Who said ...?"."""
        found = occurrences(self.article.text, name)
        sentence = sentence_of(self.sentences, found[0][0]) if self.latest_year and found else None
        if sentence is None:
            return False
        told = [int(m.group(0)) for m in YEAR.finditer(sentence.text)]
        if told and max(told) <= self.latest_year - 40:
            return True
        # "The film's lead, Signe Dahl, was a stage actor ... Her great-granddaughter, Marte Dahl, said": someone's
        # forebear, told of by their descendants (set 42's 1929 actress)
        after = next((s for s in self.sentences if s.index == sentence.index + 1), None)
        return any(ANCESTRY.search(s.text) for s in (sentence, after) if s is not None)

    def quote_without(self, fact, source):
        """restem for "Who said ...?": the quotation with another question's answer elided, as an editor marks
        words left out ("Behind every one of these […] closures are people ..." beside "to close _____ stores"):
        who said it is still the question, and the figure stays to be asked."""
        quote = fact.data["quote"]

        def restem(hidden):
            elided = []
            for where in hidden:
                texts = [self.article.text[where.start:where.end]]
                if source.get("sentence"):  # (a place in a two-part source, counted along its text)
                    at = where.start - source.get("start", 0)
                    texts.append(source["sentence"][at:at + where.end - where.start])
                text = next((t for t in texts if len(t) >= 2 and re.search(rf"(?<!\w){re.escape(t)}(?!\w)", quote)), None)
                if text is None:
                    return None
                elided.append(text)
            # A sentence of the quotation without the elided words says it as well, with no gap to puzzle over:
            # "Each of the […] that survived was checked by hand" read as a fault to set 51's reviewers.
            clean = clean_run(quote, elided)
            if clean:
                return f"Who said: “{shorten(clean, 28)}”?"
            words = quote
            for text in elided:
                # A name elided where what it is can stand, as an editor writes it: "[the company]'s kitchens", where
                # "[…]'s kitchens" read as a gap to set 45's reviewers; a figure, or a name of no known sort, is "[…]"
                # (stand_in has nothing for them).
                called = self.stand_in(text)
                words = re.sub(rf"(?<!\w){re.escape(text)}(?!\w)", f"[{called}]" if called else "[…]", words)
            excerpt = shorten(words, 28)
            return f"Who said: “{excerpt}”?" if len(re.sub(r"\W|…", "", excerpt)) > 20 else None
        return restem

    def spoken_of(self, name, quote):
        """The quotation speaks to or of the person, so they did not say it: by the given name ("We thank Rui
        for his work"), or by their role ("We let the coach down" is no coach's)."""
        given = name.split()[0] if len(name.split()) > 1 else None
        if given and len(given) > 2 and occurrences(quote, given, hyphens=False):
            return True
        entity = self.by_name.get(name)
        noun = self.role_noun(entity.title) if entity is not None and entity.title else None
        return bool(noun) and re.search(rf"\b(?:the|our|my|your) {re.escape(noun)}\b", quote, re.IGNORECASE) is not None

    def ordinary(self, name):
        """The article quotes the person, named once or twice, as one of the public, not for an office: as a
        parent ("mother of three Elena Munteanu") or a passenger, resident, shopper or fan."""
        text = self.article.text
        if len(occurrences(text, family_name(name))) > 2:
            return False  # the story's own people are aged too ("Siobhan Keane, 47, from Dundalk" won the prize)
        for start, end in occurrences(text, name):
            if ORDINARY_AFTER.match(text, end) or ORDINARY_BEFORE.search(text[max(0, start - 40):start]):
                return True
        return False

    def what_was_said(self, fact):
        """'Which of these did Tobias Renwick-Ames say?': the speaker's words among other speakers'.
        Each lure is someone else's quote, so it is wrong according to the article, and all are
        cut to a like length so that none stands out."""
        speaker = fact.answer
        others = []
        for other in self.quotes:
            if other.answer != speaker and len(other.data["quote"].split()) >= 5:
                excerpt = shorten(other.data["quote"], SAID_WORDS)
                if excerpt not in others:
                    others.append(excerpt)
        if len(others) < 2:
            return []
        mine = shorten(fact.data["quote"], SAID_WORDS)
        lures = sorted(others, key=lambda e: abs(len(e) - len(mine)))[:3]
        title = fact.data.get("title")
        who = f"{speaker}, {lower_article(title)}," if title and len(title.split()) <= 8 else speaker
        question = self.multiple_choice(fact, f"Which of these did {who} say?", mine, [(e, "article") for e in lures],
                                        ["quote", "said"])
        question["difficulty"] = 0.5
        candidate = Candidate(question, KIND_PRIORITY["quote"] + 1, "said", mine, fact.sentence.index)
        candidate.answer_kind, candidate.thing = "quote", speaker  # one question per speaker
        return [candidate]

    def is_person(self, name):
        """The name, or the surname, is a person's of the article."""
        entity = self.by_name.get(self.context.full_names.get(name, name)) or self.person_by_surname(name)
        return entity is not None and entity.kind == "person"

    def person_by_surname(self, name):
        """"Quintero" of Marta Quintero, wherever a stem writes her so; None."""
        return next((e for e in self.entities if e.kind == "person" and " " not in name
                     and family_name(e.name) == name), None)

    def person_called(self, person, name, sentence=None):
        """What a stem may write for the person where it prints ``name`` (see person_stand_in), or None:
        never where their surname is a company's too ("Okamura's shares" are Okamura Industries'), nor where
        the sentence says it already ("The conductor, currently principal conductor of ...")."""
        if self.surname_of_company(name):
            return None
        called = self.person_stand_in(person)
        said = sentence.text.lower() if sentence is not None else ""
        return called if called and not re.search(rf"\b{called.split()[-1]}\b", said) else None

    def person_stand_in(self, person):
        """'the striker' for "Brazilian striker Tiago Marçal": what the article calls a person, in its own
        lower-case words, where no one else it names is called so; None otherwise."""
        nouns = [self.role_noun(e.title) for e in self.entities if e.kind == "person" and e.title]
        noun = self.role_noun(person.title) if person.title else None
        if not noun or nouns.count(noun) != 1 or self.someone_else_called(person, noun):
            return None
        return f"the {noun}"

    def someone_else_called(self, person, noun):
        """The article writes "the president" in a sentence that names no part of the person's name: someone
        else may be meant ("The bill now goes to the president" beside the tobacconists' president, set 34)."""
        words = [w for w in person.name.split() if len(w) > 2]
        for start, _end in occurrences(self.article.text.lower(), f"the {noun}"):
            sentence = next((s for s in self.sentences if s.start <= start < s.end), None)
            if sentence is not None and not any(word in sentence.text for word in words):
                return True
        return False

    @staticmethod
    def role_noun(title):
        """'striker' of "Brazilian striker", 'chief executive' of "chief executive of Harwick City", 'chief executive
        officer' of "Chief Executive Officer"; None for a title of capitalised words that are not all titles' words
        ("Governor", "Agriculture Minister") or of more than three words."""
        if not re.search(r"(?:^|\s)[a-z]", title):
            # "Chief Executive Officer", "Chief Financial Officer": a title in capitals made of titles' words only
            words = title.lower().split()
            if len(words) >= 2 and all(word in TITLE_WORDS for word in words):
                return " ".join(words)
            return None
        words = [w for w in re.split(r"\s+(?:of|at|for|with)\s+", sentence_case(title))[0].split()
                 if not w[:1].isupper() and w not in ("the", "a", "an")]
        if not words or len(words) > 3 or any(not re.fullmatch(r"[a-z][a-z-]*", w) for w in words):
            return None
        if words[-1] in ("head", "member", "one", "part", "partner"):
            return None  # "the head said": of what, the rest of the title says
        return " ".join(words)

    def in_headline_as_person(self, person):
        """The headline names the person ("... to sign striker Tiago Marçal"), not a company named after them
        ("Trellis and Okamura form venture" of Kenji Okamura, president of Okamura Industries)."""
        if self.surname_of_company(person):
            return False
        title = self.article.title or ""
        return any(not re.match(r" [A-Z]", title[end:end + 2]) for _, end in occurrences(title, family_name(person),
                                                                                          hyphens=False))

    def surname_of_company(self, name):
        """The person's surname is a word of a company's name: "Okamura" of Okamura Industries. The surname alone
        is no company's name: the model's organisation "Karataş" from "Karataş wins Kırkpınar golden belt" is the
        wrestler, and the headline had given his name away (set 52)."""
        surname = family_name(name)
        return any(e.kind == "org" and surname in e.name.split() and e.name != surname for e in self.entities)

    def from_title(self, fact):
        person = fact.data["person"]
        if not_a_person(person):
            return []  # "European Union's General Data Protection Regulation" names a law, not a general
        entity = self.by_name.get(person)
        if entity is not None and len(entity.mentions) < 2 and len(fact.answer.split()) < 2:
            return []  # "defender" of a player named once in a list: not what the article is about
        if family_name(person) in re.findall(r"[\w-]+", fact.answer):
            return []  # "Who is Kenji Okamura?" beside "president of Okamura Industries": the surname answers it
        if entity is not None and self.in_headline_as_person(person) and not self.has_speech(fact.sentence):
            return []  # the headline's "striker Tiago Marçal": who he is is the news, asked by his name
        titles = [e.title for e in self.entities if e.kind == "person" and e.title and e.name != person]
        everyone = list(titles)  # whatever their style, for the description question below
        # Only titles built from the article: other people's, and this one with another organisation
        # ("Mitsubishi CCO" for "Nissan CCO"). A generic "Chief Executive Officer" from a list is too
        # often a second right answer ("chief executive of Halvorsen Cells").
        # Organisations the article presents as companies, most mentioned first: "chief executive of
        # Shamrock Club" (a loyalty scheme) would be an absurd lure.
        orgs = [e.name for e in sorted(self.entities, key=lambda e: -len(e.mentions)) if e.kind == "org"
                and (set(e.name.split()) & ORG_SUFFIXES or self.context.described_as_company(e))][:4]

        def swap(title):
            # A company's officer becomes another company's, never the regulator's or the investor's.
            same_sort = self.context.org_class
            return [title.replace(f"{org}’s", possessive(other)).replace(org, other) for org in orgs if org in title
                    for other in orgs if other != org and other not in title and same_sort(other) == same_sort(org)]

        # Lures in the answer's style: job titles beside a job title, never "Mayor" beside a long description; a
        # player's position beside positions ("goalkeeper" among "centre forward" and "forward", not among coaches:
        # set 62's reviewers called those of another kind).
        titles = [t for t in titles if is_title(t) == is_title(fact.answer) and "," not in t
                  and plays_at(t) == plays_at(fact.answer)]
        # No role more than twice among the options: beside "Kestrel Pay's CFO", two more CFOs (or
        # three "co-founder and chief executive"s) would leave the answer as the odd one out, where
        # two companies' two officers ("Nissan CCO", "Mitsubishi CCO", "Nissan COO", "Mitsubishi COO") do not.
        roles = Counter(role_of(t, orgs) for t in [fact.answer, *titles])
        swapped = []
        for title in [t for other in titles for t in swap(other)] + swap(fact.answer):
            if roles[role_of(title, orgs)] < 2:
                roles[role_of(title, orgs)] += 1
                swapped.append(title)
        options = pick(fact.answer, "title", [("article", titles), ("perturbed", swapped)], want=3)
        asked = []
        if len(options) == 3 and is_title(fact.answer) and "," not in fact.answer:
            # "Chief executive" opened its sentence: beside "finance director" its capital would mark it out.
            question = self.multiple_choice(fact, f"What is {person}'s position?", sentence_case(fact.answer),
                                            [(sentence_case(t), tier) for t, tier in options], ["title", "person"])
            asked.append(self.scored(question, fact, 1, options))
        elif (describes(fact.answer) or is_title(fact.answer)) and "," not in fact.answer and (
                not CLAUSE_IN_DESCRIPTION.search(fact.answer)):
            # "head of the centre's eastern monitoring division" among the other people's descriptions and
            # titles: no made-up lure reads like the article's own, so two of the article's are enough.
            others = [bare_description(t) for t in everyone if (describes(t) or is_title(t)) and "," not in t
                      and not CLAUSE_IN_DESCRIPTION.search(t) and plays_at(t) == plays_at(fact.answer)]
            if len(bare_description(fact.answer).split()) >= 3:
                # A bare "judge" or "professor" beside "transport analyst at Iberia Mobility Partners" is the odd
                # option out, and too vague to be plainly wrong (set 24's and 26's reviewers)
                others = [t for t in others if len(t.split()) >= 2]
            described = pick(bare_description(fact.answer), "title", [("article", others)], want=3)
            if len(described) >= 2:
                question = self.multiple_choice(fact, f"Who is {person}?", sentence_case(bare_description(fact.answer)),
                                                [(sentence_case(t), tier) for t, tier in described], ["title", "person"])
                asked.append(self.scored(question, fact, 0.5, described))
        return asked + self.holder_of_title(fact)

    def holder_of_title(self, fact):
        """'Who is Kestrel Pay's chief financial officer?': only for a title that names its
        organisation, so that exactly one person of the world holds it."""
        title, person = fact.answer, fact.data["person"]
        if not fact.data.get("named_org") or len(title.split()) < 3:
            return []
        if re.search(rf"\b(?:an?|one of the)\s+{re.escape(title)}", fact.sentence.text, re.IGNORECASE):
            return []  # "a maritime analyst at Northgate": one of several, not "the" analyst
        options = self.distractors(person, "person", want=LURES + SPARES)
        wanted = gender_titled(title)
        if wanted:  # "Who is the chairman of ...?": no lure the article calls "she"
            options = [(name, tier) for name, tier in options if self.context.gender_of(name) in (wanted, None)]
        if len(options) < 2:
            return []
        # "Kestrel Pay's chief executive" as written; "the Sarawak Forest Department Director"; never "the the"
        owned = re.match(rf"{re.escape(fact.data['named_org'])}['’]s? ", title)
        the_title = title if owned or title.startswith("the ") else f"the {title}"
        question = self.multiple_choice(fact, f"Who is {the_title}?", person, options, ["title", "person"])
        candidate = self.scored(question, fact, 1.5, options)
        candidate.answer, candidate.answer_kind = person, "person"
        return [candidate]


# Where one sentence of a quotation ends and the next begins.
QUOTE_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")


def shorten(quote, words):
    """The quote, or its first sentences up to ``words`` words; cut at a word with an ellipsis
    only when its first sentence alone is longer."""
    parts = quote.split()
    if len(parts) <= words:
        return quote.rstrip(",.;: ")
    sentences = QUOTE_SENTENCE_BREAK.split(quote)
    kept = []
    for sentence in sentences:
        if len(" ".join([*kept, sentence]).split()) > words:
            break
        kept.append(sentence)
    if kept:
        return " ".join(kept).rstrip(",.;: ")
    if len(sentences[0].split()) <= words * 3 // 2:
        return sentences[0].rstrip(",.;: ")  # a whole sentence a little long reads better than one cut off mid-phrase
    # else at the last pause within the limit ("..., and elderly people tend their fields …"), if it comes late enough
    head = " ".join(parts[:words])
    pause = max(head.rfind(mark) for mark in (",", ";", " –", " —"))
    if pause >= len(head) // 2:
        return head[:pause].rstrip(",.;: –—") + " …"
    return head.rstrip(",.;:") + " …"


def lower_article(phrase):
    return phrase[0].lower() + phrase[1:] if phrase[:4].lower() in ("the ", "a ", "an ") or phrase[:2] == "A " else phrase


# A player's place in a team's play, as a title's last words name it: "goalkeeper", "Spain's centre forward".
PLAYING_POSITIONS = re.compile(
    r"\b(?:goal ?keeper|keeper|goalie|goaltender|striker|forward|defender|midfielder|winger|full-?back|centre-?back|"
    r"center-?back|sweeper|playmaker|pitcher|catcher|shortstop|quarterback|linebacker|point guard|fly-half|"
    r"scrum-half|flanker|hooker|wicketkeeper|batsman|batter|bowler|all-rounder|setter|libero|outfielder)s?$",
    re.IGNORECASE)


def plays_at(title):
    """The title names a playing position ("goalkeeper", "Hungarian forward"), not a job ("head coach")."""
    return bool(PLAYING_POSITIONS.search(title.strip()))


def role_of(title, orgs):
    """'Kestrel Pay's chief financial officer' -> 'chief financial officer': the title without its organisation."""
    for org in orgs:
        title = re.sub(rf"{re.escape(org)}(?:[’']s?)?", "", title)
    return " ".join(title.split()).lower()


def clean_run(quote, hidden):
    """The longest run of the quotation's sentences that holds none of the ``hidden`` words, if it says enough to
    tell the quotation by (eight words); else ''."""
    sentences = QUOTE_SENTENCE_BREAK.split(quote)
    best, run = "", []
    for sentence in sentences + [None]:
        if sentence is not None and not any(re.search(rf"(?<!\w){re.escape(text)}(?!\w)", sentence) for text in hidden):
            run.append(sentence)
            continue
        if len(" ".join(run)) > len(best):
            best = " ".join(run)
        run = []
    return best if len(best.split()) >= 8 else ""

