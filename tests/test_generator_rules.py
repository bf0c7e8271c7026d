"""The generator's smaller rules, each on a sentence written to test it."""

import re
from pathlib import Path

import pytest

from quizapp.generator.distractors import perturb_date, perturb_number, perturb_percent, pick, too_close
from quizapp.generator.figures import completes_hundred, numeric_value, years_still_to_come
from quizapp.generator.fits import fitting
from quizapp.generator.models import Sentence
from quizapp.generator.pipeline import NothingToAsk, generate_question_set
from quizapp.generator.shown import right_texts
from quizapp.generator.stems import cloze_text, leaks
from tests.conftest import ROOT
from tests.test_generator_lures import (
    answers_made,
    asked,
    choice_lures,
    lures,
    lures_offered,
    maker_of,
    mention_lures,
    stems_made,
)


def sentence(text):
    return Sentence(0, len(text), text, 0, 0)


@pytest.mark.parametrize(("text", "answer", "blank"), [
    ("Sales reached 500,000 units last year.", "500,000", "Sales reached _____ units last year."),
    ("The cars are built at Mitsubishi's Mizushima Plant.", "Mitsubishi", ""),        # possessive
    ("Nissan and Mitsubishi will share platforms.", "Nissan", ""),                     # one of a pair
    ("Deposits lie in the provinces of Lai Chau, Lao Cai and Yen Bai.", "Lai Chau", ""),  # one of a list of two-word names
    ("Offers came from France, Italy and Japan.", "France", ""),                       # one of a list
    ("Offers came from France and the Netherlands.", "France", ""),                    # one of a pair
    ("It needs approval from the Commission and from the screening board.", "Commission", ""),  # a pair
    ("Seeds were collected in eastern Anatolia and kept in a freezer.", "Anatolia",  # "and" goes on with a verb
     "Seeds were collected in eastern _____ and kept in a freezer."),
    ("The Allied Health Workers' Union said so.", "Health Workers' Union", ""),        # half a name
    ("In Brandenau, Kenya's Elias Tanui broke the record.", "Elias Tanui",          # a possessive is whole
     "In Brandenau, Kenya's _____ broke the record."),
    ("TAMPERE, Finland — Quillon unveiled two laptops.", "Quillon", "_____ unveiled two laptops."),
    ("The loan will pay for a Halden-based clinic.", "Halden", ""),                  # half a word
    ("The loan will pay for a 1,200-seat concert hall.", "1,200", "The loan will pay for a _____-seat concert hall."),
    # A count before a capitalised name counts it: not half of "1.5 million Arc Fold".
    ("Korvex aims to ship 1.5 million Arc Fold units.", "1.5 million", "Korvex aims to ship _____ Arc Fold units."),
    # A name joined by a particle is one name: "Ribeira do Canto", "Aguas do Barlavento".
    ("The dam stands on the Ribeira do Canto river.", "Ribeira", ""),
    ("Aguas do Barlavento will finance the dam.", "Barlavento", ""),
    # A body's name goes on after "for": half of it is no answer ("Federal Court on Thursday" is whole).
    ("It notified the International Centre for Settlement of Investment Disputes.", "International Centre", ""),
    ("Australia's Federal Court on Thursday fined the chain.", "Federal Court",
     "Australia's _____ on Thursday fined the chain."),
    # A name an aside gives ("called BDAV-2, ") is no item of a list the figure after it is one of (set 54).
    ("Of the patients given the antivenom, called BDAV-2, 3.1 percent died.", "3.1 percent",
     "Of the patients given the antivenom, called BDAV-2, _____ died."),
    ("Sales rose in Norway, Sweden, 12 percent in all.", "12 percent", ""),  # (a list's last item)
])
def test_cloze_blanks_only_what_a_student_can_fill(text, answer, blank):
    start = text.index(answer)
    assert cloze_text(text, sentence(text), start, start + len(answer)) == blank


@pytest.mark.parametrize(("prompt", "kept"), [
    ("Fill in the blank: The study was funded by a _____ grant from a non-profit based in Port Ardent, and.", False),
    ("Fill in the blank: The planet was first identified in _____ by.", False),
    ("Fill in the blank: The study found an average of _____ particles per litre, with the highest concentration.",
     False),  # recorded where?
    ("Fill in the blank: The findings, published in the _____, are based.", False),  # based on what?
    # A cut that took what a verb or a noun needs.
    ("Fill in the blank: Public spending on pensions currently stands, and is projected to climb above _____.", False),
    ("Fill in the blank: Public spending on pensions currently stands at _____ of output.", True),
    ("Fill in the blank: An industry group, estimated total insured losses from the storm at about _____ crowns.", False),
    ("Fill in the blank: The species, named _____ imperator, is described.", False),  # (in a paper published in ...)
    ("Fill in the blank: Unions had initially demanded _____ won, an increase.", False),  # (of 11.4%)
    ("Fill in the blank: Exports of Bordeaux wine fell by value in the first eight months of the year, to _____.", False),
    ("Fill in the blank: The plant is located in _____.", True),
    ("Fill in the blank: Landowners will be paid _____ per hectare each time the storage area is used.", True),
    ("Fill in the blank: The study was funded by a _____ grant from the Foundation for Youth Health.", True),
    ("Which company will the plant be sold to?", True),  # a question may end on its preposition
    ("Match each model with the model it is paired with.", True),  # and so may a sentence
])
def test_a_stem_cut_short_of_what_its_last_word_needs_is_not_asked(prompt, kept):
    from quizapp.generator.candidates import Candidate
    from quizapp.generator.shown import acceptable
    question = {"type": "multiple_choice", "prompt": prompt,
                "choices": [{"text": "2.3 million", "weight": 1}, {"text": "1.9 million", "weight": 0}]}
    assert acceptable(Candidate(question, 5, "mention", "2.3 million", 0)) is kept


def test_leaks():
    assert leaks("At which plant will the Mizushima cars be built?", "Mizushima Plant")
    assert not leaks("At which plant will the cars be built?", "Mizushima Plant")
    assert leaks("The model has a 14-inch screen. Which model?", "LX14")


def test_completes_hundred():
    assert completes_hundred("55%", "Mervane will own 55% and Oster-Lind the remaining 45%.")
    assert not completes_hundred("55%", "Mervane will own 55% of the venture.")


def test_number_lures_keep_the_format_and_vary_the_answers_rank():
    lures = perturb_number("500,000 units")
    assert all(re.fullmatch(r"[\d,]+ units", lure) for lure in lures) and "500,000 units" not in lures
    ranks = set()
    for answer in ("120 workers", "3,400 jobs", "€45 million", "1,800 people", "212 films", "58 countries", "14 stops"):
        options = sorted([float(re.sub(r"[^\d.]", "", answer))] +
                         [float(re.sub(r"[^\d.]", "", x)) for x in perturb_number(answer)[:3]])
        ranks.add(options.index(float(re.sub(r"[^\d.]", "", answer))))
    assert len(ranks) >= 3  # the right figure is not always in the same place


def test_small_counts_move_by_steps_not_tenfold():
    lures = [int(x.split()[0]) for x in perturb_number("14 stops")]
    assert all(6 <= n <= 22 for n in lures)
    # Three to show and spares behind them, for a lure another question rules out ("38" beside "26").
    assert len(lures) == 6 and len(set(lures)) == 6 and 14 not in lures


def test_date_lures():
    assert set(perturb_date("June 2011")) >= {"June 2010", "June 2012"}
    # A day without its year: other days of the month, and the next month's, not the 9th three months on.
    assert perturb_date("March 9") == ["March 16", "March 4", "March 21", "April 9"]
    assert perturb_date("the first quarter of next year")[:3] == [
        "the second quarter of next year", "the third quarter of next year", "the fourth quarter of next year"]
    assert set(perturb_date("the second half of next year")) == {
        "the first half of next year", "the second half of this year", "the first half of this year"}


def test_a_quarter_of_a_year_is_a_date_to_ask():
    raw = ("Orvik to buy Lanne ferry line\n\nOrvik Lines has agreed to buy the Lanne ferry line for £40m.\n\n"
           "The sale needs approval from the competition regulator and is expected to be completed in the "
           "second half of next year. Orvik Lines runs 14 ferries.")
    questions = generate_question_set(raw).question_set.questions
    assert any("the second half of next year" in [c["text"] for c in q.get("choices", ()) if c["weight"]]
               for q in questions)


def test_acronyms_and_titles_are_the_same_thing():
    assert too_close("Chief Operating Officer", ["Mitsubishi President and COO"])
    assert pick("chief executive of Oster-Lind Pharma", "title",
                [("article", ["Oster-Lind Chief Executive", "Mervane's head of research"])]) == [
        ("Mervane's head of research", "article")]


def test_too_long_article_is_refused():
    with pytest.raises(NothingToAsk, match="up to 60,000 characters"):
        generate_question_set("The council met on Monday in Aldermoor. " * 2000)


def test_unattributed_quote_gets_no_question():
    raw = ("The council's strategy sets the objective of “a tram or train stop within ten minutes’ walk of every "
           "home by 2040”. Mayor Patricia Oduya said the council would publish the plans in June 2026.")
    questions = generate_question_set(raw).question_set.questions
    assert not any(q["prompt"].startswith("Who said") for q in questions)


def speakers_of(raw):
    """{first word of each quotation: its speaker or None}."""
    from quizapp.generator import ingest
    from quizapp.generator.entities import extract_entities
    from quizapp.generator.nlp import parse
    from quizapp.generator.quotes import find_quotes
    article = ingest.from_text(raw)
    docs, sentences = parse(article)
    people = [e.name for e in extract_entities(article.text, docs) if e.kind == "person"]
    return {q.quote.split()[0]: q.speaker for q in find_quotes(article.text, article.paragraphs, people, sentences)}


def test_she_added_goes_to_the_speaker_before():
    raw = ("“This is the most important decision this council has taken in a generation,” said Mayor Patricia "
           "Oduya of Aldermoor. “Every resident of Eastwick should be able to reach Calder Park quickly,” she added.\n\n"
           "Councillor Gareth Pryce, leader of the Civic Alliance group, said the cost estimate was unrealistic. "
           "“We support better transport for Eastwick, but the costs will overrun,” Pryce said.\n\n"
           "Councillor Maria Lund said the vote was held on 14 May 2025 after a debate of four hours.")
    assert speakers_of(raw) == {"This": "Patricia Oduya", "Every": "Patricia Oduya", "We": "Gareth Pryce"}


@pytest.mark.parametrize("raw, expected", [
    # "NAME, TITLE, told reporters" after the quote (set 50)
    ("Tanjung Emas said it would study the judgment. Its shares fell 6.8 percent on Tuesday.\n\n"
     "\"We have spent more than 40 million ringgit on surveys, design and approvals,\" Harith Zulkifli, chief "
     "executive of Tanjung Emas, told reporters outside the Palace of Justice.",
     {"We": "Harith Zulkifli"}),
    # ... but not the next sentence's speaker after a quote that ends its own sentence
    ("Prime Minister Duarte Leal thanked the party for what he called \"a responsible compromise.\" The party's "
     "leader, Sofia Antunes, said her 24 lawmakers had backed the bill.", {"a": None}),
    # a Malay name by its given name, a Chinese one by its family name, which comes first
    ("A three-judge panel led by Justice Rosnah Abdul Karim said the council had approved the towers in March. "
     "\"The approval was made on incomplete information and it cannot stand,\" Rosnah said.\n\n"
     "Lim Wei Shan, a lawyer for the residents, welcomed the ruling. \"This is a victory for every family,\" Lim said.",
     {"The": "Rosnah Abdul Karim", "This": "Lim Wei Shan"}),
    # '"...," she said' opening a paragraph is the one person named in the paragraph before
    ("Critics said the ruling should prompt a wider review. Dr Farah Idris, a geologist at Universiti Sains Malaysia, "
     "said at least 18 other projects were on slopes as steep.\n\n"
     "\"The soil on these granite hills can behave very differently once the forest is removed,\" she said.",
     {"The": "Farah Idris"}),
    # ... and nobody where that paragraph names two
    ("Dr Farah Idris and Professor Tan Soo Lian gave evidence for the residents at the hearing in George Town.\n\n"
     "\"The soil on these granite hills can behave very differently once the forest is removed,\" she said.",
     {"The": None}),
    # ... nor where it names its one person in passing: her words are the winner's
    ("Amaia Etxeberria won the race in record time.\n\nThe trophy was presented by Mayor John Smith.\n\n"
     "\"I have dreamed of this since I was a little girl in Bilbao,\" she said.", {"I": None}),
    # a title's abbreviation does not end the attribution; a Spanish or Portuguese name's two surnames; an age
    ("\"These are children who mostly do not know anything is wrong,\" said Dr. Signe Holmgaard, head of audiology "
     "at Fynmark University Hospital.\n\nAgriculture Minister Helena Vasconcelos Ribeiro opened a credit line. "
     "\"No producer will be left to face this alone,\" Vasconcelos Ribeiro told reporters.\n\n"
     "Ethiopia's Meskerem Tadesse Girma won on her debut.\n\n\"It was my first marathon and I did not know what would "
     "happen,\" said Tadesse Girma, 23, who until this year had raced on the track.",
     {"These": "Signe Holmgaard", "No": "Helena Vasconcelos Ribeiro", "It": "Meskerem Tadesse Girma"}),
])
def test_speakers_news_names_in_more_ways(raw, expected):
    assert speakers_of(raw) == expected


def test_a_quote_by_surname_is_asked_however_far_the_full_name_is_and_with_a_clause_after_the_surname():
    raw = ("Argentine qualifier Lucia Ferrante won the Porto Open on Sunday, beating top seed Daria Volkova in three sets.\n\n"
           "Martin Iturbe has coached Ferrante since she was 14.\n\n"
           "The match lasted three hours. The crowd of about 6,500 stayed to the end. Organisers sold 41,000 tickets.\n\n"
           "\"I had the match on my racket, twice, and I did not take it,\" Volkova said at a news conference.\n\n"
           "\"She hit 11 aces today; a year ago she was hitting maybe 11 a month,\" said Iturbe, who also coached "
           "her father.")
    asked = {q["prompt"]: right_texts(q) for q in generate_question_set(raw).question_set.questions}
    assert asked.get("Who said: “I had the match on my racket, twice, and I did not take it”?", [""])[0] == "Daria Volkova"
    assert asked.get("Who said: “She hit 11 aces today; a year ago she was hitting maybe 11 a month”?", [""])[0] == (
        "Martin Iturbe")


def test_a_quote_by_surname_shows_the_sentence_naming_the_speaker_not_the_paragraphs_between():
    raw = ("Argentine qualifier Lucia Ferrante won the Porto Open on Sunday, beating top seed Daria Volkova in three sets.\n\n"
           "The match lasted three hours and ended after dark.\n\n"
           "Volkova, the world number four, had not dropped a set all week, organisers said.\n\n"
           "\"I came here with one bag and a ticket home for Wednesday,\" Ferrante told reporters.")
    quote = next(q for q in generate_question_set(raw).question_set.questions if "one bag" in q["prompt"])
    source = quote["source"]
    assert source["sentence"] == ("Argentine qualifier Lucia Ferrante won the Porto Open on Sunday, beating top seed "
                                  "Daria Volkova in three sets. … \"I came here with one bag and a ticket home for "
                                  "Wednesday,\" Ferrante told reporters.")
    assert [raw[s:e] for s, e in source["spans"]] == source["sentence"].split(" … ")


@pytest.mark.parametrize(("prompt", "answer", "leaked"), [
    ("Fill in the blank: The audience award went to _____, following a family over four decades.", "Forty Winters", True),
    ("Fill in the blank: The award went to _____, a film about forty years at sea.", "Forty Winters", True),
    ("Fill in the blank: The two directors shared the award for _____.", "Two Rivers", False),  # small numbers are everywhere
    ("Fill in the blank: The audience award went to _____, a documentary.", "Forty Winters", False),
])
def test_a_number_spelled_in_a_title_leaks_from_the_stem(prompt, answer, leaked):
    assert leaks(prompt, answer) is leaked


def test_a_planning_committee_plans_nothing_and_a_cost_is_asked_as_a_figure():
    raw = ("Orvik council backs new bridge\n\nOrvik's planning committee voted 7 to 4 on Tuesday to approve a new "
           "footbridge over the River Lanne, which will cost £12m.\n\nConstruction will begin in March 2027, the "
           "council said, and the bridge should open in 2029.")
    generated = generate_question_set(raw)
    assert not [f.answer for f in generated.facts if f.kind == "plan"]
    prompts = [q["prompt"] for q in generated.question_set.questions]
    # ", the council said,": who says so is no part of a wh-question; ", and the bridge ...": its own sentence.
    assert not any(p.startswith("When") and "said" in p for p in prompts)
    assert "Fill in the blank: The bridge should open in _____." in prompts


def test_a_described_word_is_typed_and_its_article_stays_in_the_stem():
    raw = ("Tarnside hospital merger approved\n\nThe Tarnside health board approved the merger of two hospitals on "
           "Monday, a move that will cost £30m.\n\nLocal doctors described the merger as \"overdue\". Orvik "
           'Care, which runs the other hospital, said it would "examine all legal options". The nurses\' union '
           'has called the plan "a slow-motion closure".')
    typed = {q["answers"][0]["text"]: q["prompt"] for q in generate_question_set(raw).question_set.questions
             if "term" in q["tags"]}
    assert typed["overdue"].endswith('described the merger as "_____".')
    # Four everyday words typed back exactly: reviewers would accept "consider legal action" too, so not asked.
    assert "examine all legal options" not in typed
    union = generate_question_set("Tarnside hospital merger approved\n\nThe Tarnside health board approved the "
                                  "merger of two hospitals on Monday.\n\nThe nurses' union has called the plan "
                                  '"a slow-motion closure".').question_set.questions
    assert any(q["prompt"].endswith('called the plan "a _____".') and q["answers"][0]["text"] == "slow-motion closure"
               for q in union)


