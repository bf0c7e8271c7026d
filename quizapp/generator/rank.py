"""Keep the best of the overgenerated questions: no duplicates, no near-duplicates,
no stem that leaks its answer, a spread over the article's facts and question types."""

import re
from functools import lru_cache

from rapidfuzz import fuzz

from .entities import NUMERIC_KINDS

# Two questions from one sentence only when neither stem prints the other's answer (see gives_away).
MAX_PER_SENTENCE = 2
MAX_TRUE_FALSE_SHARE = 0.25
MAX_STEM_WORDS = 60
# A set of twenty "Who said ...?" questions covers one kind of fact twenty times.
MAX_PER_FACT_KIND = {"quote": 5, "said": 3, "title": 3, "pair": 2, "role": 2, "plan": 2}
LEAD_SENTENCES = 4  # news puts the main facts first


def acceptable(candidate):
    """Reject stems that are too long, leak the answer, or still hold a blank and the answer."""
    question = candidate.question
    prompt = question["prompt"]
    if len(prompt.split()) > MAX_STEM_WORDS:
        return False
    if question["type"] in ("multiple_choice", "short_answer") and candidate.answer.lower() in prompt.lower():
        return False
    if question["type"] == "multiple_choice":
        texts = [c["text"].casefold() for c in question["choices"]]
        if len(set(texts)) != len(texts) or sum(1 for c in question["choices"] if c["weight"] == 1) != 1:
            return False
    return bool(re.search(r"\w", prompt))


def drop_revealed(candidates):
    """A matching set of all the pairs shows their answers after it is answered: the single pair
    questions would then be given away, so they go."""
    if any(c.answer == "matching-pairs" for c in candidates):
        return [c for c in candidates if not (c.fact_kind == "pair" and c.question["type"] != "matching")]
    return candidates


def demote_repeats(candidates):
    """A blank for a name another fact already asks about (the venture's name, a role) is worth less."""
    covered = {c.answer for c in candidates if c.fact_kind != "mention"}
    pair_questions = [c for c in candidates if c.fact_kind == "pair" and c.question["type"] == "multiple_choice"]
    for candidate in pair_questions:
        # The matching question already covers every pair; the twins are the ones worth a question of their own.
        if "twin" not in candidate.question["prompt"]:
            candidate.score -= 3
    for candidate in candidates:
        if candidate.fact_kind == "mention" and candidate.answer in covered:
            candidate.score -= 2


def shown(question):
    """What a student sees before answering: the stem, and the sides of a matching set."""
    sides = [side for pair in question.get("pairs", ()) for side in (pair["left"], pair["right"])]
    return normal(" ".join([question["prompt"], *sides]))


@lru_cache(maxsize=4096)
def normal(text):
    """Lower case, words only, padded with spaces so that 'in' finds whole words."""
    return " " + re.sub(r"[\W_]+", " ", text.casefold()).strip() + " "


def gives_away(candidate, kept):
    """One question prints another's answer: 'profit of _____, compared with a loss of £38.6m' beside
    'profit of £72.4m, compared with a loss of _____'. Across sentences only figures and dates count:
    a name printed elsewhere is no clue to what the name did."""
    def answer_in(asked, other, same_sentence):
        if asked.answer_kind not in NUMERIC_KINDS and not same_sentence:
            return False  # a name printed in another stem is one option among others, not the answer
        words = normal(asked.answer)
        return asked.question["type"] != "matching" and len(words.strip()) >= 2 and words in shown(other.question)

    for other in kept:
        same = other.sentence_index == candidate.sentence_index
        if answer_in(candidate, other, same) or answer_in(other, candidate, same):
            return True
    return False


def quoted(text):
    """The opening words of a quotation, enough to recognise it in another stem."""
    return normal(" ".join(text.replace("…", " ").split()[:6]))


