"""Moodle GIFT: what is read from each sample file, every problem with its line, writing, and round trips."""

import json
import time
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from quizapp import formats
from quizapp.errors import QuestionFileError
from quizapp.formats import gift, gift_text, json_format
from quizapp.formats.parsed import finish
from quizapp.richtext import sanitise_question
from tests.conftest import DATA

GIFT_DATA = DATA / "formats" / "gift"
GOOD_FILES = ["moodle_docs", "edge_cases", "windows_bom", "formats", "metadata"]
# Keys GIFT has no place for; round trips compare questions without them.
NOT_IN_GIFT = ("source", "difficulty", "points")


def sample(name):
    return (GIFT_DATA / f"{name}.gift").read_bytes().decode("utf-8")


def expected(name):
    return json.loads((GIFT_DATA / f"{name}.json").read_text(encoding="utf-8"))


def questions_of(text):
    parsed = gift.read(text)
    assert not parsed.problems, parsed.problems
    return parsed.questions


def only(text):
    """The one question in ``text``."""
    [question] = questions_of(text)
    return question


def problems_of(text, filename="quiz.gift"):
    with pytest.raises(QuestionFileError) as info:
        finish(gift.read(text), filename, "Quiz")
    return info.value.problems


def question_set(questions, title="Set"):
    return json_format.QuestionSet(title=title, questions=questions)


def round_trip(questions):
    """``questions`` written as GIFT and read back."""
    parsed = gift.read(gift.write(question_set(questions)))
    assert not parsed.problems, parsed.problems
    return parsed.questions


def canonical(question):
    """``question`` without the keys GIFT cannot hold and without values that are the defaults."""
    question = {key: value for key, value in question.items() if key not in NOT_IN_GIFT}
    for answer in question.get("answers", ()):
        for key, default in (("weight", 1), ("tolerance", 0)):
            if answer.get(key) == default:
                del answer[key]
    return question


# The sample files

@pytest.mark.parametrize("name", GOOD_FILES)
def test_sample_files_read_as_expected(name):
    parsed = gift.read(sample(name))
    want = expected(name)
    assert parsed.problems == []
    assert parsed.questions == [entry["question"] for entry in want["questions"]]
    assert parsed.lines == [entry["line"] for entry in want["questions"]]
    assert [list(w) for w in parsed.warnings] == want["warnings"]
    assert finish(parsed, f"{name}.gift", "Quiz").questions  # and they pass the common checks


@pytest.mark.parametrize("name", GOOD_FILES)
def test_sample_files_survive_a_round_trip(name):
    questions = [entry["question"] for entry in expected(name)["questions"]]
    assert round_trip(questions) == questions


def test_docs_examples_cover_every_question_type():
    kinds = {entry["question"]["type"] for entry in expected("moodle_docs")["questions"]}
    assert kinds == set(json_format.QUESTION_TYPES)


@pytest.mark.parametrize("variant", [
    lambda text: text.replace("\n", "\r\n"),  # Windows
    lambda text: text.replace("\n", "\r"),  # old Mac, CR only
    lambda text: "\ufeff" + text,  # a BOM
    lambda text: text.replace("\n", "  \t\n"),  # trailing blanks
])
def test_line_endings_bom_and_blanks_change_nothing(variant):
    parsed = gift.read(variant(sample("moodle_docs")))
    assert parsed.questions == [entry["question"] for entry in expected("moodle_docs")["questions"]]
    assert parsed.lines == [entry["line"] for entry in expected("moodle_docs")["questions"]]


def test_windows_file_with_bom_is_stored_as_such():
    raw = (GIFT_DATA / "windows_bom.gift").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw


def test_malformed_file_reports_every_problem_with_its_line():
    assert problems_of(sample("malformed"), "malformed.gift") == [
        'malformed.gift:1: this "{" has no closing "}"; close the answers with "}" (a blank line inside them ends the'
        ' question), or write \\{ for a brace in the text',
        'malformed.gift:5: this "}" comes before any "{"; write \\} for a brace in the text',
        "malformed.gift:7: a question has one {...} answer block; write \\{ and \\} for braces in the text",
        "malformed.gift:9: a multiple-choice question needs at least 2 answers; this one has 1",
        'malformed.gift:11: the pair "b" has no "->"; write each pair as =left -> right',
        'malformed.gift:13: the numerical answer "abc" is not a number',
        'malformed.gift:15: the tolerance in "5:x" is not a number of 0 or more',
        "malformed.gift:18: the weight %5,5% is not a percentage between -100 and 100, like %50% or %-33.33333%",
        "malformed.gift:20: the weight %150% is not a percentage between -100 and 100, like %50% or %-33.33333%",
        'malformed.gift:23: this "{" has no closing "}"; close the answers with "}" (a blank line inside them ends the'
        ' question), or write \\{ for a brace in the text',
        # (the rest of the answers a blank line cut off is said as such, not as a stray brace: a new user's walk)
        'malformed.gift:26: this "}" closes the answers opened on line 23; remove the blank line between them',
        "malformed.gift:28: the question has no text; write it before the answers",
        'malformed.gift:30: the range "5..1" goes down; write the smaller number first',
        "malformed.gift:32: a short-answer question needs at least 1 answer, like {=Paris}",
    ]


