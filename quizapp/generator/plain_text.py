"""Plain text as a teacher pastes it, made into paragraphs a parse can read: copied from a PDF (page numbers,
running headers, lines wrapped inside paragraphs, words split at a line's end, no blank line between paragraphs)
or forwarded in an e-mail (header lines, a greeting before the story, a sign-off after it), with a headline in
capitals written as a sentence. ingest.from_text puts these steps together."""

import re
from collections import Counter

from .nlp import is_word


def as_written(headline, body):
    """A headline in capitals ("CHILE SIGNS LITHIUM PARTNERSHIP WITH CODELCO AND SQM") as a sentence, written as
    the body writes it ("Chile signs lithium partnership with Codelco and SQM"): capitals shout from every quiz
    page. A name of several words takes the body's form whole ("Halvorsen Cells", though the body's "cells" is
    mostly lower case); another word takes its usual form in the body. A word the body never writes stays as it
    is if it is an acronym's length, else goes lower case."""
    if not headline.isupper():
        return headline
    word = r"[\w'’]+"
    names = {tuple(name.upper().split()): name.split()
             for name in re.findall(rf"[A-Z]{word}(?: [A-Z]{word})+", body)}
    written = Counter(re.findall(word, body))
    usual = {}
    for form, count in written.items():
        best = usual.get(form.upper())
        # The body's usual form: "Codelco" over "CODELCO"; "lithium" over a sentence's first "Lithium".
        if best is None or (count, form.islower()) > (written[best], best.islower()):
            usual[form.upper()] = form
    words = re.findall(word, headline)
    cased, i = [], 0
    while i < len(words):
        run = next((n for n in range(len(words) - i, 1, -1) if tuple(words[i:i + n]) in names), 0)
        if run:
            cased += names[tuple(words[i:i + run])]
            i += run
        else:
            cased.append(usual.get(words[i], words[i] if len(words[i]) <= 3 else words[i].lower()))
            i += 1
    forms = iter(cased)
    sentence = re.sub(word, lambda m: next(forms), headline)
    return sentence[:1].upper() + sentence[1:]


def looks_like_headline(paragraph):
    return "\n" not in paragraph and len(paragraph.split()) <= 20 and not paragraph.rstrip().endswith((".", '"', "”"))


# The header lines an e-mail client puts above a forwarded or pasted message.
MAIL_HEADER = re.compile(r"^[ \t]*(?:(?:From|To|Cc|Bcc|Sent|Date|Subject|Reply-To)[ \t]*:.*"
                         r"|-{3,}[ \t]*(?:Forwarded message|Original Message)[ \t]*-{3,}|Begin forwarded message:)[ \t]*$",
                         re.IGNORECASE)
# A letter's sign-off on a line of its own: what follows is a name, a title and the sender's small print.
SIGN_OFF = re.compile(r"^[ \t]*(?:(?:Best|Kind|Warm|Warmest)(?: wishes| regards)?|Regards|Many thanks|Thanks|"
                      r"Thank you|Cheers|Sincerely|Yours(?: sincerely| faithfully| truly)?|All the best)[ \t]*[,!.]?[ \t]*$",
                      re.IGNORECASE)


def without_mail_wrapping(text):
    """The text less an e-mail's header lines ("From: ...", "Subject: ...") above it and its sign-off ("Best
    wishes,") with all below it: a teacher forwards a newsletter as it came, and a header had become the set's
    title ("From: The Andes Resource Brief <brief@...> Subject: ...", a new user's find). A sign-off counts only
    in the text's last fifth, where a letter ends, and not where a long text still follows it."""
    lines = text.split("\n")
    top = 0
    while top < len(lines) and (MAIL_HEADER.match(lines[top]) or not lines[top].strip()):
        top += 1
    if not any(MAIL_HEADER.match(line) for line in lines[:top]):
        top = 0
    lines = lines[top:]
    for i in range(len(lines) - 1, int(len(lines) * 0.8) - 1, -1):
        if SIGN_OFF.match(lines[i]) and len(" ".join(lines[i + 1:]).split()) <= 60:
            lines = lines[:i]
            break
    return "\n".join(lines)


