"""Jinja filters for dates, durations, marks and question text."""

import re
from datetime import datetime

from flask import has_request_context
from flask_login import current_user
from markupsafe import Markup

from .richtext import DEFAULT_FORMAT, scrolling_tables, to_html, to_plain
from .scheduling import zone


def parse(value):
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def format_datetime(value):
    """'25 Nov 2026, 16:05 UTC': stored times are UTC; shown in the user's chosen time zone, which is named."""
    if not value:
        return ""
    name = (current_user.time_zone if has_request_context() and current_user.is_authenticated else None) or "UTC"
    local = parse(value).astimezone(zone(name))
    return local.strftime("%-d %b %Y, %H:%M ") + ("UTC" if name == "UTC" else local.tzname())


def format_duration(start, end):
    """Time between two stored times, as '4 min 05 s' or '1 h 02 min'."""
    if not start or not end:
        return "–"
    seconds = max(0, int((parse(end) - parse(start)).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {seconds:02d} s"
    return f"{seconds} s"


def format_marks(value):
    """Marks without needless decimals: 7, 6.5, 2.33."""
    if value is None:
        return "–"
    return f"{value:.2f}".rstrip("0").rstrip(".")


def rich(text, question):
    """Question text (prompt, choice, feedback) as safe HTML, in the question's format."""
    return Markup(scrolling_tables(str(to_html(text or "", question.get("format", DEFAULT_FORMAT)))))


def plain(text, question):
    """Question text as plain words, for titles, lists and other places where markup can't go."""
    return to_plain(text or "", question.get("format", DEFAULT_FORMAT))


def explanation_of(question):
    """The explanation to show after an answer, or "" where it only repeats the source sentence shown below it:
    whole, or as the quotations of a fill-the-gaps question's "The article says: “...” “...”", which students saw
    twice (a new user's walk)."""
    feedback = question.get("feedback") or ""
    source = " ".join(((question.get("source") or {}).get("sentence") or "").split())
    if not feedback or not source:
        return feedback
    quoted = re.findall(r"“([^”]+)”", feedback)
    said = re.sub(r"“[^”]+”", "", feedback).strip(" :.").lower()
    repeats = " ".join(feedback.split()) in source or source in " ".join(feedback.split()) or (
        quoted and said in ("", "the article says") and all(" ".join(q.split()) in source for q in quoted))
    return "" if repeats else feedback


def register(app):
    app.add_template_filter(format_datetime, "datetime")
    app.add_template_filter(format_duration, "duration")
    app.add_template_filter(format_marks, "marks")
    app.add_template_filter(rich, "rich")
    app.add_template_filter(plain, "plain")
    app.add_template_global(explanation_of)