def test_bad_blocks_are_skipped_and_the_rest_is_read():
    parsed = gift.read(sample("malformed"))
    assert [q["title"] for q in parsed.questions] == ["Fine", "Also fine"]
    assert parsed.lines == [3, 34]


# Reading, one rule at a time

def test_multiple_choice_weights_and_feedback():
    question = only("Pick {=right#Yes ~wrong#No ~%50%half ~%-100%bad ~%33.33333%third}")
    assert question["choices"] == [
        {"text": "right", "weight": 1, "feedback": "Yes"},
        {"text": "wrong", "weight": 0, "feedback": "No"},
        {"text": "half", "weight": 0.5},
        {"text": "bad", "weight": -1},
        {"text": "third", "weight": 0.3333333},
    ]
    assert "multiple" not in question


def test_no_equals_sign_makes_a_multiple_response_question():
    question = only("Which are even? {~%50%2 ~%50%4 ~%-100%3}")
    assert question["multiple"] is True
    assert [c["weight"] for c in question["choices"]] == [0.5, 0.5, -1]


def test_a_multiple_answer_question_whose_wrong_choices_cost_nothing_is_warned_of():
    # A new user's walk: ticking every box of "~%50%DNA ~%50%ATP ~Glucose" scored full marks, unwarned.
    def warnings(text):
        return formats.read(text, "gift", "bio.gift", default_title="Bio").warnings
    free = warnings("::Q1::Which carry energy or code? {\n~%50%DNA\n~%50%ATP\n~Glucose\n}\n")
    assert len(free) == 1 and free[0].startswith("bio.gift:1:") and "ticking every box scores full marks" in free[0]
    assert not warnings("::Q1::Which carry energy or code? {\n~%50%DNA\n~%50%ATP\n~%-100%Glucose\n}\n")
    assert not warnings("::Q1::Which one? {\n=DNA\n~ATP\n}\n")


def test_a_weight_after_equals_is_text_in_multiple_choice_as_in_moodle():
    parsed = gift.read("Pick {=%50%half ~none}")
    assert parsed.questions[0]["choices"][0] == {"text": "%50%half", "weight": 1}
    assert "always worth 100%" in parsed.warnings[0][1]


def test_only_equals_signs_make_a_short_answer():
    assert only("Capital? {=Paris =paris}")["type"] == "short_answer"


def test_short_answers_with_weights_and_wildcard():
    question = only("Who? {=no one#Yes =%50%Grant#Half =%0%*#No}")
    assert question["answers"] == [
        {"text": "no one", "feedback": "Yes"},
        {"text": "Grant", "feedback": "Half", "weight": 0.5},
        {"text": "*", "feedback": "No", "weight": 0},
    ]


@pytest.mark.parametrize(("block", "answer", "feedback_true", "feedback_false"), [
    ("{T}", True, None, None),
    ("{TRUE#wrong#right}", True, "right", "wrong"),
    ("{FALSE#wrong#right}", False, "wrong", "right"),
    ("{F##right}", False, None, "right"),
    ("{ TRUE }", True, None, None),
])
def test_true_false_feedback_goes_to_the_answer_it_is_shown_for(block, answer, feedback_true, feedback_false):
    question = only(f"Sky is blue. {block}")
    assert question["type"] == "true_false" and question["answer"] is answer
    assert question.get("feedback_true") == feedback_true
    assert question.get("feedback_false") == feedback_false


def test_lower_case_true_is_a_short_answer_with_a_warning():
    parsed = gift.read("Type t. {t}\n\nType true. {true}")
    assert [q["answers"] for q in parsed.questions] == [[{"text": "t"}], [{"text": "true"}]]
    assert [line for line, _ in parsed.warnings] == [1, 3]


def test_matching_pairs_and_distractors():
    question = only("Capitals {=Canada -> Ottawa =Italy->Rome = -> Paris ####Geography}")
    assert question["pairs"] == [{"left": "Canada", "right": "Ottawa"}, {"left": "Italy", "right": "Rome"}]
    assert question["distractors"] == ["Paris"]
    assert question["feedback"] == "Geography"


def test_matching_items_in_html_become_plain():
    question = only("[html]<p>Match</p>{=<p>Canada &amp; co</p> -> Ottawa =<b>Italy</b> -> <b>Rome</b>}")
    assert question["pairs"] == [{"left": "Canada & co", "right": "Ottawa"}, {"left": "Italy", "right": "<b>Rome</b>"}]


