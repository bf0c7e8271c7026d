"""CSV/TSV files as Quizlet, Anki and spreadsheets write them: reading, problems with their line, writing, round trips."""

import json
import random
import re
import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from quizapp import formats
from quizapp.errors import QuestionFileError
from quizapp.formats import delimited
from quizapp.formats import write as write_format
from quizapp.formats.json_format import QuestionSet
from quizapp.formats.parsed import finish
from tests.conftest import DATA

CORPUS = DATA / "formats" / "csv"
GOOD = sorted(path for path in CORPUS.iterdir() if path.with_suffix(".expected.json").exists() and path.suffix != ".json")
BAD = sorted(CORPUS.glob("malformed*")) + sorted(CORPUS.glob("bad-*"))


def load(text, filename="cards.csv"):
    """The checked question set in CSV ``text``."""
    return finish(delimited.read(text), filename, "Imported")


def problems_of(text, filename="cards.csv"):
    with pytest.raises(QuestionFileError) as info:
        load(text, filename)
    return info.value.problems


def card(prompt, answer, **extra):
    return {"type": "short_answer", "prompt": prompt, "answers": [{"text": answer}], **extra}


def mc(prompt, *choices, right=0, **extra):
    return {"type": "multiple_choice", "prompt": prompt,
            "choices": [{"text": text, "weight": 1 if i == right else 0} for i, text in enumerate(choices)], **extra}


def write(*questions, title="Set"):
    return delimited.write(QuestionSet(title=title, questions=list(questions)))


# The corpus ---------------------------------------------------------------------------------------


def test_corpus_has_good_and_bad_files():
    assert len(GOOD) >= 7 and len(BAD) == 3


@pytest.mark.parametrize("path", GOOD, ids=lambda path: path.name)
def test_corpus_file_reads_as_expected(path):
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    parsed = delimited.read(path.read_text(encoding="utf-8"))
    question_set = finish(parsed, path.name, "Imported")
    assert question_set.questions == expected["questions"]
    assert parsed.lines == expected["lines"]
    assert question_set.warnings == expected["warnings"]
    assert question_set.title == expected["title"]


def test_malformed_rows_are_each_reported_with_the_line_they_start_on():
    assert problems_of((CORPUS / "malformed.csv").read_text(encoding="utf-8"), "malformed.csv") == [
        "malformed.csv:3: this row has only one column; put a comma between the question and its answer",
        'malformed.csv:4: the question is empty (column 1, "Question")',
        'malformed.csv:5: the answer is empty (column 2, "Answer")',
        'malformed.csv:6: the right answer "Blue" is also a wrong option; list only wrong options after it',
        'malformed.csv:8: a quote (") opens a cell on this line but is never closed;'
        ' close it, or write a quote inside a quoted cell as ""',
    ]


def test_bad_headers_are_each_reported():
    assert problems_of((CORPUS / "bad-headers.txt").read_text(encoding="utf-8"), "bad-headers.txt") == [
        'bad-headers.txt:1: the separator "dash" is not one of Tab, Comma, Semicolon, Space, Pipe, Colon or a single character',
        'bad-headers.txt:2: #html: must be true or false, not "yes"',
        'bad-headers.txt:3: #tags column: must be a column number (1, 2, ...), not "x"',
        "bad-headers.txt:4: Anki Cloze notes cannot be imported; export the deck with Basic notes,"
        " or write the questions as GIFT missing-word questions",
    ]


def test_bad_columns_are_reported_at_the_header():
    assert problems_of((CORPUS / "bad-columns.txt").read_text(encoding="utf-8"), "bad-columns.txt") == [
        'bad-columns.txt:1: two question columns: "Front" (column 1) and "Front" (column 2); keep one']


# Reading ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "separator"), [
    ("a\tb,c;d\n", "\t"),
    ("a;b,c\n", ";"),
    ("a,b\n", ","),
    ('"Paris; France",capital\n', ","),
    ("\n\n# comment\na,b\n", ","),
    ("no separator at all\n", "\t"),
])
def test_separator_is_sniffed_from_the_first_data_line(text, separator):
    assert delimited.sniff_separator(text) == separator


@pytest.mark.parametrize(("header", "line"), [
    ("#separator:Tab", "q\ta"), ("#separator:comma", "q,a"), ("#separator:Semicolon", "q;a"),
    ("#separator:Space", "q a"), ("#separator:PIPE", "q|a"), ("#separator:Colon", "q:a"),
    ("#separator:|", "q|a"), ("#separator:\t", "q\ta"), ("# Separator : tab", "q\ta"), ("#separator:~", "q~a"),
])
def test_separator_header(header, line):
    others = "".join(char for char in "\t,;|:~" if char not in line)  # the other separators are ordinary text
    assert load(f"{header}\n{line}{others}\n").questions == [card("q", "a" + others)]


