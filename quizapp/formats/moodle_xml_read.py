"""Reading Moodle XML (see ``moodle_xml`` for what is read and how)."""

import math
import re
import xml.etree.ElementTree as ElementTree
from decimal import Decimal, DecimalException
from xml.parsers.expat import ErrorString

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from .. import richtext
from ..words import listed
from .json_format import WEIGHT_EPSILON
from .moodle_xml_names import DEFAULT_FORMAT, DOCTYPE, ENTITIES, FORMATS_IN, NUMBER, SURROGATE, TYPES_IN, default_name
from .parsed import Parsed, formatting_left_out

# Reading ------------------------------------------------------------------


def looks_like(text):
    """Whether ``text`` is probably a Moodle XML file: it starts with ``<?xml`` or ``<quiz``."""
    start = text.lstrip("\ufeff \t\r\n")
    return start.startswith(("<?xml", "<quiz"))


# "<quiz>\n  <!-- quizapp set: TITLE -->\n  <!-- quizapp description: TEXT -->": only right after <quiz>.
SET_HEADER = re.compile(r"<quiz>\s*<!-- quizapp set: (?P<title>.*?) -->(?:\s*<!-- quizapp description: (?P<about>.*?) -->)?",
                        re.DOTALL)


def read(text):
    """The questions in the Moodle XML ``text``, with every problem found (never raises)."""
    parsed = Parsed()
    root = parse_xml(text, parsed)
    if root is None:
        return parsed
    named = SET_HEADER.search(text)
    if named:  # the set's name and description as quizapp's export writes them (moodle_xml_write.header_lines)
        parsed.title, parsed.description = named.group("title").strip() or None, (named.group("about") or "").strip()
    if root.tag != "quiz":
        parsed.problem(root.line, f"the file starts with <{root.tag}>, but a Moodle XML file's questions are inside <quiz>")
        return parsed
    category = None
    for element in root.findall("question"):
        kind = (element.get("type") or "").strip()
        if kind == "category":
            category = category_of(element, parsed)
        else:
            read_question(element, kind, category, parsed)
    return parsed


class LineElement(ElementTree.Element):
    """An XML element that knows the line its start tag is on."""

    line = 1


class LineTarget:
    """Builds the element tree for the parser, noting each element's line.

    The parser calls ``start`` while expat sits on the start tag, so expat's
    current line is the element's.
    """

    def __init__(self):
        self.builder = ElementTree.TreeBuilder(element_factory=LineElement)
        self.expat = None  # the parser's expat object, set once the parser exists

    def start(self, tag, attributes):
        element = self.builder.start(tag, attributes)
        element.line = self.expat.CurrentLineNumber
        return element

    def end(self, tag):
        return self.builder.end(tag)

    def data(self, data):
        self.builder.data(data)

    def close(self):
        return self.builder.close()


def parse_xml(text, parsed):
    """The root element of ``text``, or None after noting why it cannot be read.

    defusedxml refuses DTDs here: a Moodle XML file never has one, and without
    one there can be no entity to expand, internal or external.
    """
    bad = SURROGATE.search(text)
    if bad:
        # Lone surrogates come from bytes that were not UTF-8; expat cannot take them.
        parsed.problem(text.count("\n", 0, bad.start()) + 1, "the file is not valid UTF-8 text; save it as UTF-8 and try again")
        return None
    target = LineTarget()
    parser = DefusedXMLParser(target=target, forbid_dtd=True)
    target.expat = parser.parser
    try:
        parser.feed(text.lstrip("\ufeff"))
        return parser.close()
    except ParseError as error:
        line, column = error.position
        parsed.problem(line, f"the file is not well-formed XML: {ErrorString(error.code)} (column {column + 1})")
    except DefusedXmlException:
        parsed.problem(1, ENTITIES if "<!ENTITY" in text else DOCTYPE)
    return None


def category_of(element, parsed):
    """The category path a category pseudo-question switches to (None for an empty one)."""
    return text_of(element.find("category"), parsed) or None


def read_question(element, kind, category, parsed):
    """Read one <question> into ``parsed``, or note why it is skipped or wrong."""
    if not kind:
        parsed.problem(element.line, '<question> has no type; write it like <question type="multichoice">')
        return
    if kind not in TYPES_IN:
        name = element.findtext("name/text", "").strip() or "(no name)"
        parsed.warn(element.line, f"unsupported question type {kind!r} in question {name!r}, skipped")
        return
    problems_before = len(parsed.problems)
    question = read_common(element, TYPES_IN[kind], parsed)
    READERS[question["type"]](element, question, parsed)
    if not question["prompt"]:
        parsed.problem(element.line, f"question {label(element, question)!r} has no text; "
                                     "write it in <questiontext><text>...</text></questiontext>")
    if len(parsed.problems) == problems_before:
        # An answer left out for a problem already noted could be the right one: check only a clean question.
        check_right_answers(element, question, parsed)
    name = element.findtext("name/text", "").strip()
    if name and name != default_name(question):
        question["title"] = name
    if category:
        question["category"] = category
    warn_dropped(element, question, parsed)
    if len(parsed.problems) == problems_before:
        parsed.add(question, element.line)


