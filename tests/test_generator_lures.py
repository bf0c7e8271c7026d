"""Wrong options a student cannot rule out without knowing the article: figures that keep the
sentence's story, titles with no odd one out, no lure that another question's stem rules out;
and the names and stems those rules rest on. Each rule on a short text written to test it."""

import random
import re

import pytest

from quizapp.generator import ingest
from quizapp.generator.clauses import trimmed_cloze
from quizapp.generator.context import ArticleContext
from quizapp.generator.decoys import role_fits
from quizapp.generator.distractors import perturb_number, perturb_percent
from quizapp.generator.eliminations import HARD, SOFT, elimination_fix, ruled_out, strike
from quizapp.generator.entities import extract_entities
from quizapp.generator.facts import extract_facts
from quizapp.generator.figures import (
    above_current,
    below_current,
    beyond_bound,
    date_range_at,
    numeric_value,
    on_the_scale,
    past_the_other,
    same_side,
    tally_at,
    unlike_dates,
)
from quizapp.generator.forms import accepted_forms
from quizapp.generator.giveaways import gives_away
from quizapp.generator.lure_spacing import spaced
from quizapp.generator.models import Entity
from quizapp.generator.nlp import get_model, parse
from quizapp.generator.people import role_of
from quizapp.generator.pipeline import generate_question_set
from quizapp.generator.questions import Candidate, QuestionMaker, short_site_name
from quizapp.generator.rank import select
from quizapp.generator.shown import normal, right_texts
from quizapp.generator.titles import possessive
from tests.conftest import ROOT
from tests.test_generator_choices import BANK
from tests.test_generator_importance import MARATHON

PORT = """Lindqvist Lines agrees deal for Harwick terminal

OSLO, May 2 - Lindqvist Lines, the world's sixth-largest container shipping company, has agreed to buy \
a 60 per cent stake in the Harwick East Terminal for $900 million.

The terminal handled 2.1 million containers last year. Lindqvist Lines said new cranes would lift its \
annual capacity to 4 million containers by 2030. Lindqvist Lines expects the deal to close in the autumn.

Shares in Lindqvist Lines rose 3 per cent in Oslo trading. The company, which operates 300 vessels, \
already holds stakes in terminals in Valencia and Santos."""


def maker_of(raw):
    """The QuestionMaker for an article, with the sentences, entities and facts it was made from."""
    article, docs, sentences, entities, facts = analysed(raw)
    maker = QuestionMaker(article, sentences, entities, docs, (), ArticleContext(article, entities, facts, docs))
    return maker, sentences, entities, facts


def analysed(raw):
    article = ingest.from_text(raw)
    docs, sentences = parse(article)
    entities = extract_entities(article.text, docs)
    facts, _ = extract_facts(article, sentences, entities, docs)
    return article, docs, sentences, entities, facts


def test_a_lure_keeps_its_distance_from_the_figure_it_changed_from():
    # "climbed to 9.3 million from _____": 9.2 million would be no climb worth a headline.
    kept = same_side([("9.2 million", "p"), ("4.4 million", "p"), ("5.1 million", "p")], "6.8 million",
                     " a year ago.", "climbed to 9.3 million from ")
    assert kept == [("4.4 million", "p"), ("5.1 million", "p")]


def test_a_rise_to_a_figure_has_lures_above_today_s_figure():
    lures = [("3 million", "p"), ("2 million", "p"), ("6 million", "p"), ("4.5 million", "p")]
    before = "new cranes would lift its annual capacity to "
    assert above_current(lures, "5 million", before, ["3.4 million", "12"]) == [("6 million", "p"), ("4.5 million", "p")]
    # No rise in the clause: nothing to keep above.
    assert above_current(lures, "5 million", "the terminal handled ", ["3.4 million"]) == lures


def test_the_rise_rule_applies_in_a_generated_set():
    questions = generate_question_set(PORT).question_set.questions
    capacity = [q for q in questions if "annual capacity to _____" in q["prompt"] and q["type"] == "multiple_choice"]
    for question in capacity:
        wrong = [c["text"] for c in question["choices"] if c["weight"] == 0]
        assert all(float(w.split()[0]) > 2.1 for w in wrong), wrong


def test_a_name_the_article_calls_a_company_is_an_organisation_and_the_dateline_is_not_asked():
    article, docs, sentences, entities, facts = analysed(PORT)
    kinds = {e.name: e.kind for e in entities}
    assert kinds["Lindqvist Lines"] == "org"  # "..., the world's sixth-largest container shipping company"
    questions = generate_question_set(PORT).question_set.questions
    assert not any(c["text"] == "Oslo" and c["weight"] for q in questions for c in q.get("choices", ()))


def test_a_side_clause_before_an_adverb_takes_both_commas():
    text = "The company, which operates 300 vessels, already holds stakes in terminals in Valencia and Santos."
    start = text.index("Valencia")
    cloze = trimmed_cloze(get_model()(text)[:], start, start + len("Valencia"), "_____")
    assert cloze == "The company already holds stakes in terminals in _____ and Santos."


def test_an_organisation_s_shorter_name_is_the_same_organisation():
    raw = ("Rowan & Pike Seeds, a seed company, funded the trial of the new barley.\n\n"
           "If the trial succeeds, Rowan & Pike said, farmers could sow it within eight years.")
    _, _, _, entities, _ = analysed(raw)
    names = {e.name: len(e.mentions) for e in entities if e.kind == "org"}
    assert names.get("Rowan & Pike Seeds") == 2 and "Rowan & Pike" not in names


def test_she_after_a_blank_that_is_not_a_person_leans_on_nobody():
    article, docs, sentences, entities, facts = analysed(PORT)
    context = ArticleContext(article, entities, facts, docs)
    assert context.resolve("Fill in the blank: Asked about a _____, she said the company had no plans.") == ""
    assert context.resolve("Fill in the blank: _____ said she had no plans to sell.") != ""
    assert context.resolve("Fill in the blank: The trust altered the plan in response, keeping an _____ open.") == ""
    assert context.resolve("Fill in the blank: In response to the vote, the trust kept an _____ open.") != ""


def test_title_lures_leave_no_odd_one_out():
    raw = BANK + "\n\nThe regulator, the Financial Conduct Authority, declined to comment on the results."
    maker, sentences, entities, facts = maker_of(raw)
    cfo = next(f for f in facts if f.kind == "title" and f.data["person"] == "Declan Furlong-Awe")
    asked = [c.question for c in maker.candidates(cfo)]
    assert any(q["prompt"].endswith("position?") for q in asked)
    for question in asked:
        options = [c["text"] for c in question.get("choices", ())]
        if question["prompt"].endswith("position?"):
            roles = [role_of(o, ["Harbour Bank", "Kestrel Lending", "Halden Securities", "Financial Conduct Authority"])
                     for o in options]
            assert max(roles.count(r) for r in roles) <= 2, options
            assert not any("Financial Conduct Authority" in o for o in options), options  # a regulator has no CFO to offer
    assert role_of("Halden Securities’ chief financial officer", ["Halden Securities"]) == "chief financial officer"
    assert possessive("Halden Securities") == "Halden Securities’" and possessive("Kestrel") == "Kestrel’s"


def candidate(prompt, sentence, choices, answer_kind="place", spares=()):
    question = {"type": "multiple_choice", "prompt": prompt,
                "choices": [{"text": text, "weight": int(i == 0)} for i, text in enumerate(choices)]}
    made = Candidate(question, 5, "mention", choices[0], sentence, spares=list(spares))
    made.answer_kind = answer_kind
    return made


def who_said(words, speaker, sentence):
    """A "Who said ...?" question, with one other speaker as its lure."""
    question = {"type": "multiple_choice", "prompt": f"Who said: “{words}”?",
                "choices": [{"text": speaker, "weight": 1}, {"text": "Bo Tran", "weight": 0}]}
    return Candidate(question, 5, "quote", speaker, sentence)


def rules_out(asked, kept):
    """Keeping ``asked`` would leave some question with options other stems rule out, past mending."""
    return elimination_fix(asked, kept) is None


def lures(made):
    return sorted(c["text"] for c in made.question["choices"] if not c["weight"])


def asked(raw):
    """What each question of the set generated from ``raw`` counts as right."""
    return [right_texts(q) for q in generate_question_set(raw).question_set.questions]


def mention_lures(raw, answer):
    """The lures of each multiple-choice question made of the article's mention of ``answer``; asserts there is one."""
    maker, _, _, facts = maker_of(raw)
    fact = next(f for f in facts if f.kind == "mention" and f.answer == answer)
    made = [lures(c) for c in maker.candidates(fact) if c.question["type"] == "multiple_choice"]
    assert made, f"no multiple-choice question asks {answer!r}"
    return made


def answers_made(raw):
    """The answer of every candidate question the maker makes of the article, before any is chosen."""
    maker, _, _, facts = maker_of(raw)
    return {c.answer for f in facts for c in maker.candidates(f)}


def stems_made(raw, answer=""):
    """The stem of every candidate question made of the facts whose answer starts with ``answer``."""
    maker, _, _, facts = maker_of(raw)
    return [c.question["prompt"] for f in facts if f.answer.startswith(answer) for c in maker.candidates(f)]


def lures_offered(raw, answer):
    """The lures of every multiple-choice question made of the facts whose answer is ``answer``."""
    maker, _, _, facts = maker_of(raw)
    return choice_lures(maker, [f for f in facts if f.answer == answer])


def choice_lures(maker, facts):
    """The lures of every multiple-choice question the maker makes of these facts."""
    return [lure for fact in facts for made in maker.candidates(fact) if made.question["type"] == "multiple_choice"
            for lure in lures(made)]


def test_a_lure_that_another_stem_rules_out_is_a_conflict():
    closing = candidate("Fill in the blank: Under the plan, _____ and Prestwick Hospital will stop night admissions.", 3,
                        ["St Aldric's Hospital", "Harrowmere General", "Kelby Infirmary"])
    instead = candidate("Fill in the blank: Patients will instead be taken to _____.", 4,
                        ["Harrowmere General", "St Aldric's Hospital", "Prestwick Hospital"])
    unrelated = candidate("Fill in the blank: Patients will instead be taken to _____.", 9,
                          ["Harrowmere General", "St Aldric's Hospital", "Kelby Infirmary"])
    assert rules_out(instead, [closing])  # one lure left: not kept
    assert not rules_out(unrelated, [closing])  # no option of either is printed in the other's stem


def test_a_name_printed_far_away_gives_way_only_to_a_spare():
    closing = candidate("Fill in the blank: Under the plan, _____ and Prestwick Hospital will stop night admissions.", 3,
                        ["St Aldric's Hospital", "Harrowmere General", "Kelby Infirmary"])
    far = candidate("Fill in the blank: Patients will instead be taken to _____.", 9,
                    ["Harrowmere General", "St Aldric's Hospital", "Prestwick Hospital"])
    assert not rules_out(far, [closing])  # a weaker clue: not worth the question
    far.spares = ["Calder Royal Infirmary"]
    strike(elimination_fix(far, [closing]))
    assert lures(far) == ["Calder Royal Infirmary", "St Aldric's Hospital"]
    topic = candidate("Fill in the blank: Patients will instead be taken to _____.", 9,
                      ["Harrowmere General", "St Aldric's Hospital", "Prestwick Hospital"], spares=["Calder Royal"])
    assert elimination_fix(topic, [closing], frozenset([normal("Prestwick Hospital")])) == []  # named all through


def test_a_ruled_out_lure_gives_way_to_a_spare():
    closing = candidate("Fill in the blank: Under the plan, _____ and Prestwick Hospital will stop night admissions.", 3,
                        ["St Aldric's Hospital", "Harrowmere General", "Kelby Infirmary"])
    instead = candidate("Fill in the blank: Patients will instead be taken to _____.", 4,
                        ["Harrowmere General", "St Aldric's Hospital", "Prestwick Hospital"],
                        spares=["Prestwick Hospital", "Calder Royal Infirmary"])
    plan = elimination_fix(instead, [closing])
    strike(plan)
    assert lures(instead) == ["Calder Royal Infirmary", "St Aldric's Hospital"]
    assert instead.spares == ["Prestwick Hospital"]


def test_a_figure_printed_or_asked_elsewhere_is_no_lure():
    locum = candidate("Fill in the blank: The trust spent _____ on locum doctors last year.", 4,
                      ["£7.3m", "£2.1m", "£9.4m", "£12m"], "money")
    saving = candidate("Fill in the blank: The plan will save _____ a year.", 11, ["£4m", "£7.3m", "£5.5m", "£3m"],
                       "money", spares=["£6.2m"])
    typed = Candidate({"type": "numerical", "prompt": "Fill in the number: It will lift capacity to _____ (in millions).",
                       "answers": [{"value": 5, "tolerance": 0, "weight": 1}]}, 5, "mention", "5 million", 9)
    assert rules_out(candidate("Fill in the blank: It will build _____ homes.", 2, ["400", "5 million", "350"], "number"),
                     [typed])  # "5 million" is the typed answer elsewhere
    tickets = candidate("Fill in the blank: The festival sold _____ tickets.", 7, ["148,000", "120,000", "170,000"],
                        "number")
    films = candidate("Fill in the blank: The programme featured _____ films.", 6, ["212", "148", "254", "180"], "number")
    assert [c["text"] for c in elimination_fix(films, [tickets])[0][1]] == ["148"]  # it points to 148,000
    plan = elimination_fix(saving, [locum])
    assert [(asked, [c["text"] for c in struck], spares) for asked, struck, spares in plan] == [
        (saving, ["£7.3m"], ["£6.2m"])]  # the locum question's answer, however far away


def test_a_quote_asked_about_elsewhere_is_no_lure():
    who = candidate("Who said: “The trust consulted, but it did not listen to anyone”?", 8,
                    ["Mary Holt", "Ian Reed", "Jo Park"], "person")
    said = candidate("Which of these did Denise Okafor say?", 12,
                     ["Our members have heard it all before", "The trust consulted, but it did not listen …",
                      "This is a downgrade dressed up as investment", "People in the valley will pay for it"], "quote")
    strike(elimination_fix(said, [who]))
    assert lures(said) == ["People in the valley will pay for it", "This is a downgrade dressed up as investment"]
    short = candidate("Which of these did Denise Okafor say?", 12,
                      ["Our members have heard it all before", "The trust consulted, but it did not listen …",
                       "This is a downgrade dressed up as investment"], "quote")
    assert rules_out(short, [who])  # one lure left and no spare


def test_typed_names_accept_either_word_order_for_a_university():
    assert "Caldmoor University" in accepted_forms("University of Caldmoor", "org")
    assert "University of Tarn" in accepted_forms("Tarn University", "org")
    assert "Industry and Trade Ministry" in accepted_forms("Ministry of Industry and Trade", "org")  # set 20


def test_a_typed_name_is_accepted_as_people_write_it():
    # Set 27's reviewers would have marked each of these right and saw them marked wrong.
    union = accepted_forms("Rail and Transport Workers' Federation", "org")
    assert {"Rail & Transport Workers' Federation", "Rail and Transport Workers Federation",
            "the Rail and Transport Workers' Federation"} <= set(union)
    assert {"Santa Luzia Hospital", "Santa Luzia"} <= set(accepted_forms("Santa Luzia University Hospital", "facility"))
    assert {"US", "USA", "U.S.", "America", "the United States"} <= set(accepted_forms("United States", "place"))
    assert "O'Neill" in accepted_forms("O'Neill Park", "facility")  # a name's own apostrophe stays
    assert accepted_forms("Hospital", "org") == ["Hospital"]
    # set 29: "Combe-aux-Loups" was marked wrong, and "the La Combe-aux-Loups" offered
    assert accepted_forms("La Combe-aux-Loups", "org") == ["La Combe-aux-Loups", "Combe-aux-Loups"]


def test_a_government_body_is_not_accepted_by_its_field_alone():
    assert "Health" not in accepted_forms("Health Ministry", "org")
    assert "Ministry of Health" in accepted_forms("Health Ministry", "org")
    assert "Department of" not in accepted_forms("Department of Energy", "org")  # "Energy" is no company word here
    assert "Solvik" in accepted_forms("Solvik Energy", "org")  # where it is


def test_a_typed_name_is_not_accepted_as_half_of_itself():
    # "Elsie Marwood Children's" or "Health Workers'" is no name anyone types; "Mizushima" is.
    for name, kind in (("Elsie Marwood Children's Centre", "facility"), ("Health Workers' Union", "org")):
        assert not {"Elsie Marwood Children's", "Elsie Marwood Childrens", "Health Workers'", "Health Workers",
                    "Health", "Union"} & set(accepted_forms(name, kind)), name
    assert "Mizushima" in accepted_forms("Mizushima Plant", "facility")


def test_a_partner_named_in_a_plan_is_not_accepted_as_the_last_word_of_its_name():
    maker, _, _, facts = maker_of("Health board signs nurse training deal\n\nThe authority said a recruitment plan "
                                  "would be published in June and that it had signed a partnership with Northgate "
                                  "University to educate 60 additional children's nurses a year from 2026.")
    [typed] = [c.question for f in facts if f.kind == "plan" for c in maker.candidates(f)]
    assert [a["text"] for a in typed["answers"]] == ["Northgate University"]  # not "University" alone


def test_a_journal_named_once_in_passing_is_not_to_be_spelt():
    raw = ("Wheat that survives drought\n\n"
           "Researchers have found a gene that lets wheat survive drought, a team said on Monday.\n\n"
           "The gene was found in a wild grass collected in the 1970s.\n\n"
           "The plants gave 28 per cent more grain than others in trials.\n\n"
           "The seed bank holds 40,000 samples, and the team used 1,200 of them.\n\n"
           "The results appear this week in the journal Cereal Genomics Letters, the team said.")
    questions = generate_question_set(raw).question_set.questions
    assert not any(q["type"] == "short_answer" and any(a["text"] == "Cereal Genomics Letters" for a in q["answers"])
                   for q in questions)


def test_a_time_stays_in_the_stem():
    text = "Kelsing North handled 3.4 million containers, the standard measure, last year, an increase of 11 per cent."
    start = text.index("3.4 million")
    cloze = trimmed_cloze(get_model()(text)[:], start, start + len("3.4 million"), "_____")
    assert cloze is None or "last year" in cloze
    article, docs, sentences, entities, facts = analysed(PORT)
    context = ArticleContext(article, entities, facts, docs)
    assert context.resolve("Fill in the blank: This year's programme featured _____ films.") == (
        "Fill in the blank: This year's programme featured _____ films.")
    assert context.resolve("Fill in the blank: Under this plan, _____ will close.") == (
        "Fill in the blank: Under the plan, _____ will close.")
    # "those on placebo" are people, not a thing the sentence before named: not "of the on placebo".
    assert context.resolve("Fill in the blank: The side effect hit 31 percent of patients, compared with _____ of "
                           "those on placebo.") == ("Fill in the blank: The side effect hit 31 percent of patients, "
                                                    "compared with _____ of those on placebo.")


def test_an_ampersand_may_be_typed_as_and_and_a_farm_by_its_name():
    assert "Harlow and Brand" in accepted_forms("Harlow & Brand", "org")
    assert "Hensby" in accepted_forms("Hensby Farm", "org")


def test_another_count_between_the_and_its_noun_leaves_the_stem():
    nlp = get_model()
    text = "Turnout was 57.2 per cent of the 312,000 registered voters."
    start = text.index("57.2")
    assert trimmed_cloze(nlp(text)[:], start, start + len("57.2 per cent"), "_____") == (
        "Turnout was _____ of the registered voters.")
    text = "The bank made a pre-tax profit of £72.4m in the year to March, compared with a loss of £38.6m a year earlier."
    start = text.index("£38.6m")
    assert trimmed_cloze(nlp(text)[:], start, start + len("£38.6m"), "_____") == (
        "The bank made a pre-tax profit in the year to March, compared with a loss of _____ a year earlier.")
    for text, answer in [("The firm made a profit of £9m in the 12 months to March.", "£9m"),
                         ("The firm will invest £9m to extend the quay by 800 metres.", "£9m")]:
        start = text.index(answer)
        cloze = trimmed_cloze(nlp(text)[:], start, start + len(answer), "_____")
        assert cloze is None or re.search(r"\d", cloze.replace("_____", "")), cloze  # a span of time, 'by 800 metres' stay
    # The whole a counted part is of stays: "_____ of the routes" is how many? (set 68)
    text = "The buses will run on 10 of the 31 routes in the metropolitan area."
    start = text.index("10")
    cloze = trimmed_cloze(nlp(text)[:], start, start + 2, "_____")
    assert cloze is None, cloze  # nothing to cut: the sentence is asked whole, "31" and all
    # ... and so does a whole written first: "Of the bones in a Stegosaurus skeleton" reads as all of them (set 69)
    text = "Of the roughly 320 bones in a Stegosaurus skeleton, 254 are original fossil, an unusually high proportion."
    start = text.index("254")
    cloze = trimmed_cloze(nlp(text)[:], start, start + 3, "_____")
    assert cloze == "Of the roughly 320 bones in a Stegosaurus skeleton, _____ are original fossil.", cloze
    # Not a count of something else the sentence says of: "disposed of the 14 oldest jets" (a review)
    text = "The airline will buy 20 new aircraft after it disposed of the 14 oldest jets in its fleet."
    start = text.index("20")
    cloze = trimmed_cloze(nlp(text)[:], start, start + 2, "_____")
    assert cloze is not None and "14" not in cloze, cloze
    # A unit is nothing without its figure: "well below the cents it pays" (set 67)
    text = ("Kenya Power will buy electricity from the plant at 7.2 U.S. cents per kilowatt-hour, well below the "
            "roughly 20 cents it pays for diesel generation.")
    start = text.index("7.2")
    cloze = trimmed_cloze(nlp(text)[:], start, start + len("7.2 U.S. cents"), "_____")
    assert cloze is None, cloze  # nothing to cut: "roughly 20 cents" stays


