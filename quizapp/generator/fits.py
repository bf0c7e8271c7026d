"""Lures the words around a blank rule out, whatever the answer's kind: a title in quotation marks is lured
by the article's other quoted titles, a blank said to be somewhere by nothing the article puts elsewhere, a
blank after "the" by names written with it."""

import re

from .figures import at_scale
from .gazetteer import elsewhere

# Where the blank is, said right after it: "_____ in Belgium", "_____ on the northern edge of Prague".
LOCATED_AFTER = re.compile(r"^,?\s+(?:in|near|outside|on the (?:\w+ )?(?:edge|outskirts|side) of)\s+"
                           r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)")
# Place names written after "the": "the United States", "the Netherlands", "the Balkans", "the North Sea".
TAKES_THE = re.compile(r"\b(?:States|Kingdom|Republic|Netherlands|Philippines|Emirates|Islands|Union|Gulf|Bahamas|Gambia|"
                       r"Maldives|Alps|Andes|Balkans|Baltic|Mediterranean|Sea|Ocean|Coast|Strait|Valley|Highlands|"
                       r"Midlands|Caribbean|Arctic|Antarctic|Sahara|Amazon|Middle East|Far East|Riviera|Seychelles)\b")


# A part and its whole, either side of the blank. "Out of" is a score against its most, near it: "scored _____ points
# out of a possible 270", "12 out of _____". A bare "of" right beside the blank is any share of a count: "signatures
# from _____ of the town's 5,100 inhabitants", "41 of the _____ flights" ("_____ turbines of 15 megawatts" is no
# share). A year is no whole ("_____ of 2024's sales").
WHOLE_FIGURE = r"(?<![\d.,])(?![12]\d{3}\b)(\d[\d,]*(?:\.\d+)?(?: (?:thousand|million|billion))?)(?![\d-])"
OUT_OF_WHOLE = r"(?P<near>out of (?:a possible |a maximum of |the )?)"
OF_WHOLE = r"of (?:the |its |their |his |her )?(?:[a-z]+'s )?"
OUT_OF_AFTER = re.compile(rf"(?:(?: [a-z]+){{0,2}}? {OUT_OF_WHOLE}| {OF_WHOLE}){WHOLE_FIGURE}(?![.,]\d)")
OUT_OF = re.compile(rf"{WHOLE_FIGURE}(?:(?: [a-z]+){{0,2}} {OUT_OF_WHOLE}| {OF_WHOLE})$")


def fitting(options, kind, before, after, text):
    """The options [(name, tier)] that fit the words ``before`` and ``after`` the blank, in the article ``text``."""
    if re.search(r"[\"“]$", before) and re.match(r"[\"”]", after):
        # 'Last year's winner, "_____", sold ...': never the article's people.
        options = [(name, tier) for name, tier in options if re.search(rf"[\"“]{re.escape(name)}[\"”]", text)]
    located = LOCATED_AFTER.match(after)
    if kind in ("org", "facility", "place") and located:
        # "arrived from _____ in Belgium": no "Wroclaw Zoo"; "born at _____ on the northern edge of Prague": no
        # "Antwerp Zoo".
        options = [(name, tier) for name, tier in options if not elsewhere(name, located.group(1), text)]
    if kind == "place" and re.search(r"\bthe $", before):
        # "in the European Union and the _____": "the United States" reads, "the Mexico" does not.
        options = [(name, tier) for name, tier in options if TAKES_THE.search(name)]
    whole = OUT_OF.search(before)
    if whole and kind in ("number", "money", "quantity"):
        # "scored 269.8 points out of a possible _____": the whole is more than the part (set 61's reviewers: 160
        # was offered), and a score's most not more than a few times it; so for "3,400 of the town's _____"
        part = at_scale(whole.group(1))
        options = [(text, tier) for text, tier in options if (value := at_scale(text)) is not None
                   and part < value and not (whole.group("near") and value > part * 4)]
    most = OUT_OF_AFTER.match(after)
    if most and kind in ("number", "money", "quantity"):
        # "scored _____ points out of a possible 270": no part above its whole (364.2 had been offered); nor
        # "_____ of the town's 5,100 inhabitants" (6,500 and 8,800 were offered: set 62's reviewers)
        top = at_scale(most.group(2))
        options = [(text, tier) for text, tier in options if (value := at_scale(text)) is not None
                   and value < top and not (most.group("near") and value < top / 4)]
    article = re.search(r"\b([Aa]n?) $", before)
    if article and kind in ("number", "money", "quantity", "percent"):
        # "had an _____ higher risk": only "11%" reads, "4%" wants "a" (set 39's reviewers). Where too few lures
        # fit, the stem goes as it is and the options keep their number (one would be a coin toss).
        wanted = article.group(1).lower() == "an"
        fit = [(text, tier) for text, tier in options if said_with_an(text) == wanted]
        options = fit if len(fit) >= 3 else options
    return options


def said_with_an(figure):
    """The figure, read aloud, opens on a vowel: "8", "11%", "18 million", "80", "800,000" ("eight", "eleven",
    "eighteen", "eighty", "eight hundred"), so "an" goes before it."""
    number = re.search(r"\d[\d,]*", figure)
    if number is None:
        return bool(re.match(r"[aeiouAEIOU]", figure))
    if re.match(r"[A-Za-z]", figure) and not re.match(r"[A-Z]{0,3}[$€£¥]", figure):  # ("C$84 million": a sum)
        # A numbered name is read from its first word: "a Valkyr-6", "a BDAV-2" ("bee"), "an H5N1" ("aitch")
        word = re.match(r"[A-Za-z]+", figure).group(0)
        spelt = word.isupper() and len(word) <= 4
        return bool(re.match(r"[AEFHILMNORSX]" if spelt else r"[aeiouAEIOU]", word))
    digits = number.group(0).replace(",", "")
    lead = int(digits[:len(digits) % 3 or 3])  # the first group of three, as it is read
    return lead in (8, 11, 18) or 80 <= lead <= 89 or 800 <= lead <= 899


def either_article(cloze, answer, options):
    """"had a(n) _____ higher risk" where the options do not all read with the article the answer takes: the stem
    must not tell "11%" from "4%" by its "an"."""
    if not re.search(r"\d", answer) or all(said_with_an(option) == said_with_an(answer) for option in options):
        return cloze
    return re.sub(r"\b([Aa])n? (?=_____)", r"\1(n) ", cloze)