def check_right_answers(element, question, parsed):
    """Note, in Moodle's terms, a question without a fully right answer.

    ``finish`` checks this too, but in quizapp's JSON terms ("weight"); a
    teacher with a Moodle file is better told about fractions.
    """
    name = label(element, question)
    weights = [entry.get("weight", 1) for entry in question.get("choices", question.get("answers", ()))]
    if not weights:
        return
    if question.get("multiple"):
        total = sum(w for w in weights if w > 0)
        if abs(total - 1) > WEIGHT_EPSILON:
            parsed.problem(element.line, f"the positive fractions of question {name!r} add up to {total * 100:g}; "
                                         "the right answers' fractions must add up to 100")
    elif not any(abs(w - 1) <= WEIGHT_EPSILON for w in weights):
        parsed.problem(element.line, f'no answer of question {name!r} has fraction="100"; give the right answer fraction 100')


def read_common(element, kind, parsed):
    """The parts every question type has: prompt, format, feedback, points, id and tags."""
    prompt_element = element.find("questiontext")
    fmt = format_of(prompt_element, DEFAULT_FORMAT, parsed)
    question = {"type": kind, "prompt": text_of(prompt_element, parsed)}
    if fmt != "plain":
        question["format"] = fmt
    feedback = part_text(element.find("generalfeedback"), fmt, parsed)
    if feedback:
        question["feedback"] = feedback
    read_points(element, question, parsed)
    identifier = (element.findtext("idnumber") or "").strip()
    if identifier:
        question["id"] = identifier
    tags = read_tags(element)
    if tags:
        question["tags"] = tags
    return question


def read_points(element, question, parsed):
    """Set ``points`` from <defaultgrade>, left out when it is Moodle's default of 1."""
    grade = element.find("defaultgrade")
    raw = (grade.text or "").strip() if grade is not None else ""
    if not raw:
        return
    value = number(raw)
    if value is None or value < 0:
        parsed.problem(grade.line, f"<defaultgrade> must be a number of marks such as 1 or 2.5, not {raw!r}")
    elif value == 0:
        # Moodle gives descriptions 0 marks; a graded question worth 0 gets quizapp's default instead.
        if question["type"] != "description":
            parsed.warn(grade.line, f"question {label(element, question)!r} is worth 0 marks in the file; it is imported worth 1")
    elif value != 1:
        question["points"] = value


def read_tags(element):
    """The question's tags (<tags><tag><text>), trimmed, without blanks or repeats."""
    tags = []
    for tag in element.iterfind("tags/tag"):
        text = (tag.findtext("text") if tag.find("text") is not None else tag.text) or ""
        if text.strip() and text.strip() not in tags:
            tags.append(text.strip())
    return tags


def read_multichoice(element, question, parsed):
    """Choices with their weights and feedback; ``<single>false`` makes it multiple response."""
    fmt = question.get("format", "plain")
    choices = []
    for answer in element.findall("answer"):
        text = part_text(answer, fmt, parsed)
        if not text:
            continue  # Moodle drops answers left blank
        choice = {"text": text, "weight": weight_of(answer, parsed)}
        feedback = part_text(answer.find("feedback"), fmt, parsed)
        if feedback:
            choice["feedback"] = feedback
        choices.append(choice)
    question["choices"] = choices
    if not flag(element, "single", True, parsed):
        question["multiple"] = True


def read_truefalse(element, question, parsed):
    """The right answer, and the feedback for a student who answered True and for one who answered False.

    Moodle finds the "true" and "false" answers by their text; in old files whose
    texts were translated, the first answer is True.
    """
    fmt = question.get("format", "plain")
    answers = element.findall("answer")
    if not answers:
        parsed.problem(element.line, f"true/false question {label(element, question)!r} has no <answer> elements")
        return
    texts = [text_of(answer, parsed).lower() for answer in answers]
    if not {"true", "false"} & set(texts):
        parsed.warn(element.line, f"the answers of true/false question {label(element, question)!r} are not 'true' and "
                                  "'false'; the first is taken as True")
        texts = ["true", "false"][:len(answers)]
    right, problems_before = set(), len(parsed.problems)
    for text, answer in zip(texts, answers, strict=False):
        if text not in ("true", "false"):
            continue
        if weight_of(answer, parsed) == 1:
            right.add(text)
        feedback = part_text(answer.find("feedback"), fmt, parsed)
        if feedback:
            question[f"feedback_{text}"] = feedback
    if len(right) == 1:
        question["answer"] = right == {"true"}
    elif len(parsed.problems) == problems_before:  # (a fraction that is no number is told already)
        # Both right, or neither: the answer had been guessed from whichever came last (a new user's walk).
        said = 'both "true" and "false" have it' if right else 'neither "true" nor "false" has it'
        parsed.problem(element.line, f'true/false question {label(element, question)!r} needs exactly one answer with'
                                     f' fraction="100"; {said}')


