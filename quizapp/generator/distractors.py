"""Wrong options that are plausible: of the answer's kind, wrong according to the article.

Sources, best first: same-kind entities of the same article; the entity bank built
from every article processed before; small shipped lists; perturbed numbers and dates.
"""

import hashlib
import re
from functools import cache, lru_cache
from importlib.resources import files

from rapidfuzz import fuzz

from .lexicon import EVENT_ENDING, MONTHS, SHORT_MONTHS, STREET_WORDS, WEEKDAYS
from .stems import NUMBER_WORDS

NUMBER = re.compile(r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)")


@cache
def shipped_list(kind):
    """Lists shipped with quizapp: places, countries, states and provinces, job titles. (Cities are in
    gazetteer.py's table.)"""
    # No list of companies: "Siemens" in a quiz about a tram line is a lure nobody takes.
    name = {"place": "places.txt", "title": "titles.txt", "country": "countries.txt", "region": "regions.txt"}.get(kind)
    if name is None:
        return []
    text = files("quizapp.generator").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=4096)
def normal(text):
    text = re.sub(r"['’]s\b", "", text.casefold())
    return re.sub(r"\W+", " ", re.sub(r"^(the|a|an)\s+", "", text)).strip()


@lru_cache(maxsize=4096)
def initials(text):
    """'Chief Operating Officer' -> 'coo'."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in ("of", "and", "the", "for")]
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""


def too_close(candidate, others):
    """Same thing in other words: equal, contained, an acronym of it, the same words in another
    order ('Port of Kelsing', 'Kelsing Port'), or nearly the same letters."""
    a = normal(candidate)
    for other in others:
        b = normal(other)
        if set(a.split()) - {"of", "the"} == set(b.split()) - {"of", "the"}:
            return True
        if (initials(candidate) and initials(candidate) in b.split()) or (initials(other) and initials(other) in a.split()):
            return True
        if not a or not b or a == b or a in b.split() or b in a.split():
            return True
        if f" {a} " in f" {b} " or f" {b} " in f" {a} ":
            return True
        if fuzz.ratio(a, b) >= 85:
            return True
    return False


PUBLIC_BODY = re.compile(r"\b(Union|Commission|Ministry|Council|Agency|Authority|Government|Parliament|Court|"
                         r"Fund|Organi[sz]ation|University|Institute|Department|Office|Police|Army|Navy|League|"
                         r"Administration|Regulator|Board|Association|Federation|Alliance|Guard)\b")
# Sorts of body whose names say what they are: a congress is no lure for a regulator, nor a brokerage for either.
ORG_SORTS = (
    # (a meeting anywhere in the name; a race or a championship at its end: "Hamburg Marathon")
    ("event", re.compile(rf"\b(Congress|Conference|Summit|Festival|Forum|Expo|Fair|Symposium|Convention|Awards?)\b"
                         rf"|\b(?:{EVENT_ENDING})$")),
    ("public", PUBLIC_BODY),
    ("finance", re.compile(r"\b(Securities|Capital|Bank|Banking|Investments?|Asset|Advisers|Advisors|Equities|"
                           r"Markets|Research|Ratings|Analytics)\b")),
)


def org_sort(name):
    """'event', 'public', 'finance', or 'company' for any other organisation's name."""
    return next((sort for sort, words in ORG_SORTS if words.search(name)), "company")


# Places whose names say what sort they are: a street is no lure for a town, nor a wall for a street.
PLACE_SORTS = (
    ("street", re.compile(rf"\b(?:{'|'.join(STREET_WORDS)})$")),
    ("structure", re.compile(r"\b(?:Wall|Gate|Bridge|Tower|Castle|Cathedral|Abbey|Church|Palace|Fort|Temple|Dam)$")),
    ("mountain", re.compile(r"^(?:Mount|Mt\.?|Mont|Monte) |\b(?:Mountain|Peak|Volcano)$")),  # set 28: Everest among ports
)


# A street or a site, which no shipped country or region lures.
STREET_OR_SITE = re.compile(rf"\b(?:{'|'.join((*STREET_WORDS, 'Park', 'Station'))})\b")
# A monarch, a pope or a saint: named by a title and a number, and lured only by their like.
REGNAL = re.compile(r"^(?:King|Queen|Pope|Emperor|Empress|Tsar|Sultan|Saint|St\.?) |\s[IVX]+$")