def test_formatting_a_matching_item_loses_is_told_with_its_line():
    # A new user's walk: x<sup>2</sup> showed as "x2" and H<sub>2</sub>O as "H2O", unsaid. Pairs are plain text (a
    # drop-down's options cannot hold markup), so the item is made plain, with a warning; a paragraph is no loss.
    parsed = gift.read("::Q::[html] Match. {\n=x<sup>2</sup> -> 9\n=<p>Water: H<sub>2</sub><em>O</em></p> -> wet\n"
                       "=<p>plain</p> -> p\n}")
    assert [pair["left"] for pair in parsed.questions[0]["pairs"]] == ["x2", "Water: H2O", "plain"]
    assert parsed.warnings == [
        (2, 'the pair\'s formatting (superscript) is left out, as matching items are plain text: "x<sup>2</sup>"'
            ' becomes "x2"'),
        (3, 'the pair\'s formatting (subscript, italics) is left out, as matching items are plain text:'
            ' "<p>Water: H<sub>2</sub><em>O</em></p>" becomes "Water: H2O"')]


@pytest.mark.parametrize(("block", "answers"), [
    ("{#3.14:0.01}", [{"value": 3.14, "tolerance": 0.01}]),
    ("{#1822}", [{"value": 1822}]),
    ("{#1..5}", [{"value": 3, "tolerance": 2}]),
    ("{#3.141..3.142}", [{"value": 3.1415, "tolerance": 0.0005}]),
    ("{#-1e-3}", [{"value": -0.001}]),
    ("{#=1822:0#Yes =%50%1822:2#Close ~#Way off}", [
        {"value": 1822, "feedback": "Yes"},
        {"value": 1822, "tolerance": 2, "weight": 0.5, "feedback": "Close"},
        {"value": "*", "weight": 0, "feedback": "Way off"},
    ]),
])
def test_numerical_answers(block, answers):
    assert only(f"Number? {block}")["answers"] == answers


@pytest.mark.parametrize(("block", "message"), [
    ("{#abc}", 'the numerical answer "abc" is not a number'),
    ("{#3:x}", 'the tolerance in "3:x" is not a number of 0 or more'),
    ("{#3:-1}", 'the tolerance in "3:-1" is not a number of 0 or more'),
    ("{#1..x}", 'the range "1..x" is not two numbers like 1..5'),
    ("{#inf}", 'the numerical answer "inf" is not a number'),
    ("{#1e999}", 'the numerical answer "1e999" is not a number'),
    ("{#}", "the numerical question has no answers; write them as {#3.14:0.01} or {#1..5}"),
    ("{#=%5O%3}", "the weight %5O% is not a percentage"),
])
def test_numerical_mistakes_are_reported(block, message):
    [problem] = problems_of(f"Number? {block}")
    assert problem.startswith(f"quiz.gift:1: {message}")


def test_essay_and_description():
    essay, with_feedback, description = questions_of("Explain. {}\n\nExplain. {####Be clear.}\n\nJust text.")
    assert essay == {"type": "essay", "prompt": "Explain."}
    assert with_feedback["feedback"] == "Be clear."
    assert description == {"type": "description", "prompt": "Just text."}


def test_missing_word_puts_a_blank_where_the_answers_were():
    assert only("Grant is {~buried =entombed ~living} in Grant's tomb.")["prompt"] == "Grant is _____ in Grant's tomb."
    assert only("{=Paris ~Rome} is in France.")["prompt"] == "_____ is in France."
    assert only("Where is Paris? {=France ~Peru}   ")["prompt"] == "Where is Paris?"


def test_title_and_its_fallback():
    assert only("::Capital:: Paris? {T}")["title"] == "Capital"
    assert "title" not in only("Paris? {T}")
    assert "title" not in only(":::: Paris? {T}")
    parsed = gift.read("::Broken Paris? {T}")
    assert parsed.questions == [{"type": "true_false", "prompt": "Broken Paris?", "answer": True}]
    assert parsed.warnings == [(1, 'the title has no closing "::"; the question was read without a title')]


def test_an_exported_set_imported_again_keeps_its_name():
    # A new user's walk: the set came back named after its file, though the export's header names it.
    question_set = json_format.QuestionSet(title="Tacoma battery plant", description="Questions about the article.",
                                           questions=[{"type": "true_false", "prompt": "Paris?", "answer": True}])
    again = formats.read(formats.write(question_set, "gift").data, "gift", "export.gift", default_title="export")
    assert (again.title, again.description) == ("Tacoma battery plant", "Questions about the article.")
    # Moodle's own opening comment is no set's name, nor a comment that belongs to the first question
    moodle = "// question: 0  name: Switch category to $course$/Default\n$CATEGORY: $course$/Default\n\n::Q:: P? {T}\n"
    assert formats.read(moodle, "gift", "m.gift", default_title="m").title == "m"
    assert formats.read("// a note\n::Q:: P? {T}\n", "gift", "n.gift", default_title="n").title == "n"


