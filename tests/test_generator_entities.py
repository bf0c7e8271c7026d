"""How the rule layer types names the model gets wrong: towns it calls companies, companies it does not
see, nations' adjectives, named classes, facilities inside longer names."""

import re

import pytest

from quizapp.generator import ingest
from quizapp.generator.clauses import article_for
from quizapp.generator.entities import extract_entities, product_candidates, strip_title
from quizapp.generator.gazetteer import is_known_place
from quizapp.generator.nlp import parse
from quizapp.generator.pipeline import generate_question_set
from quizapp.generator.shown import right_texts


def kinds(raw):
    article = ingest.from_text(raw)
    docs, _ = parse(article)
    return {e.name: e.kind for e in extract_entities(article.text, docs)}


def written_as(raw, name):
    """Every way the article writes the entity ``name``: its mentions' text."""
    article = ingest.from_text(raw)
    found = {e.name: e for e in extract_entities(article.text, parse(article)[0])}
    return {article.text[m.start:m.end] for m in found[name].mentions}


@pytest.mark.parametrize("raw, name, kind", [
    # "... Seafood" is a company's name, though the model calls it a person.
    ("An outbreak was confirmed at four sites operated by Fjordhavn Seafood, one of the largest fish farmers.",
     "Fjordhavn Seafood", "org"),
    # A name before a river's or a fjord's noun is the place, though the model calls it a company.
    ("Norway banned exports from farms in the Nordvik fjord. Fjordhavn runs four sites in the Nordvik fjord. "
     "Tor Bakken, chairman of the Nordvik Wild Salmon Association, said the Nordvik fjord was full.", "Nordvik", "place"),
    # A large city the model calls a company is a place (the shipped list of cities).
    ("The company would move staff to its two distribution centres, in Wakefield and Derby, it said.", "Derby", "place"),
    ("The tribunal found that couriers who delivered for the firm in Birmingham, Leeds and Nottingham were not "
     "self-employed.", "Nottingham", "place"),
    # The dateline names a town the story is filed from, whatever the model makes of it later.
    ("Kestrel Shipbuilding wins contract\n\nKILBRANNAN, Scotland - Kestrel Shipbuilding has won a contract to "
     "build six frigates. The order would create 850 new jobs at Kilbrannan, the company said.",
     "Kilbrannan", "place"),
    # Capitalised words before a company word name a company the model did not see.
    ("Kestrel Shipbuilding wins contract\n\nKILBRANNAN, Scotland - Kestrel Shipbuilding has won a contract to "
     "build six frigates. The order would create 850 new jobs at Kilbrannan, the company said.",
     "Kestrel Shipbuilding", "org"),
    # Two nations' adjective is whose a consortium is, not a company.
    ("Kestrel beat a rival bid from Anglo-Dutch consortium Northmere Naval Systems after an 18-month "
     "competition.", "Anglo-Dutch", "group"),
    # A named class of ships is a thing of its own, not a company.
    ("The ships, to be known as the Sentinel class, will replace ageing patrol vessels. The Sentinel-class "
     "ships will each carry a crew of 95.", "Sentinel", "product"),
    # "Shipyard" inside a union's name makes no facility.
    ('"Our members have heard promises before," said Moira Lennox, regional secretary of the Allied Shipyard '
     'Workers union.', "Allied Shipyard Workers", "org"),
    # A shop named with 's is the shop, not its founder's possessive.
    ("Bramwell's to close 40 stores\n\nBramwell's was founded in 1962 by Arthur Bramwell as a single greengrocer's "
     "shop in Halifax. Bramwell's reported a pre-tax loss of £61.5 million.", "Bramwell's", "org"),
    # A title in quotation marks, with its small words, near a word for a work.
    ('"Still Life with Lemons and a Silver Ewer", painted in 1652, had been owned by a family in Switzerland.',
     "Still Life with Lemons and a Silver Ewer", "work"),
    # Institutions and practices the model does not see: a museum, an architects' studio.
    ("The Rijnland Museum in Leiden has bought a rare still life for 6.8 million euros, the museum said on Monday.",
     "Rijnland Museum", "org"),
    ('"We wanted the noise to stay inside the bowl," said Laura Hale, founding partner at Hale Corbett Studio.',
     "Hale Corbett Studio", "org"),
    # A named era is a time: no cities beside it as lures.
    ("The painting will hang in a room dedicated to women artists of the Dutch Golden Age, the museum said.",
     "Dutch Golden Age", "event"),
    # A country's letters belong to its dollar.
    ("Shares in Halden fell 6.8% to C$41.20 in Toronto on Tuesday, the exchange said.", "C$41.20", "money"),
    # A brewer named for its ales is a company, not a product of "Tollgate".
    ("Hazelaar to buy British craft brewer Tollgate Ales\n\nLEEDS, England - Dutch brewer Hazelaar Group agreed on "
     "Tuesday to buy British craft beer maker Tollgate Ales for 585 million pounds. Hazelaar will pay 412 pence for each "
     "Tollgate share. Tollgate's board has recommended the offer.", "Tollgate Ales", "org"),
    # A survey is a project, not a person to offer as a speaker.
    ("The planet was first identified in 2022 by the Andes Transit Survey, a ground-based project, and confirmed by "
     "Ingrid Solvang.", "Andes Transit Survey", "org"),
    # A named storm is an event: no place a flood wall could be built at.
    ("The gates were shut twice last winter, during Storm Halden and again in March, the council said.",
     "Storm Halden", "event"),
    # A name before a lower-case "station" is the station.
    ("The club said its plan included a shuttle bus from Hollinbury Central station and a park-and-ride site.",
     "Hollinbury Central", "facility"),
    # The members of a list of provinces are places, though the model calls two of them people.
    ("Most of the deposits lie in the mountainous northern provinces of Lai Chau, Lao Cai and Yen Bai, near the "
     "border with China.", "Lai Chau", "place"),
    ("Most of the deposits lie in the mountainous northern provinces of Lai Chau, Lao Cai and Yen Bai, near the "
     "border with China.", "Lao Cai", "place"),
    # A city of several words is a place, though the model calls it a person.
    ("The ministry said it would publish detailed licensing guidelines by May 31 and hold consultations with foreign "
     "investors in Hanoi and Ho Chi Minh City next month.", "Ho Chi Minh City", "place"),
    # A name "who" follows is a person's, though the model calls it a site.
    ("At Cork University Hospital, staff nurse Siobhan Keane, who has worked on a surgical ward for 11 years, said many "
     "younger colleagues had left for jobs in Australia and Canada.", "Siobhan Keane", "person"),
    # "Joint Stock Co" is the company's word: the name runs on before it.
    ("Vietnam Rare Earth Processing Joint Stock Co, a state-backed firm, said it would accelerate work on a plant.",
     "Vietnam Rare Earth Processing Joint Stock Co", "org"),
    # A name before "observatory" is the site's.
    ("The reading at the Safdarjung observatory in New Delhi was the highest recorded in the city in more than eight "
     "decades, the India Meteorological Department said.", "Safdarjung", "facility"),
    # A temperature's scale is part of it.
    ("India's electricity demand surged as a brutal heatwave sent temperatures in the capital to 48.7 degrees Celsius "
     "(119.7 Fahrenheit), triggering rolling blackouts.", "48.7 degrees Celsius", "quantity"),
    # "an estimated" is the article's hedge, printed in the stem, not a word of every option; with "euros" after it
    # the figure is money.
    ("The Netherlands is one of Europe's largest exporters of eggs and poultry meat, a sector worth an estimated "
     "3.2 billion euros a year.", "3.2 billion", "money"),
    # Members of a list of counties "such as"; a place gone around; a "Port ..."; a city written without its accent.
    ("The sugar industry supports an estimated 250,000 farmers, mostly in counties such as Kakamega and Bungoma, and "
     "growers fear lower demand from drinks makers could push down cane prices.", "Bungoma", "place"),
    ('"Ships that cannot get through will burn an extra 60 to 80 tonnes of fuel going around Skagen," said Lars '
     'Rasmussen, a shipping analyst.', "Skagen", "place"),
    ("Reefs off Cairns and Port Douglas, which are the most visited by tourists, were moderately affected.",
     "Port Douglas", "place"),
    ("Ports in the Baltic region, including Gdansk, Klaipeda and Helsinki, warned that arrivals could be delayed.",
     "Klaipeda", "place"),
    # A town joined by a particle, after "in"; a bill is a law, no body.
    ("To supply the fleet, energy company Solmar Hidrogeno will build a production plant on an industrial estate in "
     "Ribarroja del Turia, west of the city.", "Ribarroja del Turia", "place"),
    ("The proposal still needs to be approved by the National Assembly as part of the Finance Bill, which lawmakers "
     "are due to debate in June.", "Finance Bill", "work"),
    # A dollar with its country's letters, which the model's tokenizer keeps one word with the figure.
    ("Kauri Ales has agreed to buy Tasman Brewing for NZ$310 million, the companies said on Monday.",
     "NZ$310 million", "money"),
    ("The miner will spend A$45m on a new crusher at the site.", "A$45m", "money"),
    # A body's name runs past the rule's two words after "of" where the model reads it whole (set 64).
    ("Visitors will be allowed inside it only with a guide certified by the Association of Icelandic Mountain Guides, "
     "in groups of no more than 15 people.", "Association of Icelandic Mountain Guides", "org"),
    ("The plan was approved by the Ministry of Health on Tuesday.", "Ministry of Health", "org"),
    # What only a place has makes a name a place: the model's person "Manitoba" (set 65), not a prime minister's.
    ("Other provinces are watching closely. A spokesperson for Alberta's Treasury Board and Finance ministry said "
     "officials would \"study the legislation carefully,\" while Manitoba's government said it had no plans for similar "
     "rules.", "Manitoba", "place"),
    ("Prime Minister Donald Tusk's government said it would appeal.", "Donald Tusk", "person"),
    # A name's first word that is no English word is the name's, not the office's last (set 65).
    ("Deputy Minister of Industry and Trade Pham Thu Hien said the government's first priority was prices. "
     "\"We will keep our commitments,\" Hien told a news conference in Hanoi.", "Pham Thu Hien", "person"),
    ("Minister of Foreign Affairs Anna Lindqvist said the talks would resume.", "Anna Lindqvist", "person"),
    # ... and so does a body joined by "and" with more than three words before it (set 66).
    ("The typhoon killed 163 people and damaged more than 90,000 homes, according to the National Disaster Risk "
     "Reduction and Management Council.", "National Disaster Risk Reduction and Management Council", "org"),
    # A race the model takes for a person is asked among events, as organisations are (set 64).
    ("Kenyan marathon runner Brenda Jepkorir Kiprono has been banned for four years and has been stripped of her "
     "victory at this year's Hamburg Marathon, the Athletics Integrity Unit (AIU) said on Thursday.",
     "Hamburg Marathon", "org"),
])
def test_names_the_model_mistypes_get_their_kind(raw, name, kind):
    assert kinds(raw).get(name) == kind