def place_sort(name):
    """'street', 'structure', 'mountain', or 'area' for any other place's name."""
    return next((sort for sort, words in PLACE_SORTS if words.search(name)), "area")


def same_form(answer, candidate, kind):
    """Options that look alike: a brand on all or none, similar length, companies with companies."""
    if kind == "title":
        # "Oster-Lind Chief Executive" and "chief executive of Oster-Lind Pharma" are one title.
        return fuzz.token_set_ratio(normal(answer), normal(candidate)) < 80
    if kind == "product":
        return True
    if kind == "org" and org_sort(answer) != org_sort(candidate):
        return False  # "European Union" is no lure for a company, "Nordhavn Securities" none for a congress
    if kind in ("place", "facility") and place_sort(answer) != place_sort(candidate):
        return False  # "Carrick Lane" among "Jewry Wall", "Exeter" and "Roman Britain": the only street (set 29)
    if kind == "person" and bool(REGNAL.search(answer)) != bool(REGNAL.search(candidate)):
        return False  # "The remains of _____ were found": King Richard III among the article's living speakers (set 29)
    if kind == "person" and len(answer.split()) >= 2 and len(candidate.split()) < 2:
        return False  # "Kestrel" beside "Ingrid Solheim" gives the answer away
    ratio = len(candidate) / max(1, len(answer))
    return 0.34 <= ratio <= 3.0


NUMERIC = ("number", "quantity", "money", "percent", "date")


def pick(answer, kind, pools, exclude=(), want=3):
    """Up to ``want`` distractors for ``answer``: [(text, tier)], best sources first."""
    chosen = []
    blocked = [answer, *exclude]
    for tier, pool in pools:
        for candidate in pool:
            candidate = candidate.strip()
            if len(chosen) >= want or (tier == "list" and len(chosen) >= 2):
                # Shipped lists only make up the numbers: two strong lures beat three with a filler.
                return chosen
            taken = blocked + [c for c, _ in chosen]
            # Numbers differ by a digit and must stay apart only by value; names by spelling.
            close = (normal(candidate) in {normal(t) for t in taken}) if kind in NUMERIC else too_close(candidate, taken)
            if not candidate or close or (kind in NUMERIC and digits_swapped(candidate, answer)):
                continue
            if not same_form(answer, candidate, kind):
                continue
            chosen.append((candidate, tier))
    return chosen


def digits_swapped(one, other):
    """'4.2%' beside '2.4%', '63' beside '36': the answer's digits the other way round, a lure reviewers
    read as made by a machine (set 37)."""
    a, b = re.sub(r"\D", "", one), re.sub(r"\D", "", other)
    return len(a) >= 2 and a != b and a == b[::-1]


# Counts news writes in words: "Two German skiers were killed", "to build six frigates".
NUMBER_NAMES = [word for word, value in sorted(NUMBER_WORDS.items(), key=lambda item: item[1]) if value <= 20]
COUNT_IN_WORDS = re.compile(rf"^({'|'.join(NUMBER_NAMES[2:11])})\b", re.IGNORECASE)


# Times counted in the units the clock and calendar go by: a day of hours, a week of days, half a year of months.
CLOCK_STEPS = {"hours": 12, "days": 7, "months": 6, "weeks": 2}


CENTURY = re.compile(r"\b(\d{1,2})(st|nd|rd|th)(?=[- ]century\b)")
ORDINAL = re.compile(r"\b(\d{1,3})(st|nd|rd|th)\b")  # "21st", "13th-month": a place in an order


def ordinal(number):
    """21 -> '21st', 12 -> '12th'."""
    ending = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{ending}"


# "5.45am", "9:40 a.m.", "21:30": a time of day, moved by quarter or half hours, never to "7.90am" or "14.17am" (a
# new user's find).
CLOCK_TIME = re.compile(r"(?P<hour>\d{1,2})(?P<sep>[.:])(?P<minute>[0-5]\d)(?P<tail>\s*(?:[ap]\.?m\.?|[AP]M)?)")


