"""Places lured from the answer's part of the world (generator/gazetteer.py): a city by the cities of its
region and country, a country by its neighbours, a stock market's city by the other markets."""

import pytest

from quizapp.generator.gazetteer import (
    city_named,
    elsewhere,
    is_known_place,
    near_places,
    story_countries,
    world_lures,
)
from tests.test_generator_lures import maker_of


@pytest.mark.parametrize("answer, some_lures, never", [
    ("Kazakhstan", {"Russia", "China", "Uzbekistan"}, {"Germany", "Sweden"}),  # its neighbours, largest first
    ("Canada", {"United States", "Mexico"}, {"Haiti", "Cuba"}),  # then countries a reader knows, nearest first
    ("Huelva", {"Sevilla", "Malaga"}, {"Madrid", "Chamberi"}),  # a city: first the cities of its own region
    ("Toronto", {"Montreal", "Calgary", "Ottawa"}, {"London", "Etobicoke"}),  # no London, Ontario; no districts
    ("Tokyo", {"Osaka", "Yokohama", "Nagoya"}, {"Adachi", "Edogawa"}),  # the largest city: not its wards
])
def test_a_place_is_lured_by_places_near_it_and_like_it(answer, some_lures, never):
    lures = world_lures(answer)
    assert some_lures <= set(lures[:6]) and not never & set(lures), lures


def test_a_made_up_or_small_place_has_no_world_lures():
    assert world_lures("Kilbrannan") == [] and world_lures("Ankaran") == []


def test_a_city_in_a_market_sentence_is_lured_by_other_markets():
    assert set(world_lures("Helsinki", "Quillon shares rose 3.5% in Helsinki after the launch.")[:3]) <= {
        "Stockholm", "Oslo", "Copenhagen", "Tallinn"}
    assert "Tampere" in world_lures("Helsinki", "The company is based in Helsinki.")


def test_a_city_whose_country_the_article_names_is_that_country_s():
    assert city_named("Cordoba", "The mosque in Cordoba, Spain, drew 2 million visitors.").code == "ES"
    assert city_named("Cordoba").code == "AR"  # else the largest of the name
    assert world_lures("Cordoba", "The mosque in Cordoba, Spain.")[:1] == ["Sevilla"]


def test_the_city_table_still_tells_known_places():
    assert is_known_place("Copenhagen") and is_known_place("Nottingham") and not is_known_place("Kestrel")


def test_a_city_s_pools_put_its_country_first_and_known_cities_abroad_never():
    pools = near_places("Ljubljana", [("article", ["Trieste", "Rijeka", "Ankaran", "Maribor"]), ("list", ["France"])], "")
    names = [name for _, pool in pools for name in pool]
    assert names[0] == "Maribor" and "Ankaran" in names  # a made-up or unknown place may be next door
    assert not {"Trieste", "Rijeka", "France"} & set(names)


def test_a_birthplace_is_lured_by_its_country_s_cities_not_the_article_s_cities_abroad():
    maker, _, _, _ = maker_of(
        "Writer wins prize\n\n"
        "LONDON, May 2 - British-Croatian writer Mira Kovac has won the Ashgrove Prize for her novel \"Salt\".\n\n"
        "Kovac, who was born in Split and moved to Britain with her parents at the age of six, wrote the book "
        "in Porto and in Rome over three winters.\n\n"
        "The prize is worth 50,000 pounds, the judges said.")
    lures = [text for text, _ in maker.distractors("Split", "place")]
    assert lures and set(lures) <= {"Zagreb", "Rijeka", "Osijek", "Zadar", "Pula", "Slavonski Brod", "Karlovac"}, lures


@pytest.mark.parametrize("dateline, countries", [
    ("ATHENS, Greece - ", {"Greece"}),
    ("TORONTO - ", {"Canada"}),  # the country of the dateline's city
    ("LONDON, May 2 - ", {"Britain", "UK", "United Kingdom", "Great Britain"}),  # not Scotland: a fact in a London story
    ("KILBRANNAN - ", set()),
])
def test_a_story_is_from_the_country_of_its_dateline(dateline, countries):
    assert story_countries(dateline, "") == countries


def test_the_country_a_story_is_from_is_not_asked():
    maker, _, _, facts = maker_of(
        "Ferry inquiry blames overloading\n\n"
        "ATHENS, Greece - An inquiry into the sinking of the ferry Kalliope Star blamed overloading, the panel said.\n\n"
        "The ship had 86 vehicles on board when it left Rafina, against a licensed maximum of 62.\n\n"
        "Greece has one of the largest domestic ferry networks in Europe, carrying about 19 million passengers a year, "
        "and Italy and Spain have the next largest.")
    asked = {c.answer for f in facts for c in maker.candidates(f)}
    assert "Greece" not in asked and "86" in asked


def test_a_country_is_asked_as_a_country_and_a_city_as_a_city():
    maker, _, _, _ = maker_of("Fossil returns\n\nLONDON - A museum will return a crocodile skull to Morocco in 2027.\n\n"
                              "It will be flown to Lima in February.")
    assert maker.noun_for("Morocco", "place") == "country" and maker.noun_for("Lima", "place") == "city"
    assert maker.noun_for("Kilbrannan", "place") == "place"


def test_a_country_a_reader_knows_is_lured_by_neighbours_they_know():
    assert "Pakistan" not in world_lures("China")[:6] and "India" in world_lures("China")[:3]
    assert world_lures("Brazil")[:2] == ["Argentina", "Chile"]  # then its other neighbours, not Nigeria
    assert "Nigeria" not in world_lures("Brazil")[:6]


def test_a_city_s_lures_are_spelt_as_the_article_spells_them_and_read_as_its_country_s():
    pools = near_places("Huelva", [("article", ["Cadiz", "Cartagena", "Seville"])], "Cadiz, Cartagena, Seville, Huelva")
    assert pools[0] == ("article", ["Cadiz", "Cartagena"])  # Spain's, not the Philippines' Cadiz or Colombia's Cartagena
    assert "Seville" in pools[1][1] and "Sevilla" not in pools[1][1]


def test_a_lure_the_article_places_elsewhere_is_no_lure_for_a_blank_said_to_be_here():
    text = ("Zawadi arrived from Antwerp Zoo in Belgium in 2021. The father came from Wroclaw Zoo in Poland. "
            "The calf was born at Vltava Valley Zoo on the northern edge of Prague.")
    assert elsewhere("Wroclaw Zoo", "Belgium", text) and elsewhere("Antwerp Zoo", "Prague", text)
    assert not elsewhere("Antwerp Zoo", "Belgium", text) and not elsewhere("Okapi Wildlife Reserve", "Belgium", text)
    assert elsewhere("Lyon Museum", "Spain") and not elsewhere("Seville Museum", "Spain")  # the cities it names


def test_a_city_ending_in_s_does_not_take_the():
    from quizapp.generator.fits import TAKES_THE

    assert TAKES_THE.search("Netherlands") and TAKES_THE.search("United States")
    assert not TAKES_THE.search("Paris") and not TAKES_THE.search("Athens")  # "the Paris" does not read


def test_a_town_named_like_a_larger_city_abroad_is_not_that_city_in_a_story_of_its_own_country():
    from quizapp.generator.gazetteer import city_named

    # A new user's walk: "Lancaster", in a story of "Britain's best independent coffee shop", was lured by Los
    # Angeles and San Diego (only California's and Pennsylvania's Lancasters are large enough for the table)
    assert city_named("Lancaster", "named Britain's best coffee shop") is None
    assert city_named("Lancaster", "the county's fair").code == "US"
    assert city_named("London", "named Britain's best coffee shop").code == "GB"
