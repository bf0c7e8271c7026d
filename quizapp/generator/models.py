"""The values passed between the generator's stages. Offsets always point into Article.text."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """An article's text, its headline (if known) and where each paragraph is."""

    title: str | None
    text: str
    paragraphs: tuple  # of Span

    @classmethod
    def build(cls, title, paragraphs):
        """Join paragraph strings with blank lines, recording where each one lands."""
        spans, parts, offset = [], [], 0
        for paragraph in paragraphs:
            spans.append(Span(offset, offset + len(paragraph)))
            parts.append(paragraph)
            offset += len(paragraph) + 2
        return cls(title, "\n\n".join(parts), tuple(spans))

    def paragraph_texts(self):
        return [self.text[s.start:s.end] for s in self.paragraphs]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int          # position in the article, from 0
    paragraph: int


class Sentences(tuple):
    """An article's sentences in order, with their start offsets for binary search."""

    def __new__(cls, sentences):
        self = super().__new__(cls, sentences)
        self.starts = [s.start for s in self]
        return self


@dataclass
class Entity:
    """One thing the article names, with its kind and every place it is mentioned."""

    name: str
    kind: str           # person, org, product, facility, place, date, number, money, percent, quantity, group
    mentions: list = field(default_factory=list)  # of Span
    brand: str | None = None   # for products: the maker named with it
    title: str | None = None   # for people: "Nissan CCO"

    @property
    def first(self):
        return min(m.start for m in self.mentions) if self.mentions else 0


@dataclass
class Fact:
    """Something the article states that a question can be asked about."""

    kind: str           # quote, title, pair, role, location, name, founded, quantity, mention
    sentence: Sentence
    answer: str
    answer_kind: str
    data: dict = field(default_factory=dict)
