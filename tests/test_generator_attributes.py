"""The indexed attribute ruler sets what the model's own attribute ruler sets, token for token."""

import pytest

from quizapp.generator import ingest
from quizapp.generator.nlp import get_model
from tests.conftest import DATA, ROOT

# Words the residual patterns are there for: two-token rules ("gon na", "let 's"), "ai n't",
# the existential "there are", and whitespace tokens.
CONTRACTIONS = ["Y'all ain't gonna believe it, so let's go. There are two cars and there's a van. C'mon!",
                "We gotta  leave\t now, and I'm sure they'd agree."]


def texts():
    """Every paragraph of the test articles, the evaluation articles and the sample, and the contractions."""
    paths = [*sorted((DATA / "articles").glob("*.txt")), *sorted((ROOT / "bench" / "eval-articles").glob("*.txt")),
             ROOT / "questions" / "articles" / "nmkv-kei-cars.txt"]
    return [text for path in paths for text in ingest.from_text(path.read_text()).paragraph_texts()] + CONTRACTIONS


def annotations(nlp, paragraphs):
    return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc] for doc in nlp.pipe(paragraphs)]


@pytest.fixture
def stock_model():
    """The pipeline with the model's own attribute ruler back in place, for one test."""
    nlp = get_model()
    nlp.disable_pipe("quizapp_attributes")
    nlp.enable_pipe("attribute_ruler")
    yield nlp
    nlp.disable_pipe("attribute_ruler")
    nlp.enable_pipe("quizapp_attributes")


def test_the_pipeline_runs_the_indexed_ruler_in_the_ruler_s_place():
    nlp = get_model()
    assert "attribute_ruler" not in nlp.pipe_names
    names = nlp.component_names
    assert names.index("quizapp_attributes") + 1 == names.index("attribute_ruler")  # after the parser, before NER


def test_indexed_ruler_matches_the_model_s_ruler_on_every_token(stock_model):
    paragraphs = texts()
    stock = annotations(stock_model, paragraphs)
    stock_model.disable_pipe("attribute_ruler")
    stock_model.enable_pipe("quizapp_attributes")
    ours = annotations(stock_model, paragraphs)
    assert sum(map(len, ours)) > 10_000
    assert ours == stock


def test_two_token_patterns_still_apply():
    doc = get_model()("They're gonna win, let's see.")
    gon = next(t for t in doc if t.lower_ == "gon")
    assert gon.lemma_ == "go"  # set only by the two-token pattern "gon na", through the residual Matcher
    assert next(t for t in doc if t.text == "'s").lemma_ == "us"