def test_a_name_ends_on_a_capital_and_starts_after_an_advocate_s_title():
    # Set 66: "Nguyen be" (of "ordered that Nguyen be deported") and "Advocate Johan Botha" were offered as people.
    found = kinds("Vietnamese national Nguyen Van Thanh, 38, received 22 years. Advocate Johan Botha, who represented "
                  "Mahlangu, said his client would appeal. The court ordered that Nguyen be deported to Vietnam once he "
                  "has served his sentence. Pieter van Rooyen of the reserve welcomed the ruling.")
    people = {name for name, kind in found.items() if kind == "person"}
    assert {"Nguyen Van Thanh", "Johan Botha", "Pieter van Rooyen"} <= people, people
    assert not any(name.split()[-1].islower() or name.startswith("Advocate") for name in people), people


def test_a_city_word_inside_a_longer_name_leaves_the_name_whole():
    # "Hollinbury" is the dateline's town, but "Hollinbury Falcons" is the club.
    found = kinds("Falcons plan new stadium\n\nHOLLINBURY, England - Rugby union club Hollinbury Falcons on "
                  "Tuesday unveiled plans for a new stadium. Hollinbury City Council will decide next month.")
    assert found.get("Hollinbury Falcons") == "org" and found.get("Hollinbury City Council") == "org"


def test_a_companys_short_name_after_in_is_no_town():
    found = kinds("Kestrel Shipbuilding wins contract\n\nKestrel Shipbuilding has won a contract to build six "
                  "frigates. Kestrel chief executive Duncan Aird said the win was the largest in its history. "
                  "Shares in Kestrel's parent company, Albright Industrial Group, rose 9.4 percent.")
    assert found.get("Kestrel") is None and found.get("Kestrel Shipbuilding") == "org"


def test_the_city_list_knows_large_cities_and_not_invented_towns():
    assert is_known_place("Copenhagen") and is_known_place("Nottingham") and is_known_place("Scotland")
    assert not is_known_place("Kilbrannan") and not is_known_place("Kestrel")


@pytest.mark.parametrize("before, word, after", [
    (["The ", "company ", "confirmed ", "that ", "a "], "expansion", ["The ", "company ", "confirmed ", "that ", "an "]),
    (["It ", "paid ", "an "], "one-off", ["It ", "paid ", "a "]),
    (["It ", "opened ", "a "], "hotel", ["It ", "opened ", "a "]),
    (["An "], "university", ["A "]),
])
def test_an_article_left_by_a_cut_suits_the_next_word(before, word, after):
    article_for(before, word)
    assert before == after


def test_a_short_name_goes_to_the_organisation_named_first():
    # "Falcons" is the club, not the supporters' trust named after it.
    article = ingest.from_text(
        "Falcons plan new stadium\n\nRugby union club Hollinbury Falcons on Tuesday unveiled plans for a new "
        "stadium. The Falcons finished second last season. Joanne Pryce, chair of the Falcons Supporters' Trust, "
        "said fans backed the plan. The Falcons would play at Millhaven Park during the work.")
    docs, _ = parse(article)
    club = next(e for e in extract_entities(article.text, docs) if e.name == "Hollinbury Falcons")
    assert "Falcons" in {article.text[m.start:m.end] for m in club.mentions}


def test_a_quoted_title_is_no_speech_and_its_sentence_is_asked():
    from quizapp.generator.stems import speaks

    assert not speaks('"Still Life with Lemons and a Silver Ewer", painted in 1652, was sold.')
    assert speaks('"For three centuries she was a footnote," he said.')


def test_a_sentence_opening_with_each_names_nothing():
    found = kinds("Atalaia plans 12 satellites by 2028. Each satellite costs about 3.5 million euros to build, the "
                  "company said. Each will carry a Vigia camera.")
    assert "Each" not in found


def test_a_temperature_scale_is_no_place():
    found = kinds("The weather agency recorded a high of 44.3 degrees Celsius (111.7 degrees Fahrenheit) in Huelva.")
    assert "Fahrenheit" not in found and "Celsius" not in found


def test_a_genus_and_species_is_no_person():
    # Set 49: the model's person "Ophrys rhodiana" was asked typed, a spelling test in Latin.
    found = kinds("HERAKLION, Greece - A small pink orchid that botanists had given up as extinct has been found in a "
                  "remote gorge, scientists said on Monday.\n\nThe Lindos bee orchid, Ophrys rhodiana, was known only "
                  "from a handful of dried specimens collected in the 1930s on the slopes of Mount Lindos. Botanist Eleni "
                  "Markaki said she had searched for years.")
    assert "Ophrys rhodiana" not in found
    from quizapp.generator.entities import SCIENTIFIC_NAME
    assert SCIENTIFIC_NAME.fullmatch("Ophrys kedrosiana")
    assert not any(SCIENTIFIC_NAME.fullmatch(name) for name in ("Eleni Markaki", "Ludwig van", "Ana de", "Omar bin"))


