"""Cut a sentence down to the clause a question needs.

A fill-in-the-blank that prints the whole sentence also prints the sentence's other
facts: 'a profit of _____, compared with a loss of £38.6m a year earlier' gives the
loss away to the question that asks for it, and a long stem is slow to read. Side
clauses set off by a comma ('..., compared with ...', '..., which was founded in 2015
...,', '..., and the club will ...') are dropped unless they hold the answer.
"""

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from .hiding import UNITS_OF_TIME, apposition_after, bare_role, hidden_phrase, splits_a_name, undetermined_title
from .lexicon import TITLE_WORDS, is_unit
from .stems import NUMBER_WORDS
from .tokens import in_order, tokens_at

# What an amount is written with besides its digits: "£72.4m", "3.4 million", "11 per cent".
AMOUNT_WORDS = {"m", "bn", "k", "tn", "million", "billion", "trillion", "thousand", "per", "cent", "%", "about",
                "around", "some", "nearly", "almost", "more", "than", "over"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "seasons", "nights"}
# Dependency labels of side clauses that a comma sets off.
SPENT = frozenset("spend spends spent spending invest invests invested investing".split())  # (no lemmas: see nlp)
SIDE_CLAUSES = ("advcl", "relcl", "conj", "acl", "npadvmod", "parataxis")
# Prepositional side phrases that a comma sets off: "..., compared with a loss of £38.6m".
SIDE_PREPOSITIONS = ("compared", "including", "excluding", "against", "despite", "unlike", "alongside", "amid")


def trimmed_cloze(span, start, end, blank, hide=(), bare=False, stand_ins=None):
    """The sentence ``span`` (a spaCy Span) with the answer at [start, end) (offsets in the
    span's doc) replaced by ``blank`` and without the comma-set side clauses that do not
    hold it; None when there is nothing to cut.

    ``hide`` holds (start, end) of other answers the stem must not print (another question
    asks for them): the phrase around each goes too ('for $1.3 billion', ', Brennock Water,'),
    and the result is "" when one cannot go without breaking the sentence. ``bare``: the
    description right after the answer goes too ('went to _____, a documentary ... over four
    decades' would give away "Forty Winters"). ``stand_ins``: {(start, end): 'the company' or None} for
    hidden names to be written as what they are ('Meridian Line said the work ...' -> 'The company said
    the work ...'), None where the article says of nothing what it is."""
    answer = tokens_at(span, start, end)
    if not answer:
        return None
    indices = {t.i for t in answer}
    sides = side_clauses(span, indices)
    if any(splits_a_name(span, set(run)) for run in runs(sides)):
        sides = set()  # "outkicking Kenya's Faith | Jepkemboi Sang": the parse took "Sang" for a verb
    sides |= attribution_after(span, sides)
    drop = (apposition_after(span, indices) if bare else set()) | sides
    drop |= other_figures(span, indices) | outside_clause(span, indices) | loose_instead(span, indices)
    drop |= converted_after(span, indices)
    others = [{t.i for t in tokens_at(span, s, e)} for s, e in hide]
    stand_ins = stand_ins or {}
    # A name that may be written as what it is is written so ("Shares in the company rose"), never cut
    # with its phrase ("Shares rose": whose?); with nothing to write, the stem cannot lose it.
    cuts = [None if where in stand_ins else hidden_phrase(span, indices, other)
            for where, other in zip(hide, others, strict=True)]
    written = {}  # first token of a name -> what stands in for the whole name
    for n, ((s, e), other) in enumerate(zip(hide, others, strict=True)):
        if cuts[n] is None and stand_ins.get((s, e)) and other and not other & indices:
            name = sorted(other)
            called = stand_ins[(s, e)]
            if name[0] > span.start and span.doc[name[0] - 1].lower_ == "the":
                called = re.sub(r"^the ", "", called)  # "around the Lijnbaan" -> "around the pedestrian shopping street"
            written[name[0]] = called + span.doc[name[-1]].whitespace_
            cuts[n] = set(name[1:])
        elif cuts[n] is None and other and not other & indices:
            # "the signing of Brazilian striker [Tiago Marçal] from ..." -> "the signing of the Brazilian striker from"
            titled = undetermined_title(span, other)
            title = set(range(titled, min(other))) if titled is not None else set()
            # (not where the title is another answer to hide: "The Astraeon said ...")
            if titled is not None and not title & indices and titled not in written and not any(
                    title & hidden for hidden in others):
                first_word = span.doc[titled].text_with_ws
                word = span.doc[titled]
                if titled == span.start and titled + 1 < span.end and span.doc[titled + 1].is_lower and (
                        word.lower_ in TITLE_WORDS or not (word.ent_type_ or word.pos_ == "PROPN")):
                    first_word = first_word[:1].lower() + first_word[1:]  # "Chief executive X said" -> "The chief executive said"
                elif titled + 1 == min(other) and word.lower_ in TITLE_WORDS:
                    first_word = first_word.lower()  # "Judge [Carmen Aranda Vidal] of Madrid's court" -> "The judge of ..."
                written[titled] = "the " + first_word
                cuts[n] = set(other)
    if any(cut is None for cut in cuts):
        if any(where in stand_ins for where in hide):
            return ""
        lifted = restrictive_lift(span, indices, set().union(*others))
        if lifted is None:
            return ""
        cuts = [lifted]
    for cut in cuts:
        drop |= cut
    for i in range(span.start + 1, span.end):
        # "[Paulo Cordeiro,] head of digital collections at the library, said" -> "The head of digital ... said"
        if i not in drop and i - 1 in drop and i not in written and bare_role(span.doc[i]) and span.doc[i].head.i in drop \
                and span.doc[i].head.i not in indices:
            written[i] = "the " + span.doc[i].text_with_ws
    drop = whole_words(span, drop) - set(written)
    drop |= closing_commas(span, drop)
    drop |= stranded(span, drop, indices)
    if not drop and not written:
        return None
    for left, joined in rejoined(span, drop, indices).items():
        written.setdefault(left, joined)
    for comma in list_end_taken(span, drop):
        written.setdefault(comma, ", and ")
    pieces = []
    first, last = answer[0].i, answer[-1].i
    cut_before = False
    for i, idx, text, space in cuttable(span).words:
        if i in written:
            pieces.append(written[i])
            continue
        if i in drop:
            if pieces and not pieces[-1].endswith(" "):
                pieces.append(" ")  # "Kestrel, which ..., employs" -> "Kestrel employs"
            cut_before = True
            continue
        if cut_before:
            article_for(pieces, blank if i == first else text)  # "a 25 million pound expansion" -> "an expansion"
        cut_before = False
        if i == first:
            pieces.append(text[:max(0, start - idx)] + blank)
        if first <= i <= last:
            if i == last:
                pieces.append(text[max(0, end - idx):] + space)
            continue
        pieces.append(text + space)
    text = "".join(pieces)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",\s*([.;:!?])", r"\1", text)
    text = re.sub(r'(?:^|\s)(?:"\s?"|“\s?”)(?=[\s.,;:]|$)', "", text)  # the quotation marks of a title that went
    text = re.sub(r"\s*\(\s*\)", "", text)  # "for 6.8 million euros ( )": the brackets of a figure that went
    text = unpaired_brackets(text)
    if re.search(r",\s*,|\(\s*\)|\s[,;]\s", text) or (DANGLING_ITEM.search(text) and not DANGLING_ITEM.search(span.text)):
        # "Last year's winner,, sold", "Kenya follows _____, and Nigeria." (each country's clause went): what
        # the cut left does not read
        return "" if hide else None
    text = re.sub(r"\s{2,}", " ", text).strip(" ,")
    # "by an average." once "of 29%" went (set 42)
    text = re.sub(r"\s+(?:by|of) an average(?=[.,;])", "", text)
    # "... from Blyth to Hamburg, and [no trace was ever found]." -> "... to Hamburg.": the "and" of the clause that
    # went goes with it (set 41's stem ended "Hamburg and.")
    text = re.sub(r",?\s+(?:and|but|or)\s*([.!?]?)$", r"\1", text)
    if split_duration(span, start, end, blank, text):
        return "" if hide else None
    text = text[:1].upper() + text[1:]  # "the world's fifth-largest ... company has agreed": now the sentence's start
    stop = span.text.rstrip()[-1:]
    if stop in (".", "!", "?") and not text.endswith(stop):
        text += stop  # the parse hung the full stop on a clause that went (or in "£29m.", on a figure)
    return text if len(text.split()) >= 5 else ("" if hide else None)


