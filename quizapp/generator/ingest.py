"""Turn a saved web page or plain text into an Article: a headline and the body's
paragraphs, with every later offset pointing into ``Article.text``.

The HTML path keeps only the story: navigation, headers, footers, sidebars, share
bars, comments, related links, cookie banners, scripts, captions and bylines go.
The plain-text path reads copies from PDFs and e-mails as plain_text.py mends them.
"""

import re
import unicodedata

from bs4 import BeautifulSoup, Comment

from .models import Article, Span
from .plain_text import (
    SITE_FURNITURE,
    as_written,
    looks_like_headline,
    story_start,
    unwrapped,
    without_mail_wrapping,
    without_page_furniture,
    without_site_furniture,
)

# The longest article the generator takes, in characters (about 10,000 words): the upload form and the generator both
# hold to it.
MAX_ARTICLE_CHARS = 60_000

# Elements that never hold the story.
DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "form", "button",
    "nav", "header", "footer", "aside", "figure", "figcaption", "picture", "video", "audio",
    "select", "input", "textarea", "menu", "dialog",
)
# class/id/role words of boilerplate blocks; matched as whole words or word-parts of a class name.
BOILERPLATE = re.compile(
    r"(^|[-_ ])(nav|navbar|menu|breadcrumbs?|header|masthead|footer|sidebar|side-bar|share|sharing|social|"
    r"comments?|related|recommended|promo|newsletter|subscribe|cookie|consent|gdpr|banner|advert|ads?|"
    r"sponsor|byline|author|dateline|timestamp|caption|credit|tags|topics|popular|trending|outbrain|"
    r"taboola|paywall|modal|popup|skip|"
    # the headline's furniture: a summary line under it and a section label over it, which the body tells again
    # (set 65's "Industry warns the _____ could push companies out of the province" had no context, and hid the
    # dateline after it)
    r"standfirst|dek|deck|strapline|subhead|subheadline|kicker)([-_ ]|$)",
    re.IGNORECASE,
)
# Fewer words than this in <p>s and the page's story is looked for in its other blocks (loose_paragraphs).
LOOSE_TEXT_WORDS = 40
LOOSE_BLOCKS = ("div", "section", "article", "main", "td", "th", "tr", "h1", "h2", "h3", "h4", "blockquote", "li",
                "dd", "dt", "pre", "table", "ul", "ol")
BYLINE = re.compile(r"^(by|from|photo|image|credit|updated|published|posted)\b[\s:]", re.IGNORECASE)
MIN_PARAGRAPH_WORDS = 6


