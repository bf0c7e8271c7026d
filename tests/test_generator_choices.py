"""Which questions the generator keeps and how it words them: stems cut to their clause,
no question giving another away, lures of the answer's sort, people described as the
article describes them. Each rule on a short article written to test it."""

import re

import pytest

from quizapp.generator import ingest
from quizapp.generator.clauses import prominence, trimmed_cloze
from quizapp.generator.distractors import perturb_percent
from quizapp.generator.entities import extract_entities
from quizapp.generator.facts import extract_facts
from quizapp.generator.figures import same_side, unit_hint
from quizapp.generator.nlp import get_model, parse
from quizapp.generator.pipeline import candidates_of, generate_question_set
from quizapp.generator.shown import right_texts
from tests.test_generator_entities import kinds, written_as

BANK = """Harbour Bank posts record results

Harbour Bank, the Dublin-based lender, reported a record profit on Thursday.

The bank made a pre-tax profit of £72.4m in the year to March, compared with a loss of £38.6m a year earlier. \
Revenue rose 54 per cent to £611m.

Customer numbers climbed to 9.3 million from 6.8 million a year ago. Harbour Bank now has branches in 14 \
towns, and Harbour Bank staff will share a bonus pool.

"This is the year we grew up," said Aoife Brennan-Kerr, the company's co-founder and chief executive. \
"We have shown that a bank can be liked."

The bank's chief financial officer, Declan Furlong-Awe, warned that growth would slow. "We are planning for \
rates coming down," he said. He said the bank expected costs to rise by £40m.

"Turning a profit is a milestone, but the rates did the work," said Oluwaseun Mbeki-Hart, a banking analyst \
at Halden Securities.

Kestrel Lending, a rival bank, said its own results would follow in May 2026."""


@pytest.fixture(scope="module")
def bank():
    return generate_question_set(BANK).question_set.questions


def test_side_clauses_are_cut_from_a_blank_unless_they_hold_the_answer():
    nlp = get_model()
    text = "Kestrel, which was founded in 2015 by two engineers, employs about 3,200 people."
    doc = nlp(text)
    start = text.index("3,200")
    assert trimmed_cloze(doc[:], start, start + 5, "_____") == "Kestrel employs about _____ people."
    start = text.index("2015")
    # The clause holds the answer: it is asked as a sentence of its own, with the noun it is about.
    assert trimmed_cloze(doc[:], start, start + 4, "_____") == "Kestrel was founded in _____ by two engineers."
    text = "The bank made a profit of £72.4m in the year to March, compared with a loss of £38.6m a year earlier."
    start = text.index("£72.4m")
    assert trimmed_cloze(nlp(text)[:], start, start + 6, "_____") == "The bank made a profit of _____ in the year to March."
    # Cutting each item's clause would leave ", and Nigeria." standing: the sentence stays whole.
    text = ("Kenya follows South Africa, which introduced a health promotion levy on sugary drinks in 2018, and Nigeria, "
            "which brought in a similar tax in 2022.")
    start = text.index("South Africa")
    assert trimmed_cloze(nlp(text)[:], start, start + len("South Africa"), "_____") is None


def test_no_question_prints_another_ones_figure(bank):
    figures = [(q, a) for q in bank for a in right_answers(q) if re.search(r"\d", a)]
    for question, answer in figures:
        for other in bank:
            if other is not question:
                assert answer not in other["prompt"], (answer, other["prompt"])


def test_amounts_keep_their_unit_and_lures_stay_on_the_answers_side(bank):
    profit = next(q for q in bank if any(a == "£72.4m" for a in right_answers(q)))
    assert "_____ in the year to March." in profit["prompt"]  # the loss, another question's answer, is cut
    assert same_side([("11.6 million", "p"), ("5 million", "p")], "9.3 million", " from 6.8 million a year ago.") == [
        ("11.6 million", "p")]
    assert same_side([("5.4 million", "p"), ("11.6 million", "p")], "6.8 million", " a year ago.",
                     "climbed to 9.3 million from ") == [("5.4 million", "p")]
    assert unit_hint("£72.4m") == " (in £ millions)" and unit_hint("about 1,900") == ""
    assert unit_hint("2.4 billion pound") == " (in billions of pounds)"  # not "(in billions pound)"
    assert unit_hint("2 billion dong") == " (in billions of dong)"  # any unit after a scale, not only pounds
    assert unit_hint("22 million tonnes") == " (in millions of tonnes)"
    assert unit_hint("14.2-kilometre") == " (in kilometres)"  # not "(in -kilometre)"


def test_the_company_s_title_names_the_company_and_asks_who_holds_it():
    article = ingest.from_text(BANK)
    docs, sentences = parse(article)
    entities = extract_entities(article.text, docs)
    facts, _ = extract_facts(article, sentences, entities, docs)
    titles = {f.data["person"]: f.answer for f in facts if f.kind == "title"}
    assert titles["Declan Furlong-Awe"] == "Harbour Bank’s chief financial officer"
    assert titles["Aoife Brennan-Kerr"] == "Harbour Bank’s co-founder and chief executive"
    assert titles["Oluwaseun Mbeki-Hart"] == "banking analyst at Halden Securities"
    from quizapp.generator.context import ArticleContext
    from quizapp.generator.questions import QuestionMaker
    maker = QuestionMaker(article, sentences, entities, docs, (), ArticleContext(article, entities, facts, docs))
    cfo = next(f for f in facts if f.kind == "title" and f.data["person"] == "Declan Furlong-Awe")
    asked = [c.question for c in maker.candidates(cfo)]
    holder = next(q for q in asked if q["prompt"] == "Who is Harbour Bank’s chief financial officer?")
    assert right_answers(holder) == ["Declan Furlong-Awe"]


def test_he_at_the_start_of_a_sentence_is_the_one_person_just_named():
    article = ingest.from_text(BANK)
    docs, sentences = parse(article)
    entities = extract_entities(article.text, docs)
    facts, _ = extract_facts(article, sentences, entities, docs)
    from quizapp.generator.context import ArticleContext
    context = ArticleContext(article, entities, facts, docs)
    he_said = next(s for s in sentences if s.text.startswith("He said the bank"))
    resolved = context.resolve("Fill in the blank: He said the bank expected costs to rise by _____.", None, he_said.index)
    assert resolved == "Fill in the blank: Declan Furlong-Awe said the bank expected costs to rise by _____."


def test_a_quotation_opening_after_a_full_stop_starts_a_sentence():
    article = ingest.from_text('Mayor Ana Ruiz said the result sent a clear message. "Water is not a product. '
                               'It belongs to us," she said. It cost £7.3m. Figures showed a rise.')
    _, sentences = parse(article)
    texts = [s.text for s in sentences]
    assert texts[0] == "Mayor Ana Ruiz said the result sent a clear message."
    assert "It cost £7.3m." in texts


def test_lures_are_of_the_answers_sort():
    raw = ("Researchers at the University of Tarn have bred a new barley variety, Holmfirth, that survives frost.\n\n"
           "The study was published in the journal Cereal Genomics Letters on Monday.\n\n"
           "The seed company Rowan & Pike Seeds holds an option on the variety, and trials will run at "
           "Hensby Farm from next spring.\n\nRowan & Pike Seeds said the first seed could be sold in 2031.")
    questions = generate_question_set(raw).question_set.questions
    for question in questions:
        if question["type"] == "multiple_choice" and "journal" in question["prompt"]:
            wrong = [c["text"] for c in question["choices"] if c["weight"] == 0]
            assert not set(wrong) & {"Hensby Farm", "Rowan & Pike Seeds", "Holmfirth"}, wrong


def test_percent_lures_are_near_the_answer():
    lures = [float(x.split()[0]) for x in perturb_percent("57.2 per cent")]
    assert len(lures) == 3 and all(25 <= x <= 90 and x not in (28.6, 85.8) for x in lures)  # not half or 1.5x
    assert all(re.fullmatch(r"\d+\.\d per cent", x) for x in perturb_percent("57.2 per cent"))


def test_which_of_these_did_they_say_offers_other_speakers_words():
    # Built from the candidates: the kept set may ask each speaker "Who said ...?" instead.
    article = ingest.from_text(BANK)
    docs, sentences = parse(article)
    entities = extract_entities(article.text, docs)
    facts, _ = extract_facts(article, sentences, entities, docs)
    from quizapp.generator.context import ArticleContext
    from quizapp.generator.questions import QuestionMaker
    maker = QuestionMaker(article, sentences, entities, docs, (), ArticleContext(article, entities, facts, docs))
    maker.matching(facts)  # collects the article's quotes
    said = [c.question for f in facts if f.kind == "quote" for c in maker.candidates(f)
            if c.question["prompt"].startswith("Which of these did")]
    assert said
    quotes = [(f.answer, f.data["quote"]) for f in facts if f.kind == "quote"]
    for question in said:
        wrong = [c["text"].removesuffix(" …") for c in question["choices"] if c["weight"] == 0]
        speaker = question["prompt"].removeprefix("Which of these did ").split(",")[0].removesuffix(" say?")
        assert all(any(w in q for who, q in quotes if who != speaker) for w in wrong), wrong
    for question in said:
        speaker = question["prompt"].removeprefix("Which of these did ").split(",")[0].removesuffix(" say?")
        right = right_answers(question)[0].removesuffix(" …")
        assert speaker in question["source"]["sentence"] and right in question["source"]["sentence"]


def right_answers(question):
    if question["type"] == "multiple_choice":
        return [c["text"] for c in question["choices"] if c["weight"] > 0]
    if question["type"] in ("short_answer",):
        return [a["text"] for a in question["answers"]]
    if question["type"] == "numerical":
        return [str(a["value"]) for a in question["answers"]]
    return []


PEOPLE = "\n\n".join([
    "Tarnside library reopens after flood",
    "The Tarnside central library reopened on Monday, two years after a flood closed it.",
    "Maren Holloway-Drake, head of culture at Tarnside Council, cut the ribbon at a ceremony attended by 300 people.",
    "Joseph Ekwueme-Lund, an architect at Brightwater Studio, designed the new reading rooms.",
    "Ruth Annersley, a flood engineer at the Tarn Rivers Agency, checked the new flood barriers last week.",
    "Holloway-Drake said 12,000 people had joined the library since it reopened. Ekwueme-Lund said the "
    "reading rooms had been raised by two metres.",
])


def test_people_are_matched_to_how_the_article_describes_them():
    questions = generate_question_set(PEOPLE).question_set.questions
    matching = next(q for q in questions if q["type"] == "matching" and "person" in q["prompt"])
    pairs = {p["left"]: p["right"] for p in matching["pairs"]}
    assert pairs["Maren Holloway-Drake"] == "head of culture at Tarnside Council"
    assert pairs["Joseph Ekwueme-Lund"] == "architect at Brightwater Studio"
    assert pairs["Ruth Annersley"] == "flood engineer at the Tarn Rivers Agency"
    # A stem printing a description the matching pairs with its answer would be given away by it.
    assert not any("architect" in q["prompt"] for q in questions if q is not matching)
    # The matching answers "What is X's position?" for them, so no such question is asked besides it.
    assert not any(q is not matching and any(person in q["prompt"] for person in pairs) and "position" in q["prompt"]
                   for q in questions)


