"""Aiken files: read as Moodle reads them, the problems it misses reported with their line, and written back."""

import json
import random
import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from quizapp.errors import QuestionFileError
from quizapp.formats import aiken
from quizapp.formats import write as write_format
from quizapp.formats.json_format import QuestionSet
from quizapp.formats.parsed import finish
from tests.conftest import DATA

CORPUS = DATA / "formats" / "aiken"
GOOD = sorted(path for path in CORPUS.glob("*.txt") if path.stem != "malformed")


def load(text, filename="quiz.txt"):
    """The checked question set in Aiken ``text``."""
    return finish(aiken.read(text), filename, "Imported")


def problems_of(text, filename="quiz.txt"):
    with pytest.raises(QuestionFileError) as info:
        load(text, filename)
    return info.value.problems


def mc(prompt, *choices, right=0, **extra):
    return {"type": "multiple_choice", "prompt": prompt,
            "choices": [{"text": text, "weight": 1 if i == right else 0} for i, text in enumerate(choices)], **extra}


def write(*questions, title="Set"):
    return aiken.write(QuestionSet(title=title, questions=list(questions)))


# The corpus ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", GOOD, ids=lambda path: path.name)
def test_corpus_file_reads_as_expected(path):
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    parsed = aiken.read(path.read_text(encoding="utf-8"))
    question_set = finish(parsed, path.name, "Imported")
    assert question_set.questions == expected["questions"]
    assert parsed.lines == expected["lines"]
    assert question_set.warnings == expected["warnings"]


def test_word_export_has_a_bom_crlf_and_smart_quotes_and_reads_cleanly():
    raw = (CORPUS / "word-export.txt").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and "“".encode() in raw
    questions = load(raw.decode("utf-8")).questions
    assert questions[0]["prompt"] == "Which quote is “smart”?"  # no BOM left, quotes kept as typed
    assert [c["text"] for c in questions[0]["choices"]] == ["‘single’", "“double”", 'straight "plain"']


def test_malformed_file_reports_every_problem_with_its_line():
    path = CORPUS / "malformed.txt"
    assert problems_of(path.read_text(encoding="utf-8"), "malformed.txt") == [
        "malformed.txt:1: Question not started: this option comes before any question text",
        "malformed.txt:2: Question not started: this ANSWER line comes before any question text",
        "malformed.txt:4: Question not completed before next question start: the question on line 3 has no ANSWER line"
        " (a question's text must be on one line)",
        "malformed.txt:7: the answer letter b is lower case; write one of the options A-B in capitals",
        "malformed.txt:10: Question must have at least 2 answers: the question on line 8 has 1",
        "malformed.txt:14: the answer letter E is not one of the options A-B",
        "malformed.txt:17: this option is lettered C) but should be B): options must be lettered A, B, C, ... in order",
        'malformed.txt:20: Question not completed before next question start: "a)" starts a new question,'
        ' because option letters must be capitals ("A)")',
        'malformed.txt:21: Question not completed before next question start: "b)" starts a new question,'
        ' because option letters must be capitals ("B)")',
        'malformed.txt:26: Question not completed: "Answer:" is not the answer line; write ANSWER: in capitals,'
        " with the colon straight after it",
        "malformed.txt:29: option B has no text",
        'malformed.txt:34: write only the right option\'s letter after ANSWER: (one of A-B), not "France"',
        "malformed.txt:38: the ANSWER line has no letter; write the right option's letter, one of A-B",
        "malformed.txt:39: Question not completed: the file ends before this question's ANSWER line",
    ]


def test_an_answer_line_without_its_colon_is_named_once_with_the_fix():
    # A new user's walk: "ANSWER B" was read as the next question's text and reported twice, as two unfinished
    # questions, with no word of the missing colon
    text = "What is 2 + 2?\nA) 3\nB) 4\nANSWER B\n\nWhich is red?\nA) Sky\nB) Blood\nANSWER: B\n"
    assert problems_of(text, "quiz.txt") == [
        'quiz.txt:4: Question not completed: "ANSWER B" is not the answer line; write "ANSWER: B", with the colon '
        "straight after ANSWER"]


# Reading as Moodle does ---------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["A) Paris", "A)Paris", "A. Paris", "A.\tParis", "  A)   Paris  ", "A)\u00a0Paris"])
def test_option_label_and_one_separator_are_cut(line):
    question = load(f"Capital of France?\n{line}\nB) Rome\nANSWER: A\n").questions[0]
    assert question["choices"][0] == {"text": "Paris", "weight": 1}