def test_a_service_named_with_a_plus_is_asked_and_its_refers_back():
    raw = ("Tarnside festival signs streaming deal\n\nThe Tarnside film festival sold 90,000 tickets this year. "
           "\n\nThe festival was not without controversy. Its first partnership with a streaming service, under which "
           "the platform Reelo+ will stream 12 films to subscribers, was criticised by cinema owners.")
    typed = [q for q in generate_question_set(raw).question_set.questions
             if any(a["text"] == "Reelo+" for a in q.get("answers", ()))]
    assert typed and typed[0]["prompt"].startswith("Fill in the blank: The festival’s first partnership")
    assert {a["text"] for a in typed[0]["answers"]} == {"Reelo+", "Reelo Plus"}


def test_a_change_is_asked_by_where_it_got_to_not_where_it_started():
    raw = ("Orvik Bank doubles profit\n\nOrvik Bank said on Monday that its profit rose sharply last year.\n\n"
           "Customer numbers climbed to 4.6 million from 3.1 million a year earlier, the bank said, and its "
           "lending book grew to £2.4bn.")
    answers = asked(raw)
    assert any("4.6 million" in a or "4.6" in a for a in answers)
    assert not any("3.1 million" in a or "3.1" in a for a in answers)


def test_a_figure_the_headline_rounds_is_typed_and_ranks_as_any_other():
    raw = ("Orvik Bank customers pass 4 million\n\nOrvik Bank said on Monday that it made a profit of £212m last year "
           "as higher interest income lifted earnings.\n\nCustomer numbers climbed to 4.6 million from 3.1 million a "
           "year earlier. The bank employs about 1,400 people.")
    maker, _, _, facts = maker_of(raw)
    made = [c for fact in facts for c in maker.candidates(fact)]
    assert [c.question["type"] for c in made if c.answer == "4.6 million"] == ["numerical"]  # lures would leave one near 4
    typed = {c.answer: c.score for c in made if c.question["type"] == "numerical"}
    assert typed["4.6 million"] >= typed["1,400"]  # the exact figure is still to recall
    # A headline that gives the figure as it stands leaves nothing to recall.
    maker, _, _, facts = maker_of(raw.replace("pass 4 million", "reach 4.6 million"))
    typed = {c.answer: c.score for fact in facts for c in maker.candidates(fact) if c.question["type"] == "numerical"}
    assert "4.6 million" not in typed and "1,400" in typed  # the title above every question prints it (set 27)


def test_speakers_named_by_their_title_or_their_bench_are_found():
    raw = ("Tarnside museum returns mask\n\nThe review was led by Professor Ines Carvalho, a historian at the "
           "University of Tarnside. \"The letters describe paying workers to dig at night,\" Carvalho said.\n\n"
           "Chile's Minister of Culture, Rosa Elena Marquez, welcomed the decision. \"For the village, this is an "
           "ancestor coming home,\" she said in a statement.\n\n\"A label on a contract cannot override the reality "
           "of the relationship,\" Lady Justice Orwell said in the leading judgment.")
    facts = generate_question_set(raw).facts
    speakers = {f.data["quote"][:12]: f.answer for f in facts if f.kind == "quote"}
    assert speakers == {"The letters ": "Ines Carvalho",  # "a historian at the University" is no university
                        "For the vill": "Rosa Elena Marquez", "A label on a": "Lady Justice Orwell"}
    # A judge with her given name too is one person, not "Mrs Justice Helena" and an "Okafor" (set 46)
    raw = ("Court reopens path\n\nTRURO - A judge has ordered a landowner to reopen a coastal path.\n\nMrs Justice "
           "Helena Okafor said on Thursday that the path was a public right of way. \"Walkers have used it for sixty "
           "years,\" Okafor said.")
    assert [f.answer for f in generate_question_set(raw).facts if f.kind == "quote"] == ["Mrs Justice Helena Okafor"]


def test_no_stem_prints_half_a_quotation_and_a_speaker_is_asked_once_per_passage():
    raw = ('Portlaw festival sells record 150,000 tickets\n\nPORTLAW - The Portlaw Film Festival sold 150,000 tickets '
           'this year, its organisers said on Sunday.\n\n"People told us the audience for serious cinema was '
           'disappearing. This week, the queues went round the block," said Mara Quist, the festival\'s artistic '
           'director.\n\nThe jury was chaired by the actor Tomas Berg. "We argued about almost everything," Berg said.'
           '\n\nHenrik Solberg, the festival\'s chairman, said the event would return in September. "We will be '
           'back next year with an even bigger programme," Solberg said.')
    prompts = [q["prompt"] for q in generate_question_set(raw).question_set.questions]
    assert prompts and all(p.count('"') % 2 == 0 for p in prompts), prompts
    # Who holds the role, or who said it: one question about Henrik Solberg, the two sentences being one passage.
    assert ("Fill in the blank: _____, the festival's chairman, said the event would return in September." in prompts) != (
        "Who said: “We will be back next year with an even bigger programme”?" in prompts)


@pytest.mark.parametrize("sentence, person", [
    ("Lindholm's chairman, Robert Ashdown, said the board had considered other options.", "Robert Ashdown"),
    ("Professor Anil Deshmukh, an electrochemist at the Royal Institute of Battery Research, said the results were "
     "striking.", "Anil Deshmukh"),
    ("Charles Mwansa, Zambia's minister of mines, said the government would seek guarantees.", "Charles Mwansa"),
])
def test_a_blank_set_beside_the_persons_title_asks_who_holds_the_role(sentence, person):
    raw = f"Lindholm Mining sold\n\nLindholm Mining agreed on Monday to be bought by Orvik Metals.\n\n{sentence}"
    maker, _, _, facts = maker_of(raw)
    asked = [c for f in facts if f.kind == "mention" and f.answer == person for c in maker.candidates(f)]
    assert asked and all(c.role for c in asked)


@pytest.mark.parametrize("text, answer, asked", [
    ("The Danish company opened its first factory in 2015.", "2015", "When did the Danish company open its first factory?"),
    ("Quillon was founded in Tampere in 1998.", "1998", "When was Quillon founded in Tampere?"),  # a name, not an event
    # A nationality keeps its capital where it opens the question.
    ("Swiss voters approved a climate law in June 2023.", "June 2023", "When did Swiss voters approve a climate law?"),
    # A quoted title before the verb does not survive the reordering: 'When had still Life with ...", painted'.
    ('"Still Life with Lemons and a Silver Ewer", painted in 1652, had been owned by a family in Switzerland since 1923.',
     "1923", None),
    # A word before the verb stays before it: not "When did Halloran conduct first the choir?"
    ("Halloran, the choir's founder, first conducted the choir in 2019.", "2019",
     "When did Halloran, the choir's founder, first conduct the choir?"),
    # The year is the last election's: "When did the party win 11 seats?" would ask about this one.
    ("The Unity Party of Prime Minister Daniel Korovou won 11 seats, down from 26 at the last election in 2021, while "
     "three seats went to independent candidates.", "2021", None),
    # "since" and "by" stay in the question (set 49: "When had no living plant been seen?" asked another thing).
    ("No living plant had been seen since April 1943.", "April 1943", "Since when had no living plant been seen?"),
])
def test_when_is_asked_only_of_the_verb_s_own_time(text, answer, asked):
    from quizapp.generator.nlp import get_model
    from quizapp.generator.wh import wh_question

    start = text.index(answer)
    assert wh_question(get_model()(text)[:], start, start + len(answer), "date", None) == asked


@pytest.mark.parametrize("stem, stands", [
    ("Fill in the blank: The striker passed his medical on _____.", True),
    ("Fill in the blank: The crown was bequeathed to the museum by his daughter in _____.", False),
    ("Fill in the blank: The museum declined to put a value on it, but a valuation put it at _____.", False),
    ("Fill in the blank: _____, a former trustee, said it set a precedent for regional museums.", False),
    ("Fill in the blank: Quickpath said it was disappointed by the ruling of the _____.", True),
    # Set 60: "it" is the disease of the sentence before, not the body named before it.
    ("Fill in the blank: The World Health Organization estimates that about _____ people develop it every year.", False),
    ("Fill in the blank: The plant will employ _____ people when it reaches full output in 2027.", True),
    ("Fill in the blank: The measures will cost about _____ this year.", False),  # which measures (set 60)
    ("Fill in the blank: The measures of success were agreed in _____.", True),
    # Set 64: inside what, the sentence before says (a red zone round the lava).
    ("Fill in the blank: Visitors will be allowed inside it only with a guide, in groups of _____ people.", False),
    ("Fill in the blank: The studio spent _____ converting the steel hall and building five sheds around it.", True),
])
def test_a_stem_that_leans_on_the_sentence_before_is_not_asked(stem, stands):
    maker, _, _, _ = maker_of("Tarn Museum returns crown\n\nThe Tarn Museum will return a crown to Peru, its "
                              "director Helen Marsh said on Monday.\n\nThe delivery company Quickpath lost its appeal.")
    assert bool(maker.context.resolve(stem)) == stands


@pytest.mark.parametrize(("prompt", "answer", "leaked"), [
    ("Fill in the blank: The rocket of Scottish launch company Highland Orbital lifted off from northern _____.",
     "Scotland", True),
    ("Fill in the blank: The Finnish company will build its plant in _____.", "Finland", True),
    ("Fill in the blank: The Finnish company will build its plant in _____.", "Sweden", False),
])
def test_a_places_adjective_in_the_stem_gives_it_away(prompt, answer, leaked):
    assert leaks(prompt, answer) is leaked


def test_the_earth_is_not_asked():
    raw = ("Satellite reaches orbit\n\nAtalaia Space said on Tuesday its first satellite had reached orbit and was "
           "sending signals back to Earth, a day after its launch from Fairhaven in northern Scotland.")
    rights = asked(raw)
    assert rights and not any("Earth" in right for right in rights)


def test_a_clock_reading_does_not_end_the_sentence_and_its_zone_is_not_asked():
    maker, sentences, _, facts = maker_of("\n\n".join([
        "Lander touches down",
        "The lander settled near the rim of Malapert crater at 11:42 a.m. Central Time (1642 GMT), about 19 minutes "
        "after beginning its descent, Astraeon Dynamics said.",
        "Mission controllers in Houston cheered when the signal arrived.",
    ]))
    assert sentences[0].text.endswith("Astraeon Dynamics said.")
    zone = [f for f in facts if f.kind == "mention" and f.answer == "Central Time"]
    assert all(not maker.candidates(f) for f in zone)


def test_its_after_a_sentence_about_another_s_attempt_is_left_unresolved():
    maker, sentences, _, _ = maker_of("\n\n".join([
        "Lander touches down",
        "Astraeon Dynamics landed a robot on the Moon on Saturday.",
        "The landing was Astraeon's second attempt to reach the Moon. Its first lander crashed in 2023.",
    ]))
    crashed = next(s for s in sentences if s.text.startswith("Its first lander"))
    assert maker.antecedent(crashed) != "The landing"  # whose first lander: Astraeon's, not the landing's


@pytest.mark.parametrize("stem", [
    "Fill in the blank: That is roughly _____ less than the cheapest model from its rivals.",
    "Fill in the blank: The company said it had rewritten roughly _____ of the software since then.",
    "Fill in the blank: About _____ of them submitted their answers online.",
    "Fill in the blank: Of those, _____ had been treated for at least one kidney stone.",  # (set 52)
    "Fill in the blank: Among these, _____ were children.",
    "Fill in the blank: Both are expected to be operating on the route by _____.",
])
def test_a_stem_that_says_what_only_the_sentence_before_told_is_not_asked(stem):
    maker, _, _, _ = maker_of("Phone launched\n\nKorvex launched a phone on Tuesday. It costs 1,299 dollars.")
    assert maker.context.resolve(stem) == ""


def test_of_them_after_the_noun_it_stands_for_is_a_stem_that_stands_alone():
    # "employs 1,150 people, about 900 of them in Korvela": the sentence itself says who "them" are (set 15's
    # workforce and set 17's were never asked)
    maker, _, _, _ = maker_of("Phone launched\n\nKorvex launched a phone on Tuesday. It costs 1,299 dollars.")
    for stem in ("Fill in the blank: Kettuvaara employs _____ people, about 900 of them in Korvela.",
                 "Fill in the blank: The mine employs around _____ people, most of them through contractors.",
                 "Fill in the blank: Diarrhoea was reported by _____ of patients, against 12 percent of those on "
                 "placebo."):
        assert maker.context.resolve(stem) == stem


def test_a_day_and_month_is_a_date_to_ask_but_a_bare_month_is_not():
    questions = generate_question_set("\n\n".join([
        "Astraeon lander reaches the Moon",
        "Texas-based Astraeon Dynamics said its robotic lander touched down near the lunar south pole on Saturday.",
        "The lander was launched on January 28 and spent three weeks in transit, the company said.",
        "In March, the company hired 200 engineers at its plant in Houston, chief executive Marcus Delaney said.",
        "Astraeon's next lander will fly on Sunday, October 11, 2026, from a new pad in Florida, Delaney said.",
    ])).question_set.questions
    answers = [right_texts(q) for q in questions]
    assert any("January 28" in a for a in answers), [q["prompt"] for q in questions]
    assert any("October 11, 2026" in a for a in answers), [q["prompt"] for q in questions]  # "on Sunday, _____"
    assert not any("March" in a for a in answers)


def test_a_speakers_title_ends_at_the_comma_before_where_they_spoke():
    from quizapp.generator.quotes import identify
    assert identify("Kenji Okamura, the president of Okamura Industries, at a news conference",
                    ["Kenji Okamura"]) == ("Kenji Okamura", "the president of Okamura Industries")
    assert identify("Ravi Patel, an analyst at Meridian Data, on Tuesday", ["Ravi Patel"]) == (
        "Ravi Patel", "analyst at Meridian Data")


def test_made_up_figures_keep_the_answers_precision():
    lures = perturb_number("1.21 million")
    # (below a million written out: "970,000", not "0.97 million")
    assert lures and all(re.fullmatch(r"\d\.\d\d million|\d{3},000", lure) for lure in lures), lures
    assert not all(lure[3] == "0" for lure in lures if "million" in lure)  # not 1.70, 1.50, 1.00 beside 1.21


def test_the_articles_round_figures_are_no_lures_for_a_precise_one():
    maker, _, _, facts = maker_of("\n\n".join([
        "Valkenmoor approves tram depot",
        "Valkenmoor's city council on Thursday approved a 240 million euro tram depot, the city said.",
        "The transport company VMT carried 71.4 million passengers last year, up 8% from a year earlier.",
        "The package combines 140 million euros from the city, 65 million euros from the province and a 35 million "
        "euro loan.",
    ]))
    passengers = [f for f in facts if f.kind == "mention" and f.answer == "71.4 million"]
    lures = choice_lures(maker, passengers)
    assert lures and all(re.search(r"\d+\.\d million", lure) for lure in lures), lures


def test_the_dateline_is_not_read_as_part_of_the_lead():
    from quizapp.generator.nlp import without_dateline
    assert without_dateline("TROMSØ, Norway - Norwegian authorities banned exports.") == \
        " " * len("TROMSØ, Norway - ") + "Norwegian authorities banned exports."
    assert without_dateline("Norwegian authorities banned exports.") == "Norwegian authorities banned exports."
    # with the wire's name in brackets ("one question asks for the news agency": set 37's reviewers)
    assert without_dateline("LIMERICK, Ireland (AP) - One of Ireland's oldest theatres reopened.").strip() == \
        "One of Ireland's oldest theatres reopened."
    assert without_dateline("DUBLIN (Reuters) — A concert hall opened.").strip() == "A concert hall opened."
    # and a date after the country (set 38's reviewers, after its final rating)
    assert without_dateline("CUCUTA, Colombia, Oct. 3 (AP) — Releasing mosquitoes cut cases.").strip() == \
        "Releasing mosquitoes cut cases."
    questions = generate_question_set("\n\n".join([
        "Salmon virus halts exports",
        "TROMSØ, Norway - Norwegian authorities on Monday banned exports of salmon from farms in the Nordvik fjord "
        "after an outbreak of salmon anaemia was confirmed at four sites operated by Fjordhavn Seafood.",
        "About 1.2 million fish will be culled at the farms over the next three weeks, the company said.",
        "Shares in Fjordhavn fell 9% in Oslo. Fisheries Minister Ingrid Solheim said the ban would last six months.",
    ])).question_set.questions
    assert not any("TROMSØ" in q["prompt"] for q in questions), [q["prompt"] for q in questions]


def test_the_next_of_a_numbered_line_is_not_asked():
    maker, _, _, facts = maker_of("\n\n".join([
        "Astraeon lands Selene-2 on the Moon",
        "Texas-based Astraeon Dynamics said its lander Selene-2 touched down on Saturday. Its first lander, Selene-1, "
        "crashed in 2023.",
        "Astraeon said its next lander, Selene-3, will launch in 2027, chief executive Marcus Delaney said.",
        "Quillon unveiled two laptops, the LX14 and the larger LX16, on Tuesday in Tampere.",
    ]))
    assert maker.next_in_series("Selene-3")
    assert not maker.next_in_series("Selene-1")  # the first of the line is recalled, not counted
    assert not maker.next_in_series("LX16")  # models named by size are no line
    third = [f for f in facts if f.kind == "mention" and f.answer == "Selene-3"]
    assert third and not [c for f in third for c in maker.candidates(f)]


def test_a_bare_noun_before_is_not_what_its_means():
    raw = ("Voltrane to build truck plant\n\nSTOCKHOLM - Voltrane will build a truck plant in Poland, the company said "
           "on Thursday.\n\nConstruction, led by Polish contractor Budmax Industrial, is expected to begin in April, and "
           "Voltrane plans to start recruiting the first 400 production staff early next year. Its shares rose 4.6% in "
           "Stockholm trading on Thursday.")
    prompts = [q["prompt"] for q in generate_question_set(raw).question_set.questions]
    assert not any(re.search(r"Construction['’]s", prompt) for prompt in prompts), prompts


