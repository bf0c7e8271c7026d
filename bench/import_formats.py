"""Import throughput: a 10,000-question GIFT file read, checked and stored.

Builds a GIFT file of N questions (every type GIFT holds, in turn), then times,
--repeat times each:

- parse: ``formats.read`` (GIFT reader + the common checks + sanitising);
- store: the same, then storing the set in a fresh SQLite database in one transaction;
- baseline: reading the same questions as quizapp JSON (``json_format.loads``),
  the native format's cost, on the same machine in the same run.

Prints medians, questions per second and the GIFT/JSON ratio (this machine is shared
and noisy; compare ratios between runs), plus the peak memory of one GIFT parse.

    .venv/bin/python bench/import_formats.py [--questions 10000] [--repeat 5]
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp import create_app, formats  # noqa: E402
from quizapp.db import close_thread_connections, get_db  # noqa: E402
from quizapp.formats import json_format  # noqa: E402
from quizapp.importing import store_new_set  # noqa: E402

TEMPLATES = (
    "// [id:q{n}] [tag:bench]\n::Question {n}::Which planet is number {n} in this list? "
    "{{=Mars#Right ~Venus#No ~%50%Earth#Half ~Jupiter}}",
    "::TF {n}::The number {n} is a whole number. {{TRUE#Look again#Yes####It has no fraction.}}",
    "::Short {n}::Name the red planet ({n}). {{=Mars =%50%the red one =%0%*#Not that}}",
    "::Num {n}::What is {n} plus one? {{#{n1}:0.5}}",
    "::Match {n}::Match each country to its capital. {{=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo}}",
    "::Missing {n}::Grant is {{~buried =entombed ~living}} in tomb number {n}.",
    "::Essay {n}::[html]<p>Describe <b>planet</b> {n} in a few lines.</p>{{}}",
    "$CATEGORY: $course$/top/Week {n}",
)


def gift_file(count):
    """A GIFT file with ``count`` questions (categories in between don't count)."""
    blocks, made, n = [], 0, 0
    while made < count:
        template = TEMPLATES[n % len(TEMPLATES)]
        blocks.append(template.format(n=n, n1=n + 1))
        made += not template.startswith("$CATEGORY")
        n += 1
    return "\n\n".join(blocks) + "\n"


def timed(function, repeat):
    """Median wall time of ``repeat`` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    text = gift_file(args.questions)
    parse_time, question_set = timed(lambda: formats.read(text, "gift", "bench.gift", "Bench"), args.repeat)
    count = len(question_set.questions)
    as_json = json_format.dumps(question_set)
    json_time, _ = timed(lambda: json_format.loads(as_json, "bench.json"), args.repeat)

    def parse_and_store():
        with tempfile.TemporaryDirectory() as folder:
            app = create_app({"DATABASE": str(Path(folder) / "bench.sqlite"), "SECRET_KEY": "bench"})
            with app.app_context():
                store_new_set(get_db(), formats.read(text, "gift", "bench.gift", "Bench"))
            close_thread_connections()

    store_time, _ = timed(parse_and_store, args.repeat)
    tracemalloc.start()
    formats.read(text, "gift", "bench.gift", "Bench")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()

    print(f"GIFT file: {count:,} questions, {len(text) / 1e6:.2f} MB; median of {args.repeat} runs")
    print(f"  parse + check      {parse_time:7.3f} s   {count / parse_time:9,.0f} questions/s")
    print(f"  parse + store      {store_time:7.3f} s   {count / store_time:9,.0f} questions/s")
    print(f"  baseline JSON read {json_time:7.3f} s   {count / json_time:9,.0f} questions/s")
    print(f"  GIFT / JSON time   {parse_time / json_time:7.2f}x")
    print(f"  peak memory of one GIFT parse: {peak / 1e6:.1f} MB")
    print(json.dumps({"questions": count, "parse_qps": round(count / parse_time), "store_qps": round(count / store_time),
                      "json_qps": round(count / json_time), "gift_over_json": round(parse_time / json_time, 2)}))


if __name__ == "__main__":
    main()
