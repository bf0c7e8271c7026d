"""Figures gapped in a passage, with the figures to put back (generator/figure_bank.py)."""

import re

from quizapp.generator.candidates import Candidate
from quizapp.generator.pipeline import generate_question_set
from quizapp.generator.shown import normal

# Three sentences of several shares each: one question per share would give the others away.
RESULTS = "\n\n".join([
    "Kelmarsh Stores closes 40 shops after profit falls",
    "LONDON, England - Kelmarsh Stores, the British homeware chain, said on Tuesday it would close 40 of its shops "
    "after its pre-tax profit fell to 61 million pounds in the year to March.",
    "Pre-tax profit fell 24% to 61 million pounds, as shoppers cut back on spending. Revenue slipped 2.6% to 1.93 "
    "billion pounds.",
    "Online sales rose 11% during the year and now account for 29% of group revenue, compared with 18% three years ago.",
    '"We have too many shops in the wrong places," said Harriet Okonedo, chief executive of Kelmarsh Stores. "The '
    'ones that stay open will be bigger and better."',
    "The company employs 9,400 people. It said about 1,200 jobs would go, and that it would offer staff roles in "
    "nearby stores where it could.",
    "Shares in Kelmarsh fell 7.9% on Tuesday. The company cut its final dividend to 3.1 pence a share from 5.4 pence.",
]) + "\n"


def banks(question_set):
    return [q for q in question_set.questions if "figure" in q.get("tags", ())]


def test_the_shares_of_one_sentence_are_asked_together_in_one_passage():
    generated = generate_question_set(RESULTS).question_set
    [bank] = banks(generated)
    assert bank["type"] == "matching"
    rights = [pair["right"] for pair in bank["pairs"]]
    assert {"24%", "2.6%", "11%", "29%", "18%"} <= set(rights)
    assert [pair["left"] for pair in bank["pairs"]] == [f"Gap {letter}" for letter in "ABCDE"[:len(rights)]]
    prompt = bank["prompt"]
    assert prompt.startswith("Fill each gap with the right figure: ")
    # Each gap stands where its figure stood, lettered in the passage's order.
    for letter, right in zip("ABCDE", rights, strict=False):
        assert f"({letter}) _____" in prompt
        assert right in bank["source"]["sentence"]
    assert "Pre-tax profit fell (A) _____ to 61 million pounds" in prompt
    for right in rights:
        assert normal(right) not in normal(prompt)  # no gap's figure is printed
    from quizapp.generator.shown import MAX_STEM_WORDS
    assert len(prompt.split()) <= MAX_STEM_WORDS  # a passage to read on a phone


def test_a_bank_holds_one_kind_of_figure_and_no_other_question_prints_or_asks_them():
    generated = generate_question_set(RESULTS).question_set
    [bank] = banks(generated)
    rights = [pair["right"] for pair in bank["pairs"]]
    assert all(right.endswith("%") for right in rights)  # a sum of money would be placed by its unit alone
    for question in generated.questions:
        if question is bank:
            continue
        for right in rights:
            assert not re.search(rf"(?<![\w.,]){re.escape(right)}", question["prompt"]), (right, question["prompt"])
        assert not set(rights) & {c["text"] for c in question.get("choices", ()) if c["weight"]}


def figure(answer, kind, text):
    """A single question's candidate for ``answer`` where ``text`` writes it."""
    from types import SimpleNamespace
    start = text.index(answer)
    return SimpleNamespace(answer=answer, answer_kind=kind, where=SimpleNamespace(start=start, end=start + len(answer)))


def test_a_measure_goes_only_with_measures_of_its_unit_and_a_sum_with_sums():
    from quizapp.generator.figure_bank import group_of
    text = "It waits 90 days, then 14 days; 1.2 million came, 212 left; it cost $3.1 billion and 310 million crowns."
    assert group_of(figure("90 days", "quantity", text), text) == "measure day"
    assert group_of(figure("14 days", "quantity", text), text) == "measure day"
    assert group_of(figure("1.2 million", "number", text), text) == "count"
    assert group_of(figure("212", "number", text), text) == "count"
    assert group_of(figure("$3.1 billion", "money", text), text) == "money"
    assert group_of(figure("310 million", "number", text), text) == "money"  # "crowns" after the gap says so
    text = "Voltrane had revenue of 27.6 billion Swedish crowns."
    assert group_of(figure("27.6 billion", "number", text), text) == "money"