def test_a_name_after_a_word_for_a_person_is_a_person_though_the_model_says_organisation():
    # Set 49: "Padova's opposite hitter Giulia Ferrandi" was the model's organisation; "market leader" is no person's.
    found = kinds("Zorza led 14-13 in the fifth set after a block by their captain, Natalia Kowalczyk, but Padova's "
                  "opposite hitter Giulia Ferrandi levelled with a spike down the line. Sonavi is behind only market "
                  "leader Halvorsen Hearing.")
    assert found.get("Giulia Ferrandi") == "person"
    assert found.get("Halvorsen Hearing") != "person"


def test_the_start_of_an_organisations_name_is_no_speaker():
    article = ingest.from_text(
        "Tuition rises\n\nCascade Valley State University will raise tuition by 6%, its trustees said. Cascade Valley "
        "has frozen tuition for four years.\n\nAisha Greer, president of the Associated Students of Cascade Valley, "
        "said: \"For a lot of us, $660 is a month's rent or a semester of textbooks.\"")
    docs, _ = parse(article)
    people = {e.name for e in extract_entities(article.text, docs) if e.kind == "person"}
    assert "Cascade Valley" not in people and "Aisha Greer" in people


def test_a_first_name_the_model_took_for_a_company_is_no_company():
    from quizapp.generator.entities import without_first_names
    candidates = [("Tiago Marçal", "person", 10, 22, 1), ("Marçal", "person", 40, 46, 1),
                  ("Tiago", "org", 60, 65, 1), ("Alvorada", "org", 70, 78, 1)]
    text = "Harwick signed Tiago Marçal. Marçal scored. \"We did not want to sell Tiago,\" Alvorada said. Marçal left."
    assert [c[0] for c in without_first_names(candidates, text)] == ["Tiago Marçal", "Marçal", "Alvorada"]
    # "Nissan Dayz" taken for a person leaves Nissan a company: "Dayz" is written alone less often.
    assert without_first_names([("Nissan Dayz", "person", 0, 11, 1), ("Nissan", "org", 20, 26, 1)],
                               "Nissan Dayz sales rose. The Dayz is a kei car. Nissan said so.")[1][0] == "Nissan"


def test_a_name_does_not_run_past_its_own_words():
    from quizapp.generator.entities import tidy
    # "Frenchman Julien Marchetti": where he is from is no part of his name.
    assert tidy(("Frenchman Julien Marchetti", "person", 0, 26, 1)) == ("Julien Marchetti", "person", 10, 26, 1)
    assert tidy(("Spaniard Pau Ribera", "person", 0, 19, 1))[0] == "Pau Ribera"
    # The model's "Kingsbridge United at" (Millbrook Park): the preposition is the sentence's, not the club's.
    assert tidy(("Kingsbridge United at", "org", 10, 31, 1)) == ("Kingsbridge United", "org", 10, 28, 1)
    # "... to reach the Moon. Its first lander": across a sentence's end there is no name at all.
    assert tidy(("Moon. Its", "product", 50, 59, 2))[0] == ""
    assert tidy(("St. Aldric Hospital", "facility", 0, 19, 3))[0] == "St. Aldric Hospital"
    # "Auctioneer Simon Raikes said": a trade opening the sentence is no part of the name (set 43)
    assert tidy(("Auctioneer Simon Raikes", "person", 0, 23, 1)) == ("Simon Raikes", "person", 11, 23, 1)
    assert tidy(("Xavier Rainier Dupont", "person", 0, 21, 1))[0] == "Xavier Rainier Dupont"
    # "A Board of Trade inquiry": the model's person "of Trade" is the tail of a name it cut (set 41)
    assert tidy(("of Trade", "person", 2, 10, 1))[0] == ""
    assert tidy(("de Klerk", "person", 0, 8, 1))[0] == "de Klerk"


def test_the_moon_is_no_name_to_ask_or_offer():
    assert "Moon" not in kinds("The lander touched down on the Moon on Saturday. The Moon has no air, Ada Lind said.")


def test_a_name_written_only_before_a_product_noun_is_the_product():
    from quizapp.generator.entities import product_candidates
    text = "It was launched aboard a Vanguard Heavy rocket. Quillon sold a Quillon laptop. Quillon said so."
    found = {name for name, kind, *_ in product_candidates(text, {"Vanguard Heavy", "Quillon"})}
    assert "Vanguard Heavy" in found  # the model called it a company, but it is only ever a rocket
    assert "Quillon" not in found     # the maker, written on its own too


def test_a_title_in_lower_case_before_a_name_makes_it_a_person():
    from quizapp.generator.entities import titled_people
    people = {name for name, *_ in titled_people("Astraeon chief executive Marcus Delaney said the company had "
                                                   "spent $310 million. Mission director Renata Okafor agreed.")}
    assert people >= {"Marcus Delaney", "Renata Okafor"}


def test_an_era_year_is_one_date_and_an_abbreviation_keeps_its_full_stop():
    found = kinds("Divers found the wreck of a merchant ship dating to around 600 B.C. off the coast of Murcia. "
                  "Spain fought a long legal battle with U.S. treasure hunters over another wreck.")
    assert found.get("600 B.C.") == "date"
    assert "B.C." not in found and "B.C" not in found  # no country of that name
    assert "U.S." in found and "U.S" not in found


def test_a_score_is_no_part_of_a_name_and_a_numbered_pier_is_a_site():
    found = kinds("Volkova, the world number four from Kazakhstan, had beaten Ferrante 6-1, 6-2 in their only "
                  "previous meeting. The terminal, named Pier Seven, cost 410 million euros, and Pier Eight will follow.")
    assert "Ferrante 6-1" not in found
    assert found.get("Pier Seven") == "facility" and found.get("Pier Eight") == "facility"


def test_as_low_as_hedges_the_figure_and_stays_in_the_stem():
    found = kinds("Shares in Halvorsen closed at 184.60 crowns on Tuesday. The stock had fallen as low as 61 crowns "
                  "last autumn, when the trial was halted.")
    assert "61" in found and "as low as 61" not in found


def test_above_hedges_a_share_so_no_lure_goes_past_the_whole():
    raw = ("Survey finds most workers answer messages after hours\n\nA survey carried out for the ministry last year "
           "found that 61 percent of Lithuanian employees answered work messages outside their working hours at least "
           "once a week, and that 23 percent did so every day. Among managers and workers in the information "
           "technology sector, the figure was above 80 percent.")
    assert "80 percent" in kinds(raw) and "above 80 percent" not in kinds(raw)
    questions = generate_question_set(raw).question_set.questions
    options = [c["text"] for q in questions for c in q.get("choices", [])]
    options += [m["right"] for q in questions for m in q.get("matches", []) if m.get("right")]
    options += [d for q in questions for d in q.get("distractors", [])]
    assert options and not any(float(re.search(r"[\d.]+", o).group(0)) >= 100 for o in options if "percent" in o)


SNOOKER = ("Thai teenager Thanawat stuns Royle to win Baltic Masters snooker title\n\nRIGA, Latvia - Thailand's "
           "Thanawat Srisuk won his first ranking title on Sunday, beating England's Callum Royle 10-7 in the final of "
           "the Baltic Masters.\n\nThe 19-year-old from Chiang Mai, who came through qualifying, won the last three "
           "frames. The Englishman won four of the five frames after the interval to draw level, but he missed a "
           "straightforward red in the 16th frame when leading by 48 points, and Thanawat cleared the table with a break "
           "of 67 to go 9-7 ahead.\n\n\"At 7-7 my arm was shaking,\" Thanawat said.\n\nThanawat, who began playing in "
           "his father's snooker hall in Chiang Mai at the age of eight, moved to Sheffield at 16.\n\n\"He is a "
           "special talent,\" said Royle, the world number six.")