def test_a_journal_is_never_to_be_spelt_even_in_the_lead():
    raw = ("Wheat that survives drought\n\n"
           "Researchers writing in the journal Cereal Genomics Letters have found a gene that lets wheat survive drought.\n\n"
           "The plants gave 28 per cent more grain than others in trials at three farms in 2024.")
    assert not any("Cereal Genomics Letters" in right for right in asked(raw))


def test_a_count_used_as_a_describing_word_is_not_asked():
    raw = ("Drama wins top prize at Halsey festival\n\n"
           "HALSEY - A quiet family drama won the Silver Crane for best film at the Halsey Film Festival on Saturday "
           "night, closing a 10-day event that organisers said had drawn record audiences.\n\n"
           "The festival sold 148,000 tickets, up 9 per cent on last year.")
    maker, sentences, entities, facts = maker_of(raw)
    asked = {f.answer: maker.candidates(f) for f in facts if f.kind == "mention"}
    assert asked["10-day"] == [] and asked["148,000"]


def test_a_share_over_half_keeps_its_lures_over_half():
    from quizapp.generator.distractors import perturb_percent
    for answer in ("72 per cent", "51 per cent", "57.2 per cent"):
        lures = [float(x.split()[0]) for x in perturb_percent(answer)]
        assert len(lures) == 3 and all(x > 50 for x in lures), (answer, lures)
    assert all(float(x.split()[0]) < 50 for x in perturb_percent("38.6 per cent"))


def test_a_typed_name_printed_in_another_sentence_s_stem_is_given_away():
    typed = Candidate({"type": "short_answer", "prompt": "Fill in the blank: The team named the gene _____.",
                       "answers": [{"text": "DRT7", "weight": 1}]}, 5, "mention", "DRT7", 2)
    other = candidate("Fill in the blank: Plants with a more active DRT7 gave _____ more grain.", 6,
                      ["19 per cent", "12 per cent", "28 per cent"], "percent")
    quote = who_said("DRT7 changes everything for farmers", "Ann Lee", 8)
    assert gives_away(typed, [other]) and gives_away(other, [typed])
    assert not gives_away(typed, [quote])  # a quotation is asked about for who said it


def test_the_company_is_named_when_the_sentence_before_names_it():
    article, docs, sentences, entities, facts = analysed(PORT)
    context = ArticleContext(article, entities, facts, docs)
    after = next(s for s in sentences if s.text.startswith("The company, which operates"))
    resolved = context.resolve("Fill in the blank: The company, which operates _____ vessels, holds stakes.", None,
                               after.index)
    assert resolved == "Fill in the blank: Lindqvist Lines, which operates _____ vessels, holds stakes."
    first = next(s for s in sentences if s.index == 0)
    assert context.resolve("Fill in the blank: The company holds _____ stakes.", None, first.index).startswith(
        "Fill in the blank: The company")  # nothing named before: left as it is


def test_after_a_strike_the_answer_is_not_always_first():
    firsts = 0
    for n in range(12):
        asked = candidate(f"Fill in the blank: Patients from ward {n} will be taken to _____.", 4,
                          ["Harrowmere General", "St Aldric's Hospital", "Prestwick Hospital", "Kelby Infirmary"])
        asked.question["choices"].reverse()  # stored in any order, as multiple_choice shuffles them
        struck = [c for c in asked.question["choices"] if c["text"] == "Prestwick Hospital"]
        strike([(asked, struck, [])])
        texts = [c["text"] for c in asked.question["choices"]]
        assert sorted(texts) == ["Harrowmere General", "Kelby Infirmary", "St Aldric's Hospital"]
        firsts += texts[0] == "Harrowmere General"
        # The very order a new question with these options gets: answer first, then lures, shuffled by the prompt.
        fresh = ["Harrowmere General", "Kelby Infirmary", "St Aldric's Hospital"]  # lures in their stored order
        random.Random(asked.question["prompt"]).shuffle(fresh)
        assert texts == fresh
    assert firsts < 12  # shuffled afresh, as a new question would be


def test_a_figure_in_an_aside_is_not_asked():
    from quizapp.generator.questions import in_aside
    nlp = get_model()
    aside = "Meridian Line, which operates a fleet of 410 vessels, already holds stakes in three terminals."
    restrictive = "Save Our Wards, a group that collected more than 18,000 signatures, said families would suffer."
    for text, figure, expected in [(aside, "410", True), (restrictive, "18,000", False)]:
        doc = nlp(text)
        start = text.index(figure)
        assert in_aside(doc[:], start, start + len(figure)) is expected, text


def test_a_past_date_in_an_aside_is_not_asked_but_in_a_sentence_of_its_own_is():
    """ "twin sisters ..., who were appointed co-artistic directors in _____" (set 53's reviewers dropped it)."""
    lead = ("KUMASI, Ghana - The Kumasi Biennale opened on Saturday with work by 212 artists, the organisers said.\n\n"
            "It is led by twin sisters Ama Serwaa Owusu and Ama Achiaa Owusu{}appointed co-artistic directors in 2023."
            "\n\nThe show runs until March 8.")

    def asked(joint):
        raw = "Kumasi Biennale opens\n\n" + lead.format(joint)
        return [right_texts(q) for q in generate_question_set(raw).question_set.questions]
    assert ["2023"] not in asked(", who were ")
    assert ["2023"] in asked(". The sisters were ")


def test_a_name_that_only_describes_something_else_is_no_place_lure():
    raw = ("Lindqvist Lines buys Harwick stake\n\n"
           "Lindqvist Lines said the Harwick terminal sits where its Asia-Europe services need to be.\n\n"
           "The company already holds stakes in terminals in Algeciras and in Valencia, and it plans one in Santos.\n\n"
           "Its ships cross the Baltic every day, and Lindqvist Lines shares rose in Oslo.")
    article, docs, sentences, entities, facts = analysed(raw)
    context = ArticleContext(article, entities, facts, docs)
    assert context.modifier_only("Asia-Europe") and not context.modifier_only("Valencia")
    pools = context.same_place_class("Algeciras", [("article", ["Asia-Europe", "Baltic", "Valencia", "Santos"])])
    assert pools == [("article", ["Valencia", "Santos"])]  # no adjective, no sea beside a port town


ARDENT = ("Harwick terminal sold\n\n"
          "The stake is being sold by Ardent Infrastructure Partners, a London-based investment fund.\n\n"
          "Ardent Infrastructure Partners bought it in 2016 from the port authority.\n\n"
          "For Ardent, the sale marks the end of an eight-year investment, its managing partner said.")
BRENNOCK = ("Voters back public water\n\n"
            "Voters in Brennock have backed a plan to return the city's water services to public ownership.\n\n"
            "Under the plan, a new publicly owned company, Brennock Water, will take over the network in 2027.\n\n"
            "Brennock Water will be run by a board named by the council of Brennock, the mayor said.")


@pytest.mark.parametrize("raw, name, short", [
    (ARDENT, "Ardent Infrastructure Partners", ["Ardent"]),  # "Ardent Infrastructure" never stands alone
    (BRENNOCK, "Brennock Water", []),  # "Brennock" is the city, a name of its own
])
def test_a_typed_organisation_accepts_the_short_names_the_article_uses_for_it(raw, name, short):
    maker, sentences, entities, facts = maker_of(raw)
    assert maker.short_names(next(e for e in entities if e.name == name)) == short


def test_a_typed_figure_reads_its_unit_where_a_reader_expects_it():
    maker, sentences, entities, facts = maker_of(PORT)
    typed = [c.question["prompt"] for f in facts if f.kind == "mention" for c in maker.candidates(f)
             if c.question["type"] == "numerical"]
    # "4 million containers": the scale stays in the sentence, after the blank.
    assert any(p.startswith("Fill in the number: ") and "_____ million containers" in p for p in typed), typed
    assert not any("(in " in p.split(": ", 1)[1] for p in typed)  # never in the middle of the sentence
    maker, sentences, entities, facts = maker_of(BANK)
    typed = [c.question["prompt"] for f in facts if f.kind == "mention" for c in maker.candidates(f)
             if c.question["type"] == "numerical"]
    assert any(p.startswith("Fill in the number (in £ millions): ") for p in typed), typed  # "£72.4m"


BANK_FINE = """Harbour Bank posts record profit

Harbour Bank, the Dublin-based lender, reported a record profit on Thursday. Harbour Bank said revenue rose.

Harbour Bank shares rose 4 per cent in early trading in Dublin on the news.

The results follow a difficult period for the bank. In February, it was fined £4.9m by the Central Bank after \
the regulator found weaknesses in its checks on new customers, which it said had allowed some accounts to be \
opened using stolen identities."""


def test_it_after_an_opening_phrase_is_the_company_the_sentence_before_speaks_of():
    article, docs, sentences, entities, facts = analysed(BANK_FINE)
    context = ArticleContext(article, entities, facts, docs, sentences)
    fined = next(s for s in sentences if s.text.startswith("In February"))
    resolved = context.resolve("Fill in the blank: In February, it was fined _____ by the Central Bank.", None, fined.index)
    assert resolved == "Fill in the blank: In February, Harbour Bank was fined _____ by the Central Bank."
    first = next(s for s in sentences if s.index == 0)
    assert context.resolve("Fill in the blank: In May, it was fined _____.", None, first.index) == ""  # nothing before


def test_a_clause_the_parse_hangs_out_of_order_is_still_cut_whole():
    questions = generate_question_set(BANK_FINE).question_set.questions
    fine = [q for q in questions if q["type"] == "multiple_choice" and "was fined _____" in q["prompt"]]
    assert fine and all(q["prompt"].endswith("weaknesses in its checks on new customers.") for q in fine), fine


def test_two_quoted_titles_in_a_sentence_are_not_a_quotation():
    raw = ("Drama wins top prize at Halsey festival\n\n"
           "HALSEY - A quiet family drama won the Silver Crane for best film at the Halsey Film Festival.\n\n"
           "Nadia Forsgren was named best actress for her role in the Swedish film \"Long Light\", while Dele "
           "Okonkwo-Saint took best actor for \"Brick and Bone\".\n\n"
           "\"This prize belongs to the whole village,\" the director said on Saturday night.")
    maker, sentences, entities, facts = maker_of(raw)
    titles = next(s for s in sentences if s.text.startswith("Nadia Forsgren"))
    quote = next(s for s in sentences if "belongs to the whole village" in s.text)
    assert not maker.has_speech(titles) and maker.has_speech(quote)


def test_the_company_is_named_when_the_sentence_before_opens_with_its_short_name():
    raw = ("Meridian Line buys Harwick stake\n\n"
           "Meridian Line, the container shipping company, agreed to buy the Harwick terminal on Tuesday.\n\n"
           "Meridian Line shares rose 2 per cent in Oslo, and Meridian Line said the deal would close in June.\n\n"
           "Meridian plans to invest a further $450 million over six years. The company said the work would lift "
           "capacity to 5 million containers.")
    article, docs, sentences, entities, facts = analysed(raw)
    context = ArticleContext(article, entities, facts, docs, sentences)
    work = next(s for s in sentences if s.text.startswith("The company said the work"))
    assert context.resolve("Fill in the blank: The company said the work would lift capacity to _____.", None,
                           work.index) == "Fill in the blank: Meridian Line said the work would lift capacity to _____."


def test_a_blank_the_sentence_calls_her_has_no_lure_the_article_calls_he():
    festival = ROOT / "bench" / "eval-articles" / "portmerrow-film-festival.txt"
    article, docs, sentences, entities, facts = analysed(festival.read_text())
    context = ArticleContext(article, entities, facts, docs, sentences)
    assert context.gender_of("Soren Kjeldgaard-Holm") == "m" and context.gender_of("Ilinca Moraru-Dace") == "f"
    assert context.gender_of("Bernard Quaile") == "m"  # never "he", but "chairman of the ... Association"
    maker = QuestionMaker(article, sentences, entities, docs, (), context)
    actress = next(f for f in facts if f.kind == "mention" and f.answer == "Nadia Forsgren")  # "... for her role"
    made = [c for c in maker.candidates(actress) if c.question["type"] == "multiple_choice"]
    assert made
    for candidate in made:
        options = [c["text"] for c in candidate.question["choices"] if not c["weight"]] + candidate.spares
        assert not any(context.gender_of(name) == "m" for name in options), options


def test_a_time_another_stem_lets_the_student_work_out_is_given_away():
    decade = candidate("Fill in the blank: The grass was collected in the _____ from dry hillsides.", 6,
                       ["the 1970s", "the 1950s", "the 1990s"], "date")
    quote = who_said("Fifty years ago nobody knew what was in that freezer", "Ann Lee", 10)
    years = candidate("Fill in the blank: The vote ended _____ of private management.", 0,
                      ["27 years", "19 years", "23 years"], "quantity")
    since = candidate("Fill in the blank: _____ has run the network since 1998.", 3, ["Aquavance", "Veolane", "Hydra"], "org")
    assert gives_away(decade, [quote]) and gives_away(years, [since])
    assert not gives_away(candidate("Fill in the blank: The fund holds _____ of the shares.", 6,
                                    ["34%", "20%", "51%"], "percent"), [quote])


def test_a_speaker_another_stem_shows_at_work_is_given_away():
    who = who_said("Kelsing is exactly the asset we were looking for", "Rafael Quintanar-Boyd", 5)
    jobs = candidate("Fill in the blank: Quintanar-Boyd said the expansion would create _____ new positions.", 19,
                     ["350", "280", "420"], "number")
    other = candidate("Fill in the blank: The port wants _____ of containers to leave by train.", 21,
                      ["30 per cent", "24 per cent", "36 per cent"], "percent")
    assert gives_away(jobs, [who]) and not gives_away(other, [who])
    # Named without speaking, the speaker's side is not shown.
    prize = candidate("Fill in the blank: Quintanar-Boyd earned _____ euros for the title.", 19,
                      ["142,000", "98,000", "185,000"], "number")
    assert not gives_away(prize, [who])


def test_a_figure_is_given_away_only_where_it_stands_whole():
    holding = candidate("Fill in the blank: Founders holding about _____ of the shares have agreed to sell.", 1,
                        ["46%", "32%", "39%"], "percent")
    price = candidate("Fill in the blank: Kettuvaara shares jumped 27.8% to _____ euros.", 8, ["41.46", "33.17", "51.83"],
                      "money")
    level = candidate("Fill in the blank: Kettuvaara shares jumped _____ to 41.46 euros.", 8, ["27.8%", "32.3%", "36.8%"],
                      "percent")
    assert not gives_away(holding, [level])  # "46" of "41.46" is no 46%
    assert gives_away(level, [price])  # "27.8%" printed whole


def test_a_title_that_is_another_question_s_answer_gives_way_to_a_spare():
    audience = candidate("Fill in the blank: The audience award went to \"_____\".", 10,
                         ["Forty Winters", "Long Light", "Tidewater"], "work")
    director = candidate("Fill in the blank: The best director award went to Kenji Mori for \"_____\".", 8,
                         ["Tidewater", "Forty Winters", "Brick and Bone", "Long Light"], "work", spares=["Salt Road"])
    strike(elimination_fix(director, [audience]))
    assert "Forty Winters" not in lures(director) and "Salt Road" in lures(director)
    unchanged = candidate("Fill in the blank: The best actor award went to Dele Saint for \"_____\".", 9,
                          ["Brick and Bone", "Forty Winters", "Long Light"], "work")
    assert elimination_fix(unchanged, [audience]) == []  # no spare: the weaker clue is let be, and nothing moves


def test_a_name_the_article_calls_a_district_is_a_place_whatever_the_model_said():
    _, _, _, entities, _ = analysed((ROOT / "tests" / "data" / "articles" / "city-transit.txt").read_text())
    assert {e.name: e.kind for e in entities}["Eastwick"] == "place"  # "the eastern district of Eastwick"


def test_a_decade_is_a_date_and_a_run_of_days_an_amount():
    _, _, _, entities, _ = analysed("Seed bank finds drought gene\n\nThe grass was collected in the 1970s from dry "
                                    "hillsides, and the plants were denied water for 21 days in the trials.")
    kinds = {e.name: e.kind for e in entities}
    assert kinds["1970s"] == "date"  # never "Fill in the number (in s)"
    assert kinds["21 days"] == "quantity"


@pytest.mark.parametrize("text, figure, whole, total", [
    ("The board voted 9 to 3 in favour of the plan.", "9", "9 to 3", 12),
    ("The motion was carried by 61.4 per cent to 38.6 per cent.", "61.4 per cent",
     "61.4 per cent to 38.6 per cent", 100),
])
def test_a_vote_is_asked_whole_with_lures_of_the_same_total_and_winner(text, figure, whole, total):
    start = text.index(figure)
    tally = tally_at(text, start, start + len(figure))
    assert tally.text == whole and len(tally.lures) >= 3
    for lure in tally.lures:
        first, second = (float(n) for n in re.findall(r"\d+(?:\.\d+)?", lure))
        assert first + second == pytest.approx(total) and first > second and lure != whole


@pytest.mark.parametrize("text", [
    "Sales rose from 20 per cent to 31 per cent of the market.",  # a change, not a vote
    "The shop opens from 9 to 5 on weekdays.",  # no vote
])
def test_a_range_is_no_vote(text):
    start = re.search(r"\d", text).start()
    assert tally_at(text, start, start + 2) is None


def test_a_tally_becomes_one_question_and_its_second_figure_none():
    raw = ("Orvik council backs new bridge\n\nOrvik's planning committee voted 7 to 4 on Tuesday to approve a new "
           "footbridge over the River Lanne, which will cost £12m.\n\nConstruction will begin in March 2027, the "
           "council said, and the bridge should open in 2029.")
    questions = generate_question_set(raw).question_set.questions
    vote = [q for q in questions if "7 to 4" in right_texts(q)]
    assert len(vote) == 1 and "_____ on Tuesday" in vote[0]["prompt"]
    assert not any(q["type"] != "multiple_choice" and "4" in right_texts(q) for q in questions)


def test_the_subject_is_asked_from_the_lead_unless_the_title_names_it():
    """The lead states the news, so 'Which bank reported a record profit?' is fair, unless the quiz's title,
    printed above every question, names the bank; later sentences are about the subject, and blanking it
    there asks nothing."""
    def asked(raw):
        maker, _, _, facts = maker_of(raw)
        return [fact.sentence.text for fact in facts if fact.kind == "mention" and fact.answer == "Harbour Bank"
                and maker.candidates(fact)]
    assert asked(BANK) == []  # "Harbour Bank posts record results"
    assert asked(BANK.replace("Harbour Bank posts", "Dublin lender posts")) == [
        "Harbour Bank, the Dublin-based lender, reported a record profit on Thursday."]


def people_matching(pairs, sentence=9):
    question = {"type": "matching", "prompt": "Match each person to how the article describes them.",
                "pairs": [{"left": left, "right": right} for left, right in pairs]}
    return Candidate(question, 11, "title", "matching-people", sentence)


def test_a_matching_of_people_rules_out_a_lure_for_a_role_and_hints_for_a_quotation():
    matching = people_matching([("Ada Brook", "the festival's artistic director"), ("Cy Dunn", "chairman of the jury")])
    actress = candidate("Fill in the blank: _____ was named best actress.", 2, ["Eva Holm", "Ada Brook"], "person")
    assert ruled_out(actress, "Ada Brook", [matching]) == HARD  # she runs the festival
    assert not ruled_out(who_said("We argued about everything", "Cy Dunn", 2), "Bo Tran", [matching])
    quote = who_said("We argued about everything", "Eva Holm", 2)
    quote.question["choices"][1]["text"] = "Ada Brook"
    # What she does makes her an unlikely speaker, not an impossible one: swapped only for a spare.
    assert ruled_out(quote, "Ada Brook", [matching]) == SOFT


def test_the_answer_to_another_role_is_a_weak_lure_for_a_person():
    director = candidate("Fill in the blank: The film is the first feature by the Romanian director _____.", 1,
                         ["Ada Brook", "Eva Holm"], "person")
    actress = candidate("Fill in the blank: _____ was named best actress.", 6, ["Nadia Holm", "Ada Brook"], "person")
    assert ruled_out(actress, "Ada Brook", [director]) == SOFT