def test_only_marked_opening_comments_describe_the_set():
    # A new user's walk: a hand-written file's second comment line became the description on the students' home
    # page ("exported by hand from Moodle, edited in Notepad"); "// key for Q5 is wrong, don't give to 3B" would
    # have been published. The first line still names the set; only marked lines, as the export writes them,
    # describe it.
    text = ("// Chemistry 101 – Week 1 question bank\n// exported by hand from Moodle, edited in Notepad\n"
            "// key for Q5 is wrong, don't give to 3B\n\n::Q1:: Water boils at 100 °C. {T}\n")
    parsed = gift.read(text)
    assert (parsed.title, parsed.description) == ("Chemistry 101 – Week 1 question bank", "")
    marked = "// Notes for me\n// QUIZAPP SET: Chemistry 101\n// quizapp description: Week 1.\n// quizapp description:\n" \
             "// quizapp description: Bring a calculator.\n\n::Q1:: Water boils at 100 °C. {T}\n"
    parsed = gift.read(marked)
    assert (parsed.title, parsed.description) == ("Chemistry 101", "Week 1.\n\nBring a calculator.")


def test_the_set_is_named_the_same_whatever_the_line_endings():
    # A new user's walk: with Windows line endings the opening comment named nothing on the command line.
    text = "// quizapp set: Edge cases\n// quizapp description: Odd ones.\n\n::Q1:: Is this read? {T}\n"
    for ending in ("\n", "\r\n", "\r"):
        parsed = gift.read(text.replace("\n", ending))
        assert (parsed.title, parsed.description) == ("Edge cases", "Odd ones."), repr(ending)


def test_a_description_of_several_paragraphs_comes_back_whole():
    written = json_format.QuestionSet(title="  Week  1 ", description="Read chapter 2.\n\n  Then answer.  ",
                                      questions=[{"type": "true_false", "prompt": "Paris?", "answer": True}])
    again = gift.read(gift.write(written))
    assert (again.title, again.description) == ("Week 1", "Read chapter 2.\n\nThen answer.")


def test_every_escape():
    question = only(r"::a\:b:: \~ \= \# \{ \} \: \\ x\ny \[ \z {=\{right\} ~\\}")
    assert question["title"] == "a:b"
    assert question["prompt"] == "~ = # { } : \\ x\ny \\[ \\z"
    assert [c["text"] for c in question["choices"]] == ["{right}", "\\"]


def test_private_use_placeholder_character_survives():
    assert only("A \ue000 b {=x\ue000 ~y}")["choices"][0]["text"] == "x\ue000"


def test_lines_stay_right_after_escapes_and_placeholder_characters():
    problems = problems_of("\ue000\ue000 \\{ \\n\nsecond line {=a\n=b ->\n}")
    assert problems == ['quiz.gift:2: the pair "a" has no "->"; write each pair as =left -> right',
                        'quiz.gift:3: the pair "b" has nothing after "->"']


def test_comments_ids_tags_and_categories():
    text = ("// [id:q\\]1] [tag: a ] [tag:a] [tag:b<c] [tag:d]\n// [id:ignored]\n::T:: One {T}\n\n"
            "$CATEGORY: $course$/top/Week 1\n\nTwo {T}\n\n$CATEGORY:\n\nThree {T}")
    one, two, three = questions_of(text)
    assert one["id"] == "q]1" and one["tags"] == ["a", "d"] and "category" not in one
    assert two["category"] == "$course$/top/Week 1"
    assert "category" not in three


def test_a_comment_only_block_and_inline_slashes_are_not_questions():
    question = only("// header\n// more\n\nSee http://x.org //not a comment {T}")
    assert question["prompt"] == "See http://x.org //not a comment"


def test_a_line_of_zero_ends_a_question_as_in_moodle_and_is_said_to():
    # A new user's walk: the messages spoke of a blank line, and the teacher saw none.
    assert gift.read("How many? {#\n0\n}").problems == [
        (1, 'this "{" has no closing "}" before line 2, which holds only "0": GIFT reads such a line as a blank one,'
            ' ending the question (as Moodle does); move the 0 onto the line before or after it'),
        (3, 'this "}" closes the answers opened on line 1; line 2 between them holds only "0", which GIFT reads as a'
            ' blank line: move the 0 onto the line before or after it')]
    # after a $CATEGORY line too
    assert [(line, "only \"0\"" in what) for line, what in gift.read("$CATEGORY: W1\nHow many? {#\n0\n}").problems] == [
        (2, True), (4, True)]


def test_blank_line_inside_braces_splits_the_question_into_two_errors():
    problems = problems_of("Which? {\n=a\n\n~b\n}")
    assert [p.split(":")[1] for p in problems] == ["1", "5"]
    assert problems[1].endswith("closes the answers opened on line 1; remove the blank line between them")


def test_tabs_indentation_and_trailing_spaces():
    question = only("\t\t::T::\tPick\t{\n\t\t=a\t \n   ~b   \n\t}  \t")
    assert question["prompt"] == "Pick" and [c["text"] for c in question["choices"]] == ["a", "b"]