def perturbed_clock(clock):
    """Times near the clock time, in its own form: on the hour and half hour where it is ("6.30am" -> "5.30am",
    "7am" is not written so), else by quarter hours; a.m./p.m. times stay between 1 and 12."""
    hour, minute, tail = int(clock.group("hour")), int(clock.group("minute")), clock.group("tail")
    twelve = bool(tail.strip())
    start = hour * 60 + minute
    step = 30 if minute % 30 == 0 else 15
    out = []
    for delta in (-2, 2, -4, 4, -1, 1, -6, 6):
        total = start + delta * step
        h, m = divmod(total, 60)
        # (past 12 an a.m. time is a p.m. one: 11.30am and 12.30pm are not an hour apart in the same "am")
        if (twelve and 1 <= h <= 12 and (h == 12) == (hour == 12)) or (not twelve and 0 <= h <= 23):
            written = f"{h:02d}" if clock.group("hour").startswith("0") else str(h)
            out.append(f"{written}{clock.group('sep')}{m:02d}{tail}")
    return out


def perturb_number(answer, age=False, step=None):
    """500,000 units -> 300,000 / 425,000 / 600,000 units; the format and unit stay. An ``age`` moves by
    years ("retire at 64" -> 62, 63, 65), never by decades (34 and 44 are no pension ages); a ``step``
    given moves by it (25 for basis points: a central bank moves by quarter points, never by 60). A count
    written in words gets lures in words ("six" -> "four", "five", "eight")."""
    spelled = COUNT_IN_WORDS.match(answer)
    if spelled:
        word = spelled.group(1)
        lures = perturb_number(str(NUMBER_NAMES.index(word.lower())) + answer[len(word):])
        out = []
        for lure in lures:
            value = int(lure.split()[0]) if lure.split()[0].isdigit() else None
            if value is not None and 1 < value < len(NUMBER_NAMES):
                written = NUMBER_NAMES[value].capitalize() if word[0].isupper() else NUMBER_NAMES[value]
                out.append(written + lure[len(str(value)):])
        return out
    clock = CLOCK_TIME.fullmatch(answer.strip())
    if clock and (clock.group("tail").strip() or clock.group("sep") == ":"):  # ("42.50" euros is no time)
        return perturbed_clock(clock)
    century = CENTURY.search(answer)
    if century:
        # "19th-century" -> the 17th, 18th and 20th: centuries that have been, each with its own ending (never
        # "22th-century" or "25th-century", set 30's reviewers)
        number = int(century.group(1))
        return [answer[:century.start()] + ordinal(number + delta) + answer[century.end(2):]
                for delta in (-1, 1, -2, 2, -3) if 1 <= number + delta <= 21]
    place = ORDINAL.search(answer)
    if place:
        # "13th-month salary" -> the 12th, 14th and 15th, each with its own ending (not "19th-month", "24st")
        number = int(place.group(1))
        return [answer[:place.start()] + ordinal(number + delta) + answer[place.end():]
                for delta in (-1, 1, 2, -2, 3, -3) if number + delta >= 1]
    decade = re.search(r"\b(1[6-9]|20)(\d)0s\b", answer)
    if decade:  # "the 1970s" -> "the 1950s", "the 1960s", "the 1980s"
        year = int(decade.group(0)[:4])
        return [answer.replace(decade.group(0), f"{year + d}s") for d in (-20, -10, 10, 20) if year + d <= 2020]
    match = NUMBER.search(answer)
    if not match:
        return []
    raw = match.group("num")
    if re.fullmatch(r"(?:1[6-9]|2[01])\d\d", raw) and not age and not step:
        return perturb_date(answer)  # "Only _____ saw a larger loss" (2022): years, never "2,528"
    value = float(raw.replace(",", ""))
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    # Lures are near the answer but not simple multiples of it (205/410/615/820 let a student find
    # 410 as the common factor), and the answer's place among them varies by question (chosen by a
    # hash of the answer, so output is reproducible).
    pattern = int(hashlib.sha1(answer.encode()).hexdigest(), 16)
    quarters = decimals == 2 and round(value * 100) % 50 == 25  # "5.25 percent", "4.75": a rate set in quarters
    if step is None and re.search(r"\bdegrees?\b|°", answer) and 10 <= value < 100:
        # A temperature moves by degrees: 47.2 and 50.2 beside 48.7, never 29.2. Not a warming of 1.44 degrees
        # (2.94 and 5.94 beside it, set 34) nor vents at 400 (394, 396, 398): those move by their size.
        step = 1.5 if decimals else 2
    if step or quarters:
        step = step or 0.5  # 4.75 and 5.75 beside 5.25, never 4.20 or 7.09
        steps = [(-3, -2, -1), (-2, -1, 1), (-1, 1, 2), (1, 2, 3)][pattern % 4]
        spares = sorted((k for k in (-3, -2, -1, 1, 2, 3, 4) if k not in steps), key=abs)[:3]
        candidates = [value + k * step for k in (*steps, *spares)]
    elif decimals == 0 and value < 100:
        # Small counts move by steps (14 stops -> 12, 16, 18), not by factors of ten (140 stops). A round
        # answer gets round lures: 40% beside 46, 52 and 58% stands out as the only round one.
        step = max(1, round(value * 0.15))
        unit = re.search(r"\b(hour|day|month|week)s?\b", answer)
        clock = CLOCK_STEPS.get(unit.group(1) + "s") if unit else None
        if age:
            step = 5 if value % 5 == 0 else 1
        elif clock and value % clock == 0:
            step = clock  # "48 hours" among 24, 36 and 72, not 27, 34 and 41; "14 days" among weeks
        elif value >= 20 and value % 10 == 0:
            step = 10
        elif value >= 20 and value % 5 == 0:
            step = 5
        # Unevenly spaced: 22 beside 25, 28 and 31 is the start of a ladder a student can see the lures were
        # counted from (reviewers of sets 20 to 27 named it a dozen times); the answer still sits at either end
        # now and then, so no place among the options is safe to rule out.
        steps = UNEVEN_STEPS[pattern % len(UNEVEN_STEPS)]
        # Spares after the three shown, nearest first, for a lure another question rules out.
        spares = sorted((k for k in (-3, -2, -1, 1, 2, 3, 4) if k not in steps), key=abs)[:3]
        candidates = [value + k * step for k in (*steps, *spares)]
    else:
        factors = [(0.6, 0.75, 0.85), (0.7, 0.85, 1.2), (0.8, 1.25, 1.4), (1.15, 1.3, 1.6), (0.65, 1.35, 1.7)]
        # Spares after the three shown, above and below: "more than _____" keeps only the higher ones.
        spare = (1.45, 1.9, 0.55, 0.7, 0.45, 2.6, 0.35)  # the last two for a bound that leaves one side only
        candidates = [round_like(value * f, value, decimals) for f in (*factors[pattern % 5], *spare)]
    out = []
    for new in candidates:
        if new <= 0:
            continue
        if decimals == 0 and new != int(new):
            continue
        text = f"{new:,.{decimals}f}" if "," in raw or new >= 1000 else f"{new:.{decimals}f}"
        rest = answer[match.end():]
        scale = SCALE_WORD.match(rest)
        if new < 1 and scale:
            # "0.9 billion" is no way to write it: "900 million", as the article would.
            smaller = SMALLER_SCALE[scale.group(1)]
            thousands = round(new * 1000)
            text = f"{thousands} {smaller}" if smaller else f"{thousands * 1000:,}"
            rest = rest[scale.end():]
        elif new >= 1000 and scale and scale.group(1) in LARGER_SCALE:
            # nor "1,040 million": "1.04 billion"
            text = f"{new / 1000:.2f}".rstrip("0").rstrip(".") + " " + LARGER_SCALE[scale.group(1)]
            rest = rest[scale.end():]
        if value == 1 and new != 1:
            # "1 hour" -> "2 hours", never "2 hour"
            rest = re.sub(r"^(\s+(?:hour|day|week|month|year|minute|second|decade|season|night))(?![\w-])", r"\1s", rest)
        out.append(answer[:match.start()] + text + rest)
    return out