def read_shortanswer(element, question, parsed):
    """Accepted answers (plain text, ``*`` a wildcard) with weights; ``<usecase>1`` makes them case-sensitive."""
    fmt = question.get("format", "plain")
    answers = []
    for answer in element.findall("answer"):
        text = text_of(answer, parsed)
        if not text:
            continue
        answers.append(answer_entry({"text": text}, answer, fmt, parsed))
    question["answers"] = answers
    if flag(element, "usecase", False, parsed):
        question["case_sensitive"] = True


def read_numerical(element, question, parsed):
    """Numbers with tolerances and weights; ``*`` stands for any other answer. Units are dropped."""
    fmt = question.get("format", "plain")
    answers = []
    for answer in element.findall("answer"):
        raw = text_of(answer, parsed)
        if not raw:
            continue
        value = "*" if raw == "*" else number(raw)
        if value is None:
            parsed.problem(answer.line, f"the answer {raw!r} is not a number; write it like 3.14 (or * for any other answer)")
            continue
        entry = {"value": value}
        tolerance = read_tolerance(answer, parsed)
        if tolerance:
            entry["tolerance"] = tolerance
        answers.append(answer_entry(entry, answer, fmt, parsed))
    question["answers"] = answers
    units = [unit.findtext("unit_name", "").strip() for unit in element.iterfind("units/unit")]
    if units:
        parsed.warn(element.line, f"the units ({', '.join(u for u in units if u)}) of question {label(element, question)!r} "
                                  "are dropped; students answer with the number alone")


def read_tolerance(answer, parsed):
    """An answer's <tolerance> (0 when absent), or 0 after noting that it is not a number."""
    tolerance = answer.find("tolerance")
    raw = (tolerance.text or "").strip() if tolerance is not None else ""
    if not raw:
        return 0
    value = number(raw)
    if value is None or value < 0:
        parsed.problem(tolerance.line, f"the tolerance {raw!r} must be a number of 0 or more")
        return 0
    return value


def read_matching(element, question, parsed):
    """Pairs from the subquestions; a subquestion with an empty text only adds a distractor."""
    fmt = question.get("format", "plain")
    pairs, distractors = [], []
    for sub in element.findall("subquestion"):
        # Matching items are plain strings in quizapp, whatever format they had in Moodle.
        written, written_in = text_of(sub, parsed), format_of(sub, fmt, parsed)
        left = richtext.to_plain(written, written_in).strip()
        right = text_of(sub.find("answer"), parsed)
        if left and right:
            pairs.append({"left": left, "right": right})
            warning = formatting_left_out(written, left, written_in)
            if warning:
                parsed.warn(sub.line, warning)
        elif right:
            distractors.append(right)
        elif left:
            parsed.problem(sub.line, f"the item {left!r} has no answer to match; give it an <answer> or remove it")
    question["pairs"] = pairs
    if distractors:
        question["distractors"] = distractors


def read_nothing_more(element, question, parsed):
    """Essays and descriptions have nothing beyond the common parts that quizapp keeps."""


READERS = {
    "multiple_choice": read_multichoice,
    "true_false": read_truefalse,
    "short_answer": read_shortanswer,
    "numerical": read_numerical,
    "matching": read_matching,
    "essay": read_nothing_more,
    "description": read_nothing_more,
}


def answer_entry(entry, answer, fmt, parsed):
    """``entry`` with the weight (left out when 1) and feedback of a short or numerical <answer>."""
    weight = weight_of(answer, parsed)
    if weight != 1:
        entry["weight"] = weight
    feedback = part_text(answer.find("feedback"), fmt, parsed)
    if feedback:
        entry["feedback"] = feedback
    return entry


def weight_of(answer, parsed):
    """An answer's ``fraction`` percentage as a weight from -1 to 1 (0 after noting a bad one).

    Decimal arithmetic keeps the conversion exact, so the percentage the writer
    makes from a weight comes back as that very weight.
    """
    raw = (answer.get("fraction") or "0").strip()
    try:
        percent = Decimal(raw) if NUMBER.fullmatch(raw) else None
        if percent is not None and -100 <= percent <= 100:
            return as_number(float(percent / 100))
    except DecimalException:
        pass
    parsed.problem(answer.line, f"the answer's fraction {raw!r} must be a percentage from -100 to 100, "
                                "such as 100, 50 or -33.33333")
    return 0


