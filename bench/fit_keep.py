"""Fit the generator's keep model (KEEP_WEIGHTS in quizapp/generator/importance.py) on the blind reviewers' verdicts.

Each verdict in bench/ratings/*.json carries the features of the question it judged (``importance.features``, as the
generator computed them when the sheet was made); a logistic regression (numpy, L2) is fitted to whether the reviewer
kept the question unedited. With ``--holdout-from N`` the sets numbered N and above are left out of the fit and the
script reports, on them: the AUC of the keep model and of the importance model (fitted on teachers' picks), and, for
each cut, the share of verdicts it would leave out and the keep rate of those kept and of those left out. Without
it, it fits on every rated set and prints KEEP_WEIGHTS to paste.

    .venv/bin/python bench/fit_keep.py --holdout-from 50   # the honest figures
    .venv/bin/python bench/fit_keep.py                     # the weights to ship
"""

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fit_importance import auc, fit  # noqa: E402

from quizapp.generator import importance  # noqa: E402

NAMES = list(importance.WEIGHTS)
CUTS = (0.15, 0.2, 0.25, 0.3, 0.35)


def verdicts():
    """(set, features, kept, importance) for every verdict that carries its question's features."""
    for path in sorted((ROOT / "bench" / "ratings").glob("*.json")):
        for row in json.loads(path.read_text()).get("questions", ()):
            if "features" in row and row.get("verdict"):
                yield row["set"], row["features"], row["verdict"] == "keep", row.get("importance")


def matrix(rows):
    return np.array([[1.0 if name == "bias" else features.get(name, 0.0) for name in NAMES] for _, features, _, _ in rows])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout-from", type=int, help="leave sets numbered this and above out of the fit")
    args = parser.parse_args()
    rows = list(verdicts())
    held = [r for r in rows if args.holdout_from is not None and r[0] >= args.holdout_from]
    train = [r for r in rows if r not in held] if held else rows
    weights = fit(matrix(train), np.array([float(r[2]) for r in train]))
    print(f"fitted on {len(train)} verdicts of sets {min(r[0] for r in train)} to {max(r[0] for r in train)} "
          f"({sum(r[2] for r in train)} kept)")
    if not held:
        print("KEEP_WEIGHTS = {" + ", ".join(f'"{n}": {w:.2f}' for n, w in zip(NAMES, weights, strict=True)) + "}")
        return
    kept = np.array([float(r[2]) for r in held])
    chance = 1 / (1 + np.exp(-matrix(held) @ weights))
    rated = np.array([r[3] if r[3] is not None else 0.5 for r in held])
    print(f"held out: {len(held)} verdicts, {kept.mean():.1%} kept; AUC keep model {auc(chance, kept):.3f}, "
          f"importance {auc(rated, kept):.3f}")
    for cut in CUTS:
        out = chance < cut
        print(f"cut below {cut:<4}  leaves out {out.mean():5.1%} of the verdicts; kept {kept[~out].mean():.1%} of the rest, "
              f"{kept[out].mean() if out.any() else 0:.1%} of those left out")


if __name__ == "__main__":
    main()
