"""The title a student sees while taking the quiz: the article's headline without the figures its
questions may ask.

A headline packs the story's main figures ("cuts key rate to 5.25 percent", "cancel 4,000
appointments"), and those are the facts a teacher most wants asked. Shown above every question,
it would give them away; cut from the title, they can be asked with options like any other figure.
A figure the headline cannot lose and still read ("Two dead, seven rescued", "customers pass 9
million") stays, and stays unasked with options.
"""

import re

# An amount as headlines write it: "$3.6 billion", "€780 million", "C$95 million", "4,000", "48.7C", "£46m".
# Never a part of a figure: not "1," of "1,340", not "4.8" of "4.8 billion".
AMOUNT = (r"(?<![\w.$€£¥-])(?:[A-Z]{1,2}\$|[$€£¥])?\d+(?:,\d{3})*(?:\.\d+)?(?![.,]?\d)"
          r"(?:\s?(?:million|billion|trillion|bn|m|k)\b|(?!\s?(?:million|billion|trillion|bn)\b))")
# Units of time and measure: "by 40 minutes" is said, "14 years of rule" is not a word describing "years" (nor is
# "square" of "4,200 square kilometres").
MEASURES = (r"minutes|hours|days|weeks|months|years|seconds|metres|meters|kilometres|kilometers|km|miles|tonnes|"
            r"tons|hectares|acres|light-years|light years|kilograms|kg|square|cubic")
# The unit an amount is counted in, when the amount is the thing said, not a word describing a noun.
CURRENCIES = (r"euros?|pounds?|dollars?|crowns?|kronor|yen|won|rupees?|francs?|pesos?|yuan|rand|zloty|shillings?|"
              r"ringgit|baht|rupiah|forint|naira|tugrik|reais")
# Currencies whose plural is their singular: "1.4 billion zloty heat pump factory" is a sum before its noun.
INVARIANT = ("yen", "won", "kronor", "yuan", "rand", "zloty", "ringgit", "baht", "rupiah", "forint", "naira", "tugrik")
UNIT = (r"(?:%|C\b|F\b|\s(?:percent|per cent|degrees(?: Celsius| Fahrenheit)?|basis points|points|"
        rf"{CURRENCIES}|(?:square |cubic )?(?:{MEASURES}))\b)")
# Words that end a phrase: what follows a figure that was the phrase's last word.
PHRASE_END = r"(?=\s*(?:$|[,;:]|\s(?:as|after|amid|and|in|on|over|for|from|with|while|but|to|at|by|despite|"
PHRASE_END += r"following|ahead|before|since|until|off|near|along)\b))"

# "to 5.25 percent", "by 50%", "for 82 million pounds", "to 48.7C", "raising pension age to 67".
AFTER_PREPOSITION = re.compile(rf"\s(?:to|by|for|of|at|below|above|across|within)\s(?:nearly |almost |about |around |more than |"
                               rf"over |under |just )?{AMOUNT}{UNIT}?{PHRASE_END}")
# "raises minimum wage 3.1% after", "dam's cost climbs 38%": a change given bare, after its verb or noun.
BARE_PERCENT = re.compile(rf"(?<=[a-z])\s{AMOUNT}(?:%|\s(?:percent|per cent)\b){PHRASE_END}")
# "48-hour strike", "2,600-year-old Phoenician shipwreck", "50,000-pound Calloway Prize", "28-turbine wind farm".
# (Not an age that is itself the noun: "Indian 12-year-old becomes grandmaster" would lose its subject.)
COMPOUND = re.compile(rf"{AMOUNT}-[a-z]+(?:-[a-z]+)?\s(?!(?:low|high|record|best|worst|first)\b)"
                      rf"(?<!-old\s)|{AMOUNT}-year-old\s(?![a-z]+(?<![su])s\b)")
# "$3.6 billion venture", "410 million euro terminal", "4,000 appointments", "42 stores", "28 Skylane jets".
BEFORE_NOUN = re.compile(rf"(?<!\bover )(?<!\bthan )(?<!\bunder )(?<!\bleast )(?<!\bnearly )(?<!\balmost )(?<!\babout )"
                         rf"(?<!\baround )(?<![\d,.]){AMOUNT}%?"
                         rf"(?:\s(?:euro|pound|dollar|crown|rupee|franc|peso|{'|'.join(INVARIANT)}))?\s"
                         r"(?=(?:[A-Z][\w-]*\s)?[a-z][\w-]*)"
                         rf"(?!(?:[A-Z][\w-]*\s)?(?:percent|per|degrees|basis|points|{CURRENCIES}|"
                         r"to|from|of|in|on|at|by|for|over|as|and|after|amid|despite|following|while|with|"
                         r"away|ago|old|long|late|early|"
                         rf"more than|times|{MEASURES})\b"
                         r"|(?:[A-Z][\w-]*\s)?[a-z][\w-]*\s(?:away|ago|old|long|later|earlier)\b)")
