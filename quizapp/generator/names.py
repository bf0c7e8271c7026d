"""Where a name stands whole in an article's text."""


def occurrences(text, name):
    """Where name stands whole in text: not inside 'Blue-Hensby' or 'Hensbys'.

    A plain find, where a pattern per name would fill re's cache and be compiled again
    and again (that cost a fifth of the generator's own time)."""
    spans, start = [], text.find(name)
    while start != -1:
        end = start + len(name)
        if not (start and word_char(text[start - 1])) and not (end < len(text) and word_char(text[end])):
            spans.append((start, end))
        start = text.find(name, start + 1)
    return spans


def word_char(char):
    """A letter, digit, underscore or hyphen: what may not touch a whole name."""
    return char.isalnum() or char in "_-"