def rules_out(candidate, kept):
    """Another question's stem tells the student a lure is wrong, so the answer falls out by elimination.

    'Which of these did Okafor-Lyle say?' offering words that 'Who said: ...' asks about elsewhere;
    'Patients will be taken to _____' offering the hospitals the neighbouring stem says will close.
    A name printed anywhere is no such clue, so only the stems of the same or the next sentences
    count, and quotations wherever they are printed."""
    def ruled_out(asked, other):
        adjacent = abs(asked.sentence_index - other.sentence_index) <= 1
        text = shown(other.question)
        for lure in asked.question.get("choices", ()):
            if lure["weight"]:
                continue
            if asked.answer_kind == "quote":
                if len(quoted(lure["text"]).split()) >= 4 and quoted(lure["text"]) in text:
                    return True
            elif adjacent and len(normal(lure["text"]).strip()) >= 3 and normal(lure["text"]) in text:
                return True
        return False

    return any(ruled_out(candidate, other) or ruled_out(other, candidate) for other in kept)


def select(candidates, limit):
    """The ``limit`` best candidates under the spread rules, in article order."""
    candidates = drop_revealed(candidates)
    demote_repeats(candidates)
    for candidate in candidates:
        if candidate.sentence_index < LEAD_SENTENCES:
            candidate.score += 1.5
    per_kind = {}
    kept, per_sentence, asked, stems = [], {}, set(), []
    true_false = 0
    # Two passes: first the best question of each sentence, so the set spreads over the
    # article's facts; then the rest by score.
    ordered = sorted(candidates, key=lambda c: -c.score)
    firsts, seen = [], set()
    for candidate in ordered:
        if candidate.sentence_index not in seen and acceptable(candidate):
            seen.add(candidate.sentence_index)
            firsts.append(candidate)
    rest = [c for c in ordered if c not in firsts]
    for candidate in firsts + rest:
        if len(kept) >= limit:
            break
        if not acceptable(candidate):
            continue
        question = candidate.question
        # Questions from one sentence soon answer each other; matching sets span several and are exempt.
        # Questions from one sentence soon answer each other (gives_away says when they do).
        if question["type"] != "matching" and per_sentence.get(candidate.sentence_index, 0) >= MAX_PER_SENTENCE:
            continue
        blank = question["prompt"].startswith("Fill in")
        if gives_away(candidate, kept) or rules_out(candidate, kept):
            continue
        if blank and candidate.topic and candidate.sentence_index >= LEAD_SENTENCES:
            continue  # "_____ now has 410,000 customers" in an article about _____: trivial
        thing = (candidate.thing or candidate.answer).lower()
        if thing in asked:
            continue  # one question per person or thing
        stem = re.sub(r"^(Fill in the blank|Fill in the number|True or false): ", "", question["prompt"])
        # Two blanks in one sentence ask different things; elsewhere, alike stems are duplicates.
        if any(fuzz.token_set_ratio(stem, other) >= 88 and not (index == candidate.sentence_index and answer != candidate.answer)
               for other, index, answer in stems):
            continue
        if question["type"] != "matching" and per_kind.get(candidate.fact_kind, 0) >= MAX_PER_FACT_KIND.get(
                candidate.fact_kind, limit):
            continue
        if question["type"] == "true_false":
            if true_false + 1 > max(1, MAX_TRUE_FALSE_SHARE * limit):
                continue
            true_false += 1
        per_kind[candidate.fact_kind] = per_kind.get(candidate.fact_kind, 0) + (question["type"] != "matching")
        if candidate in kept:
            continue
        # Two blanks over the same words of one sentence ("Calder Park" and "Calder Park business district").
        if any(k.sentence_index == candidate.sentence_index and k.answer != candidate.answer
               and (k.answer in candidate.answer or candidate.answer in k.answer) for k in kept):
            continue
        kept.append(candidate)
        stems.append((stem, candidate.sentence_index, candidate.answer))
        if question["type"] != "matching":
            per_sentence[candidate.sentence_index] = per_sentence.get(candidate.sentence_index, 0) + 1
        asked.add(thing)
    return sorted(kept, key=lambda c: (c.sentence_index, -c.score))
