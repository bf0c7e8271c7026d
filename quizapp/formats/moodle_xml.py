"""Moodle XML: the question-bank file Moodle exports by default, read and written.

The reader follows Moodle's own importer (``question/format/xml/format.php``):
texts are trimmed, a missing text format means HTML, ``<single>`` and friends
take ``true``/``false`` or ``1``/``0``, answers with empty text are left out,
and category pseudo-questions set the category of the questions that follow.
Question types quizapp has no equivalent for (Cloze, calculated, drag and
drop...) are skipped with a warning, as are embedded files.

The file is parsed with defusedxml, and a file with a DOCTYPE is refused
outright: entity expansion ("billion laughs") and external entities (XXE) never
happen. Every element remembers the line it starts on, so each problem names
its line.

The writer produces what Moodle's exporter writes, element for element, so
Moodle imports it and this reader gets back the same questions.
"""

import math
import re
import xml.etree.ElementTree as ElementTree
from decimal import Decimal, DecimalException
from xml.parsers.expat import ErrorString
from xml.sax.saxutils import escape

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from .. import richtext
from .json_format import WEIGHT_EPSILON
from .parsed import Parsed

# Moodle's names for text formats, and ours. wiki_like is a retired Moodle format
# of plain text with line breaks, which is what quizapp's "moodle" format shows.
FORMATS_IN = {
    "html": "html", "moodle_auto_format": "moodle", "plain_text": "plain", "markdown": "markdown", "wiki_like": "moodle",
}
FORMATS_OUT = {"plain": "plain_text", "html": "html", "markdown": "markdown", "moodle": "moodle_auto_format"}
# Moodle reads a text without a format attribute as HTML.
DEFAULT_FORMAT = "html"

# quizapp's question types, by the name Moodle XML gives them ("match" is Moodle's internal name).
TYPES_IN = {
    "multichoice": "multiple_choice", "truefalse": "true_false", "shortanswer": "short_answer",
    "numerical": "numerical", "matching": "matching", "match": "matching", "essay": "essay",
    "description": "description",
}
TYPES_OUT = {
    "multiple_choice": "multichoice", "true_false": "truefalse", "short_answer": "shortanswer",
    "numerical": "numerical", "matching": "matching", "essay": "essay", "description": "description",
}
# The penalty for each wrong try Moodle gives a new question of each type.
PENALTY = {
    "multichoice": "0.3333333", "truefalse": "1.0000000", "shortanswer": "0.3333333", "numerical": "0.3333333",
    "matching": "0.3333333", "essay": "0.0000000", "description": "0.0000000",
}

# A plain decimal number, as Moodle writes grades, fractions and tolerances (no
# "nan", "inf" or "1_000", which Python's float() would take).
NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
# Characters XML 1.0 cannot hold at all, not even escaped.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Lone UTF-16 surrogates: what undecodable bytes become with errors="surrogateescape".
SURROGATE = re.compile("[\ud800-\udfff]")
# How long a question name made from the prompt may be, like Moodle's own.
NAME_LENGTH = 50

ENTITIES = "the file declares XML entities, which quizapp does not accept"
DOCTYPE = "the file has a <!DOCTYPE> declaration, which quizapp does not accept; remove it (Moodle never writes one)"


# Reading ------------------------------------------------------------------


def looks_like(text):
    """Whether ``text`` is probably a Moodle XML file: it starts with ``<?xml`` or ``<quiz``."""
    start = text.lstrip("\ufeff \t\r\n")
    return start.startswith(("<?xml", "<quiz"))


def read(text):
    """The questions in the Moodle XML ``text``, with every problem found (never raises)."""
    parsed = Parsed()
    root = parse_xml(text, parsed)
    if root is None:
        return parsed
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
    for text, answer in zip(texts, answers, strict=False):
        if text not in ("true", "false"):
            continue
        is_right = weight_of(answer, parsed) == 1
        question["answer"] = is_right if text == "true" else not is_right
        feedback = part_text(answer.find("feedback"), fmt, parsed)
        if feedback:
            question[f"feedback_{text}"] = feedback


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
        left = richtext.to_plain(text_of(sub, parsed), format_of(sub, fmt, parsed)).strip()
        right = text_of(sub.find("answer"), parsed)
        if left and right:
            pairs.append({"left": left, "right": right})
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


def has_text(element):
    """Whether ``element`` holds any text worth mentioning."""
    return element is not None and any(piece.strip() for piece in element.itertext())


