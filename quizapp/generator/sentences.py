"""Finding the sentence that holds an offset."""

import re
from bisect import bisect_right


def sentence_of(sentences, start, end=None):
    """The sentence holding offset ``start`` (or the first one overlapping start..end).

    Binary search over the starts that ``Sentences`` keeps: a long article has
    thousands of mentions, and a scan per mention made generation quadratic.
    (A module-level cache did this before, shared unsafely by a worker's threads.)
    """
    starts = getattr(sentences, "starts", None) or [s.start for s in sentences]
    index = bisect_right(starts, start) - 1
    end = end if end is not None else start + 1
    for sentence in sentences[max(0, index):index + 2]:
        if sentence.start < end and start < sentence.end:
            return sentence
    return None


def gist(sentence):
    """The longer words of a sentence, cut to their first five letters ("patients", "cured"), for telling whether two
    sentences are about the same thing."""
    return {word[:5] for word in re.findall(r"[a-z]{5,}", sentence.lower())} - {"which", "their", "there", "would",
                                                                                "about", "after", "since", "while"}