def story_start(text, spans):
    """The paragraph a newsletter's story starts at: a headline-like line right above the first dateline
    ("CHILE SIGNS LITHIUM PARTNERSHIP ..." over "SANTIAGO, May 31 - ..."), where what comes before it is the
    letter's own prose ("Hi everyone,", "Welcome back to the Brief!"), not a headline and a sub-headline. 0 for
    an article that starts where it should."""
    for i, span in enumerate(spans[2:], start=2):
        if DATELINE_START.match(text[span.start:span.end]):
            above = [text[s.start:s.end] for s in spans[:i - 1]]
            if looks_like_headline(text[spans[i - 1].start:spans[i - 1].end]) and any(
                    re.search(r"[.!?,:][\"”’)]?$", paragraph) and len(paragraph.split()) >= 2 for paragraph in above):
                return i - 1
            return 0
    return 0


# A page's number on a line of its own, as a PDF's copy has it: "2", "- 3 -", "Page 3 of 3".
PAGE_NUMBER = re.compile(r"^[ \t]*(?:[-–—][ \t]*)?(?:Page[ \t]+)?\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?(?:[ \t]*[-–—])?[ \t]*$",
                         re.MULTILINE | re.IGNORECASE)


# A news site's lines around and inside a story, as a copy of the page brings them along: links to other stories
# ("READ MORE: ...", "Related: ..."), the share bar's words, picture credits and captions, the time stamp, the
# newsroom's appeal. A new user's walk had "Related: Northgate sign new goalkeeper for _____" asked, with a true
# figure of the story among its lures. One line each, never a sentence of the story.
SITE_FURNITURE = re.compile(
    r"^[ \t]*(?:(?:READ MORE|Read more|Read More|READ ALSO|Read also|ALSO READ|Also read|RELATED|Related|See also|"
    r"SEE ALSO|WATCH|Watch|LISTEN|Listen)[ \t]*[:|»>–—-].*|(?:Advertisement|ADVERTISEMENT|Share|Save|Share this "
    r"(?:article|story|page)|Copy link|More on this story|Related topics|Related stories|Top stories|Skip advert|"
    r"(?:Image|Media|Video) (?:source|caption), .*|\d{1,2} (?:minutes?|hours?|days?) ago|Do you have a story\?.*"
    r"|Sign up (?:for|to) (?:our|the) .*newsletter.*)[ \t]*)$", re.MULTILINE)


def without_site_furniture(text):
    """The text less a news site's lines that a copy of its page brings along (SITE_FURNITURE), each with its line
    break."""
    return SITE_FURNITURE.sub("", text)


def without_page_furniture(text):
    """The text less what a PDF prints on every page: its numbers, and a running header or footer, a line of no
    sentence that comes back word for word ("THE NORTHERN LEDGER — Tuesday 14 October 2025  Transport"), which
    a copy drops into the middle of a paragraph (a new user's find). Each goes with its line break."""
    text = PAGE_NUMBER.sub("", text)
    counts = Counter(line.strip() for line in text.split("\n"))
    repeated = {line for line, count in counts.items() if line and count >= 2 and len(line) < 100
                and not re.search(r"[.!?\"”]$", line)}
    text = "\n".join(line for line in text.split("\n") if line.strip() not in repeated)
    # A sentence the page break cut ("had underestimated the" ... "disruption that roadworks would cause") goes on.
    return re.sub(r"(?<=[a-z,])[ \t]*\n(?:[ \t]*\n)+[ \t]*(?=[a-z])", "\n", text)