def from_text(raw, title=None):
    """An article from plain text: paragraphs are separated by blank lines.

    The text is kept as given (offsets then match the file) but for an e-mail's headers and sign-off
    (without_mail_wrapping), a PDF's page numbers and running headers (without_page_furniture), lines wrapped
    inside a paragraph (unwrapped) and a newsletter's greeting before the story (story_start); a first
    paragraph of one short line with no final full stop is taken as the headline.
    """
    text = unwrapped(without_site_furniture(without_page_furniture(without_mail_wrapping(normalise(raw)))))
    spans = [Span(m.start(), m.end()) for m in re.finditer(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*", text)]
    spans = [Span(s.start, s.start + len(text[s.start:s.end].rstrip())) for s in spans]
    start = story_start(text, spans)
    if start:
        cut = spans[start].start
        text = text[cut:]
        spans = [Span(s.start - cut, s.end - cut) for s in spans[start:]]
    if spans and len(spans) > 1 and looks_like_headline(text[spans[0].start:spans[0].end]):
        headline = text[spans[0].start:spans[0].end]
        title = title or as_written(headline, text[spans[1].start:])
        spans = spans[1:]
    return Article(title, text, tuple(spans))


def from_html(raw, title=None):
    """An article from an HTML page saved from a browser."""
    soup = BeautifulSoup(raw, "html.parser")
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    headline = title or find_headline(soup)
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(is_boilerplate):
        tag.decompose()
    body = find_body(soup)
    paragraphs = []
    for block in body.find_all(["p", "h2", "h3", "blockquote", "li"]):
        if block.name != "p" and block.find("p"):
            continue  # its <p> children are taken one by one
        if block.name == "li" and block.find_parent(["ul", "ol"]) and len(block.get_text(" ").split()) < 12:
            continue  # short list items are link lists, not story
        text = block_text(block.get_text(" "))
        if is_story_text(text, headline):
            paragraphs.append(text)
    words = sum(len(paragraph.split()) for paragraph in paragraphs)
    if words < LOOSE_TEXT_WORDS:
        # No story in <p>s: a page that sets it in <div>s, table cells or text parted by <br><br> (older sites, a
        # CMS's export, an e-mail saved as a page) had "no paragraph of at least a few words". A short story in
        # <p>s stays as it is unless the page's other blocks hold far more.
        loose = loose_paragraphs(body, headline)
        if sum(len(paragraph.split()) for paragraph in loose) >= 2 * words + LOOSE_TEXT_WORDS:
            paragraphs = loose
    return Article.build(headline, dedupe(paragraphs))


def block_text(text):
    """A block's text as one paragraph: normalised, its words one space apart, no space before punctuation (the
    space get_text puts between an element and the comma after it)."""
    return re.sub(r"\s+([,.;:!?’”)])", r"\1", " ".join(normalise(text).split()))


def loose_paragraphs(body, headline):
    """The story's paragraphs where it is not in <p>s: each block element, and each run of text that a blank
    line (two <br>s) ends, is a paragraph."""
    for br in body.find_all("br"):
        br.replace_with("\n")
    for block in body.find_all(LOOSE_BLOCKS):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    paragraphs = []
    for chunk in re.split(r"\n[ \t]*\n", normalise(body.get_text())):
        text = block_text(chunk)
        if is_story_text(text, headline):
            paragraphs.append(text)
    return paragraphs


def normalise(text):
    """NFC, Unix newlines, no zero-width or non-breaking oddities."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")


def is_boilerplate(tag):
    """A block whose class, id or role marks it as page furniture rather than story."""
    if tag.name in ("html", "body", "article", "main") or tag.attrs is None:
        return False
    role = tag.get("role", "")
    if role in ("navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"):
        return True
    names = " ".join([*tag.get("class", []), tag.get("id", ""), tag.get("aria-label", "")])
    return bool(names.strip()) and bool(BOILERPLATE.search(names))


def find_headline(soup):
    """The <h1>, else og:title, else <title> without its ' | Site' tail."""
    h1 = soup.find("h1")
    if h1 and h1.get_text(strip=True):
        return " ".join(h1.get_text(" ").split())
    meta = soup.find("meta", attrs={"property": "og:title"})
    if meta and meta.get("content"):
        return meta["content"].strip()
    if soup.title and soup.title.string:
        return re.split(r"\s+[|–—-]\s+", soup.title.string.strip())[0]
    return None


def find_body(soup):
    """The element holding the story: <article>, <main>, or the block with the most paragraph text."""
    for candidate in (soup.find("article"), soup.find("main"), soup.find(attrs={"itemprop": "articleBody"})):
        if candidate is not None and len(candidate.find_all("p")) >= 1:
            return candidate
    best, best_words = soup.body or soup, 0
    for block in soup.find_all(["div", "section"]):
        words = sum(len(p.get_text(" ").split()) for p in block.find_all("p", recursive=False))
        if words > best_words:
            best, best_words = block, words
    return best


def is_story_text(text, headline):
    if not text or text == headline:
        return False
    if BYLINE.match(text) and len(text.split()) < 15:
        return False
    if SITE_FURNITURE.fullmatch(text):
        return False  # "READ MORE: Michelin confirms closure of Dundee plant ..." inside the <article> (a new user's walk)
    return len(text.split()) >= MIN_PARAGRAPH_WORDS or text.endswith((".", "?", "!", '"', "”"))


def dedupe(paragraphs):
    seen, kept = set(), []
    for paragraph in paragraphs:
        if paragraph not in seen:
            seen.add(paragraph)
            kept.append(paragraph)
    return kept