TIME_PART = rf"(?:\d+|{'|'.join(NUMBER_WORDS)}) (?:{'|'.join(sorted(UNITS_OF_TIME, key=len, reverse=True))})"
# "12 years, four months and 25 days", "32 days, 9 hours and 14 minutes": one length of time in parts.
COMPOUND_TIME = re.compile(rf"\b{TIME_PART}(?:, {TIME_PART})*,? and {TIME_PART}\b")


def split_duration(span, start, end, blank, text):
    """The cut kept some parts of a length of time told in parts and lost others: "Only American Abhimanyu
    Mishra four months and _____, was younger", "became a grandmaster in _____ at 12 years" (of 12 years,
    seven months and 17 days). Such a length stays whole or goes whole."""
    offset = span.start_char
    for match in COMPOUND_TIME.finditer(span.text):
        whole = match.group(0)
        if match.start() <= start - offset and end - offset <= match.end():
            at = start - offset - match.start()
            whole = whole[:at] + blank + whole[end - offset - match.start():]
        parts = [part for part in re.split(r",? and |, ", whole) if part]
        present = [part for part in parts if part in text]
        if present and whole not in text:
            return True
    return False


# A list item left at the end once the clauses that told of each item went: ", and Nigeria."
DANGLING_ITEM = re.compile(r",\s+(?:and|or)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*[.!?]?\s*$")


# Words spelt with a vowel but said with a consonant ("a one-off", "a university"), and the reverse.
CONSONANT_SOUNDS = ("one", "once", "uni", "use", "usu", "eu", "ewe", "ufo")
VOWEL_SOUNDS = ("hour", "honest", "honour", "heir")