def test_a_typed_name_a_matching_prints_is_given_away():
    matching = people_matching([("Colm Reid", "managing partner at Ardent Partners"), ("Ann Kay", "chief executive")])
    typed = Candidate({"type": "short_answer", "prompt": "Fill in the blank: The stake is sold by _____.",
                       "answers": [{"text": "Ardent Partners", "weight": 1}]}, 5, "mention", "Ardent Partners", 3)
    assert gives_away(typed, [matching])


def test_a_titles_lure_printed_anywhere_in_another_stem_is_ruled_out():
    # 'the Swedish film "Long Light"' says what the film is, however far away it is printed.
    elsewhere = candidate('Fill in the blank: _____ was named best actress for the Swedish film "Long Light".', 12,
                          ["Nadia Holm", "Eva Lind"], "person")
    drama = candidate("Fill in the blank: _____, a family drama, won the top prize.", 0,
                      ["The Salt Orchard", "Long Light"], "work")
    assert ruled_out(drama, "Long Light", [elsewhere]) == HARD


DATELINE = """Halden Line agrees deal for Rostmark terminal

COPENHAGEN, June 3 - Halden Line, the world's ninth-largest container shipping company, has agreed to buy a \
stake in the Rostmark terminal for $900 million.

The stake is being sold by Brandt Partners, an investment fund. Orvik Research, a consultancy, said the price was high.

Shares in Halden Line rose 2.4 per cent in Copenhagen trading after the announcement."""


def test_the_datelines_city_is_no_lure_for_a_company():
    maker, _, entities, _ = maker_of(DATELINE)
    # The model calls it a company; the list of large cities makes it a place.
    assert ("Copenhagen", "place") in [(e.name, e.kind) for e in entities]
    assert "Copenhagen" not in [text for text, _ in maker.distractors("Halden Line", "org", want=6)]


def test_a_figure_the_headline_rounds_is_typed_not_chosen():
    # "customers pass 9 million" leaves one option near it.
    raw = ("Harbour Bank customers pass 9 million\n\nHarbour Bank said on Thursday that customer numbers climbed "
           "to 9.3 million in the year to March.\n\nThe bank made a pre-tax profit of £72.4m in the year, and "
           "revenue rose 54 per cent to £611m.")
    maker, _, _, facts = maker_of(raw)
    made = [c for f in facts if f.answer == "9.3 million" for c in maker.candidates(f)]
    assert made and all(c.question["type"] == "numerical" for c in made)


@pytest.mark.parametrize("name, kind, forms", [
    ("Port of Kelsing", "place", ["Port of Kelsing", "Kelsing Port"]),
    ("University of Tarn", "org", ["University of Tarn", "Tarn University"]),
    ("Baltic", "place", ["Baltic", "Baltic Sea"]),
])
def test_a_name_is_accepted_either_way_round(name, kind, forms):
    assert [form for form in accepted_forms(name, kind) if not form.startswith("the ")] == forms


def test_a_short_name_is_one_the_article_uses_on_its_own():
    raw = ("Seed deal for Tarn barley\n\nThe project is backed by Rowan & Pike Seeds, a seed company in Norfolk.\n\n"
           "Rowan & Pike said the first seed could be sold in 2031. Rowan & Pike Seeds holds an option on it.")
    maker, _, entities, _ = maker_of(raw)
    seeds = next(e for e in entities if e.name == "Rowan & Pike Seeds")
    # "Rowan" only ever starts "Rowan & Pike", and "Rowan &" ends mid-name: neither is a name of its own.
    assert not set(maker.short_names(seeds)) & {"Rowan", "Rowan &"}


def test_a_matching_rules_out_even_a_name_on_every_line():
    matching = people_matching([("Ada Brook", "the Romanian director"), ("Cy Dunn", "chairman of the jury")])
    actress = candidate("Fill in the blank: _____ was named best actress.", 6, ["Eva Holm", "Ada Brook"], "person")
    assert ruled_out(actress, "Ada Brook", [matching], topics=frozenset({normal("Ada Brook")})) == HARD


REGION = """Halden Line buys Rostmark terminal

Halden Line has agreed to buy the Rostmark terminal, giving it a gateway between northern Europe and the Baltic.

The line already runs terminals in Algeciras and Santos, and it plans a third in Valparaiso."""


def test_a_region_gets_regions_for_lures_never_towns():
    maker, _, entities, facts = maker_of(REGION)
    baltic = next(f for f in facts if f.answer == "Baltic")
    lures = [text for text, _ in maker.distractors("Baltic", "place", want=6)]
    assert not {"Algeciras", "Santos", "Valparaiso"} & set(lures)
    assert all(q.question["type"] != "multiple_choice" or "Santos" not in str(q.question) for q in maker.candidates(baltic))


def test_a_run_of_days_is_asked_whole_with_lures_of_its_length():
    text = "The next fair will run from 11 to 20 September next year."
    start = text.index("20 September")
    days = date_range_at(text, start, start + len("20 September"))
    assert days.text == "11 to 20 September" and text[days.start:days.end] == days.text
    for lure in days.lures:
        first, last = (int(n) for n in re.findall(r"\d+", lure))
        assert last - first == 9 and lure != days.text
    assert date_range_at("It opens on 20 September.", 11, 23) is None


def test_a_bound_keeps_its_lures_on_the_side_that_makes_the_sentence_false():
    # "gathered more than 33,000 signatures" is true of 41,000 too.
    lures = [("33,000", "p"), ("51,000", "p"), ("57,000", "p"), ("28,000", "p")]
    assert beyond_bound(lures, "41,000", "gathered more than ") == [("51,000", "p"), ("57,000", "p")]
    assert beyond_bound(lures, "41,000", "will employ up to ") == [("33,000", "p"), ("28,000", "p")]
    assert beyond_bound(lures, "41,000", "gathered ") == lures


def test_who_holds_a_gendered_title_gets_no_lure_the_article_calls_she():
    raw = ("Tarnside cinema row\n\nThe Tarnside festival named Ada Brook-Lund best actress for her role in "
           '"Salt Road". Tomas Vidal-Orme won best actor for "Iron Meadow", Jonas Berg-Haug won best screenplay '
           "and Ines Carr-Wade took best director.\n\n\"We will not be a shop window,\" said Piet Lanne-Holm, "
           "chairman of the Tarn Cinemas Association. Carr-Wade said she was delighted.")
    maker, _, _, facts = maker_of(raw)
    title = next(f for f in facts if f.kind == "title" and f.data["person"] == "Piet Lanne-Holm")
    holder = next(c for c in maker.holder_of_title(title))
    lures = {c["text"] for c in holder.question["choices"] if not c["weight"]} | set(holder.spares)
    assert "Ada Brook-Lund" not in lures and "Ines Carr-Wade" not in lures


def test_a_sites_short_name_is_no_company():
    entities = [Entity("Kelsing North Terminal", "facility"), Entity("Kelsing North", "org"), Entity("Orvik", "org")]
    assert short_site_name("Kelsing North", entities)
    assert not short_site_name("Orvik", entities)


def test_a_council_is_an_organisation_and_a_bank_a_company():
    maker, _, _, _ = maker_of("Orvik Bank to fund bridge\n\nOrvik Bank will lend £40m for the new bridge, the "
                              "company said.\n\nTarnside Council objected to the first design in 2022. The Ferry "
                              "Workers' Union said it would fight the plan.")
    assert maker.noun_for("Orvik Bank", "org") == "company"
    assert maker.noun_for("Tarnside Council", "org") == "organisation"  # never "Which company objected ...?"
    assert maker.noun_for("Ferry Workers' Union", "org") == "organisation"


def test_a_place_lure_is_a_place_the_article_does_not_call_something_else():
    raw = ("Drought gene found\n\nThe grass was collected from dry hillsides in eastern Anatolia. The team edited "
           "a widely grown wheat variety, Brackwell, with help from a Norfolk-based seed company.\n\n"
           "Trials will run in Kenya and in Cordoba, a city in Spain.")
    article, docs, sentences, entities, facts = analysed(raw)
    context = ArticleContext(article, entities, facts, docs)
    assert context.place_class("Anatolia") == "region"  # "eastern Anatolia": typed if it has no lures
    pools = context.same_place_class("Anatolia", [("article", ["Brackwell", "Norfolk", "Cordoba"])])
    assert pools == [("article", ["Cordoba"])]  # a wheat variety and a "-based" are no places to weigh up


HALDEN = ('Halden Air orders 20 jets\n\nOSLO - Halden Air has agreed to buy 20 narrow-body jets from Varro Aerospace '
          'in a deal worth about $1.9 billion, the airline said on Monday.\n\n"This is the biggest decision this '
          'airline has taken in its history," said Maria Olsen, chief executive of Halden Air.\n\nKari Lund, head of '
          'sales at Varro Aerospace, said: "Halden looked at every option and chose us."\n\nDeliveries will begin in '
          '2028. The airline carried 4.2 million passengers last year.\n\n"The order is a big bet on growth in the '
          'Nordic market," said Tom Reyes, an aviation analyst at Fjord Securities.')


def test_speakers_roles_are_matched_after_their_quotes_and_no_role_is_asked_alone():
    prompts = [q["prompt"] for q in generate_question_set(HALDEN).question_set.questions]
    said = prompts.index("Who said: “Halden looked at every option and chose us”?")
    assert said < prompts.index("Match each person to how the article describes them.")
    # Not "Who is the head of sales at Varro Aerospace?" or "Who is the aviation analyst ...?" besides it.
    assert not any(p.startswith(("Who is ", "What is ")) for p in prompts)


def test_a_stem_drops_another_questions_site_where_it_reads_without_it():
    raw = ("Orvik hospitals to close night emergency units\n\nTARNSIDE - The Tarnside health board voted on Tuesday "
           "to close the overnight emergency units at St Bede's Hospital and Lanne Community Hospital from next "
           "spring.\n\nPatients who need emergency treatment overnight will instead be taken to an expanded emergency "
           "department at Orvik General Hospital, which is due to open in May.\n\nThe board said the changes would "
           "cost £18m over three years. Most of the money will pay for a 40-bed assessment unit and a new children's "
           "ward at Orvik General.")
    prompts = [q["prompt"] for q in generate_question_set(raw).question_set.questions]
    assert any(p.endswith("emergency department at _____.") for p in prompts)
    # "at Orvik General" would tell where the emergency department is: the sentence reads without it.
    assert "Fill in the blank: Most of the money will pay for a _____-bed assessment unit and a new children's ward." in prompts


def test_a_title_spelled_out_in_its_own_sentence_gives_it_away():
    raw = ('Portlaw festival awards\n\nPORTLAW - "Iron Meadow", a drama set on a North Sea oil platform, won the Silver '
           'Gull at the Portlaw Film Festival on Saturday.\n\nThe audience award went to "Forty Winters", a documentary '
           'by Clara Beaumont following a reindeer-herding family in northern Norway over four decades.\n\n'
           'The best director award went to Kenji Mori for "Tidewater", a thriller set aboard a cargo ship.')
    questions = generate_question_set(raw).question_set.questions
    forty = [q for q in questions if "Forty Winters" in right_texts(q)]
    assert forty and not any("four decades" in q["prompt"] for q in questions if q not in forty)


def test_a_maker_named_with_its_trade_is_a_company_and_where_it_is_based_a_place():
    _, _, _, entities, _ = analysed(HALDEN.replace("20 narrow-body jets", "20 of Varro's VR-200 jets") +
                                    "\n\nThe Bergen-based company said Varro Aerospace would build the jets.")
    kinds = {e.name: e.kind for e in entities}
    assert kinds["Varro Aerospace"] == "org"  # not a model of the brand "Varro"
    assert kinds["VR-200"] == "product"
    assert kinds["Bergen"] == "place"  # "The Bergen-based company"


def test_companies_named_with_their_trade_stay_companies_whole():
    raw = (ROOT / "bench" / "eval-articles-3" / "meridian-kessler-takeover.txt").read_text()
    kinds = {e.name: e.kind for e in analysed(raw)[3]}
    assert kinds["Meridian Metals"] == "org"  # not a model "Metals" of the brand "Meridian"
    assert kinds["Kessler Resources"] == "org"  # not cut to "Kessler" by "copper producer Kessler"


def test_a_name_run_into_the_dateline_keeps_its_lead_mention():
    raw = (ROOT / "bench" / "eval-articles-3" / "meridian-kessler-takeover.txt").read_text()
    article, _, _, entities, _ = analysed(raw)
    meridian = next(e for e in entities if e.name == "Meridian Metals")
    lead = article.text.index("JOHANNESBURG - ") + len("JOHANNESBURG - ")
    assert lead in [m.start for m in meridian.mentions]  # the model read "JOHANNESBURG - Meridian Metals"
    assert not any(e.name == "Voters" for e in analysed(
        "Orvik votes for change\n\nORVIK - Voters in Orvik have backed a plan to buy back the city's buses.")[3])


def test_a_past_years_lures_are_near_it_and_never_only_a_time_to_come():
    raw = ("Museum returns crown\n\nMANCHESTER - The Tarn Museum will return a crown to Peru, its trustees said.\n\n"
           "The crown was bequeathed to the museum in 1952 and has been on display since then. Peru asked for its "
           "return in 2023.\n\nThe crown will be flown to Lima in 2026 and shown in a new museum that will open in "
           "2027.")
    maker, _, _, facts = maker_of(raw)
    fact = next(f for f in facts if f.answer == "2023")
    lures = {c["text"] for c in next(c for c in maker.candidates(fact) if c.question["type"] == "multiple_choice")
             .question["choices"] if not c["weight"]}
    assert lures and not lures & {"2026", "2027"}  # "asked in _____": the article only ever looks ahead to those
    unlike = set(unlike_dates("1952", False, maker.entities, maker.sentences))
    assert {"2026", "2027"} <= unlike and not unlike - {"2023", "2026", "2027"}  # seventy years away
    # And back: a time to come gets no year the article only tells of the past.
    assert {"1952", "2023"} <= set(unlike_dates("2027", True, maker.entities, maker.sentences))


def test_a_town_s_lures_are_no_land_it_may_lie_in():
    raw = ("Airline orders jets\n\nDUBLIN - Kestrel Air ordered 38 jets from Altair Aerospace, which is based in "
           "Montreal.\n\nThe jets will be built at Altair's plant in Mirabel, Quebec. Kestrel flies from Dublin, Cork "
           "and Shannon to Lima, the capital of Peru.")
    article, docs, sentences, entities, facts = analysed(raw)
    context = ArticleContext(article, entities, facts, docs)
    assert context.place_class("Quebec") == "region" and context.place_class("Peru") == "country"
    pools = context.same_place_class("Montreal", [("article", ["Mirabel", "Quebec", "Peru", "Cork"])])
    assert pools == [("article", ["Mirabel", "Cork"])]


def test_a_court_s_lures_are_courts():
    raw = ("Couriers win appeal\n\nLONDON - The Court of Appeal ruled on Wednesday that Quickpath's couriers are "
           "workers. The case was backed by the Independent Couriers' Union.\n\nQuickpath said it would consider an "
           "appeal to the Supreme Court. Tarnside Council said it would review its own contracts.")
    article, docs, sentences, entities, facts = analysed(raw)
    context = ArticleContext(article, entities, facts, docs)
    assert context.org_class("Supreme Court") == "court"
    pools = context.same_class("Supreme Court", [("article", ["Court of Appeal", "Independent Couriers' Union",
                                                             "Tarnside Council"])])
    assert pools[0] == ("article", ["Court of Appeal"])  # a union is no court to appeal to


def test_a_village_is_a_place_and_no_short_name_of_its_council():
    raw = (ROOT / "bench" / "eval-articles-2" / "glenarrick-wind-farm-approval.txt").read_text()
    article, docs, sentences, entities, facts = analysed(raw)
    kinds = {e.name: e.kind for e in entities}
    assert kinds["Kinlochbraigh"] == "place" and kinds["Kinlochbraigh Community Council"] == "org"
    context = ArticleContext(article, entities, facts, docs)
    assert context.org_class("Carnmore Renewables") == "company"  # its lures are companies, not the walkers
    assert same_side([("300 metres", "a"), ("100 metres", "a"), ("240 metres", "a")], "200 metres",
                     " to 180 metres to lessen the impact", "reduced the height from ") == [("300 metres", "a"),
                                                                                           ("240 metres", "a")]


def test_a_law_the_model_takes_for_a_person_is_neither_asked_nor_a_lure():
    raw = (ROOT / "bench" / "eval-articles-4" / "stridely-data-breach.txt").read_text()
    questions = generate_question_set(raw).question_set.questions
    assert not any("Data Protection Regulation" in right_texts(q) or "Regulation" in " ".join(
        c["text"] for c in q.get("choices", ())) for q in questions)


def test_a_figure_s_lures_stay_on_its_side_of_a_bound_the_sentence_names():
    from quizapp.generator.figures import beside_bound

    assert beside_bound([("21", "a"), ("27", "a"), ("35", "a")], "31",
                        " of the seats, well above the 23 needed for a majority.") == [("27", "a"), ("35", "a")]
    assert beside_bound([("196", "a"), ("246", "a"), ("260", "a")], "210",
                        " euros, well below the 250 charged by rivals.") == [("196", "a")]  # 246 is not "well below"
    # The bound may be named before its figure: "still below the offer value of about 25.02 euros".
    assert beside_bound([("22.10 euros", "a"), ("28.30 euros", "a")], "24.10 euros",
                        " in Vienna, still below the offer value of about 25.02 euros.") == [("22.10 euros", "a")]
    # The bound may come after an aside.
    assert beside_bound([("21", "a"), ("27", "a"), ("35", "a")], "31", " of the 45 seats in the National Assembly, "
                        "according to figures released by the Electoral Commission, well above the 23 needed.") == [
        ("27", "a"), ("35", "a")]
    # "more than 20 years old" bounds the aircraft's age, not the fleet's size.
    lures = [("18", "a"), ("22", "a"), ("34", "a")]
    assert beside_bound(lures, "26", " turboprop and regional aircraft, some of which are more than 20 years old.") == lures
    # "percent" (one word) is a unit too: "fell to _____ from 3.6 percent" keeps its lures below 3.6.
    assert same_side([("13.0 percent", "a"), ("2.1 percent", "a")], "3.1 percent",
                     " in the 12 weeks to 9 March, from 3.6 percent a year earlier.") == [("2.1 percent", "a")]


def test_a_club_s_lures_are_clubs_not_names_of_no_known_sort():
    raw = ("Falcons unveil stadium plan\n\nLEEDS - Hollinbury Falcons, the rugby club, will rebuild its ground. The "
           "plan was drawn up by Pellham Consulting, and the residents' group Save Our Streets objected.\n\n"
           "Northgate Rovers, the club's local rivals, rebuilt their stadium in 2019.")
    article, docs, sentences, entities, facts = analysed(raw)
    context = ArticleContext(article, entities, facts, docs)
    pools = context.same_class("Hollinbury Falcons", [("article", ["Pellham Consulting", "Northgate Rovers"])])
    assert pools == [("article", ["Northgate Rovers"])]


def test_a_partys_lures_are_parties_not_the_assembly_or_the_observers():
    raw = ("Opposition wins Mareva vote\n\nThe opposition Coastal Alliance won 31 of the 45 seats in the National "
           "Assembly, ending 14 years of rule by the Unity Party, the Electoral Commission said. Observers from the "
           "Pacific Democracy Network said the vote was fair, and the Reform Front won two seats.")
    article, docs, sentences, entities, facts = analysed(raw)
    context = ArticleContext(article, entities, facts, docs)
    pools = context.same_class("Coastal Alliance", [("article", ["National Assembly", "Unity Party",
                                                                 "Pacific Democracy Network", "Reform Front"])])
    assert pools == [("article", ["Unity Party", "Reform Front"])]


def test_who_said_offers_only_people_the_article_shows_to_be_people():
    raw = (ROOT / "bench" / "eval-articles-5" / "orchestra-music-director.txt").read_text()
    said = [q for q in generate_question_set(raw).question_set.questions if q["prompt"].startswith("Who said")]
    assert said and not any("Kingsmere Hall" in c["text"] for q in said for c in q.get("choices", ()))


def test_a_subject_printed_by_its_short_name_in_two_stems_is_given_away():
    from quizapp.generator.giveaways import named_all_over

    raw = ("Kestrel Shipbuilding wins frigate contract\n\nKestrel Shipbuilding has won a contract to build six "
           "frigates for the navy, the ministry said on Tuesday.\n\nKestrel beat a rival bid from Northmere Naval "
           "Systems. Shares in Kestrel rose 9.4 percent in London trading.")
    maker, *_ = maker_of(raw)
    assert "Kestrel" in maker.aliases_of("Kestrel Shipbuilding")
    asked = candidate("Fill in the blank: _____ has won a contract to build six frigates for the navy.", 1,
                      ["Kestrel Shipbuilding", "Northmere Naval Systems", "Albright Group"], "org")
    asked.topic, asked.aliases = True, maker.aliases_of("Kestrel Shipbuilding")
    others = [candidate("Fill in the blank: Kestrel beat a rival bid from _____.", 3,
                        ["Northmere Naval Systems", "Albright Group", "Harbridge Partners"], "org"),
              candidate("Fill in the blank: Shares in Kestrel rose _____ in London trading.", 4,
                        ["9.4 percent", "6.1 percent", "12.7 percent"], "percent")]
    assert named_all_over(asked, [asked, *others])
    assert not named_all_over(asked, [asked, others[0]])  # one stem in passing is a hint among the options