def unwrapped(text):
    """Each paragraph on one line, its words one space apart. Text copied from a PDF or an e-mail breaks its
    lines inside a paragraph, anywhere, and a typist's text may put two spaces after a full stop or inside a
    name: the parse reads a line break mid-sentence as a break (a name wrapped across two lines is no longer
    a name) and a question would print it. A word split at a line's end loses the typesetter's hyphen and keeps a
    compound's (rejoined); blank lines still part paragraphs."""
    text = "".join(reflowed(part, first=i == 0) for i, part in enumerate(re.split(r"(\n[ \t]*\n)", text.lstrip())))
    text = re.sub(r"(?<=\d-)[ \t]*\n[ \t]*(?=[A-Za-z])", "", text)  # "a 40-\nyear-old"
    text = re.sub(r"(?<=[A-Za-z]-)[ \t]*\n[ \t]*(?=[A-Z])", "", text)  # "Anglo-\nDutch"
    text = re.sub(r"\b([A-Za-z]+)-[ \t]*\n[ \t]*([a-z]+)\b", lambda m: rejoined(m, text), text)
    text = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)", lambda m: line_join(m, text), text)
    return re.sub(r"(?<=\S)[ \t]{2,}(?=\S)|(?<=\S)\t(?=\S)", " ", text)


# A list's item: "- Peru's congress approved ...", "• ...".
BULLET = re.compile(r"[ \t]*[-•*–·▪][ \t]+\S")


def line_join(match, text):
    """What a line break inside a paragraph becomes: a space, but a paragraph's break before a list's item
    where the line above ends a sentence or is an item itself (a newsletter's list had become one sentence,
    "... three-day strike. - Peru's congress ...")."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    above = text[line_start:match.start()]
    if BULLET.match(text, match.end()) and (
            re.search(r"[.!?:;][\"”’)]?$", above.rstrip()) or BULLET.match(above)):
        return "\n\n"
    return " "


# The end of a sentence at a line's end: where a paragraph may end.
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s*$")
# A dateline opening a line: "LEEDS, England (Reuters) - ", "TOKYO - ", "Krakow (AFP) - ", "(Bloomberg) -- ".
DATELINE_START = re.compile(r"^(?:[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+)*(?:, [A-Z][\w .'-]+?)?(?: \([A-Za-z]+\))?"
                            r"|[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)*(?:, [A-Z][\w .'-]+?)? \([A-Za-z]+\)|\([A-Za-z]+\)) [-–—]+ ")


def reflowed(block, first):
    """A block of lines with no blank line between its paragraphs, as a PDF viewer copies a page, parted into
    paragraphs: one per line where its lines are whole paragraphs (a web page's text copied), else after a line that
    ends a sentence well short of the others (a paragraph's last line), and before a dateline, so that the headline
    above it stands apart (the ``first`` block's own first lines may be the headline). Blocks of a few lines stay
    as they are."""
    lines = block.split("\n")
    if len(lines) < 4:
        return block
    lengths = sorted(len(line.strip()) for line in lines)
    if lengths[len(lengths) // 2] > 100:
        return "\n\n".join(lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    # The headline: a first line, or two, that ends short of the others with no full stop ("... after decade of" /
    # "delays"), where a body's first line runs to the edge.
    short = [i for i in (0, 1) if not SENTENCE_END.search(lines[i]) and len(lines[i].strip()) < 0.9 * width]
    headline = 1 if 1 in short and not SENTENCE_END.search(lines[0]) else (short[0] if short else None)
    headline = headline if first else None
    parts = [lines[0]]
    for i, (line, following) in enumerate(zip(lines, lines[1:], strict=False)):
        ends = SENTENCE_END.search(line) and len(line.strip()) < 0.9 * width
        parts += ["\n\n" if ends or i == headline or DATELINE_START.match(following.strip()) else "\n", following]
    return "".join(parts)


def rejoined(match, text):
    """A word a line break split after a hyphen: the hyphen a typesetter added ("con-\ntracts" -> "contracts"), or a
    compound's own ("family-\nowned" -> "family-owned"): as the article writes the word elsewhere, else joined where
    that makes an English word (nlp.is_word)."""
    first, second = match.group(1), match.group(2)
    text = text[:match.start()] + " " + text[match.end():]  # (the rest of the article)
    if re.search(rf"\b{re.escape(first)}-{re.escape(second)}\b", text, re.IGNORECASE):
        return f"{first}-{second}"
    if re.search(rf"\b{re.escape(first + second)}\b", text, re.IGNORECASE) or is_word(first + second):
        return first + second
    return f"{first}-{second}"