def test_a_speaker_is_matched_to_a_role_after_what_they_said_and_the_source_keeps_the_role_back():
    # "Who said ...?" beside "Ruth Annersley: flood engineer": asked first, and its source, shown after it is
    # answered, does not pair her with the title the matching still asks for.
    from quizapp.scoring import source_shown

    quoted = PEOPLE + '\n\n"The barriers will hold back a flood of the same size," said Ruth Annersley, a flood engineer ' \
        'at the Tarn Rivers Agency.'
    questions = generate_question_set(quoted).question_set.questions
    said = next(i for i, q in enumerate(questions) if q["prompt"].startswith("Who said: “The barriers"))
    matching = next(i for i, q in enumerate(questions) if q["type"] == "matching" and "person" in q["prompt"])
    assert said < matching
    assert {"left": "Ruth Annersley", "right": "flood engineer at the Tarn Rivers Agency"} in questions[matching]["pairs"]
    items = [{"question": q, "answered_at": None} for q in questions]
    items[said]["answered_at"] = "now"
    assert "flood engineer" not in source_shown(items[said], items)
    items[matching]["answered_at"] = "now"
    assert "flood engineer" in source_shown(items[said], items)  # once the matching is answered, the whole source


def test_who_an_award_went_to_counts_more_than_what_it_was_for():
    text = 'The best director award went to Kenji Ash-Mori for "Tidewater", a thriller.'
    span = get_model()(text)[:]
    winner, film = text.index("Kenji Ash-Mori"), text.index("Tidewater")
    assert prominence(span, winner, winner + 14) > prominence(span, film, film + 9)


STRIKE = """Dockworkers strike shuts Calder Bay ferry terminal

CALDER BAY, Norway - Dockworkers at the Calder Bay ferry terminal walked out on Monday, cancelling 46 sailings and \
stranding about 3,000 passengers, port officials said.

"We have been patient for two years and the company has given us nothing but promises," said Ingrid Solheim, head of \
the dockworkers' local branch.

The union wants a 6 per cent pay rise; the operator, Fjordlink, has offered 3.5 per cent.

"Our ferries will run again as soon as it is safe to load them," county transport director Lars Eide said.

Tove Hansen, leader of the county council, said: "Both sides need to get back to the table this week."

The terminal handles about 1.2 million passengers a year and employs 410 people.
"""


def test_the_speakers_are_matched_to_their_descriptions_after_their_quotes():
    from quizapp.scoring import source_shown

    questions = generate_question_set(STRIKE).question_set.questions
    prompts = [q["prompt"] for q in questions]
    matching = prompts.index("Match each person to how the article describes them.")
    said = next(i for i, p in enumerate(prompts) if p.startswith("Who said: “We have been patient"))
    assert said < matching  # the quote first: the matching's answers name who holds each role
    # Each speaker's description, one written before the name ("county transport director Lars Eide"); no single
    # "Who is Ingrid Solheim?" beside it, whose options would be the same three descriptions again.
    assert {p["left"]: p["right"] for p in questions[matching]["pairs"]} == {
        "Ingrid Solheim": "head of the dockworkers' local branch", "Lars Eide": "county transport director",
        "Tove Hansen": "leader of the county council"}
    assert not any(p.startswith(("Who is ", "What is ")) for p in prompts)
    items = [{"question": q, "answered_at": None} for q in questions]
    items[said]["answered_at"] = "now"
    assert "local branch" not in source_shown(items[said], items)


@pytest.mark.parametrize("text, person, title", [
    # No article before the title: the name is still a person's, the title still theirs.
    ("Rahmat Salim, head of the provincial disaster agency, said the roads were closed. Salim said more trucks "
     "were coming.", "Rahmat Salim", "head of the provincial disaster agency"),
    # A title in capitals before the name ("Minister for ..."), and an age between a name and its title.
    ("Ghana's Minister for Youth and Sports, Abena Owusu-Ampem, said the budget would be reviewed.", "Abena Owusu-Ampem",
     "Ghana's Minister for Youth and Sports"),
    ("Isaac Darko-Mensah, 46, a former Ghana defender who won 38 caps, will lead the team.", "Isaac Darko-Mensah",
     "former Ghana defender"),
    # "St." is no end of a title.
    ("Priya Dhaliwal, a nurse and mother of two in the St. Vital neighbourhood, said she kept her children inside.",
     "Priya Dhaliwal", "nurse and mother of two in the St. Vital neighbourhood"),
    # Lower-case words for the body before the title.
    ('"The airport stays shut," transport ministry spokeswoman Dewi Anggraini said.', "Dewi Anggraini",
     "transport ministry spokeswoman"),
])
def test_titles_written_without_an_article_or_with_their_body_in_lower_case(text, person, title):

    article = ingest.from_text("Headline\n\n" + text)
    docs, sentences = parse(article)
    entities = extract_entities(article.text, docs)
    people = [e for e in entities if e.kind == "person"]
    assert [p.name for p in people] == [person]
    facts, _ = extract_facts(article, sentences, entities, docs)
    assert [f.answer for f in facts if f.kind == "title"] == [title]


def test_a_body_s_name_that_runs_on_past_the_known_words_is_no_title():
    from quizapp.generator.titles import prefix_title

    text = '"We will reopen," port authority spokesman Lars Eide said.'
    mention = type("Mention", (), {"start": text.index("Lars")})()
    assert prefix_title(text, mention) is None  # not "authority spokesman"


def test_one_body_named_by_two_fields_is_one_organisation():
    text = ("Headline\n\nThe National Volcanology and Geological Hazard Centre raised the alert level on Sunday. "
            "Nissan said on Monday that Nissan and Mitsubishi Motors would share a plant.")
    article = ingest.from_text(text)
    docs, _ = parse(article)
    names = {e.name: e.kind for e in extract_entities(article.text, docs)}
    assert names.get("National Volcanology and Geological Hazard Centre") == "org"
    assert "Nissan and Mitsubishi Motors" not in names  # "Nissan" is named on its own


def test_a_length_of_time_the_model_calls_a_time_is_an_amount():
    article = ingest.from_text("Headline\n\nThe satellite can flag a new fire within 15 minutes of ignition, and its "
                               "images reach crews 90 minutes later.")
    docs, _ = parse(article)
    quantities = {e.name for e in extract_entities(article.text, docs) if e.kind == "quantity"}
    assert {"15 minutes", "90 minutes"} <= quantities  # not "90 minutes later"


def test_four_people_s_roles_are_asked_in_one_matching():
    raw = STRIKE + ('\n"Passengers are the ones paying for this," said Maja Berg, chair of the Calder Bay Travellers\' '
                    'Group.\n')
    questions = generate_question_set(raw).question_set.questions
    [matching] = [q for q in questions if q["prompt"] == "Match each person to how the article describes them."]
    # teachers ask the role of each person quoted; one question each would share one set of options
    assert {p["left"] for p in matching["pairs"]} == {"Ingrid Solheim", "Lars Eide", "Tove Hansen", "Maja Berg"}
    assert not any(q["prompt"].startswith(("Who is ", "What is ")) for q in questions)


def test_a_two_word_surname_and_a_based_prefix_belong_to_their_names():
    article = ingest.from_text("Headline\n\nOn his farm, Joaquim Tavares Neto walked between rows of curled leaves on "
                               "Wednesday.\n\n\"My father planted these trees in 1994,\" said Tavares Neto, 58, a "
                               "third-generation grower.\n\nLuxembourg-based Ostara Metals Group bought the mill in 2019.")
    docs, _ = parse(article)
    names = {e.name: (e.kind, len(e.mentions)) for e in extract_entities(article.text, docs)}
    assert names.get("Joaquim Tavares Neto") == ("person", 2) and "Tavares Neto" not in names
    assert names.get("Ostara Metals Group", ("",))[0] == "org" and "Luxembourg-based Ostara Metals Group" not in names


def test_a_past_years_lures_are_not_years_the_article_looks_ahead_to():
    from quizapp.generator.figures import unlike_dates

    article = ingest.from_text("Headline\n\nThe belt was last hit by a frost this hard in 2009. Shoots that were due "
                               "to fruit in 2026 froze. Traders now talk of the 2026 crop. Output fell in 2008.")
    docs, sentences = parse(article)
    entities = extract_entities(article.text, docs)
    unlike = unlike_dates("2009", False, entities, sentences)
    assert "2026" in unlike and "2008" not in unlike


def test_a_side_clause_the_parse_cut_inside_a_name_stays():
    text = ("In the women's race, Ethiopia's Abeba Worku Tesfaye won on her debut in 2:20:11, outkicking Kenya's "
            "Grace Chepkoech Sang over the final 800 metres to win by six seconds.")
    doc = get_model()(text)
    start = text.index("800 metres")
    stem = trimmed_cloze(doc[:], start, start + len("800 metres"), "_____", [])
    assert stem is None or "Grace Chepkoech Sang" in stem or "Sang" not in stem


def test_an_age_after_a_name_makes_a_person_and_a_groups_noun_an_organisation():
    article = ingest.from_text("Headline\n\nOutside the gate, crane operator Lee Hudspith, 51, said the news was a "
                               "shock.\n\nPeter Ochieng, head coach of the Kamariny Striders training camp, said: "
                               "\"He was brave.\"")
    docs, _ = parse(article)
    kinds = {e.name: e.kind for e in extract_entities(article.text, docs)}
    assert kinds.get("Lee Hudspith") == "person"
    assert kinds.get("Kamariny Striders") != "person"


def test_a_persons_role_is_asked_after_what_they_said():
    from quizapp.generator.candidates import Candidate
    from quizapp.generator.rank import in_quiz_order

    def made(prompt, kind, answer, index):
        return Candidate({"prompt": prompt, "type": "multiple_choice"}, 5, kind, answer, index)
    role = made("What is Rui Sarmento's position?", "title", "Alvorada president", 8)
    quote = made("Who said: “We did not want to sell Tiago”?", "quote", "Rui Sarmento", 9)
    figure = made("Fill in the blank: Alvorada will spend _____ on its academy.", "mention", "20 million", 10)
    # The sentence shown after the role ("_____ Rui Sarmento said the club had held out ...") would tell the quote.
    assert [c.answer for c in in_quiz_order([role, figure, quote])] == ["Rui Sarmento", "Alvorada president",
                                                                       "20 million"]


def test_a_name_inside_a_hyphened_name_is_not_written_over():
    from quizapp.generator.candidates import Candidate
    from quizapp.generator.giveaways import written_at
    sentence = "The team will race as Solvik-Arvena, Solvik said."
    made = Candidate({"prompt": "p", "type": "multiple_choice", "source": {"sentence": sentence, "start": 100}},
                     5, "mention", "x", 3)
    # Only the company on its own: "the company-Arvena" would be no English.
    assert [(h.start, h.end) for h in written_at(made, {"Solvik"})] == [(137, 143)]