def article_for(pieces, word):
    """Make an 'a' or 'an' left standing before ``word`` by a cut suit it: the cut took away the
    word it was written for."""
    kept = [n for n, piece in enumerate(pieces) if piece.strip()]
    if not kept or not word[:1].isalpha():
        return
    n = kept[-1]
    article = pieces[n].strip()
    if article.lower() not in ("a", "an"):
        return
    lower = word.lower()
    vowel = lower[0] in "aeiou" and not lower.startswith(CONSONANT_SOUNDS) or lower.startswith(VOWEL_SOUNDS)
    wanted = "an" if vowel else "a"
    if article.lower() != wanted:
        wanted = wanted.capitalize() if article[0].isupper() else wanted
        pieces[n] = pieces[n].replace(article, wanted, 1)


def attribution_after(span, sides):
    """', according to the ministry' right after a cut side clause: it may vouch for what was cut ('making it
    one of the longest spans in the country, according to the ministry') and not for what is left, so it goes
    too."""
    doc, out = span.doc, set()
    for run in runs(sides):
        after = run[-1] + 1
        if after + 2 < span.end and doc[after].text == "," and doc[after + 1].lower_ == "according" \
                and doc[after + 2].lower_ == "to":
            end = after + 1
            while end < span.end and doc[end].text not in (".", "!", "?", ";", ","):
                end += 1
            if end >= span.end or doc[end].text != ",":
                out |= set(range(after, end))
    return out


# Words a phrase the sentence reads without opens with: "[, up 28% from $75 million]", "[and $450 million in
# shares]", "[from Northgate Bank]".
CUT_WORD = re.compile(r"\w[\w'’%$-]*(?:[.,]\d+)*|[,;]")  # "3.5", "2,300", "cash" (not "cash.")
PHRASE_OPENERS = {",", "and", "or", "from", "to", "for", "in", "on", "at", "by", "with", "up", "down", "of"}


def cut_cleanly(before, after):
    """Each stretch of words cutting took from ``before`` to leave ``after`` is a phrase (it opens with a comma,
    a conjunction or a preposition) or an amount between 'a' and its noun ('a [3.5 million euro] grant'); and
    no figure is left standing alone ("residents of Los Alamillos, 1,100."). A list written with its verb
    left out ("the national government [2.5 billion] and the city ...") fails both."""
    if re.search(r",\s*[\d][\d,.]*\s*[.,;]", after):
        return False
    old, new = re.findall(CUT_WORD, before), re.findall(CUT_WORD, after)
    for tag, i1, _, _, _ in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if tag != "delete":
            return False
        if old[i1].lower() not in PHRASE_OPENERS and not (i1 > 0 and old[i1 - 1].lower() in ("a", "an", "the")):
            return False
    return True


def runs(indices):
    """Sorted token indices as runs of neighbours: {3, 4, 5, 9} -> [[3, 4, 5], [9]]."""
    out = []
    for i in sorted(indices):
        if out and i == out[-1][-1] + 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def unpaired_brackets(text):
    """Without a bracket whose partner a cut took ("... was made in Egypt, suggesting)")."""
    depth, kept = 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                continue
            depth -= 1
        kept.append(ch)
    text = "".join(kept)
    while depth:  # an opening bracket left without its close: drop the last one
        at = text.rfind("(")
        text, depth = text[:at] + text[at + 1:], depth - 1
    return re.sub(r"\s{2,}", " ", text)