def test_a_hedge_stays_printed_before_its_gap():
    from quizapp.generator.figure_bank import as_question, gapped
    from quizapp.generator.models import Sentence
    text = "The strike cost it an estimated 310 million crowns, and 45 million euros more went on refunds."
    sentence = Sentence(0, len(text), text, 0, 0)
    gaps = [figure("an estimated 310 million", "number", text), figure("45 million", "number", text)]
    for gap in gaps:
        gap.question, gap.score, gap.spares = {"id": "q"}, 0, []
    from types import SimpleNamespace
    context = SimpleNamespace(resolve_leaning=lambda written, antecedent, index: (written, False))
    maker = SimpleNamespace(article=SimpleNamespace(text=text), context=context, antecedent=lambda s: None)
    passage = gapped(maker, [sentence], gaps)
    assert passage == "The strike cost it an estimated (A) _____ crowns, and (B) _____ euros more went on refunds."
    pairs = as_question(maker, gaps, passage, [sentence]).question["pairs"]
    assert [pair["right"] for pair in pairs] == ["310 million", "45 million"]


def test_fewer_than_three_figures_of_a_kind_make_no_bank():
    text = """Harbour council approves new ferry pier

BRISTOL, England - Harbour councillors on Monday approved a new ferry pier costing 48 million pounds.

"It is a good day for the harbour," said council leader Priya Sandhu. The pier will open in 2028.
"""
    assert not banks(generate_question_set(text).question_set)


STORES = "\n\n".join([
    "Harwell Foods store closures reach 47",  # a figure the quiz's title keeps (see headline.py)
    "LEEDS, England - Harwell Foods said on Tuesday it would close 47 of its 310 stores by the end of March, "
    "putting about 2,600 jobs at risk.",
    '"These are hard decisions, but the stores we are closing have lost money for years," said Martin Greaves, '
    "chief executive of Harwell Foods.",
    "The chain employs 18,500 people and runs 12 distribution centres across northern England.",
    "The GMB union said it would seek urgent talks with the company.",
]) + "\n"


def test_a_figure_the_headline_prints_stays_printed_in_the_passage():
    [bank] = banks(generate_question_set(STORES).question_set)
    assert [pair["right"] for pair in bank["pairs"]] == ["310", "2,600", "18,500", "12"]  # not 47: the title says it
    assert "close 47 of its (A) _____ stores" in bank["prompt"]


def test_a_conversion_after_a_gap_goes_with_its_figure():
    from types import SimpleNamespace

    from quizapp.generator.figure_bank import gapped
    from quizapp.generator.models import Sentence
    text = "The line cost 9.6 billion zlotys ($2.4 billion), up from 7.2 billion zlotys."
    sentence = Sentence(0, len(text), text, 0, 0)
    gaps = [SimpleNamespace(answer=answer, where=SimpleNamespace(start=text.index(answer),
                                                                 end=text.index(answer) + len(answer)))
            for answer in ("9.6 billion zlotys", "7.2 billion zlotys")]
    context = SimpleNamespace(resolve_leaning=lambda written, antecedent, index: (written, False))
    maker = SimpleNamespace(article=SimpleNamespace(text=text), context=context, antecedent=lambda s: None)
    assert gapped(maker, [sentence], gaps) == "The line cost (A) _____, up from (B) _____."