def test_a_source_of_several_sentences_is_the_stretch_they_make_or_each_apart():
    from quizapp.editing import highlight
    from quizapp.generator.questions import span_source
    text = "One. Two.\n\nThree. Four."
    one, two, four = sentence("One."), Sentence(5, 9, "Two.", 1, 0), Sentence(18, 23, "Four.", 3, 1)
    assert span_source(text, [two, one]) == {"sentence": "One. Two.", "start": 0, "end": 9}
    apart = span_source(text, [one, four])
    assert apart == {"sentence": "One. … Four.", "spans": [[0, 4], [18, 23]]}
    pieces = [piece for paragraph in highlight(text, [{"source": apart}]) for piece in paragraph]
    assert [text for text, numbers, _, _ in pieces if numbers] == ["One.", "Four."]  # not "Two." and "Three."
    # Each sentence carries the question's number; the link lands on the first.
    assert [(text, anchors, refs) for text, numbers, anchors, refs in pieces if numbers] == [
        ("One.", [1], [1]), ("Four.", [], [1])]


def test_an_ancient_date_is_asked_among_centuries_and_a_place_describing_a_company_is_not_asked():
    assert perturb_date("600 B.C.") == ["500 B.C.", "700 B.C.", "400 B.C.", "800 B.C."]
    assert perturb_date("AD 79")[:2] == ["AD 69", "AD 89"]
    # "around AD 380" among AD 370 and AD 390 splits hairs (set 29): half a century apart at least
    assert perturb_date("AD 380") == ["AD 330", "AD 430", "AD 280", "AD 480"]
    raw = ("Sable Holdings, the U.S. entertainment group, agreed on Monday to buy Finnish video-game developer "
           "Kettuvaara Games for $3.1 billion in cash. The deal needs clearance from regulators in the "
           "United States and the European Union, the companies said.")
    questions = generate_question_set(raw).question_set.questions
    assert not any("the _____ entertainment group" in q["prompt"] for q in questions)


SABLE = "Sable Holdings agreed on Monday to buy Kettuvaara Games for $3.1 billion in cash."
REPORT = "Officials gave the figures in a report published on Monday in Lisbon."


@pytest.mark.parametrize(("lead", "sentence", "words", "broken"), [
    # A side clause whose words run on after it is not cut.
    (SABLE, "Kettuvaara's board has unanimously recommended the offer, and founders and managers holding about 46% "
     "of the shares have already committed to accept it.", "recommended the offer,", "the offer about"),
    (SABLE, "More than 14 million Kettuvaara shares changed hands by mid-afternoon, roughly ten times the daily "
     "average over the past three months.", "shares changed hands", "mid-afternoon over"),
    # An amount whose noun has no article is what the noun says ("reach annual sales").
    (REPORT, "Analysts at Nordhavn Securities estimated that velorapant could reach annual sales of $1.2 billion by "
     "2031 if approved.", "at Nordhavn", "annual sales if"),
    (REPORT, "Analysts at Nordhavn Securities estimated that velorapant could reach annual sales of $1.2 billion by "
     "2031 if approved.", "at Nordhavn", "annual sales by"),
    # An aside after the amount describes it.
    (REPORT, "Wilkowo, a town of 41,000, has had an unemployment rate of 8.7%, more than double the national average, "
     "since a furniture factory closed in 2023.", "a town", "rate, more than"),
    # A measure completes "long"; a phrase after "are" is all the verb says.
    (REPORT, "The vessel appears to have been about 14 metres long, almost twice the size of the Mazarron II wreck, a "
     "Phoenician boat discovered in 1994 some 40 kilometres to the west.", "vessel appears", "have been long"),
    (REPORT, "Reservoirs across the south are at 31% of capacity, down from 47% a year earlier, after the driest "
     "winter since records began in 1931.", "across the", "are, down"),
    # A list after "including" goes on past its first item.
    (REPORT, "The inquiry made 23 recommendations, including mandatory electronic weighing of vehicles before boarding, "
     "independent inspections of bow and stern doors every six months and a legal limit of 12 hours' duty for "
     "ferry captains.", "recommendations", "recommendations, independent"),
])
def test_a_cut_leaves_a_sentence_whole(lead, sentence, words, broken):
    """The article asks about the sentence (a blank beside its ``words``) and no stem reads ``broken``."""
    prompts = [q["prompt"] for q in generate_question_set(lead + "\n\n" + sentence).question_set.questions]
    assert any("_____" in p and words in p for p in prompts), prompts
    assert not any(broken in p for p in prompts)


def test_bodies_of_another_sort_are_no_lures_for_each_other():
    pools = [("article", ["Nordhavn Securities", "European Medicines Agency", "Halvorsen Therapeutics",
                          "International Headache Congress", "Baltic Capital", "World Sleep Summit",
                          "Norwegian Medicines Board"])]
    assert [c for c, _ in pick("U.S. Food and Drug Administration", "org", pools)] == [
        "European Medicines Agency", "Norwegian Medicines Board"]
    assert [c for c, _ in pick("European Congress of Neurology", "org", pools)] == [
        "International Headache Congress", "World Sleep Summit"]
    assert [c for c, _ in pick("Stanmore Research", "org", pools)] == ["Nordhavn Securities", "Baltic Capital"]
    assert [c for c, _ in pick("Korvala Lift", "org", pools)] == ["Halvorsen Therapeutics"]


def test_a_bare_year_of_the_background_gives_way_to_the_sentences_other_figure():
    # "The company's first plant, Fjellvik Works in northern Norway, opened in 2021 and employs 650 people."
    raw = (Path(__file__).parent / "data" / "articles" / "factory-opening.txt").read_text()
    answers = [a for q in generate_question_set(raw).question_set.questions for a in right_texts(q)]
    assert "650" in answers and "2021" not in answers


def test_the_lead_names_who_did_the_news_even_when_a_quote_of_theirs_is_asked():
    raw = ("Argentine qualifier Lucia Ferrante won the Porto Atlantic Open on Sunday, beating the top seed in three sets.\n\n"
           "Ferrante, ranked 143rd in the world at the start of the week, became the first qualifier to win the title.\n\n"
           "Daria Volkova, the world number four, had not dropped a set all week, tournament director Rui Mascarenhas said.\n\n"
           "\"I came here with one bag and a ticket home for Wednesday,\" Ferrante told reporters.\n\n"
           "\"I had the match on my racket, twice, and I did not take it,\" Volkova said at a news conference.")
    prompts = {q["prompt"]: right_texts(q) for q in generate_question_set(raw).question_set.questions}
    assert prompts.get("Fill in the blank: Argentine qualifier _____ won the Porto Atlantic Open on Sunday.") == [
        "Lucia Ferrante"]
    assert any(p.startswith("Who said: “I came here") for p in prompts)


def test_its_after_a_sentence_naming_a_studio_is_not_given_to_the_sentences_subject():
    raw = ("Sable Holdings agreed on Monday to buy Finnish video-game developer Kettuvaara Games for $3.1 billion.\n\n"
           "The deal caps a remarkable year for the studio. Its latest title, \"Frostbound Legacy\", sold 9.4 million "
           "copies in its first ten days, the fastest launch in the company's history.")
    prompts = [q["prompt"] for q in generate_question_set(raw).question_set.questions]
    assert not any("The deal’s latest title" in p or "The deal's latest title" in p for p in prompts)


@pytest.mark.parametrize(("prompt", "speaks"), [
    ("Fill in the blank: Mokoena said the group would keep its primary listing in _____.", True),
    ("Fill in the blank: Thandiwe Mokoena, chief executive of Meridian, told reporters the mine would close in _____.", True),
    ("Fill in the blank: Each train will cost _____, according to Mokoena.", True),
    # Named, not speaking: the stem tells nothing of what she said, and "Who said ...?" may stand beside it.
    ("Fill in the blank: Mokoena earned _____ euros for the title, more than in the previous two seasons combined.", False),
])
def test_a_stem_gives_a_quote_away_only_where_the_speaker_speaks_in_it(prompt, speaks):
    from types import SimpleNamespace

    from quizapp.generator.giveaways import speaks_in
    assert speaks_in(SimpleNamespace(question={"prompt": prompt}), "Thandiwe Mokoena") is speaks


@pytest.mark.parametrize(("before", "level"), [
    ("Shares in Halvorsen closed at ", True),
    ("The stock had fallen as low as ", True),
    ("Kettuvaara shares jumped 27.8% to ", True),
    ("Kettuvaara shares jumped ", False),  # how far they moved: the news
    ("The shares fell by the close of trading, valuing the company at about ", False),  # what it is worth
])
def test_a_share_prices_level_is_told_from_its_move(before, level):
    from quizapp.generator.background import SHARE_PRICE_LEVEL
    assert bool(SHARE_PRICE_LEVEL.search(before)) is level


def test_the_size_of_a_town_said_in_passing_is_not_asked():
    raw = ("Voltrane will close its truck plant in Brenstedt by the end of 2027, cutting 1,100 jobs, the company said.\n\n"
           "Brenstedt, a town of about 19,000 people, has depended on truck making since the 1950s.")
    answers = [a for q in generate_question_set(raw).question_set.questions for a in right_texts(q)]
    assert "1,100" in answers and "19,000" not in answers


def test_the_land_a_town_is_in_is_not_asked_beside_the_town():
    raw = ("Mervane and Oster-Lind will form a joint venture called Alvera to make vaccines, the companies said on "
           "Monday.\n\nAlvera will have its headquarters in Leiden, in the Netherlands.")
    prompts = [q["prompt"] for q in generate_question_set(raw).question_set.questions]
    assert not any("Netherlands" in right for q in generate_question_set(raw).question_set.questions
                   for right in right_texts(q)), prompts


def test_a_sentence_past_the_lead_gives_two_questions_at_most_and_the_lead_three():
    from quizapp.generator.candidates import Candidate
    from quizapp.generator.rank import LEAD_SENTENCES, Spread

    def candidate(answer, index):
        question = {"type": "multiple_choice", "prompt": f"Fill in the blank: {answer}", "choices": []}
        return Candidate(question, 5, "mention", answer, index)

    for index, most in ((0, 3), (LEAD_SENTENCES + 2, 2)):
        spread, kept = Spread(20), []
        for answer in ("410 million euros", "1,800", "2027"):
            made = candidate(answer, index)
            if spread.allows(made, kept):
                spread.add(made)
                kept.append(made)
        assert len(kept) == most


def test_the_span_a_count_is_out_of_is_not_asked_and_the_count_is():
    raw = (REPORT + "\n\nThe panel found that the ship's captain, Nikos Dimitrakopoulos, had been on duty for 19 of the "
           "previous 24 hours when the ship capsized.")
    maker, _, _, facts = maker_of(raw)
    made = [c for f in facts for c in maker.candidates(f)]
    assert "24 hours" not in {c.answer for c in made}
    count = [c for c in made if c.answer == "19" and c.question["type"] == "multiple_choice"]
    assert count and all(int(text) < 24 for c in count for text in lures(c)), [lures(c) for c in count]


def test_a_clause_about_a_person_is_no_description_of_them():
    from quizapp.generator.quotes import describes

    assert not describes("whose 19-year-old daughter Marina was among the dead")
    assert describes("a crop physiologist at the Tillingford Centre")


@pytest.mark.parametrize("raw, asked, not_asked", [
    # A bare year past the lead dates the background; the lead's is the news's.
    ("Shipyard wins order\n\nGLASGOW - Kestrel Shipbuilding has won a contract to build six frigates, securing "
     "work at its yard until 2036.\n\nThe first ship is due to enter service in 2031, the navy said.\n\n"
     "The yard employs 2,400 people.\n\nIt opened in 1998 on the site of an older yard.\n\n"
     "Kestrel was founded in 1921 by a family of engineers, and it built ferries until 2004.", "2036", {"1921", "2004"}),
    # The lead's toll is asked though a relative clause gives it; a later aside's figure is not.
    ("Inquiry blames overloading for ferry sinking\n\n"
     "ATHENS, Greece - An official inquiry into the sinking of the ferry Kalliope Star, which killed 27 people off "
     "the island of Andros in October, concluded on Monday that the ship was overloaded.\n\n"
     "The operator, which runs 14 ferries, said it would study the report.", "27", {"14"}),
    # The day a step of a procedure falls due is not asked; a mission's milestone is.
    ("Chile's central bank cuts rate\n\nSANTIAGO - Chile's central bank cut its benchmark rate to 5.25 percent on "
     "Tuesday.\n\nIt was the bank's fourth cut this year. Inflation has eased to 3.9 percent.\n\n"
     "The probe is scheduled to arrive in March 2029, the agency said.\n\n"
     "The bank's next monetary policy meeting is scheduled for June 18.\n\n"
     "Nordvig will publish its full first-quarter results on April 29.", "March 2029", {"June 18", "April 29"}),
    # The span a figure is measured over is not asked; the figure is.
    ("Swiss glaciers shrink again\n\nZURICH - Switzerland's glaciers lost 4 percent of their remaining ice in the past "
     "12 months, scientists said on Tuesday.", "4 percent", {"past 12 months", "the past 12 months"}),
])
def test_what_the_news_is_about_is_asked_and_its_background_is_not(raw, asked, not_asked):
    answers = answers_made(raw)
    assert asked in answers and not not_asked & answers


def test_a_quotation_the_sentence_does_not_close_is_still_speech():
    from quizapp.generator.stems import speaks

    assert speaks('In a statement, Castellanos-Reid said: "Harlow & Finch has a name people trust and a loyal base.')
    assert not speaks('"Still Life with Lemons and a Silver Ewer", painted in 1652, was sold.')
    raw = ("Retailer names chief\n\nLONDON - Harlow & Finch named Sofia Castellanos-Reid as its next chief executive.\n\n"
           'In a statement, Castellanos-Reid said: "Harlow & Finch has a name people trust and a loyal customer base. '
           'My job is to give them more reasons to walk through the door."')
    assert not any(q["prompt"].startswith('Who said: "') for q in generate_question_set(raw).question_set.questions)


def test_a_place_written_after_the_is_lured_by_places_written_so():
    raw = ("Deal needs clearance\n\nHELSINKI - Sable Holdings agreed to buy Kettuvaara Games for $3.1 billion.\n\n"
           "The deal needs clearance from authorities in the European Union and the United States, the companies said.\n\n"
           "Sable also sells games in Canada, Mexico, the Netherlands and the Philippines.")
    for made in mention_lures(raw, "United States"):
        assert all(name in ("Netherlands", "Philippines") for name in made), made


def test_a_sports_company_is_no_person_lure():
    from quizapp.generator.candidates import NOT_PEOPLE

    assert "Sport" in NOT_PEOPLE  # "Altavia Sport", which the model called a person, offered as a speaker
    maker, _, _, _ = maker_of("Retailer names chief\n\nLONDON - Harlow & Finch named Sofia Castellanos-Reid as chief "
                              "executive on Thursday.\n\nShe joins from Altavia Sport, said Richard Penhallow, the "
                              "chairman, and Bethany Marsh-Adeyemi, the union's leader.")
    lured = [name for name, _ in maker.distractors("Sofia Castellanos-Reid", "person")]
    assert "Altavia Sport" not in lured and "Richard Penhallow" in lured


def test_a_city_named_as_a_country_s_capital_is_not_asked_and_a_range_may_be_typed_by_its_name():
    from quizapp.generator.forms import accepted_forms

    maker, _, _, facts = maker_of(
        "Fraud gang jailed\n\nMADRID - A Spanish court jailed nine people over a 62 million euro fraud on Tuesday.\n\n"
        "The group operated call centres in Valencia and the Bulgarian capital, Sofia, between 2019 and 2023, "
        "the court found.")
    asked = {c.answer for f in facts for c in maker.candidates(f)}
    assert "Sofia" not in asked
    assert "Stubai" in accepted_forms("Stubai Alps", "place")
    assert "Baltic" in accepted_forms("Baltic Sea", "place")  # typed as most people say it (set 23's reviewer)
    assert "North" not in accepted_forms("North Sea", "place")


def test_a_title_in_quotation_marks_is_lured_by_quoted_titles_never_by_people():
    maker, _, _, facts = maker_of((ROOT / "bench" / "eval-articles-17" / "literary_prize.txt").read_text())
    made = [c for f in facts if f.kind == "mention" and f.answer == "Ash Harbour" for c in maker.candidates(f)
            if c.question["type"] == "multiple_choice"]
    quoted = re.findall(r'"([^"]+)"', (ROOT / "bench" / "eval-articles-17" / "literary_prize.txt").read_text())
    assert all(set(lures(c)) <= set(quoted) for c in made), [lures(c) for c in made]
    options = [("Siobhan Keane", "article"), ("Salt Ledger", "article"), ("Niall Devane", "article")]
    assert fitting(options, "work", 'Last year\'s winner, "', '", sold about 60,000 copies.',
                   'Last year\'s winner, "Ash Harbour", sold. "Salt Ledger" by Niall Devane.') == [("Salt Ledger", "article")]


def test_the_rest_of_a_whole_and_a_century_are_not_asked_as_numbers():
    raw = ("A Madrid court ordered Cably Mobility to pay 31.2 million euros on Wednesday, the largest such ruling in "
           "Spain.\n\nOf the total, 24.4 million euros covers unpaid social security contributions. The remaining 6.8 "
           "million euros is a fine for serious labour infringements.\n\nArt market experts said forgeries of Dutch Golden "
           "Age paintings remained common in collections assembled in the mid-20th century.")
    questions = generate_question_set(raw).question_set.questions
    answers = [a for q in questions for a in right_texts(q)]
    assert "24.4 million" in answers and not any("6.8" in a for a in answers)
    maker, _, _, facts = maker_of(raw)
    made = [c for f in facts if "century" in f.answer for c in maker.candidates(f)]
    assert made and not any(c.question["type"] == "numerical" for c in made)