def test_a_player_called_by_his_given_name_is_a_person_and_his_town_a_place():
    # Set 60: the model's "facility" Thanawat Srisuk and place "Thanawat" were a player who speaks ("Thanawat said"),
    # and "from Chiang Mai, who came through qualifying" had made the city a person, lured by people's names.
    found = kinds(SNOOKER)
    assert found.get("Thanawat Srisuk") == "person" and found.get("Thanawat") in (None, "person")
    assert found.get("Chiang Mai") == "place"
    questions = generate_question_set(SNOOKER).question_set.questions
    # The title prints "Thanawat": his name is not asked to be typed or picked as a blank's answer.
    assert not any(q["prompt"].startswith("Fill in") and "Thanawat Srisuk" in right_texts(q) for q in questions)
    from quizapp.generator import pipeline

    made = pipeline.candidates_of(pipeline.read_article(SNOOKER, False))
    assert made.maker.titled(made.maker.by_name["Thanawat Srisuk"])
    # A clause with a joiner of its own keeps it alone when the clause after it goes: not "level, and but he missed".
    assert not any(", and but " in q["prompt"] for q in questions)


def test_half_a_range_leaves_its_between_in_the_stem():
    found = kinds("Companies that break the rules will face fines of between 1,500 euros and 3,000 euros, the "
                  "ministry said. The mine produced coal between 1958 and 2016.")
    assert not any(name.startswith("between 1,500") for name in found)
    assert any(name.startswith("1,500") for name in found)
    assert found.get("between 1958 and 2016") == "date"  # a whole range stays one answer


def test_a_common_noun_opening_a_sentence_is_no_name():
    found = kinds("Quillon unveiled two laptops on Tuesday. Owners of either laptop will be able to replace the battery "
                  "with a standard screwdriver.")
    assert "Owners" not in found


def test_what_someone_heads_is_an_organisation_and_the_name_nearest_said_is_the_speaker():
    from quizapp.generator.quotes import identify
    raw = ("Wavely agreed a deal with Nordisk Tonerett, the collecting society that represents 41,000 songwriters. "
           "\"This is the fairest deal our members have ever been offered,\" said Ingrid Solberg, chief executive of "
           "Nordisk Tonerett. Nordisk Tonerett will run the fund.")
    assert kinds(raw).get("Nordisk Tonerett") == "org"
    # Even where a model took the body for a person, the name right after "said" is the speaker.
    assert identify("Ingrid Solberg, chief executive of Nordisk Tonerett", ["Nordisk Tonerett", "Ingrid Solberg"]) == (
        "Ingrid Solberg", "chief executive of Nordisk Tonerett")


def test_a_named_animal_or_band_is_no_person():
    found = kinds("The calf was born to an eight-year-old mother named Zawadi, keeper Jana Dvorakova said. Songs by "
                  "the Norwegian pop duo Kaldt Lys disappeared from the app, Dvorakova said.")
    assert found.get("Zawadi") != "person" and found.get("Kaldt Lys") != "person"
    assert found.get("Jana Dvorakova") == "person"


def test_a_company_s_full_name_after_its_short_name_is_no_product_of_it():
    text = ("COPENHAGEN, Denmark - Nordvig Forsikring, Denmark's second-largest property insurer, said on Tuesday it "
            "had set aside 4.8 billion crowns. Nissan Sakura, the maker's best-selling model, sold 30,000.")
    products = {name for name, *_ in product_candidates(text, {"Nordvig", "Nissan"})}
    assert "Nordvig Forsikring" not in products and "Nissan Sakura" in products


def test_a_korean_name_is_called_by_its_family_name_which_comes_first():
    from quizapp.generator.forms import accepted_forms
    from quizapp.generator.names import family_name

    assert family_name("Park Ji-won") == "Park" and family_name("Hiroto Saikawa") == "Saikawa"
    assert "Park" in accepted_forms("Park Ji-won", "person")
    raw = ("Minimum wage rises\n\nSEOUL - South Korea will raise its minimum wage by 3.1% next year.\n\n"
           "Park Ji-won, chief economist at Hanbit Securities, called it a cautious decision.\n\n"
           "\"This is a cautious, middle-of-the-road decision that will satisfy nobody,\" Park said.\n\n"
           "Kim Hye-jin, vice president of the workers' federation, said: \"A 3.1% rise is a cut in real wages.\"")
    found = kinds(raw)
    assert "Park" not in found and found.get("Park Ji-won") == "person"


@pytest.mark.parametrize("raw, person, not_names", [
    # A given name the model left out is part of the name; an honorific is none.
    ("Ferry inquiry\n\nFor relatives, the findings brought little comfort. Giorgos Stavrou, whose daughter "
     "was among the dead, heads the association of victims' families.\n\n"
     "\"We said from the first day that the ship was overloaded,\" Stavrou said.\n\n"
     "Sir Alastair Penhaligon, who chairs the board, said the report was fair.",
     "Giorgos Stavrou", ("Stavrou", "Sir Alastair Penhaligon")),
    # A name given an age is a person, and its two-word surname theirs.
    ("Fraud ring jailed\n\nMADRID - A court jailed nine people on Tuesday.\n\n"
     "The ringleader, Adrian Soler Ibarra, a 41-year-old former mobile phone salesman from Alicante, "
     "was sentenced to 11 years.\n\nDuring the trial, his lawyer argued that Soler Ibarra had been a "
     "mid-level manager.", "Adrian Soler Ibarra", ("Soler Ibarra",)),
])
def test_a_person_is_found_whole_whatever_the_model_split_or_typed(raw, person, not_names):
    found = kinds(raw)
    assert found.get(person) == "person" and not set(not_names) & set(found)


def test_a_name_set_beside_a_company_noun_is_a_company():
    found = kinds("Avalanche kills two\n\nINNSBRUCK - Two skiers were killed on Sunday.\n\nThe group had booked the "
                  "tour through a Munich-based alpine travel agency, Gipfelweg Reisen, which said it was devastated.")
    assert found.get("Gipfelweg Reisen") == "org"


def test_a_ship_is_no_company_nor_person():
    found = kinds("Port opens terminal\n\nKOPER, Slovenia - Istrana Port Group opened a terminal on Thursday, as the "
                  "first vessel to use the berth, the Liberian-flagged Orient Meridian, was being unloaded.\n\n"
                  "An inquiry into the sinking of the ferry Kalliope Star blamed overloading.")
    assert found.get("Orient Meridian") == "work" and found.get("Kalliope Star") == "work"
    assert found.get("Istrana Port Group") == "org"


@pytest.mark.parametrize("raw, name, kind", [
    # A player's position opening a sentence is no part of the name.
    ("Forward Kwame Addo-Larbi gave Ghana the lead in the 34th minute.", "Kwame Addo-Larbi", "person"),
    # A title only a person holds, just before the name: the model's "organisation" is a person.
    ('"This picture fooled experts for decades," said the exhibition\'s curator, Karin Holmgaard.', "Karin Holmgaard",
     "person"),
    # A name joined to a person's by "and" is a person's too.
    ("Mali goalkeeper Ibrahim Sangare then saved spot kicks from Daniel Ofori and Emmanuel Tetteh in the shootout.",
     "Daniel Ofori", "person"),
    # A team with its score is the team: here a country, so a place.
    ("Ghana had topped the group, beating Tanzania 3-1 and Angola 2-0 before a goalless draw.", "Angola", "place"),
    # A ground named in French puts its noun first.
    ("Ghana lost 4-3 on penalties at the Stade Adrar in Agadir on Sunday.", "Stade Adrar", "facility"),
    ("The painting was bought from the Zurich dealer Galerie Obermatt in 1961.", "Galerie Obermatt", "org"),
    # A named measure is no body ("the Air Quality Health Index" was offered among school boards).
    ("Environment Canada warned on Monday that the Air Quality Health Index would sit at 10, the top of its scale.",
     "Air Quality Health Index", "work"),
    # Bodies named before their plural noun are not joined people, whatever the model makes of one of them.
    ("The closures affect about 71,000 students in the Winnipeg, Pembina Trails and Louis Riel school divisions.",
     "Pembina Trails", "org"),
    # A town whose letter has no accent to drop: "Wrocław" is known as "Wroclaw".
    ("A smaller studio in Wroclaw, which employs 35 people, will be closed by the end of March.", "Wroclaw", "place"),
    # Ships: "MV ..." and a catamaran's name are no company.
    ("The 310-seat catamaran MV Amihan Express left the port of San Jose at 6:30 a.m.", "Amihan Express", "work"),
    ("The second vessel, MV Habagat Express, is due to join the service in March.", "MV Habagat Express", "work"),
    ('"We expect more sailings," Transportation Undersecretary Celia Manalastas said.', "Celia Manalastas", "person"),
])
def test_names_typed_by_the_words_around_them(raw, name, kind):
    assert kinds(raw).get(name) == kind