SCALE_WORD = re.compile(r" (trillion|billion|million)\b")
SMALLER_SCALE = {"trillion": "billion", "billion": "million", "million": None}
LARGER_SCALE = {"million": "billion", "billion": "trillion"}


UNEVEN_STEPS = ((-4, -2, -1), (-3, -1, 1), (-1, 1, 3), (1, 2, 4), (-2, 1, 2))


def round_like(new, value, decimals=1):
    """Round a lure as the answer is rounded: 410 -> 330 (not 348.5), 1,142 -> 1,371 (not 1,400),
    1.21 -> 0.97 (not 1.00), so the one un-round number among the options is not the answer."""
    if value != int(value):
        return round(new, max(1, decimals))
    whole = str(int(value))
    significant = max(1, len(whole.rstrip("0")))
    if len(whole) <= significant:
        return round(new)
    rounded = round(new, significant - len(whole))
    if rounded in (value, 0):
        # "close to 100" beside 60, 75 and 85 rounds them all to 100, leaving two options (set 30): half a step
        # finer (50, 150) is as round as the answer reads
        half = 10 ** (len(whole) - significant) / 2
        rounded = round(new / half) * half
    return rounded


ORDINAL_PARTS = {"quarter": ("first", "second", "third", "fourth"), "half": ("first", "second")}
PART_OF_YEAR = re.compile(r"\b(first|second|third|fourth) (quarter|half) of\b")


