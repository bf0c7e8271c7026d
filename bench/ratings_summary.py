"""What reviewers keep: keep, edit and drop rates by question form, answer kind, fact kind and importance, and the
faults they name, over one or more files of per-question verdicts (bench/ratings/*.json).

Each file holds a reviewer's verdict on every question of some evaluation sets at one commit, with what the
generator knew of the question (its form, the kind of its answer, its importance and features); the numbers tell
which kinds of question are worth mending or leaving out, and a later rating of the same sets at a later commit
tells whether a mend worked.

    .venv/bin/python bench/ratings_summary.py bench/ratings/ed9acb9-sets-27-43.json
"""

import argparse
import json
from collections import defaultdict
from pathlib import Path


def table(title, rows, key):
    """Count, keep, edit and drop rates of the rows grouped by key, largest group first."""
    groups = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row["verdict"])
    print(f"\n{title}")
    for name, verdicts in sorted(groups.items(), key=lambda item: -len(item[1])):
        share = {v: verdicts.count(v) / len(verdicts) for v in ("keep", "edit", "drop")}
        print(f"  {str(name):24} {len(verdicts):4}   keep {share['keep']:4.0%}   edit {share['edit']:4.0%}"
              f"   drop {share['drop']:4.0%}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    rows = [row for path in args.files for row in json.loads(path.read_text())["questions"]]
    keep = sum(row["verdict"] == "keep" for row in rows)
    print(f"{len(rows)} verdicts, {keep} keep ({keep / len(rows):.0%})")
    table("by form", rows, lambda row: row["form"])
    table("by kind of answer", rows, lambda row: row["answer_kind"] or "(several)")
    table("by importance", rows, lambda row: f"{min(int(row['importance'] * 10), 9) / 10:.1f}")
    table("by place in the article", rows, lambda row: ("first third", "middle third", "last third")[
        min(2, 3 * row["sentence"] // max(1, row["sentences"]))])
    table("by fault named", rows, lambda row: row["fault"])


if __name__ == "__main__":
    main()
