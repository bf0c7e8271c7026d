"""ingest -> parse -> entities -> facts -> questions -> rank: an article in, a question set out."""

import copy
from dataclasses import dataclass, field

from ..errors import QuizappError
from ..formats.json_format import DEFAULT_SETTINGS, QuestionSet
from . import ingest
from .context import ArticleContext
from .entities import extract_entities
from .facts import extract_facts
from .figure_bank import figure_bank
from .giveaways import gives_away
from .importance import KEEP_AT_LEAST, Story, worth_asking
from .ingest import MAX_ARTICLE_CHARS
from .nlp import parse
from .questions import QuestionMaker
from .rank import select
from .shown import in_article_apostrophes, normal, right_texts
from .stems import leaks

DEFAULT_MAX_QUESTIONS = 20
LED_IN_COST = 3
# Where leaving out the likeliest trivia leaves fewer than KEEP_AT_LEAST questions, the cut is eased a step at a
# time, so that the next likeliest come back, not every one: set 48's admissions story went from 5 questions to 11
# (the university's student count, its ranking) for want of a sixth.
SLACKS = (0.0, 0.05, 0.1, 0.15, 0.2)
# A long news feature is 5,000 words; past this, an upload is a book or a whole site, and
# generation would hold a worker for minutes.
BANK_KINDS = ("person", "org", "product", "facility", "place", "work")
# An article this long whose letters are more than this share capitals is in capitals: sentence case has about 4%.
CAPITALS_MIN_LETTERS = 200
CAPITALS_SHARE = 0.6


class NothingToAsk(QuizappError):
    """The article has no facts a question can be made from."""


class GeneratorFailed(QuizappError):
    """The generator broke on an article: a bug of ours, not the instructor's, told to them as such (the
    cause rides along, for the log)."""

    status = 500


@dataclass
class Generated:
    question_set: QuestionSet
    entities: list      # for the entity bank: (name, kind)
    facts: list
    spares: list = field(default_factory=list)  # questions left out of the set, best first (see left_out)


def read_article(raw, is_html):
    """The Article in ``raw``: HTML for saved web pages, text otherwise."""
    article = ingest.from_html(raw) if is_html else ingest.from_text(raw)
    if len(article.text) > MAX_ARTICLE_CHARS:
        raise NothingToAsk(f"The article is {len(article.text):,} characters long; quizapp takes articles of up to "
                           f"{MAX_ARTICLE_CHARS:,} characters (about 10,000 words). Give it just the article.")
    if not article.paragraphs:
        raise NothingToAsk("The article has no text to ask about: no paragraph of at least a few words was found.")
    return article


def generate_question_set(raw, is_html=False, title=None, max_questions=DEFAULT_MAX_QUESTIONS, bank=(),
                          source_url=None, spares=0):
    """Generate a question set from an article's text or HTML.

    ``bank`` is [(name, kind)] from articles processed before; it supplies
    distractors when this article names too few things of a kind. With ``spares``, up to that many
    questions left out of the set come with it, for an instructor to add (Generated.spares).
    """
    try:
        return generated_from(raw, is_html, title, max_questions, bank, source_url, spares)
    except QuizappError:
        raise
    except Exception as e:
        # A rule that breaks on an article no one has tried (a name typed with two spaces once did): the
        # instructor keeps the form and their text, and is told it is ours to mend, not theirs.
        raise GeneratorFailed("quizapp's question generator failed on this article: a fault of ours, not of the "
                              "article, and it has been logged. Try again without the parts around the story (or "
                              "with another article) meanwhile.") from e


