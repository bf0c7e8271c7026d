"""How much of what an instructor would ask does the generator cover?

For each article in tests/data/articles (or --articles DIR) with a NAME.gold.json (facts an instructor
would ask about, annotated by hand), a gold fact counts as covered when some
generated question asks for its answer: the answer is the right choice, an accepted
answer, a side of a matching pair or the numerical value. Prints coverage per
article and overall, and the mix of question types.

Whether the questions are ones an instructor would keep unedited needs a person:
give --ratings FILE (JSON with "totals": {"questions", "keep", ...}, as written by a
reviewer) to print the keep rate next to the coverage.

    .venv/bin/python bench/eval_generator.py [--max 20] [--ratings ratings.json] [--articles bench/eval-articles]
"""

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ARTICLES = ROOT / "tests" / "data" / "articles"


def answers_of(question):
    """Every string a question takes as (part of) its right answer."""
    kind = question["type"]
    if kind == "multiple_choice":
        return [c["text"] for c in question["choices"] if c["weight"] > 0]
    if kind == "short_answer":
        return [a["text"] for a in question["answers"]]
    if kind == "numerical":
        return [f"{a['value']:,}" if isinstance(a["value"], int) else str(a["value"]) for a in question["answers"]]
    if kind == "matching":
        return [side for pair in question["pairs"] for side in (pair["left"], pair["right"])]
    if kind == "true_false":
        return [question["prompt"]]
    return []


def normal(text):
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def covered(fact, questions):
    """Some question has the fact's answer among its right answers (or inside a matching side).
    A quote (what someone said) is also covered by a question that quotes it and asks who said it,
    and a role ("role of Bernard Quaile") by one that names the role and asks who holds it ("Who is
    the chairman of ...?")."""
    want = normal(fact["answer"])
    digits = re.sub(r"\D", "", fact["answer"])
    holder = normal(fact["about"].removeprefix("role of ")) if fact.get("kind") == "role" else None
    for question in questions:
        if fact.get("kind") == "quote" and len(want) > 3 and want in normal(question["prompt"]):
            return True
        if holder and len(want) > 3 and want in normal(question["prompt"]) and any(
                normal(answer) in holder or holder.endswith(normal(answer)) for answer in answers_of(question)):
            return True
        for answer in answers_of(question):
            got = normal(answer)
            if want and (want == got or (len(want) > 3 and (want in got or got in want) and len(got) > 3)):
                return True
            if digits and len(digits) >= 2 and digits == re.sub(r"\D", "", answer):
                return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=20, help="questions per article")
    parser.add_argument("--ratings", type=Path, help="a reviewer's ratings JSON with totals")
    parser.add_argument("--articles", type=Path, default=ARTICLES,
                        help="folder of NAME.txt/NAME.html articles with NAME.gold.json (default: the test articles; "
                             "bench/eval-articles and bench/eval-articles-2 hold articles written without sight of the "
                             "generator: see bench/README.md)")
    args = parser.parse_args()
    from quizapp.generator.pipeline import generate_question_set

    total_facts = total_covered = 0
    kinds = Counter()
    for gold_path in sorted(args.articles.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        article = next(p for p in (args.articles / f"{name}.html", args.articles / f"{name}.txt") if p.exists())
        gold = json.loads(gold_path.read_text())
        questions = generate_question_set(article.read_text(), is_html=article.suffix == ".html",
                                          max_questions=args.max).question_set.questions
        kinds.update(q["type"] for q in questions)
        hits = [covered(f, questions) for f in gold["facts"]]
        total_facts += len(hits)
        total_covered += sum(hits)
        missed = [f["about"] for f, hit in zip(gold["facts"], hits, strict=True) if not hit]
        print(f"{name:18} {sum(hits):2d}/{len(hits):2d} facts covered by {len(questions)} questions"
              + (f"; missed: {'; '.join(missed)}" if missed else ""))
    print(f"question types: {dict(kinds)}")
    print(f"SUMMARY coverage {total_covered}/{total_facts} = {total_covered / total_facts:.0%} of the gold facts")
    if args.ratings:
        totals = json.loads(args.ratings.read_text())["totals"]
        print(f"reviewer: keep {totals['keep']}/{totals['questions']} = {totals['keep'] / totals['questions']:.0%}, "
              f"edit {totals['edit']}, drop {totals['drop']}; top facts covered {totals['covered']}/{totals['facts']}")


if __name__ == "__main__":
    main()