def test_a_quiz_asks_who_said_what_four_times_at_most():
    speakers = [("Anna Lindqvist", "chief executive of Norrhamn Ports"), ("Pavel Dusek", "head of the dockers' union"),
                ("Grace Mbeki", "mayor of Norrhamn"), ("Tomas Ek", "an analyst at Fjord Securities"),
                ("Ruth Calder", "chair of the harbour trust"), ("Ivan Petrov", "the port's operations director")]
    sayings = ["The new terminal will double what this port can handle", "Our members were never asked about "
               "the night shifts", "This city has waited thirty years for the money", "The price looks high for a "
               "port of this size", "The trust will keep the old quay open to the public", "The cranes arrive "
               "from Shanghai in the spring"]
    paragraphs = ["Norrhamn port wins approval for new terminal",
                  "NORRHAMN, Sweden - Norrhamn Ports won approval on Monday for a new container terminal."]
    paragraphs += [f'"{said}," said {name}, {title}.' for (name, title), said in zip(speakers, sayings, strict=True)]
    prompts = [q["prompt"] for q in generate_question_set("\n\n".join(paragraphs)).question_set.questions]
    assert 1 <= sum(p.startswith("Who said") for p in prompts) <= 4, prompts  # five would be one kind of fact five times


def test_a_title_that_opens_its_sentence_is_matched_in_lower_case_like_the_others():
    from quizapp.generator.titles import sentence_case
    assert sentence_case("Chief financial officer") == "chief financial officer"
    assert sentence_case("Transportation Minister") == "Transportation Minister"
    assert sentence_case("Transport and Telecommunications Minister") == "Transport and Telecommunications Minister"
    assert sentence_case("chief executive of Voltrane") == "chief executive of Voltrane"
    assert sentence_case("Council leader") == "council leader"
    assert sentence_case("Halvorsen's chief medical officer") == "Halvorsen's chief medical officer"  # a name keeps it
    assert sentence_case("Lindholm manager") == "Lindholm manager"
    from quizapp.generator.people import PeopleQuestions
    assert PeopleQuestions.role_noun("Chief executive") == "chief executive"  # "He told" -> "The chief executive told"
    raw = STRIKE + "\nChief financial officer Henrik Dahl said the walkout was hurting the company badly.\n"
    questions = generate_question_set(raw).question_set.questions
    matching = next(q for q in questions if q["prompt"] == "Match each person to how the article describes them.")
    assert {"left": "Henrik Dahl", "right": "chief financial officer"} in matching["pairs"]
    assert "Henrik Dahl, chief financial officer" in matching["feedback"]


def titles_of(raw):
    article = ingest.from_text(raw)
    docs, sentences = parse(article)
    facts, _ = extract_facts(article, sentences, extract_entities(article.text, docs), docs)
    return {f.data["person"]: f.answer for f in facts if f.kind == "title"}


@pytest.mark.parametrize(("raw", "person", "title"), [
    # "Its": the organisation the sentence before names.
    ("The Public Hospitals Executive, which runs the state's acute hospitals, said about 4,300 appointments had been "
     "postponed. Its chief operations officer, Martin Fahy, urged patients not to turn up.",
     "Martin Fahy", "the Public Hospitals Executive’s chief operations officer"),
    # "the company's" where no one company runs through the article: the one just named.
    ("Vietnam Rare Earth Processing Joint Stock Co, a state-backed firm, said it would build a plant. \"We have the ore,\" "
     "said Le Thi Mai, the company's chief executive.",
     "Le Thi Mai", "Vietnam Rare Earth Processing Joint Stock Co’s chief executive"),
    # "Company spokesman" opening a sentence.
    ("In Osaka, magnet maker Hoshino Magnetics said it was studying the decree. Company spokesman Kenji Arai said: "
     "\"We support the plan.\"", "Kenji Arai", "Hoshino Magnetics’ spokesman"),
    # "at the hospital": the hospital the article just named.
    ("At Lok Nayak Hospital, a heatstroke unit with 20 beds was full by Monday afternoon.\n\n\"Patients are arriving "
     "with high temperatures,\" said Sunita Rawat, head of emergency medicine at the hospital.",
     "Sunita Rawat", "head of emergency medicine at Lok Nayak Hospital"),
])
def test_a_title_says_whose_it_is_where_the_article_just_named_it(raw, person, title):
    assert titles_of(raw).get(person) == title


def test_who_someone_is_now_beats_what_they_were_before():
    # Set 64: the matching paired the lender's chief executive with "former software engineer at a Lagos bank".
    raw = ("Nigeria revokes KoboLane licence\n\nLAGOS - The central bank revoked the licence of KoboLane on Wednesday."
           "\n\nKoboLane was founded in 2019 by Tobenna Okonkwo, a former software engineer at a Lagos commercial bank, "
           "and Halima Bello-Sani, a former auditor.\n\nOkonkwo, KoboLane's chief executive, said the company would "
           "challenge the decision in court.")
    found = titles_of(raw)
    assert found.get("Tobenna Okonkwo") == "KoboLane's chief executive", found
    assert found.get("Halima Bello-Sani") == "former auditor", found  # (all the article says she is)


def test_a_title_leaning_on_an_organisation_the_article_has_not_named_is_not_asked():
    raw = "Its chief operations officer, Martin Fahy, urged patients not to turn up for cancelled procedures."
    assert "Martin Fahy" not in titles_of(raw)


def test_the_body_a_title_belongs_to_is_named_where_the_article_names_one_of_its_sort():
    from types import SimpleNamespace

    from quizapp.generator.titles import owned
    orgs = [SimpleNamespace(name="Mediterranean Underwater Heritage Institute"), SimpleNamespace(name="Odyssey Marine")]
    assert owned("the institute's director", None, orgs) == "the Mediterranean Underwater Heritage Institute’s director"
    assert owned("the region's culture councillor", None, orgs) == "the region's culture councillor"  # none named
    two = [*orgs, SimpleNamespace(name="Kelsing Research Institute")]
    assert owned("the institute's director", None, two) == "the institute's director"  # which one, the reader cannot tell


def test_a_council_s_officer_is_not_given_to_the_company_the_article_is_about():
    """"the council's cabinet member" beside a landowner the article names most (set 46's reviewers: a wrong pair)."""
    from types import SimpleNamespace

    from quizapp.generator.titles import owned
    orgs = [SimpleNamespace(name="Dunmore Estates Ltd"), SimpleNamespace(name="Kerrow Council")]
    assert owned("the council's head of planning", "Dunmore Estates Ltd", orgs) == "Kerrow Council’s head of planning"
    assert owned("the company's solicitor", "Dunmore Estates Ltd", orgs) == "Dunmore Estates Ltd’s solicitor"
    assert owned("the club's chairman", "Severn Rovers", [SimpleNamespace(name="Severn Rovers")]) == "Severn Rovers’ chairman"
    assert owned("the trust's director", "Dunmore Estates Ltd", orgs) is None  # no trust named: whose, no one can tell


def test_its_becomes_the_name_as_the_article_writes_it():
    from tests.test_generator_lures import maker_of
    raw = ("The Public Hospitals Executive, which runs the state's acute hospitals, said about 4,300 appointments had "
           "been postponed. Its chief operations officer, Martin Fahy, said every appointment would be rescheduled "
           "within eight weeks.")
    maker, *_ = maker_of(raw)
    stem = maker.context.resolve("Fill in the blank: Its chief operations officer, _____, said so.",
                                 "Public Hospitals Executive")
    assert stem == "Fill in the blank: The Public Hospitals Executive’s chief operations officer, _____, said so."


def test_the_head_of_a_body_is_matched_by_a_one_word_title():
    raw = ("Chile's central bank cuts key rate\n\nSANTIAGO, Chile - Chile's central bank cut its benchmark interest rate "
           "to 5.25 percent on Tuesday.\n\n\"The last stretch is proving harder than we anticipated,\" Governor Claudia "
           "Echeverria told reporters.\n\nBoard member Ximena Pardo argued for a smaller cut.\n\nFinance Minister Tomas "
           "Villalobos welcomed the cut.\n\n\"The message was more hawkish than the headline,\" said Felipe Rojas, "
           "chief economist at Banco Andino in Santiago.\n\nProfessor Ana Ruiz said rates would fall further.\n\n"
           "Councillor Mark Dunstan voted against the plan.")
    questions = generate_question_set(raw).question_set.questions
    matching = next(q for q in questions if q["prompt"] == "Match each person to how the article describes them.")
    assert {"left": "Claudia Echeverria", "right": "governor"} in matching["pairs"]
    assert "Ana Ruiz" not in {pair["left"] for pair in matching["pairs"]}  # "Professor" says too little
    assert {"left": "Mark Dunstan", "right": "councillor"} in matching["pairs"]


def test_a_matching_pairs_no_dateline_no_cave_and_no_title_that_fits_two():
    """Set 50: "MUMBAI - Iranian raider" (the parse hung the dateline on the noun), "Dzelkva Cave" as a person,
    and "head coach" beside "Kolkata's head coach", which fits both coaches."""
    raw = ("Kazemi sets kabaddi record\n\nMUMBAI - Iranian raider Reza Kazemi became the most expensive player in the "
           "history of the league on Friday when the Jaipur Sand Cats paid 31.5 million rupees for him.\n\n"
           "\"We came into this auction with one name at the top of our list,\" said Ananya Bhatnagar, chief executive "
           "of the Jaipur Sand Cats.\n\nHead coach Vikram Sehgal said the team had built its plan around Kazemi.\n\n"
           "Kolkata's head coach, Debashish Roy, said his side had set a firm limit before the auction.\n\n"
           "Rohit Malhotra, commissioner of the National Kabaddi League, said the figures showed the sport's value.\n\n"
           "The tooth was recovered in 2022 from Dzelkva Cave, a limestone shelter about 25 kilometres north of the "
           "city of Kutaisi, by a team from the Georgian Institute of Archaeology.\n\nDzelkva Cave has so far yielded "
           "the remains of 14 people, as well as flint blades and bone needles.")
    questions = generate_question_set(raw).question_set.questions
    matching = next(q for q in questions if q["prompt"] == "Match each person to how the article describes them.")
    pairs = {pair["left"]: pair["right"] for pair in matching["pairs"]}
    article = ingest.from_text(raw)
    titles = {f.data["person"]: f.answer for f in candidates_of(article).facts if f.kind == "title"}
    assert titles["Reza Kazemi"] == "Iranian raider"
    assert "Dzelkva Cave" not in pairs and "Vikram Sehgal" not in pairs
    assert pairs["Debashish Roy"] == "Kolkata's head coach"
    assert not any(q["prompt"].startswith("Who has") for q in questions)


def test_its_after_a_described_subject_keeps_the_whole_description():
    from tests.test_generator_lures import maker_of
    raw = ("Cruise line drops Kotor\n\nKOTOR, Montenegro - The decision affects 38 port calls, the Genoa-based company "
           "said in a statement. Its ships will instead call at the port of Bar and at Dubrovnik in Croatia.")
    maker, sentences, *_ = maker_of(raw)
    its = next(s for s in sentences if s.text.startswith("Its ships"))
    assert maker.antecedent(its) == "the Genoa-based company"  # not "the based company"


