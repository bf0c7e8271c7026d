"""Where a name stands whole in an article's text, and what a person is called for short."""

import re


def occurrences(text, name, hyphens=True):
    """Where name stands whole in text: not inside 'Blue-Hensby' or 'Hensbys' (with ``hyphens`` False, as a
    regex's \\b would have it: 'Hensby' stands whole in 'Blue-Hensby').

    A plain find, where a pattern per name would fill re's cache and be compiled again
    and again (that cost a fifth of the generator's own time)."""
    touches = word_char if hyphens else regex_word_char
    spans, start = [], text.find(name)
    while start != -1:
        end = start + len(name)
        if not (start and touches(text[start - 1])) and not (end < len(text) and touches(text[end])):
            spans.append((start, end))
        start = text.find(name, start + 1)
    return spans


def word_char(char):
    """A letter, digit, underscore or hyphen: what may not touch a whole name."""
    return char.isalnum() or char in "_-"


def regex_word_char(char):
    """What re's \\w matches: a letter, digit or underscore."""
    return char.isalnum() or char == "_"


# The given name after a Korean family name: "Ji-won", "Seung-ho", "Min-ah".
GIVEN_NAME_SECOND = re.compile(r"[A-Z][a-z]+-[a-z]+")


def first_surname(person):
    """The word before the last of a name of three or more words: 'Mendoza' of 'Lucia Mendoza Paredes', a Spanish
    name's first surname, which the article may go on to write alone (or a middle name: the article tells which);
    None for a shorter name."""
    words = person.split()
    return words[-2] if len(words) >= 3 and words[-2][:1].isupper() else None


def family_name(person):
    """The name a person is called by on second mention: 'Saikawa' of 'Hiroto Saikawa', but 'Park' of 'Park Ji-won'
    (a Korean name puts the family name first)."""
    words = person.split()
    if len(words) == 2 and GIVEN_NAME_SECOND.fullmatch(words[1]):
        return words[0]
    return words[-1]