def test_a_change_and_the_level_it_reached_are_one_fact_asked_as_the_change():
    raw = ("Sheffield libraries scrap late fines\n\nSHEFFIELD, England - Sheffield City Council scrapped late fines at "
           "all 28 of its libraries on April 1 last year, a report said on Monday.\n\nThe number of items written off "
           "as lost fell 17 percent to 5,300, the report said.")
    answers = [a for q in generate_question_set(raw).question_set.questions for a in right_texts(q)]
    assert "17 percent" in answers and "5,300" not in answers, answers


def test_the_figure_a_change_started_from_is_not_asked_with_its_unit_after_it():
    from quizapp.generator.clauses import starting_value
    from quizapp.generator.nlp import get_model

    text = "An analyst said he had cut his target price for the shares to 110 zlotys from 165 zlotys."
    span = get_model()(text)[:]
    start = text.index("165")
    assert starting_value(span, start, start + 3)
    start = text.index("110")
    assert not starting_value(span, start, start + 3)
    # "up from" tells where a level came from too (set 65 asked both ends of one week's rise)
    text = ("Vietnamese 5 percent broken rice was quoted at $512 a tonne on Wednesday, up from $468 a week earlier, "
            "traders in Ho Chi Minh City said.")
    span = get_model()(text)[:]
    start = text.index("$468")
    assert starting_value(span, start, start + 4)
    start = text.index("$512")
    assert not starting_value(span, start, start + 4)


def test_one_question_asks_who_someone_is_and_their_descriptions_are_no_pool_for_another():
    # Four "Who is X?" in one quiz share their options, so each after the first is done by elimination
    # (set 24's reviewers: "it belongs in a single matching question").
    raw = (ROOT / "bench" / "eval-articles-24" / "smoke_school_closures.txt").read_text()
    prompts = [q["prompt"] for q in generate_question_set(raw).question_set.questions]
    assert sum(p.startswith("Who is ") or p.endswith("position?") for p in prompts) <= 1


def test_what_a_reader_knows_without_the_article_is_not_asked():
    from quizapp.generator.gazetteer import capital_known, country_of_city_in

    assert capital_known("Wellington", "New Zealand's parliament passed the law.")
    assert not capital_known("Auckland", "New Zealand's parliament passed the law.")
    assert not capital_known("Wellington", "A story that names no country.")
    assert country_of_city_in("Poland", "transferred from Wroclaw Zoo") and not country_of_city_in("Poland", "from Prague")
    raw = ("Auckland votes to charge drivers\n\nAUCKLAND, New Zealand - Auckland Council voted on Thursday to charge "
           "drivers 5 dollars to enter the city centre.\n\nThe scheme was made possible by national legislation passed "
           "in Wellington last year that allows councils to charge.\n\nThe charge starts in April.")
    assert "Wellington" not in answers_made(raw)


def test_a_place_after_a_cut_name_goes_with_it():
    from quizapp.generator.clauses import trimmed_cloze
    from quizapp.generator.nlp import get_model

    text = "The father, a 12-year-old bull called Tumbo, was transferred to Prague from Wroclaw Zoo in Poland two years later."
    span = get_model()(text)[:]
    age, zoo = text.index("12-year-old"), text.index("Wroclaw Zoo")
    stem = trimmed_cloze(span, age, age + len("12-year-old"), "_____", [(zoo, zoo + len("Wroclaw Zoo"))])
    assert stem and "Wroclaw" not in stem and "Prague in Poland" not in stem  # the zoo was in Poland, not Prague


def test_where_a_thing_named_in_passing_is_is_not_asked_but_where_the_news_happens_is():
    raw = ("Museum says prized painting is a forgery\n\nThe Valtersen museum in Aarhus said on Monday that its most "
           "famous painting is a forgery.\n\nThe museum bought the work in 1961. Curators first doubted it in 2019.\n\n"
           "Staff studied the frame for a year. The museum then sent the work to the Lumen Conservation Institute in "
           "Amsterdam for a two-year technical study.\n\nA smaller museum in Odense will close its own Avercamp room.")
    asked = answers_made(raw)
    assert "Amsterdam" not in asked
    assert "Odense" in asked  # the subject's place: what will close


def test_an_age_away_from_the_lead_is_not_asked():
    raw = ("Zoo celebrates okapi birth\n\nPrague's zoo said on Monday that an okapi calf had been born.\n\nIt is the "
           "first okapi born in the country. The calf weighed 21 kilograms.\n\nKeepers said she was feeding well. "
           "The father, a 12-year-old bull called Tumbo, was transferred to Prague two years later.")
    assert "12-year-old" not in answers_made(raw)


def test_a_passive_that_needs_its_agent_keeps_it():
    from quizapp.generator.clauses import trimmed_cloze
    from quizapp.generator.nlp import get_model

    text = ("The four-hour transplant was led by Dr. Ricardo Almeida, head of the urology unit, working with a team "
            "of 11 surgeons, anaesthetists and nurses.")
    span = get_model()(text)[:]
    at, name = text.index("11"), text.index("Ricardo Almeida")
    stem = trimmed_cloze(span, at, at + 2, "_____", [(name, name + len("Ricardo Almeida"))])
    assert not stem or "was led," not in stem  # never "The four-hour transplant was led, working with ..."


def test_a_figure_in_the_background_is_asked_only_about_the_headline_s_news():
    # "Shares in its parent company fell 2.7%", "Refunds will be paid within 60 days" (set 27: trivia)
    raw = ("Valley Fresh fined for misleading price cuts\n\n"
           "Irish supermarket chain Valley Fresh has been fined by the competition regulator for misleading "
           "price cuts, the regulator said on Tuesday.\n\n"
           "The chain raised the prices of 326 products before it advertised them as half price.\n\n"
           "The regulator said the promotions ran for 17 months. Valley Fresh said it accepted the findings.\n\n"
           "Its chief executive said the company had changed its pricing system.\n\n"
           "The fine of 12.4 million euros is the largest the regulator has imposed on a retailer.\n\n"
           "Refunds will be paid automatically to loyalty card holders within 60 days.\n\n"
           "Shares in its parent company, Harbourline Holdings, fell 2.7 percent in Dublin trading.\n\n"
           "A smaller store in Cork will close in March.")
    asked = answers_made(raw)
    assert "Cork" not in asked  # a name as much as a figure
    assert "326" in asked and "12.4 million" in asked  # the news, early or late
    assert "60 days" not in asked and "2.7 percent" not in asked


def test_a_century_is_lured_by_centuries_that_have_been():
    # set 30: "22th-century" and "25th-century" beside "19th-century"
    assert perturb_number("19th-century") == ["18th-century", "20th-century", "17th-century", "21st-century",
                                              "16th-century"]
    assert perturb_number("the 21st century") == ["the 20th century", "the 19th century", "the 18th century"]


ICEBREAKERS = """Finnish shipyard wins record order for three Canadian icebreakers

HELSINKI, Finland - Finnish shipbuilder Saaristo Yards has won a 1.2 billion euro contract to build three polar \
icebreakers for the Canadian Coast Guard, the largest order in the company's 74-year history, the company said on Tuesday.

The vessels will be built at the company's yard in Kotka. The Canadian Coast Guard will take the first ship in 2029.

Saaristo Yards said the order would secure work for its roughly 1,900 employees. The company estimates that a further \
3,000 jobs will be supported among its network of about 250 subcontractors.

Canadian officials said the ships would serve Arctic communities. The Canadian Coast Guard has 18 icebreakers.

Shares in Saaristo Yards rose 11 percent in Helsinki trading.
"""


def test_the_company_is_the_one_the_lead_names_first_and_never_a_coast_guard():
    # set 30: "Canadian Coast Guard estimates that a further _____ jobs will be supported" for "The company estimates"
    stems = stems_made(ICEBREAKERS, "3,000")
    assert stems and all("Coast Guard estimates" not in stem for stem in stems), stems
    assert all(re.match(r"Fill in the (?:blank|number): (?:The company|Saaristo Yards) estimates", stem) for stem in stems)
    # (and no "Where did shares ... rise 11 percent trading?": the place describes the trading)
    assert not any(stem.startswith("Where") for stem in stems_made(ICEBREAKERS, "Helsinki"))


def test_a_date_with_a_shortened_month_is_a_date():
    # set 30: "Sept. 1" was a count, lured by "Sept. 2", "Sept. 3" and "Sept. 4"
    assert perturb_date("Sept. 1") == ["Sept. 8", "Sept. 13", "Oct. 1"]
    raw = ("Water rules tighten\n\nGABORONE - Botswana's capital will bring in Level 4 water restrictions, which take "
           "effect on Nov. 1, the utility said on Wednesday.\n\nThe utility said its dams held 25 percent of their "
           "capacity.\n\nFarmers were hit hardest. The utility said it would pay them 2 million pula.\n\n"
           "A rebate scheme for rain tanks will open for applications on Sept. 1.")
    assert "Nov. 1" in answers_made(raw)  # the lead's date
    assert "Sept. 1" not in answers_made(raw)  # a step of a procedure, past the lead


BREWER = ("Brewer buys rival\n\nAUCKLAND - Kauri Ales has agreed to buy Tasman Brewing for NZ$310 million, the companies "
          "said on Monday, creating the country's second-largest brewer.\n\nTasman Brewing, based in Nelson, employs 420 "
          "people and sells about 38 million litres of beer a year. Its profit rose 12 percent last year.\n\nKauri Ales "
          "chief executive Mereana Walsh said the combined company would keep both breweries open and invest NZ$45 million "
          "in a new bottling line at Nelson by 2028.\n\nThe sale still needs approval from the Commerce Commission, which "
          "is expected to rule by March.")


def test_a_name_is_asked_by_a_question_never_as_a_blank():
    # Reviewers of sets 20 to 31 kept 3 of 118 named blanks with options and 2 of 60 typed ones.
    from tests.test_generator_lures import maker_of

    maker, _, _, facts = maker_of(BREWER)
    blanks = [c for f in facts for c in maker.candidates(f) if f.answer in ("Kauri Ales", "Tasman Brewing", "Nelson")]
    assert any(c.question["prompt"].startswith("Fill in the blank: _____") for c in blanks)  # made, then passed over
    questions = generate_question_set(BREWER).question_set.questions
    assert len(questions) >= 4
    for question in questions:
        if question["prompt"].startswith("Fill in the blank"):
            assert not set(right_texts(question)) & {"Kauri Ales", "Tasman Brewing", "Nelson", "Mereana Walsh"}


def test_a_short_piece_of_little_but_names_still_gets_its_names_asked():
    # Fewer than four questions without them: the names come back as blanks, for the instructor to mend.
    raw = ("Brewer buys rival\n\nAUCKLAND - Kauri Ales has agreed to buy Tasman Brewing, the companies said on Monday, "
           "creating the country's second-largest brewer.\n\nThe deal values Tasman Brewing at 14 times its annual "
           "profit.")
    questions = generate_question_set(raw).question_set.questions
    assert any(q["prompt"].startswith("Fill in the blank: _____ has agreed to buy") for q in questions)


@pytest.mark.parametrize("stem, written", [
    ("Fill in the blank: More than _____ battery-powered ferries now operate in the country.",
     "Fill in the blank: More than _____ battery-powered ferries now operate in Norway."),
    ("Fill in the blank: The country's ferry operators carried _____ passengers.",
     "Fill in the blank: Norway's ferry operators carried _____ passengers."),
    # Another country in the stem may be the one meant; a quotation's words are the speaker's.
    ("Fill in the blank: The yard in Poland builds _____ ferries for the country's fleet.",
     "Fill in the blank: The yard in Poland builds _____ ferries for the country's fleet."),
    ('Who said: "The country needs _____ more ferries"?', 'Who said: "The country needs _____ more ferries"?'),
])
def test_the_country_is_written_as_the_story_s_country(stem, written):
    maker, _, _, _ = maker_of("Ferry order\n\nOSLO, Norway - Fjordline ordered two electric ferries on Monday. Norway "
                              "already runs 80 of them.\n\nThe yard in Gdansk, Poland, will build them.")
    assert maker.context.resolve(stem) == written


def test_a_bound_compares_figures_at_their_scale():
    from quizapp.generator.figures import beyond_bound

    # "holds more than _____ samples" (1.3 million): 700,000 is true too, though 700,000 > 1.3.
    options = [("700,000", "perturbed"), ("1.7 million", "perturbed"), ("2 million", "perturbed")]
    assert beyond_bound(options, "1.3 million", "now holds more than ") == options[1:]
    assert beyond_bound(options, "2.5 million", "up to ") == options


def test_a_figure_set_against_another_keeps_its_lures_on_its_side():
    """"more likely than girls ..., at _____ versus 29 percent" (38): a lure of 28 percent says the opposite (set 46)."""
    from quizapp.generator.figures import set_against
    from tests.test_generator_lures import lures_offered

    options = [("28 percent", "perturbed"), ("33 percent", "perturbed"), ("45 percent", "perturbed")]
    before, after = "Girls were less likely than boys to skip breakfast, at ", " versus 38 percent."
    assert set_against(options, "19 percent", before, after) == options[:1]
    assert set_against(options, "38 percent", "Boys were more likely than girls to be heavy users, at ",
                       " versus 29 percent.") == options[1:]
    assert set_against(options, "38 percent", "Boys were heavy users at ", " versus 29 percent for girls.") == options
    raw = ("Earbud study\n\nCOPENHAGEN - Teenagers who use earbuds daily show early hearing damage, a study found on "
           "Monday.\n\nThe researchers tested 2,100 pupils at 31 schools. Boys were more likely than girls to be heavy "
           "users, at 38 percent versus 29 percent, the study said.")
    lures = [float(lure.split()[0]) for lure in lures_offered(raw, "38 percent")]
    assert lures and all(lure > 29 for lure in lures), lures


@pytest.mark.parametrize("sentence, prompt, answer", [
    ("The app, called Mwinda Pay, will be available first in Kenya, the bank said.", "What is the app called?",
     "Mwinda Pay"),
    ("The library launched a new portal called Arquivo Claro on Monday.",
     "What is the new portal called?", "Arquivo Claro"),
])
def test_a_thing_introduced_with_its_name_is_asked_what_it_is_called(sentence, prompt, answer):
    raw = f"Bank launches app\n\nNAIROBI, Kenya - Rift Bank on Monday launched a mobile banking app for traders.\n\n{sentence}"
    questions = generate_question_set(raw).question_set.questions
    assert any(q["prompt"] == prompt and answer in right_texts(q) for q in questions), [q["prompt"] for q in questions]


def test_a_thing_named_as_it_is_introduced_is_asked_by_what_it_did():
    """"What is the group called?" says nothing of which group (set 46's reviewers): the sentence says what it did."""
    raw = ("Council reopens beach path\n\nTRURO, England - A council has reopened a beach path closed by a landowner, "
           "officials said on Monday.\n\nA group called Friends of Kelda Cove collected signatures on a petition and "
           "organised walks to the gates, which sometimes drew 300 people.\n\nThe landowner, Kelda Estates, said it "
           "would appeal.")
    questions = generate_question_set(raw).question_set.questions
    asked = [q["prompt"] for q in questions if "Friends of Kelda Cove" in right_texts(q)]
    assert asked == ["Which group collected signatures on a petition and organised walks to the gates?"], \
        [q["prompt"] for q in questions]


def test_what_a_thing_did_asks_the_name_unless_it_gives_another_answer_away_or_runs_long():
    from tests.test_generator_lures import stems_made

    # Set 57: "The project, known as Harbour Steps Village, will cost ..." was only ever "What is the project
    # called?" (its capital "The" hid the thing); where "Which project will cost an estimated 9.8 million dollars?"
    # gives away the cost's blank, the plain question stands in.
    raw = ("Council backs modular homes\n\nHALIFAX, Nova Scotia - Halifax council voted 10-7 on Tuesday to build 60 "
           "modular homes for people experiencing homelessness.\n\nThe project, known as Harbour Steps Village, will "
           "open next spring on a former salt yard in Dartmouth.")
    assert {"Which project will open next spring on a former salt yard in Dartmouth?",
            "What is the project called?"} <= set(stems_made(raw, "Harbour Steps Village"))
    long = raw.replace("will open next spring on a former salt yard in Dartmouth.", "will open next spring on a former "
                       "salt yard in Dartmouth, beside the old ferry terminal, the city's largest bus garage and a row of "
                       "warehouses that the port authority sold to the municipality in 2019.")
    assert not any(stem.startswith("Which project") for stem in stems_made(long, "Harbour Steps Village"))


def test_a_verb_that_names_is_no_name_given():
    from tests.test_generator_lures import maker_of

    _, _, _, facts = maker_of("Club picks ground\n\nThe club named Millhaven Park as its temporary home on Monday, "
                              "the chairman said. Critics called Harbour Bank's loan a gamble.")
    assert not [f for f in facts if f.kind == "name"]


def test_a_name_in_the_news_s_first_sentences_may_be_a_blank_and_later_not():
    from quizapp.generator.candidates import Candidate
    from quizapp.generator.rank import NAMES_FROM, named_blank

    def blank(index):
        return Candidate({"type": "short_answer", "prompt": "Fill in the blank: _____ will build the ferries."}, 8,
                         "mention", "Vestholm Yard", index, answer_kind="org")
    assert not named_blank(blank(NAMES_FROM - 1)) and named_blank(blank(NAMES_FROM))


def test_a_tournament_is_asked_as_an_event_not_a_site():
    raw = ("Qualifier wins in Porto\n\nPORTO, Portugal - Argentine qualifier Lucia Ferrante won the Porto Atlantic Open on "
           "Sunday, beating the top seed in three sets.\n\nFerrante, ranked 143rd in the world, became the first "
           "qualifier to win the title.")
    prompts = [q["prompt"] for q in generate_question_set(raw).question_set.questions]
    assert any(p.startswith("Which event did") for p in prompts) and not any("Which site" in p for p in prompts), prompts