COACH = """Forest Rovers part company with coach after cup exit

Forest Rovers coach Tomas Lindqvist resigned on Monday after the club's exit from the cup. Penalties by Piet Moen, \
Lars Dahl and Ole Rud were saved, while Karl Strand, Sven Lund and Per Nygaard scored for the visitors.

"I take full responsibility for what happened," Lindqvist said in a statement.

"We thank Tomas for his work, but our target was the final," club chairman Henrik Solberg said.

"Fans deserve to know what went wrong this season," said city councillor Maria Vik.

"We let the coach down, not the other way round," captain Jonas Aas said.
"""


def test_a_quotes_lures_are_the_articles_speakers_and_never_whom_it_speaks_of():
    questions = generate_question_set(COACH).question_set.questions
    said = {q["prompt"].split("“")[1][:12]: [c["text"] for c in q["choices"] if c["weight"] == 0]
            for q in questions if q["prompt"].startswith("Who said")}
    # The speakers come late in the article, after six people who say nothing: they are still the lures.
    assert set(said["I take full "]) == {"Henrik Solberg", "Maria Vik", "Jonas Aas"}
    assert "Tomas Lindqvist" not in said["We thank Tom"]  # spoken to by his given name
    assert "Tomas Lindqvist" not in said["We let the c"]  # spoken of by his role


CABLY = """Ride-hailing firm Cably fined over driver contracts

MADRID - A labour court on Wednesday ordered ride-hailing company Cably Mobility to pay 31.2 million euros and to recognise \
more than 4,000 of its drivers as employees. Cably Mobility said it would appeal to a higher court, and shares in \
Cably Mobility fell 3 percent.

"We strongly disagree with this decision," said Lena Hoffmeister, the company's director of public policy. She cited \
an internal survey in which 72 percent of drivers said they preferred to remain self-employed.

The company, which launched in Spain in 2019, says it has about 9,500 active drivers in the country. Its Spanish \
ride-hailing revenue rose 22 percent to 190 million euros in 2024, according to its filings.
"""

GHANA = """Ghana coach resigns after cup exit

ACCRA - Ghana coach Rui Valadares resigned on Monday after his team was knocked out of the Africa Cup of Nations \
by Mali.

Valadares was appointed in March 2024 on a contract running until June 2027. Under his leadership Ghana played \
22 matches, winning 11, drawing 6 and losing 5.
"""


def test_its_and_the_company_after_a_paragraph_about_the_company_are_the_company():
    # "The company, which launched in Spain ..." follows a quotation from its director; "Its Spanish revenue ..."
    # follows that. Neither stem could be asked before, for want of a name.
    prompts = [q["prompt"] for q in generate_question_set(CABLY).question_set.questions]
    assert "Fill in the blank: Cably Mobility says it has about _____ active drivers in Spain." in prompts
    # (the ride-hailing the headline names: a figure about nothing it names is not asked this late)
    assert any(p.startswith("Fill in the blank: Cably Mobility's Spanish ride-hailing revenue rose") for p in prompts)


def test_his_before_any_name_is_the_one_person_just_named():
    prompts = [q["prompt"] for q in generate_question_set(GHANA).question_set.questions]
    assert any("Under Rui Valadares’ leadership Ghana played" in p for p in prompts)


def test_a_role_questions_stem_does_not_strike_a_speaker_from_who_said():
    # "What is Kwabena Asante-Boateng's position?" says nothing of who said "I take full responsibility".
    from quizapp.generator.candidates import Candidate
    from quizapp.generator.eliminations import ruled_out

    said = Candidate({"type": "multiple_choice", "prompt": "Who said: “I take full responsibility”?"}, 18, "quote",
                     "Rui Valadares", 3, answer_kind="person")
    role = Candidate({"type": "multiple_choice", "prompt": "What is Kwabena Asante-Boateng's position?"}, 10, "title",
                     "GFA president", 9, answer_kind="title")
    told = Candidate({"type": "multiple_choice", "prompt": "Fill in the blank: Kwabena Asante-Boateng said the target "
                      "was the _____."}, 8, "mention", "semi-finals", 4, answer_kind="other")
    assert ruled_out(said, "Kwabena Asante-Boateng", [role]) == 0
    assert ruled_out(said, "Kwabena Asante-Boateng", [told]) == 0  # what he said elsewhere
    told.sentence_index = said.sentence_index
    assert ruled_out(said, "Kwabena Asante-Boateng", [told]) > 0  # what he did in the quotation's own sentence


BANKS = """Alpenland and Donautal banks agree to merge

VIENNA - Alpenland Bank and Donautal Bank agreed on Monday to merge, creating Austria's third-largest lender. The \
banks plan to cut 1,150 jobs over three years, the companies said.

"Our colleagues built this bank branch by branch. We will not accept that 1,150 people pay the price for a deal that \
makes shareholders richer," said Gerhard Moser, chairman of the staff council.

Alpenland chief executive Petra Lindner said the merger would save about 240 million euros a year.
"""


MORE_SPEAKERS = """

"This is a good deal for customers," Alpenland chairman Franz Huber told reporters.

"We expect the competition authority to look closely at the branch network," said analyst Eva Brandl of Erste \
Research.
"""


@pytest.mark.parametrize("raw", [BANKS, BANKS + MORE_SPEAKERS])  # a typed "Who said", then one with options
def test_who_said_elides_a_figure_another_question_asks_and_both_are_asked(raw):
    questions = generate_question_set(raw).question_set.questions
    prompts = [q["prompt"] for q in questions]
    assert any(right == ["1,150"] for right in (right_texts(q) for q in questions)), prompts
    # The quotation's sentence without the figure, not "We will not accept that […] people pay the price ...": a gap
    # in a quotation puzzled set 51's reviewers.
    assert "Who said: “Our colleagues built this bank branch by branch”?" in prompts


def test_who_holds_a_title_that_opens_with_its_bodys_name_asks_for_the_title():
    raw = ("Frog found in Borneo\n\nKUCHING, Malaysia - Scientists have found a new frog in Sarawak. Sarawak Forest "
           "Department Director Hamdan Sulaiman said the department would review protection of the streams. "
           '"We will act quickly," said Nurul Aisyah Rahman, a herpetologist at the university. "This is a rare find," '
           "said Daniel Lim, a conservationist.")
    prompts = [q["prompt"] for q in generate_question_set(raw).question_set.questions]
    assert "Who is the Sarawak Forest Department Director?" in prompts


def test_a_figure_banks_passage_naming_a_speaker_does_not_strike_them_from_who_said():
    from quizapp.generator.candidates import Candidate
    from quizapp.generator.eliminations import ruled_out

    said = Candidate({"type": "multiple_choice", "prompt": "Who said: “This is the hardest decision we have taken”?"},
                     18, "quote", "Marta Wolanska", 3, answer_kind="person")
    bank = Candidate({"type": "matching", "prompt": "Fill each gap with the right figure: The game has a budget of (A) "
                      "_____, chief financial officer Tomasz Kedzior said.", "pairs": []}, 13, "figure",
                     "matching-figures", 12)
    assert ruled_out(said, "Tomasz Kedzior", [bank]) == 0



def test_an_office_named_in_capitals_keeps_them_among_lower_case_titles():
    from quizapp.generator.titles import sentence_case

    assert sentence_case("Secretary of State for Labour") == "Secretary of State for Labour"
    assert sentence_case("Chief executive of Harwick City") == "chief executive of Harwick City"


def test_who_is_offers_no_bare_one_word_title_beside_a_long_description():
    # Set 24's ride-hailing article: "Who is Marta Quiroga?" offered a bare "judge" beside "transport analyst at
    # Madrid-based consultancy Iberia Mobility Partners".
    from pathlib import Path

    from quizapp.generator.context import ArticleContext
    from quizapp.generator.questions import QuestionMaker

    raw = (Path(__file__).parent.parent / "bench" / "eval-articles-24" / "ridehail_court_fine.txt").read_text()
    article = ingest.from_text(raw)
    docs, sentences = parse(article)
    entities = extract_entities(article.text, docs)
    facts, _ = extract_facts(article, sentences, entities, docs)
    maker = QuestionMaker(article, sentences, entities, docs, (), ArticleContext(article, entities, facts, docs))
    # Every "Who is ...?" the maker offers, kept or not: the set's people matching may stand in for them.
    asked = [c.question for f in facts for c in maker.candidates(f) if c.question["prompt"].startswith("Who is ")]
    assert any(q["prompt"] == "Who is Marta Quiroga?" for q in asked)
    for question in asked:
        assert all(len(c["text"].split()) >= 2 for c in question["choices"]), question["choices"]


def test_a_source_keeps_back_a_matched_description_the_matching_spells_out_more_fully():
    # The matching reads "head of emergency medicine at Lok Nayak Hospital" where the source wrote "at the
    # hospital": the words before the hospital still pair her with her title (a set 20 reviewer).
    from quizapp.scoring import source_shown

    source = '"Patients are arriving with body temperatures above 41 degrees," said Sunita Rawat, head of emergency ' \
        'medicine at the hospital.'
    said = {"question": {"type": "multiple_choice", "prompt": "Who said ...?", "source": {"sentence": source},
                         "choices": [{"text": "Sunita Rawat", "weight": 1}]}, "answered_at": "now"}
    matching = {"question": {"type": "matching", "prompt": "Match each person to how the article describes them.",
                             "pairs": [{"left": "Sunita Rawat",
                                        "right": "head of emergency medicine at Lok Nayak Hospital"},
                                       {"left": "Rajesh Khurana", "right": "Power Minister"},
                                       {"left": "Meera Kulkarni", "right": "Cably Group’s director of public policy"}]},
                "answered_at": None}
    shown = source_shown(said, [said, matching])
    assert "emergency medicine" not in shown and "Sunita Rawat" in shown
    # "Its regional director, Marta Pelle, said" for "the Cruise Lines International Association's regional director"
    # (a new user's find)
    said["question"]["source"]["sentence"] = "Its regional director, Marta Pelle, said the decision would hurt shops."
    matching["question"]["pairs"][2] = {"left": "Marta Pelle",
                                        "right": "the Cruise Lines International Association's regional director"}
    shown = source_shown(said, [said, matching])
    assert "regional director" not in shown and "Marta Pelle" in shown


BOARD = """Central bank cuts rates by half a point

SANTIAGO, Chile - Chile's central bank cut its benchmark interest rate by 50 basis points to 5.25 percent on \
Tuesday, its third reduction this year.

"Inflation has come down faster than we expected," said Governor Rosanna Costa.

The decision by the bank's five-member board was not unanimous. Four members voted for the half-point cut, while \
board member Ximena Pardo argued for a smaller reduction of 25 basis points, the bank said in a statement.

"The labour market is still tight," said Andrés Vial, chief economist at Banco Austral.

Finance Minister Mario Marcel said the cut would help small businesses refinance their debts.

Inflation slowed to 4.1 percent in October from 4.8 percent in September, the statistics agency said.
"""