def stranded(span, drop, answer):
    """A few words a cut leaves between two cut clauses, after a comma and with no verb: "... under Brazil's CLT
    labour code[, which guarantees a minimum wage], paid holidays[, a so-called 13th-month salary and ...]" read
    "labour code, paid holidays." where the parse hung the list's second item on the sentence's verb (set 24)."""
    gone = set()
    cut = runs(drop)
    for before, after in zip(cut, cut[1:], strict=False):
        kept = range(before[-1] + 1, after[0])
        words = [span.doc[i] for i in kept if not span.doc[i].is_punct]
        if (0 < len(words) <= 3 and span.doc[kept[0]].text == "," and after[-1] + 1 >= span.end - 1
                and not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" or t.i in answer for t in words)):
            gone |= set(kept)
    return gone


def closing_commas(span, drop):
    """The comma that closed an aside cut with its opening comma, between a name and its verb: "The Consorzio
    Tutela Montebris[, which represents 41 dairies in ... region], applied ..." read "Montebris, applied" (set 48)."""
    commas = set()
    for run in runs(drop):
        first, after = run[0], run[-1] + 1
        # (the name's own verb after it, not a participle's clause: before "leaving the company valued at ..." the comma
        # stays, as it does before a list's "paid holidays")
        if (span.doc[first].text == "," and first > span.start and span.doc[first - 1].pos_ in ("PROPN", "NOUN")
                and after + 1 < span.end and span.doc[after].text == "," and after not in drop
                and span.doc[after + 1].tag_ in ("VBD", "VBZ", "VBP", "VBN", "MD")
                and (span.doc[after + 1].dep_ == "ROOT" or span.doc[after + 1].head.i == first - 1)
                and not inside_an_aside(span, span.doc[first - 1], first, after - 1)):
            # (not where the name ends an aside of its own, whose closing comma that is: "The auction, run by the
            # ... Unit[, known by its initials URSEC], sold" keeps "Unit, sold", set 58's reviewers)
            commas.add(after)
    return commas


def whole_words(span, drop):
    """A cut takes a hyphened word whole: 'London' out of 'London-based' leaves no '-based' behind."""
    doc = span.doc
    for i in sorted(drop):
        if i + 2 < span.end and i + 1 not in drop and not doc[i].whitespace_ and doc[i + 1].text == "-" \
                and not doc[i + 1].whitespace_:
            drop = drop | {i + 1, i + 2}
    return drop


CURRENCY_WORDS = {"dollars", "euros", "pounds", "yen", "francs"}


def rejoined(span, drop, answer):
    """{first token: its text after "and "} for a clause the cut leaves joined to the one before by a comma
    alone: "A contributed 120 million euros, B provided _____, and the rest came from C" cut to its first two
    clauses read as a comma splice to both of set 29's reviewers ("..., and B provided _____")."""
    out = {}
    for join in span:
        verb = join.head
        if join.dep_ != "cc" or join.i not in drop or verb.i in drop or verb.pos_ not in ("VERB", "AUX"):
            continue
        # The "and" went with the last clause; the clause it stood before is now the last.
        subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i > verb.i or subject.left_edge.i in answer:
            continue
        if not any(child.dep_ in ("ccomp", "conj", "parataxis") and child.pos_ in ("VERB", "AUX")
                   and child.i < subject.left_edge.i and child.i not in drop for child in verb.children):
            continue  # "In 2019, divers recovered ...": a phrase before the comma, not a clause
        left = subject.left_edge.i
        comma = left - 1
        if comma > span.start and span.doc[comma].text == "," and comma not in drop and left not in drop and \
                comma - 1 not in drop:
            out[left] = "and " + span.doc[left].text_with_ws
    return out


def list_end_taken(span, drop):
    """The commas that now come before a list's last clause, its "and ..." having gone with the cut: "the bank will
    lend _____ euros, the fund will provide a grant of 150 million euros[, and the consortium will invest the
    remaining 80 million euros]" read as two sentences spliced by a comma (set 46's reviewers)."""
    commas = []
    for cc in span:
        clause = cc.head
        if not (cc.dep_ == "cc" and cc.lower_ in ("and", "or") and clause.dep_ == "conj" and clause.i not in drop
                and clause.pos_ in ("VERB", "AUX")):
            continue
        after = [t for t in span if t.i > cc.i]
        if not after or any(t.i not in drop and not t.is_punct for t in after):
            continue  # the list still ends on a clause of its own
        comma = max((t.i for t in span if t.text == "," and clause.head.i < t.i < clause.i and t.i not in drop),
                    default=None)
        if comma is not None and comma - 1 not in drop and span.doc[comma + 1].dep_ != "cc":
            # (not where the clause has a joiner of its own: "to draw level, but he missed" had become "to draw
            # level, and but he missed", set 60's reviewers)
            commas.append(comma)
    return commas


def converted_after(span, answer):
    """'for _____ ($7.3 million)': the answer again in another currency, in brackets after it, gives it away."""
    after = max(answer) + 1
    doc = span.doc
    if after < span.end and doc[after].is_alpha and doc[after].is_lower:
        after += 1  # "_____ euros ($52 million)", "_____ zlotys ($2.4 billion)"
    if after < span.end and doc[after].is_alpha and doc[after].is_title and after + 1 < span.end and doc[after + 1].is_lower:
        after += 2  # "_____ Tanzanian shillings, or about 14.5 million dollars,"
    share = any(doc[i].lower_ in ("%", "percent", "cent") for i in answer)
    if after + 1 < span.end and doc[after].text == "," and doc[after + 1].lower_ == "or" and not share:
        # "_____ shillings, or about 14.5 million dollars, in ...": the same sum written out (set 29); but a
        # share's "or" gives another measure ("a pay increase of _____, or at least 500 euros ($545) more a
        # month"), which the stem keeps: cut, it left "of _____ ($545) more a month"
        for end in range(after + 3, min(after + 9, span.end)):
            if doc[end].lower_ in CURRENCY_WORDS and any(doc[i].like_num for i in range(after + 2, end)):
                through = end + 1 if end + 1 < span.end and doc[end + 1].text == "," else end
                return set(range(after, through + 1))
        return set()
    if after >= span.end or doc[after].text != "(":
        return set()
    for close in range(after + 1, min(after + 8, span.end)):
        if doc[close].text == ")":
            inside = range(after + 1, close)
            return set(range(after, close + 1)) if any(doc[i].like_num for i in inside) else set()
    return set()


# A second clause with its own subject, joined by these, says a fact of its own: "Support was
# strongest in Marienhof, while the riverside district of Hollenberg voted against".
CLAUSE_JOINS = {"while", "whereas", "and", "but"}
BACK_POINTING = {"it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "this", "these"}
RELATIVE_SUBJECTS = {"which", "who", "that"}


def outside_clause(span, answer):
    """Token indices outside the clause that holds the answer, when that clause reads as a sentence
    of its own: a joined one ('…, while the wealthier district of _____ voted against' -> 'The
    wealthier district of _____ voted against'), with its joining word, or a relative one with its
    noun ('Kestrel, which was founded in _____ by …, employs …' -> 'Kestrel was founded in _____
    by …'); empty when the answer is in the main clause."""
    for head, indices, _ in comma_clauses(span):
        token = span.doc[head]
        if not indices >= answer or token.pos_ not in ("VERB", "AUX") or points_back(span, indices):
            continue  # "... and the council estimated that ending it early ...": "it" needs the first clause
        if token.dep_ == "relcl":
            lifted = relative_lift(span, token, indices)
            if lifted is not None:
                return lifted
            continue
        if token.dep_ not in ("advcl", "conj"):
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(c.pos_ == "PRON" for c in subjects):
            continue  # "..., and it will ...": on its own, "it" would mean nothing
        if any((c.pos_ == "NUM" or c.lower_ in ("percent", "%", "cent")) and not any(
                g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in subjects):
            continue  # "..., while 38 percent were worried": 38 percent of what, the first clause says
        if any(c.dep_ == "mark" and c.lower_ not in CLAUSE_JOINS for c in token.children):
            continue  # "..., and that the window would be limited": a reported clause, not a sentence
        joins = [c for c in token.children if c.dep_ == "mark" and c.lower_ in CLAUSE_JOINS]
        joins += [c for c in token.head.children if c.dep_ == "cc" and c.lower_ in CLAUSE_JOINS and c.i < min(indices)]
        if not joins:
            continue
        return {t.i for t in span if t.i not in indices or t in joins} - final_stop(span)
    return set()


def relative_lift(span, clause, indices):
    """Token indices outside a relative clause and its noun: 'customer deposits that reached _____
    at the end of March' -> 'Customer deposits reached _____ at the end of March'; None when the
    clause's subject is not its relative word ('under which the platform ...')."""
    relative = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_SUBJECTS]
    first = clause.head
    if first.dep_ == "conj":
        # "the Rhine and the Rhone, which supply ...": a plural verb means them both, whose first the parse hangs the
        # second on ("The Rhone supply drinking water" was set 22's); a singular one the last ("..., which rises").
        if clause.tag_ != "VBP" and not any(c.tag_ == "VBP" for c in clause.children if c.dep_ in ("aux", "auxpass")):
            if clause.tag_ not in ("VBZ",) and not any(c.tag_ == "VBZ" for c in clause.children):
                return None  # "..., which flowed": one or both, the verb does not say
        else:
            while first.dep_ == "conj":
                first = first.head
    noun = [t for t in in_order(first.subtree) if t.i < min(indices) and t.i >= first.left_edge.i]
    while noun and noun[-1].is_punct:
        noun.pop()  # the comma before "which"; a hyphen inside the name stays
    if not relative or not noun or clause.head.pos_ not in ("PROPN", "NOUN") or noun[0].i < span.start:
        return None
    if noun[0].tag_ in ("WRB", "WDT", "WP", "IN"):
        return None  # "shed light on how Phoenician traders, who sailed ...": "How traders sailed" is no sentence
    head = clause.head
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return None  # "an education scheme that reaches _____": lifted, "An education scheme reaches" says whose? no one's
    if head.dep_ == "pobj" and span.doc[min(t.i for t in clause.subtree) - 1].text == ",":
        # ", which" after a noun inside a phrase may mean a noun further back: "a museum in Sallcamarca, in the
        # Cajamarca region, which is due to open"; "an exhibition of objects from Peruvian collections, which is due to open".
        return None
    keep = {t.i for t in noun} | (indices - {relative[0].i})
    return {t.i for t in span if t.i not in keep} - final_stop(span)


def restrictive_lift(span, answer, others):
    """Token indices outside the relative clause that holds the answer, comma or not, when cutting
    them takes every one of ``others`` out: the last resort for a stem that must lose them."""
    for token in answer_clauses(span, answer):
        if token.dep_ == "relcl" and not points_back(span, {t.i for t in token.subtree}):
            lifted = relative_lift(span, token, {t.i for t in token.subtree})
            if lifted is not None and others <= lifted:
                return lifted
    return None


def answer_clauses(span, answer):
    """The clauses the answer sits in, innermost first."""
    first = span.doc[min(answer)]
    return [t for t in [first, *first.ancestors] if t.pos_ in ("VERB", "AUX") and t.i >= span.start]


def points_back(span, indices):
    """The clause (without the side clauses inside it) holds a pronoun that needs the rest of the
    sentence: 'ending it early', 'which it said'."""
    inner = [i for _, other, _ in comma_clauses(span) if other < indices for i in other]
    return any(span.doc[i].lower_ in BACK_POINTING for i in indices if i not in inner)


def final_stop(span):
    return {span[-1].i} if span[-1].is_punct else set()


def loose_instead(span, answer):
    """'will instead be taken to _____': instead of what, the stem no longer says; 'instead of X' stays."""
    return {i for i in cuttable(span).insteads if i not in answer}


def side_clauses(span, answer):
    """Token indices of the comma-set side clauses that do not hold the answer, with their commas."""
    drop = set()
    # "In the village of Ruginoasa, mother of three Elena Munteanu said ...": a parse that hangs the speaker on
    # the place as an aside leaves "said" with no subject; a person in such an aside is the subject.
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in span.root.children)
    for head, indices, cut in comma_clauses(span):
        if subjectless and any(span.doc[i].ent_type_ == "PERSON" for i in cut):
            continue
        described = apposition_after(span, cut)
        if head not in drop and not indices & answer and not described & answer:
            # (kept where the answer describes its last words: "in Gumi, about _____ south-east of the capital")
            # The description after the clause goes with it: "which welcomed 1.3 million visitors, [an increase of
            # 8 percent]" would otherwise describe the ticket.
            if described:
                after = max(described) + 1  # "at the zoo, which ..., an increase ..., goes": both commas go
                if after < span.end and span.doc[after].text == "," and span.doc[min(cut)].text == ",":
                    described = described | {after}
            drop |= cut | described
    return drop


def other_figures(span, answer):
    """Token indices of the sentence's other counts that can go without breaking it: 'of the
    312,000 registered voters' -> 'of the registered voters', 'a profit of £72.4m' -> 'a
    profit'. Each is a fact of its own that
    another question may ask for, so a stem that prints it gives that answer away. Only a count
    between 'the' (or 'its', 'their') and its noun goes: elsewhere ('by 800 metres', 'employs
    3,200 people') the noun alone does not read."""
    drop = set()
    for keep_for, phrase in cuttable(span).figures:
        if not (keep_for | phrase) & answer and not whole_of_a_count(span, answer, phrase):
            drop |= phrase
    return drop


def whole_of_a_count(span, answer, phrase):
    """'run on _____ of the 31 routes', 'Of the roughly 320 bones in a skeleton, _____ are original': the whole a counted
    part is of says what the count means ('_____ of the routes' is how many?, sets 68 and 69's reviewers). A share
    reads without it ('_____ of the registered voters')."""
    doc, first = span.doc, min(phrase)
    if first - 2 < span.start or doc[first - 2].lower_ != "of" or not all(doc[i].like_num for i in answer):
        return False
    # "_____ of the 31 routes", or the whole first: "Of the roughly 320 bones ..., _____ are original" (set 69)
    of = doc[first - 2]
    fronted = of.i == span.start or doc[of.i - 1].is_punct  # not "after it disposed of the 14 oldest jets"
    return of.head.i in answer or (fronted and of.head.pos_ in ("VERB", "AUX"))


@dataclass(frozen=True)
class Cuttable:
    """What a sentence can lose, whichever blank it is asked with: counts and amounts ('of the 312,000
    registered voters', 'a profit of £72.4m'), each with the tokens that keep it when they are the
    answer, and an 'instead' that refers back."""

    figures: tuple   # of (tokens that keep it, its tokens): frozensets of token indices
    insteads: frozenset
    words: tuple     # of (index, offset, text, whitespace): the tokens, read once


@lru_cache(maxsize=256)  # a few articles' sentences; it keeps their docs alive
def cuttable(span):
    """Worked out once per sentence: every blank in it asks the same (see Cuttable)."""
    figures = []
    for token in span:
        if token.dep_ != "nummod" or not any(c.isdigit() for c in token.text):
            continue
        if token.head.tag_ != "NNS" or token.head.lower_ in TIME_UNITS or is_unit(token.head.text):
            # a singular "1 million"; "in the 12 months to March": the span of time is part of the fact; "well below
            # the roughly 20 cents it pays": a unit is nothing without its figure (set 67)
            continue
        figure = in_order(t for t in token.subtree if t.i != token.head.i)
        before = span.doc[figure[0].i - 1] if figure[0].i > span.start else None
        if before is None or before.lower_ not in ("the", "its", "their", "his", "her", "our"):
            continue  # "by 800 metres", "employs 3,200 people": without the count they do not read
        # "_____ registered voters" asks for the voters themselves: then the count stays.
        figures.append((frozenset({token.i, token.head.i}), frozenset(t.i for t in figure)))
    for prep in span:
        if prep.lower_ != "of" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
            continue
        phrase = in_order(prep.subtree)
        amount = phrase[1:]
        if not amount or not any(c.isdigit() for t in amount for c in t.text):
            continue
        following = span.doc[phrase[-1].i + 1:phrase[-1].i + 3]
        if following.text.startswith("to ") and any(c.isdigit() for c in following.text):
            continue  # "a margin of 51 per cent to 49 per cent": the range goes whole or not at all
        money = any(t.text[:1] in "£$€¥%" or t.lower_ in ("percent", "cent", "euros", "pounds", "dollars") for t in amount)
        if not any(c.dep_ in ("det", "poss") for c in prep.head.children):
            continue  # "could reach annual sales [of $1.2 billion]": without its amount the noun says nothing
        if following[:1].text == "," and not starts_a_clause(following[1:2]):
            continue  # "an unemployment rate [of 8.7%], more than double the national average": the aside is the figure's
        if money and all(t.pos_ in ("NUM", "SYM") or t.lower_ in AMOUNT_WORDS for t in amount):
            # Only a sum: "a population of about 340,000" -> "a population" says nothing.
            # 'a pre-tax profit of £72.4m' -> 'made a pre-tax profit in the year, compared with a loss of _____'
            figures.append((frozenset(), frozenset(t.i for t in phrase)))
    insteads = frozenset(t.i for t in span if t.lower_ == "instead" and t.dep_ == "advmod"
                         and span.doc[t.i + 1:t.i + 2].text != "of")
    words = tuple((t.i, t.idx, t.text, t.whitespace_) for t in span)
    return Cuttable(tuple(figures), insteads, words)


def ends_sentence(span, token):
    """The token's phrase runs to the sentence's end (its full stop aside)."""
    last = token.right_edge.i + 1
    return last >= span.end or all(t.is_punct for t in span.doc[last:span.end])


FINITE = ("VBZ", "VBD", "VBP", "MD")  # "is", "was", "are", "will": a verb with its subject before it
# The rest of a list of names after its first: "Khangai and Gobi mountain ranges", "Lyon , Lille and Nantes".
LIST_REST = re.compile(r"[A-Z][\w'’-]*(?: , [A-Z][\w'’-]*)* (?:and|or) [A-Z]")


def starts_a_clause(words):
    """The words after a comma open a clause of their own ("..., which", "..., and the", "..., it said"),
    not an aside about what came before the comma ("..., more than double the average")."""
    return not words or words[0].pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") or words[0].lower_ in (
        "which", "who", "when", "where", "while", "as", "according")