ERA_YEAR = re.compile(r"(AD |A\.D\. )?(?(1)(\d{1,4})|(\d{1,4}) (?:B\.C\.(?:E\.)?|BCE|BC|CE|AD|A\.D\.))")
ERA_YEAR_DIGITS = re.compile(r"\d{1,4}")


# The days of each month, February as most years have it: a lure must be a day the calendar has.
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


SHORTENED = {month: short for short, month in SHORT_MONTHS.items() if short != "Sep."}  # "September" -> "Sept."


def perturb_date(answer):
    """June 2011 -> June 2010, June 2012, March 2011; 2010 -> 2009, 2011, 2012; the first quarter of
    next year -> the second, third and fourth; "Sept. 1" -> "Sept. 8", "Sept. 13", "Oct. 1"."""
    short = next((s for s in SHORT_MONTHS if re.search(rf"(?<!\w){re.escape(s)}", answer)), None)
    if short:
        # (not "Sept. 2", "Sept. 3" and "Sept. 4": read as a count, set 30's reviewers)
        return [re.sub(rf"\b({'|'.join(SHORTENED)})\b", lambda m: SHORTENED[m.group(1)], lure)
                for lure in perturb_date(answer.replace(short, SHORT_MONTHS[short]))]
    year = re.search(r"\b(1[6-9]\d\d|20\d\d|21\d\d)\b", answer)
    out = []
    part = PART_OF_YEAR.search(answer)
    if part:
        out += [answer[:part.start(1)] + other + answer[part.end(1):]
                for other in ORDINAL_PARTS[part.group(2)] if other != part.group(1)]
        which = re.search(r"\b(this|next) year\b", answer)
        if which:  # "the second half of next year" -> "... of this year": a half has only one other half
            other_year = "this" if which.group(1) == "next" else "next"
            out += [form.replace(f"{which.group(1)} year", f"{other_year} year") for form in [answer, *out]]
    season = re.search(r"\b(1[6-9]\d\d|20\d\d)([-–/])(\d\d|1[6-9]\d\d|20\d\d)\b", answer)
    if season and (int(season.group(1)) + 1) % 100 == int(season.group(3)) % 100:
        # "the 2028-29 season", "the 2026-2027 school year": both years move together, never "2029-29" nor
        # "2027-2027" (offered for the free school lunches of set 40)
        y, whole = int(season.group(1)), len(season.group(3)) == 4
        for delta in (-1, 1, -2, 2):
            moved = f"{y + delta}{season.group(2)}{y + delta + 1 if whole else f'{(y + delta + 1) % 100:02d}'}"
            out.append(answer[:season.start()] + moved + answer[season.end():])
    elif year:
        y = int(year.group(1))
        # A round year still to come is a target ("by 2050"): round lures, not 2049 and 2051 beside it. A year on
        # its own ("the wards, built in 1968") is asked among years a few apart: reviewers drop 1967 and 1969 beside
        # it as hair-splitting. A month's year ("June 2011") stays near.
        alone = answer.strip() == year.group(1)
        deltas = (-10, 10, -5, 5) if y % 10 == 0 and y >= 2030 and alone else (-3, 3, -6, 6) if alone else (-1, 1, -2, 2)
        for delta in deltas:
            out.append(answer[:year.start()] + str(y + delta) + answer[year.end():])
    era = ERA_YEAR.fullmatch(answer.strip())
    if era:  # "600 B.C." -> 500 and 700 B.C.: an ancient date is known to its century, not its year
        y = int(era.group(2) or era.group(3))
        # never by less than half a century: "AD 370" and "AD 390" beside "around AD 380" split hairs (set 29)
        step = max(next(s for s in (100, 50, 10, 1) if y % s == 0), 50 if y >= 100 else 10)
        out += [ERA_YEAR_DIGITS.sub(str(y + delta), answer, count=1) for delta in (-step, step, -2 * step, 2 * step)
                if y + delta > 0]
    if answer in WEEKDAYS:  # "Saturday" -> the days around it
        index = WEEKDAYS.index(answer)
        out += [WEEKDAYS[(index + delta) % 7] for delta in (-1, 1, 2, -2)]
    month = next((m for m in MONTHS if m in answer), None)
    day = re.search(rf"(?:\b(\d{{1,2}}) {month}|{month} (\d{{1,2}})\b)", answer) if month else None
    if day and not year:
        # "March 9": other days of the month and a neighbouring month, not the 9th of June, September and
        # December (the same day three months apart reads as made up)
        number = int(day.group(1) or day.group(2))
        start = day.start(1) if day.group(1) else day.start(2)
        for delta in (7, -5, 12, -11):
            if 1 <= number + delta <= 28:
                out.append(answer[:start] + str(number + delta) + answer[start + len(str(number)):])
        index = MONTHS.index(month)
        if number <= MONTH_DAYS[(index + 1) % 12]:  # never "June 31" for "May 31"
            out.append(answer.replace(month, MONTHS[(index + 1) % 12]))
    elif month:
        index = MONTHS.index(month)
        number = int(day.group(1) or day.group(2)) if day else 1
        for delta in (3, -3, 6):
            if number <= MONTH_DAYS[(index + delta) % 12]:
                out.append(answer.replace(month, MONTHS[(index + delta) % 12]))
    return out