def test_a_passage_sentence_that_leans_on_the_one_before_it_in_the_passage_is_gapped():
    """ "Of those" alone is not asked (set 52); after the sentence that says who, in one passage, it reads."""
    from types import SimpleNamespace

    from quizapp.generator.figure_bank import gapped
    from tests.test_generator_lures import maker_of
    maker, sentences, _, _ = maker_of("Waiting lists grow\n\nLEEDS, England - About 47,312 people were waiting for "
                                      "surgery in June, up 9 percent. Of those, 11,870 had waited more than a year.")
    text = maker.article.text
    gaps = [SimpleNamespace(answer=a, where=SimpleNamespace(start=text.index(a), end=text.index(a) + len(a)))
            for a in ("47,312", "11,870")]
    assert gapped(maker, sentences, gaps) == ("About (A) _____ people were waiting for surgery in June, up 9 percent. "
                                              "Of those, (B) _____ had waited more than a year.")
    assert gapped(maker, sentences[1:], gaps[1:]) is None  # of those what?


def test_a_bank_offers_decoys_that_fill_no_gap_and_stand_apart_from_its_figures():
    from quizapp.formats.json_format import dumps, loads
    from quizapp.generator.figures import numeric_value

    generated = generate_question_set(RESULTS).question_set
    [bank] = banks(generated)
    rights = [pair["right"] for pair in bank["pairs"]]
    decoys = bank["distractors"]
    assert len(decoys) == 2, decoys  # with as many figures as gaps, logic fills the last gaps
    for decoy in decoys:
        assert normal(decoy) not in normal(bank["prompt"]) and decoy not in rights
        assert all(abs(numeric_value(decoy) - numeric_value(r)) > 0.15 * numeric_value(r) for r in rights), decoy
    loads(dumps(generated))  # a distractor that matched a gap would fail its validation


def test_a_bank_of_shares_offers_no_decoy_above_a_hundred_percent():
    from quizapp.generator.figure_bank import beyond_whole

    gaps = [Candidate({"type": "multiple_choice", "prompt": ""}, 5, "mention", answer, 1) for answer in
            ("78 percent", "64 percent")]
    assert beyond_whole("122 percent", gaps) and not beyond_whole("88 percent", gaps)
    assert beyond_whole("100 percent", gaps)  # nor the whole (set 59: beside survey shares)
    assert not beyond_whole("122", [Candidate({}, 5, "mention", "310", 1)])


def test_the_gaps_figures_added_up_are_no_decoy():
    # Set 64: "$148 million", the telescope's whole cost, beside what three countries each paid of it.
    from quizapp.generator.figure_bank import decoys

    def gap(answer, score, lures):
        choices = [{"text": answer, "weight": 1}] + [{"text": lure, "weight": 0} for lure in lures]
        return Candidate({"type": "multiple_choice", "prompt": "", "choices": choices}, score, "mention", answer, 1)
    gaps = [gap("$22 million", 9, ["$148 million", "$9 million"]), gap("$71 million", 8, ["$148 million", "$93 million"]),
            gap("$55 million", 7, ["$148 million", "$40 million"])]
    found = decoys(gaps, "Chile contributed (A) _____ of the cost, Germany (B) _____ and Canada (C) _____.")
    assert found and "$148 million" not in found, found
    # in another scale, too
    gaps = [gap("$600 million", 9, ["$1.1 billion", "$300 million"]), gap("$500 million", 8, ["$1.1 billion"])]
    assert "$1.1 billion" not in decoys(gaps, "A paid (A) _____ and B (B) _____.")


def test_a_passage_holds_neighbouring_sentences_not_a_figure_from_the_far_end():
    # "Gap C is trivia bolted on from the article's last line" (sets 27 and 29)
    raw = "\n\n".join([
        "Dalby Foods profit falls",
        "Dalby Foods said on Tuesday its pre-tax profit fell 14% to 80 million pounds, and revenue slipped 3.1% to "
        "1.2 billion pounds.",
        "Online sales rose 9% during the year, the company said.",
        '"It has been a hard year for our customers," said Maria Holt, chief executive of Dalby Foods.',
        "The company makes soups and sauces at three factories in Yorkshire.",
        "It was founded by the Dalby family and listed in London after the war.",
        "Holt said the company would open a new research kitchen in Leeds.",
        "Shares in Dalby rose 6.5% in London trading.",
    ])
    [bank] = banks(generate_question_set(raw).question_set)
    rights = {pair["right"] for pair in bank["pairs"]}
    assert {"14%", "3.1%", "9%"} <= rights and "6.5%" not in rights, rights