def test_tab_file_without_headers_is_quizlet_text_with_no_quoting():
    text = '"Ich bin\tI am "\nto be\t"sein"\n'
    assert load(text).questions == [card('"Ich bin', 'I am "'), card("to be", '"sein"')]


def test_tab_file_with_anki_headers_quotes_like_anki():
    text = '#html:false\n"two\nlines"\t"a ""quoted"" back"\n"x"y\tz\n'
    parsed = delimited.read(text)
    assert parsed.questions == [card("two\nlines", 'a "quoted" back'), card("xy", "z")]
    assert parsed.lines == [2, 4]


def test_a_quoted_cell_that_never_closes_is_reported_and_reading_carries_on():
    assert problems_of('q,a\n"never closed,a\nq2,\n') == [
        'cards.csv:2: a quote (") opens a cell on this line but is never closed;'
        ' close it, or write a quote inside a quoted cell as ""',
        "cards.csv:3: the answer is empty (column 2)",
    ]


def test_headers_count_only_at_the_top_and_later_hash_lines_are_comments():
    text = "#separator:Semicolon\n\n#separator:Comma\nq;a\n#note;to self\n"
    parsed = delimited.read(text)
    assert parsed.questions == [card("q", "a")]
    assert parsed.warnings == [(5, 'this line starts with # and is skipped as a comment, as Anki does;'
                                   ' put the question in quotes ("#...") if it is a card')]


def test_html_header_makes_rows_html_and_flashcard_answers_plain():
    question_set = load("#html:true\n<b>Paris</b> is in?\tFrance&nbsp;<br>\nPick\tright\twrong <i>one</i>\n")
    assert question_set.questions == [
        card("<b>Paris</b> is in?", "France", format="html"),
        mc("Pick", "right", "wrong <i>one</i>", format="html"),
    ]


def test_html_is_sanitised_by_the_common_checks():
    question = load('#html:true\n<img src=x onerror="alert(1)">What?\tThis\n').questions[0]
    assert "onerror" not in question["prompt"]


def test_tags_deck_and_column_headers():
    text = ("#separator:tab\n#tags:week1 shared\n#deck:Biology::Cells\n#guid column:1\n#tags column:4\n"
            "id-1\tcell\tunit of life\tbio shared\n")
    question_set = load(text)
    assert question_set.title == "Biology::Cells"
    assert question_set.questions == [card("cell", "unit of life", id="id-1", tags=["bio", "shared", "week1"])]


@pytest.mark.parametrize("value", ["x", "0", "\u00b2", "-1", ""])
def test_column_number_headers_must_be_numbers(value):
    assert problems_of(f"#tags column:{value}\nq\ta\n") == [
        f'cards.csv:1: #tags column: must be a column number (1, 2, ...), not "{value}"']


def test_a_type_column_is_ignored_with_a_warning():
    question_set = load("Question,Answer,Type\nq,a,multiple choice\n")
    assert question_set.questions == [card("q", "a")]
    assert question_set.warnings == ['cards.csv:1: columns quizapp does not know are ignored: "Type" (column 3)']


@pytest.mark.parametrize("text", ["#1 rule\tnever\nq\ta\n", "q\ta\n#1 rule\tnever\n"])
def test_hash_lines_in_quizlet_text_are_comments_too(text):
    parsed = delimited.read(text)
    assert parsed.questions == [card("q", "a")]
    assert [message for _, message in parsed.warnings] == [
        "this line starts with # and is skipped as a comment, as Anki does; start the line with something else if it is a card"]


def test_columns_header_may_be_spaced_as_formats_md_shows_it():
    assert load("#columns:Back Front\nanswer\tquestion\n").questions == [card("question", "answer")]


def test_columns_header_needs_a_question_and_an_answer():
    assert problems_of("#columns:Front,Notes\nq,a\n") == [
        "cards.csv:1: the columns must include a question column (Question, Front or Term)"
        " and an answer column (Answer, Back or Definition)"]


@pytest.mark.parametrize("names", [
    "Question,Answer,Wrong 1,Wrong 2", "question,answer,wrong,wrong", "TERM,Definition,Option 1,Option2",
    "Front,Back,Wrong answer 1,Distractor", "  Question , ANSWER ,Wrong  3, Wrong 4",
])
def test_header_row_names(names):
    assert load(f"{names}\nq,a,w1,w2\n").questions == [mc("q", "a", "w1", "w2")]


