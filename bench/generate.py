"""Generation speed: the model's load time, and time per article with the model loaded.

Articles: the sample and the test articles (300-1,500 words each). Each article is
generated --repeat times; the figure per article is the median, and the summary
gives the median over articles, per article and scaled to 1,000 words. CPU time
(process_time) is printed beside wall time: this machine is shared and noisy, and
CPU time is what contention distorts least. Runs on one core (torch-free spaCy
uses one thread).

    .venv/bin/python bench/generate.py [--repeat 5]
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARTICLES = [ROOT / "questions" / "articles" / "nmkv-kei-cars.txt",
            *sorted(p for p in (ROOT / "tests" / "data" / "articles").glob("*") if p.suffix in (".txt", ".html")
                    and "plain" not in p.name)]
LOAD_SNIPPET = ("import time; t=time.perf_counter(); c=time.process_time(); "
                "from quizapp.generator.nlp import load_model; load_model(); "
                "print(time.perf_counter()-t, time.process_time()-c)")


def model_load_times(runs):
    """Import + load in a fresh process each time (what a new worker pays)."""
    walls, cpus = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", LOAD_SNIPPET], capture_output=True, text=True, check=True,
                             cwd=ROOT).stdout.split()
        walls.append(float(out[0]))
        cpus.append(float(out[1]))
    return statistics.median(walls), statistics.median(cpus)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="generations per article (median taken)")
    parser.add_argument("--load-runs", type=int, default=3, help="fresh processes for the model load time")
    args = parser.parse_args()

    from quizapp.generator.nlp import get_model
    from quizapp.generator.pipeline import generate_question_set

    wall, cpu = model_load_times(args.load_runs)
    print(f"model load (import spaCy + en_core_web_sm, fresh process): median wall {wall:.2f} s, CPU {cpu:.2f} s "
          f"over {args.load_runs} runs")
    get_model()
    generate_question_set(ARTICLES[0].read_text())  # warm-up: the first call pays one-off costs
    rows = []
    for path in ARTICLES:
        raw = path.read_text()
        is_html = path.suffix == ".html"
        from quizapp.generator import ingest
        words = len((ingest.from_html(raw) if is_html else ingest.from_text(raw)).text.split())
        walls, cpus = [], []
        for _ in range(args.repeat):
            t, c = time.perf_counter(), time.process_time()
            count = len(generate_question_set(raw, is_html=is_html).question_set.questions)
            walls.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
        rows.append((path.name, words, count, statistics.median(walls), statistics.median(cpus)))
        print(f"  {path.name:28} {words:5d} words {count:3d} questions  wall {rows[-1][3]*1000:6.0f} ms"
              f"  CPU {rows[-1][4]*1000:6.0f} ms  ({rows[-1][4] / words * 1000:.3f} s CPU per 1,000 words)")
    per_1000_cpu = statistics.median(r[4] / r[1] * 1000 for r in rows)
    per_1000_wall = statistics.median(r[3] / r[1] * 1000 for r in rows)
    print(f"median per article: wall {statistics.median(r[3] for r in rows)*1000:.0f} ms, "
          f"CPU {statistics.median(r[4] for r in rows)*1000:.0f} ms")
    print(f"SUMMARY per 1,000 words (median over {len(rows)} articles of {min(r[1] for r in rows)}-"
          f"{max(r[1] for r in rows)} words): CPU {per_1000_cpu:.3f} s, wall {per_1000_wall:.3f} s; "
          f"model load {wall:.2f} s wall")


if __name__ == "__main__":
    main()
