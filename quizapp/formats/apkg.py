"""Anki deck export (``.apkg``), written with genanki; quizapp does not read Anki files.

A question set becomes one deck named after the set. Fill-in-the-blank questions
become Cloze notes (``{{c1::answer}}`` in place of the blank); every other question
becomes a Basic note with the question on the front and the right answer on the
back, followed by the explanation and the sentence the question came from.

Anki recognises what it has seen before by id: the note types have fixed ids, the
deck's id is a hash of the set's title, and each note's guid comes from the
question's id, so importing a set again updates its notes instead of adding copies.
See formats.md §5.
"""

import hashlib
import html
import io
import itertools
import re
import sqlite3
import time
import zipfile
from contextlib import closing
from decimal import Decimal

import genanki

from ..richtext import DEFAULT_FORMAT, to_html
from .losses import right

# Chosen once with random.randrange(1 << 30, 1 << 31) and never to change: Anki
# matches note types by id, and a new id would add a copy of the note type (and of
# every note) to the student's collection on each import.
BASIC_MODEL_ID = 1110416622
CLOZE_MODEL_ID = 1354497704
# genanki's suggested id range; deck ids are hashed into it.
ID_LOW, ID_HIGH = 1 << 30, 1 << 31

BLANK = re.compile(r"_{3,}")
# Stands in for the blank while the prompt is rendered to HTML: letters only, so
# Markdown, the sanitiser and escaping all leave it alone (a run of underscores on
# its own line would become a Markdown rule).
BLANK_MARK = "QUIZAPPCLOZEBLANK"
HTML_TAG = re.compile(r"<[^<>]*>")

# Anki marks dark mode with .nightMode (desktop) or .night_mode (AnkiDroid, older
# desktop) on the card or on an element around it, so both spellings are styled.
CSS = """\
.card { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 20px;
  line-height: 1.5; text-align: left; color: #1d1d21; background-color: #fcfcfd; }
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card { color: #e6e6ea; background-color: #202024; }
.options li, .items li, .pairs li { margin: 0.2em 0; }
.hint, .also, .feedback { font-size: 0.85em; color: #55555f; }
.explanation { margin-top: 1em; }
.source { margin: 1em 0 0; padding-left: 0.8em; border-left: 3px solid #8c8c96; font-size: 0.85em; font-style: italic;
  color: #55555f; }
.nightMode .hint, .nightMode .also, .nightMode .feedback, .nightMode .source,
.night_mode .hint, .night_mode .also, .night_mode .feedback, .night_mode .source { color: #b8b8c2; }
.cloze { font-weight: bold; color: #0b57d0; }
.nightMode .cloze, .night_mode .cloze { color: #8ab4f8; }
a { color: #0b57d0; }
.nightMode a, .night_mode a { color: #8ab4f8; }
"""
# The back of both note types: the explanation and the source sentence, each only when there is one.
BACK_EXTRAS = (
    '{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}'
    '{{#Source}}<blockquote class="source">{{Source}}</blockquote>{{/Source}}'
)