@pytest.mark.parametrize("answer, stem, worked", [
    # The parts of a total the article leads with.
    ("210 million pounds", "Fill in the blank: The plan will be paid for with _____ from the owner, 180 million pounds "
     "in bank loans and 90 million pounds from land sales.", True),
    ("30", "Fill in the blank: The order, the largest in its 19-year history, covers _____ of the AR-220 jets and "
           "eight of the AR-260 model.", True),
    # A change by a percentage the article gives.
    ("5.2 million pounds", "Fill in the blank: The grant will fall from 6.5 million pounds to _____.", True),
    ("5.2 million pounds", "Fill in the blank: The grant will fall to _____ next April.", False),
    # Small counts meet some percentage or sum by chance.
    ("200 metres", "Fill in the blank: The blade height fell from _____ to 180 metres.", False),
    # The percentage between two figures the stem prints.
    ("40%", "Fill in the blank: The camera flags a fire within 15 minutes, against 25 minutes, a _____ cut.", True),
    ("12%", "Fill in the blank: The camera flags a fire within 15 minutes, against 25 minutes, a _____ cut.", False),
    # A share of a total the article leads with, and a total the answer moved by a percentage gives.
    ("96 million pounds", "Fill in the blank: The fund owns about 20% of the club and will get _____.", True),
    ("400 million pounds", "Fill in the blank: The price is about 20% above the _____ valuation.", True),
    ("410 million pounds", "Fill in the blank: The price is about 20% above the _____ valuation.", False),
    # A scaled figure without its currency is of the same money as the total: 61.4 - 22.5.
    ("38.9 billion", "Fill in the blank: Alpenland brings _____ and Donautal 22.5 billion euros of assets.", False),
    # A country's dollar is a currency too: 10 percent off C$44.20.
    ("C$39.78", "Fill in the blank: Shares fell to _____ from C$44.20.", True),
])
def test_a_figure_the_stem_lets_a_student_work_out(answer, stem, worked):
    from quizapp.generator.figures import worked_out

    article = ("Club orders 38 jets for a 480 million pound plan\n\nThe club unveiled a 480 million pound plan on "
               "Tuesday and ordered 38 jets. Its grant will be cut by 20 percent, and 10 percent of its staff will go.")
    assert worked_out(answer, stem, article) is worked


MINES = """Meridian to buy Kessler

JOHANNESBURG - Meridian Metals agreed to buy Kessler Resources on Monday. Kessler operates the Cerro Alto open-pit \
mine in Chile and the Kafwembe underground mine in Zambia, and the Tarsa mine in Peru.

Meridian will keep its listing in Johannesburg and seek a second listing in Toronto. It will close Kessler's head \
office in Vancouver, and its office in Lima."""


def test_a_mines_lures_are_mines_and_a_towns_are_no_mines():
    maker, _, entities, _ = maker_of(MINES)
    assert {e.name: e.kind for e in entities}.get("Cerro Alto") == "facility"  # the model says a place
    mine_lures = {text for text, _ in maker.distractors("Cerro Alto", "facility", want=6)}
    assert mine_lures and mine_lures <= {"Kafwembe", "Tarsa"}
    town_lures = {text for text, _ in maker.distractors("Vancouver", "place", want=6)}
    assert not town_lures & {"Kafwembe", "Tarsa", "Cerro Alto"}


def test_a_villages_lures_are_no_cities_or_regions():
    raw = ("Wind farm approved\n\nThe wind farm will be built north of the village of Kinlochbraigh, in the Highlands. "
           "The decision was taken in Edinburgh. Residents of the village of Achnacarry and of the village of "
           "Tornapress objected.")
    maker, *_ = maker_of(raw)
    lures = {text for text, _ in maker.distractors("Kinlochbraigh", "place", want=6)}
    assert lures and not lures & {"Highlands", "Edinburgh"}


def test_a_lead_fact_the_subjects_question_kept_out_is_asked_once_that_question_goes():
    # "_____ unveiled plans" goes: two other stems name the club. Its stem had kept out the plan's cost,
    # which is then asked instead of leaving the lead without a question.
    subject = candidate("Fill in the blank: _____ unveiled plans for a 320 million pound redevelopment on Tuesday.", 0,
                        ["Harwick Rovers", "Dunmore Athletic", "Greyfield Capital"], "org")
    subject.topic, subject.aliases, subject.score = True, ("Rovers",), 12
    cost = candidate("Fill in the blank: Harwick Rovers unveiled plans for a _____ redevelopment on Tuesday.", 0,
                     ["320 million pound", "250 million pound", "410 million pound"], "money")
    printers = [candidate("Fill in the blank: The Rovers finished third, their best position since _____.", 3,
                          ["1987", "1991", "1979"], "date"),
                candidate("Fill in the blank: The Rovers employ _____ people.", 6, ["240", "310", "180"], "number")]
    chosen = [c.answer for c in select([subject, cost, *printers], 20)]
    assert "Harwick Rovers" not in chosen and "320 million pound" in chosen


@pytest.mark.parametrize("before, anchor", [
    ("Shares rose 9.4 percent, their biggest one-day gain since ", True),
    ("Turnout was the highest since independence in ", True),
    ("The takeover would be Meridian's largest since the company was formed in ", True),
    ("The club has played at Brookfield Road since ", False),  # how long: a fact of its own
])
def test_the_year_a_record_is_measured_from_is_not_asked(before, anchor):
    from quizapp.generator.figures import record_anchor

    assert record_anchor(before) is anchor


def test_a_short_stem_that_names_nothing_is_not_asked():
    raw = ("Orchestra loses grant\n\nThe Halden Philharmonic will lose 20 percent of its grant from April, the "
           "orchestra said on Thursday.\n\nThe National Arts Board defended the decision. Damage was estimated at "
           "4 million pounds.\n\nThe Halden Philharmonic employs 88 musicians.")
    maker, _, _, facts = maker_of(raw)
    stems = [c.question["prompt"] for f in facts for c in maker.candidates(f)]
    assert stems and not any(s.endswith(("_____ defended the decision.", "estimated at _____.")) for s in stems)
    assert any("employs _____ musicians" in s for s in stems)  # a name says what it is about
    club, *_ = maker_of("Falcons win\n\nHollinbury Falcons won the cup on Saturday.")
    assert not club.says_too_little("Falcons won _____ games.")  # a name ending in s is still the name


def test_a_sum_converted_from_any_currency_is_not_asked():
    raw = ("Metro line opens\n\nLISKOWO, Poland - The 14.2-kilometre M3 line cost 9.6 billion zlotys ($2.4 billion), up "
           "from the 7.2 billion zlotys budgeted, the city said on Saturday.")
    asked = answers_made(raw)
    assert "$2.4 billion" not in asked


def test_a_sum_converted_for_the_reader_is_not_asked():
    raw = ("Museum buys painting\n\nThe Rijnland Museum in Leiden has bought a still life by Jacoba Verhulst for 6.8 "
           "million euros ($7.3 million), the museum said on Monday.\n\nThe painting will go on display in May.")
    asked = answers_made(raw)
    assert "$7.3 million" not in asked and any(a.startswith("6.8 million") for a in asked)


def test_a_measure_converted_for_the_reader_is_not_asked():
    raw = ("Ferry launched\n\nThe new ferry will sail at up to 38 kilometres per hour (24 mph) and carry 640 passengers, "
           "the operator said on Monday. Water off the pier was 14 degrees Celsius (57 degrees Fahrenheit) on the day.")
    asked = answers_made(raw)
    assert not any(a.startswith(("24", "57")) for a in asked), asked
    assert "640" in asked
    # "The 62-metre (203ft) vessel": the figure's unit joined to it by a hyphen (set 41)
    raw = ("Wreck found\n\nDivers have found a steamship that sank in 1891 with 19 crew. The 62-metre (203ft) vessel "
           "was built by the shipbuilder Hutton & Carr in Sunderland in 1879 and carried 1,400 tonnes of coal.")
    assert "203" not in answers_made(raw)


def test_a_seasons_lures_are_seasons():
    from quizapp.generator.distractors import perturb_date

    lures = perturb_date("the start of the 2028-29 season")
    assert "the start of the 2027-28 season" in lures and "the start of the 2029-30 season" in lures
    assert not any("2029-29" in lure or "2027-29" in lure for lure in lures)
    # both years written whole move together too (set 40's school lunches had "2027-2027" offered)
    lures = perturb_date("the 2026-2027 school year")
    assert "the 2025-2026 school year" in lures and "the 2027-2028 school year" in lures
    assert all(int(first) == int(second) - 1 for first, second in (re.search(r"(\d{4})-(\d{4})", lure).groups()
                                                                  for lure in lures)), lures


def test_a_year_typed_as_a_number_is_asked_to_the_year():
    raw = ("Kestrel wins contract\n\nKestrel Shipbuilding has won a 2.4 billion pound contract to build six frigates, "
           "securing work at its yard until at least 2036, the ministry said on Tuesday.")
    maker, _, _, facts = maker_of(raw)
    typed = [c.question["answers"][0] for f in facts for c in maker.candidates(f)
             if c.question["type"] == "numerical" and c.answer == "2036"]
    assert typed and all(a["tolerance"] == 0 for a in typed)  # not five per cent of 2036: any year of the century


def test_no_answer_starts_inside_a_possessive():
    raw = ("Corvane to buy Lumera\n\nCorvane Systems agreed on Wednesday to buy Lumera ID for $1.15 billion.\n\n"
           "Ellery said Corvane had no plans to move Lumera's engineering work out of Estonia.")
    maker, _, _, facts = maker_of(raw)
    answers = [c.answer for f in facts for c in maker.candidates(f)]
    assert answers and not any(a.startswith(("'s", "’s")) for a in answers)  # "move Lumera_____ out of Estonia"


def test_a_measure_written_into_its_noun_gives_way_to_the_sentences_other_facts():
    raw = ("Atalaia satellite reaches orbit\n\nLISBON, Portugal - Portuguese start-up Atalaia Space said on Tuesday its "
           "first wildfire-monitoring satellite had reached orbit.\n\nThe 95-kilogram satellite lifted off at 10:42 "
           "local time on March 11 aboard a Kestrel-2 rocket operated by Scottish launch company Highland Orbital from "
           "the Fairhaven launch site in northern Scotland.\n\nThe company employs 62 people at its headquarters.")
    rights = asked(raw)
    assert ["March 11"] in rights and ["95"] not in rights  # "the _____-kilogram satellite" took the sentence's turn


def test_a_shares_lures_are_never_more_than_the_whole():
    raw = ("Battery breakthrough\n\nResearchers at Pennine University have developed a sodium-ion battery that kept "
           "92 percent of its capacity after 12,000 charging cycles, the university said.\n\nThe team's cells cost "
           "30 percent less than lithium-ion ones, and sales rose 140 percent last year.")
    maker, _, _, facts = maker_of(raw)
    fact = next(f for f in facts if f.answer == "92 percent")
    offered = choice_lures(maker, [fact])
    assert offered and all(float(lure.split()[0]) <= 100 for lure in offered)


def test_everyday_words_are_typed_only_as_a_speakers_own_word():
    raw = ("Wind farm approved\n\nCarnmore Renewables won approval on Tuesday for a wind farm that had drawn objections "
           "from local residents and walkers.\n\nThe union has described the plan as \"overdue\", and the company "
           "did not say how many jobs would be affected.")
    maker, _, _, facts = maker_of(raw)
    typed = {c.answer for f in facts for c in maker.candidates(f) if c.question["type"] == "short_answer"}
    assert not typed & {"local residents", "how many jobs"}
    assert "overdue" in typed  # the union's own word


def test_a_parts_lures_are_never_more_than_its_whole():
    raw = ("Opposition wins vote\n\nThe opposition Coastal Alliance won a landslide victory on Sunday.\n\nThe Coastal "
           "Alliance took 41 of the 45 seats in the National Assembly, the Electoral Commission said.")
    maker, _, _, facts = maker_of(raw)
    fact = next(f for f in facts if f.answer == "41")
    offered = choice_lures(maker, [fact])
    assert offered and all(int(lure) <= 45 for lure in offered)


def test_a_person_is_named_by_their_surname_in_other_stems():
    raw = ("Opposition wins vote\n\nFormer schoolteacher Losana Verata is on course to become prime minister. "
           "Verata has promised to raise the minimum wage.")
    maker, *_ = maker_of(raw)
    assert maker.aliases_of("Losana Verata") == ("Verata",)  # "Verata has promised ..." names her in another stem


def test_a_figure_before_up_from_bounds_the_figure_it_rose_from():
    lures = [("9.7 billion zlotys", "a"), ("5.1 billion zlotys", "a"), ("12.2 billion zlotys", "a")]
    assert same_side(lures, "7.2 billion zlotys", " budgeted when construction began.",
                     "The line cost 9.6 billion zlotys ($2.4 billion), up from the ") == [("5.1 billion zlotys", "a")]


def test_a_cut_leaves_no_bracket_without_its_partner():
    from quizapp.generator.clauses import unpaired_brackets

    assert unpaired_brackets("The bead was made in Egypt, suggesting).") == "The bead was made in Egypt, suggesting."
    assert unpaired_brackets("It cost 5 euros ($6) in all.") == "It cost 5 euros ($6) in all."


def test_a_scaled_figure_without_its_currency_is_worked_out_from_the_total():
    from quizapp.generator.figures import worked_out

    article = "Banks merge\n\nThe merged bank will have total assets of 61.4 billion euros, the banks said."
    assert worked_out("38.9 billion", "Fill in the blank: Alpenland brings _____ and Donautal 22.5 billion euros.", article)


def test_those_is_not_written_as_the():
    article, docs, sentences, entities, facts = analysed(PORT)
    context = ArticleContext(article, entities, facts, docs)
    assert context.resolve("Fill in the blank: Absences fell by _____ at those schools.") == ""  # not "the schools"


def test_a_continent_is_not_asked():
    raw = ("Vultures return\n\nFour bearded vultures were released in Romania on Tuesday, the first in the wild across "
           "Europe's east in decades.\n\nThe birds were hatched in Spain and France.")
    assert not any("Europe" in right for right in asked(raw))


def test_a_title_before_the_blank_says_who_may_hold_it():
    raw = ("School study\n\nA ministry spokeswoman, Claire Dufour, said the ministry would study the results.\n\n"
           "Martin Giroux, a researcher, said more work was needed, and he called for a larger trial. \"We are not "
           "there yet,\" Giroux said.\n\nAnil Raman, the study's author, said he was pleased. Sophie Tremblay, a "
           "teacher, said she was glad. Julia Brandt, a parent, said she agreed.")
    maker, _, _, facts = maker_of(raw)
    offered = set(choice_lures(maker, [f for f in facts if f.answer == "Claire Dufour"]))
    assert offered and not offered & {"Martin Giroux", "Anil Raman"}  # "spokeswoman": no man's name beside it


def test_pence_are_money_and_ago_is_no_unit():
    from quizapp.generator.figures import unit_hint, worked_out

    article = "Brewer bought\n\nHazelaar will pay 412 pence a share for Tollgate, the companies said on Monday."
    assert worked_out("412 pence", "Fill in the blank: Hazelaar will pay _____ a share, a 34% premium to the close of "
                      "307.5 pence.", article + " That is a 34% premium.")
    assert unit_hint("almost 100 years ago") == " (in years)"


def test_either_spelling_of_centre_is_accepted():
    assert "Holbridge Heritage Center" in accepted_forms("Holbridge Heritage Centre", "facility")
    assert "Kelby Arts Theatre" in accepted_forms("Kelby Arts Theater", "org")


def test_a_round_answer_gets_round_lures():
    from quizapp.generator.distractors import perturb_date, perturb_number

    assert all(int(lure.rstrip("%")) % 10 == 0 for lure in perturb_number("40%")[:3])  # not 46, 52 and 58%
    assert perturb_date("2050")[:3] == ["2040", "2060", "2045"]  # a target year: not 2049 and 2051
    assert perturb_date("2020")[:4] == ["2017", "2023", "2014", "2026"]  # a year on its own: a few apart, not 2019
    assert perturb_date("June 2011")[:2] == ["June 2010", "June 2012"]  # a month's year stays near


def test_a_name_may_be_typed_without_its_accents():
    assert "Tomas Kalvoda" in accepted_forms("Tomáš Kalvoda", "person")


def test_a_description_is_asked_among_the_other_peoples_titles_whatever_their_style():
    maker, _, _, facts = maker_of(HALDEN)
    role = next(c.question for f in facts for c in maker.candidates(f) if c.question["prompt"] == "Who is Tom Reyes?")
    assert right_texts(role) == ["aviation analyst at Fjord Securities"]
    wrong = [c["text"] for c in role["choices"] if not c["weight"]]
    assert sorted(wrong) == ["chief executive of Halden Air", "head of sales at Varro Aerospace"]


def test_no_weekday_is_asked_not_even_the_day_the_news_broke():
    raw = ("Storm closes ports\n\nBERGEN, Norway - Storm Halvard closed 14 ports along the west coast on Tuesday, "
           "the coastal authority said.\n\nThe ports reopened on Thursday after winds eased to 40 kilometres per hour.")
    maker, _, _, facts = maker_of(raw)
    assert not [c for f in facts for c in maker.candidates(f) if c.answer in ("Tuesday", "Thursday")]
    assert any(c.answer == "14" for f in facts for c in maker.candidates(f))  # the sentence's news is asked


def test_a_figure_its_stem_lets_a_student_work_out_is_asked_with_the_other_figures_cut():
    raw = ("Harlow buys Ostler\n\nLONDON - Harlow Group has agreed to buy Ostler for $420 million, the companies said on "
           "Monday.\n\nUnder the deal, Harlow will pay $300 million in cash and $120 million in new shares.\n\n"
           "The two companies employ 5,400 people.")
    stems = {q["prompt"] for q in generate_question_set(raw).question_set.questions}
    assert "Fill in the blank: Under the deal, Harlow will pay _____ in cash." in stems
    assert not any("_____ in cash and $120 million" in stem for stem in stems)  # 420 - 120: a subtraction


def test_a_cut_is_clean_when_each_stretch_it_took_is_a_phrase():
    from quizapp.generator.clauses import cut_cleanly

    assert cut_cleanly("Harlow will pay _____ in cash and $120 million in new shares.", "Harlow will pay _____ in cash.")
    assert cut_cleanly("It was funded by a 3.5 million euro grant and _____.", "It was funded by a grant and _____.")
    # A list written with its verb left out loses its figure and keeps its noun.
    assert not cut_cleanly("The EU covered 3.1 billion, the government 2.5 billion and the city the remaining _____.",
                           "The EU covered 3.1 billion, the government and the city the remaining _____.")
    assert not cut_cleanly("Officials moved _____ residents of Arbel, 300 from Tovia and 200 from Mensk.",
                           "Officials moved _____ residents of Arbel, 300.")


CHESS = ("Teenager wins Orava Masters\n\nBRATISLAVA, Slovakia - Indian grandmaster Arjun Menon, 18, won the Orava Chess "
         "Masters on Sunday, beating Pieter van Dalen of the Netherlands in the final round.\n\nPlaying with the black "
         "pieces, Menon chose the Sicilian Defence and won in 58 moves after van Dalen misplaced a rook.\n\nThe "
         "tournament was held at the Zvolen Congress Hall and is organised by the Orava Chess Foundation.\n\n"
         "Menon will next play at the Danube Rapid event in Budapest.")


def test_a_name_of_no_known_sort_gets_no_lure_the_article_gives_another_sort():
    maker, _, _, facts = maker_of(CHESS)
    made = [c for f in facts for c in maker.candidates(f) if c.answer == "Sicilian Defence"]
    assert made  # asked all the same: typed, when no lure of its sort is left
    for candidate in made:
        if candidate.question["type"] == "multiple_choice":
            assert not set(lures(candidate)) & {"Orava Chess Foundation", "Zvolen Congress Hall", "Orava Chess Masters"}


def test_a_surname_with_its_particle_is_the_persons():
    article, docs, sentences, entities, facts = analysed(CHESS)
    people = {e.name: len(e.mentions) for e in entities if e.kind == "person"}
    assert people.get("Pieter van Dalen") == 2 and "van Dalen" not in people and "Pieter" not in people



def test_a_count_written_with_a_hyphen_is_asked_whole_with_lures_of_its_total():
    from quizapp.generator.figures import tally_at

    text = "The board of trustees voted 7-2 on Thursday to raise tuition."
    tally = tally_at(text, text.index("7-2"), text.index("7-2") + 1)
    assert tally.text == "7-2" and set(tally.lures) == {"8-1", "6-3", "9-0", "5-4"}
    assert tally_at("It covers the 2019-20 season, which the club won.", 14, 18) is None  # a season, not a vote
    assert not any(a in ("7", "2") for a in asked("Tuition rises\n\nPORTLAND - The board of trustees voted 7-2 on "
                                                  "Thursday to raise tuition by 6% to $11,660 a year."))