@pytest.mark.parametrize(("text", "prompt", "fmt"), [
    ("Is 2 < 3? {T}", "Is 2 < 3?", None),
    ("Is <b>this</b> bold? {T}", "Is <b>this</b> bold?", "moodle"),
    ("Pick {=<b>a</b> ~b}", "Pick", "moodle"),
    ("[plain]Is <b> a tag? {T}", "Is <b> a tag?", None),
    ("[html]<p>Hi</p>{T}", "<p>Hi</p>", "html"),
    ("[markdown]**Hi**{T}", "**Hi**", "markdown"),
    ("[moodle]Hi{T}", "Hi", "moodle"),
    ("[latex]Hi{T}", "[latex]Hi", None),
])
def test_question_format_from_its_tag_else_plain_unless_it_holds_html(text, prompt, fmt):
    question = only(text)
    assert question["prompt"] == prompt
    assert question.get("format") == fmt


def test_parts_in_another_format_are_converted_to_the_questions():
    question = only("[html]<p>Pick</p>{=[plain]a < b#[markdown]**good** ~[moodle]c\\nd}")
    assert question["choices"] == [
        {"text": "a &lt; b", "weight": 1, "feedback": "<p><strong>good</strong></p>"},
        {"text": "c<br>\nd", "weight": 0},
    ]


def test_images_and_files_gift_cannot_carry_are_flagged_once_each():
    # A new user's walk: the GIFT reader and the common checks had each warned of the same picture, in words of their
    # own (one of them advising the Moodle XML export, which keeps no picture either).
    text = '[html]<img src\\="@@PLUGINFILE@@/x.png" alt\\="a map"> <a href\\="@@PLUGINFILE@@/notes.pdf">notes</a> {T}'
    read = formats.read(text, "gift", "quiz.gift")
    assert read.warnings == [
        'quiz.gift:1: the image "x.png" left out, as quizapp does not import picture files: students see'
        ' [image: its description] instead (to show a picture, link to it on the web)',
        'quiz.gift:1: the file "notes.pdf" left out, as quizapp does not import files: the links to it would not open'
        ' (link to the file on the web instead)']
    assert read.questions[0]["prompt"].startswith("[image: a map] <a")


def test_category_line_with_a_question_right_under_it():
    parsed = gift.read("$CATEGORY: Week 1\n::Q:: Paris? {T}")
    assert parsed.questions == [{"type": "true_false", "title": "Q", "prompt": "Paris?", "answer": True,
                                 "category": "Week 1"}]
    assert parsed.lines == [2] and parsed.warnings[0][0] == 2


def test_a_duplicate_id_is_reported_by_the_common_checks():
    problems = problems_of("// [id:x]\nA {T}\n\n// [id:x]\nB {T}")
    assert problems == ["quiz.gift:5: the id 'x' is also used on line 2"]


# Sniffing

@pytest.mark.parametrize(("text", "answer"), [
    (sample("moodle_docs"), True),
    ("What is 2+2? {=4 ~5}", True),
    ("Paris is in France. {T}", True),
    ("::Title::Some text", True),
    ("$CATEGORY: $course$/top\n\nQ {}", True),
    ("How many? {#4}", True),
    ("What is the capital of France?\nA) Berlin\nB) Paris\nANSWER: B\n", False),
    ("term,definition\ncat,a small animal\n", False),
    ("term\tdefinition\ncat\ta small animal\n", False),
    ('<?xml version="1.0"?>\n<quiz><question type="truefalse"/></quiz>', False),
    ("\ufeff<quiz></quiz>", False),
    ("", False),
])
def test_looks_like(text, answer):
    assert gift.looks_like(text) is answer


def test_the_registry_guesses_gift_from_content():
    assert formats.guess_format("upload.txt", "::Q1:: 1+1=2 {T}\n") == "gift"


# Writing

def test_writes_as_moodle_does():
    questions = [
        {"type": "multiple_choice", "id": "q1", "tags": ["geo", "eu"], "title": "Capital", "prompt": "Capital of France?",
         "choices": [{"text": "Paris", "weight": 1, "feedback": "Yes"}, {"text": "Lyon", "weight": 0}],
         "feedback": "Paris since 987.", "category": "$course$/top/Week 1"},
        {"type": "true_false", "prompt": "1+1=2", "answer": True, "feedback_true": "Right", "feedback_false": "Wrong",
         "category": "$course$/top/Week 1"},
        {"type": "short_answer", "prompt": "Name it", "answers": [{"text": "Frog", "feedback": "Good!"}]},
        {"type": "numerical", "prompt": "Pi?", "answers": [{"value": 3.14, "tolerance": 0.01},
                                                           {"value": "*", "weight": 0, "feedback": "No"}]},
        {"type": "matching", "prompt": "Match", "pairs": [{"left": "a", "right": "1"}, {"left": "b", "right": "2"}],
         "distractors": ["3"]},
        {"type": "essay", "prompt": "Discuss.", "feedback": "Be brief."},
        {"type": "description", "prompt": "The end."},
    ]
    assert gift.write(question_set(questions, "Week 1")) == """\
// quizapp set: Week 1

$CATEGORY: $course$/top/Week 1

// question: 1  name: Capital
// [id:q1] [tag:geo] [tag:eu]
::Capital::Capital of France?{
\t=Paris#Yes
\t~Lyon
\t####Paris since 987.
}

// question: 2
1+1\\=2{TRUE#Wrong#Right}

$CATEGORY:

// question: 3
Name it{
\t=%100%Frog#Good!
}

// question: 4
Pi?{#
\t=%100%3.14:0.01#
\t~#No
}

// question: 5
Match{
\t=a -> 1
\t=b -> 2
\t= -> 3
}

// question: 6
Discuss.{####Be brief.}

// question: 7
The end.
"""
    assert round_trip(questions) == [canonical(q) for q in questions]


