"""What a student sees of a candidate question before answering, and what counts as its right
answer: the views every ranking rule compares, each worked out once per candidate."""

import re
from functools import lru_cache

MAX_STEM_WORDS = 60
# A sentence cut short of what its last word needs: "a non-profit based in Port Ardent, and.", "first identified
# in _____ by." (a cut took the rest of the clause). Words a sentence may end on ("paired with.") are let be.
# A stem cut short of what its last word needs: "... and.", "published in the _____, are based." (on what?)
DANGLING_END = re.compile(r"\b(?:and|or|but|the|a|an|by|than|which|that|while|(?:is|are|was|were|be|been) "
                          r"(?:based|located|aimed|intended|due|able|described|published|detailed|set out|outlined)"
                          r"|, (?:an increase|a rise|a fall|a drop|a decline|a cut|a jump)"
                          # "an average of _____ particles per litre, with the highest concentration." (where?)
                          r"|, with the (?:highest|lowest|largest|smallest|biggest|most|fewest|greatest) [a-z]+)\.$")

# A cut that took what a verb needs: "spending currently stands, and is projected" (at 13.1% of GDP), "An industry
# group, estimated" (the federation it described, hidden for another question).
LEFT_WITHOUT = re.compile(r"\b(?:stands|stood|totals|totalled|totaled|amounts to|amounted to|reached|reaches)\s*[,.;]"
                          r"|\b(?:fell|rose|dropped|climbed|grew|increased|declined|jumped|slipped) by (?:value|volume)\b"
                          r"|^Fill in the blank: (?:An?|The) [a-z][a-z' -]{2,40}, (?:said|says|estimated|estimates|"
                          r"announced|reported|found|warned|added|expects|expected|told)\b")


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
    if prompt.startswith("Fill in") and (DANGLING_END.search(prompt.strip()) or LEFT_WITHOUT.search(prompt)):
        return False
    return bool(re.search(r"\w", prompt))

def seen(candidate):
    """shown() of a candidate's question, worked out once: the ranking asks it again and again."""
    if candidate.seen is None:
        candidate.seen = shown(candidate.question)
    return candidate.seen

def answered(candidate):
    """Every way the candidate's right answer is written, normal()ised, worked out once."""
    if candidate.answered is None:
        candidate.answered = {normal(candidate.answer), *map(normal, right_texts(candidate.question))}
    return candidate.answered

def shown(question):
    """What a student sees before answering: the stem, and the sides of a matching set."""
    sides = [side for pair in question.get("pairs", ()) for side in (pair["left"], pair["right"])]
    return normal(" ".join([question["prompt"], *sides]))

@lru_cache(maxsize=4096)
def normal(text):
    """Lower case, words only, padded with spaces so that 'in' finds whole words."""
    return " " + re.sub(r"[\W_]+", " ", text.casefold()).strip() + " "

def right_texts(question):
    """What a question counts as right: its right choices, typed answers or number."""
    if question["type"] == "multiple_choice":
        return [c["text"] for c in question["choices"] if c["weight"] > 0]  # (a penalty is no right answer)
    if question["type"] == "numerical":
        # "2011" and "410,000": the figure with and without a thousands comma.
        forms = [form.removesuffix(".0") for a in question["answers"] for form in (f'{a["value"]}', f'{a["value"]:,}')]
        # "up to _____ million shillings": the article prints "2 million", which a bare "2" would never be looked for
        scale = re.search(r"_____ (million|billion|trillion|thousand)\b", question.get("prompt", ""))
        return [f"{form} {scale.group(1)}" for form in forms] + forms if scale else forms
    return [a["text"] for a in question.get("answers", ())]

def answers_in_title(title, questions):
    """[(question number, answer)] for the questions whose right answer ``title`` prints, as a word or figure of its
    own: the title is shown above every question ("Kampala approves 412 billion shilling plan" over "approved a
    _____ shilling plan")."""
    shown = normal(title)  # (padded with spaces: whole words only)
    found = []
    for number, question in enumerate(questions, start=1):
        answer = next((text for text in right_texts(question) if isinstance(text, str) and len(normal(text).strip()) >= 2
                       and normal(text) in shown), None)
        if answer:
            found.append((number, answer))
    return found


def vouched(questions):
    """Whether a name is one a published set's questions give as right (right choices, typed answers, the people a
    matching pairs): what its instructor has seen asked and let stand. The names the model misread ("Estacao
    Primeira" of a samba school taken for a person) are wrong options at most, and stay out of the distractor
    bank. Names are compared as normal() writes them."""
    names = {text for question in questions for text in right_texts(question) if isinstance(text, str)}
    names |= {pair["left"] for question in questions for pair in question.get("pairs", ())}
    said = {normal(name) for name in names}
    return lambda name: normal(name) in said


def description_forms(description):
    """A matched description as a source may print it: whole, or without the body it names, which the
    matching spells out where the article wrote "the hospital" or "the company's" ("head of emergency
    medicine at Lok Nayak Hospital" is "head of emergency medicine at the hospital" in the source)."""
    forms = [description]
    at = re.match(r"^(.+?) (?:at|of) (?:the )?[A-Z]", description)
    if at and len(at.group(1).split()) >= 2:
        forms.append(at.group(1))
    # ("the Cruise Lines International Association's regional director" was "Its regional director" in the source, and
    # showed in full before the matching that asks it: a new user's find)
    owned = re.match(r"^(?:[Tt]he )?[A-Z][\w&.' -]*?['’]s (.+)$", description)
    if owned and len(owned.group(1).split()) >= 2:
        forms.append(owned.group(1))
    return forms


# Fields a student reads that the generator writes words into (not the source, which is the article's own).
WRITTEN_FIELDS = ("prompt", "feedback")


def in_article_apostrophes(question, text):
    """The question with the apostrophes the generator wrote ("the Coalition’s director") as the article writes its
    own: straight where the article has more straight apostrophes than curly ones (a new user saw "Federation’s"
    beside "Parents'"). Done once on the finished question rather than in every place that writes a possessive
    (titles.possessive and its callers know nothing of the article's style)."""
    if text.count("'") <= text.count("’"):
        return question

    def straight(value):
        return value.replace("’", "'") if isinstance(value, str) else value
    out = {key: straight(value) if key in WRITTEN_FIELDS else value for key, value in question.items()}
    for key in ("choices", "answers"):
        if key in question:
            out[key] = [{**item, "text": straight(item.get("text"))} if "text" in item else item for item in question[key]]
    if "pairs" in question:
        out["pairs"] = [{side: straight(value) for side, value in pair.items()} for pair in question["pairs"]]
    if "distractors" in question:
        out["distractors"] = [straight(value) for value in question["distractors"]]
    return out