def test_a_one_digit_figure_printed_in_another_stem_of_its_sentence_gives_it_away():
    rise = candidate("Fill in the blank: Tuition will rise 9% to _____, the university said.", 4,
                     ["$31,610", "$28,000", "$35,500"], "money")
    share = candidate("Fill in the blank: Tuition will rise _____, the university said.", 4,
                      ["9%", "12%", "6%"], "percent")
    assert gives_away(share, [rise])
    elsewhere = candidate("Fill in the blank: Fees rose 9.4% to _____ last year.", 4, ["$12,000", "$14,000"], "money")
    elsewhere.sentence_index = share.sentence_index
    assert not gives_away(share, [elsewhere])  # "9.4%" is not "9%"


def test_a_figure_after_a_day_and_and_is_no_list_and_keeps_the_clause_before_it():
    raw = ("Airport shut by ash\n\nTERNATE, Indonesia - The volcano erupted this week, officials said.\n\n"
           "Kasiru's airport was closed on Saturday and 22 domestic flights were cancelled, the transport ministry said.")
    stems = [q["prompt"] for q in generate_question_set(raw).question_set.questions]
    assert ("Fill in the blank: Kasiru's airport was closed on Saturday and _____ domestic flights were cancelled, "
            "the transport ministry said.") in stems, stems
    from quizapp.generator.models import Sentence
    from quizapp.generator.stems import cloze_text

    text = "Talks with Nissan and Mitsubishi went on."
    sentence = Sentence(0, len(text), text, 0, 0)
    assert cloze_text(text, sentence, text.index("Mitsubishi"), text.index(" went")) == ""  # a list of names still is


def test_a_state_is_no_lure_for_a_town_it_may_hold():
    maker, _, _, facts = maker_of("\n\n".join([
        "Trellis to build Casa Grande packaging plant",
        "Trellis Semiconductor said on Monday it would build a packaging plant in Casa Grande. The plant will employ "
        "2,200 people, the company said.",
        "Trellis already operates a wafer fabrication plant in Chandler, which opened in 2021.",
        "Arizona has offered $95 million in tax credits. Rival Okamura, based in Kyoto, makes packaging tools in Osaka.",
    ]))
    assert maker.context.place_class("Arizona") == "region"
    chandler = [f for f in facts if f.kind == "mention" and f.answer == "Chandler"]
    assert chandler and "Arizona" not in choice_lures(maker, chandler)


def test_a_role_that_holds_the_persons_own_surname_is_not_asked():
    maker, _, _, facts = maker_of("\n\n".join([
        "Trellis and Okamura form venture",
        "Trellis Semiconductor and Okamura Industries said on Monday they would build a plant in Arizona.",
        "\"We move quickly,\" said Kenji Okamura, the president of Okamura Industries.",
        "\"This closes a gap,\" said Laura Mendelsohn, chief executive of Trellis Semiconductor.",
        "\"Workers will be scarce,\" said Ravi Patel, an analyst at Meridian Data.",
    ]))
    titles = [f for f in facts if f.kind == "title"]
    asked = [c.question["prompt"] for f in titles for c in maker.candidates(f)]
    assert asked  # other roles are asked
    # Nor "Who is the president of Okamura Industries?": the company's name answers that too.
    assert not any("Okamura" in p for p in asked), asked


def test_who_holds_a_title_written_with_its_article_reads_once_the():
    maker, _, _, facts = maker_of("\n\n".join([
        "Trellis builds a plant",
        "Trellis Semiconductor said on Monday it would build a plant in Arizona.",
        "\"We move quickly,\" said Anna Berg, the president of Trellis Semiconductor.",
        "\"Workers will be scarce,\" said Ravi Patel, an analyst at Meridian Data.",
        "\"It is a good site,\" said Tom Lund, the mayor of Casa Grande.",
    ]))
    asked = [c.question["prompt"] for f in facts if f.kind == "title" for c in maker.candidates(f)]
    assert "Who is the president of Trellis Semiconductor?" in asked, asked


def test_a_bank_or_a_stock_exchange_is_no_lure_for_a_maker():
    maker, _, _, facts = maker_of("\n\n".join([
        "Valkenmoor orders trams",
        "Valkenmoor's council approved an order for 28 trams on Thursday, the city said.",
        "The trams will be supplied by Czech manufacturer Moravka Rail under a contract worth 196 million euros.",
        "Spanish maker Talvera Movilidad and French maker Ardenne Transport also bid, and Ardenne Transport came second.",
        "The city will borrow 35 million euros from the Northgate Bank. Shares in Talvera fell 2% on the Madrid Stock "
        "Exchange.",
    ]))
    assert maker.context.org_class("Northgate Bank") == "finance"
    assert maker.context.org_class("Madrid Stock Exchange") == "exchange"
    moravka = [f for f in facts if f.kind == "mention" and f.answer == "Moravka Rail"]
    lures = choice_lures(maker, moravka)
    assert not {"Northgate Bank", "Madrid Stock Exchange"} & set(lures), lures


def test_a_part_of_a_continent_is_lured_by_continents_not_towns():
    raw = ("Wreck found\n\nThe ship carried ivory and lead. The ivory probably came from North Africa, while the lead "
           "came from mines near Huelva. The wreck lies off Cartagena, near Mazarron.")
    article, docs, sentences, entities, facts = analysed(raw)
    context = ArticleContext(article, entities, facts, docs)
    assert context.place_class("North Africa") == "continent"
    pools = context.same_place_class("North Africa", [("article", ["Huelva", "Cartagena", "Middle East"])])
    assert pools == [("article", ["Middle East"])]


def test_percent_lures_make_no_even_series_and_a_small_share_stays_small():
    from quizapp.generator.distractors import perturb_percent
    for answer in ("1.1 percent", "4.2%", "6.5 percent", "31%", "57.2 per cent"):
        values = sorted([float(x.rstrip("%").split()[0]) for x in perturb_percent(answer)]
                        + [float(answer.rstrip("%").split()[0])])
        gaps = {round(b - a, 1) for a, b in zip(values, values[1:], strict=False)}
        assert len(gaps) > 1, (answer, values)  # not 1.1 / 4.4 / 7.7 / 11.0
    assert all(float(x.split()[0]) < 3 for x in perturb_percent("1.1 percent"))


@pytest.mark.parametrize("before, answer, after, options, kept", [
    # "passed by _____ votes to 109": a lure of 100 is a defeat, one of 224 more members than the house has.
    ("The bill passed by ", "118", " votes to 109, with three abstentions.", ["71", "100", "224"],
     {"112", "115", "121", "124", "127"}),
    # "fell as much as _____ ... before closing 4.9% lower": the day's worst is past the close.
    ("Shares fell as much as ", "6.2%", " in Copenhagen trading before closing 4.9% lower.", ["2.5%", "4.4%", "7.1%", "8.1%"],
     {"7.1%", "8.1%"}),
    ("Shares fell ", "6.2%", " in Copenhagen trading before closing 4.9% lower.", ["2.5%", "7.1%"], {"2.5%", "7.1%"}),
])
def test_a_figure_set_against_another_keeps_its_lures_past_it(before, answer, after, options, kept):
    got = past_the_other([(o, "perturbed") for o in options], answer, before, after)
    assert {text for text, _ in got} == kept


def test_a_fall_from_a_figure_then_keeps_its_lures_below_it():
    options = [(o, "perturbed") for o in ("0.9", "1.2", "2.9", "3.1")]
    before = "The number of workers for each pensioner has fallen from 2.6 in 2005 to "
    assert {t for t, _ in same_side(options, "1.7", " today.", before)} == {"0.9", "1.2"}


def test_an_age_is_lured_by_years_not_decades():
    assert {int(lure) for lure in perturb_number("64", age=True)} <= set(range(58, 71))
    assert min(int(lure) for lure in perturb_number("64")) <= 44  # a count of 64 may move by tens
    raw = ("Pension age rises\n\nLISBON - Parliament voted to raise the pension age to 67 on Thursday.\n\n"
           "Miners with at least 30 years of contributions will be allowed to retire at 64 without penalty, the minister said.")
    for made in mention_lures(raw, "64"):
        assert all(55 <= int(text) <= 75 for text in made), made


def test_a_company_may_be_typed_by_its_short_name_not_by_the_word_for_what_it_is():
    forms = accepted_forms("Nordvig Forsikring", "org", brand="Nordvig")
    assert "Nordvig" in forms and "Forsikring" not in forms
    assert "Sakura" in accepted_forms("Nissan Sakura", "product", brand="Nissan")


def test_a_level_keeps_its_lures_on_its_scale_and_a_fall_keeps_them_below_today_s():
    options = [(o, "perturbed") for o in ("2", "3", "5", "6")]
    assert {t for t, _ in on_the_scale(options, " on the five-point European scale on Saturday.")} == {"2", "3", "5"}
    assert on_the_scale(options, " on Saturday.") == options
    before = "The avalanche warning service said the danger level was expected to fall to "
    assert {t for t, _ in below_current(options, "3", before, ["4", "80"])} == {"2", "3"}
    assert below_current(options, "3", "The danger level was rated at ", ["4"]) == options


def test_a_vote_s_lures_need_no_more_votes_than_the_body_has_members():
    got = past_the_other([("19", "perturbed")], "15", "rejected a proposal by ", " votes to 12.", members=27)
    assert {text for text, _ in got} == {"13", "14"}


@pytest.mark.parametrize("answer", ["May 31", "March 31, 2024", "31 August 2025", "January 30"])
def test_a_date_lure_is_a_day_the_calendar_has(answer):
    from quizapp.generator.distractors import perturb_date
    made = perturb_date(answer)
    assert made and not [lure for lure in made if re.search(r"(?:February|Feb) (?:29|30|31)|(?:April|June|September|"
                                                            r"November) 31|31 (?:April|June|September|November)", lure)]


def test_a_rate_set_in_quarter_points_is_lured_by_quarter_points():
    from quizapp.generator.distractors import perturb_number, perturb_percent

    for made in (perturb_number("5.25 percent"), perturb_percent("5.25 percent"), perturb_percent("4.75%")):
        assert made and all(re.search(r"\.(?:25|75)\b", lure) for lure in made), made
    raw = ("Chile cuts rate\n\nSANTIAGO - Chile's central bank cut its benchmark interest rate by 75 basis points to "
           "5.25 percent on Tuesday, the bank said in a statement after its meeting in the capital.")
    made = mention_lures(raw, "75")
    assert all(int(lure) % 25 == 0 for lures_of in made for lure in lures_of), made  # not 60, 70 and 80


def test_a_temperature_is_lured_by_degrees_not_by_a_share_of_itself():
    from quizapp.generator.distractors import perturb_number

    made = perturb_number("48.7 degrees Celsius")
    assert made and all(abs(float(lure.split()[0]) - 48.7) <= 4.5 for lure in made), made  # not 29.2
    assert all(lure.endswith(" degrees Celsius") and "." in lure for lure in made)


@pytest.mark.parametrize(("answer", "lures"), [("2022", ["2019", "2025"]), ("2100", ["2090", "2110"])])
def test_a_year_asked_as_a_number_is_lured_by_years(answer, lures):
    from quizapp.generator.distractors import perturb_number

    made = perturb_number(answer)
    assert set(lures) <= set(made) and not any("," in lure for lure in made), made  # never "2,528"


def test_one_end_of_a_range_is_lured_inside_the_range_the_sentence_gives():
    raw = ("Reef survey finds bleaching\n\nTOWNSVILLE, Australia - Sea surface temperatures across much of the reef were "
           "1.5 to 2 degrees Celsius above the summer average for most of February, according to the Bureau of "
           "Meteorology.")
    made = mention_lures(raw, "1.5")
    assert all(float(lure) < 2 for lures_of in made for lure in lures_of), made  # never "2.5 to 2 degrees"


def test_a_figure_said_to_be_even_lower_is_lured_below_the_one_before():
    raw = ("Romania launches measles drive\n\nBUCHAREST, Romania - Only 78 percent of children received the first dose "
           "of the vaccine last year, the health ministry said. Coverage for the second dose was even lower, at 64 "
           "percent, she said.")
    made = mention_lures(raw, "64 percent")
    assert all(float(lure.split()[0]) < 78 for lures_of in made for lure in lures_of), made  # not 87 percent


def test_a_knockout_rounds_lures_are_the_other_rounds():
    raw = ("Ghana coach Rui Valadares resigned on Monday, a day after the team was knocked out of the Africa Cup of "
           "Nations in the round of 16 by Mali.")
    for made in mention_lures(raw, "16"):
        assert set(made) <= {"8", "32", "64"}, made


def test_a_count_written_in_words_is_asked_with_words_and_the_two_companies_are_not():
    raw = ("Avalanche kills skiers in Austrian Alps\n\nINNSBRUCK, Austria - An avalanche swept over a group of skiers in "
           "the Stubai Alps on Saturday, the two companies running the resort said.\n\nRescuers said nine people were "
           "being treated for hypothermia at a clinic in the valley.")
    made = mention_lures(raw, "nine")
    assert made and all(set(lures) <= {"six", "seven", "eight", "ten", "eleven", "twelve"} for lures in made), made
    assert not any(right == ["two"] for right in asked(raw))


def test_a_count_the_title_gives_in_words_is_not_asked_with_options():
    raw = ("Romania launches vaccination drive as measles outbreak kills nine children\n\nBUCHAREST, Romania - Romania "
           "will send 450 mobile vaccination teams into schools from Monday, the health ministry said.\n\nAll nine "
           "children who died of measles this year were under the age of five, officials said.")
    assert not any(right == ["nine"] for right in asked(raw))


def test_hours_days_and_months_are_lured_in_the_units_the_calendar_goes_by():
    from quizapp.generator.distractors import perturb_number

    assert all(int(lure.split()[0]) % 12 == 0 for lure in perturb_number("48 hours"))
    assert all(int(lure.split()[0]) % 7 == 0 for lure in perturb_number("14 days"))
    assert all(int(lure.split()[0]) % 6 == 0 for lure in perturb_number("18 months"))


def test_a_bound_written_before_a_figure_is_no_unit_to_type():
    from quizapp.generator.entities import HEDGE

    assert HEDGE.match("smaller than 100 micrometres") and HEDGE.match("larger than 5 millimetres")


def test_a_name_met_once_past_the_lead_is_not_typed():
    # Reviewers of sets 16 to 25 kept one of 54 ratings of typed names: a court, an airport, a bus
    # operator named once are trivia, and spelling them from memory is unfair. A name the article
    # comes back to is still worth typing.
    raw = ("Airline collapses\n\nNordicLink Air filed for bankruptcy on Thursday and grounded its fleet.\n\n"
           "The airline employed 420 people, its chief executive Henrik Solberg said. It had served 18 "
           "destinations in the north of the country since 2009.\n\nThe transport ministry said it would fund "
           "temporary contracts with other carriers for three months.\n\n"
           "At Bodo airport, queues stretched out of the terminal building as travellers looked for seats.\n\n"
           "Passengers were advised to contact Fjordline Travel, which sold most of the airline's tickets. "
           "Fjordline Travel said it would refund package customers within 30 days.")
    maker, _, _, facts = maker_of(raw)
    typed = {c.answer for f in facts for c in maker.candidates(f) if c.question["type"] == "short_answer"}
    assert "Bodo" not in typed
    assert "Fjordline Travel" in typed


def test_half_a_name_is_not_blanked():
    raw = ("Microplastics found in tap water\n\nMicroplastics were found in most tap water samples across Ireland, "
           "researchers said on Monday.\n\nUisce Éireann, the national water utility, said all public supplies "
           "complied with existing legal standards.\n\nThe study was published by Trinity College Dublin.")
    asked = answers_made(raw)
    assert "Éireann" not in asked


def test_a_lure_below_one_billion_is_written_in_millions():
    lures = perturb_number("1.1 billion crowns")
    assert lures and not any(lure.startswith("0.") for lure in lures)
    assert any(lure.endswith(" million crowns") for lure in lures)
    assert all(not lure.startswith("0.") for lure in perturb_number("$1.2 million"))


def test_a_lure_the_stated_ratio_rules_out_is_not_offered():
    from quizapp.generator.figures import times_apart

    # 310 is more than three times 100 or 90 million, so only the article tells them from 95 million; 240 and
    # 120 million are ruled out by arithmetic, which would leave the answer the one option below 103 million.
    before = "The airline reported a pre-tax loss of 310 million crowns last year, more than three times the "
    offered = [(text, "perturbed") for text in ("240 million", "100 million", "90 million", "120 million")]
    assert [t for t, _ in times_apart(offered, "95 million", before, " crown loss of the year before.")] == [
        "100 million", "90 million"]
    after = " hectares for the same date."
    before = "Fires have burned about 640,000 hectares, more than three times the 10-year average of "
    offered = [(text, "perturbed") for text in ("250,000", "120,000", "314,000")]
    assert [t for t, _ in times_apart(offered, "185,000", before, after)] == ["120,000"]
    # no ratio stated: the lures stand
    assert times_apart(offered, "185,000", "The 10-year average is ", after) == offered
    # The ratio joins the first figure, past another with a decimal point (set 41: 830,000 was "more than half")
    before = ("Spain's agriculture ministry forecasts the 2025/26 crop at 1.58 million tonnes, up from 1.37 million "
              "tonnes last season and more than double the ")
    offered = [(text, "perturbed") for text in ("830,000", "531,000", "930,000")]
    assert [t for t, _ in times_apart(offered, "664,000", before, " tonnes produced in 2022/23.")] == ["531,000"]


def test_a_sum_converted_into_another_currency_is_not_printed_beside_its_blank():
    raw = ("Airline collapses\n\nNordicLink Air filed for bankruptcy on Thursday and grounded its fleet of 14 "
           "aircraft.\n\nAccording to the court filing, the airline owed creditors about 1.1 billion Norwegian "
           "crowns ($102 million).")
    stems = stems_made(raw, "1.1 billion")
    assert stems and not any("$102 million" in stem for stem in stems)


def test_the_record_broken_is_lured_below_the_new_one():
    raw = ("Power demand hits record\n\nIndia's electricity demand surged to an all-time high of 262 gigawatts on "
           "Tuesday as a heatwave gripped the north.\n\nThe national grid operator said peak demand had broken the "
           "previous record of 250 gigawatts set last year.")
    maker, _, _, facts = maker_of(raw)
    offered = choice_lures(maker, [f for f in facts if f.answer.startswith("250")])
    assert offered and all(float(lure.split()[0]) < 262 for lure in offered)


def test_a_count_the_sentence_adds_up_is_not_asked():
    raw = ("Central bank cuts rates\n\nChile's central bank cut its benchmark rate by 50 basis points on Tuesday.\n\n"
           "Most economists had expected the move. Nineteen of 22 analysts polled by local media had forecast a "
           "50-basis-point cut, with the remaining three predicting a quarter-point reduction.")
    asked = answers_made(raw)
    assert not asked & {"22", "Nineteen", "three"}


def test_a_date_s_lures_keep_the_month_the_quiz_title_prints():
    raw = ("Kenya to introduce tax on sugary drinks from July\n\nNAIROBI - Kenya will impose a tax on sugary soft "
           "drinks from July 1, the National Treasury said on Thursday.\n\nThe Treasury expects the tax to raise about "
           "14 billion shillings, or roughly 108 million US dollars, in its first full year.")
    maker, _, _, facts = maker_of(raw)
    offered = choice_lures(maker, [f for f in facts if f.answer == "July 1"])
    assert offered and all(lure.startswith("July") for lure in offered)
    money = next(f for f in facts if f.answer.startswith("14 billion"))
    stems = [c.question["prompt"] for c in maker.candidates(money)]
    assert stems and not any("108 million" in stem for stem in stems)


def test_a_record_that_stands_is_lured_above_the_sale_that_did_not_beat_it():
    raw = ("Stradivari violin sells for $14.2 million\n\nA violin made by Antonio Stradivari in 1714 sold for $14.2 "
           "million at an auction in New York on Thursday.\n\nThe record for a violin sold at auction remains the "
           "$15.9 million paid for the 1721 \"Lady Blunt\" Stradivari in 2011.")
    offered = lures_offered(raw, "$15.9 million")
    assert offered and all(float(lure.strip("$").split()[0]) > 14.2 for lure in offered)


def test_a_sum_converted_in_brackets_is_not_asked_whatever_the_hedge():
    raw = ("Romania launches measles vaccination drive\n\nRomania launched a vaccination campaign on Monday after "
           "measles cases doubled.\n\nChildren who complete their vaccination will get a voucher worth 100 lei "
           "(about 20 euros) for school supplies.")
    asked = answers_made(raw)
    assert not any(answer.startswith("20") for answer in asked)