@lru_cache(maxsize=256)  # a few articles' sentences; it keeps their docs alive
def comma_clauses(span):
    """The sentence's comma-set side clauses, in order: (head token, its subtree, what cutting it removes).

    Worked out once per sentence: every blank in the sentence asks which of them to keep."""
    clauses = []
    for token in span:
        side = token.dep_ in SIDE_CLAUSES or (token.dep_ == "prep" and token.lower_ in SIDE_PREPOSITIONS) or (
            token.dep_ == "appos" and ends_sentence(span, token) and token.head.dep_ not in ("nsubj", "nsubjpass")
            and not any(t.tag_ in FINITE for t in token.subtree))  # ", the story of three generations of ..."
        if not side:
            continue
        subtree = in_order(token.subtree)
        indices = frozenset(t.i for t in subtree)
        if token.head.i in indices:
            continue
        if subtree[0].i - 2 >= span.start and span.doc[subtree[0].i - 2].pos_ == "PROPN" and LIST_REST.match(
                " ".join(t.text for t in subtree)):
            # "in the Altai, Khangai and Gobi mountain ranges": the list's other names, no aside, whatever the parse
            # made of them (a clause "mountain ranges over 18 months"; set 37)
            continue
        if token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            continue  # "A and B" inside one clause: not a side clause
        if token.dep_ in ("acl", "conj") and token.head.dep_ == "ROOT" and token.head.pos_ in ("NOUN", "PROPN") \
                and token.pos_ in ("VERB", "AUX"):
            # "Last year's winner, "Ash Harbour", sold ...": the parse made the subject the root of a sentence
            # with no verb; "sold" is its verb, whatever the tag says
            continue
        if token.dep_ == "npadvmod" and token.ent_type_ in ("DATE", "TIME"):
            continue  # "handled 3.4 million TEUs, ..., last year": when is part of the fact
        if token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.lower_ in SPENT and not any(
                c.dep_ == "prep" and c.i < token.i for c in token.head.children):
            # "spent about 780 million zlotys, ..., converting the hall": on what is part of the fact (set 48); not
            # "invest 1.42 billion zlotys in a plant, creating 2,300 jobs", which says it after "in"
            continue
        if token.dep_ == "npadvmod" and not token.whitespace_ and token.i + 1 < span.end and span.doc[token.i + 1].text == "-":
            continue  # ", London-based venture firm ...": the first half of a word, not a clause
        first, last = subtree[0], subtree[-1]
        if token.dep_ == "npadvmod" and token.head.tag_ in ("JJR", "RBR") and token.head.i == last.i + 1:
            continue  # ", about C$340 million more than its budget": how much more, not a clause of its own
        before = span.doc[first.i - 1] if first.i - 1 >= span.start else None
        if before is not None and before.dep_ == "cc" and first.i - 2 >= span.start:
            before = span.doc[first.i - 2]  # ", and the bridge should open ...": the comma is before the "and"
        if before is None or before.text not in (",", ";", "—", "–"):
            continue  # only what a comma sets off; a clause without one is part of the meaning
        cut = set(indices | {before.i})
        after = span.doc[last.i + 1] if last.i + 1 < span.end else None
        if after is not None and after.dep_ == "dep" and after.head.i not in indices:
            # "..., helping the club from Braga [reach the quarter-finals ...]": the parse hung the clause's
            # own verb on the sentence; it goes with the clause, to the sentence's end.
            last = span.doc[max(t.i for t in after.subtree)]
            cut |= {t.i for t in after.subtree}
            indices = frozenset(indices | cut - {before.i})
            after = span.doc[last.i + 1] if last.i + 1 < span.end else None
        if token.dep_ == "relcl" and after is not None and after.dep_ == "cc" and last.i + 2 < span.end and \
                span.doc[last.i + 2].tag_ in FINITE:
            # "scans, which cost around 1.5 million won and are available only at ...": the relative clause goes on
            # past "and" with a second verb; cut where the parse ended it, "scans and are available" (set 57)
            continue
        if after is not None and not after.is_punct and after.dep_ != "cc":
            # "recommended the offer, and founders holding | about 46% of the shares have committed": the words
            # after the clause belong to it, whatever the parse says; cutting it would leave them dangling.
            continue
        following = span.doc[last.i + 2] if last.i + 2 < span.end else None
        while following is not None and following.dep_ in ("advmod", "neg") and following.i + 1 < span.end:
            following = span.doc[following.i + 1]  # "Kestrel, which ..., already holds": look past "already"
        if token.lower_ == "including" and after is not None and after.text == "," and following is not None \
                and not starts_a_clause([following]):
            continue  # "made 23 recommendations, including A, B and C": the list goes on past its first item
        if after is not None and after.text == "," and (following is not None and (following.dep_ in (
                "ROOT", "aux", "auxpass") or following.tag_ in FINITE and following.i > token.head.i)
                                                        or token.dep_ == "relcl" and before.text == ","
                                                        and token.head.dep_ in ("nsubj", "nsubjpass")
                                                        or token.dep_ in ("acl", "relcl", "appos")
                                                        and following is not None
                                                        and token.head.dep_ in ("nsubj", "nsubjpass")
                                                        and token.head.head.i == following.i
                                                        or continues_the_phrase(token, following)):
            # "Kestrel, which ..., employs": "Kestrel employs" (a relative clause on the subject set off by two
            # commas takes both, whatever the parse made of the verb after it); elsewhere one comma stays
            # ("For Volkova, who ..., the defeat ends"); so do both round any aside between a subject and its verb
            # ("saw their short-sightedness, known medically as myopia, worsen by ...": no "short-sightedness,
            # worsen", a new user's find)
            if not inside_an_aside(span, token.head, first.i, last.i):
                cut.add(after.i)
            # (but where the clause ends an aside it sits in, that comma closes the aside: "The auction, run by the
            # ... Unit, known by its initials URSEC, sold" is "The auction, run by the ... Unit, sold", set 58)
            # ("the sale of Kupele Vrbnica, which owns ..., to Alpenquell": "the sale of Kupele Vrbnica to
            # Alpenquell", not "Kupele Vrbnica, to"; set 62's reviewers)
        # "and"/"but" opening a second clause goes with it.
        cut |= {c.i for c in token.head.children if c.dep_ == "cc" and first.i - 2 <= c.i < first.i}
        clauses.append((token.i, indices, frozenset(cut)))
    return tuple(clauses)