# "docked 15 points for breaching ...": points taken off a team are a count, not a unit a figure moved by ("index falls
# 15 points" cannot lose its figure).
POINTS_TAKEN = re.compile(rf"\b((?:docked|deducted|stripped of) ){AMOUNT}\s(?=points\b)")
# "lost with all hands in 1891 found off ...": a year goes with its "in" ("in found" was set 41's title); by the
# rule for amounts before a noun it would go alone.
IN_YEAR = re.compile(r"\sin\s(?:1[6-9]|20)\d\d(?=$|\s|[,;:])")
WORDS_LEFT = 4
MAGNITUDE = re.compile(r"\b[Mm]agnitude[- ]\d+(?:\.\d+)?\s+")
HEDGED = r"(?:(?:nearly|almost|about|around|more than|over|under|just|some) )?"
# A sum the headline cannot lose, as it stands: "fined 42 million euros over", "to pay A$18.5 million over".
SUM_SAID = re.compile(rf"{HEDGED}(?<![\w.$€£¥-])(?P<sign>[A-Z]{{1,2}}\$|[$€£¥])?(?P<figure>\d+(?:,\d{{3}})*(?:\.\d+)?)"
                      r"(?:\s?(?P<scale>million|billion|trillion|bn|m)\b)?"
                      rf"(?:\s(?P<currency>{CURRENCIES})\b)?")
# A count of thousands the headline cannot lose: "Wildfire forces 4,200 from their homes", "forcing more than 12,400
# to flee". Not a count of a unit ("112 light-years away"), nor a year (no comma).
COUNT_SAID = re.compile(rf"{HEDGED}(?<![\w.$€£¥-])\d{{1,3}}(?:,\d{{3}})+(?![\w.,%-])"
                        rf"(?!\s(?:million|billion|trillion|percent|per cent|{MEASURES})\b)")
SIGN_CURRENCY = {"€": "euros", "£": "pounds", "¥": "yen"}
SCALE_WORDS = {"million": "millions", "m": "millions", "billion": "billions", "bn": "billions", "trillion": "trillions"}
# Words that say nothing of what a story is about, for telling whether a sentence is about the headline's news.
PLAIN_WORDS = frozenset("""that with from have this will were been their which said says they them than into also after
about over more other would could there what when where while being those these such only some most very just like
year years told percent cent last first week month""".split())


def quiz_title(headline):
    """The headline with the figures it can lose cut out; the headline itself where the cut would
    leave too little to read. A headline in title case ("Severnside Warriors Docked 15 Points for ...") is cut
    as its words would be written in a sentence, and keeps its capitals."""
    if not headline:
        return headline
    if not in_title_case(headline):
        return cut_title(headline)
    return recased(cut_title(in_lower_case(headline)), headline)


def in_title_case(headline):
    """Most of the headline's longer words start with a capital: "Romanian City Signs 410 Million Euro Geothermal
    Heating Deal" (the patterns below tell a noun from a name by its case)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", headline)[1:]
    longer = [word for word in words if len(word) > 3]
    return len(longer) >= 3 and sum(word[0].isupper() for word in longer) >= 0.8 * len(longer)


def in_lower_case(headline):
    """The headline's words after its first in lower case, but for words in capitals ("RFU", "EU")."""
    first, _, rest = headline.partition(" ")
    return " ".join([first, *(word if word.isupper() else word.lower() for word in rest.split(" "))])


def recased(title, headline):
    """The cut title with the headline's own capitals back on the words it kept (in order: a cut only takes
    words out, or writes a size such as "millions of euros" in their place)."""
    originals = headline.split(" ")
    written, at = [], 0
    for word in title.split(" "):
        match = next((i for i in range(at, len(originals)) if originals[i].lower() == word.lower()), None)
        if match is None:
            written.append(word)
        else:
            written.append(originals[match])
            at = match + 1
    return " ".join(written)