def test_a_given_name_written_alone_after_the_full_name_is_the_same_person():
    found = kinds('Ghana coach Rui Valadares resigned on Monday. "We thank Rui for his work," the federation\'s '
                  'president Kwabena Asante-Boateng said.')
    assert found.get("Rui Valadares") == "person" and "Rui" not in found


def test_an_offices_portfolio_is_no_part_of_the_name_after_it():
    # The model reads "Culture Brendan Lacey" as one person (set 37's reviewers saw "Culture Niamh Costigan").
    text = ("A new concert hall opened in Dublin on Friday after a four-year delay. Minister for Culture Brendan "
            "Lacey, who attended the opening, said the government saw the hall as part of a wider plan.\n\n"
            '"Concert halls are not a luxury," Lacey said.')
    found = kinds(text)
    assert found.get("Brendan Lacey") == "person"
    assert not any(name.startswith("Culture") for name in found), found
    people = generate_question_set("\n\n".join([
        "Dublin opens new concert hall", text,
        "Minister of State for Sport Orla Dunne said the building would also host school events.",
        '"We waited a long time, but it was worth it," said Emer Hogan, the hall\'s director.',
        "Secretary of State for Transport Gareth Pryce said new bus routes would serve the hall."])).question_set.questions
    matching = next(q for q in people if q["type"] == "matching")
    assert {"left": "Brendan Lacey", "right": "Minister for Culture"} in matching["pairs"], matching["pairs"]
    assert {"left": "Orla Dunne", "right": "Minister of State for Sport"} in matching["pairs"]


def test_a_company_and_its_parent_are_two_companies():
    found = kinds("A court ordered ride-hailing company Cably to pay 31 million euros. Cably said it would appeal. "
                  "Cably has 9,500 drivers in Spain. Shares in Cably's parent company, Cably Group, fell 3.1 percent.")
    assert found.get("Cably") == "org" and found.get("Cably Group") == "org"


def test_a_long_capitalised_title_before_a_speaker_is_read_and_is_no_organisation():
    raw = ('"No company is above labour law," Secretary of State for Labour Ignacio Berrocal said in a statement.')
    found = kinds(raw)
    assert found.get("Ignacio Berrocal") == "person" and "State" not in found
    found = kinds("Minister for Housing, Local Government and Heritage Declan Moran said the government would pay. "
                  '"People are entitled to know," Moran told RTE.')
    assert found.get("Declan Moran") == "person" and "Moran" not in found


def test_capitalised_words_naming_a_kind_of_thing_are_no_organisation():
    found = kinds("Noah Feldmann, a researcher, estimated that 10 percent of Old Master paintings sold in Europe carried "
                  "false attributions. The Scottish Government has set a target of 2030.")
    assert "Old Master" not in found and found.get("Scottish Government") == "org"


def test_bodies_named_of_several_words_and_steps_of_a_scale():
    found = kinds("Minister of Lands and Water Affairs Onalenna Ditshego said the funds would drill 40 boreholes. The "
                  "Gaborone Chamber of Commerce and Industry said a cut would hurt output. Under the new Level 4 "
                  "restrictions, hosepipes are banned.")
    assert found.get("Onalenna Ditshego") == "person"
    assert found.get("Gaborone Chamber of Commerce and Industry") == "org"
    assert "Lands and Water Affairs" not in found and "Level 4" not in found and "Gaborone Chamber" not in found


def test_the_ends_of_a_journey_and_a_named_road_are_places():
    # The model took both for people, so "Canta" was lured by the surnames "Huamán" and "Quispe".
    found = kinds("Mariela Huamán, a geologist, said the slope had cracked. Authorities said traffic would be "
                  "diverted to the Canta road to the north, a narrower route that adds about seven hours to the "
                  "journey between Lima and La Oroya.")
    assert found.get("Canta") == "place" and found.get("La Oroya") == "place"
    assert found.get("Mariela Huamán") == "person"


def test_a_name_put_in_a_country_is_a_place():
    # The model took "Dubrovnik" for a person, so it was lured by a ship's and a shopkeeper's names.
    found = kinds("Its ships will instead call at the Montenegrin port of Bar, about 70 kilometres to the south, "
                  "and at Dubrovnik in neighbouring Croatia, said Marco Bellandi.")
    assert found.get("Dubrovnik") == "place" and found.get("Marco Bellandi") == "person"


def test_a_coast_after_a_country_s_possessive_is_a_place_and_a_language_is_no_name():
    # set 29: "Costa del Sol" was a person (lured with the article's speakers), "Swahili" a company beside an app
    found = kinds("Desalination plant opens near Malaga\n\nA desalination plant opened on Tuesday near the town of "
                  "Velez-Malaga, promising to supply drinking water to about 1.2 million people along Spain's "
                  "drought-hit Costa del Sol.\n\nThe Mwanga Pamoja app is available in English and Swahili, the "
                  "company said.")
    assert found.get("Costa del Sol") == "place"
    assert "Swahili" not in found and "English" not in found


def test_a_name_with_a_particle_inside_a_longer_name_is_no_person():
    # set 29: "Combe" was offered as who said it, from "the Syndicat Intercommunal de la Combe"
    found = kinds('"We held on as long as we could," said Bernard Favre-Lachat, president of the Syndicat '
                  'Intercommunal de la Combe, the group of five villages that owns the resort.')
    assert found.get("Bernard Favre-Lachat") == "person"
    assert not any(kind == "person" and "Combe" in name for name, kind in found.items()), found


def test_a_name_a_group_calls_itself_is_a_name_to_recall_not_a_place():
    # set 28: "Northern Tide" was offered among places for where the rowers landed
    found = kinds("Rowers set Atlantic record\n\nFour British women rowed into English Harbour in Antigua on Sunday.\n\n"
                  "The crew, who call themselves Northern Tide, set off from San Sebastian de La Gomera on December 12.")
    assert found.get("Northern Tide") == "work" and found.get("Antigua") == "place"


@pytest.mark.parametrize("raw, name", [
    # A name described as who the person is, though no job title follows.
    ("OSLO, Norway - Ane Haugland, a schoolgirl from the western city of Bergen, won the national ski title on Sunday.",
     "Ane Haugland"),
    # Only a person "said he" of themselves.
    ("Haugland, who is in ninth grade, said she had not expected to win. Her coach was pleased.", "Haugland"),
    ("Transport Minister Graham Ellery said he would meet the councils next week.", "Graham Ellery"),
])
def test_a_person_is_known_by_what_the_article_says_of_them(raw, name):
    assert kinds(raw).get(name) == "person"


def test_an_age_is_the_figure_without_age_of():
    found = kinds("Chess prodigy\n\nOSLO - Ane Haugland became a grandmaster on Sunday at the age of 12 years, five "
                  "months and 11 days.")
    assert found.get("12 years") == "quantity" and not any(name.startswith("age of") for name in found)


@pytest.mark.parametrize("raw, name, kind", [
    # A title's capitals took the first name ("... and Environment Ibrahim"); the model read the name whole.
    ('MALE, Maldives - Minister of Tourism and Environment Ibrahim Faisal Latheef said: "Reefs are our sea walls."',
     "Ibrahim Faisal Latheef", "person"),
    # Whose it is, then its name.
    ("The plant is a venture between Belgian developer NordVax Biotech and South Korea's Hanwol Bioscience.",
     "Hanwol Bioscience", "org"),
    # A body's initials, though the model calls them a person.
    ('"The demands are not financeable," BDLS chief executive Matthias von Randow said. The BDLS said talks would '
     "resume.", "BDLS", "org"),
])
def test_a_name_is_read_whole_and_of_its_kind(raw, name, kind):
    assert kinds(raw).get(name) == kind


