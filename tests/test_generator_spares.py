"""The questions a generated set leaves out, offered to the instructor beside it (Generated.spares)."""

from quizapp.generator.pipeline import generate_question_set
from quizapp.generator.shown import normal, right_texts
from quizapp.generator.stems import leaks
from tests.test_generator_importance import MARATHON


def test_what_the_importance_cut_leaves_out_is_offered():
    generated = generate_question_set(MARATHON, spares=10)
    kept = [text for q in generated.question_set.questions for text in right_texts(q)]
    offered = [text for q in generated.spares for text in right_texts(q)]
    assert "68 pounds" not in kept and "68 pounds" in offered  # the entry fee: trivia, but the teacher's call


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