def perturb_percent(answer):
    match = re.search(r"(\d+(?:\.\d+)?)\s*(%|per ?cent)", answer)
    if not match:
        return []
    value = float(match.group(1))
    decimals = len(match.group(1).split(".")[1]) if "." in match.group(1) else 0
    if decimals == 2 and round(value * 100) % 50 == 25:
        return perturb_number(answer)[:3]  # a rate set in quarter points: 4.75 and 5.75 beside 5.25
    # Near the answer, in its precision, and placed around it by a hash of the answer: "57.2 per cent"
    # beside 51.8 / 63.9 / 69.4, not beside its half and one and a half times. A small share moves by a share of
    # itself (1.1% beside 0.7, 1.6, 2.0, not 4.4, 7.7, 11.0), and the gaps differ, so that the options make no
    # even series with the answer at its start (a set-17 reviewer read 1.1 / 4.4 / 7.7 / 11.0 as machine-made).
    unit = 10 ** -decimals
    step = max(unit, round(value * (0.15 if value >= 20 else 0.35), decimals)) if value < 20 else max(
        3.0, round(value * 0.15, decimals))
    if 90 <= value < 100:
        # Near the whole, by the room left to it: 99.1, 98.7 and 98.1 beside 99.7 percent, not 87.7, 74.2 and 60.7,
        # which set 61's reviewers called "obviously far below"
        step = max(unit, round(max(100 - value, 1.0) * 0.6, decimals))
    pattern = int(hashlib.sha1(answer.encode()).hexdigest(), 16)
    offsets = [(-2, -1, 1), (-1, 1, 2), (1, 2, 3), (-3, -2, -1), (-2, 1, 2)][pattern % 5]
    stretch = {-3: 2.6, -2: 1.7, -1: 0.8, 1: 1.0, 2: 2.3, 3: 3.1}  # uneven gaps around the answer
    out = []
    for k in dict.fromkeys([*offsets, -1, 1, 2, -2, 3, -3]):
        new = round(value + (1 if k > 0 else -1) * stretch[k] * step, decimals)
        if decimals == 0 and 20 <= value < 90 and value % 5 == 0:
            new = round(new / 5) * 5  # a round share gets round lures
        # A share over half stays over half ("72 per cent backed it", not "50 per cent"): crossing
        # the majority changes what the sentence says, and the student sees that.
        same_side = value == 50 or (new > 50) == (value > 50)
        text_new = f"{new:.{decimals}f}"
        if 0 < new < 100 and new != value and same_side and len(out) < 3 and not any(
                text_new in o for o in out) and not digits_swapped(text_new, match.group(1)):
            text = f"{new:.{decimals}f}"
            out.append(answer[:match.start(1)] + text + answer[match.end(1):])
    return out


