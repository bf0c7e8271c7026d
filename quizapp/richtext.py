"""Question text in its four formats, made safe to show and convertible to plain text.

A question's ``format`` says how its prompt, choices and feedback are written:
``plain`` (the default: shown exactly as typed), ``html``, ``markdown``, or
``moodle`` (Moodle's auto-format: plain text whose line breaks are kept, with
HTML allowed). Imported files put teachers' HTML, and anyone's HTML, in front of
students, so every rendering goes through nh3 (the Ammonia sanitiser): no
script, no event handler, no ``javascript:`` link survives.
"""

import html
import re
from functools import lru_cache
from urllib.parse import unquote

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

FORMATS = ("plain", "html", "markdown", "moodle")
DEFAULT_FORMAT = "plain"

# Links open outside the quiz and must not hand it the opener or the referrer.
LINK_REL = "noopener noreferrer"


@lru_cache(maxsize=1)
def markdown_renderer():
    """CommonMark with raw HTML allowed (it is sanitised afterwards, as Moodle's Markdown allows HTML)."""
    return MarkdownIt("commonmark", {"html": True})


def sanitise(markup):
    """``markup`` with everything that could run code or restyle the page removed."""
    # Lone surrogates cannot come from decoded UTF-8, but the Rust sanitiser refuses them outright.
    markup = markup.encode("utf-8", "replace").decode("utf-8")
    return nh3.clean(markup, link_rel=LINK_REL)


def scrolling_tables(cleaned):
    """Sanitised HTML with each table in a box of its own that scrolls sideways, so a wide one does not widen a
    phone's page (a new user's walk: 900 px too wide). For pages only: stored and exported text stays as written."""
    # (after the sanitiser, whose output has every table closed: the wrapper is ours, not the file's)
    return TABLE_END.sub("</table></div>", TABLE_START.sub('<div class="rich-table" tabindex="0"><table', cleaned))


TABLE_START = re.compile(r"<table\b")
TABLE_END = re.compile(r"</table>")


@lru_cache(maxsize=4096)
def to_html(text, fmt=DEFAULT_FORMAT):
    """Safe HTML for ``text`` written in ``fmt``, ready to put in a page."""
    if not text:
        return Markup("")
    if fmt == "html":
        return Markup(sanitise(text))
    if fmt == "markdown":
        return Markup(sanitise(markdown_renderer().render(text)))
    if fmt == "moodle":
        return Markup(sanitise(text.replace("\r\n", "\n").replace("\n", "<br>\n")))
    # Plain text is shown as typed, line breaks included.
    return Markup(str(escape(text)).replace("\n", "<br>\n"))


@lru_cache(maxsize=4096)
def to_plain(text, fmt=DEFAULT_FORMAT):
    """``text`` as plain words: tags dropped, entities decoded, spacing tidied."""
    if not text or fmt == "plain":
        return text or ""
    rendered = str(to_html(text, fmt))
    # Block ends and line breaks become spaces so words don't run together.
    rendered = re.sub(r"(?i)<br\s*/?>|</(p|div|li|h[1-6]|tr|td|th|dd|dt|blockquote|pre)>", " ", rendered)
    stripped = nh3.clean(rendered, tags=set())
    return re.sub(r"\s+", " ", html.unescape(stripped)).strip()


# Inline formatting that plain text cannot show, by what a teacher calls it.
FORMATTING = {
    "sup": "superscript", "sub": "subscript", "i": "italics", "em": "italics", "b": "bold", "strong": "bold",
    "u": "underlining", "s": "strike-through", "del": "strike-through", "code": "code", "mark": "highlighting",
    "img": "pictures", "a": "links",
}
FORMATTING_TAG = re.compile(rf"<({'|'.join(FORMATTING)})\b", re.IGNORECASE)


def formatting_in(text, fmt=DEFAULT_FORMAT):
    """The kinds of formatting ``text`` written in ``fmt`` shows that plain text cannot ("superscript"), each once.

    Paragraphs and line breaks are not counted: as plain text they become spaces and read the same.
    """
    if not text or fmt == "plain":
        return []
    found = (FORMATTING[match.group(1).lower()] for match in FORMATTING_TAG.finditer(str(to_html(text, fmt))))
    return list(dict.fromkeys(found))


def convert(text, source_fmt, target_fmt):
    """``text`` written in ``source_fmt`` rewritten in ``target_fmt`` (same meaning, as near as can be)."""
    if not text or source_fmt == target_fmt:
        return text
    if target_fmt == "plain":
        return to_plain(text, source_fmt)
    if source_fmt == "plain":
        escaped = html.escape(text, quote=False)
        return escaped.replace("\n", "<br>") if target_fmt == "html" else escaped
    # Into HTML or Moodle's format, and into Markdown too: rendered HTML is valid in all three.
    return str(to_html(text, source_fmt))


# The parts of a question that are written in its format; matching sides and
# short answers are always plain strings (as in Moodle).
def rich_parts(question):
    """Yield (container, key) for every text of ``question`` written in its format."""
    yield question, "prompt"
    for key in ("feedback", "feedback_true", "feedback_false"):
        if key in question:
            yield question, key
    for choice in question.get("choices", ()):
        yield choice, "text"
        if "feedback" in choice:
            yield choice, "feedback"
    for answer in question.get("answers", ()):
        if "feedback" in answer:
            yield answer, "feedback"


# Moodle exports refer to a question's own files as @@PLUGINFILE@@/name; the files don't travel with the text.
MISSING_IMAGE = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*["']?@@PLUGINFILE@@/([^"'\s>]*)[^>]*>""", re.IGNORECASE)
ALT_TEXT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
PLUGIN_FILE = re.compile(r"""@@PLUGINFILE@@/([^"'\s<>]*)""")


def plugin_file_name(reference):
    """The file name in a ``@@PLUGINFILE@@/`` reference, as the file's own <file name> has it ("red%20strip.png" is
    "red strip.png")."""
    return unquote(html.unescape(reference))


def files_referred_to(question):
    """The names of the files (Moodle's ``@@PLUGINFILE@@/name``) that ``question``'s HTML refers to, each once.

    Plain text shows such a reference as the words it is, so only the other formats refer to files.
    """
    if question.get("format", DEFAULT_FORMAT) == "plain":
        return []
    names = (plugin_file_name(raw) for container, key in rich_parts(question) if isinstance(container[key], str)
             for raw in PLUGIN_FILE.findall(container[key]))
    return list(dict.fromkeys(names))


def drop_missing_images(question):
    """Replace images whose files were left behind (Moodle's @@PLUGINFILE@@) by their alt text, in place.

    Returns the names of the files, so the importer can say which are missing.
    A broken image would show students an icon and fetch a URL that does not exist.
    """
    if question.get("format", DEFAULT_FORMAT) == "plain":
        return []
    missing = []

    def replace(match):
        name = plugin_file_name(match.group(1))
        missing.append(name)
        alt = ALT_TEXT.search(match.group(0))
        words = (alt.group(1) or alt.group(2) or "").strip() if alt else ""
        return f"[image: {html.escape(words or name, quote=False)}]"

    for container, key in rich_parts(question):
        if isinstance(container[key], str) and "@@PLUGINFILE@@" in container[key]:
            container[key] = MISSING_IMAGE.sub(replace, container[key])
    return missing


def sanitise_question(question):
    """Sanitise, in place, every HTML text of ``question`` so that what is stored, and exported, is safe too."""
    if question.get("format", DEFAULT_FORMAT) not in ("html", "moodle"):
        return
    for container, key in rich_parts(question):
        if isinstance(container[key], str):
            container[key] = sanitise(container[key])
