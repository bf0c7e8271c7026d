"""Fit the generator's importance model (quizapp/generator/importance.py) on the hand-picked facts.

Every candidate question the generator makes for an article with a NAME.gold.json is labelled by
whether it asks one of the teacher's facts (bench/eval_generator.py's ``covered``), described by
``importance.features``, and a logistic regression (numpy, L2) is fitted to the labels. With
``--holdout-from N`` the sets numbered N and above are left out of the fit and the script reports,
on them: the AUC of the model and of the rule layer's own score, and what leaving out the kept
questions below ``MIN_IMPORTANCE`` does to the share of questions that ask a teacher's fact and to
the share of teacher's facts asked. Without it, it fits on every set and prints WEIGHTS to paste.

    .venv/bin/python bench/fit_importance.py --holdout-from 28   # the honest figures
    .venv/bin/python bench/fit_importance.py                     # the weights to ship
"""

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_generator import covered  # noqa: E402
from generate import FOLDERS  # noqa: E402

from quizapp.generator import importance  # noqa: E402
from quizapp.generator import pipeline as P  # noqa: E402

NAMES = list(importance.WEIGHTS)


def set_number(path):
    match = re.search(r"eval-articles-(\d+)/", str(path))
    return int(match.group(1)) if match else 0


def articles():
    """Every article with a gold file: (path, gold facts)."""
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).glob("*")):
            gold = path.with_name(path.stem + ".gold.json")
            if path.suffix in (".txt", ".html") and "plain" not in path.name and gold.exists():
                yield path, json.loads(gold.read_text())["facts"]


def candidates_of(path):
    """(features, rule score, candidate) for every candidate question the pipeline makes of the article."""
    article = P.read_article(path.read_text(), path.suffix == ".html")
    made = P.candidates_of(article)
    story = importance.Story(article, made.sentences, made.candidates, made.maker.by_name)
    return [(importance.features(c, story), c.score, c) for c in made.candidates]


def generated(path, least):
    """The questions the pipeline keeps for the article with MIN_IMPORTANCE at ``least``."""
    saved, importance.MIN_IMPORTANCE = importance.MIN_IMPORTANCE, least
    try:
        return P.generate_question_set(path.read_text(), is_html=path.suffix == ".html").question_set.questions
    finally:
        importance.MIN_IMPORTANCE = saved


def matrix(features):
    return np.array([[row.get(name, 0.0) for name in NAMES] for row in features])


def fit(x, y, l2=1.0, steps=3000, rate=0.5):
    weights = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ weights))
        weights -= rate * (x.T @ (p - y) + l2 * weights) / len(y)
    return weights


def auc(scores, labels):
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(len(scores))
    positive = labels == 1
    n_pos, n_neg = positive.sum(), (~positive).sum()
    return (ranks[positive].sum() - n_pos * (n_pos - 1) / 2) / (n_pos * n_neg)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout-from", type=int, help="leave sets numbered this and above out of the fit")
    args = parser.parse_args()
    train, test, held_articles = [], [], []
    for path, gold in articles():
        held = args.holdout_from is not None and set_number(path) >= args.holdout_from
        for row, score, candidate in candidates_of(path):
            label = any(covered(fact, [candidate.question]) for fact in gold)
            (test if held else train).append((row, score, label))
        if held:
            held_articles.append((path, gold))
    x, y = matrix([r for r, _, _ in train]), np.array([label for _, _, label in train], float)
    weights = fit(x, y)
    print(f"fitted on {len(train)} candidates ({int(y.sum())} asking a teacher's fact)")
    if not test:
        print("WEIGHTS = {" + ", ".join(f'"{n}": {w:.2f}' for n, w in zip(NAMES, weights, strict=True)) + "}")
        return
    tx, ty = matrix([r for r, _, _ in test]), np.array([label for _, _, label in test], float)
    scores = np.array([score for _, score, _ in test])
    print(f"held out: {len(test)} candidates; AUC model {auc(tx @ weights, ty):.3f}, rule score {auc(scores, ty):.3f}")
    importance.WEIGHTS = dict(zip(NAMES, (float(w) for w in weights), strict=True))
    facts = sum(len(gold) for _, gold in held_articles)
    for least, label in ((0.0, "no cut"), (importance.MIN_IMPORTANCE, f"cut below {importance.MIN_IMPORTANCE}")):
        questions = asking = got = 0
        for path, gold in held_articles:
            made = generated(path, least)
            questions += len(made)
            asking += sum(any(covered(f, [q]) for f in gold) for q in made)
            got += sum(covered(f, made) for f in gold)
        print(f"{label:15} {questions:4} questions, {asking / questions:.1%} ask a teacher's fact; "
              f"{got}/{facts} = {got / facts:.1%} of the facts asked")

if __name__ == "__main__":
    main()
