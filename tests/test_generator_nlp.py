"""How the English model is loaded (numpy's products on one BLAS thread) and its sentences mended (generator/nlp.py)."""

from threadpoolctl import threadpool_info

from quizapp.generator.nlp import get_model


def test_every_trained_component_multiplies_with_numpy_not_blis():
    nlp = get_model()
    components = [(name, pipe) for name, pipe in nlp.components if hasattr(pipe, "model") and hasattr(pipe.model, "ops")]
    assert {"tok2vec", "tagger", "parser", "ner"} <= {name for name, _ in components}
    assert [name for name, pipe in components if pipe.model.ops.use_blis] == []


def test_numpy_s_blas_runs_on_one_thread_once_the_model_is_loaded():
    get_model()
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas, "numpy's BLAS was not found"
    assert {pool["num_threads"] for pool in blas} == {1}


def test_a_sentence_the_parser_ends_with_no_mark_goes_on_with_its_rest():
    from quizapp.generator import ingest
    from quizapp.generator.nlp import parse

    raw = ("Reef bleaching\n\nThe reef spans more than 2,300 kilometres. The Great Barrier Reef is a UNESCO World "
           "Heritage Site and supports around 64,000 jobs, mostly in tourism.")
    _, sentences = parse(ingest.from_text(raw))
    assert [s.text for s in sentences] == [
        "The reef spans more than 2,300 kilometres.",
        "The Great Barrier Reef is a UNESCO World Heritage Site and supports around 64,000 jobs, mostly in tourism."]