def continues_the_phrase(clause, following):
    """The word after a clause on a noun is a preposition of a phrase begun before that noun: "the sale [of Kupele
    Vrbnica, which owns ...,] to Alpenquell", where "to" hangs on "sale". The phrase reads on past the clause, so
    no comma is left between its parts."""
    noun = clause.head
    return (following is not None and following.dep_ == "prep" and following.head.i < noun.i
            and following.head.pos_ in ("NOUN", "PROPN") and noun in following.head.subtree)


def inside_an_aside(span, head, first, last):
    """``head`` (of a clause at token indices ``first`` to ``last``) sits in an aside that a comma opened before it
    and that runs on to the clause's end: an 'acl', 'relcl' or 'appos' among its ancestors, or itself, whose first
    word follows a comma. The comma after the clause then closes that aside too."""
    for clause in (head, *head.ancestors):
        start = clause.left_edge.i
        if clause.dep_ in ("acl", "relcl", "appos") and span.start < start < first and span.doc[start - 1].text == "," \
                and clause.right_edge.i >= last and not any(
                    span.doc[i].text == "," and span.doc[i + 1].dep_ == "cc" for i in range(start, first - 1)):
            # (not an aside the parse ran on past ", and" into the next clause: "by train, the highest share of
            # any port in the region, and a second track on the line to Divaca, built ..., is due")
            return True
    return False


