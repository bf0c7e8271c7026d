"""Lures the words around a blank rule out, whatever the answer's kind: a title in quotation marks is lured
by the article's other quoted titles, a blank said to be somewhere by nothing the article puts elsewhere, a
blank after "the" by names written with it."""

import re

from .gazetteer import elsewhere

# Where the blank is, said right after it: "_____ in Belgium", "_____ on the northern edge of Prague".
LOCATED_AFTER = re.compile(r"^,?\s+(?:in|near|outside|on the (?:\w+ )?(?:edge|outskirts|side) of)\s+"
                           r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)")
# Place names written after "the": "the United States", "the Netherlands", "the Balkans", "the North Sea".
TAKES_THE = re.compile(r"\b(?:States|Kingdom|Republic|Netherlands|Philippines|Emirates|Islands|Union|Gulf|Bahamas|Gambia|"
                       r"Maldives|Alps|Andes|Balkans|Baltic|Mediterranean|Sea|Ocean|Coast|Strait|Valley|Highlands|"
                       r"Midlands|Caribbean|Arctic|Antarctic|Sahara|Amazon|Middle East|Far East|Riviera|Seychelles)\b")


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
    return options