def test_where_a_named_place_is_is_not_asked_as_where_the_news_happened():
    from quizapp.generator.nlp import get_model
    from quizapp.generator.wh import wh_question

    def asked(text, answer):
        doc = get_model()(text)
        start = text.index(answer)
        return wh_question(doc[:], start, start + len(answer), "place", "country")
    # "in Belgium" is where the zoo is: "Where did Zawadi arrive from Antwerp Zoo?" would be answered "Prague".
    assert asked("Zawadi arrived from Antwerp Zoo in Belgium in 2021.", "Belgium") is None
    # Two places of the verb: either may be asked.
    assert asked("Quillon moved most of its production to Penang from Shenzhen in 2023.", "Shenzhen")


def test_the_company_in_a_stem_is_named_where_the_sentence_before_says_which():
    from tests.test_generator_lures import maker_of

    raw = ("Cereal recalled\n\nTORONTO - Halden Foods Inc is recalling 240,000 boxes of cereal after metal fragments "
           "were found, Halden Foods Inc said on Monday.\n\nHalden Foods Inc said the fault lay with a sieve at its plant "
           "in Guelph. The recall covers boxes sold since May, the company said.")
    maker, sentences, _, _ = maker_of(raw)
    index = next(s.index for s in sentences if s.text.startswith("The recall"))
    resolve = maker.context.resolve
    assert resolve("Fill in the blank: The recall covers boxes sold since _____, the company said.", None, index) == (
        "Fill in the blank: The recall covers boxes sold since _____, Halden Foods Inc said.")
    assert resolve('Who said: "The company is sorry"?', None, index) == 'Who said: "The company is sorry"?'


def test_it_is_the_whole_name_the_sentence_before_opens_with_not_the_words_the_parse_kept():
    from tests.test_generator_lures import maker_of

    # Set 57: the parse hung "Volta" apart from "Cocoa Works", and "It said ..." became "Cocoa Works said ..."
    raw = ("Cocoa grinder lists in Accra\n\nACCRA, Ghana - Shares in Volta Cocoa Works rose 18 percent on their first day "
           "of trading on Tuesday.\n\nBased in Tema, the port city east of Accra, Volta Cocoa Works grinds cocoa beans "
           "into cocoa liquor, butter and powder. It said it would use most of the money to build a second processing "
           "line by the end of 2027.")
    maker, sentences, _, _ = maker_of(raw)
    sentence = next(s for s in sentences if s.text.startswith("It said"))
    assert maker.antecedent(sentence) == "Volta Cocoa Works"


def test_it_after_a_sentence_that_says_what_its_subject_was_is_the_company_named_there():
    from tests.test_generator_lures import maker_of

    # Set 58: "The biggest surprise was the performance of Celeste Movil ... It paid 71 million dollars" had been
    # asked as "The biggest surprise paid _____"; "The deal was the largest for X. It ..." is still the deal
    raw = ("Uruguay sells 5G spectrum\n\nMONTEVIDEO, Uruguay - Uruguay raised 212 million dollars from its 5G auction on "
           "Friday.\n\nThe biggest surprise was the performance of Celeste Movil, a company set up last year by Rioplata "
           "Capital. It paid 71 million dollars for three blocks.\n\nThe sale was the largest ever for Rioplata Capital. "
           "It will close in May.")
    maker, sentences, _, _ = maker_of(raw)
    paid = next(s for s in sentences if s.text.startswith("It paid"))
    close = next(s for s in sentences if s.text.startswith("It will close"))
    assert maker.antecedent(paid) == "Celeste Movil" and maker.antecedent(close) != "Rioplata Capital"


def test_also_leaves_a_question_that_no_longer_says_as_what():
    from quizapp.generator.questions import ALSO_AFTER_WH

    # Set 58: "Which country also won the mixed doubles, while ...?"
    assert ALSO_AFTER_WH.sub(r"\1", "Which country also won the mixed doubles?") == "Which country won the mixed doubles?"
    assert ALSO_AFTER_WH.sub(r"\1", "Who also signed?") == "Who signed?"
    assert ALSO_AFTER_WH.sub(r"\1", "Which bank said it would also cut rates?") == "Which bank said it would also cut rates?"


def test_a_whole_stands_above_its_part_and_a_ratio_above_its_share():
    from quizapp.generator.figures import above_its_part, past_the_ratio

    lures = [("$76 million", "perturbed"), ("$172 million", "perturbed"), ("$193 million", "perturbed")]
    # "The project cost _____, of which $110 million came from a loan"
    assert above_its_part(lures, "$138 million", ", of which $110 million came from a loan.") == lures[1:]
    words = [("two", "perturbed"), ("three", "perturbed"), ("six", "perturbed"), ("seven", "perturbed")]
    # "Nearly four in _____ coral fragments survived": four in three is no share
    assert past_the_ratio(words, "five", "Nearly four in ") == words[2:]


def test_a_blank_before_a_possessive_takes_its_apostrophe():
    raw = ("Airport strike\n\nHAMBURG, Germany - Security staff at Hamburg Airport walked out on Tuesday, cancelling 286 "
           "flights.\n\nThe airport's operator criticised the union for giving less than 24 hours' notice of the walkout "
           "and said the strike was hurting passengers.")
    prompts = [q["prompt"] for q in generate_question_set(raw).question_set.questions]
    asked = [p for p in prompts if "notice of the walkout" in p]
    assert asked and all("_____ notice" in p for p in asked), asked


@pytest.mark.parametrize("title, written", [
    ("A spokeswoman for Hamburg Airport", "a spokeswoman for Hamburg Airport"),
    ("Opposition councillor", "opposition councillor"),
    ("Transportation Minister", "Transportation Minister"),
])
def test_a_description_opens_in_lower_case_among_the_others(title, written):
    from quizapp.generator.titles import sentence_case

    assert sentence_case(title) == written


STRIKE = """Security staff strike at Hamburg Airport

HAMBURG, Germany - A 24-hour strike by security staff at Hamburg Airport forced the cancellation of 286 flights on \
Tuesday, the airport said.

Verdi is demanding a pay increase of 12.5 percent, or at least 500 euros ($545) more a month, for around 25,000 \
aviation security workers nationwide over a contract period of 12 months."""


def test_a_share_is_asked_beside_the_other_measure_it_is_given_with():
    # The "or" after a share gives another measure, not the same sum in another currency: the stem keeps it whole
    # (cut, it read "a pay increase of _____ ($545) more a month"), and "12 months" does not give "12.5 percent" away.
    stems = stems_made(STRIKE, "12.5 percent")
    assert "Fill in the blank: Verdi is demanding a pay increase of _____, or at least 500 euros ($545) more a month, " \
           "for around 25,000 aviation security workers nationwide over a contract period of 12 months." in stems
    assert not leaks("a pay increase of _____ over a contract period of 12 months", "12.5 percent")
    assert leaks("The model has a 14-inch screen. Which model?", "LX14")


def test_a_price_list_s_ends_are_not_asked():
    raw = ("Toy maker recalls magnet sets\n\nLONDON - Brightbox Toys recalled 40,000 magnet sets on Monday. The recall "
           "covers the company's MagnaTrail sets sold between March 2023 and August 2025, priced from 24.99 pounds "
           "to 44.99 pounds, the company said.")
    made = answers_made(raw)
    assert "40,000" in made and not {"24.99 pounds", "44.99 pounds"} & made


def test_a_wh_question_leaves_out_a_second_clause_and_a_word_pointing_before_the_sentence():
    raw = ("Portugal bans disposable vapes\n\nLISBON - Portugal's parliament voted on Friday to ban disposable vapes "
           "from June 2026.\n\nShops will have nine months to clear their stock. Belgium became the first European "
           "Union member to ban them in January 2025, and Britain's ban came into force in June of the same year.\n\n"
           "China has added more than a dozen research ships over the past decade, and Japan operates the drilling "
           "vessel Chikyu, which has drilled more than 3,000 metres into the sea floor.")
    stems = stems_made(raw)
    assert "Which country has added more than a dozen research ships over the past decade?" in stems
    assert not [stem for stem in stems if "ban them" in stem or "and Japan operates" in stem]
    # ... and every word after the second clause starts, whatever the parse hangs it on (set 51)
    raw = ("Andorra votes to lower voting age\n\nANDORRA LA VELLA, Andorra - Voters in Andorra on Sunday approved "
           "lowering the voting age, official results showed.\n\nThe General Council must now pass the reform within six "
           "months, and the new rules are expected to apply for the first time in the parish elections due in December "
           "2027.\n\n\"Tonight our young people were heard,\" said Jordi Casamajor Puig, the head of government.")
    stems = stems_made(raw)
    assert "Which organisation must now pass the reform within six months?" in stems, stems


def test_a_wh_question_does_not_end_on_the_and_of_a_clause_it_left_out():
    from quizapp.generator.nlp import get_model
    from quizapp.generator.wh import wh_question

    text = ("The SS Ardmore Lass sank in January 1891 while carrying coal from Blyth to Hamburg, and no trace of the "
            "vessel was ever found.")
    start = text.index("January 1891")
    asked = wh_question(get_model()(text)[:], start, start + len("January 1891"), "date", None)
    assert asked == "When did the SS Ardmore Lass sink while carrying coal from Blyth to Hamburg?"


def test_where_a_passer_by_is_from_is_not_asked():
    raw = ("Runner collapses in Budapest heat\n\nBUDAPEST, Hungary - A 41-year-old man from the city of Debrecen collapsed "
           "near the 18-kilometre mark on Sunday and was taken to hospital by ambulance, officials said.")
    assert answers_made(raw) == {"41-year-old"}


def test_no_part_of_a_race_time_told_in_parts_is_asked():
    raw = ("Kiprop wins shortened race\n\nBUDAPEST, Hungary - Organisers cut the Budapest marathon to a half marathon "
           "on Sunday because of the heat. The race was won by Kenyan runner Daniel Kiprop in 1 hour, 4 minutes and "
           "12 seconds, ahead of 11,800 other runners.")
    assert not [stem for stem in stems_made(raw) if "_____, 4 minutes" in stem]


VOTE = """Portugal bans disposable vapes

LISBON, Portugal - Portugal's parliament on Friday approved a ban on disposable vapes.

Lawmakers in the 230-seat Assembly of the Republic voted 148 to 61 in favour of the bill, with 21 abstentions, after \
a debate that lasted more than four hours.

Retailers caught selling disposable vapes face fines of up to 30,000 euros. An estimated 4.5 million disposable \
vapes are sold in Portugal every year, and waste companies say they have caused at least 30 fires since 2023."""


def test_a_vote_s_tally_is_asked_before_its_abstentions_and_never_in_a_figure_bank():
    questions = generate_question_set(VOTE).question_set.questions
    assert ["148 to 61"] in [right_texts(q) for q in questions if q["type"] == "multiple_choice"]
    assert not [q for q in questions if q["type"] == "matching" and "148 to 61" in str(q["pairs"])]


def test_a_ship_s_name_is_offered_only_among_names_of_ships():
    raw = ("South Korea launches deep-sea research ship\n\nBUSAN, South Korea - South Korea launched a 112-metre "
           "deep-sea research ship on Wednesday.\n\nThe vessel, named Haenuri, was floated out at the Hanbit shipyard "
           "near Busan and will be based in Mokpo, where the institute keeps its fleet.\n\nThe current research vessel, "
           "the Hanbada, entered service in 1994. Japan operates the drilling vessel Chikyu.")
    maker, _, _, facts = maker_of(raw)
    made = [c.question for f in facts if f.kind == "name" for c in maker.candidates(f)]
    assert made and all(q["prompt"] == "What is the vessel called?" or q["prompt"].startswith("Which vessel was floated")
                        for q in made)
    offered = {c["text"] for q in made if q["type"] == "multiple_choice" for c in q["choices"]}
    assert not offered & {"Busan", "Mokpo", "South Korea"}


def test_a_time_on_another_clock_is_not_asked():
    raw = ("Airport strike grounds flights\n\nHAMBURG, Germany - The walkout, called by the services union Verdi, "
           "began at 3 a.m. (0200 GMT) and brought screening to a standstill. Only 41 of the 327 scheduled flights "
           "went ahead, the airport said.")
    assert "0200" not in answers_made(raw)
    fireball = ("Meteorite falls in Finland\n\nHELSINKI, Finland - The fireball was recorded at 9:47 p.m. local time "
                "(1847 GMT) on Oct. 12 by cameras of the Finnish Fireball Network, which operates 30 stations.")
    assert "1847" not in answers_made(fireball)


def test_a_person_is_not_written_as_a_title_the_article_also_gives_someone_else():
    raw = ("Portugal bans disposable vapes\n\nLISBON, Portugal - Portugal's parliament on Friday approved a ban on "
           "disposable vapes.\n\n\"Prohibition has never made a product disappear,\" said Rui Salgado, president of "
           "the association of tobacconists.\n\nSalgado said some members earned as much as 15 percent of their "
           "income from vape sales.\n\nThe bill now goes to the president, who has 20 days to sign it into law.")
    def prompts(text):
        return [q["prompt"] for q in generate_question_set(text).question_set.questions]
    # (the quote's question asks who Salgado is, so the other stem writes him as what he is, if it can)
    assert "Fill in the blank: The president said some members earned as much as _____ of their income from vape " \
           "sales." in prompts(raw.replace("goes to the president", "goes to the head of state"))
    assert not [p for p in prompts(raw) if p.startswith("Fill in the blank: The president said")]


def test_a_typed_name_takes_what_the_article_spells_out_and_a_body_s_short_name():
    from quizapp.generator.forms import accepted_forms, spelled_out

    text = ("Tests found N-nitrosodimethylamine, or NDMA, in the tablets. Karen Osei, president of the Canadian "
            "Media Guild (CMG), said the cuts were wrong.")
    assert spelled_out("NDMA", text) == ["N-nitrosodimethylamine"]
    assert spelled_out("CMG", text) == ["Canadian Media Guild"]
    assert spelled_out("Canadian Media Guild", text) == ["CMG"]
    assert "Thalassa Trust" in accepted_forms("Thalassa Sea Turtle Trust", "org")
    assert "Finnish Network" not in accepted_forms("Finnish Fireball Network", "org")


def test_half_a_score_is_not_asked():
    raw = ("Finland names coach\n\nHELSINKI, Finland - Finland named Pieter van Aalst as coach on Monday.\n\nA 3-1 "
           "defeat to Norway in Oslo on October 14 all but ended Finland's hopes of reaching the 2026 World Cup.")
    assert not [stem for stem in stems_made(raw) if "_____-1" in stem]


def test_a_german_name_may_be_typed_without_its_own_letters():
    from quizapp.generator.forms import accepted_forms

    forms = accepted_forms("Große Brücke", "place")
    assert {"Grosse Bruecke", "Grosse Brucke"} <= set(forms)


def test_the_rest_of_an_amount_given_before_is_not_asked_without_it():
    questions = generate_question_set("\n\n".join([
        "Camera survey counts more wild cats in Ardenia",
        "A nationwide camera-trap survey has counted about 980 wild cats in Ardenia, far more than the previous "
        "official estimate of 600, the environment ministry said on Tuesday.",
        "The survey cost 4.2 million dollars. The government paid 2.5 million dollars. The rest came from private "
        "donors, including 900,000 dollars from the Steppe Wildlife Fund.",
        '"This is the best count any country has made of its cats," said Oyuna Bat, the zoologist who led the survey.',
    ])).question_set.questions
    assert not any(q["prompt"].removeprefix("Fill in the blank: ").startswith("The rest") for q in questions), \
        [q["prompt"] for q in questions]


def test_no_lure_is_the_answers_digits_the_other_way_round():
    # "4.2%" beside "2.4%" reads as made by a machine (set 37's reviewers)
    assert "4.2%" not in perturb_number("2.4%") and "4.2%" not in perturb_percent("2.4%")
    chosen = pick("36 stores", "number", [("article", ["63 stores", "40 stores", "30 stores", "45 stores"])])
    assert [text for text, _ in chosen] == ["40 stores", "30 stores", "45 stores"]


PHONE_LAW = "\n\n".join([
    "Ardenia passes law to take phones from pupils in class",
    "ULANTOWN, May 23 (AFP) - Ardenia's parliament on Friday passed a law requiring primary school pupils to hand "
    "in their phones for the school day, the first such national ban in the region.",
    "The law was approved by 79 votes to 26 in the 113-seat National Assembly after a debate that began in January "
    "2024.",
    "A similar bill failed in April 2024, when the governing party split over it.",
    "The law takes effect in September 2026, at the start of the next full school year.",
    "Education Minister Lina Oyun said the government would pay for lockers in every school by the end of 2026.",
    '"Children cannot learn to concentrate if a notification is always one second away," Oyun said.',
])


def test_a_vote_is_asked_whole_and_the_chambers_size_not_at_all():
    questions = generate_question_set(PHONE_LAW).question_set.questions
    vote = [q for q in questions if "National Assembly" in q["prompt"]]
    assert vote and right_texts(vote[0]) == ["79 votes to 26"], [(q["prompt"], right_texts(q)) for q in vote]
    assert not any("113" in text for q in questions for text in right_texts(q))


def test_a_date_still_to_come_has_no_lure_already_past():
    # Set 37's reviewers: "January 2024" and "April 2024" (the debate's dates) beside a law taking effect in
    # September 2026, and "end of 2024" beside a pledge for the end of 2026.
    questions = generate_question_set(PHONE_LAW).question_set.questions
    asked_for = [q for q in questions if "September 2026" in right_texts(q)]
    assert asked_for, [q["prompt"] for q in questions]
    lures = [c["text"] for c in asked_for[0]["choices"] if c["weight"] <= 0]
    assert len(lures) == 3 and all(int(re.search(r"\d{4}", lure).group(0)) >= 2025 for lure in lures), lures
    lures = [text for text, _ in years_still_to_come([("end of 2024", "perturbed"), ("end of 2025", "perturbed")],
                                                     "end of 2026")]
    assert "end of 2024" not in lures and lures[:3] == ["end of 2025", "end of 2027", "end of 2028"]