def flag(element, tag, default, parsed):
    """The yes/no value of ``element``'s ``tag`` child: true/false or 1/0, as Moodle writes either."""
    child = element.find(tag)
    if child is None:
        return default
    value = (child.text or "").strip().lower()
    if value in ("true", "1"):
        return True
    if value in ("false", "0", ""):
        return False
    parsed.problem(child.line, f"<{tag}> must be true or false (or 1 or 0), not {value!r}")
    return default


def text_of(element, parsed):
    """The trimmed text of ``element``'s <text> child, '' when there is none."""
    if element is None:
        return ""
    text = element.find("text")
    if text is None:
        return ""
    if len(text):
        # Moodle refuses this too: HTML must be escaped or wrapped in CDATA, or it is read as XML.
        parsed.problem(text.line, f"the text of <{element.tag}> contains the XML tag <{text[0].tag}>; put HTML inside "
                                  "<![CDATA[ ... ]]> or write < as &lt;")
        return "".join(text.itertext()).strip()  # the words alone, so that no follow-on problem appears
    return (text.text or "").strip()


def format_of(element, default, parsed):
    """quizapp's name for ``element``'s text format; ``default`` when it has none."""
    name = (element.get("format") or "").strip() if element is not None else ""
    if not name:
        return default
    if name not in FORMATS_IN:
        parsed.warn(element.line, f"unknown text format {name!r}; read as html (use html, moodle_auto_format, "
                                  "plain_text or markdown)")
        return "html"
    return FORMATS_IN[name]


def part_text(element, fmt, parsed):
    """The text of a feedback or answer element, rewritten in the question's format ``fmt`` when its own differs."""
    text = text_of(element, parsed)
    return richtext.convert(text, format_of(element, fmt, parsed), fmt) if text else ""


# What a question may hold that quizapp has no place for, as a warning names it, and its elements. quizapp says
# right, partly right or wrong itself; Moodle's combined feedback adds to that, and was lost unsaid (a new user's walk).
NO_PLACE_FOR = (
    ("hints", ("hint",)),
    ("information for graders", ("graderinfo",)),
    ("response template", ("responsetemplate",)),
    ("feedback for right, partly right and wrong answers",
     ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")),
)
# The combined feedback Moodle fills in for a new question: it says no more than quizapp's own verdict does, and
# every Moodle export holds it, so it goes without a warning.
STOCK_FEEDBACK = {"your answer is correct.", "your answer is partially correct.", "your answer is incorrect."}


def teachers_text(element):
    """Whether ``element`` holds words of the teacher's own: not Moodle's stock combined feedback, nor an empty <p>."""
    words = richtext.to_plain(" ".join(element.itertext()), "html")
    return bool(words) and words.lower() not in STOCK_FEEDBACK


def warn_dropped(element, question, parsed):
    """Warn about what the question has that quizapp cannot keep: files, hints, grader information, combined
    feedback."""
    name = label(element, question)
    shown = set(richtext.files_referred_to(question))  # parsed.finish tells of these, and what students see instead
    for file in element.iter("file"):
        if (file.get("name") or "") not in shown:
            parsed.warn(file.line, f"the file {file.get('name') or '(no name)'!r} embedded in question {name!r} was"
                                   " dropped; quizapp does not import images or other files")
    dropped = [what for what, tags in NO_PLACE_FOR
               if any(teachers_text(child) for tag in tags for child in element.findall(tag))]
    if dropped:
        parsed.warn(element.line, f"question {name!r}: left out its {listed(dropped)}, which quizapp has no place for")
    # Settings that change what students see: say so, since they are not kept per question.
    if (element.findtext("hidden") or "").strip() == "1":
        parsed.warn(element.line, f"question {name!r} is hidden in Moodle; it is imported and students will see it"
                                  " (remove it from the file to leave it out)")
    if element.find("shuffleanswers") is not None and (element.findtext("shuffleanswers") or "").strip().lower() in (
            "0", "false") and question.get("type") == "multiple_choice":
        parsed.warn(element.line, f"question {name!r} keeps its answers in order in Moodle; quizapp shuffles choices"
                                  " unless the set's 'Shuffle the choices' setting is off")


def label(element, question):
    """How messages name a question: its Moodle name, else the start of its prompt."""
    return element.findtext("name/text", "").strip() or default_name(question)


def number(text):
    """``text`` as an int or float, or None when it is not a plain, finite decimal number."""
    text = text.strip()
    if not NUMBER.fullmatch(text):
        return None
    value = float(text)
    return as_number(value) if math.isfinite(value) else None


def as_number(value):
    """``value`` as an int when it is a whole number, so that JSON shows 1 rather than 1.0."""
    return int(value) if value.is_integer() and abs(value) < 2 ** 53 else value
