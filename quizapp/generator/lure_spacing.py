"""Where a figure's lures sit around it: on both sides of the answer, and apart from one another.

The lures come in order of preference (the article's own figures first, then made-up ones, then spares),
already cut by the rules the sentence sets ("more than _____" keeps only higher ones). Two faults were
left to the shown three, and reviewers of sets 22 to 27 named them on one question in eight: every lure
on one side ("32,000 stands out as the highest"; "the only option below two years"), and two lures a
step apart ("18,000 and 19,000 are near-duplicates"; "40/45/50 million is hair-splitting"). A third came
of mending the first: the answer was then second or third of the four, sorted, three times in four.
"""

import hashlib
import re

from .candidates import LURES
from .figures import scaled_value

# Two options closer than this share of the larger one read as one figure twice.
NEAR = 0.06
FAR = 3.5


def spaced(options, answer):
    """``options`` [(text, tier)] reordered so that the first LURES are apart from the answer and from one
    another and, where the options allow, put the answer first, second, third or last among them as often; the
    rest follow as spares."""
    value = scaled_value(answer)
    if value is None:
        return options
    valued = [(option, scaled_value(option[0])) for option in options]
    if 90 <= value < 100 and re.search(r"%|\bper ?cent\b", answer):
        # A share near the whole is told apart by what it leaves of the whole: 99.2 and 98.7 beside 99.7 percent are
        # 0.8 and 1.3 against 0.3, not near-twins (set 61's reviewers had 60.7 and 74.2 offered instead)
        value = 100 - value
        valued = [(option, None if amount is None else 100 - amount) for option, amount in valued]
    # A figure of another order beside the answer is no lure ("30 metres", where the safety divers met her, among
    # depths for a 125-metre world record: set 55's reviewers): it comes last, where others can stand in for it.
    valued.sort(key=lambda item: item[1] is not None and far(item[1], value))
    shown, rest = [], []
    for option, amount in valued:
        if len(shown) < LURES and amount is not None and not any(
                near(amount, other) for other in [value, *(a for _, a in shown)]):
            shown.append((option, amount))
        else:
            rest.append((option, amount))
    if len(shown) < min(LURES, len(options)):
        return options  # too few apart: the rules' own order stands
    # Where the answer stands among the four, sorted: each place as often as the others, by a hash of the answer. The
    # lures' own order had put it second or third three times in four (a new user's walk: "a student who rules out
    # the highest and lowest gets half of them right"), and reviewers of sets 22 to 27 had named every lure on one
    # side as often. The least preferred lures make way, the article's own figures last.
    target = int(hashlib.sha1(answer.encode()).hexdigest(), 16) % (LURES + 1)  # how many lures below the answer
    shown, rest = placed(shown, rest, value, target)
    # Spares stand in for a lure another question rules out (eliminations.strike): those apart from the shown
    # ones first.
    taken = [value, *(a for _, a in shown)]
    rest.sort(key=lambda item: item[1] is None or any(near(item[1], a) for a in taken))
    return [option for option, _ in shown + rest]



def placed(shown, rest, value, target):
    """``shown`` with lures swapped for spares from ``rest`` until ``target`` of them are below the answer, as far as
    the spares allow: (shown, rest)."""
    shown, rest = list(shown), list(rest)
    while True:
        below = sum(a < value for _, a in shown)
        if below == target:
            return shown, rest
        wanted_below = below < target
        # (the least preferred of the lures on the side that has too many, a made-up figure before the article's own)
        out = next((item for item in sorted(reversed(shown), key=lambda item: item[0][1] == "article")
                    if (item[1] > value) == wanted_below), None)
        # (the lures that stay, which a newcomer must stand apart from; a new tuple would never be ``out`` itself)
        kept = [value, *(entry[1] for entry in shown if entry is not out)]
        instead = next((item for item in rest if item[1] is not None and (item[1] < value) == wanted_below
                        and item[1] != value and not far(item[1], value) and not any(near(item[1], a) for a in kept)),
                       None)
        if out is None or instead is None:
            return shown, rest
        shown = [instead if item is out else item for item in shown]
        rest = [out, *(item for item in rest if item is not instead)]


def far(one, other):
    """One is more than FAR times the other, or less than its FAR-th part (of like sign)."""
    if one == 0 or other == 0 or (one > 0) != (other > 0):
        return False
    return max(abs(one), abs(other)) > FAR * min(abs(one), abs(other))


def near(one, other):
    return abs(one - other) < NEAR * max(abs(one), abs(other))