def test_a_stem_leaning_on_the_sentence_before_is_not_asked_and_an_unnamed_speaker_goes():
    raw = ("Valencia buys hydrogen buses\n\nValencia's bus operator will buy 40 hydrogen buses, the city said on "
           "Monday.\n\nEach bus takes about 10 minutes to refuel. Officials said that made hydrogen better suited to "
           "longer suburban routes, some of which run for up to 18 hours a day.\n\nCoverage of the city by the new "
           "routes will reach 64 percent of households, she said.")
    maker, _, _, facts = maker_of(raw)
    stems = [c.question["prompt"] for f in facts for c in maker.candidates(f)]
    assert not any("said that made" in stem for stem in stems)
    assert any("64 percent" in f.answer for f in facts)
    assert not any(stem.endswith(", she said.") for stem in stems)


def test_a_figure_s_stem_of_six_words_that_names_nothing_is_not_asked():
    raw = ("Swiss glaciers lose 4 percent of their ice\n\nSwiss glaciers lost 4 percent of their remaining volume this "
           "year, a research consortium said on Tuesday.\n\nIt was the second-largest annual loss on record. Only 2022 "
           "saw a larger loss.")
    stems = stems_made(raw, "2022")
    assert not any(stem.endswith("Only _____ saw a larger loss.") for stem in stems)


def test_it_after_a_reported_sentence_is_what_was_said_about_not_who_said_it():
    raw = ("Vietnam curbs rare-earth exports\n\nVietnam will require companies exporting rare-earth ores to obtain "
           "licences from July 1, the government said on Monday.\n\nThe decision, published in a decree signed by the "
           "prime minister, is designed to force mining companies to refine the minerals at home, officials said. It "
           "sets an export quota of 12,000 tonnes a year, roughly 40 percent below last year's shipments.")
    stems = stems_made(raw, "12,000")
    assert any("The decision sets an export quota of _____" in stem for stem in stems)


def test_a_share_the_headline_gives_in_words_is_lured_near_it_and_large_lures_move_up_a_scale():
    raw = ("Microplastics found in nearly nine in ten Irish tap water samples\n\nDUBLIN - Microplastic particles were "
           "found in 87 percent of tap water samples collected across Ireland, a study published on Monday said.\n\n"
           "The researchers tested 310 samples.")
    offered = lures_offered(raw, "87 percent")
    assert offered and all(80 <= int(lure.split()[0]) <= 96 for lure in offered)  # not 77, 65 or 53 percent
    assert not any(lure.startswith("1,0") for lure in perturb_number("650 million"))  # "1.04 billion", not "1,040 million"
    assert any(lure.endswith(" billion") for lure in perturb_number("650 million"))


def test_no_lure_is_more_than_the_vessel_holds():
    raw = ("New ferry route opens\n\nSAN JOSE, Philippines - A new ferry route between Mindoro and Palawan opened on "
           "Monday.\n\nThe 310-seat catamaran MV Amihan Express left the port of San Jose at 6:30 a.m. with 264 "
           "passengers on board, the operator said.")
    offered = lures_offered(raw, "264")
    assert offered and all(int(lure) <= 310 for lure in offered)


def test_a_figure_bank_prints_no_sum_converted_after_a_gap_s_unit():
    from quizapp.generator.figure_bank import CONVERTED_AFTER_UNIT

    text = "invested (A) _____ pesos ($21 million) in the route"
    at = text.index(" pesos")
    tail = CONVERTED_AFTER_UNIT.match(text, at)
    assert tail and tail.group("unit") == " pesos" and text[tail.end():] == " in the route"


def test_a_small_count_s_lures_are_no_evenly_spaced_ladder_from_it():
    # "22 beside 25, 28 and 31": the lures were counted from the answer (reviewers of sets 20 to 27)
    for answer in ("22", "14", "17", "23", "31", "9", "12"):
        options = sorted([int(answer), *(int(lure) for lure in perturb_number(answer)[:3])])
        gaps = {b - a for a, b in zip(options, options[1:], strict=False)}
        assert len(gaps) > 1, (answer, options)


def test_a_figure_s_lures_sit_on_both_sides_of_it_where_the_rules_allow():
    # "all three distractors are below the right answer, so 32,000 stands out as the highest" (set 27)
    options = [(f"{v:,} pounds", "perturbed") for v in (18_000, 21_000, 26_000, 40_000, 15_000)]
    shown = [numeric_value(text) for text, _ in spaced(options, "32,000 pounds")[:3]]
    assert min(shown) < 32_000 < max(shown)
    assert [numeric_value(text) for text, _ in spaced(options[:3], "32,000 pounds")] == [18_000, 21_000, 26_000]
    # One answer in five keeps its lures at one side, as its pattern put them: the ends are no safe guess.
    ends = [answer for answer in (f"{n} jobs" for n in range(100, 400, 7))
            if all(numeric_value(text) < numeric_value(answer) for text, _ in spaced(
                [(f"{round(numeric_value(answer) * f)} jobs", "perturbed") for f in (0.6, 0.75, 0.85, 1.3)],
                answer)[:3])]
    assert 0 < len(ends) < 43 * 0.35, ends


def test_an_answer_at_one_end_does_not_stand_apart_from_lures_bunched_at_the_other():
    # Set 64: "2.3 million" among 3.1, 3.3 and 3.9 million, "the only option starting with 2" to all three reviewers.
    from quizapp.generator.figures import scaled_value
    from quizapp.generator.lure_spacing import stands_out
    options = [(f"{v} million", "perturbed") for v in ("1.5", "3.1", "3.9", "3.3", "4.4", "1.3", "1.6", "1.0", "6.0")]
    shown = [scaled_value(text) for text, _ in spaced(options, "2.3 million")[:3]]
    assert not stands_out(2_300_000, shown), shown
    assert all(v > 2_300_000 for v in shown), shown  # where the answer stands among the four is kept
    assert stands_out(2_300_000, [3_100_000, 3_300_000, 3_900_000])
    assert not stands_out(2_300_000, [3_100_000, 3_900_000, 6_000_000])
    assert not stands_out(2_300_000, [1_500_000, 3_100_000, 3_300_000])  # not at an end


def test_a_level_whose_start_the_stem_shows_is_lured_by_steps_of_the_change():
    # Set 65: "$512 a tonne ..., up from $468 a week earlier" had $640, $717 and $973 for lures.
    from quizapp.generator.figures import near_the_start, scaled_value

    lures = near_the_start("$512", " a tonne on Wednesday, up from $468 a week earlier")
    assert lures and all(468 < scaled_value(lure) < 600 for lure in lures), lures
    lures = near_the_start("94 percent", ", up from 91 percent in the final year of fines")
    assert lures and all(91 < scaled_value(lure) < 100 for lure in lures), lures  # no share above the whole
    assert all(scaled_value(lure) < 34 for lure in near_the_start("22 percent", ", down from 34 percent"))
    assert near_the_start("$512", " a tonne on Wednesday") is None
    assert near_the_start("0 percent", " in May, down from 2.1 percent") is None  # (it had divided by zero: a review)
    raw = ("Vietnam limits rice exports\n\nHANOI - Vietnam will limit rice exports to 3.5 million tonnes, the ministry "
           "said on Thursday.\n\nVietnamese 5 percent broken rice was quoted at $512 a tonne on Wednesday, up from $468 "
           "a week earlier, traders in Ho Chi Minh City said.")
    offered = mention_lures(raw, "$512")
    assert offered and all(all(468 < scaled_value(lure) < 600 for lure in lures) for lures in offered), offered


def test_lures_made_near_what_sets_a_figure_are_held_to_the_sentence_s_rules_too():
    # A review: made after the filters, a change's steps offered 324 and 352 passengers for a 310-seat catamaran.
    raw = ("Ferry reopens\n\nSPLIT, Croatia - The island ferry route reopened on Friday, the operator said.\n\n"
           "The 310-seat catamaran left Split with 296 passengers on Friday, up from 240 a week earlier.")
    maker, _, _, facts = maker_of(raw)
    fact = next(f for f in facts if f.kind == "mention" and f.answer == "296")
    offered = [lures(c) for c in maker.candidates(fact) if c.question["type"] == "multiple_choice"]
    assert all(numeric_value(lure) <= 310 for lure_set in offered for lure in lure_set), offered
    # where the change's steps leave lures the boat can hold, a multiple choice is made of them, all within its seats
    offered = mention_lures(raw.replace("up from 240", "up from 280"), "296")
    assert all(numeric_value(lure) <= 310 for lure_set in offered for lure in lure_set), offered


def test_a_count_the_title_rounds_is_lured_inside_the_rounding_in_the_questions_made():
    # The title_round wiring, through the maker (a review: only the function was tested on its own)
    raw = ("Laser survey reveals nearly 1,000 hidden Maya structures\n\nFLORES, Guatemala - Archaeologists using "
           "airborne laser scanning have mapped 964 previously unknown Maya structures beneath the rainforest, the "
           "ministry said on Wednesday.")
    offered = mention_lures(raw, "964")
    assert all(850 <= numeric_value(lure) < 1000 for lure_set in offered for lure in lure_set), offered


def test_what_a_figure_is_a_share_below_is_lured_above_that_figure():
    # Set 65: "The quota is about 28 percent below the _____" (4.9 million tonnes, the quota 3.5 million) had 2.2,
    # 2.7 and 3.2 million offered, each below the quota.
    from quizapp.generator.figures import past_the_percent, scaled_value

    options = [(f"{v} million tonnes", "perturbed") for v in ("2.2", "2.7", "3.2", "6.6", "7.1", "8.3")]
    kept = past_the_percent(options, "4.9 million tonnes", "The quota is about 28 percent below the ")
    assert [text for text, _ in kept] == ["6.6 million tonnes", "7.1 million tonnes", "8.3 million tonnes"]
    kept = past_the_percent(options, "4.9 million tonnes", "Sales were 20 percent above the ")
    assert all(scaled_value(text) < 4.9e6 * 1.2 for text, _ in kept) and len(kept) == 3
    assert past_the_percent(options, "4.9 million tonnes", "The quota is below the ") == options
    raw = ("Vietnam limits rice exports\n\nHANOI - Vietnam will limit rice exports to 3.5 million tonnes in the second "
           "half of the year after a drought, the ministry said on Thursday.\n\nThe quota is about 28 percent below "
           "the 4.9 million tonnes the world's third-largest rice exporter shipped in the same period last year.")
    offered = mention_lures(raw, "4.9 million tonnes")
    assert offered and all(all(scaled_value(lure) > 3.5e6 for lure in lures) for lures in offered), offered


def test_no_two_options_of_a_figure_are_a_step_apart():
    # "18,000 and 19,000 are near-duplicates" (set 27); "40/45/50 million is hair-splitting" for "about 45 million"
    options = [(text, "perturbed") for text in ("19,000", "21,000", "25,000", "13,000", "30,000")]
    shown = [numeric_value(text) for text, _ in spaced(options, "18,000")[:3]]
    assert 19_000 not in shown and len(shown) == 3
    values = sorted([18_000, *shown])
    assert all(b - a >= 0.06 * b for a, b in zip(values, values[1:], strict=False)), values
    # The near one is the last spare to stand in for a ruled-out lure.
    assert spaced(options, "18,000")[-1][0] == "19,000"


TRANSPLANT = """Halden Hospital performs its first robotic kidney transplant

Surgeons at Halden University Hospital in Norway carried out the country's first robotic kidney transplant on Monday,
the hospital said.

The donor kidney was placed through an incision of about 6 centimetres, and the team of 11 surgeons had trained for 14 months.

Staff earning less than 32,000 crowns a year will receive a bonus of 750 crowns, the hospital said.
"""


def test_the_maker_offers_a_figure_s_lures_around_it_and_apart():
    maker, _, _, facts = maker_of(TRANSPLANT)
    offered = {c.answer: [numeric_value(lure) for lure in lures(c)] for f in facts for c in maker.candidates(f)
               if c.question["type"] == "multiple_choice"}
    values = sorted([6, *offered["6"]])
    assert all(b - a >= 0.06 * b for a, b in zip(values, values[1:], strict=False)), values
    values = sorted([32_000, *offered["32,000"]])
    assert all(b - a >= 0.06 * b for a, b in zip(values, values[1:], strict=False)), values  # not 21,000 and 22,000


def test_the_answer_stands_first_second_third_or_last_among_its_options_as_often():
    # A new user's walk: the right figure was second or third of the four, sorted, three times in four, so a student
    # who ruled out the highest and the lowest option was right half the time.
    from collections import Counter

    from quizapp.generator.lure_spacing import spaced

    places = Counter()
    for whole in range(120, 9_000, 37):
        answer = f"{whole:,}"
        options = spaced([(lure, "perturbed") for lure in perturb_number(answer)], answer)[:3]
        values = sorted([whole, *(numeric_value(text) for text, _ in options)])
        places[values.index(whole)] += 1
    total = sum(places.values())
    assert all(places[place] > 0.17 * total for place in range(4)), places


def test_a_bound_that_leaves_one_side_still_leaves_three_lures():
    # "more than _____" keeps only higher lures: three, not two (reviewers: "only three options while the rest
    # have four")
    for answer in ("180", "40,000", "1,400"):
        above = {lure for lure in perturb_number(answer) if numeric_value(lure) > numeric_value(answer)}
        assert len(above) >= 3, (answer, above)


def test_a_place_is_lured_by_places_of_its_sort_and_a_king_by_his_like():
    from quizapp.generator.distractors import pick

    # set 29: "Carrick Lane" among "Jewry Wall", "Exeter" and "Roman Britain"; "King Richard III" among the
    # article's living speakers
    pools = [("article", ["Jewry Wall", "Exeter", "Roman Britain", "Granby Street", "Belvoir Street"])]
    assert [name for name, _ in pick("Carrick Lane", "place", pools)] == ["Granby Street", "Belvoir Street"]
    assert "Granby Street" not in [name for name, _ in pick("Exeter", "place", pools)]
    assert [name for name, _ in pick("Jewry Wall", "place", pools)] == []
    # set 28: "Mount Everest" among a port, an island and a boat
    assert [name for name, _ in pick("Mount Everest", "place", [("article", ["Antigua", "K2", "Mont Blanc"])])] == [
        "Mont Blanc"]
    speakers = [("article", ["Priya Mistry", "Rachel Okonjo", "King Henry VIII", "Queen Elizabeth I"])]
    assert [name for name, _ in pick("King Richard III", "person", speakers)] == ["King Henry VIII", "Queen Elizabeth I"]


def test_a_sum_written_out_again_in_dollars_leaves_the_stem_that_cuts_its_clause():
    # set 29: "The bank has invested _____ Tanzanian shillings, or about 14.5 million dollars, in developing the
    # platform": a trimmed stem kept the conversion that the whole sentence's loses
    text = ("The bank has invested 38 billion Tanzanian shillings, or about 14.5 million dollars, in developing the "
            "platform over three years, the chief executive said.")
    span = get_model()(text)[:]
    start = text.index("38 billion")
    stem = trimmed_cloze(span, start, start + len("38 billion"), "_____", [])
    assert stem and stem.startswith("The bank has invested _____ Tanzanian shillings in developing the platform"), stem


@pytest.mark.parametrize("text, answer, stem", [
    # set 29: "..., the Spanish government provided _____ euros." read as a comma splice to both reviewers
    ("The European Union contributed 120 million euros from its post-pandemic recovery fund, the Spanish government "
     "provided 190 million euros, and the remaining 100 million euros came from Aguamar under a 25-year concession.",
     "190 million", "The European Union contributed 120 million euros from its post-pandemic recovery fund, and the "
                    "Spanish government provided _____ euros."),
    # a phrase before the comma is no clause to join
    ("In 2019, divers recovered more than 200 Roman coins from a bay near Aguilas, and last year a separate team "
     "mapped the remains of a 17th-century Spanish galleon near Mazarron.", "200",
     "In 2019, divers recovered more than _____ Roman coins from a bay near Aguilas."),
    ("Of the total cost, £260 million will come from the national Urban Transport Fund, and the remaining £150 "
     "million will be borrowed by the council.", "£260 million",
     "Of the total cost, _____ will come from the national Urban Transport Fund."),
])
def test_a_clause_left_last_by_a_cut_keeps_its_and(text, answer, stem):
    span = get_model()(text)[:]
    start = text.index(answer)
    assert trimmed_cloze(span, start, start + len(answer), "_____", []) == stem


def test_a_figure_is_one_of_a_list_only_beside_another_figure():
    # set 30: "the first ship due for delivery in _____ and the remaining two by the end of 2031" was refused as
    # "one of a list"; "66 years and four months" is one figure in two parts
    raw = ("Shipyard wins icebreaker order\n\nHELSINKI - Saaristo Yards has won a contract to build three polar "
           "icebreakers.\n\nThe vessels will be built at the company's yard in Kotka, with the first ship due for "
           "delivery in September 2029 and the remaining two by the end of 2031.\n\n"
           "The current pension age is 66 years and four months.")
    assert any("delivery in _____ and the remaining two" in stem for stem in stems_made(raw, "September 2029"))
    assert not any("_____ and four months" in stem for stem in stems_made(raw, "66"))


def test_a_round_figure_keeps_three_lures_below_and_above():
    # set 30: "close to 100" among "close to 200" and "close to 300" only: every lure below rounded to 100
    for answer in ("close to 100", "1,000", "about 2,000"):
        lures = {lure for lure in perturb_number(answer) if lure != answer}
        values = {numeric_value(lure) for lure in lures}
        assert any(v < numeric_value(answer) for v in values) and len(values) >= 3, (answer, lures)


def test_a_name_s_options_are_names_the_article_says_are_of_its_sort():
    # "Heimdal" (the probe) and "KV37" (an asteroid) among rockets gave the answer away (set 21); a place among
    # judges (set 32). Names of no sort the article tells are typed instead.
    raw = ("Probe launched\n\nKOUROU - The Nordic probe Heimdal lifted off aboard a Valkyr-6 rocket on Tuesday, bound for "
           "the asteroid KV37.\n\nAn earlier probe flew on a Skadi-2 rocket in 2019, and a third will use a Brisk-4 "
           "rocket next year.\n\nJudge Helena Mota said she had no doubt. The mine at Serra da Lousa would employ 300.")
    assert set(lures_offered(raw, "Valkyr-6")) == {"Skadi-2", "Brisk-4"}
    maker, _, _, _ = maker_of(raw)
    assert maker.context.alike("Valkyr-6", "Skadi-2", "product")
    assert not maker.context.alike("Valkyr-6", "Heimdal", "product")
    assert not maker.context.alike("Helena Mota", "Serra da Lousa", "person")


@pytest.mark.parametrize("name, kind, typed", [
    ("Lusolítio Minerais SA", "org", "Lusolitio"),  # no legal form, no word for what it does, no accent
    ("Tua river basin", "place", "River Tua"),
    ("Tua river basin", "place", "Tua"),
    ("Kielder Forest", "place", "Kielder"),
    ("River Arle", "place", "Arle"),
])
def test_a_typed_name_may_be_written_as_people_say_it(name, kind, typed):
    from quizapp.generator.forms import accepted_forms

    assert typed in accepted_forms(name, kind)


def test_a_temperature_far_from_the_weather_s_moves_by_its_size_not_by_degrees():
    # Vents at 400 degrees got 394, 396 and 398; a warming of 1.44 degrees got 2.94, 4.44 and 5.94 (set 34).
    vents = [numeric_value(lure) for lure in perturb_number("400 degrees Celsius")[:3]]
    assert all(abs(value - 400) >= 50 for value in vents)
    warming = [numeric_value(lure) for lure in perturb_number("1.44 degrees Celsius")[:3]]
    assert all(0 < value < 3 for value in warming)
    weather = [numeric_value(lure) for lure in perturb_number("33 degrees Celsius")[:3]]
    assert all(abs(value - 33) <= 6 for value in weather)


def test_one_of_a_unit_gets_lures_in_the_plural():
    assert perturb_number("1 hour")[:3] == ["2 hours", "3 hours", "4 hours"]
    assert all(lure.endswith("hour-long") for lure in perturb_number("1 hour-long"))


def test_a_people_matching_whose_descriptions_name_no_body_gets_a_spokesperson_for_one_as_decoy():
    # A race director, a teacher and a deputy mayor: the last pair of three was free (set 34's reviewers).
    matching = next(q for q in generate_question_set(MARATHON).question_set.questions if q["type"] == "matching")
    assert matching["distractors"] == ["spokesperson for Kelby Events Ltd"]


def test_a_role_decoy_puts_the_role_only_at_a_body_that_has_it():
    raw = ("Broadcaster cuts 380 jobs\n\nOTTAWA, Canada - CBC/Radio-Canada said on Tuesday it would cut 380 jobs and "
           "close a radio station in Kamloops.\n\n\"We have to make choices,\" said Daniel Marchetti, CBC's executive "
           "vice-president of English services.\n\n\"This tells small towns their stories matter less,\" said Karen "
           "Osei, president of the Canadian Media Guild.\n\n\"Every public broadcaster is trying to serve two "
           "audiences,\" said Martin Gagnon, professor of communication at the University of Ottawa.\n\nThe "
           "Department of Canadian Heritage said the cuts were a matter for the broadcaster. The Department of "
           "Canadian Heritage oversees federal funding.")
    matching = next(q for q in generate_question_set(raw).question_set.questions if q["type"] == "matching")
    assert matching["distractors"] == ["spokesperson for the Department of Canadian Heritage"]