def test_the_gap_whose_figure_alone_looks_as_it_does_gets_a_decoy_of_its_look():
    # "Gap C (2.3) is the only decimal and gives itself away" (set 33): its own lure comes first.
    from quizapp.generator.figure_bank import decoys

    def gap(answer, score, lures):
        choices = [{"text": answer, "weight": 1}] + [{"text": lure, "weight": 0} for lure in lures]
        return Candidate({"type": "multiple_choice", "prompt": "", "choices": choices}, score, "mention", answer, 1)
    gaps = [gap("48,500", 9, ["34,000", "58,200"]), gap("1,150", 8, ["690", "1,670"]), gap("2.3", 5, ["3.0", "1.3"])]
    found = decoys(gaps, "divers planted (A) _____ fragments on (B) _____ frames over (C) _____ hectares")
    assert found[0] == "3.0" and len(found) == 3, found  # (each of the three looks unlike the others: one each)


def test_three_gaps_each_told_by_its_look_get_a_decoy_each():
    # "0.41" new shares, "19,000" employees, "42" countries: two decoys left the countries' gap to fill itself
    # (set 39's reviewers).
    raw = "\n\n".join([
        "Sonavi to buy Audera",
        "COPENHAGEN, Denmark - Danish hearing aid maker Sonavi has agreed to buy Swiss rival Audera Holding for 3.7 "
        "billion Swiss francs in cash and shares.",
        "Audera shareholders will receive 52 francs in cash and 0.41 new Sonavi shares for each share they hold. The "
        "combined group will have more than 19,000 employees in 42 countries.",
        '"This is a once-in-a-generation opportunity," said Mette Kjaergaard, Sonavi\'s chief executive.',
    ])
    [bank] = banks(generate_question_set(raw).question_set)
    shapes = {re.sub(r"\d", "9", pair["right"]) for pair in bank["pairs"]}
    assert len(shapes) == len(bank["pairs"]) == 3, bank["pairs"]
    assert len(bank["distractors"]) == 3, bank["distractors"]


def test_each_kind_of_figure_in_a_bank_gets_a_decoy_before_any_gets_two():
    # Doses of 0.05 and 0.01 percent and cuts of 41 and 17 percent: decoys of 0.02 and 0.10 percent left the two
    # cuts told by their look (set 44's reviewers).
    from quizapp.generator.figure_bank import decoys

    def gap(answer, score, lures):
        choices = [{"text": answer, "weight": 1}] + [{"text": lure, "weight": 0} for lure in lures]
        return Candidate({"type": "multiple_choice", "prompt": "", "choices": choices}, score, "mention", answer, 1)
    gaps = [gap("0.05 percent", 9, ["0.02 percent", "0.10 percent"]), gap("41 percent", 5, ["31 percent", "55 percent"]),
            gap("0.01 percent", 8, ["0.03 percent", "0.08 percent"]), gap("17 percent", 4, ["25 percent", "9 percent"])]
    found = decoys(gaps, "given the (A) _____ drops, a reduction of (B) _____; the (C) _____ dose cut it by (D) _____")
    assert len(found) == 2 and {"." in text for text in found} == {True, False}, found


def test_a_bank_s_explanation_is_not_shown_again_beside_its_source():
    # A new user's walk: after a fill-the-gaps question, "Explanation: The article says: “...” “...”" was followed by
    # "From the article:" with the same two sentences.
    from quizapp.filters import explanation_of

    [bank] = banks(generate_question_set(RESULTS).question_set)
    assert bank["feedback"].startswith("The article says: ")  # kept for exports, where no source goes
    assert explanation_of(bank) == ""
    assert explanation_of({**bank, "feedback": "Profit fell as shoppers cut back."}) == "Profit fell as shoppers cut back."