def test_blank_lines_are_optional_and_short_lines_ignored():
    text = "Q one?\nA) a\nB) b\nANSWER: A\nQ two?\n.\nA) c\n \nB) d\nANSWER: B\n"
    parsed = aiken.read(text)
    assert [q["prompt"] for q in parsed.questions] == ["Q one?", "Q two?"]
    assert parsed.lines == [1, 5]


def test_line_endings_of_every_kind_count_as_one_line():
    for newline in ("\n", "\r\n", "\r"):
        text = newline.join(["Q?", "A) a", "B) b", "ANSWER: A", "", "Second?", "A) c", "ANSWER: A"])
        assert problems_of(text) == ["quiz.txt:8: Question must have at least 2 answers: the question on line 6 has 1"]


def test_text_stays_plain_text_and_html_characters_are_kept():
    question = load("Is 2 < 3 & 3 > 2?\nA) <b>yes</b>\nB) no\nANSWER: A\n").questions[0]
    assert question == mc("Is 2 < 3 & 3 > 2?", "<b>yes</b>", "no")
    assert "format" not in question


def test_a_stem_that_starts_like_an_option_is_an_option_as_in_moodle_and_is_said_to_be():
    # A new user's walk: four "Question not started" messages, and no hint that "A." was read as an option letter.
    text = "Who came first?\nA) Lincoln\nB) Grant\nANSWER: A\n\nA. Lincoln was president in which century?\n" \
           "A) 18th\nB) 19th\nANSWER: B\n\nWhich is a prime?\nA) 4\nB) 5\nANSWER: B\n"
    assert problems_of(text) == [
        'quiz.txt:6: Question not started: "A. Lincoln was president in w…" reads as option A (the options after'
        ' it start again at A); a question\'s text must not start with a capital letter and "."',
    ]
    # options with no question at all are still each told, as Moodle tells them
    assert problems_of("A) 18th\nB) 19th\nANSWER: B\n") == [
        "quiz.txt:1: Question not started: this option comes before any question text",
        "quiz.txt:2: Question not started: this option comes before any question text",
        "quiz.txt:3: Question not started: this ANSWER line comes before any question text",
    ]


def test_a_second_line_of_question_text_is_reported_as_moodle_does():
    assert problems_of("What does\ne.g. mean?\nA) for example\nB) that is\nANSWER: A\n") == [
        "quiz.txt:2: Question not completed before next question start: the question on line 1 has no ANSWER line"
        " (a question's text must be on one line)"]


def test_after_an_answer_line_lower_case_letters_start_a_question():
    question = load("Q?\nA) a\nB) b\nANSWER: A\na) is this a question?\nA) yes\nB) no\nANSWER: A\n").questions[1]
    assert question["prompt"] == "a) is this a question?"


@pytest.mark.parametrize("line", ["ANSWER: B", "ANSWER:B", "ANSWER:   B  ", "ANSWER: B.", "ANSWER: B)"])
def test_answer_line_spellings(line):
    parsed = aiken.read(f"Q?\nA) a\nB) b\n{line}\n")
    assert parsed.questions[0]["choices"][1]["weight"] == 1
    assert parsed.warnings == []


def test_text_after_the_answer_letter_is_ignored_with_a_warning():
    question_set = load("Q?\nA) a\nB) b\nANSWER: B (b)\n")
    assert question_set.warnings == ['quiz.txt:4: only the letter B is read from this ANSWER line; "(b)" is ignored']


def test_answer_that_is_not_a_letter():
    assert problems_of("Q?\nA) a\nB) b\nANSWER: 2\n") == ["quiz.txt:4: the answer 2 is not one of the options A-B"]


def test_more_than_26_options():
    options = "\n".join(f"{chr(65 + i)}) option {i}" for i in range(26))
    assert problems_of(f"Q?\n{options}\nZ) one too many\nANSWER: A\n") == [
        "quiz.txt:28: a question can have at most 26 options (A-Z)"]


def test_empty_file_has_no_questions():
    assert problems_of("\n \n") == ["quiz.txt:1: no questions found; check that this is the right file and format"]