@pytest.mark.parametrize(("role", "sort", "body", "fits"), [
    ("professor of communication", None, "Department of Canadian Heritage", False),
    ("professor of communication", "research", "University of Ottawa", True),
    ("chief executive", "research", "University of Marlstone", False),
    ("chief executive", "company", "Ostrava Tunnelling Group", True),
    ("president", "public", "Environment Ministry", False),
    ("spokesperson", "public", "Environment Ministry", True),
    ("banking analyst", "public", "Financial Conduct Authority", False),
])
def test_a_role_fits_only_bodies_that_have_it(role, sort, body, fits):
    assert role_fits(role, sort, body) == fits


def test_an_ordinal_s_lures_are_the_places_beside_it_with_their_own_endings():
    # "13th-month salary" had "19th-month" among its lures (set 35's reviewers), and "21st" had "24st".
    assert perturb_number("13th-month")[:3] == ["12th-month", "14th-month", "15th-month"]
    assert perturb_number("21st")[:3] == ["20th", "22nd", "23rd"]
    assert perturb_number("19th-century")[:3] == ["18th-century", "20th-century", "17th-century"]


def test_a_people_matching_where_no_body_names_its_sort_gets_a_spokesperson_for_a_company_the_story_names():
    # Four people and no decoy: no body's name said it was one ("Carbonova", "Pfeiffer Anlagenbau"; set 37).
    raw = "\n\n".join([
        "Tyre maker to build recycling plant in Hungary",
        "German tyre maker Veltra will invest 340 million euros in a plant in eastern Hungary that turns scrap tyres "
        "back into raw materials, the company said on Wednesday.",
        "Veltra developed the process with the start-up Carbonova, in which it took a stake last year. Carbonova "
        "will run the plant's first line.",
        '"Every tyre we sell comes back to someone as waste," said Katrin Oberholz, Veltra\'s chief executive.',
        '"This is the largest investment in the circular economy that Hungary has attracted," said Economy Minister '
        "Gabor Lakatos.",
        '"The chemistry works," said Marta Kowalczyk, an automotive analyst at Nordbank Research in Frankfurt.',
        '"Colleagues in Hameln will ask why the future is built somewhere else," said Dieter Mahnke, head of '
        "Veltra's works council.",
    ])
    matching = next(q for q in generate_question_set(raw).question_set.questions if q["type"] == "matching")
    assert len(matching["pairs"]) == 4 and matching["distractors"] == ["spokesperson for Carbonova"]


def test_a_surname_of_two_words_is_offered_among_surnames():
    # "Ruiz Olmedo said ..." of Carmen Ruiz Olmedo among full names stood out, and with three options (set 41).
    raw = ("Olive oil prices slide\n\nMADRID - Olive oil prices in Spain have fallen by 43% since January, traders said."
           "\n\n\"The trees have recovered,\" said Carmen Ruiz Olmedo, secretary general of a growers' association. "
           "Ruiz Olmedo said production costs for olive oil groves were running at about 3.20 euros per kilogram.\n\n"
           "Tomas Ibarra, chief executive of a bottler, said olive oil sales were rising. Lucia Ferrer, an analyst, said "
           "olive oil prices would fall further. Antonio Cabrera, a ministry official, said the market was correcting.")
    offered = lures_offered(raw, "Ruiz Olmedo")
    assert offered and set(offered) <= {"Ibarra", "Ferrer", "Cabrera"}, offered


def sourced(prompt, source, sentence, choices, answer_kind="number"):
    made = candidate(prompt, sentence, choices, answer_kind)
    made.question["source"] = {"sentence": source}
    return made


def test_one_count_asked_round_and_exact_is_asked_once():
    # "more than _____ silver coins" (300) in the lead, "_____ silver coins" (318) later: reviewers of sets 35 and 40
    # called the second a repeat the first all but answers; a stem printing 318 answers the first outright.
    lead = sourced("Fill in the blank: Workers have found a hoard of more than _____ silver coins.",
                   "Workers have found a hoard of more than 300 silver coins, archaeologists said.", 0, ["300", "200", "400"])
    jug = sourced("Fill in the blank: A jug held _____ silver coins, most of them pennies.",
                  "A jug held 318 silver coins, most of them pennies.", 5, ["318", "250", "410"])
    mint = sourced("Fill in the blank: A jug held 318 silver coins, most of them minted in _____.",
                   "A jug held 318 silver coins, most of them minted in Lübeck.", 5, ["Lübeck", "Bremen", "Riga"], "place")
    crew = sourced("Fill in the blank: The ship had a crew of _____ sailors.", "The ship had a crew of 310 sailors.", 7,
                   ["310", "250", "410"])
    assert gives_away(jug, [lead]) and gives_away(lead, [jug]) and gives_away(mint, [lead])
    assert not gives_away(crew, [lead])  # near the figure, but no count of coins
    # "about" leaves too wide a margin: the cost of producing and the price of selling are two figures
    cost = sourced("Fill in the blank: Costs were running at about _____ euros per kilogram of oil.",
                   "Costs were running at about 3.20 euros per kilogram of oil.", 6, ["3.20", "2.40", "4.10"], "money")
    price = sourced("Fill in the blank: Oil traded at _____ euros a kilogram last week.",
                    "Oil traded at 3.41 euros a kilogram last week.", 2, ["3.41", "2.95", "4.02"], "money")
    assert not gives_away(cost, [price])


def test_an_age_is_lured_by_ages_a_few_years_off_however_it_is_written():
    # Set 32: "The _____ has agreed a contract" (24-year-old) offered a 12-year-old forward; set 39: "women _____"
    # (under 50) offered "under 80".
    questions = generate_question_set(
        "Arsenal sign US forward for record fee\n\nArsenal signed United States forward Danielle Okafor from Carolina "
        "on Tuesday for a world record fee of 1.4 million pounds.\n\nThe 24-year-old has agreed a contract running "
        "until June 2029 and will wear the number nine shirt.\n\nA study of night work found the effect was strongest "
        "among women under 50, who had a 41% higher risk.\n\n\"She scores every kind of goal,\" said manager Sarah "
        "Pennington.").question_set.questions
    offered = {c["text"] for q in questions for c in q.get("choices", ())}
    ages = [int(text.split("-")[0]) for text in offered if text.endswith("-year-old")]
    assert ages and all(18 <= age <= 30 for age in ages), ages
    # (the "under" stays in the stem, before the gap: "women under _____")
    under = [int(c["text"].split()[-1]) for q in questions if "under _____" in q["prompt"] for c in q["choices"]]
    assert under and all(35 <= age <= 65 for age in under), under


def test_the_second_figure_of_a_ratio_is_not_asked_alone():
    # Set 33: "Nearly four in _____ coral fragments" (five): the idiom, not the article, answers it.
    questions = generate_question_set(
        "Coral survives bleaching\n\nNearly four in five coral fragments planted on a damaged reef in the Maldives "
        "survived last year's mass bleaching, a resort group said on Wednesday.\n\nThe project planted 16,000 "
        "fragments in 2022 with the Maldives Marine Research Institute.\n\n\"The reef is coming back,\" said "
        "Aishath Shareef, the institute's head of research.").question_set.questions
    assert not any("four in _____" in q["prompt"] for q in questions)
    assert not any("five" in right_texts(q) for q in questions)


def test_a_share_less_than_before_is_lured_below_all_of_it():
    # Set 44: "about _____ less carbon dioxide" (90 percent) offered "100 percent less".
    questions = generate_question_set(
        "Night train links Amsterdam and Milan\n\nThe start-up Lunaria Rail ran its first Amsterdam-Milan sleeper "
        "train on Sunday.\n\nLunaria says a passenger on its train will produce about 90 percent less carbon dioxide "
        "than one taking the flight.\n\n\"Night trains are back,\" said Marieke van Dam, the company's co-founder."
    ).question_set.questions
    shares = [c["text"] for q in questions if "less carbon" in q["prompt"] for c in q.get("choices", ())]
    assert shares and all(numeric_value(text) < 100 for text in shares), shares


def test_a_journal_the_article_does_not_call_one_is_known_by_what_was_published_in_it():
    raw = ("Lamps halve jaundice treatment time\n\n"
           "A study published in the Lancet Child Health found that sunlight cots treated newborn jaundice as well as "
           "electric lamps, at a tenth of the cost.\n\n"
           "The cots were tested on 1,040 babies at 18 clinics in Kano over two years.")
    assert not any("Lancet Child Health" in right for right in asked(raw))


def test_a_name_after_a_word_for_a_person_is_sure_enough_a_person_to_lure_another():
    # Set 49: "their captain, Natalia Kowalczyk" and "the 19-year-old substitute Chiara Bontempi" were typed, neither
    # sure to be a person without a title or a "she"; a word for a person before the name says it.
    raw = ("Padova win first Champions League title\n\nANTALYA, Turkey - Brenta Volley Padova won the women's volleyball "
           "Champions League on Sunday, beating Poland's Zorza Rzeszow 3-2 in the final.\n\nZorza led 14-13 in the "
           "fifth set after a block by their captain, Natalia Kowalczyk. Two points later, a serve from the 19-year-old "
           "substitute Chiara Bontempi clipped the net to end the match.\n\nPadova coach Marco Pellizzari said his "
           "players had shown great heart.")
    assert "Chiara Bontempi" in lures_offered(raw, "Natalia Kowalczyk")
    assert "Natalia Kowalczyk" in lures_offered(raw, "Chiara Bontempi")


def test_a_typed_blank_is_not_asked_where_its_sentence_prints_the_answer_s_own_word():
    # Set 49: "The Kedros bee orchid ... on the slopes of _____" for Mount Kedros.
    raw = ("Orchid found\n\nA pink orchid thought extinct has been found in a gorge, scientists said on Monday.\n\n"
           "The Kedros bee orchid was known only from a handful of specimens collected on the slopes of Mount Kedros, "
           "in the centre of the island.")
    assert not [s for s in stems_made(raw, "Mount Kedros") if "Kedros bee" in s]
    # A maker named beside its product leaves the product to ask: "Korvex Electronics ... the _____".
    raw = (ROOT / "bench" / "eval-articles-12" / "foldable-phone.txt").read_text()
    assert [s for s in stems_made(raw, "Korvex Arc Fold") if s.endswith("foldable smartphone, the _____.")]


def test_a_sum_written_as_a_hyphened_compound_is_money_and_they_is_not_the_body_that_said_so():
    # Set 49: "an 86-million-crown contract" was the model's "86-million", never asked; "an 18-million-euro fund" a
    # quantity. And "The government said 46 vessels had fished there. They will be eligible ..." is the vessels.
    raw = ("Drones to fly defibrillators\n\nTROMSO, Norway - A health trust in northern Norway will use drones to fly "
           "defibrillators to remote villages, after its board on Tuesday approved an 86-million-crown contract.\n\n"
           "The government said 46 fishing vessels had fished within the new boundaries in the past five years. They "
           "will be eligible for a share of an 18-million-euro compensation fund over three years.")
    maker, _, _, facts = maker_of(raw)
    kinds = {f.answer: f.answer_kind for f in facts}
    assert kinds.get("86-million-crown") == "money" and kinds.get("18-million-euro") == "money", kinds
    assert not [s for s in stems_made(raw) if "The government will be eligible" in s]


CROWD = ("Padova win first title\n\nANTALYA, Turkey - Brenta Volley Padova won the Champions League on Sunday, beating "
         "Zorza Rzeszow 3-2 in front of a crowd of 9,400 at the Akdeniz Arena.\n\nThe ship was floated out in a "
         "ceremony attended by about 400 guests. The club has a budget of 12 million euros.\n\nMore than 1,200 people, "
         "many from surrounding communities, crowded into and around the church for the inaugural concert.")
BACKGROUND_DATE = ("Sonavi to buy Audera\n\nSonavi said on Monday it would buy Audera for 2 billion euros.\n\nThe two "
                   "companies make hearing aids.\n\nSonavi has 9,000 staff.\n\nAudera has 3,000 staff.\n\nSonavi's "
                   "trial of the Audera devices began in September 2023 and involved 22 clinics. The Sonavi deal for "
                   "Audera is expected to close in the first half of 2027.\n\nAnalysts said the price was fair. Shares "
                   "rose 4% in Oslo.\n\nAudera was founded by two engineers. Its devices are sold in 40 countries.")
SMALL_SIZE = ("Crocodile fossil found in Morocco\n\nA 90-million-year-old crocodile skull has been found in Morocco, "
              "scientists said on Wednesday.\n\nThe find was made in the Kem Kem beds.\n\nIt is the first of its "
              "kind.\n\nThe team was led from Germany.\n\nThe crocodile skull held 47 teeth, some of them 11 "
              "centimetres long.")


@pytest.mark.parametrize("raw, left_out, asked", [
    # A crowd: reviewers of sets 45 and 49 dropped all nine asked ("in front of a crowd of _____").
    (CROWD, {"9,400", "400", "1,200", "More than 1,200"}, "12 million"),
    # A date past the lead that is not to come: reviewers of sets 27 to 49 kept 4 of 24 (when a trial began, a
    # storm, a supplier's change); when the news will happen stays ("is expected to close in the _____").
    (BACKGROUND_DATE, {"September 2023"}, "first half of 2027"),
    # A small thing's size past the lead: reviewers of sets 27 to 49 kept none of 11 (centimetres, dioptres).
    (SMALL_SIZE, {"11", "11 centimetres"}, "47"),
])
def test_trivia_of_a_kind_reviewers_always_drop_is_not_asked(raw, left_out, asked):
    made = answers_made(raw)
    assert not left_out & made, made
    assert asked in made, made


def test_a_speaker_with_too_few_people_to_offer_is_asked_which_quotation_they_said():
    # Reviewers of sets 27 to 49 kept 3 of 16 speakers to be typed; the speaker's own words among the others' are
    # chosen, not typed, where the article has the quotations.
    raw = ("Musher wins Lapland race\n\nINARI, Finland - Norwegian musher Anna Berg won the Lapland 1000 sled dog race "
           "on Friday, finishing in a record time.\n\n\"The dogs did all the work, every single one of them,\" said Anna Berg, "
           "a former teacher.\n\n"
           "\"Anna was simply stronger and she looked after her team perfectly,\" said Jonas Lind, the defending "
           "champion.\n\n\"We had the coldest night in the race's history and still a new record,\" said Erik Holm, "
           "the race director.")
    maker, _, _, facts = maker_of(raw)
    maker.matching(facts)  # (as the pipeline does first: it reads the article's quotations)
    lind = next(f for f in facts if f.kind == "quote" and f.answer == "Jonas Lind")
    made = [c.question for c in maker.candidates(lind)]
    assert made and all(q["type"] == "multiple_choice" for q in made), made
    assert any(q["prompt"].startswith("Which of these did Jonas Lind") for q in made), [q["prompt"] for q in made]


@pytest.mark.parametrize("answer, expected", [
    ("5.45am", {"5.15am", "6.15am", "4.45am"}),
    ("9:40 a.m.", {"9:10 a.m.", "10:10 a.m.", "8:40 a.m."}),
    ("21:30", {"20:30", "22:30", "19:30"}),
])
def test_a_time_of_day_is_lured_by_times_of_day(answer, expected):
    # A new user's find: "from 5.45am" was lured by "7.36am" and "3.54am", and "7.90am" or "14.17am" could follow.
    lures = perturb_number(answer)
    assert expected <= set(lures), lures
    for lure in lures:
        hour, minute = map(int, re.match(r"(\d+)[.:](\d+)", lure).groups())
        assert minute < 60 and minute % 15 == answer_minutes(answer) % 15 and hour <= (12 if "m" in lure else 23)
    assert perturb_number("12.15pm") and all(lure.startswith("12.") for lure in perturb_number("12.15pm"))
    assert not any(re.search(r"[ap]m", lure) for lure in perturb_number("42.50"))  # a price is no time


def answer_minutes(answer):
    return int(re.match(r"\d+[.:](\d+)", answer).group(1))


def test_a_term_the_title_prints_is_not_asked():
    """Set 51: 'Physicists often call neutrinos "_____"' under "... Uses Ghost Particles to Map Heat ..."."""
    raw = ("Japanese Underground Detector Uses Ghost Particles to Map Heat Deep Inside Earth\n\nTOKYO, Japan - A detector "
           "under a Japanese mountain has mapped where the Earth's radioactive heat comes from, scientists said on "
           "Thursday.\n\nPhysicists often call neutrinos \"ghost particles\" because trillions of them pass through a "
           "human body every second without leaving a trace.\n\nThe detector cost 12 billion yen to build.")
    assert "ghost particles" not in {answer.casefold() for answer in answers_made(raw)}
    raw = raw.replace("Uses Ghost Particles to Map", "Maps")
    assert "ghost particles" in {answer.casefold() for answer in answers_made(raw)}


def test_a_term_of_another_language_is_not_asked_to_be_typed():
    """Set 68: 'Residents ... call the bird "_____"' for "kumbikumbi": three reviewers of three called typing it unfair."""
    raw = ("New bird species found in Papua New Guinea\n\nPORT MORESBY - Scientists have described a new species of "
           "honeyeater from the mountains of East Sepik Province, the university said on Tuesday.\n\nResidents of "
           "Siniwa, a village a day's walk from the survey site, call the bird \"kumbikumbi\", a name that imitates "
           "its call.\n\nOthers call the bird \"fire singer\" for its red throat.")
    made = {answer.casefold() for answer in answers_made(raw)}
    assert "kumbikumbi" not in made
    assert "fire singer" in made  # English words stay a term to type


def test_a_figure_the_stem_prints_is_not_asked_to_be_typed():
    """Set 51: "lowering the voting age from 18 to 16 ... to let _____ vote" asked for 16-year-olds, typed."""
    raw = ("Andorra votes to lower voting age\n\nANDORRA LA VELLA, Andorra - Voters in Andorra on Sunday approved lowering "
           "the voting age from 18 to 16, making the principality the third country in Europe, after Austria and Malta, "
           "to let 16-year-olds vote in national elections, official results showed.\n\n\"Tonight our young people "
           "were heard,\" said Jordi Casamajor Puig, the head of government.\n\n\"This was a conversation between "
           "generations,\" said Albert Roig Sabaté, a political scientist at the University of Andorra.")
    questions = generate_question_set(raw).question_set.questions
    assert not [q for q in questions if q["type"] == "numerical" and "from 18 to 16" in q["prompt"]], questions


def test_a_name_whose_initials_the_stem_prints_is_not_asked():
    """'the _____ (AIMS) said': typing "AIMS" back was marked right (a new user's find)."""
    raw = ("Coral survives heatwave\n\nTOWNSVILLE, Australia - Coral on a reef off Queensland survived this year's "
           "heatwave better than expected, the Australian Institute of Marine Science (AIMS) said on Wednesday.\n\n"
           "The survey covered 120 reefs, said Dr Helen Park, who led the work.")
    assert "Australian Institute of Marine Science" not in answers_made(raw)
    assert "Australian Institute of Marine Science" in answers_made(raw.replace(" (AIMS)", ""))


def test_a_part_stays_below_its_whole_and_a_fall_below_all_of_it():
    """Set 53's reviewers ruled out "1.4 billion dollars" of "the roughly 1.14 billion dollars ... would be financed
    with _____ in new bank loans", and "more than 100 percent" of "have fallen by more than _____"."""
    from quizapp.generator.figures import below_its_whole, under_a_whole_fall
    options = [("1.4 billion dollars", "perturbed"), ("500 million dollars", "perturbed"),
               ("1.1 billion dollars", "perturbed"), ("400 million dollars", "perturbed")]
    before = "Andalué's finance chief said the roughly 1.14 billion dollars to be paid would be financed with "
    assert [t for t, _ in below_its_whole(options, "800 million dollars", before)] == [
        "500 million dollars", "1.1 billion dollars", "400 million dollars"]
    assert below_its_whole(options, "800 million dollars", "It paid 2 billion pesos for land and ") == options
    assert below_its_whole(options, "1.5 billion dollars", before) == options  # larger than the sum before
    falls = [("90 percent", "perturbed"), ("100 percent", "perturbed"), ("110 percent", "perturbed")]
    assert [t for t, _ in under_a_whole_fall(falls, "80 percent", "Curlew numbers have fallen by more than ")] == [
        "90 percent", "85 percent", "95 percent"]
    assert under_a_whole_fall(falls, "80 percent", "Sales have risen by more than ") == falls