def test_a_stem_does_not_print_a_matched_person_beside_their_title():
    # "Board member Ximena Pardo argued ..." beside a matching that asks what she is (set 20's reviewers).
    questions = generate_question_set(BOARD).question_set.questions
    matchings = [q for q in questions if q["type"] == "matching" and "person" in q["prompt"]]
    for matching in matchings:
        for pair in matching["pairs"]:
            title = pair["right"].lower()
            assert not any(pair["left"] in q["prompt"] and title in q["prompt"].lower()
                           for q in questions if q is not matching)
    assert any("Ximena Pardo" == pair["left"] for matching in matchings for pair in matching["pairs"])
    assert any("smaller reduction of _____ basis points" in q["prompt"] for q in questions)


TEACHERS = """Teachers accept pay deal, calling off strikes

DUBLIN - Secondary teachers have voted to accept a pay deal worth 11 percent over three years, ending a dispute \
that had threatened strikes at 720 schools.

"This is a fair outcome for teachers and for pupils," said Aoife Geraghty, general secretary of the National \
Federation of Secondary Teachers.

"Schools can now plan the year with confidence," said Brendan Kehoe, chief executive of the Association of \
School Boards.

Education Minister Norma Foley said the agreement would cost 310 million euros a year when fully in place. "We \
have listened to teachers," Foley said.
"""


def test_a_matching_of_few_people_offers_a_description_that_fits_none_of_them():
    # Three pairs and no spare: the last follows from the others (reviewers of sets 21 to 25).
    # Never a role at a body another of them works for ("chief executive of the National Federation of Secondary
    # Teachers" beside its general secretary): set 28's reviewers took that for a trap.
    brokered = TEACHERS + "\nThe deal was brokered by the Workplace Relations Commission after six weeks of talks.\n"
    questions = generate_question_set(brokered).question_set.questions
    matching = next(q for q in questions if q["type"] == "matching" and "person" in q["prompt"])
    rights = {pair["right"] for pair in matching["pairs"]}
    assert matching.get("distractors") and not set(matching["distractors"]) & rights
    # (a public commission has no general secretary: set 36's reviewers found such pairs silly)
    assert matching["distractors"][0] in ("spokesperson for the Workplace Relations Commission",
                                          "chief executive of the Workplace Relations Commission")


def test_a_decoy_description_is_no_body_another_of_them_works_for_however_written():
    # "marine ecologist at Bangor" beside the decoy "seagrass ecologist at the Bangor University" (set 41: a trap,
    # and "the" the article never writes)
    raw = ("Seagrass meadow triples in size\n\nA seagrass meadow planted off Anglesey has tripled in area, a study by "
           "Bangor University found.\n\n\"We expected less,\" said Dr Rhian Pritchard, a marine ecologist at Bangor "
           "and the study's lead author. Dr Helen Okafor, a seagrass ecologist at the University of Portsmouth, said "
           "the results were encouraging. Sian Roberts, director of the charity Morwellt Cymru, said more volunteers "
           "had applied.\n\nThe study was funded by Bangor University and the Heritage Trust.")
    questions = generate_question_set(raw).question_set.questions
    matching = next(q for q in questions if q["type"] == "matching" and "person" in q["prompt"])
    assert not any("Bangor" in decoy for decoy in matching.get("distractors", ())), matching.get("distractors")


def test_a_quotation_a_little_long_is_shown_whole_and_a_very_long_one_is_cut_at_a_pause():
    from quizapp.generator.people import shorten

    whole = ("Bears are coming into places where children walk to school and elderly people tend their gardens, and "
             "we cannot rely on a shrinking group of volunteer hunters to protect them.")
    assert shorten(whole, 28) == whole.rstrip(".")  # not "... volunteer hunters to …" (set 21's reviewer)
    long = ("We have spent years asking the ministry for money to repair the dams, the sluices and the pumping "
            "stations, and every year we were told to wait for the next budget, while the winters got wetter and the "
            "rivers rose higher than anyone here can remember in their lifetime.")
    cut = shorten(long, 28)
    assert cut.endswith("pumping stations …") and len(cut.split()) <= 29


def test_the_firm_s_title_names_a_business_not_the_court_named_after_it():
    raw = ("Zambia suspends copper licence\n\nZambia's Ministry of Mines suspended the licence of Kestrel Copper on "
           "Thursday.\n\nAnalysts at Lusaka-based Kafue Capital said a settlement was likely before the High Court "
           "hearing. \"Both sides need the copper to flow,\" said Mwansa Chanda, the firm's head of research.")
    assert titles_of(raw)["Mwansa Chanda"] == "Kafue Capital’s head of research"  # not "the High Court's"


def test_the_company_s_officer_is_not_the_stock_exchange_s():
    raw = ("Court halts lithium project\n\nA provincial court halted construction at a lithium brine project run by "
           "Cordillera Lithium Corp. on Tuesday.\n\nShares of Cordillera fell 14 percent on the Toronto Stock Exchange "
           "on Tuesday.\n\nThe company's chief executive, Andrew Whitfield, told analysts the suspension would delay "
           "production by a year.")
    assert titles_of(raw)["Andrew Whitfield"] == "Cordillera Lithium Corp.’s chief executive"  # not the exchange's (set 67)
    # An exchange that is the news is a company, whose officers the article may name
    raw = ("ICE posts record revenue\n\nIntercontinental Exchange reported record quarterly revenue on Thursday.\n\n"
           "The company's chief executive, Jeffrey Sprecher, said trading volumes had doubled.")
    assert titles_of(raw)["Jeffrey Sprecher"] == "Intercontinental Exchange’s chief executive"


def test_answers_kept_back_side_by_side_read_as_one_gap():
    from quizapp.scoring import source_shown

    source = "Port director Ana Novak said eight cranes had arrived."
    asked = {"question": {"type": "multiple_choice", "prompt": "?", "source": {"sentence": source},
                          "choices": [{"text": "eight", "weight": 1}]}, "answered_at": "now"}
    matching = {"question": {"type": "matching", "prompt": "Match ...", "pairs": [
        {"left": "Ana Novak", "right": "Port director"}, {"left": "Ivo Kranjc", "right": "union leader"},
        {"left": "Maja Zupan", "right": "mayor"}]}, "answered_at": None}
    later = {"question": {"type": "short_answer", "prompt": "Who ...?", "source": {"sentence": source},
                          "answers": [{"text": "Ana Novak", "weight": 1}]}, "answered_at": None}
    shown = source_shown(asked, [asked, matching, later])
    assert "[…] […]" not in shown and shown.startswith("[…] said")


def test_a_decoy_description_names_its_body_after_a_preposition_and_never_a_body_everyone_knows():
    raw = TEACHERS.replace("chief executive of the Association of School Boards", "a school principal in Cork").replace(
        "National Federation of Secondary Teachers", "Irish School Staff Union") + (
        "\nThe deal follows guidance from the European Union on public sector pay.\n")
    questions = generate_question_set(raw).question_set.questions
    matching = next(q for q in questions if q["type"] == "matching" and "person" in q["prompt"])
    assert not any("European Union" in d or "’s " in d or "' " in d for d in matching.get("distractors", []))


LIBRARY = """Sheffield scraps library fines

SHEFFIELD, England - Sheffield City Council scrapped late fines at all 28 of its libraries last year, and a \
report published on Tuesday said borrowing rose 14 percent as a result.

"The fear was that without fines, people would simply keep the books," said Graham Whitlock, the council's head \
of libraries.

"It makes a nice headline, but the council is cutting opening hours," said Liberal Democrat councillor Andrew Pryce.

"Fines keep the people who need libraries most away from them," said Helen Ashworth, chief executive of \
Libraries Connected.

Sarah Okafor, a mother of three from Burngreave, said she stopped using the library in 2019 after running up \
£27 in fines. "I was embarrassed to even walk through the door," Okafor said.
"""


def test_a_passer_by_is_not_asked_who_said_it_nor_named_in_a_blank():
    # Her words among officials' are told by how she speaks, and her name is no fact to learn (sets 21 to 26).
    questions = generate_question_set(LIBRARY).question_set.questions
    assert not any(q["prompt"].startswith("Who said: “I was embarrassed") for q in questions)
    assert not any(q["type"] == "multiple_choice" and any(c["weight"] and c["text"] == "Sarah Okafor"
                                                           for c in q["choices"]) for q in questions)
    assert any(q["prompt"].startswith("Who said: “The fear was") for q in questions)  # officials still are


def test_a_speaker_the_parse_hangs_on_a_place_stays_when_the_place_goes():
    from quizapp.generator.clauses import trimmed_cloze
    from quizapp.generator.nlp import get_model

    text = ("In the village of Ruginoasa in Iasi county, mother of three Elena Munteanu said she had delayed "
            "vaccinating her son because the nearest clinic was 18 kilometres away.")
    span = get_model()(text)[:]
    at, county = text.index("18 kilometres"), text.index("Iasi county")
    stem = trimmed_cloze(span, at, at + len("18 kilometres"), "_____", [(county, county + len("Iasi county"))])
    assert stem and "Elena Munteanu said" in stem and "Iasi" not in stem


def test_the_group_s_spokesperson_names_no_word_of_the_quotation():
    raw = ("Solar park opens on coal mine\n\nHelion Energie opened a solar park on a former coal mine on Monday.\n\n"
           "Environmental group Lausitz Nature Alliance said part of the site should have been returned to woodland. "
           "\"Solar power is essential, but so is giving nature back some of what was taken from it,\" said Markus "
           "Brandt, the group's spokesperson.")
    assert titles_of(raw)["Markus Brandt"] == "Lausitz Nature Alliance’s spokesperson"  # not "Solar's"


def test_a_source_keeps_its_own_answer_whole_and_hides_a_later_figure_only_where_it_stands_whole():
    from quizapp.scoring import source_shown

    def item(prompt, source, answer, answered):
        return {"question": {"type": "multiple_choice", "prompt": prompt, "source": {"sentence": source},
                             "choices": [{"text": answer, "weight": 1}]}, "answered_at": answered}

    schools = item("until _____", "Schools will stay closed until June 30, the city said.", "June 30", "now")
    later = item("_____ percent", "Sales rose 30 percent.", "30", None)
    assert "June 30" in source_shown(schools, [schools, later])
    rate = item("to _____", "The bank cut its rate to 5.25 percent, with 25 economists expecting it.", "5.25 percent",
                "now")
    poll = item("_____ economists", "Another sentence.", "25", None)
    assert source_shown(rate, [rate, poll]) == "The bank cut its rate to 5.25 percent, with […] economists expecting it."