def test_a_list_of_names_is_not_cut_after_its_first():
    # The parse read "Khangai and Gobi mountain ranges over 18 months" as a clause of its own, and the stem
    # said the study areas were "in the Altai" (set 37's reviewers).
    questions = generate_question_set("\n\n".join([
        "Mongolia counts more snow leopards",
        "Mongolia is home to an estimated 1,150 snow leopards, a survey released on Tuesday found.",
        "For the new survey, researchers from the Institute of Biology at the Mongolian Academy of Sciences and the "
        "Steppe Wildlife Foundation installed 1,420 motion-triggered cameras across 31 study areas in the Altai, "
        "Khangai and Gobi mountain ranges over 18 months.",
    ])).question_set.questions
    stems = [q["prompt"] for q in questions if "Altai" in q["prompt"]]
    assert stems and all("Altai, Khangai and Gobi" in stem for stem in stems), stems


def test_one_of_the_crowd_is_not_asked_who_said_it():
    # A cafe owner's and an old man in the audience's words among a minister's and a director's: told apart by
    # how they speak, and no one's name to learn (set 37's reviewers dropped both).
    questions = generate_question_set("\n\n".join([
        "Limerick theatre reopens after restoration",
        "One of Ireland's oldest working theatres reopened on Thursday night after a six-year closure and a 38.5 "
        "million euro restoration.",
        '"We decided to do it once and do it properly," said Declan Furey, the theatre\'s artistic director.',
        '"Regional theatres are not a luxury," said Niamh Costigan, the culture minister.',
        "Siobhan Ryan, who runs a cafe across the street, said her takings fell by about a third after the theatre "
        "closed.",
        '"On a show night we used to have a queue out the door at half six," Ryan said.',
        "Among the audience on Thursday was Martin Quill, 78, who said he had watched his first film in the building "
        "in 1956.",
        '"I did not think I would live to see it open again," Quill said.',
    ])).question_set.questions
    said = [right_texts(q) for q in questions if q["prompt"].startswith("Who said")]
    assert said and not any({"Siobhan Ryan", "Martin Quill"} & set(texts) for texts in said), said


def test_a_figure_given_again_in_other_terms_is_not_asked_and_the_first_is():
    # "60,000 tonnes of end-of-life tyres a year, equivalent to roughly 6.5 million car tyres": set 37's reviewers
    # wanted the plant's capacity, which the stem printed while it asked the conversion.
    questions = generate_question_set("\n\n".join([
        "Tyre maker to build recycling plant in Hungary",
        "German tyre maker Veltra will invest 340 million euros in a plant in eastern Hungary that turns scrap tyres "
        "back into raw materials, the company said on Wednesday.",
        "The plant will be able to process 60,000 tonnes of end-of-life tyres a year, equivalent to roughly 6.5 "
        "million car tyres.",
        '"Every tyre we sell comes back to someone as waste," said Katrin Oberholz, Veltra\'s chief executive.',
    ])).question_set.questions
    answers = [text for q in questions for text in right_texts(q)]
    assert "60,000 tonnes" in answers and not any("6.5 million" in text for text in answers), answers


HEARING_DEAL = "\n\n".join([
    "Denmark's Sonavi agrees deal to buy Swiss rival Audera",
    "COPENHAGEN, March 11 (Reuters) - Danish hearing aid maker Sonavi has agreed to buy Swiss rival Audera Holding "
    "for 3.7 billion Swiss francs in cash and shares, creating the world's second-largest supplier of hearing devices.",
    "The combined group will have more than 19,000 employees, putting it behind only market leader Halvorsen Hearing.",
    '"This is a once-in-a-generation opportunity," said Mette Kjaergaard, Sonavi\'s chief executive.',
    'Audera chairman Rolf Bachmann said the board backed the offer. "It is the best outcome for our shareholders," '
    "he said.",
    "Sonavi shares fell 4.2% in Copenhagen by 1030 GMT.",
    "Five companies now control about 90% of the global market for hearing aids.",
    '"Scale matters more than ever in this industry," said Hanna Eriksen, an analyst at Nordhavn Securities.',
])


def test_a_market_leader_and_a_holding_company_are_companies_and_no_clock_time_is_asked():
    # Set 39's reviewers: "Halvorsen Hearing" offered as a person four times, "Holding" accepted for Audera Holding,
    # "by _____ GMT" asked with lures 770 and 880, and "about 100%" of a market five companies share.
    questions = generate_question_set(HEARING_DEAL).question_set.questions
    offered = [c["text"] for q in questions for c in q.get("choices", [])]
    typed = [a.get("text") for q in questions for a in q.get("answers", [])]
    assert "Halvorsen Hearing" not in [c for q in questions if q["prompt"].startswith("Who said")
                                       for c in (x["text"] for x in q["choices"])]
    assert "Holding" not in typed and "Holding" not in offered
    assert not any("GMT" in q["prompt"] and "_____ GMT" in q["prompt"] for q in questions)
    merger = ROOT / "bench" / "eval-articles-39" / "sonavi_audera_merger.txt"
    share = [q for q in generate_question_set(merger.read_text()).question_set.questions
             if "global market" in q["prompt"] and q["type"] == "multiple_choice"]
    assert share and all((numeric_value(c["text"]) or 0) < 100 for c in share[0]["choices"]), share


def test_type_2_diabetes_is_a_name_not_a_figure():
    from quizapp.generator.headline import quiz_title

    assert quiz_title("Years of night shifts linked to higher risk of type 2 diabetes, Danish study finds") == \
        "Years of night shifts linked to higher risk of type 2 diabetes, Danish study finds"
    questions = generate_question_set("\n\n".join([
        "Night shifts linked to type 2 diabetes",
        "People who work night shifts for more than a decade are about a third more likely to develop type 2 diabetes "
        "than those who never work at night, a Danish study of 286,000 workers found.",
        "Those with between one and five years of night work had an 11% higher risk, the researchers said.",
        '"The size of this study makes it very hard to dismiss," said Katharine Moreland, an epidemiologist.',
    ])).question_set.questions
    assert not any(right_texts(q) == ["2"] for q in questions)
    # "had an _____ higher risk": only 11% reads after "an", so the stem says "a(n)" where the lures do not
    risk = [q for q in questions if "higher risk" in q["prompt"] and q["type"] == "multiple_choice"]
    assert risk and all(" an _____" not in q["prompt"] for q in risk), [q["prompt"] for q in risk]


def test_the_bodys_role_is_written_with_the_bodys_name():
    # "Luis Ferreira, the association's president": "meaningless out of context" (set 39's reviewers)
    from quizapp.generator.titles import owned

    class Org:
        def __init__(self, name):
            self.name = name

    assert owned("the association's president", None, [Org("Rural Association of Paraguay"), Org("Colorado Party")]) \
        == "president of the Rural Association of Paraguay"


def test_a_share_price_at_an_hour_the_crew_of_none_hurt_and_half_a_change_are_not_asked():
    # Set 40's reviewers: "were trading 9.7% lower at _____ as of 11:10 a.m.", "None of the _____ crew members was
    # hurt", and "rising from 46 percent of pupils once meals were made free" (its "to 89 percent" cut for another
    # question); and the wire's name alone opened the lead ("(Bloomberg) -- _____ A/S cut ...").
    from quizapp.generator.nlp import without_dateline

    assert without_dateline("(Bloomberg) -- Valbjerg cut its forecast.").strip() == "Valbjerg cut its forecast."
    questions = generate_question_set("\n\n".join([
        "Brewer cuts outlook after wet summer",
        "(Bloomberg) -- Valbjerg Bryggerier A/S cut its full-year profit forecast on Tuesday after a cold, wet summer "
        "hurt beer sales, and said it would cut about 600 jobs.",
        "The shares fell as much as 11% in Copenhagen, the biggest intraday drop since March 2023, and were trading "
        "9.7% lower at 612 kroner as of 11:10 a.m.",
        "A storm knocked 86 containers off one of its supply ships on Sunday. None of the 22 crew members was hurt.",
        "A pilot in 14 breweries last year showed output rising from 46 percent of capacity to 89 percent once the "
        "new lines were installed, the company said.",
        '"Deleveraging is our first priority," said Mikkel Strand, the chief financial officer.',
    ])).question_set.questions
    answers = [text for q in questions for text in right_texts(q)]
    assert not any("612" in text or text == "22" for text in answers), answers
    assert not any(q["prompt"].startswith(("Fill in the blank: (Bloomberg)", "Fill in the blank: _____ A/S"))
                   for q in questions)
    assert not any("from 46 percent of capacity once" in q["prompt"] for q in questions), [q["prompt"] for q in questions]


def test_a_sentence_opening_it_means_the_subject_before_even_beside_someone_s_factory():
    # "Its" may belong to the owner the sentence before names ("Veltra's"); a bare "It" is what that sentence is
    # about: the plant (set 37's 240 jobs went unasked).
    raw = ("Veltra to build tyre recycling plant\n\nBUDAPEST - German tyre maker Veltra will invest 340 million euros in "
           "a plant in eastern Hungary, the company said on Wednesday.\n\nThe plant, to be built next to Veltra's "
           "existing tyre factory in Nyiregyhaza, is due to start production in 2027. It is expected to create about "
           "240 jobs.")
    assert "Fill in the blank: The plant is expected to create about _____ jobs." in stems_made(raw, "240")


def test_most_of_it_after_a_comma_leans_on_the_words_before_it():
    raw = ("Paraguay court halts forest clearing\n\nASUNCION - Paraguay's Supreme Court suspended 14 clearing permits "
           "on Tuesday.\n\nAccording to Global Forest Watch, Paraguay has lost more than 6 million hectares of tree "
           "cover since 2001, most of it in the Chaco.")
    assert ("Fill in the blank: According to Global Forest Watch, Paraguay has lost more than 6 million hectares of "
            "tree cover since 2001, most of it in the _____.") in stems_made(raw, "Chaco")


def test_it_after_a_time_the_sentence_opens_with_means_what_the_sentences_before_are_about():
    # "It covered ... By the end of last summer it had spread": the "It" between means the meadow too (set 41).
    raw = ("Seagrass meadow triples in size\n\nA seagrass meadow planted by volunteers off Anglesey has tripled in area "
           "in five years, a study found.\n\nThe meadow in Moelfre Bay was seeded in the winter of 2020 with about 1.2 "
           "million seeds. It covered 2.1 hectares when the first shoots were mapped in 2021. By the end of last summer "
           "it had spread to 6.8 hectares, the researchers found.")
    stems = stems_made(raw, "6.8")
    assert "Fill in the blank: By the end of last summer the meadow had spread to _____, the researchers found." in stems
    assert not [stem for stem in stems if " it had spread" in stem]


def test_it_after_a_time_is_not_asked_when_nothing_says_what_it_is():
    from quizapp.generator.context import TIME_OPENING_IT

    assert TIME_OPENING_IT.match("Fill in the blank: In March 2024 it was fined _____.")
    assert not TIME_OPENING_IT.match("Fill in the blank: In Moelfre Bay it grew to _____ hectares.")


class Org:
    """An organisation as titles.Nearby reads it: its name and where the article names it."""

    def __init__(self, name, start):
        self.name = name
        self.mentions = [type("Mention", (), {"start": start, "end": start + len(name)})()]


def test_a_company_officer_s_title_says_whose_from_the_company_named_just_before():
    from quizapp.generator.titles import Nearby, owned

    text = ("Grupo Olivar del Sur, Spain's third-largest bottler, said its revenue fell 17%. Chief Executive Tomas "
            "Ibarra told analysts that shoppers were coming back.")
    at = text.index("Tomas")
    orgs = [Org("Grupo Olivar del Sur", 0)]
    assert owned("Chief Executive", None, orgs, Nearby(text, at, orgs)) == "chief executive of Grupo Olivar del Sur"
    assert owned("CEO", None, orgs, Nearby(text, at, orgs)) == "CEO of Grupo Olivar del Sur"
    assert owned("Chief Executive", None, [], Nearby(text, at, [])) == "Chief Executive"  # no company to say


def test_a_share_move_is_asked_only_of_a_company_the_headline_names():
    from quizapp.generator.background import shares_of_another

    # "The company's shares closed _____ higher" of a bottler in a story about olive oil prices (set 41)
    assert shares_of_another("The company's shares closed ", "Olive oil prices slide", "Grupo Olivar del Sur", False)
    assert shares_of_another("Its shares closed ", "Olive oil prices slide", None, False)
    assert shares_of_another("Kestrel shares fell ", "Olive oil prices slide", None, False)
    # the headline's own company (the teachers' lists ask those)
    assert not shares_of_another("Veltra shares rose ", "Veltra to build tyre recycling plant", None, True)
    assert not shares_of_another("Audera's stock jumped ", "Sonavi agrees deal to buy Swiss rival Audera", None, True)
    assert not shares_of_another("Its shares fell ", "Quickpath loses appeal", None, True)
    assert not shares_of_another("The shares fell as much as ", "Valbjerg cuts profit outlook", None, True)
    assert not shares_of_another("Meanwhile Veltra shares rose ", "Veltra to build tyre recycling plant", None, True)
    raw = ("Olive oil prices slide as harvest rebounds\n\nMADRID - Olive oil prices in Spain have fallen by 43% since "
           "January, traders said.\n\nGrupo Olivar del Sur, Spain's third-largest bottler, said on Wednesday its "
           "revenue fell 17% to 212 million euros. The company's shares closed 3.4% higher in Madrid.")
    assert "3.4%" not in answers_made(raw)


def test_a_court_s_vote_is_asked_whole_and_a_long_sentence_without_its_last_aside():
    # "ruled 5-2 that ..., down from the roughly 310 properties that had been listed on sites such as Airbnb and
    # Vrbo": too long whole, and a court's vote was half a score (set 41's reviewers missed both the vote and the cap)
    raw = ("Maine's top court upholds coastal town's cap on short-term rentals\n\nAUGUSTA, Maine (AP) - Maine's highest "
           "court on Tuesday upheld a coastal town's cap on short-term rentals.\n\nThe Maine Supreme Judicial Court ruled "
           "5-2 that the town of Port Wescott acted within its authority when it adopted an ordinance in 2023 limiting "
           "the number of short-term rental permits to 120, down from the roughly 310 properties that had been listed "
           "on sites such as Airbnb and Vrbo.")
    maker, _, _, facts = maker_of(raw)
    made = [c for f in facts for c in maker.candidates(f)]
    vote = [c for c in made if c.answer == "5-2"]
    assert vote and set(lures(vote[0])) <= {"6-1", "4-3", "7-0"}
    assert any(c.answer == "120" and c.question["prompt"].endswith("short-term rental permits to _____.") for c in made)


def test_a_tally_is_known_by_the_word_after_it_too():
    from quizapp.generator.figures import tally_at

    text = "In a 4-1 decision, the court's constitutional chamber ordered a new review."
    assert tally_at(text, text.index("4"), text.index("4") + 1).text == "4-1"
    text = "Kingsbridge beat the visitors 4-1 on Saturday."  # a score is a score, as before
    assert tally_at(text, text.index("4"), text.index("4") + 1).text == "4-1"
    assert tally_at("The 4-1 win lifted them to third.", 4, 5) is None


def test_a_stem_too_long_loses_its_last_aside_then_its_last_relative_clause_after_the_blank():
    from quizapp.generator.stems import without_trailing_aside

    stem = ("The case was brought by a group of _____ property owners who argued the cap amounted to an unconstitutional "
            "taking of their property.")
    assert without_trailing_aside(stem, 12) == "The case was brought by a group of _____ property owners."
    stem = "The site will supply about _____ of the city's heat, according to Kuopion Energia, the utility."
    assert without_trailing_aside(stem, 12) == "The site will supply about _____ of the city's heat."
    # the blank's own clause stays whole: nothing after the blank to cut
    stem = "Owners who argued the cap was unlawful numbered _____."
    assert without_trailing_aside(stem, 5) == stem


def test_a_ship_named_by_its_prefix_is_a_name_and_a_cut_clause_takes_its_and():
    raw = ("Wreck of steamship found off Northumberland\n\nAmateur divers have found the wreck of a Victorian steamship "
           "that disappeared with all 19 of its crew more than 130 years ago.\n\nThe SS Ardmore Lass sank in January "
           "1891 while carrying coal from Blyth to Hamburg, and no trace of the vessel was ever found.")
    stems = stems_made(raw)
    assert "Fill in the blank: The _____ sank in January 1891 while carrying coal from Blyth to Hamburg." in stems
    assert not [stem for stem in stems if stem.endswith(("and.", "and?"))]


def test_a_speaker_named_with_an_honorific_is_the_person_of_that_surname():
    from quizapp.generator.quotes import identify

    assert identify("Mrs Hume", ["Margaret Hume", "Graeme Atkinson"]) == ("Margaret Hume", None)
    assert identify("Mr Atkinson", ["Margaret Hume", "Graeme Atkinson"]) == ("Graeme Atkinson", None)
    assert identify("Dr. Okafor", ["Helen Okafor"]) == ("Helen Okafor", None)


def test_who_said_offers_no_one_the_article_brings_in_long_ago():
    # "under Captain William Forster" in 1891 offered for a diver's words of today (set 41; set 42's founder of 1912)
    raw = ("Wreck of steamship found\n\nAmateur divers have found the wreck of a steamship that sank in 1891, first "
           "picked up on sonar in 2022.\n\n"
           "\"I don't think any of us will forget the moment that name came up through the silt,\" said Graeme "
           "Atkinson, who leads the Tyne Deep Wreck Group.\n\nIt left Blyth on 23 January 1891 under Captain William "
           "Forster, a 44-year-old mariner from North Shields.\n\n\"It is a remarkable piece of detective work,\" "
           "said Dr Sarah Milburn, a maritime archaeologist at Newcastle University.\n\nAmong those who welcomed the "
           "find is Margaret Hume, 74, from Tynemouth.\n\n\"There was never a grave, never anywhere to go,\" Mrs Hume "
           "told the BBC.")
    from quizapp.generator.pipeline import candidates_of, read_article

    who_said = [c.question for c in candidates_of(read_article(raw, False)).candidates
                if c.question["prompt"].startswith("Who said") and c.question["type"] == "multiple_choice"]
    offered = {choice["text"] for question in who_said for choice in question["choices"]}
    assert {"Graeme Atkinson", "Sarah Milburn", "Margaret Hume"} <= offered and "William Forster" not in offered