def warn_dropped(element, question, parsed):
    """Warn about what the question has that quizapp cannot keep: files, hints, grader information."""
    name = label(element, question)
    for file in element.iter("file"):
        parsed.warn(file.line, f"the file {file.get('name') or '(no name)'!r} embedded in question {name!r} was dropped; "
                               "quizapp does not import images or other files")
    dropped = [what for what, tag in (("hints", "hint"), ("information for graders", "graderinfo"),
                                      ("response template", "responsetemplate"))
               if any(has_text(child) for child in element.findall(tag))]
    if dropped:
        parsed.warn(element.line, f"question {name!r}: left out its {' and '.join(dropped)}, which quizapp has no place for")


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


def default_name(question):
    """The name a question without a title gets in Moodle XML: the start of its prompt as plain text.

    The reader leaves out a title that is just this, so a question keeps having no title.
    """
    words = " ".join(richtext.to_plain(question["prompt"], question.get("format", "plain")).split())
    if len(words) <= NAME_LENGTH:
        return words or "Question"
    start = words[:NAME_LENGTH + 1]
    # Cut at the last whole word, unless the start is one long word.
    return (start.rsplit(" ", 1)[0] if " " in start else words[:NAME_LENGTH]).rstrip() + "..."


# Writing ------------------------------------------------------------------


def unsupported(question):
    """Moodle XML holds every quizapp question type (source and difficulty are not written)."""
    return None


def write(question_set):
    """``question_set`` as the Moodle XML that Moodle's own exporter writes."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"]
    category = None
    for question in question_set.questions:
        # Moodle files say a category once, before the first question in it.
        if question.get("category") and question["category"] != category:
            category = question["category"]
            lines += category_lines(category)
        lines += question_lines(question)
    lines.append("</quiz>")
    return "\n".join(lines) + "\n"


def category_lines(path):
    """A category pseudo-question switching to ``path``."""
    return [
        '  <question type="category">',
        "    <category>",
        f"      <text>{xml_text(path)}</text>",
        "    </category>",
        '    <info format="moodle_auto_format">',
        "      <text></text>",
        "    </info>",
        "    <idnumber></idnumber>",
        "  </question>",
    ]


def question_lines(question):
    """One <question>, its elements in the order Moodle writes them."""
    fmt = question.get("format", "plain")
    kind = TYPES_OUT[question["type"]]
    points = question.get("points", 0 if kind == "description" else 1)
    name = (question.get("title") or "").strip() or default_name(question)
    return [
        f'  <question type="{kind}">',
        "    <name>",
        f"      <text>{xml_text(name)}</text>",
        "    </name>",
        *text_element("questiontext", question["prompt"], fmt, 4),
        *text_element("generalfeedback", question.get("feedback", ""), fmt, 4),
        f"    <defaultgrade>{grade_text(points)}</defaultgrade>",
        f"    <penalty>{PENALTY[kind]}</penalty>",
        "    <hidden>0</hidden>",
        f"    <idnumber>{xml_text(question.get('id', ''))}</idnumber>",
        *WRITERS[question["type"]](question, fmt),
        *tag_lines(question.get("tags", ())),
        "  </question>",
    ]


def write_multichoice(question, fmt):
    """Options, combined feedback and the answers of a multiple-choice question."""
    single = "false" if question.get("multiple") else "true"
    lines = [
        f"    <single>{single}</single>",
        "    <shuffleanswers>true</shuffleanswers>",
        "    <answernumbering>abc</answernumbering>",
        "    <showstandardinstruction>0</showstandardinstruction>",
        *combined_feedback(fmt),
    ]
    for choice in question["choices"]:
        lines += answer_lines(choice["weight"], choice["text"], FORMATS_OUT[fmt], choice.get("feedback", ""), fmt)
    return lines


def write_truefalse(question, fmt):
    """The "true" and "false" answers; the right one has fraction 100."""
    lines = []
    for value in (True, False):
        text = "true" if value else "false"
        weight = 1 if question["answer"] == value else 0
        lines += answer_lines(weight, text, "moodle_auto_format", question.get(f"feedback_{text}", ""), fmt)
    return lines


def write_shortanswer(question, fmt):
    """Case sensitivity and the accepted answers."""
    lines = [f"    <usecase>{1 if question.get('case_sensitive') else 0}</usecase>"]
    for answer in question["answers"]:
        lines += answer_lines(answer.get("weight", 1), answer["text"], "moodle_auto_format", answer.get("feedback", ""), fmt)
    return lines


def write_numerical(question, fmt):
    """The answers with their tolerances, then Moodle's unit settings (no units)."""
    lines = []
    for answer in question["answers"]:
        value = answer["value"] if answer["value"] == "*" else number_text(answer["value"])
        tolerance = f"      <tolerance>{number_text(answer.get('tolerance', 0))}</tolerance>"
        lines += answer_lines(answer.get("weight", 1), value, "moodle_auto_format", answer.get("feedback", ""), fmt,
                              extra=[tolerance])
    return lines + [
        "    <unitgradingtype>0</unitgradingtype>",
        "    <unitpenalty>0.1000000</unitpenalty>",
        "    <showunits>3</showunits>",
        "    <unitsleft>0</unitsleft>",
    ]