def generated_from(raw, is_html, title, max_questions, bank, source_url, spares):
    """generate_question_set's work (which see)."""
    article = read_article(raw, is_html)
    if in_capitals(article.text):
        # The model reads capitals as names throughout: one garbled question ("WHEN STRIKER _____ AYDIN RAN CLEAR"),
        # and the headline half lower-cased, with no word of why (a new user's walk).
        raise NothingToAsk("The article is written in capital letters, which quizapp cannot tell names in. Paste it "
                           "as it is normally written (in Word: select it all, then Format > Change Case > Sentence "
                           "case, and put the names' capitals back).")
    made = candidates_of(article, bank)
    maker, candidates = made.maker, made.candidates
    untouched = copy.deepcopy(candidates) if spares else []  # (select() scores and rewrites what it is given)
    # Trivia (a guest count, a distance) left out, unless that leaves a short piece with too little to ask.
    story = Story(article, made.sentences, candidates, maker.by_name)
    for slack in SLACKS:
        worth = worth_asking(candidates, story, slack)
        if len(worth) == len(candidates):
            kept = select(candidates, max_questions, made.topics)
            break
        # (select() scores and rewrites what it is given: each try works on copies, for the next to start afresh)
        kept = select(copy.deepcopy(worth), max_questions, made.topics)
        if len(kept) >= min(KEEP_AT_LEAST, max_questions):
            break
    else:
        kept = select(candidates, max_questions, made.topics)
    if not kept:
        raise NothingToAsk("No question could be made: the article names no people, organisations, places, "
                           "products, dates or amounts that a question could ask about.")
    headline = article.title or first_words(article)
    shown = maker.title or headline  # the headline less the figures its questions may ask
    question_set = QuestionSet(
        title=title or shown,
        description=f"Questions about the article “{shown}”.",
        questions=[in_article_apostrophes(c.question, article.text) for c in kept],
        source={k: v for k, v in {"title": headline, "text": article.text, "url": source_url}.items() if v},
        settings={**DEFAULT_SETTINGS, "allow_typos": True},  # names are hard to spell
    )
    bank_entries = [(e.name, e.kind) for e in made.entities if e.kind in BANK_KINDS]
    extra = left_out(untouched, kept, spares, made.topics) if spares else []
    return Generated(question_set, bank_entries, made.facts, [in_article_apostrophes(c.question, article.text) for c in extra])


def in_capitals(text):
    """Most of the article's letters are capitals (a wire copy in capitals, a shouted newsletter)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= CAPITALS_MIN_LETTERS and sum(c.isupper() for c in letters) > CAPITALS_SHARE * len(letters)


def left_out(candidates, kept, most, topics):
    """Up to ``most`` of the candidates the set left out (the importance cut's likelier trivia, and those past
    its size), chosen by the same rules, best first: none asks what a kept question asks, and none gives a
    kept question's answer away or has its own given away by one. The cut is a guess an instructor may
    overrule; these are the questions to overrule it with."""
    asked = {normal(text) for c in kept for text in right_texts(c.question)}
    facts = {(c.sentence_index, c.answer) for c in kept}  # ("40 minutes" typed as "40" is asked already)
    rest = [c for c in candidates if (c.sentence_index, c.answer) not in facts
            and not {normal(text) for text in right_texts(c.question)} & asked]
    chosen = sorted(select(rest, most * 2, topics), key=lambda c: -c.score)
    # (gives_away too: "Who is Stari Grad Zivi's founder?" beside the people's matching that pairs her so, a new
    # user's find)
    # (nor one with a kept question's very stem: a second "Which of these did Maria Okafor ... say?" beside the first,
    # with the same lures, told which quote was hers in each, a new user's walk)
    stems = {normal(k.question["prompt"]) for k in kept}
    clear = [c for c in chosen if not gives_away(c, kept) and normal(c.question["prompt"]) not in stems and not any(
        any(leaks(c.question["prompt"], text) for text in right_texts(k.question))
        or any(leaks(k.question["prompt"], text) for text in right_texts(c.question)) for k in kept)]
    return clear[:most]


@dataclass
class Made:
    """Every candidate question of an article, before the best are chosen, with what they were made from."""
    sentences: list
    entities: list
    facts: list
    maker: QuestionMaker
    candidates: list
    topics: list        # names the article keeps coming back to: seeing one in a stem rules out nothing


def candidates_of(article, bank=()):
    """Parse the article, find its entities and facts, and make every question they give (Made)."""
    docs, sentences = parse(article)
    entities = extract_entities(article.text, docs)
    facts, _quotes = extract_facts(article, sentences, entities, docs)
    context = ArticleContext(article, entities, facts, docs, sentences)
    maker = QuestionMaker(article, sentences, entities, docs, bank, context)
    candidates = maker.matching(facts)
    for fact in facts:
        candidates += maker.candidates(fact)
    for candidate in candidates:
        if maker.led_in(candidate):
            # Asked after the sentence before it, a question prints that sentence's facts: it comes after the
            # questions that stand alone, where it gives none of theirs away.
            candidate.score -= LED_IN_COST
    # The figures of sentences that hold several, asked together (one question each would give the others away);
    # only those worth asking alone: a bank of a studio's seats and a crew's size is trivia three times (set 37).
    figures = figure_bank(maker, worth_asking(candidates, Story(article, sentences, candidates, maker.by_name)))
    if figures is not None:
        candidates.append(figures)
    return Made(sentences, entities, facts, maker, candidates, [e.name for e in entities if len(e.mentions) >= 3])


def first_words(article, count=8):
    words = article.text.split()[:count]
    return " ".join(words).rstrip(",.;:") + ("…" if len(article.text.split()) > count else "")
