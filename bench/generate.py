"""Generation speed: the model's load time, and time per article with the model loaded.

Articles: the sample, the test articles and the evaluation articles (300-1,500 words
each). Each article is generated --repeat times; the figure per article is the median
CPU time (process_time: what contention on this shared machine distorts least), and
the summary gives the median over articles, scaled to 1,000 words. As a baseline in
the same run, each repeat also times the spaCy model alone over the same paragraphs,
so the ratio generation/spaCy says what the rule layer and question making add,
whatever the machine's speed that minute. "Stock" times the model loaded with spaCy's
defaults: its own attribute ruler (quizapp swaps in an indexed one, see
generator/attributes.py) and thinc's blis products (quizapp uses numpy's OpenBLAS on one
thread, see generator/nlp.py). Runs on one core.

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

FOLDERS = ("tests/data/articles", "bench/eval-articles", "bench/eval-articles-2", "bench/eval-articles-3",
           "bench/eval-articles-4", "bench/eval-articles-5", "bench/eval-articles-6",
           "bench/eval-articles-7", "bench/eval-articles-8", "bench/eval-articles-9", "bench/eval-articles-10",
           "bench/eval-articles-11", "bench/eval-articles-12",
           "bench/eval-articles-13", "bench/eval-articles-14",
           "bench/eval-articles-15", "bench/eval-articles-16",
           "bench/eval-articles-17", "bench/eval-articles-18", "bench/eval-articles-19", "bench/eval-articles-20",
           "bench/eval-articles-21", "bench/eval-articles-22", "bench/eval-articles-23", "bench/eval-articles-24",
           "bench/eval-articles-25", "bench/eval-articles-26", "bench/eval-articles-27", "bench/eval-articles-28",
           "bench/eval-articles-29", "bench/eval-articles-30", "bench/eval-articles-31", "bench/eval-articles-32",
           "bench/eval-articles-33", "bench/eval-articles-34", "bench/eval-articles-35",
           "bench/eval-articles-36", "bench/eval-articles-37", "bench/eval-articles-38", "bench/eval-articles-39",
           "bench/eval-articles-40", "bench/eval-articles-41", "bench/eval-articles-42",
           "bench/eval-articles-43", "bench/eval-articles-44", "bench/eval-articles-45", "bench/eval-articles-46",
           "bench/eval-articles-47", "bench/eval-articles-48", "bench/eval-articles-49", "bench/eval-articles-50",
           "bench/eval-articles-51", "bench/eval-articles-52", "bench/eval-articles-53",
           "bench/eval-articles-54", "bench/eval-articles-55", "bench/eval-articles-56",
           "bench/eval-articles-57", "bench/eval-articles-58",
           "bench/eval-articles-59", "bench/eval-articles-60", "bench/eval-articles-61",
           "bench/eval-articles-62", "bench/eval-articles-63", "bench/eval-articles-64",
           "bench/eval-articles-65", "bench/eval-articles-66", "bench/eval-articles-67",
           "bench/eval-articles-68", "bench/eval-articles-69")
ARTICLES = [ROOT / "questions" / "articles" / "nmkv-kei-cars.txt",
            *sorted(p for folder in FOLDERS for p in (ROOT / folder).glob("*")
                    if p.suffix in (".txt", ".html") and "plain" not in p.name)]
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
    from quizapp.generator import ingest
    nlp, stock = get_model(), stock_model()
    for path in ARTICLES:
        raw = path.read_text()
        is_html = path.suffix == ".html"
        article = ingest.from_html(raw) if is_html else ingest.from_text(raw)
        words = len(article.text.split())
        cpus, parse_cpus, stock_cpus = [], [], []
        for _ in range(args.repeat):
            # The baseline, interleaved so that the machine's noise falls on both alike: the spaCy
            # model alone over the same paragraphs, which every generation starts with.
            c = time.process_time()
            list(nlp.pipe(article.paragraph_texts()))
            parse_cpus.append(time.process_time() - c)
            c = time.process_time()
            list(stock.pipe(article.paragraph_texts()))
            stock_cpus.append(time.process_time() - c)
            c = time.process_time()
            count = len(generate_question_set(raw, is_html=is_html).question_set.questions)
            cpus.append(time.process_time() - c)
        rows.append((path.name, words, count, statistics.median(cpus), statistics.median(parse_cpus),
                     statistics.median(stock_cpus)))
        print(f"  {path.name:34} {words:5d} words {count:3d} questions  CPU {rows[-1][3]*1000:6.0f} ms"
              f" (spaCy alone {rows[-1][4]*1000:4.0f} ms)  {rows[-1][3] / words * 1000:.3f} s per 1,000 words")
    per_1000 = statistics.median(r[3] / r[1] * 1000 for r in rows)
    parse_1000 = statistics.median(r[4] / r[1] * 1000 for r in rows)
    ratio = statistics.median(r[3] / r[4] for r in rows)
    stock_1000 = statistics.median(r[5] / r[1] * 1000 for r in rows)
    stock_ratio = statistics.median(r[4] / r[5] for r in rows)
    print(f"median per article: CPU {statistics.median(r[3] for r in rows)*1000:.0f} ms")
    print(f"SUMMARY per 1,000 words (median over {len(rows)} articles of {min(r[1] for r in rows)}-"
          f"{max(r[1] for r in rows)} words): generation CPU {per_1000:.3f} s; spaCy alone {parse_1000:.3f} s "
          f"(generation/spaCy {ratio:.2f}x); stock spaCy {stock_1000:.3f} s (spaCy/stock {stock_ratio:.2f}x); "
          f"model load {wall:.2f} s wall")

def stock_model():
    """The same English model loaded with spaCy's defaults, as a baseline."""
    import spacy

    from quizapp.generator.nlp import MODEL_NAMES

    for name in MODEL_NAMES:
        try:
            return spacy.load(name, disable=["lemmatizer"])
        except OSError:
            continue
    raise SystemExit("no English model installed (make install)")


if __name__ == "__main__":
    main()
