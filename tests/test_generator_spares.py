"""The questions a generated set leaves out, offered to the instructor beside it (Generated.spares)."""

from quizapp.generator.pipeline import generate_question_set
from quizapp.generator.shown import normal, right_texts
from quizapp.generator.stems import leaks
from tests.test_generator_importance import FACTORY, MARATHON


def test_what_the_importance_cut_leaves_out_is_offered():
    generated = generate_question_set(FACTORY, spares=10)
    kept = [text for q in generated.question_set.questions for text in right_texts(q)]
    offered = [text for q in generated.spares for text in right_texts(q)]
    # where the pack site is: trivia, but the teacher's call
    assert "40 kilometres" not in kept and "40 kilometres" in offered


def test_no_spare_asks_again_or_gives_away_what_the_set_asks():
    generated = generate_question_set(MARATHON, max_questions=5, spares=10)
    questions = generated.question_set.questions
    assert 1 <= len(generated.spares) <= 10
    asked = {normal(text) for q in questions for text in right_texts(q)}
    for spare in generated.spares:
        assert not {normal(text) for text in right_texts(spare)} & asked, spare["prompt"]
        assert not any(leaks(spare["prompt"], text) for q in questions for text in right_texts(q)), spare["prompt"]
        assert not any(leaks(q["prompt"], text) for q in questions for text in right_texts(spare)), spare["prompt"]
    assert generate_question_set(MARATHON).spares == []  # only when asked for


KOTOR = ('Harbour town bans cruise ships over 3,000 passengers\n\n'
         'KOTOR, Montenegro - The Adriatic town of Kotor will ban cruise ships carrying more than 3,000 '
         'passengers from its bay from next April, the town council said on Tuesday, after residents '
         'complained that crowds were driving them out of the medieval old town.\n\n'
         'The council voted 19 to 4 for the limit, which will also cap the number of ships at two a day. Last '
         'year 612 cruise ships called at Kotor, bringing about 480,000 passengers to a town of 13,000 people.'
         '\n\n'
         'Mayor Vladimir Jokic said the town would lose about 2.5 million euros a year in port fees. "We would'
         ' rather earn less than become a theme park," he said.\n\n'
         'The Cruise Lines International Association, which represents the industry, said it was disappointed.'
         ' Its regional director, Marta Pelle, said the decision would hurt shops and tour guides who depend '
         'on visitors. "Ships bring jobs, and the town will feel the loss," she said.\n\n'
         "Residents' group Stari Grad Zivi collected 4,200 signatures for a limit. Its founder, Ana Vukovic, "
         'said the vote was "a first step". Since then, the group has asked for a tourist tax of 5 euros a '
         'day.')


def test_no_spare_asks_who_a_person_the_matching_pairs_is():
    """"Who is Stari Grad Zivi's founder?" beside the people's matching that pairs Ana Vukovic so: added back, it was
    answered by the matching's feedback (a new user's find)."""
    generated = generate_question_set(KOTOR, spares=10)
    matched = [pair for q in generated.question_set.questions if q["type"] == "matching" for pair in q["pairs"]]
    assert any(pair["left"] == "Ana Vukovic" for pair in matched), generated.question_set.questions
    assert not [spare["prompt"] for spare in generated.spares if "founder" in spare["prompt"]]