def test_a_count_that_the_sentences_other_counts_add_up_to_is_not_asked():
    from quizapp.generator.figures import sum_of_the_sentence
    text = ("The combined group would run 1,760 pharmacies - Andalué's 640 stores in Chile, and Inkasalud's 1,120 "
            "in Peru - with annual sales of about 3.1 billion dollars.")
    for figure in ("1,760", "640", "1,120"):
        at = text.index(figure)
        assert sum_of_the_sentence(text, at, at + len(figure))
    # A length and a power do not add up to a count by chance: "a 65-kilometre line ... 80 turbines of 15 megawatts".
    lines = "It will build a 65-kilometre line, while Nordvind will install 80 turbines of 15 megawatts each."
    assert not sum_of_the_sentence(lines, lines.index("80"), lines.index("80") + 2)


def test_two_names_are_not_a_typed_answer():
    """ "silage fields in _____" for "Powys and Ceredigion": two names to spell in the article's order (set 53)."""
    from quizapp.generator.questions import TWO_NAMES
    assert TWO_NAMES.fullmatch("Powys and Ceredigion")
    assert not TWO_NAMES.fullmatch("National Volcanology and Geological Hazard Centre")
    raw = ("Curlew chicks released in Wales\n\n"
           "CARDIFF, Wales - Conservationists released 38 curlew chicks on Tuesday, the Curlew Trust said.\n\n"
           "The chicks were hatched from eggs rescued in May from silage fields in Powys and Ceredigion, and were "
           "reared for seven weeks near Llangors Lake.")
    asked = [right_texts(q) for q in generate_question_set(raw).question_set.questions]
    assert not any("Powys and Ceredigion" in answers for answers in asked), asked


def test_the_remaining_share_is_not_asked_beside_the_stake_it_completes():
    """ "The _____ will stay with Asociación Celeste" for "remaining 20 percent", after the 80 percent stake sold:
    arithmetic (set 54's reviewers dropped it three times)."""
    raw = ("Malaysian group buys Colombian club\n\n"
           "MONTERIA, Colombia - Meranti Sports Holdings will buy an 80 percent stake in Deportivo Rio Sinu for 14.5 "
           "million dollars, the club said on Tuesday. The remaining 20 percent will stay with Asociacion Celeste, "
           "the supporters' trust.")
    asked = [right_texts(q) for q in generate_question_set(raw).question_set.questions]
    assert asked and not any("remaining 20 percent" in answers or "20 percent" in answers for answers in asked), asked


def test_a_numbered_name_is_asked_among_the_series_other_numbers_not_typed():
    # Set 54's reviewers: typing "BDAV-2" exactly, hyphen and all, is unfair; make it multiple choice.
    from quizapp.generator.distractors import numbered_lures

    assert numbered_lures("BDAV-2", "the BDAV-1 batch") == ["BDAV-3", "BDAV-4", "BDAV-5"]  # never one the article names
    assert numbered_lures("Haulier E44", "") == ["Haulier E45", "Haulier E43", "Haulier E46"]
    assert numbered_lures("N95", "") == [] and numbered_lures("Fair Isle", "") == []  # a standard's letter; no number
    raw = ("Bangladeshi antivenom halves deaths\n\nDHAKA, Bangladesh - An antivenom made in Bangladesh cut deaths from "
           "viper bites by more than half, trial results showed on Wednesday.\n\nOf the patients given the new "
           "antivenom, called BDAV-2, 3.1 percent died, compared with 7.4 percent of those given an imported one.")
    from quizapp.generator.shown import right_texts

    asked = [q for q in generate_question_set(raw).question_set.questions if "BDAV-2" in right_texts(q)]
    assert asked and all(q["type"] == "multiple_choice" and "BDAV-3" in {c["text"] for c in q["choices"]}
                         for q in asked)


def test_a_numbered_name_takes_the_article_its_first_word_is_read_with():
    from quizapp.generator.fits import said_with_an

    assert not said_with_an("Valkyr-6") and not said_with_an("BDAV-2")  # "a Valkyr-6", "a BDAV-2"
    assert said_with_an("H5N1") and said_with_an("F-35")  # "an aitch", "an eff"
    assert said_with_an("C$84 million") and not said_with_an("C$64 million")  # a sum is read from its figure


def test_a_figure_of_another_order_is_no_lure_while_others_can_stand_in():
    # "30 metres" (where the safety divers met her) among depths for a 125-metre world record (set 55's reviewers)
    options = [("202 metres", "article"), ("30 metres", "article"), ("136 metres", "article"),
               ("110 metres", "perturbed"), ("150 metres", "perturbed")]
    shown = [text for text, _ in spaced(options, "125 metres")[:3]]
    assert "30 metres" not in shown and len(shown) == 3
    # with nothing else to offer, it stays
    assert "30 metres" in [text for text, _ in spaced(options[:3], "125 metres")[:3]]


def test_a_game_s_score_is_lured_by_scores_near_it_not_by_its_total():
    # Set 59: "won it _____" (16-14) after "went to overtime at 12-12" offered 19-11, 18-12 and 17-13, which keep a
    # vote's total and cannot follow 12-12. A vote keeps its total still.
    text = "The deciding map went to overtime at 12-12 before the Mongolians won it 16-14, sealing the title."
    tally = tally_at(text, text.index("16"), text.index("16") + 2)
    assert tally.text == "16-14" and len(tally.lures) >= 3
    for lure in tally.lures:
        first, second = (int(n) for n in lure.split("-"))
        assert first > second >= 12 and abs((first - second) - 2) <= 1, lure
    text = "The board of trustees voted 7-2 on Thursday to raise tuition."
    assert set(tally_at(text, text.index("7-2"), text.index("7-2") + 1).lures) == {"8-1", "6-3", "9-0", "5-4"}


def test_a_share_near_the_whole_is_lured_near_it():
    # Set 61: 60.7, 74.2 and 87.7 percent beside 99.7 were "obviously far below".
    lures = [numeric_value(lure) for lure in perturb_percent("99.7 percent")]
    assert len(lures) == 3 and all(97 <= lure < 100 for lure in lures), lures
    assert len(perturb_percent("95 per cent")) == 3  # a round share near the whole keeps three lures


def test_a_whole_is_more_than_its_part_and_not_asked_where_the_part_tells_it():
    # Set 61: "scored 269.8 points out of a possible _____" (270) offered 160, and 270 was told by 269.8 anyway.
    from quizapp.generator.fits import fitting

    options = [("160", "perturbed"), ("390", "perturbed"), ("510", "perturbed"), ("2,000", "perturbed")]
    assert fitting(options, "number", "The school scored 169.8 points out of a possible ", ".", "") == [
        ("390", "perturbed"), ("510", "perturbed")]
    raw = ("Small samba school wins Rio carnival\n\nRIO DE JANEIRO - A small samba school won Rio's carnival title on "
           "Wednesday. The school scored 269.8 points out of a possible 270. Its rival finished with 265.1 points.\n\n"
           "\"We danced for everyone,\" said Neide Barbosa, the school's president.")
    questions = generate_question_set(raw).question_set.questions
    assert not any("out of a possible _____" in q["prompt"] for q in questions)
    # the part asked instead is lured by parts of that whole, none above it
    parts = [q for q in questions if "out of a possible 270" in q["prompt"]]
    assert all(numeric_value(c["text"]) < 270 for q in parts for c in q["choices"])


def test_a_share_of_a_count_is_lured_below_the_count():
    # Set 62: "signatures from _____ of the town's 5,100 inhabitants" offered 6,500 and 8,800.
    from quizapp.generator.fits import fitting

    options = [("2,600", "perturbed"), ("6,500", "perturbed"), ("8,800", "perturbed"), ("4,900", "perturbed")]
    after = " of the town's 5,100 inhabitants in a petition against the deal."
    assert fitting(options, "number", "collected signatures from ", after, "") == [
        ("2,600", "perturbed"), ("4,900", "perturbed")]
    # the count after a part ("41 of the _____ flights") is above the part, however far
    assert fitting([("30", "perturbed"), ("147", "perturbed"), ("900", "perturbed")], "number", "Only 41 of the ",
                   " scheduled flights went ahead.", "") == [("147", "perturbed"), ("900", "perturbed")]
    # a share far below its count keeps its lures; a measure after "of" is no count, nor a year
    small = [("18", "perturbed"), ("48", "perturbed"), ("30", "perturbed")]
    assert fitting(small, "number", "it would close ", " of its 318 stores.", "") == small
    assert fitting(small, "number", "will install ", " turbines of 15 megawatts each.", "") == small
    assert fitting(small, "number", "it sold ", " of 2024's new cars.", "") == small
    # and the count is still asked where its part is near it: "4,900 of its _____ members" tells no whole, as a
    # score "out of a possible _____" does
    maker, _sentences, _entities, facts = maker_of(
        "Union votes to strike\n\nLONDON - Railway workers voted to strike on Monday, the union said.\n\nThe union "
        "said 4,900 of its 5,000 members backed the strike in a ballot that closed on Friday.")
    assert [c for fact in facts if fact.answer == "5,000" for c in maker.candidates(fact)]


def test_a_final_s_score_after_its_loser_is_asked_but_not_one_game_of_a_match():
    # Set 62: "beating defending champions Spain 14-13 on penalties" was never asked: "beating" was no word of a
    # result, and a figure after a name read as half of that name ("Spain _____"). One game's score of a match
    # ("21-18, 17-21, 21-15") is no result of its own.
    text = ("Thailand's Thanawat Srisuk won his first ranking title on Sunday, beating England's Callum Royle 10-7 in "
            "the final of the Baltic Masters in Riga.")
    start = text.index("10-7")
    assert tally_at(text, start, start + 4).lures  # a result, lured by scores near it
    from quizapp.generator.models import Sentence
    from quizapp.generator.stems import cloze_text

    assert "Callum Royle _____ in the final" in cloze_text(text, Sentence(0, len(text), text, 0, 0), start, start + 4)
    match = "Indonesia's pair won the title on Sunday, beating Japan's pair 21-18, 17-21, 21-15 in a final."
    first = match.index("21-18")
    assert tally_at(match, first, first + 5) is None


def test_a_player_s_position_is_lured_by_positions_not_by_jobs():
    # Set 62: "What is Nikola Perovic's position?" (goalkeeper) offered two head coaches and a captain: "not the same
    # kind of answer as a playing position". Positions lure positions; a job is not lured by them either.
    from quizapp.generator.people import plays_at

    assert plays_at("goalkeeper") and plays_at("Spain's centre forward") and plays_at("Hungarian forward")
    assert not plays_at("Montenegro's head coach") and not plays_at("captain") and not plays_at("Lindholm manager")
    raw = "\n\n".join([
        "Montenegro win water polo title",
        "SPLIT, Croatia - Montenegro won the European water polo title on Sunday, beating Spain on penalties.",
        "Goalkeeper Nikola Perovic saved the final penalty. \"I just had to trust it,\" Perovic said.",
        "\"Nobody fights like these boys,\" said Ranko Milic, Montenegro's head coach. Milic took over in 2023.",
        "Javier Saez, Spain's head coach, said his team had been the better side. Saez has coached Spain since 2019.",
        "The match swung when Spain's centre forward Pol Ferrer was excluded. Ferrer had scored twice.",
        "Hungarian forward Adam Kovacs-Nagy scored five goals in the bronze medal match. Kovacs-Nagy is 22.",
        "\"It is a great day for Montenegro,\" Perovic said later.",
    ])
    maker, _sentences, _entities, facts = maker_of(raw)
    asked = [c for fact in facts if fact.kind == "title" for c in maker.candidates(fact)]
    positions = [c.question for c in asked if c.question["prompt"] in ("What is Nikola Perovic's position?",
                                                                     "Who is Nikola Perovic?")]
    assert positions, [c.question["prompt"] for c in asked]
    for question in positions:
        options = [c["text"] for c in question["choices"]]
        assert all(plays_at(option) for option in options), options
    # A job is not lured by positions: two coaches where no one is quoted, beside four players (a review: the article
    # above asks no coach's job, so this had checked nothing; here, without the rule, positions are offered)
    raw = "\n\n".join([
        "Montenegro win water polo title",
        "SPLIT, Croatia - Montenegro won the European water polo title on Sunday, beating Spain on penalties.",
        "Montenegro's head coach Ranko Milic took over in 2023. Spain's head coach Javier Saez has coached Spain since "
        "2019.",
        "Goalkeeper Nikola Perovic saved the final penalty. Spain's centre forward Pol Ferrer was excluded.",
        "Hungarian forward Adam Kovacs-Nagy scored five goals in the bronze medal match. Croatian defender Luka Bilic "
        "scored twice.",
    ])
    maker, _sentences, _entities, facts = maker_of(raw)
    asked = [c for fact in facts if fact.kind == "title" for c in maker.candidates(fact)]
    # (with two coaches only, a coach's job is asked among made-up jobs or not at all: never among positions)
    coaches = [c for c in asked if "Milic" in c.question["prompt"] or "Saez" in c.question["prompt"]]
    for c in coaches:
        if "Milic" in c.question["prompt"] or "Saez" in c.question["prompt"]:
            assert not any(plays_at(o["text"]) for o in c.question.get("choices", ())), c.question
    # Three coaches quoted beside four players: without the rule each coach's job is asked among positions
    raw = "\n\n".join([
        "Montenegro win water polo title",
        "SPLIT, Croatia - Montenegro won the European water polo title on Sunday, beating Spain on penalties.",
        "\"Nobody fights like these boys,\" said Ranko Milic, head coach of Montenegro.",
        "\"We were the better side,\" said Javier Saez, head coach of Spain.",
        "\"Bronze is no shame,\" said Zoltan Varga, head coach of Hungary.",
        "Goalkeeper Nikola Perovic saved the final penalty. Spain's centre forward Pol Ferrer was excluded.",
        "Hungarian forward Adam Kovacs-Nagy scored five goals in the bronze medal match. Croatian defender Luka Bilic "
        "scored twice.",
    ])
    maker, _sentences, _entities, facts = maker_of(raw)
    jobs = [c.question for fact in facts if fact.kind == "title" and "coach" in fact.answer
            for c in maker.candidates(fact)]
    assert not any(plays_at(o["text"]) for question in jobs for o in question.get("choices", ())), jobs


def test_a_figure_after_a_time_phrase_s_comma_is_no_item_of_a_list():
    # "In a survey carried out in January, 78 percent of the transplanted fragments were still alive": the survival
    # rate was never asked, its "January," read as the list item before it. A list stays one ("Nissan, _____").
    from quizapp.generator.models import Sentence
    from quizapp.generator.stems import cloze_text

    def blank(text, answer):
        start = text.index(answer)
        return cloze_text(text, Sentence(0, len(text), text, 0, 0), start, start + len(answer))

    assert blank("In a survey carried out in January, 78 percent of the fragments were alive.", "78 percent")
    assert blank("In 2019, 4,500 people visited the island.", "4,500")
    assert not blank("The plant will build cars for Nissan, Mitsubishi and Renault.", "Mitsubishi")
    assert not blank("Sales rose 12%, 14% and 9% in the three regions.", "14%")


def test_a_score_near_its_most_is_lured_near_it():
    # A new user's walk: "The school scored _____ points out of a possible 270" offered 148.4, 175.4 and 188.9 beside
    # 269.8: the one option near 270 was the answer.
    from quizapp.generator.figures import near_the_top

    lures = [numeric_value(lure) for lure in near_the_top("269.8", 270)]
    assert len(lures) >= 3 and all(255 < lure < 269.8 for lure in lures), lures
    assert all(len(lure.split(".")[1]) == 1 for lure in near_the_top("269.8", 270))  # in the answer's decimals
    assert near_the_top("160", 270) is None  # far below its most: lured as any figure
    raw = ("Small samba school wins Rio carnival\n\nRIO DE JANEIRO - A small samba school won Rio's carnival title on "
           "Wednesday, its first in 38 years.\n\nThe school scored 269.8 points out of a possible 270, the league said."
           "\n\n\"We danced for everyone,\" said Neide Barbosa, the school's president.")
    asked = [q for q in generate_question_set(raw).question_set.questions if "out of a possible 270" in q["prompt"]]
    assert asked and all(255 < numeric_value(c["text"]) < 270 for q in asked for c in q.get("choices", ())), asked


def test_a_count_the_title_rounds_is_lured_inside_the_rounding():
    # Set 63: "Laser survey reveals nearly 1,000 hidden Maya structures" over "mapped _____ previously unknown Maya
    # structures" (964): the lures were far from 1,000, so the title left one option that fits.
    from quizapp.generator.figures import near_the_round, title_round

    window = title_round("964", "Laser survey reveals nearly 1,000 hidden Maya structures")
    lures = [numeric_value(lure) for lure in near_the_round("964", window)]
    assert len(lures) >= 3 and all(850 <= lure < 1000 and lure != 964 for lure in lures), lures
    assert title_round("318", "Hoard of more than 300 silver coins found") == (300, 360)
    assert title_round("1,200", "Plant to cut nearly 1,000 jobs") is None  # outside what the title says
    assert title_round("$964 million", "Deal worth nearly 1,000 million") is None  # sums are lured as sums



def test_no_lure_for_a_count_that_another_sentence_bounds():
    # Set 67: "more than 20 painted ceramic vessels" in the lead, and 17 offered for "Among the _____ ceramic vessels".
    raw = ("Tomb found in Peru\n\nArchaeologists have found a tomb holding a woman buried with a silver cup and more "
           "than 20 painted ceramic vessels, the ministry said on Wednesday.\n\n"
           "Among the 23 ceramic vessels recovered were several showing a deity holding a staff in each hand.\n\n"
           "About 30 archaeologists and students took part in the dig, which began in May.")
    maker, sentences, entities, facts = maker_of(raw)
    made = [c for f in facts if f.kind == "mention" and f.answer == "23" for c in maker.candidates(f)]
    lures = [choice["text"] for c in made if c.question["type"] == "multiple_choice"
             for choice in c.question["choices"] if choice["weight"] <= 0]
    assert lures and all(int(lure) > 20 for lure in lures), lures


def test_a_span_of_years_is_asked_whole_with_spans_of_its_length():
    # Set 67's three reviewers each put the tomb's dating among the facts to ask; either end alone leaves the other.
    raw = ("Tomb found in Peru\n\nArchaeologists have found an intact tomb of a noblewoman in Peru's Huaura Valley, "
           "the Culture Ministry said on Wednesday.\n\nRadiocarbon tests on textile fibres date the tomb to between "
           "A.D. 780 and 850, when the Wari controlled much of the central Andes.\n\n"
           "The excavation was funded by a grant from a foundation and carried out under a permit.")
    maker, sentences, entities, facts = maker_of(raw)
    made = [c for f in facts if f.kind == "mention" and re.search(r"780|850", f.answer) for c in maker.candidates(f)]
    assert [c.answer for c in made] == ["between A.D. 780 and 850"], [c.question["prompt"] for c in made]
    lures = [choice["text"] for choice in made[0].question["choices"] if choice["weight"] <= 0]
    assert len(lures) >= 2 and all(re.fullmatch(r"between A\.D\. (\d+) and (\d+)", lure) for lure in lures)
    assert all(int(b) - int(a) == 70 for a, b in (re.findall(r"\d+", lure) for lure in lures))
    assert made[0].answer_kind == "date"


def test_a_span_of_years_is_no_count_and_keeps_its_era():
    # Set 67's review: "between 300 and 400 people" is a count; "between 640 and 580 B.C." keeps its era.
    from quizapp.generator.figures import year_range_at
    text = "Police said between 300 and 400 people marched through the capital on Saturday."
    assert year_range_at(text, text.index("300"), text.index("300") + 3) is None
    text = "The wreck dates from between 640 and 580 B.C., the team said."
    span, first = year_range_at(text, text.index("640"), text.index("640") + 3)
    assert span.text == "between 640 and 580 B.C." and first
    assert all(lure.endswith(" B.C.") for lure in span.lures)


def test_a_bound_on_another_count_of_its_own_word_leaves_the_lures():
    # Set 67's review: "120 of its managers" counts managers; "up to 200 of its stores" bounds no manager.
    from quizapp.generator.figures import within_the_bound_told
    text = "The chain will close up to 200 of its stores. It will cut 120 of its managers."
    options = [("240", "perturbed"), ("310", "perturbed"), ("90", "perturbed")]
    own = (text.index("It will"), len(text))
    assert within_the_bound_told(options, "120", " of its managers.", text, own) == options


def test_an_answer_is_not_alone_in_its_scale_word_where_a_spare_shares_it():
    # "$1.15 billion" among "$980 million", "$860 million" and "$690 million" is told by its word alone.
    options = [(text, "perturbed") for text in ("$1.67 billion", "$2.18 billion", "$690 million", "$860 million",
                                                "$980 million", "$630 million", "$800 million", "$520 million")]
    shown = [text for text, _ in spaced(options, "$1.15 billion")[:3]]
    assert any("billion" in text for text in shown), shown
    # ... never one beside the answer, the answer itself, or of another order of size (a review)
    options = [(text, "perturbed") for text in ("$1.2 billion", "$1.15 billion", "$12 billion", "$690 million",
                                                "$860 million", "$980 million", "$630 million", "$1.67 billion")]
    shown = [text for text, _ in spaced(options, "$1.15 billion")[:3]]
    assert not {"$1.2 billion", "$1.15 billion", "$12 billion"} & set(shown), shown