def test_duplicate_choices_are_caught_by_the_common_checks_at_the_question_line():
    assert problems_of("Q one?\nA) a\nB) b\nANSWER: A\n\nQ two?\nA) same\nB) Same\nANSWER: A\n") == [
        "quiz.txt:6: choices 1 and 2 (“Same”) read the same; change or remove one"]


# Writing ------------------------------------------------------------------------------------------


def test_write_as_moodle_does():
    text = write(
        mc("What is the capital of France?", "Berlin", "Paris", "Rome", right=1, title="t", feedback="f"),
        mc("A question\non two lines", "yes", "  no  ", right=0),
    )
    assert text == (
        "What is the capital of France?\nA) Berlin\nB) Paris\nC) Rome\nANSWER: B\n"
        "\n"
        "A question on two lines\nA) yes\nB) no\nANSWER: A\n"
    )


def test_rich_text_is_flattened_to_one_line_of_plain_text():
    text = write(
        mc("<p>Pick the <b>bold</b> one:</p>\n<p>carefully &amp; quickly</p>", "<i>x</i>", "y &lt; z", format="html"),
        mc("Pick the **strong** one", "`code`", "plain", format="markdown"),
    )
    assert text.splitlines()[:3] == ["Pick the bold one: carefully & quickly", "A) x", "B) y < z"]
    assert text.splitlines()[5:8] == ["Pick the strong one", "A) code", "B) plain"]


@pytest.mark.parametrize(("question", "reason"), [
    ({"type": "true_false", "prompt": "Sky is blue", "answer": True}, "Aiken holds only single-answer multiple choice"),
    ({**mc("Pick", "a", "b"), "multiple": True}, "Aiken holds only single-answer multiple choice"),
    (mc("Pick", *(f"o{i}" for i in range(27))), "Aiken holds at most 26 choices (A-Z)"),
    ({"type": "multiple_choice", "prompt": "Pick", "choices": [{"text": "a", "weight": 1}, {"text": "b", "weight": 0.5}]},
     "Aiken holds one right choice and wrong ones, not partial or negative weights"),
    ({"type": "multiple_choice", "prompt": "Pick", "choices": [{"text": "a", "weight": 1}, {"text": "b", "weight": -1}]},
     "Aiken holds one right choice and wrong ones, not partial or negative weights"),
    (mc("?", "a", "b"), "Aiken ignores question text shorter than 2 characters"),
    (mc("A. Lincoln was?", "a", "b"), 'the question text starts with "A.", which Aiken would read as an option or answer line'),
    (mc("ANSWER: this", "a", "b"), 'the question text starts with "AN", which Aiken would read as an option or answer line'),
    (mc("Pick", '<img src="x.png">', "b", format="html"), "a choice has no text once written as plain text"),
])
def test_unsupported_says_why(question, reason):
    assert aiken.unsupported(question) == reason


def test_registry_leaves_out_what_aiken_cannot_hold():
    question_set = QuestionSet(title="Set", questions=[
        mc("Pick one", "a", "b"), {"type": "short_answer", "prompt": "Say", "answers": [{"text": "x"}]}])
    export = write_format(question_set, "aiken")
    assert export.data == "Pick one\nA) a\nB) b\nANSWER: A\n"
    assert export.skipped == ["question 2 (Say): Aiken holds only single-answer multiple choice"]


def test_what_aiken_cannot_hold_is_left_out_of_the_file():
    question = mc("Pick", "a", "b", right=1, title="T", id="q1", feedback="why", tags=["t"], points=2)
    question["choices"][0]["feedback"] = "no"
    assert load(write(question)).questions == [mc("Pick", "a", "b", right=1)]


def test_round_trip_of_the_corpus():
    for path in GOOD:
        questions = load(path.read_text(encoding="utf-8")).questions
        assert load(write(*questions)).questions == questions, path.name


@pytest.mark.parametrize(("text", "expected"), [
    ((CORPUS / "styles.txt").read_text(encoding="utf-8"), True),
    ("Q?\nA) a\nB) b\nANSWER: B\n", True),
    ("::Q1:: 1+1=2 {T}\n", False),
    ("term\tdefinition\n", False),
    ("Q?\nANSWER: B\n", False),
])
def test_looks_like(text, expected):
    assert aiken.looks_like(text) is expected


# Properties ---------------------------------------------------------------------------------------

