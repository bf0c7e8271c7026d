"""Where a figure's lures sit around it: on both sides of the answer, and apart from one another.

The lures come in order of preference (the article's own figures first, then made-up ones, then spares),
already cut by the rules the sentence sets ("more than _____" keeps only higher ones). Two faults were
left to the shown three, and reviewers of sets 22 to 27 named them on one question in eight: every lure
on one side ("32,000 stands out as the highest"; "the only option below two years"), and two lures a
step apart ("18,000 and 19,000 are near-duplicates"; "40/45/50 million is hair-splitting"). A third came
of mending the first: the answer was then second or third of the four, sorted, three times in four.
"""

import hashlib
import math
import re
from itertools import combinations

from .candidates import LURES
from .figures import scaled_value

# Two options closer than this share of the larger one read as one figure twice.
NEAR = 0.06
FAR = 3.5
# An answer at one end further from the nearest lure than this many times any gap between the lures stands apart.
OUTLYING = 1.5


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
    if value > 0 and stands_out(value, [a for _, a in shown]):
        shown, rest = evened(shown, rest, value)
    shown, rest = of_its_scale(shown, rest, answer, value)
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


SCALE_WORD = re.compile(r"\b(thousand|million|billion|trillion)\b")


def of_its_scale(shown, rest, answer, value):
    """'$1.15 billion' alone among '$980 million', '$860 million' and '$690 million' is told by its word: a spare of
    its own scale takes the place of the lure farthest from it, where the spares hold one (a scan of the gold
    articles' sets found five such answers)."""
    scale = SCALE_WORD.search(answer)
    if scale is None or any(scale.group(1) in option[0] for option, _ in shown):
        return shown, rest
    for spare in rest:
        amount = spare[1]
        if amount is None or scale.group(1) not in spare[0][0] or amount == value or far(amount, value):
            continue
        # It stands in for the lure farthest from the answer on its own side, so the answer keeps its place among the
        # four; where none is on that side, for the farthest of all: a word that tells the answer is worse than its
        # place. It must be apart from the answer and the lures that stay, as placed() has them.
        side = [item for item in shown if item[1] and (item[1] > value) == (amount > value)]
        candidates = side or [item for item in shown if item[1]]
        if not candidates or value <= 0:
            continue
        farthest = max(candidates, key=lambda item: abs(math.log(item[1] / value)))
        staying = [item[1] for item in shown if item is not farthest]
        if any(near(amount, other) for other in [value, *staying]):
            continue
        return ([spare if item is farthest else item for item in shown],
                [farthest if item is spare else item for item in rest])
    return shown, rest


def stands_out(value, amounts):
    """The answer is the lowest or highest of the options and further from the nearest lure than OUTLYING times
    any gap between the lures ("2.3 million" among 3.1, 3.3 and 3.9 million: "the only option starting with 2", all
    three of set 64's reviewers). Gaps are ratios, as the lures are made by scaling the answer."""
    if len(amounts) < 2 or any(a <= 0 for a in amounts):
        return False
    logs = sorted(math.log(a) for a in [value, *amounts])
    gaps = [high - low for low, high in zip(logs, logs[1:], strict=False)]
    if math.log(value) == logs[0]:
        return gaps[0] > OUTLYING * max(gaps[1:])
    if math.log(value) == logs[-1]:
        return gaps[-1] > OUTLYING * max(gaps[:-1])
    return False


def evened(shown, rest, value):
    """``shown`` traded for as many lures, as many of them below the answer, among which it does not stand out:
    the most preferred such set, (shown, rest); as they were where there is none."""
    below = sum(a < value for _, a in shown)
    pool = [item for item in shown + rest if item[1] is not None and item[1] > 0 and not far(item[1], value)
            and not near(item[1], value)]
    best = None
    for picked in combinations(range(len(pool)), len(shown)):
        amounts = [pool[i][1] for i in picked]
        if sum(a < value for a in amounts) != below or stands_out(value, amounts) or any(
                near(one, other) for one, other in combinations(amounts, 2)):
            continue
        cost = sum(picked)  # the rules' order of preference, as far as it goes
        if best is None or cost < best[0]:
            best = (cost, picked)
    if best is None:
        return shown, rest
    chosen = [pool[i] for i in best[1]]
    return chosen, [item for item in shown + rest if item not in chosen]


def far(one, other):
    """One is more than FAR times the other, or less than its FAR-th part (of like sign)."""
    if one == 0 or other == 0 or (one > 0) != (other > 0):
        return False
    return max(abs(one), abs(other)) > FAR * min(abs(one), abs(other))


def near(one, other):
    return abs(one - other) < NEAR * max(abs(one), abs(other))