@pytest.mark.parametrize("raw, name, kind", [
    # A title before the name says a person, though the product rule saw "... said the vessel".
    ("The ship was launched on Wednesday. Oceans and Fisheries Minister Park Jae-hoon said the vessel would help "
     "the country track climate change. \"The ocean is changing,\" Park said.", "Park Jae-hoon", "person"),
    # "Choi said" is the engineer introduced before, not a brand whose model is "Hyun-woo".
    ("Choi Hyun-woo, the chief engineer on the project at Hanbit Heavy Industries, told reporters the ship was quiet. "
     "\"It was harder to build a quiet ship than a big one,\" Choi said.", "Choi Hyun-woo", "person"),
])
def test_a_titled_or_described_name_is_a_person_whatever_else_matched_it(raw, name, kind):
    assert kinds(raw).get(name) == kind


def test_a_name_does_not_keep_half_a_bracket():
    raw = ("The ship was commissioned by the Korea Institute of Marine Exploration (KIME), a state-funded research "
           "body based in Busan. The Korea Institute of Marine Exploration said it would share its data.")
    assert not [name for name in kinds(raw) if name.count("(") != name.count(")")]


def test_a_name_less_its_middle_name_is_the_same_person():
    # "Ana Souza" after "Judge Ana Paula Souza": one judge, offered twice among the options (set 35's reviewers).
    raw = ("Court fines delivery app\n\nSAO PAULO, Brazil - A labour court on Tuesday fined delivery app Rapido 45 "
           "million reais.\n\nJudge Ana Paula Souza ruled that the riders were employees. \"The riders are workers "
           "like any others,\" said Ana Souza, the judge, in her ruling.")
    people = [name for name, kind in kinds(raw).items() if kind == "person"]
    assert "Ana Paula Souza" in people and "Ana Souza" not in people


def test_options_name_no_one_twice():
    from quizapp.generator.people import one_form_each

    options = [("Ana Paula Souza", "article"), ("Joana Lima", "article"), ("Walter Harcastle", "article"),
               ("Claire Harcastle", "article")]
    assert one_form_each("Ana Souza", options) == options[1:]


@pytest.mark.parametrize("title", ["Prosecutor", "Attorney", "Magistrate", "Detective", "Colonel", "Bishop"])
def test_a_name_after_a_title_of_office_is_a_person_without_it(title):
    # "Prosecutor Renata Vieira": the only option carrying a title gave itself away (set 35's reviewers), and the
    # model alone saw no one at all.
    raw = ("Court fines delivery app\n\nSAO PAULO, Brazil - A labour court on Tuesday fined delivery app Rapido 45 "
           f"million reais.\n\n\"The company hid behind an app for years,\" {title} Renata Vieira told reporters "
           "after the hearing.")
    people = [name for name, kind in kinds(raw).items() if kind == "person"]
    assert people == ["Renata Vieira"]


def test_a_person_described_by_what_they_do_is_a_person_and_speaks_under_their_given_name():
    # Set 37: the model read "Bayarmaa" as a company, which unmade the zoologist; "Gobi" of a list of ranges a person.
    text = ("Mongolia is home to an estimated 1,150 snow leopards, a survey found.\n\n"
            "Researchers installed 1,420 cameras across 31 study areas in the Altai, Khangai and Gobi mountain ranges "
            "over 18 months.\n\n"
            '"For years we have been guessing from footprints. Now we have faces," said Bayarmaa Tsend, a zoologist '
            "at the Institute of Biology who led the survey.\n\n"
            "Bayarmaa agreed that the two estimates were not directly comparable.")
    found = kinds(text)
    assert found.get("Bayarmaa Tsend") == "person", found
    assert found.get("Gobi") == "place", found


HOARD = "\n\n".join([
    "Detectorist finds Viking silver hoard in Norway",
    "OSLO (Reuters) - A Viking-age hoard of silver coins has been found in a field in southwestern Norway, "
    "archaeologists said on Thursday.",
    "The hoard was found in late August near Bryne by Erlend Haugland, a 61-year-old retired electrician who has "
    "been searching with a metal detector for 12 years.",
    '"At first I thought it was a piece of an old tractor," Haugland told Reuters by telephone.',
    '"Because he called us straight away, we could see how it was laid down," said Per Arne Tveit, county '
    "archaeologist at Rogaland County Municipality.",
    "Haugland said he and the landowner, dairy farmer Sigve Braut, had agreed to share any reward equally. \"The "
    'silver lay in his field for a thousand years. It is only fair," he said.',
])


def test_a_finder_described_by_age_and_trade_is_a_person_and_his_words_are_his():
    # Set 40: "Erlend Haugland" was lost (the model saw only "Haugland", and once as a company), his last quote
    # went to the landowner named in the sentence before, and "Per" of "Per Arne Tveit" was read as a preposition.
    found = kinds(HOARD)
    assert found.get("Erlend Haugland") == "person" and found.get("Per Arne Tveit") == "person", found
    from quizapp.generator.pipeline import candidates_of, read_article

    made = candidates_of(read_article(HOARD, False))
    said = {f.data["quote"][:20]: f.answer for f in made.facts if f.kind == "quote"}
    assert said.get("The silver lay in hi") == "Erlend Haugland", said


def test_the_groups_chairwoman_belongs_to_the_group_named_just_before():
    # Set 38: "said Anni Korhonen, the group's chairwoman" after "Local environmental group Savon Luonto said" was
    # matched with "Kalvik's chairwoman", the company the article names most; and a court is no company.
    from quizapp.generator.pipeline import candidates_of, read_article

    raw = "\n\n".join([
        "Data centre to warm Finnish city",
        "Oslo-based Kalvik Compute will build a 420 million euro data centre in Kuopio, Kalvik said on Tuesday. "
        "Kalvik will pipe the servers' waste heat into the city's district heating.",
        '"Kuopio has cold winters and clean power," said Henrik Solberg, chief executive of Kalvik Compute.',
        "Not everyone is convinced. Local environmental group Savon Luonto said the site would require clearing trees.",
        '"Recovering heat is good, but it does not make a data centre green," said Anni Korhonen, the group\'s '
        "chairwoman.",
        "The Supreme Administrative Court rejected an appeal against the plan in May. \"We will build on time,\" said "
        "Mika Lahti, the company's head of construction.",
    ])
    made = candidates_of(read_article(raw, False))
    titles = {f.data["person"]: f.answer for f in made.facts if f.kind == "title"}
    assert titles.get("Anni Korhonen") == "Savon Luonto’s chairwoman", titles
    # (the company named too far back to say whose: no title rather than the campaigners')
    assert titles.get("Mika Lahti") in (None, "Kalvik Compute’s head of construction"), titles


def test_a_regulators_name_is_no_companys_and_a_sentences_but_no_title():
    # Set 38: "Rodrigo Saavedra, the company's general manager" matched with "SEA's general manager" (the regulator
    # the article names most; the model never found the smelter's name), and "But Mining Minister" as a title.
    from quizapp.generator.pipeline import candidates_of, read_article

    raw = "\n\n".join([
        "Chile's top court blocks smelter expansion",
        "SANTIAGO, Chile - Chile's Supreme Court on Tuesday ordered the Environmental Assessment Service (SEA) to "
        "carry out a new review of a $1.1 billion copper smelter expansion. The SEA had approved it in 2023.",
        "Residents argued that the SEA had relied on outdated air-quality data. The SEA said it would comply.",
        "Fundición del Pacífico said in a statement that it respected the decision but disagreed with it, noting "
        "that the expansion included $230 million in new filtering equipment.",
        '"This project will make Puchuncaví cleaner, not dirtier," said Rodrigo Saavedra, the company\'s general '
        "manager.",
        "But Mining Minister Andrés Cifuentes said the country needed the smelter. \"Copper pays for schools,\" he said.",
    ])
    made = candidates_of(read_article(raw, False))
    titles = {f.data["person"]: f.answer for f in made.facts if f.kind == "title"}
    assert not titles.get("Rodrigo Saavedra", "").startswith("SEA"), titles
    assert titles.get("Andrés Cifuentes") == "Mining Minister", titles