@pytest.mark.parametrize(("weight", "written"), [
    (1, "100"), (0.5, "50"), (-1, "-100"), (1 / 3, "33.33333"), (0.3333333, "33.33333"), (-2 / 3, "-66.66667"),
    (1 / 7, "14.28571"), (0.123, "12.3"), (0.00000001, "0"), (0.001, "0.1"), (-0.999, "-99.9"), (0.3, "30"),
])
def test_weights_are_written_on_moodles_grade_list_when_that_close(weight, written):
    assert gift_text.weight_text(weight) == written


def test_true_false_written_for_a_false_statement():
    question = {"type": "true_false", "prompt": "Sky is green", "answer": False, "feedback_true": "No",
                "feedback": "Look up"}
    assert "Sky is green{FALSE#No####Look up}" in gift.write(question_set([question]))
    assert round_trip([question]) == [question]


def test_formats_are_tagged_except_plain():
    base = {"type": "true_false", "answer": True}
    written = gift.write(question_set([
        {**base, "prompt": "Plain"},
        {**base, "prompt": "<b>Plain with a tag</b>"},
        {**base, "prompt": "<p>HTML</p>", "format": "html"},
        {**base, "prompt": "Auto", "format": "moodle"},
        {**base, "prompt": "**MD**", "format": "markdown"},
    ]))
    assert "\nPlain{TRUE}" in written
    assert "\n[plain]<b>Plain with a tag</b>{TRUE}" in written
    assert "\n[html]<p>HTML</p>{TRUE}" in written
    assert "\n[moodle]Auto{TRUE}" in written
    assert "\n[markdown]**MD**{TRUE}" in written


def test_texts_the_reader_would_mistake_are_guarded():
    questions = [
        {"type": "description", "prompt": "0"},
        {"type": "description", "prompt": "// not a comment"},
        {"type": "description", "prompt": "[html] is a tag name"},
        {"type": "multiple_choice", "prompt": "Pick", "choices": [{"text": "%d%s", "weight": 0},
                                                                   {"text": "[html]", "weight": 1}]},
        {"type": "multiple_choice", "prompt": "Both right", "choices": [{"text": "a", "weight": 1},
                                                                         {"text": "b", "weight": 1}]},
        {"type": "short_answer", "prompt": "Tag", "answers": [{"text": "[plain]"}, {"text": "%x%", "weight": 0.5}]},
    ]
    assert round_trip(questions) == questions


def test_category_with_special_characters_is_written_raw():
    question = {"type": "description", "prompt": "x", "category": "$course$/top/A\\B: {c}"}
    assert "$CATEGORY: $course$/top/A\\B: {c}\n" in gift.write(question_set([question]))
    assert round_trip([question]) == [question]


@pytest.mark.parametrize(("change", "reason"), [
    ({"type": "short_answer", "answers": [{"text": "a"}], "case_sensitive": True}, "case-sensitive"),
    ({"type": "short_answer", "answers": [{"text": "a->b"}]}, "matching question"),
    ({"type": "matching", "pairs": [{"left": "a->b", "right": "1"}, {"left": "c", "right": "2"}]}, "->"),
    ({"type": "numerical", "answers": [{"value": "*", "weight": 0}, {"value": 1}]}, "any other answer"),
    ({"type": "numerical", "answers": [{"value": 1}, {"value": "*", "weight": 0.5}]}, "any other answer"),
    ({"type": "numerical", "answers": [{"value": 1}, {"value": "*", "weight": 0}, {"value": "*", "weight": 0}]},
     "any other answer"),
    ({"type": "description", "feedback": "x"}, "description"),
    ({"type": "essay", "id": "a\nb"}, "id or tag"),
    ({"type": "essay", "tags": ["ends\\"]}, "id or tag"),
    ({"type": "essay", "tags": ["[id:x]"]}, "id or tag"),
    ({"type": "essay", "tags": ["a<b"]}, "tags cannot contain"),
    ({"type": "essay", "category": "a\nb"}, "category"),
    ({"type": "multiple_choice", "choices": [{"text": "a", "weight": 0.9995}, {"text": "b", "weight": 0}]}, "100%"),
    ({"type": "cloze"}, "no cloze questions"),
])
def test_unsupported_says_what_gift_cannot_hold(change, reason):
    assert reason in gift.unsupported({"prompt": "Q", **change})


def test_supported_questions_have_no_reason():
    for entry in expected("moodle_docs")["questions"]:
        assert gift.unsupported(entry["question"]) is None