def cut_title(headline):
    """quiz_title's cuts, on a headline written as a sentence is."""
    title = headline
    title = POINTS_TAKEN.sub(r"\1", title)
    # "Magnitude 5.8 earthquake kills three": the scale's name goes with its figure ("Magnitude earthquake" was left)
    title = MAGNITUDE.sub("", title)
    title = title[:1].upper() + title[1:]
    for pattern in (IN_YEAR, AFTER_PREPOSITION, BARE_PERCENT, COMPOUND, BEFORE_NOUN):
        title = pattern.sub(cut_figure, title)
    title = re.sub(r"\s+([,;:])", r"\1", re.sub(r"\s{2,}", " ", title)).strip(" ,;:")
    # "..., 14 missing" less its figure leaves ", missing": the toll goes whole
    title = re.sub(r",\s+(?:dead|missing|injured|hurt|killed|wounded|rescued|evacuated|arrested)$", "", title)
    # What is left is what the headline says: written as its order of size, it still reads and tells nothing
    # ("fined millions of euros over breach", "Wildfire forces thousands from their homes").
    title = COUNT_SAID.sub(size_of_count, SUM_SAID.sub(size_of_sum, title))
    title = re.sub(r"\b([Aa])n (?=[b-df-hj-np-tv-z])", r"\1 ", title)  # "an 800 million pound deal" -> "a deal"
    title = re.sub(r"\b([Aa]) (?=[aeiou])", r"\1n ", title)
    return title if len(title.split()) >= WORDS_LEFT else headline


def cut_figure(match):
    """The figure's words out of the title, less "type 2" of "type 2 diabetes": a name, which no question asks
    (the title read "risk of type diabetes", set 39)."""
    if re.search(r"\b[Tt]ype\s*$", match.string[:match.start()]):
        return match.group(0)
    if match.re is BEFORE_NOUN and re.search(r"\b(?:in|for|with|on|at|by|of|from|into|under|over)\s$",
                                              match.string[:match.start()]) and one_thing(match.string[match.end():]):
        return "a "  # "with server heat in 420 million euro project" -> "in a project", not "in project" (set 38)
    return " " if match.group(0).startswith(" ") else ""


def one_thing(words):
    """The noun phrase the words open names one thing ("project", "record deal"), not many ("new trams", "fish")."""
    phrase = re.match(r"(?:[a-z-]+ ){0,2}([a-z-]+)(?=$|[,;:]| (?:as|after|to|for|in|on|at|from|with|over|and|by|"
                      r"launches|says|said)\b)", words)
    if phrase is None:
        return False
    head = phrase.group(1)
    return not ((head.endswith("s") and not head.endswith("ss")) or head in ("fish", "people", "sheep", "cattle",
                                                                          "children", "staff", "crew", "police"))


def size_of_count(match):
    """'thousands' for '4,200' or 'more than 12,400'; a count under 2,000 as it was ("cuts 1,200": not thousands), and
    one before its noun ("ships over 3,000 passengers" would read "ships thousands passengers")."""
    if re.match(r"\s+[a-z]", match.string[match.end():]) and not re.match(PHRASE_END, match.string[match.end():]):
        return match.group(0)
    figure = int(re.sub(r"\D", "", match.group(0)))
    return "thousands" if 2000 <= figure < 1_000_000 else match.group(0)


def size_of_sum(match):
    """'millions of euros' for '42 million euros', 'billions of dollars' for 'A$1.2bn'; a figure of no
    currency as it was."""
    sign, currency = match.group("sign"), match.group("currency")
    if not sign and not currency:
        return match.group(0)
    after = match.string[match.end():]
    if currency and not currency.endswith("s") and re.match(r"\s+[a-z]", after) and not re.match(PHRASE_END, after):
        # "jails nine over 62 million euro fake crypto scam": a sum describing its noun, after a preposition the
        # hedge pattern took for "more than" ("over millions of euros fake ..." was the title)
        hedge = re.match(r"(?:over|under|about|around) ", match.group(0))
        return f"{hedge.group(0)}a" if hedge else ""
    currency = currency or SIGN_CURRENCY.get(sign, "dollars")
    if not currency.endswith("s") and currency not in INVARIANT:
        currency += "s"
    scale = SCALE_WORDS.get(match.group("scale") or "")
    if scale is None:
        if float(match.group("figure").replace(",", "")) < 2000:
            return match.group(0)  # "C$18 entry fee": no order of size reads in its place
        scale = "thousands"
    return f"{scale} of {currency}"


def story_words(text):
    """The words of a text that say what it is about, cut to their first five letters so that "strike",
    "strikes" and "striking" meet: a headline's and a sentence's may then be compared."""
    return {word[:5] for word in re.findall(r"[a-z]{4,}", text.lower()) if word not in PLAIN_WORDS}