def test_an_honorific_before_the_name_is_no_part_of_the_title_before_it():
    # "The dissenting judge, Justice Manuel Ibáñez, argued": the title read "the dissenting judge, Justice" (set 38)
    from quizapp.generator.pipeline import candidates_of, read_article

    raw = "\n\n".join([
        "Court blocks smelter expansion",
        "Chile's Supreme Court on Tuesday blocked a copper smelter expansion by four votes to one.",
        "The dissenting judge, Justice Manuel Ibáñez, argued that the court had overstepped its role.",
        '"The court has told us that our lungs count," said Marisol Tapia, spokeswoman for the residents\' group.',
    ])
    titles = {f.data["person"]: f.answer for f in candidates_of(read_article(raw, False)).facts if f.kind == "title"}
    assert not any("Justice" in title for title in titles.values()), titles


def test_a_figure_with_its_currency_after_it_is_money_and_no_count_lures_it():
    # Set 33: "a 75 million euro loan" was a bare number, and "300 million doses" (a count) its lure.
    raw = ("Senegal opens vaccine plant\n\nSenegal on Thursday inaugurated a vaccine factory in Diamniadio that will be "
           "able to produce up to 300 million doses a year.\n\nFinancing included a 75 million euro loan from the "
           "European Investment Bank and a 60 million euro loan from the African Development Bank.\n\n\"We are "
           "stepping out of the queue,\" said Health Minister Awa Ndiaye Ba.")
    assert kinds(raw)["75 million"] == "money" and kinds(raw)["300 million"] == "number"
    loan = next(q for q in generate_question_set(raw).question_set.questions
                if "75 million" in [c["text"] for c in q.get("choices", ()) if c["weight"]])
    assert "300 million" not in [c["text"] for c in loan["choices"]]


def test_light_years_are_one_unit_with_their_figure():
    # The model took "2.4 billion light" for money and left "years" out: the blank split the unit (set 45)
    found = kinds("Astronomers traced a repeating radio burst to a dwarf galaxy about 2.4 billion light years from "
                  "Earth, a study said on Wednesday.")
    assert found.get("2.4 billion light years") == "quantity", found


def test_a_title_case_headline_names_no_one_the_article_does_not():
    # "Over Alleged Sale" was offered as a speaker beside the vice-chancellor (set 48)
    raw = ("University Suspends Admissions Director Over Alleged Sale of Medical School Places\n\nSYDNEY - Carrington "
           "University has suspended its director of admissions after an audit found that 27 students were offered "
           "places in exchange for payments, the university said on Friday.\n\n\"This is a betrayal of every student,\" "
           "said Professor Helen Draper, the university's vice-chancellor. Priya Raman, president of the students' "
           "association, said: \"We want to know why nobody listened.\"")
    found = kinds(raw)
    assert "Over Alleged Sale" not in found and found.get("Carrington University") == "org"


def test_a_sum_the_model_takes_for_a_quantity_is_money_but_a_weight_is_not():
    found = kinds("Studio opens\n\nAmberlight Studios spent about 780 million zlotys converting the hall. The bear "
                  "weighed 68 pounds when it was found.")
    assert "money" in (found.get("780 million zlotys"), found.get("780 million"))
    assert found.get("68 pounds") != "money"


def test_the_commission_after_the_european_commission_is_that_body():
    found = kinds("Cheese dispute\n\nCheesemakers are in a dispute after the European Commission said on Monday it "
                  "would examine Slovenia's objection.\n\nUnder EU rules, the Commission will now give both sides three "
                  "months to negotiate a settlement.")
    assert "Commission" not in found and found.get("European Commission") == "org"


def test_a_name_stands_whole_beside_a_hyphen_only_where_asked():
    from quizapp.generator.names import occurrences

    text = "Blue-Hensby sued Hensby, and Hensbys replied."
    assert occurrences(text, "Hensby") == [(17, 23)]  # not inside a hyphened name, nor "Hensbys"
    assert occurrences(text, "Hensby", hyphens=False) == [(5, 11), (17, 23)]  # as re's \b would find it


@pytest.mark.parametrize("name, left", [
    ("COO Tetsuro Aikawa", "Tetsuro Aikawa"),
    ("Nissan CCO", None),
    ("Minister  Aoife\n  Brennan", "Aoife\n  Brennan"),  # as written, so that it is found in the name
])
def test_strip_title_leaves_the_name_as_written(name, left):
    assert strip_title(name) == left
    assert left is None or left in name


@pytest.mark.parametrize("raw, name", [
    # four words, and a given name that opens with an accented capital (set 51 matched "Herrera Domínguez" and
    # "Rosa Elena Martínez")
    ("Saturday's concert was performed by Miguel Ángel Herrera Domínguez, a Mexico City organist who has recorded "
     "on several restored Oaxacan instruments.", "Miguel Ángel Herrera Domínguez"),
    ("Municipal president Rosa Elena Martínez Santiago said the village would hold an annual organ festival every "
     "September.", "Rosa Elena Martínez Santiago"),
])
def test_spanish_names_are_found_whole(raw, name):
    found = kinds(raw)
    assert found.get(name) == "person", found


def test_a_towns_district_is_a_place_but_a_person_called_west_is_a_person():
    """The model took "Abeokuta North" for a person, offered as a senator whose certificate was withdrawn (set 52)."""
    from quizapp.generator.entities import district_of_a_place
    text = ("The 14 wards are spread across four local government areas: Abeokuta North, Abeokuta South, Odeda and "
            "Obafemi Owode.")
    assert district_of_a_place("Abeokuta North", {"Abeokuta North": {"person": 1}}, text)
    assert district_of_a_place("Ogun Central", {"Ogun": {"place": 2}}, "")
    assert not district_of_a_place("Rebecca West", {"Rebecca West": {"person": 3}}, "Rebecca West, a novelist, said.")
    assert not district_of_a_place("North", {}, text)
    assert kinds(f"Tribunal orders rerun\n\nABEOKUTA, Nigeria - A tribunal ordered a fresh vote.\n\n{text}")[
        "Abeokuta North"] == "place"


def test_a_company_s_short_name_the_model_takes_for_a_place_is_the_company():
    # Set 55: "Kuroshio" (eight mentions) was offered as a place, and "Uva Highlands' closing price" gave a person
    # "Uva Highlands'"; each is the company whose full name opens with it.
    raw = ("Japan's Kuroshio to buy Sri Lankan tea grower\n\nCOLOMBO, Sri Lanka - Japanese beverage group Kuroshio "
           "Holdings agreed on Tuesday to buy Uva Highlands Plantations, one of Sri Lanka's largest tea growers. "
           "Kuroshio will pay 118 rupees per share, a premium of 31% to Uva Highlands' closing price. Kuroshio said it "
           "would invest a further 9 billion rupees.")
    found = kinds(raw)
    assert found["Kuroshio Holdings"] == "org" and "Kuroshio" not in found
    assert found["Uva Highlands Plantations"] == "org" and not any(name.endswith("'") for name in found)


def test_a_family_s_name_the_model_takes_for_a_place_is_not_made_the_family_s_company():
    raw = ("Okamura to lead venture\n\nKenji Okamura, the president of Okamura Industries, will lead the venture. "
           "Okamura's shares rose 2.9% in Tokyo. \"We move quickly,\" Okamura said.")
    article = ingest.from_text(raw)
    docs, _ = parse(article)
    mentions = {e.name: len(e.mentions) for e in extract_entities(article.text, docs)}
    assert mentions["Okamura Industries"] == 1  # "Okamura said" is his, not the company's


def test_the_end_of_a_league_s_name_used_later_is_the_league():
    # "League One" after "Japan Rugby League One": asked twice, and marked wrong when typed (set 56's reviewers)
    raw = ("Fiji flanker moves to Japan\n\nHIROSHIMA, Japan - Fiji flanker Taniela Vosayaco has signed a three-year "
           "contract with Japan Rugby League One side Hiroshima Setouchi Breakers.\n\nThe 26-year-old will join the "
           "Breakers in time for the new League One season in December.")
    assert "League One" not in kinds(raw)


