"""The model's attribute ruler (tag -> part of speech, morphology, a few lemmas), applied by lookup.

en_core_web_sm's attribute ruler runs its ~180 patterns through spaCy's Matcher at
every token, and that took about a sixth of the model's time per article. Nearly
every pattern looks at one token's tag, lower-case form, dependency or "is space",
so here those patterns are indexed by the tag or word they need and checked only
for the tokens that have it; the few others (two tokens, regular expressions) still
go through a Matcher. The patterns are read from the loaded ruler itself, so the
result is the ruler's, token for token (tests/test_generator_attributes.py checks
that over every test article), and nothing here knows the model's tag set.
"""

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens._retokenize import set_token_attrs

# What a one-token pattern may test, and how to read it off a token.
READERS = {
    "TAG": lambda token: token.tag_,
    "LOWER": lambda token: token.lower_,
    "DEP": lambda token: token.dep_,
    "IS_SPACE": lambda token: token.is_space,
}
# Distinct (word, tag, dependency, spacing) keys remembered before the cache starts again.
CACHE_LIMIT = 100_000


@Language.factory("quizapp_attributes")
def make_attributes(nlp, name):
    """Build the lookup from the pipeline's own 'attribute_ruler'."""
    return IndexedAttributes(nlp.get_pipe("attribute_ruler"), nlp.vocab)


def simple_condition(value):
    """The set of allowed values for a plain or {"IN": [...]} condition, else None."""
    if isinstance(value, (str, bool)):
        return frozenset([value])
    if isinstance(value, dict) and set(value) == {"IN"}:
        return frozenset(value["IN"])
    return None


class IndexedAttributes:
    """Set what the attribute ruler sets, looking up only the patterns a token can match."""

    def __init__(self, ruler, vocab):
        self.attrs = ruler.attrs  # normalised, one entry per pattern, in the ruler's order
        self.by_lower, self.by_tag, self.always = {}, {}, []
        self.matcher = Matcher(vocab)
        self.indices = {}
        self.token_cache, self.merged_cache = {}, {}
        for order, entry in enumerate(ruler.patterns):
            self.add(order, entry)

    def add(self, order, entry):
        """File one ruler entry under the index it can be found by, or in the residual Matcher."""
        compiled = []
        for pattern in entry["patterns"]:
            conditions = {key: simple_condition(value) for key, value in pattern[0].items()} if len(pattern) == 1 else None
            if conditions is None or None in conditions.values() or not set(conditions) <= set(READERS):
                compiled = None
                break
            compiled.append(conditions)
        if compiled is None:
            self.matcher.add(str(order), entry["patterns"])
            self.indices[order] = entry["index"]
            return
        for conditions in compiled:
            rule = (order, tuple((READERS[key], allowed) for key, allowed in conditions.items()))
            if "LOWER" in conditions:
                for word in conditions["LOWER"]:
                    self.by_lower.setdefault(word, []).append(rule)
            elif "TAG" in conditions:
                for tag in conditions["TAG"]:
                    self.by_tag.setdefault(tag, []).append(rule)
            else:
                self.always.append(rule)

    def orders_for(self, token):
        """The one-token patterns that match this token, in the ruler's order."""
        rules = (*self.by_lower.get(token.lower_, ()), *self.by_tag.get(token.tag_, ()), *self.always)
        return tuple(sorted({order for order, checks in rules if all(read(token) in allowed for read, allowed in checks)}))

    def merged(self, orders):
        """What the patterns set, applied in order: a later pattern's value wins."""
        attrs = self.merged_cache.get(orders)
        if attrs is None:
            attrs = self.merged_cache[orders] = {}
            for order in orders:
                attrs.update(self.attrs[order])
        return attrs

    def __call__(self, doc):
        extra = {}  # token index -> orders of the residual patterns that match it
        for match_id, start, end in self.matcher(doc, allow_missing=True):
            order = int(doc.vocab.strings[match_id])
            extra.setdefault(doc[start:end][self.indices[order]].i, set()).add(order)
        if len(self.token_cache) > CACHE_LIMIT:
            self.token_cache.clear()
        for token in doc:
            # What a one-token pattern can test is all in this key, so a word seen before with the
            # same tag, dependency and spacing matches the same patterns: look them up once.
            key = (token.lower_, token.tag_, token.dep_, token.is_space)
            orders = self.token_cache.get(key)
            if orders is None:
                orders = self.token_cache[key] = self.orders_for(token)
            if token.i in extra:
                orders = tuple(sorted(set(orders) | extra[token.i]))
            if orders:
                set_token_attrs(token, self.merged(orders))
        return doc