def test_the_registry_leaves_out_what_gift_cannot_hold():
    questions = [{"type": "essay", "prompt": "Fine"},
                 {"type": "short_answer", "prompt": "Case", "answers": [{"text": "A"}], "case_sensitive": True}]
    export = formats.write(question_set(questions), "gift")
    assert export.skipped == ["question 2 (Case): GIFT cannot mark short answers as case-sensitive"]
    assert gift.read(export.data).questions == questions[:1]


def test_the_shipped_test_set_round_trips_without_the_keys_gift_cannot_hold():
    questions = [canonical(q) for q in json.loads((DATA / "mixed.json").read_text())["questions"]]
    kept = [q for q in questions if gift.unsupported(q) is None]
    assert round_trip(kept) == kept


# Never a crash, never a hang

def test_pathological_inputs_are_read_quickly():
    inputs = [
        "{" * 50_000, "}" * 50_000, "{" + "=" * 50_000 + "}", "{" + "~%" * 30_000 + "}",
        "// " + "[tag:" * 30_000, "// " + "[id:\\]" * 20_000, "{#" + "1.." * 20_000 + "}",
        "Q {~" + "%1" * 30_000 + "%a ~b}", "::" * 40_000, "\n".join(["x {T}"] * 5000), "<a " * 30_000 + "{T}",
        "{=" + "a -> " * 20_000 + "}", "Q{" + "1" * 10_000 + "}", "Q{#" + "9" * 10_000 + "}",
        "\n".join(["$CATEGORY: x"] * 20_000) + "\nQ {T}", "".join(f"// [tag:{i}]\n" for i in range(20_000)) + "Q {T}",
        "\n".join(f"Q{i} {{=a ~b}}\n" for i in range(5_000)), "// [id:" + "\\" * 50_000,
    ]
    for text in inputs:
        start = time.perf_counter()
        gift.read(text)
        assert time.perf_counter() - start < 2, text[:20]


GIFT_ALPHABET = st.sampled_from(list("{}~=#:\\%->.[]/n0 \t\n\r") + ["::", "->", "{T}", "####", "[html]", "\\n",
                                                                      "$CATEGORY:", "//", "a", "é", "\ue000", "<b>"])
gift_like = st.lists(GIFT_ALPHABET, max_size=60).map("".join)


def finishes_cleanly(text):
    """Reading and checking ``text`` gives a set or a QuestionFileError with lines, and quickly."""
    start = time.perf_counter()
    try:
        finish(gift.read(text), "x.gift", "Quiz")
    except QuestionFileError as e:
        assert e.problems and all(p.startswith("x.gift:") for p in e.problems)
    assert time.perf_counter() - start < 2


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.text(max_size=200), gift_like))
def test_any_text_is_questions_or_a_clean_error(text):
    finishes_cleanly(text)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(GOOD_FILES + ["malformed"]), st.data())
def test_mutated_files_are_questions_or_a_clean_error(name, data):
    text = sample(name)
    for _ in range(data.draw(st.integers(1, 5))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 5))
        text = text[:at] + data.draw(gift_like.filter(lambda s: len(s) < 6)) + text[at + cut:]
    finishes_cleanly(text)


# Generated questions come back as they were written

WHITESPACE = gift_text.WHITESPACE
SYMBOLS = "{}~=#:\\%[]<>&/-*_.\"'$é日\ue000"


def clean(text):
    return text.strip(WHITESPACE)


texts = st.lists(st.characters(codec="utf-8", exclude_characters="\r")
                 | st.sampled_from(list(SYMBOLS) + ["\n", "[html]", "[plain]", "//", "->", "0"]),
                 min_size=1, max_size=10).map("".join).map(clean).filter(lambda t: t.strip())
# Ids, tags and categories are one printable line each in GIFT.
labels = st.lists(st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S")) | st.sampled_from(list(SYMBOLS) + [" "]),
                  min_size=1, max_size=10).map("".join).map(clean).filter(lambda t: t and t.isprintable())
tags = labels.filter(lambda t: not any(c in t for c in "<>`"))
words = st.text(alphabet=st.sampled_from(list("abcXYZ09" + SYMBOLS)), min_size=1, max_size=6)
# Matching items in HTML are written escaped and read back as plain text, which tidies spaces.
items = st.lists(words, min_size=1, max_size=3).map(" ".join)
grades = st.sampled_from(gift_text.MOODLE_GRADES).map(lambda g: float(Decimal(g) / 100))
far_from_grades = st.floats(-1, 1).filter(
    lambda w: all(abs(abs(w) - float(g) / 100) > 2 * gift_text.GRADE_TOLERANCE for g in gift_text.MOODLE_GRADES))
weights = st.one_of(grades, grades.map(lambda w: -w), far_from_grades)
numbers = st.one_of(st.integers(-10**6, 10**6), st.floats(allow_nan=False, allow_infinity=False))


def optional(draw, strategy):
    return draw(st.one_of(st.none(), strategy))


