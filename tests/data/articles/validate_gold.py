"""Check the hand-annotated gold files in this directory against their articles.

Run: python tests/data/articles/validate_gold.py   (exit status 1 on any problem)

For every NAME.gold.json the article text is NAME.txt, except for the HTML
sample (merger-html.gold.json), whose text is the expected ingest output
merger-html-plain.txt.  The script also checks that merger-html-plain.txt is
exactly the headline plus the <p> paragraphs of the story body of
merger-html.html (ad slot, figure and all page furniture excluded).
"""
import html.parser
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FACT_KINDS = {"person", "org", "product", "facility", "place", "date", "number",
              "money", "percent", "role", "quote"}
OPEN_QUOTES = '"\u201c'
CLOSE_FOR = {'"': '"', "\u201c": "\u201d"}

problems = []


def problem(name, msg):
    problems.append(f"{name}: {msg}")


def text_for(gold_path):
    stem = gold_path.name[: -len(".gold.json")]
    plain = HERE / f"{stem}-plain.txt"
    if plain.exists():
        return plain.read_text(encoding="utf-8")
    return (HERE / f"{stem}.txt").read_text(encoding="utf-8")


def quote_bodies(text):
    """Yield (start_index, body) for every quoted span in text."""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in OPEN_QUOTES:
            close = CLOSE_FOR[ch]
            j = text.find(close, i + 1)
            if j == -1:
                break
            yield i + 1, text[i + 1 : j]
            i = j + 1
        else:
            i += 1


def check_gold(gold_path):
    name = gold_path.name
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = text_for(gold_path)
    for key in ("title", "entities", "quotes", "facts"):
        if key not in gold:
            problem(name, f"missing key {key}")
    if text.split("\n", 1)[0].strip() != gold["title"]:
        problem(name, "title is not the first line of the article")

    for ent, kind in gold["entities"].items():
        if ent not in text:
            problem(name, f"entity not in text: {ent!r}")
        if kind not in FACT_KINDS - {"quote"}:
            problem(name, f"bad entity kind {kind!r} for {ent!r}")

    facts = gold["facts"]
    if not 8 <= len(facts) <= 15:
        problem(name, f"{len(facts)} facts (want 8-15)")
    for f in facts:
        if f["kind"] not in FACT_KINDS:
            problem(name, f"bad fact kind {f['kind']!r}")
        if f["sentence"] not in text:
            problem(name, f"sentence not verbatim in text: {f['sentence'][:70]!r}")
        if f["answer"] not in f["sentence"]:
            problem(name, f"answer {f['answer']!r} not in its sentence")

    bodies = list(quote_bodies(text))
    for q in gold["quotes"]:
        starts = q["starts"]
        matches = [b for pos, b in bodies if b.startswith(starts)]
        if not matches:
            problem(name, f"no quoted span starts with {starts!r}")
            continue
        want = " ".join(matches[0].split()[:6])
        if starts != want:
            problem(name, f"starts {starts!r} should be first 6 words {want!r}")
        if q["speaker"] is not None and q["speaker"] not in text:
            problem(name, f"speaker not in text: {q['speaker']!r}")
        if q.get("title") and q["title"] not in text:
            problem(name, f"quote title not in text: {q['title']!r}")
    return len(facts)


class StoryExtractor(html.parser.HTMLParser):
    """Collect <h1> text and <p> text inside div.story-body, skipping ad slots."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, classes)
        self.h1 = None
        self.paras = []
        self.buf = None

    def _inside(self, tag=None, cls=None):
        return any((tag is None or t == tag) and (cls is None or cls in c)
                   for t, c in self.stack)

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag in ("img", "meta", "link", "br", "input"):
            return
        self.stack.append((tag, classes))
        if tag == "h1" or (tag == "p" and self._inside("div", "story-body")
                           and not self._inside("div", "ad-slot")):
            self.buf = []

    def handle_endtag(self, tag):
        if tag in ("img", "meta", "link", "br", "input"):
            return
        if self.buf is not None and tag in ("h1", "p"):
            txt = " ".join("".join(self.buf).split())
            if tag == "h1":
                self.h1 = txt
            else:
                self.paras.append(txt)
            self.buf = None
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        if self.buf is not None:
            self.buf.append(data)


def check_html():
    src = (HERE / "merger-html.html").read_text(encoding="utf-8")
    plain = (HERE / "merger-html-plain.txt").read_text(encoding="utf-8")
    ex = StoryExtractor()
    ex.feed(src)
    expected = "\n\n".join([ex.h1] + ex.paras) + "\n"
    if expected != plain:
        problem("merger-html-plain.txt", "differs from headline + story-body paragraphs of merger-html.html")
    for junk in ("We use cookies", "Share on X", "Facebook", "By ", "Transport Correspondent",
                 "Related articles", "Comments (", "figcaption", "Advertisement", "All rights reserved",
                 "<script", "<nav", "The Northgate Herald"):
        if junk not in src:
            problem("merger-html.html", f"boilerplate marker missing: {junk!r}")
    for junk in ("We use cookies", "Share on", "Transport Correspondent", "Related articles",
                 "Advertisement", "SunHop", "Photo:", "taxis past", "Northgate", "frequentflyer",
                 "All rights reserved", "12 November 2025", "adQueue"):
        if junk in plain:
            problem("merger-html-plain.txt", f"boilerplate leaked into expected text: {junk!r}")


def words(path):
    return len(re.findall(r"\S+", path.read_text(encoding="utf-8")))


def main():
    for gold_path in sorted(HERE.glob("*.gold.json")):
        n = check_gold(gold_path)
        print(f"{gold_path.name}: {n} facts")
    check_html()
    for p in sorted(HERE.glob("*.txt")) + sorted(HERE.glob("*.html")):
        print(f"  {p.name}: {words(p)} words")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("\nall gold files clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