def starting_value(span, start, end):
    """The figure a change started from: the 6.8 million of 'climbed to 9.3 million from 6.8 million', the $468 of
    'quoted at $512, up from $468'.
    Where it got to is the news; the start is there to measure it by."""
    tokens = tokens_at(span, start, end)
    head = next((t for t in tokens if t.head not in tokens or t.head == t), None)
    if head is not None and head.dep_ in ("nummod", "quantmod") and head.head.dep_ == "pobj":
        head = head.head  # "to 110 zlotys from [165] zlotys": the figure counts the unit the phrase is about
    if head is None or head.dep_ != "pobj" or head.head.lower_ != "from":
        return False
    # "quoted at $512 a tonne, up from [$468] a week earlier" (set 65 asked both ends of one rise)
    return head.head.i > 0 and head.doc[head.head.i - 1].lower_ in ("up", "down") or any(
        c.dep_ == "prep" and c.lower_ == "to" for c in head.head.head.children)


def prominence(span, start, end):
    """How central the answer is to its sentence: +1.5 for an argument of the main verb
    ('opened Kestrel Works', 'employ 1,800 people'), down to -1 for a detail in a side
    clause ('a ceremony attended by about 400 employees'). News puts its facts in the
    main clause and the colour in the side ones."""
    tokens = tokens_at(span, start, end)
    if not tokens:
        return 0
    head = next((t for t in tokens if t.head not in tokens or t.head == t), tokens[0])
    depth, side, token = 0, False, head
    while token.head != token and depth < 12:
        if token.dep_ in SIDE_CLAUSES + ("appos",):
            side = True
        token = token.head
        depth += 1
    if side:
        return -1
    if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.dep_ == "ROOT" and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in head.head.head.children):
        depth += 1  # "went to X for Y": who it went to is the news, what for is the detail
    return {0: 1.5, 1: 1.5, 2: 1.5, 3: 0.5}.get(depth, -0.5)