aiken_lines = st.sampled_from([
    "Q?", "What is it?", "A) a", "B) b", "C. c", "A)", "a) x", "ANSWER: A", "ANSWER: b", "ANSWER:", "Answer: A",
    "ANSWER: Z", "", " ", "x", "\ufeffQ", "Z) z", "ANSWER: Berlin",
])
aiken_texts = st.one_of(
    st.text(max_size=300),
    st.lists(aiken_lines | st.text(max_size=10), max_size=40).map("\n".join),
)


def check_clean(text):
    """Reading never raises, every problem is on a line of the file, and finish raises only QuestionFileError."""
    parsed = aiken.read(text)
    last = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
    assert all(1 <= line <= last for line, _ in parsed.problems + parsed.warnings)
    assert all(1 <= line <= last for line in parsed.lines)
    try:
        finish(parsed, "x.txt", "Imported")
    except QuestionFileError as e:
        assert e.problems and all(p.startswith("x.txt:") for p in e.problems)


@settings(max_examples=100, deadline=None)
@given(aiken_texts)
def test_any_text_is_read_or_reported(text):
    check_clean(text)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(GOOD + [CORPUS / "malformed.txt"]), st.randoms(use_true_random=False), st.integers(1, 5))
def test_mutated_corpus_files_are_read_or_reported(path, rng, count):
    lines = path.read_text(encoding="utf-8").splitlines()
    for _ in range(count):
        mutate(lines, rng)
    check_clean("\n".join(lines))


def mutate(lines, rng):
    """Delete, duplicate, swap or garble a line, the kind of damage hand-edited files suffer."""
    if not lines:
        lines.append("")
    index = rng.randrange(len(lines))
    action = rng.choice(["delete", "duplicate", "swap", "garble", "lower"])
    if action == "delete":
        del lines[index]
    elif action == "duplicate":
        lines.insert(index, lines[index])
    elif action == "swap":
        other = rng.randrange(len(lines))
        lines[index], lines[other] = lines[other], lines[index]
    elif action == "garble" and lines[index]:
        cut = rng.randrange(len(lines[index]))
        lines[index] = lines[index][:cut] + rng.choice(["", ")", ".", ":", "\r", "\t", "ANSWER: ", "é"]) + lines[index][cut + 1:]
    else:
        lines[index] = lines[index].lower()


texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)


@st.composite
def aiken_questions(draw):
    """A single-answer multiple-choice question, in any format, with any text."""
    fmt = draw(st.sampled_from(["plain", "plain", "html", "markdown", "moodle"]))
    choices = draw(st.lists(texts, min_size=2, max_size=8, unique_by=lambda t: aiken.flatten(t, fmt).casefold()))
    right = draw(st.integers(0, len(choices) - 1))
    question = mc(draw(texts), *choices, right=right)
    if fmt != "plain":
        question["format"] = fmt
    return question


@settings(max_examples=100, deadline=None)
@given(st.lists(aiken_questions(), min_size=1, max_size=4))
def test_every_question_aiken_can_hold_comes_back(questions):
    questions = [q for q in questions if aiken.unsupported(q) is None]
    assume(questions)
    expected = [{"type": "multiple_choice", "prompt": aiken.flatten(q["prompt"], q.get("format", "plain")),
                 "choices": [{"text": aiken.flatten(c["text"], q.get("format", "plain")), "weight": c["weight"]}
                             for c in q["choices"]]}
                for q in questions]
    assert load(write(*questions)).questions == expected


one_line = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=2, max_size=30).map(str.strip)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(one_line, st.lists(one_line, min_size=2, max_size=6, unique_by=str.casefold), st.integers(0, 5)),
                min_size=1, max_size=4))
def test_plain_one_line_questions_come_back_unchanged(drawn):
    questions = [mc(prompt, *choices, right=right % len(choices)) for prompt, choices, right in drawn]
    assume(all(q["prompt"] and all(c["text"] for c in q["choices"]) for q in questions))
    assume(all(aiken.unsupported(q) is None for q in questions))
    assert load(write(*questions)).questions == questions


def test_large_hostile_input_is_read_quickly():
    rng = random.Random(4)
    pieces = ["A) x", "ANSWER: A", "Q?", "a) y", "Answer: B", " " * 1000, "\r"]
    text = "\n".join(rng.choice(pieces) for _ in range(50_000)) + "\n" + " " * 200_000 + "x\n" + "A)" * 100_000
    start = time.perf_counter()
    aiken.read(text)
    aiken.looks_like(text)
    assert time.perf_counter() - start < 5