@st.composite
def native_questions(draw):
    kind = draw(st.sampled_from(json_format.QUESTION_TYPES))
    fmt = draw(st.sampled_from(["plain", "html", "markdown", "moodle"]))
    question = {"type": kind, "prompt": draw(texts)}
    keys = [("id", labels), ("title", texts), ("category", labels)] + ([("feedback", texts)] if kind != "description" else [])
    for key, strategy in keys:
        value = optional(draw, strategy)
        if value is not None:
            question[key] = value
    tag_list = draw(st.lists(tags, max_size=3, unique=True))
    if tag_list:
        question["tags"] = tag_list
    if fmt != "plain":
        question["format"] = fmt
    question.update(draw(ANSWERS[kind](fmt)))
    return question


def with_feedback(draw, item):
    feedback = optional(draw, texts)
    return {**item, "feedback": feedback} if feedback else item


@st.composite
def choice_answers(draw, fmt):
    multiple = draw(st.booleans())
    if multiple:
        right = draw(st.sampled_from([[1.0], [0.5, 0.5], [0.3333333] * 3, [0.25] * 4, [0.5, 0.25, 0.25], [0.2] * 5]))
    else:
        right = [1] + draw(st.lists(st.sampled_from([1, 0.5, 0.3333333]), max_size=1))
    wrong = draw(st.lists(st.one_of(st.just(0), weights.filter(lambda w: w <= 0)), min_size=0 if len(right) > 1 else 1,
                          max_size=3))
    order = draw(st.permutations(right + wrong))
    choice_texts = draw(st.lists(texts, min_size=len(order), max_size=len(order), unique_by=str.casefold))
    fields = {"choices": [with_feedback(draw, {"text": t, "weight": w}) for t, w in zip(choice_texts, order, strict=True)]}
    if multiple:
        fields["multiple"] = True
    return fields


@st.composite
def true_false_answers(draw, fmt):
    fields = {"answer": draw(st.booleans())}
    for key in ("feedback_true", "feedback_false"):
        value = optional(draw, texts)
        if value:
            fields[key] = value
    return fields


def weighted(draw, item, first):
    weight = 1 if first else draw(weights)
    return with_feedback(draw, item if weight == 1 else {**item, "weight": weight})


@st.composite
def short_answers(draw, fmt):
    # (not "*" alone: an answer that accepts anything is refused on import, by design: json_format)
    answer_texts = draw(st.lists(texts, min_size=1, max_size=4).filter(lambda ts: ts[0].strip() != "*" or len(ts) > 1))
    return {"answers": [weighted(draw, {"text": t}, i == 0) for i, t in enumerate(answer_texts)]}


@st.composite
def numerical_answers(draw, fmt):
    answers = []
    for i in range(draw(st.integers(1, 3))):
        answer = {"value": draw(numbers)}
        tolerance = draw(st.one_of(st.none(), st.floats(0, 1e6).filter(bool), st.integers(1, 100)))
        if tolerance is not None:
            answer["tolerance"] = tolerance
        answers.append(weighted(draw, answer, i == 0))
    if draw(st.booleans()):
        answers.append(with_feedback(draw, {"value": "*", "weight": 0}))
    return {"answers": answers}


@st.composite
def matching_answers(draw, fmt):
    lefts = draw(st.lists(texts if fmt == "plain" else items, min_size=2, max_size=4, unique_by=str.casefold))
    fields = {"pairs": [{"left": left, "right": draw(texts)} for left in lefts]}
    distractors = draw(st.lists(texts, max_size=2))
    if distractors:
        fields["distractors"] = distractors
    return fields


ANSWERS = {
    "multiple_choice": choice_answers,
    "true_false": true_false_answers,
    "short_answer": short_answers,
    "numerical": numerical_answers,
    "matching": matching_answers,
    "essay": lambda fmt: st.just({}),
    "description": lambda fmt: st.just({}),
}


def sanitised(question):
    copy = json.loads(json.dumps(question))
    sanitise_question(copy)
    return copy


@settings(max_examples=100, deadline=None)
@given(st.lists(native_questions(), min_size=1, max_size=4))
def test_generated_questions_round_trip(questions):
    questions = [q for q in questions if not list(json_format.check({"title": "t", "questions": [q]}))]
    questions = [q for q in questions if gift.unsupported(q) is None]
    # HTML the sanitiser rewrites ("<?" is a bogus comment in HTML) is not what a teacher would write.
    questions = [q for q in questions if sanitised(q) == q]
    assume(questions)
    ids = [q["id"] for q in questions if "id" in q]
    assume(len(ids) == len(set(ids)))
    assert round_trip(questions) == questions
    finish(gift.read(gift.write(question_set(questions))), "x.gift", "Quiz")


def test_a_question_with_no_right_choice_says_to_mark_one():
    """"the positive weights add up to 0" was jargon to a new user who had forgotten the "="."""
    problems = problems_of("Which city is the capital of Peru? {~Quito ~Lima ~Bogota}")
    assert problems == ['quiz.gift:1: no choice is marked right; mark the right one ("=" in GIFT, "weight": 1 in JSON)']
