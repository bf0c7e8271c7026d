"""Question text in plain, HTML, Markdown and Moodle formats: shown safely, read as words."""

import pytest

from quizapp.richtext import convert, sanitise_question, to_html, to_plain

ATTACKS = [
    '<script>alert(1)</script>',
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<p onclick="alert(1)">x</p>',
    '<iframe src="https://evil.example"></iframe>',
    '<svg><script>alert(1)</script></svg>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<style>body{display:none}</style>',
]


@pytest.mark.parametrize("fmt", ["html", "markdown", "moodle"])
@pytest.mark.parametrize("attack", ATTACKS)
def test_no_script_survives_any_format(fmt, attack):
    out = str(to_html(f"Question {attack} end", fmt)).lower()
    for bad in ("<script", "onerror", "onclick", "javascript:", "<iframe", "<style"):
        assert bad not in out


def test_plain_text_is_escaped_not_interpreted():
    assert str(to_html("1 < 2 and <b>", "plain")) == "1 &lt; 2 and &lt;b&gt;"


def test_markdown_and_moodle_render():
    assert "<strong>bold</strong>" in str(to_html("**bold**", "markdown"))
    assert str(to_html("one\ntwo", "moodle")) == "one<br>\ntwo"


def test_links_open_without_handing_over_the_page():
    assert 'rel="noopener noreferrer"' in str(to_html('<a href="https://example.org">x</a>', "html"))


def test_to_plain_reads_words():
    assert to_plain("<p>H<sub>2</sub>O &amp; <i>salt</i></p><p>next</p>", "html") == "H2O & salt next"
    assert to_plain("**bold** text", "markdown") == "bold text"


def test_convert_plain_into_html_escapes():
    assert convert("a < b", "plain", "html") == "a &lt; b"
    assert convert("<b>x</b>", "html", "plain") == "x"


def test_sanitise_question_cleans_every_part_in_place():
    question = {"type": "multiple_choice", "format": "html", "prompt": "<p onclick='x()'>Q</p>",
                "feedback": "<script>x</script>ok",
                "choices": [{"text": "<img src=a onerror=b>", "weight": 1, "feedback": "<a href='javascript:x'>f</a>"},
                            {"text": "n", "weight": 0}]}
    sanitise_question(question)
    text = str(question).lower()
    assert "onclick" not in text and "<script" not in text and "onerror" not in text and "javascript:" not in text
    assert question["prompt"] == "<p>Q</p>"


def test_plain_text_keeps_its_line_breaks():
    assert str(to_html("What is\nthe answer?", "plain")) == "What is<br>\nthe answer?"


def test_images_left_behind_by_moodle_become_their_description():
    from quizapp.richtext import drop_missing_images

    question = {"type": "essay", "format": "html",
                "prompt": '<p>Look: <img src="@@PLUGINFILE@@/red%20strip.png" alt="a red strip">'
                          ' and <img src="@@PLUGINFILE@@/b.png"></p>'}
    assert drop_missing_images(question) == ["red strip.png", "b.png"]
    assert question["prompt"] == "<p>Look: [image: a red strip] and [image: b.png]</p>"


def test_a_table_scrolls_in_its_own_box_on_pages_and_stays_as_written_in_exports():
    # A new user's walk: a question's wide table made a phone's quiz page 900 px too wide
    from quizapp.filters import rich
    question = {"format": "html", "prompt": "<p>Read:</p><table><tr><td>a</td></tr></table>"}
    shown = str(rich(question["prompt"], question))
    assert '<div class="rich-table" tabindex="0"><table>' in shown and shown.endswith("</table></div>")
    assert "rich-table" not in str(to_html(question["prompt"], "html"))  # what exports and Anki decks are made of
    assert "rich-table" not in convert(question["prompt"], "html", "markdown")