def test_a_figure_typed_in_millions_is_kept_back_from_an_earlier_source():
    from quizapp.scoring import source_shown

    # set 29: Q6's source showed "2 million shillings", Q7's answer ("Fill in the number: ... up to _____ million")
    sentence = "The app pays interest of 6 percent and offers loans of up to 2 million shillings."
    source = {"sentence": sentence, "start": 0, "end": len(sentence)}
    rate = {"type": "multiple_choice", "prompt": "Fill in the blank: The app pays interest of _____.",
            "choices": [{"text": "6 percent", "weight": 1}, {"text": "4 percent", "weight": 0}], "source": source}
    loans = {"type": "numerical", "prompt": "Fill in the number: The app offers loans of up to _____ million shillings.",
             "answers": [{"value": 2, "tolerance": 0, "weight": 1}], "source": source}
    items = [{"question": rate, "answered_at": "now"}, {"question": loans, "answered_at": None}]
    assert source_shown(items[0], items) == "The app pays interest of 6 percent and offers loans of up to […] shillings."


def test_a_matching_of_three_people_gets_a_decoy_role_at_another_body_of_the_article():
    # set 30: "three people, three roles and no distractor, so the last match is free" (both reviewers), where the
    # article names no second body of a sort to swap in; set 28: "deputy head of ..." or another role at the
    # same body, or at a body another of them works for, is a trap
    raw = "\n\n".join([
        "Finnish shipyard wins order for three icebreakers",
        "HELSINKI, Finland - Saaristo Yards has won a 1.2 billion euro contract to build three polar icebreakers "
        "for the Canadian Coast Guard, the company said on Tuesday.",
        '"This is a defining moment for our yard," said Helena Vartiainen, chief executive of Saaristo Yards.',
        '"Our northern communities depend on these ships," said Marc Thibodeau, Canada\'s minister of fisheries.',
        '"Finland has a niche in which it is very hard for anyone else to compete," said Jonas Lindqvist, a '
        "maritime analyst at Nordic Shipping Research in Stockholm.",
        "The first ship is due in 2029.",
    ])
    [matching] = [q for q in generate_question_set(raw).question_set.questions
                  if q["prompt"] == "Match each person to how the article describes them."]
    assert matching["distractors"] == ["chief executive of the Canadian Coast Guard"]


def matching_of_people(raw):
    questions = generate_question_set(raw).question_set.questions
    return next(q for q in questions if q["type"] == "matching" and "person" in q["prompt"])


def test_a_matched_description_names_the_body_it_points_at():
    # "the union's president" says nothing away from its sentence (sets 34, 36's reviewers: "which union?"); the
    # article has one union, so it is named. A description that names its body already stays as written.
    raw = ("Colorado district moves to four-day school week\n\n"
           "A school district in Pueblo, Colorado, voted on Tuesday to move 14 of its schools to a four-day week from "
           "August.\n\nIn a survey of its members, the Pueblo Valley Education Association found that 78% supported the "
           "change, and the union's president, Angela Brooks, said several teachers had withdrawn their resignations. "
           "\"Fridays off keep people here,\" Brooks said.\n\nRebecca Hale, an education policy researcher at the "
           "University of Denver, said the evidence on results was mixed. Gary Lindqvist, a retired accountant, said he "
           "would help run a Friday club. Priya Nair, director of the campaign group Fair Schools Now, said parents "
           "had not been asked.\n\nThe district's board said it would review the change after two years.")
    pairs = {pair["left"]: pair["right"] for pair in matching_of_people(raw)["pairs"]}
    assert pairs["Angela Brooks"] == "president of the Pueblo Valley Education Association"
    assert pairs["Priya Nair"] == "director of the campaign group Fair Schools Now"


def test_a_matched_description_leaves_out_a_clause_that_counts_on_its_sentence():
    # Set 59: "bus driver whose house is one of the eight" (of the houses nearest the hole) said nothing in a matching.
    raw = ("Sinkhole forces families from homes\n\nA sinkhole opened on a street in Ripon on Tuesday, and 37 households "
           "were told to leave. The eight houses nearest the hole will stay empty.\n\n\"We have been told we might be "
           "out for months,\" Daniel Kershaw, a bus driver whose house is one of the eight, said.\n\n\"Gypsum dissolves "
           "fast,\" said Helen Ashworth, an engineering geologist at the British Geological Survey.\n\nSarah Metcalfe, "
           "Ripon's mayor, said: \"We will help every family.\" Margaret Oldroyd, a retired school secretary, said: "
           "\"I heard a bang.\"")
    pairs = {pair["left"]: pair["right"] for pair in matching_of_people(raw)["pairs"]}
    assert pairs["Daniel Kershaw"] == "bus driver"


def test_a_decoy_is_at_no_body_a_matched_person_is_named_with():
    # "Hochbahn spokeswoman Miriam Hansen" beside the decoy "spokesperson for Hamburger Hochbahn": true of her
    # (set 35's reviewer); no decoy beats a second right answer.
    raw = ("Medieval ship found under Hamburg metro works\n\nConstruction workers digging a station shaft for Hamburg's "
           "new U5 metro line have found the remains of a medieval cargo ship, archaeologists said on Monday.\n\n"
           "Hamburger Hochbahn, the city-owned company building the U5, said the pause would cost about 7 million euros. "
           "\"We always knew this could bring surprises,\" Hochbahn spokeswoman Miriam Hansen told reporters.\n\n"
           "Katrin Vogelsang, head of urban archaeology at the Archaeological Museum Hamburg, said the hull was well "
           "kept. Lars Mehring, a coin specialist at the University of Kiel, said the coins dated from the 1320s.\n\n"
           "The timbers will be taken to a conservation centre in Schleswig.")
    assert not any("Hochbahn" in decoy for decoy in matching_of_people(raw).get("distractors", ()))


def test_where_no_role_at_another_body_makes_a_decoy_someone_left_out_of_the_matching_lends_theirs():
    # Three pairs and no decoy: the last is free (set 35's reviewer). The coach the headline names is not matched
    # (the lead asks who he is), so his description fits none of them.
    raw = ("Finland names Swede Anders Sandberg as national coach\n\nFinland's football association on Thursday named "
           "Anders Sandberg, a Swedish coach, as head coach of the men's national team.\n\n\"He knows how to build a "
           "team,\" said Hanna Virtanen, general secretary of the Football Association of Finland. Petri Laaksonen, a "
           "former under-21 coach, will be his assistant. Janne Koskinen, a former Finland midfielder, said the choice "
           "was a brave one.\n\nSandberg, 49, takes over from Mikkel Rasmussen, who left in November.")
    matching = matching_of_people(raw)
    assert "Anders Sandberg" not in {pair["left"] for pair in matching["pairs"]}
    assert matching.get("distractors") == ["Swedish coach"]


def speakers_of(raw):
    article = ingest.from_text(raw)
    docs, sentences = parse(article)
    _facts, quotes = extract_facts(article, sentences, extract_entities(article.text, docs), docs)
    return {" ".join(q.quote.split()[:4]): q.speaker for q in quotes}


def test_a_speaker_is_found_past_a_long_clause_after_their_title_and_never_deep_in_one():
    # Set 43: "said Rui Tavares, the company's director of forestry, who led ... heat." ran past the 120 characters
    # the attribution was read within, so his quote was asked of no one and he was no lure for the others'.
    raw = ("Cork maker posts record profit\n\nSobral Cortica reported a record profit on Thursday.\n\n"
           "\"If you do not plant today, you will not have cork in 2040,\" said Rui Tavares, the company's director of "
           "forestry, who led a group of journalists on a tour of a plantation near Coruche last month, where newly "
           "planted saplings were shaded by plastic tubes against the heat.\n\n"
           "\"Exports will fall before they recover,\" said the report, which was compiled over two years by a team of "
           "researchers and statisticians at the ministry and reviewed in its final stages by Professor Anna Berg.")
    speakers = speakers_of(raw)
    assert speakers["If you do not"] == "Rui Tavares"
    assert speakers["Exports will fall before"] is None  # a name deep in a clause about the report is no speaker


def test_who_said_offers_people_the_article_says_who_they_are_never_a_shop_the_model_took_for_one():
    # Set 42: two speakers and no one else titled, so "Who said ...?" was typed, Norwegian names and all; the local
    # historian and the composer the article introduces could as well have said it.
    raw = ("Lost Norwegian silent film found in church roof\n\nThe National Library of Norway said on Monday that it had "
           "restored a 1929 drama from five reels of nitrate film found during roof repairs at a church in Vaga.\n\n"
           "\"It is the kind of discovery you dream about but never expect,\" said Kari Lunde, head of film "
           "restoration at the library.\n\n\"She was doing things with landscape that were ahead of her time,\" said "
           "Tone Rasmussen, a film historian at the University of Oslo.\n\nOne theory, put forward by the local "
           "historian Magne Bakken, is that a priest hid the copy. The restored film will have its premiere in Oslo "
           "with a new score by the composer Ola Brekke.\n\nNorthway Grocers, a supermarket chain, will sponsor the "
           "screening.")
    questions = generate_question_set(raw).question_set.questions
    asked = next(q for q in questions if q["prompt"].startswith("Who said: “It is the kind"))
    assert asked["type"] == "multiple_choice"
    offered = {c["text"] for c in asked["choices"]}
    assert {"Magne Bakken", "Ola Brekke"} & offered and "Northway Grocers" not in offered


def test_a_one_word_name_the_title_prints_in_lower_case_is_not_asked():
    # Set 43: "Lost symphony by Victorian woman composer found in attic" over "Eleanor Ashdown's _____ in D minor"
    # for the model's "Symphony".
    raw = ("Lost symphony by Victorian woman composer found in attic\n\nThe manuscript of Eleanor Ashdown's Symphony in "
           "D minor, which she completed in 1889, was found by a house clearance firm in Harrogate in February.\n\n"
           "\"I'd only ever seen her name once before,\" said Clare Whitley, the auctioneer who identified it. The "
           "British Library bought the score for £140,000.\n\nThe Yorkshire Sinfonia will give the premiere at Leeds "
           "Town Hall next March, conducted by Aino Heikkila.")
    questions = generate_question_set(raw).question_set.questions
    assert not any("Symphony" in right_texts(q) for q in questions)


def test_who_said_offers_people_of_other_articles_only_where_this_one_names_too_few():
    # A new user's walk: the gym ruling's lawyer offered for a quote in an eye-drop trial, a name a reader rejects.
    raw = ("Eye drops slow short-sightedness\n\nDaily atropine drops slowed short-sightedness in children by 41 percent, "
           "a trial in Spain found.\n\n\"The drops are a tool, not a cure,\" said Lucia Ferrer Bosch, the study's lead "
           "author.\n\n\"We have had encouraging data from Asia for some years,\" said Thomas Aldridge, a professor at "
           "Moorfields Eye Hospital.\n\n\"His prescription barely changed,\" said Marta Jimenez Ruiz, a pharmacist "
           "whose son took part.")
    bank = [("Anita Sharma", "person"), ("Derek Lindqvist", "person"), ("Paul Dorrance", "person")]
    questions = generate_question_set(raw, bank=bank).question_set.questions
    said = [q for q in questions if q["prompt"].startswith("Who said") and q["type"] == "multiple_choice"]
    assert said and not any(c["text"] in dict(bank) for q in said for c in q["choices"])