def test_header_row_columns_in_any_order_with_feedback_and_tags():
    text = "Term,Explanation,Tags,Wrong,Definition,Wrong\nq,because,t1 t2,w1,a,w2\n"
    assert load(text).questions == [mc("q", "a", "w1", "w2", feedback="because", tags=["t1", "t2"])]


def test_a_row_without_wrong_options_is_a_flashcard_even_in_the_multiple_choice_layout():
    assert load("Question,Answer,Wrong 1\nq,a,\nq2,a2,w\n").questions == [card("q", "a"), mc("q2", "a2", "w")]


def test_without_a_header_three_columns_are_multiple_choice():
    assert load("q,a,w1,,w2\nq2,a2\n").questions == [mc("q", "a", "w1", "w2"), card("q2", "a2")]


@pytest.mark.parametrize(("cell", "read"), [
    ("'=SUM(A1)", "=SUM(A1)"), ("'+1", "+1"), ("'-1", "-1"), ("'@x", "@x"),
    ("''=x", "'=x"), ("'hello", "'hello"), ("'", "'"), ("=x", "=x"),
])
def test_formula_guard_is_removed(cell, read):
    assert load(f"q,{cell}\n").questions == [card("q", read)]


def test_cells_are_trimmed_and_line_endings_made_newlines():
    assert load(' q ,"a\r\nb"  \r\n').questions == [card("q", "a\nb")]


def test_too_many_rows():
    text = "".join(f"q{n},a{n}\n" for n in range(delimited.MAX_ROWS + 5))
    assert problems_of(text) == ["cards.csv:10001: the file has more than 10,000 rows; split it into smaller files"]


def test_too_long_a_cell():
    assert problems_of("q,a\nq2," + "x" * 10_001 + "\n") == [
        "cards.csv:2: column 2 is 10,001 characters long; a cell may hold at most 10,000"]


def test_empty_file():
    assert problems_of("\ufeff\n\n") == ["cards.csv:1: no questions found; check that this is the right file and format"]


# Writing ------------------------------------------------------------------------------------------


def test_write_flashcards_as_anki_tsv():
    assert write(card("cat", "chat"), card("dog", "chien", tags=["animals", "two words"]), title="French") == (
        "#separator:tab\n#html:false\n#deck:French\n#columns:Front\tBack\tTags\n#tags column:3\n"
        "cat\tchat\t\n"
        "dog\tchien\tanimals two_words\n"
    )


def test_write_multiple_choice_layout_with_feedback_guards_and_quoting():
    text = write(
        mc("Sum of A1:A2?", "3", "=A1+A2", "-1", right=0, feedback="Add them"),
        mc("Pick the\ntab", "a\tb", '"quoted"', "#hash", right=2),
        card("Flash", "card"),
    )
    assert text == (
        "#separator:tab\n#html:false\n#deck:Set\n#columns:Question\tAnswer\tWrong 1\tWrong 2\tFeedback\n"
        "Sum of A1:A2?\t3\t'=A1+A2\t'-1\tAdd them\n"
        '"Pick the\ntab"\t"#hash"\t"a\tb"\t"""quoted"""\t\n'
        "Flash\tcard\t\t\t\n"
    )


def test_write_html_when_any_question_is_not_plain_text():
    text = write(card("a < b", "x & y"), mc("**bold**", "*it*", "no", format="markdown"))
    assert text.splitlines()[1] == "#html:true"
    assert text.splitlines()[4:] == ["a &lt; b\tx &amp; y\t", "<p><strong>bold</strong></p>\t<p><em>it</em></p>\t<p>no</p>"]
    questions = load(text).questions
    assert questions[0] == card("a &lt; b", "x & y", format="html")  # the same meaning, now as HTML
    assert questions[1]["choices"][0] == {"text": "<p><em>it</em></p>", "weight": 1}