def test_a_journal_s_name_is_one_work_possessive_and_all_and_no_sentence_runs_into_a_name():
    # Set 57: "the journal Alzheimer's Research & Therapy" gave a company "Research & Therapy" (and a decoy "chief
    # executive of Research & Therapy"); "... of Alzheimer's. The drug can only ..." gave a product "Alzheimer's. The".
    raw = ("Seoul clears Alzheimer's test\n\nSEOUL, South Korea - The regulator approved NeuroTrace-AB on Wednesday. "
           "The results were published in July in the journal Alzheimer's Research & Therapy.\n\nDrugs such as Leqembi "
           "can slow the decline in the early stages of Alzheimer's. The drug can only be given to some patients.")
    found = kinds(raw)
    assert found.get("Alzheimer's Research & Therapy") == "work" and "Research & Therapy" not in found
    article = ingest.from_text(raw)
    assert not any(". " in name for name, *_ in product_candidates(article.text, set()))


def test_a_name_whose_family_name_alone_speaks_is_a_person():
    # Set 58: the model's organisation "Mai Okuno" and place "Okuno" were asked "Which place said the Japanese pair had
    # been surprised ...?"; a company that "said ... it" is still a company
    raw = ("Indonesians win All England title\n\nBIRMINGHAM, England - Indonesia's Dewi Anggraini and Rizka Permatasari "
           "won the women's doubles title on Sunday, beating Japan's Haruka Nishida and Mai Okuno 21-18, 17-21, 21-15."
           "\n\nOkuno said the Japanese pair had been surprised by the speed of their opponents.\n\nVelomark said in a "
           "statement that it owed 48 million euros to banks.")
    found = kinds(raw)
    assert found.get("Mai Okuno") == "person" and "Okuno" not in found
    assert found.get("Velomark", "org") != "person"


def test_a_name_joined_by_a_particle_listed_after_a_known_place_is_a_place():
    # Set 58: "Punta del Este" of "in Montevideo, Punta del Este and Salto" was a person, and its "Este" a lure among
    # the surnames of "Who said ...?"
    raw = ("Uruguay auctions 5G licences\n\nThe operator would begin offering service in Montevideo, Punta del Este "
           "and Salto in the second half of 2026, its chief executive Diego Arismendi said.")
    assert kinds(raw)["Punta del Este"] == "place"


def test_the_second_as_of_a_comparison_is_no_part_of_the_figure():
    # Set 67: "as 3,000 metres" was asked "drilled as deep _____", and typed "(in as metres)".
    raw = ("Kenya opens geothermal plant\n\nThe plant draws steam from 17 wells drilled as deep as 3,000 metres into "
           "the caldera about 170 kilometres northwest of Nairobi.")
    assert kinds(raw).get("3,000 metres") == "quantity"
    assert not any(name.startswith("as ") for name in kinds(raw))


def test_a_city_before_the_kind_of_body_after_a_title_is_still_a_city():
    # Set 67: "an energy analyst at Nairobi consultancy Savannah Economics" made Nairobi an organisation throughout.
    raw = ("Kenya opens geothermal plant\n\nThe plant was built by Nairobi-based Sirikwa Power at a cost of $214 "
           "million, about 170 kilometres northwest of Nairobi.\n\nPeter Mwangi, an energy analyst at Nairobi "
           "consultancy Savannah Economics, said the plant would not end power cuts.")
    assert kinds(raw)["Nairobi"] == "place"


def test_a_carrier_is_a_company_and_its_cargo_no_short_name_of_it():
    # Set 67: "Greek shipowner Aegean LNG Carriers" was "LNG Carriers", a product, and then "LNG" (of "LNG carriers",
    # what the ships carry) a short name of the company.
    raw = ("Korean yard wins LNG carrier order\n\nNamhae Shipbuilding said on Tuesday it had won an order to build 12 "
           "LNG carriers for Greek shipowner Aegean LNG Carriers.\n\nAegean LNG Carriers, which is based in Piraeus, "
           "said the ships would be chartered for 15 years.\n\nThe design would use less fuel than the LNG carriers "
           "Namhae delivered in 2022.")
    found = kinds(raw)
    assert found.get("Aegean LNG Carriers") == "org"
    assert written_as(raw, "Aegean LNG Carriers") == {"Aegean LNG Carriers"}


def test_a_name_with_a_particle_before_a_project_is_no_person():
    # Set 67: "the Salar de Pucara project" was a person, typed as "Pucara" for short.
    raw = ("Court halts lithium project\n\nJudge Mariana Quiroga issued an injunction suspending all works at the "
           "Salar de Pucara project, operated by Andes Litio S.A., until an environmental study is completed.")
    assert kinds(raw).get("Salar de Pucara") == "facility"


@pytest.mark.parametrize("name", ["Laguna Blanca", "Rio Blanco"])
def test_a_spanish_place_word_opens_a_place_s_name(name):
    # Set 67: the model called both people.
    raw = ("Court halts lithium project\n\nThe case was brought in February by the Kolla community of Laguna Blanca, "
           "which herds llamas on pastures fed by wetlands.\n\nThe project would draw up to 90 litres of fresh water "
           "per second from the Rio Blanco, the only permanent river in the basin.")
    assert kinds(raw).get(name) == "place"
    assert kinds(raw).get("Kolla") == "org"  # "the Kolla community": a people's body, no person


def test_a_name_said_to_be_a_settlement_is_a_place_and_a_town_councillor_a_person():
    # Set 68: "Camas Ruadh, the island's only settlement" was matched among the people.
    raw = ("Islanders buy their island\n\nIslanders watched the signing on a video link in the village hall at Camas "
           "Ruadh, the island's only settlement, where a ceilidh was planned.\n\nJane Thorburn, a town councillor in "
           "Oban, said the sale was good news.")
    found = kinds(raw)
    assert found.get("Camas Ruadh") == "place"
    assert found.get("Jane Thorburn") == "person"


@pytest.mark.parametrize("raw, name, kind", [
    # Set 67's review: a company's capitals before "said" are still its short name; a city before a verb is the
    # company the analyst covers; a name with a particle after a list of places that goes on with "of the
    # University" is a person; "known as" takes no particle at a name's end.
    ("BHP posts record profit\n\nBHP Group posted a record profit on Tuesday.\n\nBHP said it would raise its "
     "dividend, and BHP shares rose 4 percent.", "BHP", None),
    ("The prize was shared by teams in Lima and Maria de la Cruz of the University of Chile, the jury said on Monday.",
     "Maria de la Cruz", "person"),
    ("Archaeologists dug into a mound known as Huaca Blanca last year, the ministry said on Friday.", "Huaca Blanca",
     "place"),
    ("Toyota recalls cars\n\nThe chief executive of Toyota said on Tuesday the company would recall 1 million cars."
     "\n\nToyota Motor Corp shares fell 3 percent.", "Toyota", None),
])
def test_set_67_s_readings_do_not_misfire(raw, name, kind):
    assert kinds(raw).get(name) == kind


@pytest.mark.parametrize("raw, company, short", [
    ("BHP posts record profit\n\nBHP Group posted a record profit on Tuesday.\n\nBHP said it would raise its dividend, "
     "and BHP shares rose 4 percent.", "BHP Group", "BHP"),
    ("Toyota recalls cars\n\nThe chief executive of Toyota said on Tuesday the company would recall 1 million cars.\n\n"
     "Toyota Motor Corp shares fell 3 percent.", "Toyota Motor Corp", "Toyota"),
])
def test_a_company_s_short_name_stays_one_of_its_mentions(raw, company, short):
    # What set 67's review cases mean (the short names are no entity of their own): merged as the company's.
    assert short in written_as(raw, company)


def test_one_list_of_event_endings_sorts_a_race_among_events():
    # A review: the entities read "Hamburg Marathon" as an event while the lure sorts called it a company.
    from quizapp.generator.distractors import org_sort

    assert org_sort("Hamburg Marathon") == "event" and org_sort("Open University") == "public"
    assert kinds("Runner wins\n\nJudith Masters won the race on Sunday, her coach said.").get("Judith Masters") == "person"