def test_a_description_after_the_name_is_taken_over_the_one_before_it():
    # "The lead scientist, Kimberly Aldana, a marine mammal biologist at ...": the second says who she is (set 55,
    # where the first had left her out of the matching, and the decoy was "director of the University of Queensland")
    raw = ("Mekong dolphins rise\n\nPHNOM PENH, Cambodia - The number of dolphins in the Mekong has risen to 104.\n\n"
           "The lead scientist, Kimberly Aldana, a marine mammal biologist at the University of Queensland who has "
           "worked on the Mekong since 2009, said the photo catalogue now held more than 1,400 images.")
    assert titles_of(raw)["Kimberly Aldana"] == "marine mammal biologist at the University of Queensland"


def test_someone_left_out_of_the_matching_lends_their_description_before_a_role_is_moved_to_another_body():
    # A role at another body is one the article never wrote ("director of the University of Queensland", set 55's
    # reviewers: made up); how the article describes someone not matched is its own words, and fits no one matched.
    raw = ("Finland names Swede Anders Sandberg as national coach\n\nFinland's football association on Thursday named "
           "Anders Sandberg, a Swedish coach, as head coach of the men's national team.\n\n\"He knows how to build a "
           "team,\" said Hanna Virtanen, general secretary of the Football Association of Finland. \"It is a brave "
           "choice,\" said Janne Koskinen, general secretary of the Finnish Players' Union. Petri Laaksonen, a former "
           "under-21 coach, will be his assistant.\n\nSandberg, 49, takes over from Mikkel Rasmussen, who left in "
           "November. His contract is paid for in part by the Finnish Olympic Committee and the Veikkaus Foundation.")
    matching = matching_of_people(raw)
    assert matching.get("distractors") == ["Swedish coach"]  # not "general secretary of the Finnish Olympic Committee"


def test_a_pair_let_go_from_a_matching_without_a_decoy_becomes_its_decoy():
    from quizapp.generator.candidates import Candidate
    from quizapp.generator.giveaways import matched_apart

    pairs = [{"left": "Ana Ruiz", "right": "Labour Minister"}, {"left": "Kim Hye-jin", "right": "union leader"},
             {"left": "Choi Dong-wook", "right": "chairman of the Korea Small Business Alliance"},
             {"left": "Park Ji-won", "right": "chief economist at Hanbit Securities"}]
    matching = Candidate({"type": "matching", "prompt": "Match each person to how the article describes them.",
                          "pairs": pairs}, 11, "title", "matching-people", 2)
    printing = Candidate({"type": "multiple_choice", "prompt": "Fill in the blank: Labour Minister Ana Ruiz said the "
                                                               "rise would cost _____.",
                          "choices": [{"text": "2 billion won", "weight": 1}, {"text": "3 billion won", "weight": 0}]},
                         5, "mention", "2 billion won", 4)
    kept = matched_apart([matching, printing])
    assert [pair["left"] for pair in kept[0].question["pairs"]] == ["Kim Hye-jin", "Choi Dong-wook", "Park Ji-won"]
    assert kept[0].question["distractors"] == ["Labour Minister"]
    # Not a description whose every word another's holds: "chairman of the Korea ..." beside "Korea chairman"
    pairs[0]["right"] = "Korea chairman"
    printing.question["prompt"] = "Fill in the blank: Korea chairman Ana Ruiz said the rise would cost _____."
    kept = matched_apart([matching, printing])
    assert not kept[0].question.get("distractors")


def test_a_decoy_at_a_department_is_written_with_the():
    from quizapp.generator.context import OF_NAME, OWNER_BEFORE, THE_BEFORE

    assert THE_BEFORE.search("was directed. The national ") and THE_BEFORE.search("according to the ")
    assert not THE_BEFORE.search("said the brewer ") and OWNER_BEFORE.search("Mexico's ")
    assert OF_NAME.match("Department of Basic Education") and not OF_NAME.match("Hazelaar Group")
    # as the people's matching writes a decoy at the body (set 55: "director of Department of Basic Education")
    from tests.test_generator_lures import maker_of

    maker, *_ = maker_of("The national Department of Basic Education was directed to help. Shares fell, according to "
                         "the Department of Basic Education's own figures. Mexico's National Commission of Physical "
                         "Culture praised her. The brewer Hazelaar Group said it would pay.")
    assert maker.context.written_with_the("Department of Basic Education")
    assert maker.context.written_with_the("National Commission of Physical Culture")
    assert not maker.context.written_with_the("Hazelaar Group")


def test_the_firm_s_head_of_research_is_the_firm_named_just_before_not_the_story_s_company():
    # (set 17's copper story, once "Kestrel" was taken for Kestrel Copper: the story's company, but not the firm)
    raw = ("Zambia suspends copper licence\n\nLUSAKA, Zambia - Zambia's Ministry of Mines on Thursday suspended the "
           "mining licence of Kestrel Copper, a Toronto-listed company, saying the firm owed the government $187 "
           "million.\n\nMines Minister Chilufya Banda told a news conference in Lusaka that Kestrel had ignored three "
           "written demands for payment since August.\n\nShares in Kestrel fell 17 percent in Toronto on Thursday.\n\n"
           "Analysts at Lusaka-based Kafue Capital said a settlement was likely before the High Court hearing. \"Both "
           "sides need the copper to flow,\" said Mwansa Chanda, the firm's head of research.")
    assert titles_of(raw)["Mwansa Chanda"] == "Kafue Capital’s head of research"  # not "Kestrel Copper’s"


def test_the_company_said_in_a_sentence_that_names_another_company_is_not_written_as_the_story_s():
    # Set 55: "Uva Highlands owns 18 tea estates ..., Ranawaka Group said in a filing": the seller the paragraph
    # before is about, for "the company" that the sentence itself names.
    raw = ("Tea grower sold\n\nCOLOMBO - Ranawaka Group agreed on Tuesday to sell its stake in Uva Highlands "
           "Plantations for 42.6 billion rupees. Ranawaka Group said it would keep its hotels. Ranawaka Group will use "
           "the money to cut debt.\n\nUva Highlands Plantations owns 18 tea estates covering about 11,200 hectares "
           "and employs around 9,400 workers, the company said in a filing.")
    stems = [q["prompt"] for q in generate_question_set(raw).question_set.questions]
    assert any("tea estates" in stem for stem in stems)
    assert not any("Ranawaka Group said in a filing" in stem for stem in stems)


def test_a_person_whose_description_names_their_family_is_not_matched_but_lends_it_as_the_decoy():
    # "Dilani Ranawaka -> chairperson of Ranawaka Group" pairs itself (reviewers of sets 44 and 55)
    raw = ("Tea grower sold\n\nCOLOMBO, Sri Lanka - Kuroshio Holdings agreed on Tuesday to buy Uva Highlands "
           "Plantations.\n\n\"We want that supply,\" said Hiroshi Tanabe, chief executive of Kuroshio Holdings. "
           "\"It is bittersweet,\" said Dilani Ranawaka, chairperson of Ranawaka Group. \"Investors will come,\" said "
           "Suresh Gunasekara, chairman of the Planters' Association. \"Workers want more,\" said Murugan Selvaraj, "
           "general secretary of the Estate Workers' Union.")
    matching = matching_of_people(raw)
    assert "Dilani Ranawaka" not in {pair["left"] for pair in matching["pairs"]}
    assert matching.get("distractors") == ["chairperson of Ranawaka Group"]


def test_a_model_the_matching_pairs_is_not_asked_again_in_a_blank():
    # "Nissan currently shared their _____ van ... with Mitsubishi's Delica D:3" beside the matching's "NV200 =
    # Delica D:3" (options NV100 to NV400, once numbered names had lures)
    from pathlib import Path

    from quizapp.generator.shown import right_texts

    raw = (Path(__file__).resolve().parent.parent / "questions" / "articles" / "nmkv-kei-cars.txt").read_text()
    questions = generate_question_set(raw).question_set.questions
    [matching] = [q for q in questions if q["prompt"].startswith("Match each model")]
    models = {side for pair in matching["pairs"] for side in (pair["left"], pair["right"])}
    assert not any(set(right_texts(q)) & models for q in questions if q is not matching)


def test_when_a_speaker_spoke_is_not_their_title():
    # '"That ends tonight," said Mayor Elena Ruiz after the vote': a new user's matching paired her with "after the vote"
    raw = ("Library wins\n\nRIVERTON - The council voted 5-2 for a new library. \"That ends tonight,\" said Mayor "
           "Elena Ruiz after the vote.")
    assert titles_of(raw)["Elena Ruiz"] == "Mayor"


def test_a_dateline_with_its_date_is_not_printed_in_a_stem():
    # "TACOMA, Washington, March 12, 2024 - Harbor Light Energy ...": a new user's pasted article had it in two stems
    raw = ("Harbor Light Energy to build battery plant in Tacoma\n\nTACOMA, Washington, March 12, 2024 - Harbor Light "
           "Energy, a battery maker based in Portland, said on Tuesday it will build a $450 million factory at the Port "
           "of Tacoma, creating about 1,200 jobs by the end of 2027.")
    questions = generate_question_set(raw).question_set.questions
    assert questions and not any("TACOMA" in q["prompt"] for q in questions)


def test_a_body_s_short_form_is_no_other_body_s_name():
    from quizapp.generator.forms import accepted_forms

    # "Global Fund" for the "Global Malaria Innovation Fund" is another body (set 56's reviewers); "Thalassa Trust"
    # for the "Thalassa Sea Turtle Trust" is still right
    assert "Global Fund" not in accepted_forms("Global Malaria Innovation Fund", "org")
    assert "Thalassa Trust" in accepted_forms("Thalassa Sea Turtle Trust", "org")


def test_a_decoy_is_at_no_body_cut_at_its_colon():
    # "chair of Modernist Kaunas: Architecture" (the model's cut of a listing's title): garbled (set 56's reviewers)
    raw = ("Court halts demolition of Kaunas cinema\n\nKAUNAS, Lithuania - A court on Tuesday halted the demolition of "
           "the Pasaka cinema.\n\nIn 2023, UNESCO added \"Modernist Kaunas: Architecture of Optimism, 1919-1939\" to its "
           "World Heritage List.\n\n\"This is not only about one building,\" said Egle Vaitkute, chair of the Modernist "
           "Kaunas Society. \"We will appeal,\" said Tomas Petrauskas, director of Nemuno Vartai Holdings. \"The city "
           "respects the court,\" said Rasa Jankauskiene, deputy mayor of Kaunas.")
    matching = matching_of_people(raw)
    assert not any(":" in decoy for decoy in matching.get("distractors", ()))


def test_a_quote_said_by_she_shows_the_paragraph_that_names_her_not_the_lead_that_named_her_in_full():
    # Set 57: "Then we will eat a lot of onions" showed the lead's sentence about the final, an ellipsis and the quote
    raw = ("Japan wins curling title\n\nKARLSTAD, Sweden - Japan won the women's world curling championship on Sunday "
           "after skip Mio Takahashi drew her final stone onto the button.\n\n\"We played a very good game,\" said "
           "Lea Brunner, the Swiss skip.\n\nThe men's world championship begins on March 28 in Ottawa.\n\n"
           "Takahashi said the team would return to Hokkaido on Wednesday. \"First we will sleep,\" she said, laughing. "
           "\"Then we will take a long holiday by the sea.\"")
    article = ingest.from_text(raw)
    docs, sentences = parse(article)
    entities = extract_entities(article.text, docs)
    facts, _ = extract_facts(article, sentences, entities, docs)
    quote = next(f for f in facts if f.kind == "quote" and "long holiday" in f.data["quote"])
    assert quote.answer == "Mio Takahashi"
    assert quote.sentence.text.startswith("Takahashi said the team") and "named_in" not in quote.data