def write_matching(question, fmt):
    """Subquestions for the pairs, then empty subquestions whose answers are the distractors."""
    lines = ["    <shuffleanswers>true</shuffleanswers>", *combined_feedback(fmt)]
    items = [(pair["left"], pair["right"]) for pair in question["pairs"]]
    items += [("", distractor) for distractor in question.get("distractors", ())]
    for left, right in items:
        # Matching items are plain strings in quizapp, so they are written as plain text.
        lines += [
            '    <subquestion format="plain_text">',
            f"      <text>{xml_text(left)}</text>",
            "      <answer>",
            f"        <text>{xml_text(right)}</text>",
            "      </answer>",
            "    </subquestion>",
        ]
    return lines


def write_essay(question, fmt):
    """The response settings Moodle writes for an essay: an editor box, nothing attached."""
    return [
        "    <responseformat>editor</responseformat>",
        "    <responserequired>1</responserequired>",
        "    <responsefieldlines>15</responsefieldlines>",
        "    <attachments>0</attachments>",
        "    <attachmentsrequired>0</attachmentsrequired>",
        *text_element("graderinfo", "", fmt, 4),
        *text_element("responsetemplate", "", fmt, 4),
    ]


def write_nothing_more(question, fmt):
    """A description has only the common elements."""
    return []


WRITERS = {
    "multiple_choice": write_multichoice,
    "true_false": write_truefalse,
    "short_answer": write_shortanswer,
    "numerical": write_numerical,
    "matching": write_matching,
    "essay": write_essay,
    "description": write_nothing_more,
}


def text_element(tag, text, fmt, indent):
    """``<tag format="..."><text>...</text></tag>`` over three lines, as Moodle writes it."""
    pad = " " * indent
    return [f'{pad}<{tag} format="{FORMATS_OUT[fmt]}">', f"{pad}  <text>{xml_text(text)}</text>", f"{pad}</{tag}>"]


def combined_feedback(fmt):
    """The empty correct/partly correct/incorrect feedback Moodle writes for multiple choice and matching."""
    lines = []
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        lines += text_element(tag, "", fmt, 4)
    return lines


def answer_lines(weight, text, text_format, feedback, fmt, extra=()):
    """One <answer>: its fraction as a percentage, its text, its feedback, then ``extra`` lines."""
    return [
        f'    <answer fraction="{percent_text(weight)}" format="{text_format}">',
        f"      <text>{xml_text(text)}</text>",
        *text_element("feedback", feedback, fmt, 6),
        *extra,
        "    </answer>",
    ]


def tag_lines(tags):
    """The <tags> element, or nothing when there are no tags."""
    if not tags:
        return []
    return ["    <tags>", *(f"      <tag><text>{xml_text(tag)}</text></tag>" for tag in tags), "    </tags>"]


def xml_text(value):
    """``value`` ready to go between tags: in CDATA when it holds markup characters, as Moodle writes it.

    A carriage return would become a line feed inside CDATA, so text with one is
    escaped instead. Characters XML cannot hold at all are left out.
    """
    value = NOT_XML.sub("", str(value))
    if "\r" in value:
        return escape(value).replace("\r", "&#13;")
    if any(c in value for c in "<>&\"'"):
        # "]]>" would end the CDATA section early: split it across two sections.
        return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"
    return value


def percent_text(weight):
    """A weight as Moodle's percentage: 1 → "100", 0.5 → "50", 0.3333333 → "33.33333".

    The digits are shifted, not multiplied, so that reading them back gives the
    very same float.
    """
    if weight == 0:
        return "0"
    return format((Decimal(repr(float(weight))) * 100).normalize(), "f")


def grade_text(points):
    """Marks with Moodle's seven decimals ("1.0000000"), or all the digits needed to read back the same number."""
    text = f"{points:.7f}"
    return text if abs(points) < 1e9 and float(text) == points else number_text(points)


def number_text(value):
    """A number as short as it can be written and still read back the same."""
    if isinstance(value, int) or (value.is_integer() and abs(value) < 2 ** 53):
        return str(int(value))
    return repr(float(value))