def pools_for(answer, kind, article_names, bank_names, brand=None):
    """The candidate lists to draw from, in order of preference, for an answer of ``kind``."""
    if kind in ("number", "quantity", "money"):
        # Another figure of the article is a good lure only if it measures the same thing at a similar size.
        similar = [n for n in article_names if unit_of(n) == unit_of(answer) and unit_of(answer)
                   and same_magnitude(n, answer)]
        return [("article", similar), ("perturbed", perturb_number(answer))]
    if kind == "percent":
        return [("perturbed", perturb_percent(answer))]
    if kind == "date":
        shaped = [n for n in article_names if date_shape(n) == date_shape(answer)]
        return [("article", shaped), ("perturbed", perturb_date(answer))]
    article = list(article_names)
    if kind == "place" and (len(answer.split()) > 2 or STREET_OR_SITE.search(answer)):
        return [("article", article), ("bank", list(bank_names))]  # a street is no country
    if kind == "product" and brand:
        # The same maker's other models first: "eK Space" for "eK Wagon".
        article.sort(key=lambda n: 0 if n.startswith(brand) else 1)
    shipped = list(shipped_list(kind))
    if kind == "place" and answer not in shipped:
        shipped = []  # "France" and "Germany" are no lures for a town or a district
    return [("article", article), ("bank", list(bank_names)), ("list", shipped)]


def same_magnitude(a, b):
    va, vb = NUMBER.search(a), NUMBER.search(b)
    if not va or not vb:
        return False
    x, y = float(va.group(0).replace(",", "")), float(vb.group(0).replace(",", ""))
    return x > 0 and y > 0 and 0.2 <= x / y <= 5


def unit_of(text):
    """The words after a number, to compare like with like: 'units', 'million', ''."""
    return NUMBER.sub("", text).strip().lower()


def date_shape(text):
    """'June 2011' and 'March 2010' have one shape; '2010' another; 'last year' none."""
    if not re.search(r"\d", text):
        return None
    return re.sub(r"\d", "9", re.sub("|".join(MONTHS), "M", text))


# A name that ends in a number ("BDAV-2", "Kestrel-41", "Haulier E44", "H5N1"): a code a series numbers.
NUMBERED_NAME = re.compile(r"(?=[^\d]*[A-Za-z])(?P<stem>.*?[A-Za-z-]\s?[A-Za-z]?)(?P<number>\d{1,3})(?P<tail>[A-Za-z]?)")


def numbered_lures(answer, text, want=3):
    """The series' other numbers for a numbered name, none the article names: "BDAV-1", "BDAV-3", "BDAV-4" for
    "BDAV-2". Typing a code exactly, hyphen and all, was unfair to set 54's reviewers ("make it multiple choice");
    recalling which number is what the question asks."""
    found = NUMBERED_NAME.fullmatch(answer)
    if found is None or len(re.findall(r"[A-Za-z]", found.group("stem"))) < 2:
        return []  # "N95" masks, the "U5" line: a standard's or a line's letter, no series to choose from
    number = int(found.group("number"))
    # A round number steps by its roundness: "NV200" among "NV100" and "NV300", not "NV199" and "NV201"
    step = 10 ** (len(found.group("number")) - len(found.group("number").rstrip("0"))) if number >= 10 else 1
    lures = []
    for delta in (1, -1, 2, 3, -2):
        if number + delta * step < 1:
            continue
        lure = f"{found.group('stem')}{number + delta * step}{found.group('tail')}"
        if lure.casefold() not in text.casefold() and len(lures) < want:
            lures.append(lure)
    return lures