def basic_model():
    """The "quizapp Basic" note type: question on the front, answer, explanation and source on the back."""
    return genanki.Model(
        BASIC_MODEL_ID, "quizapp Basic",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Explanation"}, {"name": "Source"}],
        templates=[{"name": "Card 1", "qfmt": "{{Question}}",
                    "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}' + BACK_EXTRAS}],
        css=CSS,
    )


def cloze_model():
    """The "quizapp Cloze" note type: a sentence with its blank, then explanation and source on the back."""
    return genanki.Model(
        CLOZE_MODEL_ID, "quizapp Cloze", model_type=genanki.Model.CLOZE,
        fields=[{"name": "Text"}, {"name": "Explanation"}, {"name": "Source"}],
        templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}" + BACK_EXTRAS}],
        css=CSS,
    )


def write(question_set):
    """The ``.apkg`` file (bytes) of a deck holding every question in ``question_set``."""
    # Fresh models per export: genanki fills in their dicts while writing, and
    # exports may run at the same time in several threads.
    models = {"basic": basic_model(), "cloze": cloze_model()}
    title = question_set.title
    deck = genanki.Deck(deck_id(title), title, description=plain_html(question_set.description or ""))
    for question in question_set.questions:
        deck.add_note(note_for(question, title, models))
    return package_bytes(deck)


# What a deck has no place for, of the questions it holds: Anki has no marks, no quiz and no question names, and a
# card's back shows the right answers with their feedback only (a student studies what is right). The Export list
# names those the set uses (formats.left_out); test_round_trips reads the deck back to check it. A new user's walk had
# found the partly right answers, the feedback on wrong ones and the names lost unsaid. (The set's description is
# the deck's, and the category's last part a tag.)
LEAVES_OUT = ("article", "points", "settings", "wrong_feedback", "partial_credit", "case_sensitive", "distractors",
              "title")


def unsupported(question):
    """Why a question cannot become an Anki note, or None: every question can except a description."""
    if question["type"] == "description":
        return "a description has no answer to learn"
    if not rich_html(question["prompt"], question.get("format", DEFAULT_FORMAT)).strip():
        # Anki makes no card from an empty front (the prompt was all script or other unsafe HTML).
        return "its text is empty once unsafe HTML is removed"
    return None


def looks_like(text):
    """Never: ``.apkg`` is export-only (and binary), so there is nothing to sniff."""
    return False


def deck_id(title):
    """A deck id that depends only on the set's title, so re-exporting the set updates the same deck."""
    digest = hashlib.sha256(title.encode("utf-8")).digest()
    return ID_LOW + int.from_bytes(digest[:8], "big") % (ID_HIGH - ID_LOW)


def note_guid(title, question):
    """The note's guid: from the question's id, else its type and prompt.

    The set's title is part of it because Anki guids are unique across a whole
    collection, while ids such as "q1" are unique only within one set: without
    it, importing one set would overwrite another set's notes.
    """
    key = question.get("id") or f"{question['type']}:{question['prompt']}"
    return genanki.guid_for(title, key)


def note_for(question, title, models):
    """The genanki note for ``question``: Cloze for a fill-in-the-blank, else Basic."""
    fmt = question.get("format", DEFAULT_FORMAT)
    source = plain_html(question.get("source", {}).get("sentence", ""))
    # An essay's general feedback is its answer (see back_of), so it is not repeated below it.
    explanation = "" if question["type"] == "essay" else rich_html(question.get("feedback", ""), fmt)
    tags, guid = tags_for(question), note_guid(title, question)
    text = cloze_text(question)
    if text is not None:
        # A cloze's back is its text with the answer filled in: the right answer's feedback goes above the explanation.
        explanation = right_feedback(question) + explanation
        return genanki.Note(model=models["cloze"], fields=[text, explanation, source], tags=tags, guid=guid)
    fields = [front_of(question), back_of(question), explanation, source]
    return genanki.Note(model=models["basic"], fields=fields, tags=tags, guid=guid)


def package_bytes(deck):
    """The ``.apkg`` bytes for ``deck``: the collection built in memory, zipped with an empty media map.

    genanki's own ``write_to_file`` builds the collection in a temporary file that
    it never deletes, so the collection is built here in an in-memory database
    and serialised: no file is ever written, and exports can run concurrently.
    """
    timestamp = time.time()
    with closing(sqlite3.connect(":memory:")) as connection:
        # Note and card ids count up from the time in milliseconds, as in genanki.
        genanki.Package(deck).write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
        connection.commit()
        collection = connection.serialize()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("collection.anki2", collection)
        archive.writestr("media", "{}")  # no media files
    return buffer.getvalue()


# --- field text ------------------------------------------------------------------


def plain_html(text):
    """Plain text as HTML: escaped, with its line breaks kept."""
    return html.escape(text, quote=False).replace("\n", "<br>")


def rich_html(text, fmt):
    """Text written in a question's format as sanitised HTML, safe for genanki's markup check."""
    if fmt == "plain":
        return plain_html(text)
    rendered = str(to_html(text, fmt))
    # A line break inside an attribute value (alt="two\nlines") is valid HTML, but
    # genanki reports it as an invalid tag; &#10; means the same and is on one line.
    return HTML_TAG.sub(lambda tag: tag.group(0).replace("\n", "&#10;"), rendered)


def number_text(answer):
    """A numerical answer as a person writes it, with the numbers it accepts: "120", "5.25 ± 1.25 (4 to 6.5)".

    (quizapp keeps a range such as GIFT's {#4..6.5} as its middle and half-width; a card had shown only
    "5.25 ± 1.25", a new user's walk.)"""
    text = format_number(answer["value"])
    tolerance = answer.get("tolerance", 0)
    if not tolerance:
        return text
    middle, half = Decimal(repr(answer["value"])), Decimal(repr(tolerance))
    return f"{text} ± {format_number(tolerance)} ({decimal_text(middle - half)} to {decimal_text(middle + half)})"


def format_number(value):
    """``value`` without a pointless ".0"."""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def decimal_text(value):
    """A Decimal as a person writes it: "4", "6.5", "-0.25"."""
    return format(value.normalize(), "f") if value else "0"


def right_feedback(question):
    """The feedback of a short or numerical question's fully right answers, as the back shows it ("" if none)."""
    fmt = question.get("format", DEFAULT_FORMAT)
    said = [rich_html(a["feedback"], fmt) for a in question["answers"]
            if a.get("feedback") and right(question, a)]
    return "".join(f'<div class="feedback">{feedback}</div>' for feedback in dict.fromkeys(said))


def tags_for(question):
    """Anki tags: the question's tags, then the last part of its category, each once."""
    tags = []
    for name in [*question.get("tags", ()), category_name(question.get("category", ""))]:
        tag = anki_tag(name)
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def anki_tag(name):
    """``name`` as an Anki tag: spaces (which separate tags) become underscores; quotes and control characters go."""
    joined = re.sub(r"\s+", "_", name.strip())
    return "".join(c for c in joined if c.isprintable() and c != '"')


def category_name(category):
    """The last part of a Moodle category path, or "" for the course's top category.

    "$course$/top/Week 1" gives "Week 1". Moodle writes a "/" inside a category's
    name as "//", so that is not a separator.
    """
    last = category.replace("//", "\0").split("/")[-1].replace("\0", "/").strip()
    if last == "top" or (last.startswith("$") and last.endswith("$")):
        return ""
    return last


# --- cloze notes -----------------------------------------------------------------


def cloze_text(question):
    """The prompt with its one blank replaced by ``{{c1::answer}}``, or None when it is no fill-in-the-blank.

    A prompt with several blanks stays a Basic note: its one answer could go in any of them.
    """
    prompt = question["prompt"]
    if question["type"] not in ("short_answer", "numerical") or len(BLANK.findall(prompt)) != 1:
        return None
    answer = cloze_answer(question)
    if answer is None or BLANK_MARK in prompt:
        return None
    rendered = rich_html(BLANK.sub(BLANK_MARK, prompt), question.get("format", DEFAULT_FORMAT))
    if rendered.count(BLANK_MARK) != 1:
        return None  # the blank was inside markup the sanitiser removed
    return cloze_safe(rendered).replace(BLANK_MARK, "{{c1::" + answer + "}}")


def cloze_answer(question):
    """The text to hide in the blank: the first fully right answer (for short answers, one without a wildcard)."""
    for answer in question["answers"]:
        if not right(question, answer):
            continue
        if question["type"] == "numerical" and answer["value"] != "*":
            return cloze_safe(number_text(answer))
        if question["type"] == "short_answer" and "*" not in answer["text"]:
            # "::" inside a cloze starts a hint, so colons are written as entities.
            return cloze_safe(plain_html(answer["text"])).replace(":", "&#58;")
    return None


def cloze_safe(text):
    """``text`` with braces as entities, so that no "{{c2::" or "}}" in it is read as cloze markup."""
    return text.replace("{", "&#123;").replace("}", "&#125;")


# --- basic notes -----------------------------------------------------------------


def front_of(question):
    """The front of a Basic card: the prompt, and what there is to choose from."""
    fmt = question.get("format", DEFAULT_FORMAT)
    front = rich_html(question["prompt"], fmt)
    kind = question["type"]
    if kind == "multiple_choice":
        items = "".join(f"<li>{rich_html(choice['text'], fmt)}</li>" for choice in question["choices"])
        front += f'<ol type="A" class="options">{items}</ol>'
        if question.get("multiple"):
            front += '<p class="hint">Choose every right answer.</p>'
    elif kind == "true_false":
        front += '<p class="hint">True or false?</p>'
    elif kind == "matching":
        items = "".join(f"<li>{plain_html(pair['left'])}</li>" for pair in question["pairs"])
        front += f'<ul class="items">{items}</ul>'
    return front


def back_of(question):
    """The answer on the back of a Basic card."""
    return {
        "multiple_choice": choices_back,
        "true_false": true_false_back,
        "short_answer": short_answer_back,
        "numerical": numerical_back,
        "matching": matching_back,
        "essay": essay_back,
    }[question["type"]](question)


def choices_back(question):
    """The right choice(s), keeping their letters from the front, each with its feedback."""
    fmt = question.get("format", DEFAULT_FORMAT)
    items = []
    for number, choice in enumerate(question["choices"], start=1):
        if right(question, choice):  # (as the Export list's declaration reads it: losses.right)
            feedback = rich_html(choice.get("feedback", ""), fmt)
            note = f'<div class="feedback">{feedback}</div>' if feedback else ""
            items.append(f'<li value="{number}">{rich_html(choice["text"], fmt)}{note}</li>')
    return f'<ol type="A" class="options">{"".join(items)}</ol>'


def true_false_back(question):
    """"True" or "False", with the feedback a student giving that answer would see."""
    answer = question["answer"]
    feedback_key = "feedback_true" if answer else "feedback_false"
    feedback = rich_html(question.get(feedback_key, ""), question.get("format", DEFAULT_FORMAT))
    back = "True" if answer else "False"
    return back + (f'<div class="feedback">{feedback}</div>' if feedback else "")


def short_answer_back(question):
    """The first fully right answer, and any others that are accepted as fully right."""
    texts = [a["text"] for a in question["answers"] if right(question, a)]
    if not texts:
        return ""
    back = plain_html(texts[0])
    if len(texts) > 1:
        back += f'<p class="also">Also accepted: {", ".join(plain_html(t) for t in texts[1:])}</p>'
    return back + right_feedback(question)


def numerical_back(question):
    """The fully right value(s), with their tolerance, and their feedback."""
    values = [number_text(a) for a in question["answers"] if right(question, a)]
    return html.escape(" or ".join(values), quote=False) + right_feedback(question)


def matching_back(question):
    """Every pair, left → right."""
    items = "".join(f"<li>{plain_html(p['left'])} → {plain_html(p['right'])}</li>" for p in question["pairs"])
    return f'<ul class="pairs">{items}</ul>'


def essay_back(question):
    """An essay has no right answer: its general feedback (a model answer, often) or a note that it is open."""
    feedback = rich_html(question.get("feedback", ""), question.get("format", DEFAULT_FORMAT))
    return feedback or "(open answer)"
