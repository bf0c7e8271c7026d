"""What a question needs from the whole article to stand on its own: names for
"the two companies", the noun for organisations, and answers that are also true."""

import re
from collections import Counter

PRONOUNS = re.compile(r"\b(he|she|him|his|her|hers|they|them|their|theirs|it|its|we|us|our|ours|i|me|my|you|your)\b",
                      re.IGNORECASE)
DEMONSTRATIVE = re.compile(r"\b(this|that|these|those)\s+(?=[a-z])", re.IGNORECASE)
COMPANY_WORDS = re.compile(r"\b(compan(y|ies)|firms?|automakers?|carmakers?|makers?|manufacturers?|corporations?|"
                           r"groups?|brands?|retailers?|airlines?|banks?)\b", re.IGNORECASE)


class ArticleContext:
    def __init__(self, article, entities, facts):
        self.text = article.text
        orgs = Counter({e.name: len(e.mentions) for e in entities if e.kind == "org"})
        top = [name for name, count in orgs.most_common(2) if count >= 2]
        self.two_orgs = top if len(top) == 2 else None
        self.org_noun = "company" if COMPANY_WORDS.search(article.text) else "organisation"
        self.pair_partners = {}
        self.left_side = [f.data["left"] for f in facts if f.kind == "pair"]
        self.right_side = [f.data["right"] for f in facts if f.kind == "pair"]
        for fact in facts:
            if fact.kind == "pair":
                self.pair_partners.setdefault(fact.data["left"], set()).add(fact.data["right"])
                self.pair_partners.setdefault(fact.data["right"], set()).add(fact.data["left"])
        self.sentence_entities = {}
        for fact in facts:
            if fact.kind == "mention":
                self.sentence_entities.setdefault(fact.sentence.index, []).append((fact.answer, fact.answer_kind))

    def resolve(self, text):
        """Make a stem stand alone, or return '' if it still leans on a pronoun."""
        if not text:
            return ""
        if self.two_orgs:
            pair = f"{self.two_orgs[0]} and {self.two_orgs[1]}"
            text = re.sub(r"\b(the two companies|both companies|the two firms|the two)\b", pair, text)
            text = re.sub(r"\b(The two companies|Both companies|The two)\b", pair, text)
        text = DEMONSTRATIVE.sub(lambda m: "the " if m.group(1)[0].islower() else "The ", text)
        outside_quotes = re.sub(r"[\"“][^\"”]*[\"”]", "", text)
        if PRONOUNS.search(outside_quotes):
            return ""
        return text

    def true_alternatives(self, fact):
        """Same-kind names in the answer's own sentence: often also right ('A and B will share ...')."""
        return [name for name, kind in self.sentence_entities.get(fact.sentence.index, [])
                if kind == fact.answer_kind and name != fact.answer]