@pytest.mark.parametrize(("question", "reason"), [
    ({"type": "true_false", "prompt": "Sky is blue", "answer": True},
     "true/false"),
    ({"type": "short_answer", "prompt": "Four?", "answers": [{"text": "four"}, {"text": "4"}]},
     "more than one accepted answer"),
    ({"type": "short_answer", "prompt": "Four?", "answers": [{"text": "four", "weight": 0.5}]},
     "an answer worth part of the marks"),
    ({**mc("Pick", "a", "b"), "multiple": True},
     "more than one right choice, or part marks"),
    ({"type": "multiple_choice", "prompt": "Pick", "choices": [{"text": "a", "weight": 1}, {"text": "b", "weight": -0.5}]},
     "more than one right choice, or part marks"),
    ({"type": "numerical", "prompt": "Pi?", "answers": [{"value": 3.14}]},
     "numerical"),
    ({"type": "essay", "prompt": "Discuss"}, "essay"),
    (card("q", "a", format="html"), None),
    (mc("Pick", "a", "b", right=1), None),
    # Answers typing is matched against alike are one answer (a new user's "Berlin"/"berlin" was left out).
    ({"type": "short_answer", "prompt": "Capital?", "answers": [{"text": "Berlin"}, {"text": "berlin "}]}, None),
    ({"type": "short_answer", "prompt": "Capital?", "case_sensitive": True,
      "answers": [{"text": "Berlin"}, {"text": "berlin"}]},
     "more than one accepted answer"),
])
def test_unsupported_says_why(question, reason):
    assert delimited.unsupported(question) == reason


def test_registry_leaves_out_what_csv_cannot_hold():
    question_set = QuestionSet(title="Set", questions=[card("q", "a"), {"type": "true_false", "prompt": "T?", "answer": True}])
    export = write_format(question_set, "csv")
    assert export.data.endswith("\nq\ta\n")
    assert export.skipped == [
        "question 2 (T?): true/false"]
    assert export.filename == "questions.tsv"


def test_round_trip_of_the_corpus():
    for path in GOOD:
        question_set = load(path.read_text(encoding="utf-8"))
        questions = [q for q in question_set.questions if delimited.unsupported(q) is None]
        without_ids = [{key: value for key, value in q.items() if key != "id"} for q in questions]  # ids are not written
        assert load(write(*questions, title=question_set.title)).questions == without_ids, path.name


def test_the_right_choice_comes_back_first_and_what_csv_cannot_hold_is_left_out():
    question = mc("Pick", "w1", "right", "w2", right=1, title="T", id="q1", points=2, difficulty=0.5)
    question["choices"][0]["feedback"] = "no"
    assert load(write(question)).questions == [mc("Pick", "right", "w1", "w2")]


def test_written_file_is_anki_ready():
    text = write(card("q", "a", tags=["t"]))
    assert text.startswith("#separator:tab\n#html:false\n")
    assert delimited.looks_like(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("term\tdefinition\n", True),
    ("\ufeffQuestion;Answer\n", True),
    ("#separator:Pipe\nq|a\n", True),
    ("#just a comment\nq,a\n", True),
    ("just words\n", False),
    ("", False),
])
def test_looks_like(text, expected):
    assert delimited.looks_like(text) is expected


# Properties ---------------------------------------------------------------------------------------

csv_pieces = st.sampled_from([
    "\t", ",", ";", '"', '""', "\n", "\r\n", "\r", "#", "#separator:", "Pipe", "#html:true", "#columns:", "Question",
    "Answer", "Wrong 1", "Tags", "'=", "#tags column:", "3", "0", "#guid column:1", "Cloze", "a", "b c", " ", "\ufeff",
])
csv_texts = st.one_of(st.text(max_size=300), st.lists(csv_pieces | st.text(max_size=5), max_size=60).map("".join))


def check_clean(text):
    """Reading never raises, every line is in the file, and finish raises only QuestionFileError."""
    parsed = delimited.read(text)
    last = len(re.findall(r"\r\n|\r|\n", text)) + 1
    assert all(1 <= line <= last for line, _ in parsed.problems + parsed.warnings)
    assert all(1 <= line <= last for line in parsed.lines)
    try:
        finish(parsed, "x.csv", "Imported")
    except QuestionFileError as e:
        assert e.problems and all(p.startswith("x.csv:") for p in e.problems)


@settings(max_examples=100, deadline=None)
@given(csv_texts)
def test_any_text_is_read_or_reported(text):
    check_clean(text)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(GOOD + BAD), st.randoms(use_true_random=False), st.integers(1, 6))
def test_mutated_corpus_files_are_read_or_reported(path, rng, count):
    text = path.read_text(encoding="utf-8")
    for _ in range(count):
        at = rng.randrange(len(text) + 1)
        action = rng.choice(["delete", "insert", "duplicate"])
        if action == "delete":
            text = text[:at] + text[at + rng.randrange(1, 20):]
        elif action == "insert":
            text = text[:at] + rng.choice(['"', "\t", ",", ";", "\n", "#", "'=", "\r", "x"]) + text[at:]
        else:
            text = text[:at] + text[at:at + 40] + text[at:]
    check_clean(text)