def test_an_office_s_list_of_portfolios_and_which_union_stay_in_the_matched_description():
    # Set 58: "Industry, Energy and Mining Minister Martin Ferreira" was matched as "energy and Mining Minister", and
    # "president of the union that represents Antel workers" as "president of the union" (which union?)
    raw = ("Uruguay sells 5G spectrum\n\nMONTEVIDEO, Uruguay - Uruguay raised 212 million dollars on Thursday from an "
           "auction of radio frequencies.\n\n\"Today Uruguay has taken a decision to have more competition,\" Industry, "
           "Energy and Mining Minister Martin Ferreira told reporters.\n\n\"We did not want an auction that only "
           "measured who had the deepest pockets,\" said Lucia Bentancor, president of the regulator.\n\nSebastian "
           "Olivera, president of the union that represents Antel workers, said the state company had been forced to "
           "spend money.\n\n\"The newcomer will need years,\" said Andrea Silveira, a telecoms analyst at Datum Sur.")
    pairs = {pair["left"]: pair["right"] for pair in matching_of_people(raw)["pairs"]}
    assert pairs["Martin Ferreira"] == "Industry, Energy and Mining Minister"
    assert pairs["Sebastian Olivera"] == "president of the union that represents Antel workers"


def test_who_said_offers_people_the_article_introduces_by_whose_they_are():
    # A new user's walk: "Its owner, Rachel Dunmore" and "Lancaster's MP, Cat Smith" were not offered, so the quiz
    # took its lures from other articles the app had read
    raw = ("Riverside café wins national award\n\nA small café on the banks of the River Lune has been named Britain's "
           "best independent coffee shop.\n\nThe Lantern Café, which opened in a former boathouse in Lancaster in 2019, "
           "won the award at a ceremony in Birmingham on Monday night. Its owner, Rachel Dunmore, said she was "
           "\"completely shocked\" when the winner was announced.\n\nHead judge Marcus Thornley, a former barista "
           "champion, said the café had \"the warmest welcome in the country.\" He added: \"You can tell within thirty "
           "seconds that this place is loved by the people who run it.\"\n\nLancaster's MP, Cat Smith, congratulated the "
           "café on social media.")
    said = next(q for q in generate_question_set(raw).question_set.questions if q["prompt"].startswith("Who said"))
    assert {c["text"] for c in said["choices"]} == {"Marcus Thornley", "Rachel Dunmore", "Cat Smith"}


def test_the_body_a_title_calls_by_its_noun_is_the_one_whose_name_says_so():
    # A new user's walk: "The council's director of finance", after "the opposition Green group", was matched as
    # "Green's director of finance"; "the trust's medical director" had been the hospital's, not the trust's
    raw = ("Millbrook backs new library\n\nMILLBROOK - Millbrook Town Council voted on Tuesday to build a new library "
           "on the old depot site, council leader Priya Raman said.\n\nCouncillor Helen Marsh, who leads the "
           "opposition Green group, said the council had underestimated the cost.\n\nThe council's director of "
           "finance, Martin Colbeck, told councillors that 2.1 million pounds had been set aside.\n\n\"The town "
           "deserves it,\" said David Okafor, a retired architect.")
    article = ingest.from_text(raw)
    docs, sentences = parse(article)
    facts, _ = extract_facts(article, sentences, extract_entities(article.text, docs), docs)
    titles = {f.data["person"]: f.answer for f in facts if f.kind == "title"}
    assert titles["Martin Colbeck"] == "Millbrook Town Council’s director of finance"


def test_no_decoy_at_the_end_of_a_name_cut_at_its_and_nor_an_organiser_at_a_firm():
    from quizapp.generator.decoys import role_fits

    # A new user's walk: "regional organiser for Angus College" (of "Dundee and Angus College"), then "regional
    # organiser for Shore Capital"
    assert not role_fits("regional organiser", "finance") and role_fits("regional organiser", "union")
    raw = ("Brightwell to build Dundee bakery\n\nDUNDEE, Scotland - Brightwell Bakeries will build a new factory in "
           "Dundee, chief executive Fiona MacLeod said on Monday.\n\nThe company will run an apprenticeship programme "
           "with Dundee and Angus College, taking on 40 apprentices a year.\n\n\"This is good news,\" said Gary Munro, "
           "regional organiser for the Unite union.\n\n\"We welcome it,\" said Economy Secretary Kenneth Doyle.\n\n"
           "\"The city needs these jobs,\" said John Alexander, the city council's leader.")
    matching = matching_of_people(raw)
    assert not any("Angus College" in decoy for decoy in matching.get("distractors", ()))


def test_a_decoy_is_at_no_body_where_the_article_places_one_of_its_people():
    # Set 60: "tuberculosis specialist at the National Institute of Pulmonology" beside the matched people was all but
    # true of the trial's leader, described there but left out of the matching.
    raw = ("Short tuberculosis course cures most patients in Moldova trial\n\nCHISINAU, Moldova - A four-month course "
           "of tablets cured 91 percent of patients with drug-resistant tuberculosis, researchers said on Wednesday.\n\n"
           "\"Today we can tell them they will be finished in four months,\" said Dr Natalia Ciobanu, head of the "
           "tuberculosis department at the National Institute of Pulmonology in Chisinau, who led the trial.\n\n"
           "\"We did not develop this drug to sell it at a profit,\" said Markus Feldmann, chief medical officer of "
           "Arvenna Therapeutics.\n\n\"These are encouraging numbers,\" said Amara Nwosu, a tuberculosis specialist at "
           "the University of Cape Town.\n\n\"I can work again,\" said Ion Rusu, a 46-year-old construction worker from "
           "Balti.\n\nThe trial was paid for by the Nordic TB Research Fund.")
    matching = matching_of_people(raw)
    assert not any("National Institute" in decoy for decoy in matching.get("distractors", ())), matching.get("distractors")


def test_a_spanish_name_s_first_surname_alone_is_the_same_person():
    # Set 67: "Mendoza said" of Lucia Mendoza Paredes, which the model tagged as nothing. Her quote had no speaker,
    # her trade no title, and she was asked about only as a name to type.
    raw = ("Inca storehouse found in Bolivian highlands\n\n"
           "LA PAZ, Bolivia, May 3 - Archaeologists have found a row of Inca storehouses beneath a hill known as Cerro "
           "Kallpa, about 80 kilometres south of La Paz, by a team led by archaeologist Ana Mendoza Mamani of the "
           "Altiplano Research Institute.\n\n"
           "Tomas Villca, the deputy culture minister, called the find a turning point for the region's history.\n\n"
           "\"When we opened the first chamber, the maize husks were still there,\" Mendoza said at a news conference "
           "in La Paz.\n\n\"This was a place the state itself ran,\" Villca said.\n\n"
           "Mendoza said the team would return in June to map two more rooms.")
    speakers = speakers_of(raw)
    assert speakers["When we opened the"] == "Ana Mendoza Mamani"
    assert titles_of(raw)["Ana Mendoza Mamani"] == "archaeologist of the Altiplano Research Institute"
    assert kinds(raw)["Cerro Kallpa"] == "place"  # a hill "known as" it, whatever the model said
    assert written_as(raw, "Ana Mendoza Mamani") == {"Ana Mendoza Mamani", "Mendoza"}


def test_five_people_to_match_get_a_decoy_too():
    # Set 68's three reviewers: with five pairs and no spare description, the last pair falls out of the others.
    raw = ("Chilean city puts electric buses into service\n\nCONCEPCION, Chile - Concepcion put 186 electric buses into "
           "service on Monday, leased from Andes Energia Leasing under a 12-year contract.\n\n"
           "\"The people get a bus that is quieter and cleaner,\" Transport Minister Carolina Vergara said.\n\n"
           "Concepcion Mayor Paula Sandoval said the city had long complained of being left behind.\n\n"
           "Hector Munoz, president of the regional bus drivers' union, said some drivers had received only three days "
           "of training.\n\nRodrigo Fuentes, general manager of Buses Biobio Sur, said all drivers would complete two "
           "more weeks of supervised driving.\n\n\"Charging is the real test for the city,\" said Javiera Contreras, "
           "an economist at Banco Austral in Santiago.\n\nAndes Energia Leasing owns the buses and the depot.")
    matching = matching_of_people(raw)
    assert len(matching["pairs"]) == 5 and matching.get("distractors"), matching


def test_a_rank_is_no_part_of_a_name_and_a_leader_s_government_no_title():
    # Set 66: "Brigadier General Rizal Hartono" stood out among plain names; set 35: "government of President" was
    # offered as a description.
    raw = ("Indonesia buys Turkish drones\n\n\"The acquisition strengthens our ability to monitor our outer islands,\" "
           "Brigadier General Rizal Hartono, a spokesman for the Indonesian defence ministry, told reporters.\n\n"
           "In 2024, the government of President Luiz Inacio Lula da Silva sent Congress a bill on drivers' pay.")
    titles = titles_of(raw)
    assert titles.get("Rizal Hartono") == "spokesman for the Indonesian defence ministry"
    assert not any(title.startswith("government") for title in titles.values()), titles
    from quizapp.generator.entities import tidy
    assert tidy(("Brigadier General Rizal Hartono", "person", 0, 31, 1))[0] == "Rizal Hartono"
    assert tidy(("Major General Johnson", "person", 0, 21, 1))[0] == "Major General Johnson"  # no lone surname left


def test_a_company_s_officer_written_after_its_name_is_a_person_not_a_model():
    # Set 69: "Seiwa Railway President Kenji Hamada" was a product, "Seiwa Railway President Kenji", and the speaker
    # "Hamada" alone among full names.
    raw = ("Japanese rail operator starts driverless trains\n\nTAKASAKI, Japan - A regional railway began running "
           "passenger trains without a driver on Monday.\n\nSeiwa Railway Co. is operating the trial on an 18.4-kilometre "
           "stretch of its Kiryu Hills Line in Gunma prefecture, the company said.\n\n\"Our line has carried passengers "
           "through these hills for 96 years,\" Seiwa Railway President Kenji Hamada said at a ceremony.\n\nThe company "
           "employs 62 licensed drivers, Hamada said.")
    assert speakers_of(raw)["Our line has carried"] == "Kenji Hamada"
    from quizapp.generator.entities import product_candidates
    text = "\"Our line has carried passengers,\" Seiwa Railway President Kenji Hamada said at a ceremony."
    assert not any("President" in name for name, *_ in product_candidates(text, {"Seiwa", "Seiwa Railway Co"}))