def test_someone_told_of_by_their_descendants_is_no_speaker_to_offer():
    from quizapp.generator.pipeline import candidates_of, read_article

    raw = ("Lost silent film found in church loft\n\nA Norwegian silent film of 1929 has been found in a church loft, "
           "the National Library said in 2025.\n\n\"It is the kind of discovery you dream about,\" said Kari Lunde, "
           "head of film at the library.\n\n\"She was ahead of her time,\" said Tone Rasmussen, a film historian.\n\n"
           "\"We will show it in cinemas next year,\" said Jonas Berg, the library's director.\n\nThe film's lead, "
           "Signe Dahl, was a stage actor from Trondheim. Her great-granddaughter, Marte Dahl, said the family had "
           "heard stories about the film.")
    offered = {choice["text"] for c in candidates_of(read_article(raw, False)).candidates
               if c.question["prompt"].startswith("Who said") for choice in c.question.get("choices", ())}
    assert "Kari Lunde" in offered and "Signe Dahl" not in offered


def test_set_42_s_broken_stems_and_options_are_mended():
    # a law and a street the model took for people are matched with no one; "the the"; "by an average."; "over the
    # same period"; Britain beside England; a 1932 lure under a "1920s" title; a judgment's page count
    raw = ("Dutch court rules police facial recognition trial in Rotterdam unlawful in 1920s-style ruling\n\n"
           "ROTTERDAM, Netherlands (AP) - A Dutch court ruled Thursday that a police trial of facial recognition "
           "cameras broke the European Union's General Data Protection Regulation, said Lotte Hendriks, a lawyer for "
           "Bits of Freedom.\n\nA shopkeeper whose store faces one of the cameras on the Lijnbaan, a pedestrian "
           "shopping street, brought the case with Justice Minister Pieter Kramer's critics.\n\nThe trial involved 22 "
           "cameras in and around the Lijnbaan. The ministry said it would study the 48-page judgment.")
    from quizapp.generator.pipeline import candidates_of, read_article
    from quizapp.generator.questions import people_to_match

    made = candidates_of(read_article(raw, False))
    matched = {f.data["person"] for f in people_to_match(made.facts, made.maker.by_name)}
    assert not matched & {"Data Protection Regulation", "Lijnbaan"}
    assert dict((e.name, e.kind) for e in made.entities).get("Lijnbaan") == "place"
    assert "48" not in {c.answer for c in made.candidates}
    beavers = ("Beaver dams cut farm pollution\n\nBeavers living wild on a river in England have helped to strip farm "
               "pollution from the water, a study found.\n\nResearchers from the University of Exeter found that the "
               "dams reduced nitrate levels downstream by an average of 29%. Phosphate concentrations fell by 17% over "
               "the same period.\n\nBeavers were hunted to extinction in Britain in the 16th century.")
    stems = stems_made(beavers)
    assert not [stem for stem in stems if "by an average." in stem], stems
    # "over the same period" reads only after the sentence that says which (see test_a_stem_that_leans_on_...)
    assert not [stem for stem in stems if "same period" in stem and "29%. Phosphate" not in stem], stems
    assert "Britain" not in lures_offered(beavers, "England")


def test_a_year_s_lures_keep_the_decade_the_title_names():
    raw = ("Lost 1920s Norwegian silent film found in church loft\n\nOSLO - A silent film lost for 95 years has been "
           "found, the National Library said in 2025.\n\nThe 78-minute film was screened in Oslo and a handful of other "
           "towns in 1929 but vanished after its distributor went bankrupt.")
    offered = lures_offered(raw, "1929")
    assert offered and all(lure.startswith("192") for lure in offered), offered


def test_its_officer_is_the_sentence_s_own_subject_s_not_the_bank_named_before():
    from quizapp.generator.titles import Nearby, owned

    text = ("\"Natural cork has pricing power,\" said Catarina Lopes, an analyst at Banco Atlantico in Lisbon.\n\nSobral, "
            "founded in 1891 by the grandfather of its current chairman, Jorge Sobral, employs about 3,900 people.")
    orgs = [Org("Banco Atlantico", text.index("Banco"))]
    assert owned("its current chairman", None, orgs, Nearby(text, text.index("Jorge"), orgs)) is None  # (set 43)
    text = "Banco Atlantico said on Monday that profit rose. Its chief economist, Rui Sousa, said rates would fall."
    orgs = [Org("Banco Atlantico", 0)]
    assert owned("Its chief economist", None, orgs, Nearby(text, text.index("Rui"), orgs)) == \
        "Banco Atlantico’s chief economist"


def test_their_after_a_people_named_since_is_theirs_not_the_body_before():
    # Set 59: "Nuke's 19-year-old sniper", the map the model took for a body, where "their" is the Mongolians'.
    from quizapp.generator.titles import Nearby, owned

    text = ("The deciding map, Nuke, went to overtime at 12-12 before the Mongolians won it 16-14, sealing the title "
            "when their 19-year-old sniper, Temuulen Ganbold, won a one-against-two duel.")
    orgs = [Org("Nuke", text.index("Nuke"))]
    assert owned("their 19-year-old sniper", None, orgs, Nearby(text, text.index("Temuulen"), orgs)) == \
        "the Mongolians’ 19-year-old sniper"
    orgs = [Org("Nordlys Gaming", 0)]
    text = "Nordlys Gaming won the semi-final in Cologne. Their captain, Mikkel Thorsen, said it was hard."
    assert owned("Their captain", None, orgs, Nearby(text, text.index("Mikkel"), orgs)) == "Nordlys Gaming’s captain"


def test_a_possessive_opening_a_sentence_is_the_one_the_sentence_before_was_about():
    # Set 49: "Marmara Spor's Serbian middle blocker" was Zorza's, the club the sentence before opened with.
    from quizapp.generator.titles import Nearby, owned

    text = ("Poland's Zorza Rzeszow lost the final.\n\nZorza, who were also playing in their first final, had knocked "
            "out the defending champions, Istanbul's Marmara Spor, in the semi-finals. Their Serbian middle blocker, "
            "Jelena Radovic, scored 24 points.")
    orgs = [Org("Zorza Rzeszow", text.index("Zorza")), Org("Marmara Spor", text.index("Marmara"))]
    assert owned("Their Serbian middle blocker", None, orgs, Nearby(text, text.index("Jelena"), orgs)) == \
        "Zorza Rzeszow’s Serbian middle blocker"
    # Where the one named last opened a sentence of its own, it stays the owner.
    text = ("The Kelsing Dockers' Federation said it would seek guarantees. Meridian has said it intends to automate. "
            "Its general secretary, Mats Eriksholm, said they wanted an agreement.")
    orgs = [Org("The Kelsing Dockers' Federation", 0), Org("Meridian Line", len(text))]
    assert owned("Its general secretary", None, orgs, Nearby(text, text.index("Mats"), orgs)) == \
        "The Kelsing Dockers' Federation’s general secretary"


def test_a_country_the_title_names_by_its_people_is_not_asked():
    raw = ("Solar-powered cots halve transfusions in Nigerian newborn jaundice trial\n\nA low-cost, solar-powered device "
           "for treating jaundice halved the number of infants who needed transfusions in rural clinics in Nigeria, "
           "according to a study published on Wednesday.\n\nThe trial followed 2,140 babies at 18 health centres in "
           "Kano, which borders Niger, and in Ghana.")
    assert "Nigeria" not in answers_made(raw)
    # Set 49: the model took Crete for an organisation; "Cretan" in the title prints it all the same.
    raw = ("Orchid thought extinct for 80 years rediscovered in Cretan gorge\n\nHERAKLION, Greece - A small pink orchid "
           "that botanists had given up as extinct has been found growing in a remote gorge in southern Crete, more "
           "than 80 years after it was last recorded, scientists said on Monday.\n\nThe plants grow on a shaded ledge.")
    assert "Crete" not in answers_made(raw)


def test_one_person_is_not_asked_by_name_twice_whatever_role_the_first_stem_names():
    # Set 44: "Kenyan architect _____ has won ..." then "_____ founded her Nairobi-based studio" (a duplicate).
    from quizapp.generator.candidates import Candidate
    from quizapp.generator.rank import asked_again, side_of

    def blank(prompt, sentence, role=False):
        made = Candidate({"type": "multiple_choice", "prompt": prompt, "choices": []}, 5, "mention", "Kamau-Otieno",
                         sentence, answer_kind="person", thing="Wanjiru Kamau-Otieno")
        made.role = role
        return made

    lead = blank("Fill in the blank: Kenyan architect _____ has won this year's Halvorsen Prize.", 0, role=True)
    later = blank("Fill in the blank: _____ founded her Nairobi-based studio, Udongo Works, in 2012.", 4)
    assert not asked_again([(side_of(lead), lead)], later)


def test_a_question_keeps_the_article_s_spacing_inside_a_hyphenated_word():
    from quizapp.generator.nlp import get_model
    from quizapp.generator.wh import wh_question

    doc = get_model()("Kamau-Otieno founded her Nairobi-based studio, Udongo Works, in 2012.")
    span = doc[:]
    start = doc.text.index("2012")
    prompt = wh_question(span, start, start + 4, "date", None)
    assert prompt == "When did Kamau-Otieno found her Nairobi-based studio, Udongo Works?", prompt


def test_a_family_name_that_ends_like_a_facility_is_a_person_s():
    # Set 44: "Marieke van Dam" ends in "Dam" (a facility's head), so the co-founder was never offered for "Who said".
    from quizapp.generator.candidates import not_a_person

    assert not not_a_person("Marieke van Dam") and not_a_person("Hensby Farm") and not_a_person("Kariba Dam")
    questions = generate_question_set(
        "Night train links Amsterdam and Milan\n\nThe start-up Lunaria Rail ran its first sleeper train from "
        "Amsterdam to Milan on Sunday.\n\n\"People have told us for years that they would love to take the train,\" "
        "said Marieke van Dam, Lunaria Rail's chief executive.\n\n\"There are almost no new sleeper cars being built "
        "in Europe,\" said Giacomo Rinaldi, the company's chief operating officer.\n\n\"The economics of night trains "
        "are tough,\" said Jonas Weber, a transport analyst at Mobilis Partners.").question_set.questions
    rinaldi = next(q for q in questions if q["prompt"].startswith("Who said: “There are almost"))
    assert "Marieke van Dam" in [c["text"] for c in rinaldi["choices"]]


def test_a_cut_that_takes_what_a_verb_governs_and_leaves_its_comma_is_no_stem():
    # Set 44: "Fares start, _____ euros for a couchette berth" once another question took "at 69 euros ...".
    from quizapp.generator.nlp import get_model
    from quizapp.generator.questions import comma_left_by_cut

    fares = ("Fares start at 69 euros for a reclining seat, 119 euros for a couchette berth and 249 euros for a private "
             "compartment.")
    assert comma_left_by_cut("Fares start, _____ euros for a couchette berth and 249 euros for a private compartment.",
                             get_model()(fares)[:])
    plant = "Voltrane will close its truck plant in Brenstedt by the end of 2027, cutting 1,100 jobs."
    assert not comma_left_by_cut("Voltrane will close its truck plant in Brenstedt, cutting _____ jobs.",
                                 get_model()(plant)[:])
    questions = generate_question_set(
        "Night train links Amsterdam and Milan\n\nThe start-up Lunaria Rail ran its first sleeper train from Amsterdam "
        "to Milan on Sunday.\n\n" + fares + "\n\n\"Night trains are back,\" said Marieke van Dam, the company's "
        "chief executive.").question_set.questions
    assert not any(q["prompt"].startswith("Fill in the blank: Fares start,") for q in questions)


def test_a_century_is_given_away_by_a_year_of_it_in_another_stem():
    """"a _____ gilded silver reliquary" (13th-century) beside "made around 1260" (set 47's reviewer)."""
    from quizapp.generator.candidates import Candidate
    from quizapp.generator.giveaways import century_told, gives_away

    assert century_told("13th-century", "The casket was made around 1260, experts said.")
    assert not century_told("13th-century", "The museum paid 1,260 euros for it in 1360.")
    century = Candidate({"type": "multiple_choice", "prompt": "Fill in the blank: Police recovered a _____ reliquary."}, 8,
                        "mention", "13th-century", 0, answer_kind="date")
    year = Candidate({"type": "multiple_choice", "prompt": "Fill in the blank: The casket, made around 1260, was kept "
                      "in _____."}, 6, "mention", "Mechelen", 3, answer_kind="place")
    assert gives_away(century, [year])


def test_who_holds_a_title_among_people_the_matching_gives_other_titles_is_given_away():
    """"Who is the head of research at Mekong Agri Research?" among three people the matching has already paired
    with their own titles: the one left is the answer (set 65's reviewers)."""
    from quizapp.generator.candidates import Candidate
    from quizapp.generator.giveaways import gives_away

    people = ["Pham Thu Hien", "Roberto Salcedo", "Tran Quoc Binh"]
    matching = Candidate({"type": "matching", "prompt": "Match each person to how the article describes them.",
                          "pairs": [{"left": name, "right": f"title {n}"} for n, name in enumerate(people)]},
                         11, "title", "matching-people", 2)

    def who_is(names):
        choices = [{"text": "Le Minh Duc", "weight": 1}] + [{"text": name, "weight": 0} for name in names]
        return Candidate({"type": "multiple_choice", "prompt": "Who is the head of research at Mekong Agri Research?",
                          "choices": choices}, 9, "title", "Le Minh Duc", 9, answer_kind="person")
    assert gives_away(who_is(people), [matching])
    assert not gives_away(who_is(people[:2] + ["Somsak Charoenrat"]), [matching])


def test_a_date_whose_year_another_question_asks_is_that_question_again():
    """"phase out open-net farming by _____" (2032) and "farms to close by _____" (Jan. 1, 2032): set 66's three
    reviewers dropped the second as the first again."""
    from quizapp.generator.candidates import Candidate
    from quizapp.generator.giveaways import gives_away

    def asking(prompt, answer, index):
        return Candidate({"type": "multiple_choice", "prompt": prompt, "choices": []}, 8, "mention", answer, index,
                         answer_kind="date")
    year = asking("Fill in the blank: Denmark voted to phase out open-net fish farming by _____.", "2032", 0)
    day = asking("Fill in the blank: The law requires the 19 farms to close by _____.", "Jan. 1, 2032", 2)
    assert gives_away(day, [year]) and gives_away(year, [day])
    other = asking("Fill in the blank: Construction will begin in _____.", "March 2027", 4)
    assert not gives_away(other, [asking("Fill in the blank: It will open in _____.", "May 2027", 5)])


def test_a_count_the_stem_spells_out_is_given_away():
    """"_____ men, aged 41 and 36 and both Dutch nationals" says two (set 47's reviewers)."""
    assert leaks("Fill in the blank: _____ men, aged 41 and 36, were arrested on Tuesday.", "Two")
    assert leaks("Fill in the blank: _____ men, both Dutch nationals, were arrested on Tuesday.", "two")
    assert leaks("Fill in the blank: _____ women, aged 22, 30 and 41, were hurt.", "three")
    assert not leaks("Fill in the blank: _____ men, aged 41 and 36, were arrested on Tuesday.", "three")


def test_a_phone_number_is_no_figure_to_ask():
    """"Calls to 999 from landlines were still getting through": lured by 849 and 749 (set 47's reviewers)."""
    from tests.test_generator_lures import stems_made

    raw = ("Cable cut leaves islands offline\n\nLERWICK - Thousands of island residents lost internet and mobile data on "
           "Thursday after a subsea cable was damaged, the operator said.\n\nCalls to 999 from landlines were still "
           "getting through, the health board said, and 14 engineers were sent to the cable station.")
    assert not stems_made(raw, "999") and stems_made(raw, "14")


def test_a_count_standing_for_its_noun_leans_on_the_sentence_before():
    """"By Friday afternoon, eight had withdrawn ... and _____ were still on the trail": eight of what (set 47)."""
    from tests.test_generator_lures import stems_made

    raw = ("Musher wins sled dog race\n\nINARI, Finland - Norwegian musher Sigrid Haugland won the Lapland sled dog "
           "race on Friday.\n\nForty-one teams from nine countries set off from Rovaniemi last Saturday. By Friday "
           "afternoon, eight had withdrawn, most because of injured dogs, and 19 were still on the trail.")
    stems = [stem for stem in stems_made(raw, "19") if "still on the trail" in stem]
    assert stems and all("Forty-one teams from nine countries set off" in stem for stem in stems), stems
    # an age set off by commas is no count standing for a noun
    from quizapp.generator.context import BARE_COUNT
    assert not BARE_COUNT.search("Fill in the blank: Sandberg, 49, has signed a contract running until _____.")


def test_a_sum_written_out_again_in_another_currency_is_not_asked():
    raw = ("Film studio opens in shipyard\n\nGDANSK, Poland - A film studio opened in a former shipyard hall in Gdansk "
           "on Thursday, with its owners promising to create 1,200 jobs.\n\nAmberlight Studios spent about 780 million "
           "zlotys, or roughly 180 million euros, converting the hall and building five new structures around it.")
    assert not stems_made(raw, "180 million")
    assert stems_made(raw, "780 million")