cell_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=25).map(str.strip).filter(bool)
tag = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Z")), min_size=1, max_size=8)


def normal(text):
    """What a cell comes back as: line endings made newlines, trimmed."""
    return re.sub(r"\r\n|\r", "\n", text).strip()


@st.composite
def csv_questions(draw):
    """A flashcard or single-answer multiple choice, plain text, right choice first, with any text."""
    extra = {}
    if draw(st.booleans()):
        extra["feedback"] = draw(cell_text)
    if draw(st.booleans()):
        extra["tags"] = draw(st.lists(tag, min_size=1, max_size=3, unique=True))
    if draw(st.booleans()):
        # (not "*" alone: an answer that accepts anything is refused on import, by design: json_format)
        return card(draw(cell_text), draw(cell_text.filter(lambda t: normal(t) != "*")), **extra)
    choices = draw(st.lists(cell_text, min_size=2, max_size=5, unique_by=lambda t: normal(t).casefold()))
    return mc(draw(cell_text), *choices, **extra)


def normalised(question):
    """``question`` with every text as it comes back from a CSV cell."""
    question = json.loads(json.dumps(question))
    question["prompt"] = normal(question["prompt"])
    for part in question.get("choices", []) + question.get("answers", []):
        part["text"] = normal(part["text"])
    if "feedback" in question:
        question["feedback"] = normal(question["feedback"])
    return question


@settings(max_examples=100, deadline=None)
@given(st.lists(csv_questions(), min_size=1, max_size=5), cell_text)
def test_every_question_csv_can_hold_comes_back(questions, title):
    expected = [normalised(q) for q in questions]
    assume(all(normal(q["prompt"]) and all(normal(t) for t in (c["text"] for c in q.get("choices", q.get("answers"))))
               and normal(q.get("feedback", "x")) for q in questions))
    assert all(delimited.unsupported(q) is None for q in questions)
    question_set = load(write(*questions, title=title))
    assert question_set.questions == expected
    assert question_set.title == " ".join(title.split())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(*[st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)] * 3), min_size=1, max_size=5))
def test_html_sets_come_back_unchanged(rows):
    safe = [[re.sub(r"[<>&\s]+", " ", text).strip() or "x" for text in row] for row in rows]
    assume(all(a.casefold() != w.casefold() for _, a, w in safe))
    questions = [mc(f"<b>{q}</b>", a, f"<i>{w}</i>", format="html") for q, a, w in safe]
    assert load(write(*questions)).questions == questions


def test_large_hostile_input_is_read_quickly():
    rng = random.Random(7)
    pieces = ['"', '""', "\t", ",", "\n", "x" * 50, "#", "'=", " " * 500]
    text = "".join(rng.choice(pieces) for _ in range(200_000))
    start = time.perf_counter()
    for sample in (text, '"' * 100_000, "\t" * 300_000, ',"' * 100_000, "a\n" * 20_000 + '"' + "b\n" * 20_000):
        delimited.read(sample)
        delimited.looks_like(sample)
    assert time.perf_counter() - start < 10


def test_column_names_we_do_not_know_get_a_warning_not_silence():
    question_set = formats.read("Question;Réponse;Mauvaise 1\nCapital of Italy?;Rome;Paris\n", "csv", "fr.csv")
    assert question_set.warnings[0].startswith("fr.csv:1: this first row looks like column names")


def test_spreadsheet_wordings_of_the_columns_are_recognised():
    question_set = formats.read("Question;Correct answer;Wrong 1;Option B\nCapital of Italy?;Rome;Paris;Lyon\n",
                                "csv", "mc.csv")
    assert question_set.questions == [{"type": "multiple_choice", "prompt": "Capital of Italy?", "choices": [
        {"text": "Rome", "weight": 1}, {"text": "Paris", "weight": 0}, {"text": "Lyon", "weight": 0}]}]


def test_a_cloze_row_is_skipped_and_the_rest_imports():
    text = "#separator:tab\n#notetype column:3\nCapital of Italy?\tRome\tBasic\n{{c1::Paris}} is in France\t\tCloze\n"
    question_set = formats.read(text, "csv", "anki.txt")
    assert len(question_set.questions) == 1
    assert question_set.warnings == ["anki.txt:4: an Anki Cloze note, skipped (cloze text is not a question and answer);"
                                     " write it as a GIFT missing-word question to keep it"]