def test_a_sum_given_again_in_dollars_after_a_hedge_is_not_asked_and_leaves_the_other_sum_s_stem():
    # Set 64: "fined up to 500,000 kronur, about $3,600," asked the dollars; the fine is the kronur.
    raw = ("Iceland to require permits at eruption sites\n\nREYKJAVIK - Iceland will require visitors to book permits "
           "for eruption sites from June, the government said on Tuesday.\n\nAnyone entering a closed area without "
           "permission could be fined up to 500,000 kronur, about $3,600, under the new regulation, up from a maximum "
           "of 100,000 kronur today.")
    assert not stems_made(raw, "$3,600")
    stems = [stem for stem in stems_made(raw, "500,000") if "fined up to _____ kronur" in stem]
    assert stems and not any("3,600" in stem for stem in stems), stems
    assert any("fined up to _____ kronur under the new regulation" in stem for stem in stems), stems
    # a difference after the hedge is a fact of its own, and stays in the other sum's stem
    raw = ("Bridge opens\n\nVANCOUVER - A bridge opened on Monday.\n\nThe bridge cost C$1.86 billion, about "
           "C$340 million more than its original budget of C$1.52 billion.")
    assert stems_made(raw, "C$340 million")
    assert not any(stem.startswith("Fill in the blank: The bridge cost _____ more") for stem in stems_made(raw, "C$1.86 billion"))


def test_the_size_that_says_what_a_count_counts_is_not_asked():
    raw = ("Debris near-miss renews calls for rules\n\nA weather satellite fired its thrusters on Tuesday to avoid a "
           "piece of rocket debris, its operator said.\n\nMore than 36,000 objects larger than 10 centimetres are now "
           "being tracked around the Earth, according to estimates from space agencies.")
    assert not [stem for stem in stems_made(raw, "10") if "than _____ centimetres" in stem]
    assert [stem for stem in stems_made(raw, "36,000") if "More than _____ objects" in stem]


def test_an_aside_cut_between_a_name_and_its_verb_takes_both_its_commas():
    from quizapp.generator.clauses import trimmed_cloze
    from quizapp.generator.nlp import get_model

    doc = get_model()("The Consorzio Tutela Montebris, which represents 41 dairies in Italy's Friuli Venezia Giulia region, "
                      "applied in September last year for Protected Designation of Origin status, a European Union label "
                      "that reserves a food's name for products made in a defined area.")
    start = doc.text.index("Protected")
    stem = trimmed_cloze(doc[:], start, start + len("Protected Designation of Origin"), "_____")
    assert stem.startswith("The Consorzio Tutela Montebris applied in September last year for _____ status"), stem
    doc = get_model()("Shares in Fjordhavn fell 7.4% on the Oslo Stock Exchange, their biggest one-day drop in more than "
                      "two years, leaving the company valued at about 18.2 billion crowns.")
    start = doc.text.index("18.2 billion")
    stem = trimmed_cloze(doc[:], start, start + len("18.2 billion"), "_____")
    assert "Exchange, leaving the company valued at about _____" in stem, stem  # a participle's comma stays


def test_a_name_followed_by_who_is_a_person_to_offer_people_beside():
    raw = ("University suspends admissions director\n\nSYDNEY - A university has suspended its director of admissions "
           "after an audit found that 27 students were offered places in exchange for payments.\n\n\"This is a "
           "betrayal,\" said Professor Helen Draper, the university's vice-chancellor. Priya Raman, president of the "
           "students' association, said the audit had taken too long.\n\nThe university named the suspended official "
           "as Graham Pellow, who has led its admissions office since 2016.")
    assert any("Helen Draper" in lures for lures in lures_offered(raw, "Graham Pellow"))


def test_the_years_a_record_holds_over_are_not_asked_but_the_record_is():
    raw = ("Satellite dodges debris\n\nDARMSTADT, Germany - A European weather satellite fired its thrusters on "
           "Tuesday to avoid a piece of rocket debris that had been predicted to pass within 38 metres of it, the "
           "closest approach its operator has recorded in 11 years of flying spacecraft, officials said.\n\nThe "
           "satellite, Meridian-4, cost 220 million euros to build and launch.")
    assert not stems_made(raw, "11 years")
    assert stems_made(raw, "38 metres")


def test_a_list_item_stranded_between_two_cut_clauses_goes_with_them():
    from quizapp.generator.clauses import trimmed_cloze
    from quizapp.generator.nlp import get_model

    doc = get_model()("The court gave the company 120 days to register the 11,400 riders active on its platform in the "
                      "region under Brazil's CLT labour code, which guarantees a minimum wage, paid holidays, a so-called "
                      "13th-month salary and contributions to a severance fund.")
    start = doc.text.index("11,400")
    stem = trimmed_cloze(doc[:], start, start + len("11,400"), "_____")
    assert stem.endswith("under Brazil's CLT labour code."), stem  # not "labour code, paid holidays."


def test_one_end_of_what_each_paid_is_not_asked():
    raw = ("Admissions scandal\n\nSYDNEY - A university suspended its director of admissions on Friday after an audit "
           "found that 27 students had bought places.\n\nIndividual families paid between A$85,000 and A$160,000, the "
           "audit found.")
    assert not stems_made(raw, "A$85,000") and not stems_made(raw, "A$160,000")


def test_a_sum_in_another_currency_is_no_lure():
    raw = ("Film studio opens in shipyard\n\nGDANSK, Poland - A film studio opened in a former shipyard hall on Thursday."
           "\n\nAmberlight Studios spent about 780 million zlotys, or roughly 180 million euros, converting the hall.\n\n"
           "The city of Gdansk contributed 60 million zlotys to the project, and the government 95 million zlotys.")
    offered = mention_lures(raw, "60 million")
    assert offered and not any("180 million" in lures for lures in offered), offered


def test_a_site_of_no_named_sort_that_does_things_is_not_asked_which_site():
    # "Which site took third place by beating France's Riviera Volley Cannes 3-1?": the model's facility is a club.
    from quizapp.generator.nlp import get_model
    from quizapp.generator.wh import wh_question

    text = "Earlier on Sunday, Marmara Spor took third place by beating France's Riviera Volley Cannes 3-1."
    start = text.index("Marmara Spor")
    assert wh_question(get_model()(text)[:], start, start + len("Marmara Spor"), "facility", "site") is None
    text = "The Mizushima Plant will build the new cars from next year."
    start = text.index("Mizushima Plant")
    assert wh_question(get_model()(text)[:], start, start + len("Mizushima Plant"), "facility", "plant") == \
        "Which plant will build the new cars from next year?"


def test_where_someone_is_from_is_not_asked():
    # "Ochoa, 29, from _____ in Baja California Sur": set 55's three reviewers dropped the diver's home town as trivia
    raw = ("Mexican freediver sets world record\n\nCLARENCE TOWN, Bahamas - Mexican freediver Valeria Ochoa set a world "
           "record on Saturday by swimming to a depth of 125 metres on a single breath at Dean's Blue Hole.\n\n"
           "Ochoa, 29, from La Paz in Baja California Sur, completed the dive in 4 minutes and 6 seconds.")
    from quizapp.generator.shown import right_texts

    questions = generate_question_set(raw).question_set.questions
    assert questions and not any("La Paz" in right_texts(q) for q in questions)


def test_letters_beside_the_name_they_stand_for_are_not_asked_nor_the_name():
    # "under the rules of _____, the International Association for the Development of Apnea" (AIDA): set 55's three
    # reviewers dropped it; the name spelt out after its letters, typed, is no better
    raw = ("Freediver sets record\n\nCLARENCE TOWN, Bahamas - Valeria Ochoa set a world record on Saturday at Dean's "
           "Blue Hole.\n\nShe surfaced cleanly and received a white card from the judges, confirming the record under "
           "the rules of AIDA, the International Association for the Development of Apnea.")
    from quizapp.generator.pipeline import candidates_of, read_article
    from quizapp.generator.shown import right_texts

    made = candidates_of(read_article(raw, False))
    assert not any({"AIDA", "International Association for the Development of Apnea"} & set(right_texts(c.question))
                   for c in made.candidates)


def test_a_measure_is_no_total_a_count_could_be_worked_out_from():
    # "carried out over 23 days" had made 11 calves + three deaths + nine a sum (set 55: the calves went unasked)
    from quizapp.generator.figures import worked_out

    lead = ("KRATIE, Cambodia - The number of dolphins has risen to 104. The count, carried out over 23 days in April, "
            "found 15 more dolphins than in 2022.")
    stem = ("Fill in the blank: Researchers also identified _____ calves born in the past year, and recorded only three "
            "dolphin deaths, down from nine in 2021.")
    assert not worked_out("11", stem, lead)
    assert worked_out("11", stem, lead.replace("over 23 days", "by 23 observers"))  # a count still adds up


def test_a_share_the_headline_writes_in_words_is_not_asked_with_options_near_it():
    from types import SimpleNamespace

    from quizapp.generator.figures import in_headline

    # Set 58's reviewers: "cut salt dust storms by a third" over "dropped by _____" for 34 percent
    title = "Shrub forests on dry Aral Sea bed cut salt dust storms by a third, study finds"
    assert in_headline(SimpleNamespace(answer="34 percent", answer_kind="percent"), title)
    assert not in_headline(SimpleNamespace(answer="41 percent", answer_kind="percent"), title)
    assert not in_headline(SimpleNamespace(answer="34 percent", answer_kind="percent"), "Shrubs cut dust storms")


def figure_blank(answer, sentence, score, kind="number"):
    """A figure's blank from ``sentence`` as the ranking sees it: its stem, source, score and kind of answer."""
    from quizapp.generator.candidates import Candidate

    question = {"type": "multiple_choice", "prompt": sentence.replace(answer, "_____", 1), "source": {"sentence": sentence}}
    return Candidate(question, score, "mention", answer, 0, answer_kind=kind)


def test_two_parts_and_their_total_are_not_all_asked():
    # Set 59: 142 hotels (the merged group), 88 and 54 (each chain's) were all asked: once two are answered, the
    # third is arithmetic. The total, the news, stays; a total that is no sum of parts (38 jets ordered beside a
    # fleet of 26 and 12 options) is no reason to leave one out.
    from quizapp.generator.giveaways import without_a_part_of_a_sum

    total = figure_blank("142", "Fjellstua agreed to buy Kustgarden, creating a group with 142 hotels and 24,000 rooms.", 9)
    one = figure_blank("88", "Fjellstua runs 88 hotels in Norway, Sweden and Finland.", 5)
    two = figure_blank("54", "Kustgarden has 54 hotels, most of them in Stockholm.", 6)
    assert without_a_part_of_a_sum([total, one, two]) == [total, two]
    ordered = figure_blank("142", "The airline agreed to buy 142 hotels from the group.", 9)
    assert without_a_part_of_a_sum([ordered, one, two]) == [ordered, one, two]


def test_a_count_that_restates_a_share_asked_is_left_out():
    # Set 60: "cured _____ of patients" (91 percent) beside "Of the 206 patients ..., _____ were cured" (187): a repeat.
    # 41 of 327 flights is 12.5 percent too, but no pay rise of 12.5 percent: a share of another thing stays.
    from quizapp.generator.giveaways import without_a_share_restated


    share = figure_blank("91 percent", "A four-month course of tablets cured 91 percent of patients with tuberculosis.", 9,
                  "percent")
    count = figure_blank("187", "Of the 206 patients given the new combination, 187 were cured a year later.", 6, "number")
    assert without_a_share_restated([share, count]) == [share]
    pay = figure_blank("12.5 percent", "Verdi is demanding a pay increase of 12.5 percent for security workers.", 9, "percent")
    flights = figure_blank("41", "Only 41 of the 327 scheduled departures and arrivals went ahead.", 6, "number")
    assert without_a_share_restated([pay, flights]) == [pay, flights]


def test_a_difference_from_another_figure_asked_is_cut_from_the_stem():
    # Set 62: "put the company's worth at _____ euros, almost 7 million more than Alpenquell paid" beside "the _____
    # euro sale" (14.2 million): 21 million is a sum. The clause goes; without the other figure asked, it stays.
    from quizapp.generator.giveaways import without_a_difference_told

    worth = figure_blank("21 million", "A valuation had put the company's worth at 21 million euros, almost 7 million "
                         "more than Alpenquell paid.", 6)
    price = figure_blank("14.2 million", "The court said the 14.2 million euro sale of the spa was void.", 9)
    mended = without_a_difference_told([price, worth])
    assert mended[0] is price
    assert mended[1].question["prompt"] == "A valuation had put the company's worth at _____ euros."
    assert "almost 7 million more" in mended[1].question["source"]["sentence"]
    other = figure_blank("9.5 million", "The town spent 9.5 million euros on the baths.", 9)
    assert without_a_difference_told([other, worth])[1] is worth


def test_a_count_an_earlier_question_s_source_shows_is_not_asked_again():
    # Set 62: "_____ people died, including three children" (Nine) after a question from the lead, whose sentence,
    # shown once it is answered, says "flash floods killed nine people". A count of other things stays.
    from quizapp.generator.giveaways import gives_away, told_before

    lead = figure_blank("412 billion", "The council approved a 412 billion shilling plan, two months after flash floods "
                        "killed nine people.", 9, "money")
    died = figure_blank("Nine", "Nine people died, including three children, at the market.", 6)
    died.sentence_index = 3
    assert told_before(died, lead) and gives_away(died, [lead])
    stalls = figure_blank("600", "More than 600 stalls were destroyed, and nine people died.", 6)
    stalls.sentence_index = 3
    assert not told_before(stalls, lead) and not gives_away(stalls, [lead])
    lead.sentence_index = 4  # asked after it, the lead's sentence is shown too late to tell
    assert not told_before(died, lead)


def test_the_thing_named_is_not_who_said_it():
    # Set 61: "The company said the chip, called Lorentz-1, ..." had asked "What is the company said the chip called?"
    raw = ("Delft start-up unveils quantum chip\n\nDELFT, Netherlands - Veldkwant unveiled a quantum processor on "
           "Tuesday and said it had raised 180 million euros.\n\nThe company said the chip, called Lorentz-1 after the "
           "physicist Hendrik Lorentz, was the largest of its kind. Lorentz-1 will be made in Delft, and the company "
           "plans a Lorentz-2 for 2028.\n\n\"This is a big step,\" said Anouk de Vries, chief executive of Veldkwant.")
    prompts = [q["prompt"] for q in generate_question_set(raw).question_set.questions]
    assert not any("said the chip called" in prompt for prompt in prompts), prompts


def test_a_town_the_model_takes_for_a_person_does_not_cost_a_title_naming_its_university():
    # Set 62: "Tartu" (the dateline's town) came out a person, so "associate professor ... at the University of Tartu"
    # read as a list naming another person, and Kadri Lepp had no title to match.
    from tests.test_generator_lures import maker_of

    raw = "\n\n".join([
        "Estonian bogs hold twice the carbon on record, study finds",
        "TARTU, Estonia - Estonia's raised bogs store almost twice as much carbon as the official inventory assumes, "
        "researchers at the University of Tartu said on Wednesday.",
        "\"We were walking on a carbon store far bigger than anyone had written down,\" said Kadri Lepp, an associate "
        "professor of physical geography at the University of Tartu, who led the study.",
        "Hanna Saar, head of the climate department at the Estonian Environment Agency, said the agency would review "
        "the figures.",
    ])
    _maker, _sentences, _entities, facts = maker_of(raw)
    titles = {f.data["person"]: f.answer for f in facts if f.kind == "title"}
    assert titles.get("Kadri Lepp") == "associate professor of physical geography at the University of Tartu", titles


def test_half_a_name_joined_by_a_particle_is_asked_in_no_form():
    # A new user's walk: "Which city do Porto finished last of the 12 schools ...?" (Imperatriz, of the samba school
    # Imperatriz do Porto) was among the questions offered to add to the set.
    raw = "\n\n".join([
        "Small samba school wins Rio carnival title",
        "RIO DE JANEIRO - Unidos da Vila Esperanca won Rio de Janeiro's carnival title on Wednesday, its first in 38 "
        "years, with 269.8 points.",
        "At the bottom of the table, Imperatriz do Porto finished last of the 12 schools in the Special Group and will "
        "be relegated to the second-tier Gold Series next year.",
        "\"We danced for everyone,\" said Neide Barbosa, the school's president. Barbosa has led the school since 2015.",
        "The parade in Imperatriz, a city in Maranhao, drew 40,000 people, and Sao Luis held its own carnival.",
    ])
    generated = generate_question_set(raw, spares=12)
    for question in [*generated.question_set.questions, *generated.spares]:
        assert "do Porto finished" not in question["prompt"] or "Imperatriz do Porto" in question["prompt"], question


def test_a_change_and_its_level_with_a_time_between_are_one_fact():
    # Set 63: "Ege Denim's sales fell _____ last year" and "fell 14 percent last year to _____" were both asked, and
    # its three reviewers called the second a duplicate: "last year" had hidden that the two are one clause.
    from quizapp.generator.rank import one_change

    sentence = "Ege Denim's sales fell 14 percent last year to $171 million, and the company reported a loss."
    fall = figure_blank("14 percent", sentence, 6, "percent")
    level = figure_blank("$171 million", sentence, 11, "money")
    assert one_change(fall, level) and one_change(level, fall)
    apart = "Ege Denim's sales fell 14 percent last year, and its debt rose to $171 million."
    assert not one_change(figure_blank("14 percent", apart, 6, "percent"), figure_blank("$171 million", apart, 11, "money"))


def test_a_share_s_closing_price_is_not_asked_its_move_is():
    # Set 63: "Its shares rose 6.2 percent on the Pakistan Stock Exchange on Monday, closing at _____ rupees" was
    # "pure trivia" to its three reviewers; teachers' gold asks a share's move 18 times and its closing price never.
    raw = "\n\n".join([
        "Pakistan's Indus Weave to buy Turkish denim maker",
        "KARACHI, Pakistan - Pakistani textile group Indus Weave Industries has agreed to buy Turkish denim "
        "manufacturer Ege Denim, the two companies said on Monday.",
        "\"Our customers want fabric faster,\" said Farhan Qureshi, chief executive of Indus Weave.",
        "Indus Weave Industries' shares rose 6.2 percent on the Pakistan Stock Exchange on Monday, closing at 212 "
        "rupees.",
    ])
    prompts = [q["prompt"] for q in generate_question_set(raw).question_set.questions]
    assert not any("closing at _____" in p for p in prompts), prompts
    assert any("shares rose _____" in p for p in prompts), prompts

